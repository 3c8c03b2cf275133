"""Club nicknames an article introduces for itself.

"Dunmoral, nicknamed the Millers", "Lakeshore, known to their fans as the Shoremen", "the Halcones, as
Valdemora have been known", "Castelmar, the club everyone calls os Marinheiros", "the Cervi – the
nickname comes from ...": the article tells which of its clubs the nickname is; every use of the
nickname in the article then means that club (never a club of its own, nor the data's club of the same
nickname, which the article does not name). Without an introduction, a data nickname of a club the
article never names that echoes one of the article's own clubs ("the Glens" beside Glenallan Thistle,
"the Mariners" beside Tidewater Mariners SC) is that club. Linear in the article; never raises.
"""
from __future__ import annotations

from bisect import bisect_left

from .tokens import HARD, SPACE, Tok, norm_phrase

# the article words a nickname is written with ("the Millers", "les Goélands", "els Taronja", "die Schmiede")
NICK_DETS = frozenset({"the", "les", "els", "die", "der", "os", "i", "gli", "il", "la", "los", "las", "el",
                       "o", "het", "lo", "le", "de"})
_CUE_BEFORE = frozenset({"nicknamed", "dubbed", "call", "calls", "called", "nickname"})
_KNOW = frozenset({"known", "know", "knows"})
_TRIGGERS = _CUE_BEFORE | {"them", "as", "the"}
_PERSON_KINDS = ("name",)


def _nick_at(toks: list[Tok], k: int) -> tuple[int, int] | None:
    """The capitalised word(s) of a nickname starting at k: (k, j), at most two words."""
    if k >= len(toks) or not toks[k].cap or len(toks[k].norm) < 3:
        return None
    j = k + 1
    if j < len(toks) and toks[j].cap and toks[j].sep == SPACE and toks[j].sent == toks[k].sent \
            and not toks[k].poss:
        j += 1
    return k, j


def _intro_before(toks: list[Tok], k: int) -> bool:
    """Is the word at k (after its article, if any) introduced as a name: 'nicknamed (the) N',
    'call them N', 'known (to their fans) as (the) N'?"""
    if toks[k].sep != SPACE:
        return False              # "When Tirana called, Endrit told me": a verb, then another clause
    if _cue_at(toks, k - 1, k):
        return True
    q = k - 1
    return q >= 1 and toks[q].norm in NICK_DETS and not toks[q].cap and toks[q].sep == SPACE \
        and _cue_at(toks, q - 1, k)


def _cue_at(toks: list[Tok], q: int, k: int) -> bool:
    if q < 0 or toks[q].sent != toks[k].sent:
        return False
    if toks[q].norm in _CUE_BEFORE:
        return True
    if toks[q].norm == "them" and q > 0 and toks[q - 1].norm in ("call", "calls"):
        return True
    if toks[q].norm == "as":
        for p in range(q - 1, max(-1, q - 8), -1):
            if toks[p].sent != toks[k].sent:
                break
            if toks[p].norm in _KNOW:
                return True
    return False


def find_club_nicknames(info, toks: list[Tok], body: str, lex) -> None:
    """Link the nicknames the article introduces (and echoes of its own clubs) to its clubs."""
    cands = _candidates(toks, body)
    orphan = {m.key for m in info.mentions if m.via == "nickname" and m.key and m.key.startswith("club:")}
    if orphan:
        orphan -= {m.key for m in info.mentions if m.via != "nickname"}
        if orphan:
            orphan -= _given_names_first(info, orphan)
    if not cands and not orphan:
        return                    # nothing introduced, no data nickname alone: the usual case, at once
    ments = [m for m in info.mentions if m.key is not None and m.key in info.ents]
    if not ments:
        return
    club_words = {w for e in info.ents.values() if e.kind == "club"
                  for w in (e.parts or tuple(e.name.lower().split())) if len(w) >= 4}
    club_words_lex = (lex.club_prefixes, lex.club_suffixes)
    clubby = {key for key in {m.key for m in ments} if _clubby(info.ents[key], club_words, club_words_lex)}
    if not any(info.ents[k].kind == "club" for k in clubby):
        return
    clubs = [m for m in ments if m.key in clubby]
    clubs.sort(key=lambda m: m.start)
    club_at = {m.start: m for m in clubs}
    owner_of: dict[tuple[str, ...], str] = {}

    club_starts = [m.start for m in clubs]

    def club_before(pos: int, sent: int):
        # the last club mention of sentence `sent` that ends before pos (a few steps back at most)
        q = bisect_left(club_starts, pos) - 1
        for _ in range(12):
            if q < 0 or clubs[q].sent < sent:
                return None
            m = clubs[q]
            if m.sent == sent and m.end <= pos:
                return m
            q -= 1
        return None

    humans = sorted([m.start for m in info.mentions if m.key is None or m.key not in clubby]
                    + [d.start for d in info.descs if d.target != "club"])

    def person_between(a: int, b: int) -> bool:
        k = bisect_left(humans, a)
        return k < len(humans) and humans[k] < b

    for k in cands:
        t = toks[k]
        if not t.cap or t.first:
            continue
        nk = _nick_at(toks, k)
        if nk is None:
            continue
        _, j = nk
        norms = tuple(x.norm for x in toks[k:j])
        if norms in owner_of:
            continue
        owner = None
        lead = toks[k - 1].start if k > 0 and toks[k - 1].norm in NICK_DETS and toks[k - 1].sent == t.sent else t.start
        if _intro_before(toks, k):
            # "Dunmoral, nicknamed the Millers": the club the clause is about, named before the cue
            # (a person or a player the sentence names or describes before the cue may be the one
            # the nickname is for: "the forward, known as Tiko")
            s0 = info.sent_of[t.sent][0] if 0 <= t.sent < len(info.sent_of) else 0
            m = club_before(lead, t.sent)
            if m is not None and not person_between(s0, lead):
                owner = m.key
            elif m is None and lead != t.start and not person_between(s0, lead) \
                    and not any(s0 <= x.start < lead for x in info.mentions):
                m = club_before(lead, t.sent - 1)   # "So who are Castlebridge? ..., known as the Kilnmen"
                if m is not None:
                    owner = m.key
        elif j + 1 < len(toks) and toks[j].sep == HARD and toks[j].norm == "as" and toks[j].sent == t.sent \
                and body[toks[j - 1].end:toks[j].start].strip() == ",":
            # "the Halcones, as Valdemora have been known": the club named right after "as"
            after = [club_at[toks[x].start] for x in (j + 1, j + 2)[:1 + (toks[j + 1].norm == "the")]
                     if x < len(toks) and toks[x].start in club_at]
            if after:
                e = after[0].end
                tail = body[e:e + 40].lower().split()
                if any(w.strip(",.") in _KNOW for w in tail[:4]):
                    owner = after[0].key
        else:
            gap = body[toks[j - 1].end:toks[j - 1].end + 20] if j <= len(toks) else ""
            before = body[max(0, t.start - 6):t.start]
            if gap.lstrip(" ").startswith(("\u2013 the nickname", "\u2014 the nickname", "- the nickname",
                                           "(the nickname", ", the nickname")):
                m = club_before(lead, t.sent)           # "the Cervi – the nickname comes from ..."
                if m is not None:
                    owner = m.key
            elif before.rstrip().endswith(("(the", "(The")) and body[toks[j - 1].end:toks[j - 1].end + 1] == ")":
                m = club_before(lead, t.sent)           # "Dunmoral FC (the Millers)"
                if m is not None and m.end >= t.start - 8:
                    owner = m.key
        if owner is not None and owner.startswith("single:"):
            # "Benialfaz, whose supporters call them els Taronja": the bare word of one club of the article
            word = owner[7:]
            full = [e.key for e in info.ents.values() if e.kind == "club" and word in e.parts]
            if len(full) == 1:
                owner = full[0]
        if owner is not None and not _is_owner_name(info, owner, norms):
            owner_of[norms] = owner
    if orphan:
        _echo_nicknames(info, ments, owner_of)
    if owner_of:
        _relink(info, toks, body, owner_of)


def _given_names_first(info, orphan: set[str]) -> set[str]:
    """'Espen Haugaland ... "because Espen was exactly the type"': a one-word data nickname of a club
    the article never names ("Espen" is St. Gallen's) that is the given name of one person of the
    article is that person. Relinks those mentions; returns the clubs left with none."""
    given: dict[str, list[str]] = {}
    for e in info.ents.values():
        if e.kind == "name" and len(e.parts) >= 2:
            given.setdefault(e.parts[0], []).append(e.key)
    if not given:
        return set()
    moved: set[str] = set()
    for m in info.mentions:
        if m.via != "nickname" or m.key not in orphan:
            continue
        words = norm_phrase(info.body[m.start:m.end])
        people = given.get(words[0]) if len(words) == 1 else None
        if people and len(people) == 1:
            m.key, m.via = people[0], "first-name"
            moved.add(m.key)
    if not moved:
        return set()
    return {k for k in orphan if not any(m.key == k for m in info.mentions)}


def _echo_nicknames(info, ments: list, owner_of: dict) -> None:
    """'Glenallan Thistle ... the Glens': a data nickname of a club the article never names otherwise,
    that is the start of a word of exactly one other club of the article, is that club's."""
    named = {m.key for m in ments if m.via != "nickname"}
    words: dict[str, set[str]] = {}
    for e in info.ents.values():
        if e.kind == "club" and e.key in named:
            for w in (e.parts or tuple(norm_phrase(e.name))):
                if len(w) >= 5:
                    words.setdefault(w, set()).add(e.key)
    if not words:
        return
    tried: set[str] = set()
    for m in ments:
        if m.via != "nickname" or m.key in named or not m.key.startswith("club:"):
            continue
        text = info.body[m.start:m.end].split()
        if text and text[0].lower() in NICK_DETS:
            text = text[1:]
        if len(text) != 1:
            continue
        w = norm_phrase(text[0])
        if len(w) != 1:
            continue
        w = w[0]
        stem = w[:-1] if w.endswith("s") else w
        if len(stem) < 4 or (w,) in owner_of or w in tried:
            continue
        tried.add(w)
        owners = {k for nw, ks in words.items() if nw != w and nw.startswith(stem) for k in ks}
        owners.discard(m.key)
        if len(owners) == 1:
            owner_of[(w,)] = next(iter(owners))


def _clubby(ent, club_words: set[str], lex_words: tuple[set[str], set[str]]) -> bool:
    """A club of the article, or a name the resolver may still make one: the bare word of one of its
    clubs ("Ostermoor" after "VfR Ostermoor 08"), or a name with a club word ("IL Brennvika") and
    nothing that makes it a person."""
    if ent.kind == "club":
        return True
    if ent.key.startswith("single:"):
        return ent.key[7:] in club_words or bool(ent.cues.club_evidence)
    c = ent.cues
    return ent.key.startswith("name:") and any(p in lex_words[0] or p in lex_words[1] for p in ent.parts) \
        and not c.player and not c.person and c.role is None \
        and c.position is None and c.age is None and not c.speaker


def _candidates(toks: list[Tok], body: str) -> list[int]:
    """Where a nickname may be introduced: after a naming cue ('nicknamed', 'call them', 'known as'),
    before ', as <club> are known' or '– the nickname', inside '(the ...)'."""
    out: set[int] = set()
    n = len(toks)
    triggers = _TRIGGERS
    for q, t in enumerate(toks):
        w = t.norm
        if w not in triggers:
            continue
        if w == "the":
            if t.start > 0 and body[t.start - 1] == "(":
                out.add(q + 1)                  # "Dunmoral FC (the Millers)"
        elif w == "as":
            if t.sep == HARD:
                out.update((q - 1, q - 2))      # "the Halcones, as Valdemora have been known"
            if any(toks[p].norm in _KNOW for p in range(max(0, q - 8), q)):
                out.update((q + 1, q + 2))      # "known (to their fans) as the Shoremen"
        elif w == "them":
            if q > 0 and toks[q - 1].norm in ("call", "calls"):
                out.update((q + 1, q + 2))      # "whose supporters call them els Taronja"
        else:
            out.update((q + 1, q + 2))
            if w == "nickname" and q >= 2 and toks[q - 1].norm == "the":
                out.update((q - 2, q - 3))      # "the Cervi – the nickname comes from ..."
    return sorted(k for k in out if 0 <= k < n and toks[k].cap and not toks[k].first)


def _is_owner_name(info, owner: str, norms: tuple[str, ...]) -> bool:
    """The club's own name (a plain repeat), not a nickname."""
    ent = info.ents.get(owner)
    return ent is not None and norms == tuple(ent.parts[:len(norms)])


def _relink(info, toks: list[Tok], body: str, owner_of: dict[tuple[str, ...], str]) -> None:
    first_words = {n[0]: n for n in owner_of}
    spans: list[tuple[int, int, str, int]] = []
    k = 0
    n = len(toks)
    while k < n:
        t = toks[k]
        full = first_words.get(t.norm) if t.cap else None
        if full is None:
            k += 1
            continue
        j = k + len(full)
        if j > n or tuple(x.norm for x in toks[k:j]) != full:
            k += 1
            continue
        if j < n and toks[j].cap and toks[j].sep == SPACE and not toks[j - 1].poss:
            k = j                  # part of a longer name
            continue
        start = t.start
        if k > 0 and toks[k - 1].norm in NICK_DETS and t.sep != HARD and toks[k - 1].sent == t.sent:
            start = toks[k - 1].start
        spans.append((start, toks[j - 1].end, owner_of[full], t.sent))
        k = j
    if not spans:
        return
    kept = []
    spans_sorted = sorted(spans)
    span_starts = [sp[0] for sp in spans_sorted]
    for m in info.mentions:
        q = bisect_left(span_starts, m.end) - 1      # spans are disjoint: only the last one starting
        if q >= 0 and spans_sorted[q][1] > m.start:  # before the mention's end can overlap it
            continue
        kept.append(m)
    info.mentions[:] = kept
    from .article import LocalMention   # late: article imports this module
    for s, e, key, sent in spans_sorted:
        ent = info.ents.get(key)
        if ent is not None:
            ent.count += 1
        info.mentions.append(LocalMention(s, e, key, "nickname", sent))
