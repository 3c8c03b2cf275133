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

import re
from bisect import bisect_left

from .tokens import HARD, POSS, SPACE, Tok, norm_phrase

# the article words a nickname is written with ("the Millers", "les Goélands", "els Taronja", "die Schmiede")
NICK_DETS = frozenset({"the", "les", "els", "die", "der", "os", "i", "gli", "il", "la", "los", "las", "el",
                       "o", "het", "lo", "le", "de"})
_CUE_BEFORE = frozenset({"nicknamed", "dubbed", "call", "calls", "called", "nickname"})
_KNOW = frozenset({"known", "know", "knows"})
_GO = frozenset({"go", "goes", "going", "went", "gone"})
_TRIGGERS = _CUE_BEFORE | {"them", "as", "the", "name", "club", "side", "team", "by"}


def _nick_at(toks: list[Tok], k: int) -> tuple[int, int] | None:
    """The capitalised word(s) of a nickname starting at k: (k, j), at most two words."""
    if k >= len(toks) or not toks[k].cap or len(toks[k].norm) < 3:
        return None
    j = k + 1
    if j < len(toks) and toks[j].cap and toks[j].sep == SPACE and toks[j].sent == toks[k].sent \
            and not toks[k].poss:
        j += 1
    elif j + 1 < len(toks) and toks[j].norm in _NICK_LINKS and not toks[j].cap and toks[j].sep == SPACE \
            and toks[j + 1].cap and toks[j + 1].sep == SPACE and toks[j + 1].sent == toks[k].sent \
            and not toks[k].poss and len(toks[j + 1].norm) >= 3:
        j += 2                    # "Wana wa Mlima", "Hijos del Viento": a linking word inside the nickname
    return k, j


# a lower-case word that joins the two words of a nickname in other languages (not English "of": "the
# Pride of Tazert" is a town's praise)
_NICK_LINKS = frozenset({"wa", "ya", "de", "del", "da", "do", "di", "du"})


def _intro_before(toks: list[Tok], k: int, body: str) -> bool:
    """Is the word at k (after its article, if any) introduced as a name: 'nicknamed (the) N',
    'call them N', 'known (to their fans) as (the) N'?"""
    if toks[k].sep != SPACE:
        return False              # "When Tirana called, Endrit told me": a verb, then another clause
    if _cue_at(toks, k - 1, k):
        return True
    q = k - 1
    if q >= 2 and toks[q].norm in NICK_DETS and toks[q - 1].norm in _ADVERBS and toks[q - 2].norm == "them":
        return _cue_at(toks, q - 2, k)    # "whose fans call them simply the Rainbows"
    if q >= 1 and toks[q].norm in NICK_DETS and not toks[q].first and toks[q].sep == SPACE \
            and _cue_at(toks, q - 1, k):
        return True
    if q >= 2 and toks[q].norm in NICK_DETS and toks[q - 1].norm == "nickname" \
            and toks[q - 2].norm == "whose" and toks[q - 1].sent == toks[k].sent \
            and body[toks[q - 1].end:toks[q].start].strip() == ",":
        return True               # "a club whose nickname, los Toros, is painted on the stand"
    if q < 2 or toks[q].norm != "the" or toks[q - 1].sent != toks[k].sent:
        return False
    gap = body[toks[q - 1].poss_end:toks[q].start].strip()
    if gap in _OPEN_QUOTES and toks[q - 1].norm in _CUE_BEFORE:
        return True               # 'nicknamed "the Lakers" after the lake'
    if gap == "," and toks[q - 1].norm == "nickname" and toks[q - 1].sep == POSS:
        return True               # "The club's nickname, the Vintners, comes from ..."
    if toks[q].sep != SPACE or toks[q - 1].sep != SPACE:
        return False
    if toks[q - 1].norm in _CLUB_NOUNS and toks[q - 2].norm == "the" and q >= 3 \
            and toks[q - 3].norm in ("call", "calls", "called", "dubbed", "nicknamed"):
        return True               # "supporters have long called the club the Bears"
    return toks[q - 1].norm == "name" and toks[q - 2].norm == "the" and q >= 3 \
        and toks[q - 3].norm in ("them", "it", "club", "side", "team", "earned", "given", "gave", "got")
    #                               "whose orange shirts earned them the name the Oranges"


_OPEN_QUOTES = frozenset({'"', "\u201c", "'", "\u2018", "\u00ab"})


def _cue_at(toks: list[Tok], q: int, k: int) -> bool:
    if q < 0 or toks[q].sent != toks[k].sent:
        return False
    if toks[q].norm in _CUE_BEFORE:
        return True
    if toks[q].norm == "them" and q > 0 and toks[q - 1].norm in ("call", "calls"):
        return True
    if toks[q].norm == "by" and q > 0 and toks[q - 1].norm in _GO and toks[q].sep == SPACE:
        return True               # "Vale Rovers, who go by the Kingfishers on every scarf"
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
    if not cands and not orphan and ", the " not in body and ", The " not in body and ", who play" not in body \
            and ", so called" not in body and ", whose" not in body \
            and not ((" \u2013 " in body or " \u2014 " in body) and " to " in body) and " to their " not in body:
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
    tok_at = {x.start: q for q, x in enumerate(toks)}
    club_words_of = _club_word_index(info)

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

    humans = sorted([m.start for m in info.mentions if m.key is None or (m.key not in clubby and _humanish(info, m.key))]
                    + [d.start for d in info.descs if d.target != "club"])

    def person_between(a: int, b: int) -> bool:
        k = bisect_left(humans, a)
        return k < len(humans) and humans[k] < b

    desc_at = {d.start: di for di, d in enumerate(info.descs) if d.target == "club"}
    desc_ends = sorted((d.end, di) for di, d in enumerate(info.descs) if d.target == "club")
    desc_end_keys = [e for e, _ in desc_ends]
    club_cover = [(m.start, m.end) for m in clubs if m.via != "nickname" and m.key.startswith("club:")]
    for k in cands:
        t = toks[k]
        if not t.cap or t.first:
            continue
        if t.norm in NICK_DETS and k + 1 < len(toks) and toks[k + 1].cap and toks[k + 1].sep == SPACE:
            continue              # "as Die Deichgrafen": the nickname is the word after the article
        if any(a <= t.start < b for a, b in club_cover):
            continue              # "known as Le Havre": a club's own name
        nk = _nick_at(toks, k)
        if nk is None:
            continue
        _, j = nk
        norms = tuple(x.norm for x in toks[k:j])
        if norms in owner_of:
            continue
        owner = None
        lead = toks[k - 1].start if k > 0 and toks[k - 1].norm in NICK_DETS and toks[k - 1].sent == t.sent else t.start
        if _intro_before(toks, k, body):
            # "Dunmoral, nicknamed the Millers": the club the clause is about, named before the cue
            # (a person or a player the sentence names or describes before the cue may be the one
            # the nickname is for: "the forward, known as Tiko")
            s0 = info.sent_of[t.sent][0] if 0 <= t.sent < len(info.sent_of) else 0
            m = club_before(lead, t.sent)
            group = any(toks[x].norm in _GROUP_NOUNS for x in range(max(0, k - 5), k))
            beside = _described_owner(info, body, lead, t.sent, m, desc_ends, desc_end_keys)
            fans_of = _fans_owner(toks, k, club_words_of) if beside is None else None
            if beside is not None:
                # "Kragsø, the west Jutland club nicknamed the Marshmen", "Port Hallett, known on the
                # coast as the Gulls", "The newcomers, nicknamed the Falcons": the club (or the club
                # description) the cue stands right after, whoever the sentence named before it
                owner = beside
            elif fans_of is not None:
                owner = fans_of           # "where the Tiszavár faithful know their side as the River Eagles"
            elif m is not None and not person_between(m.end if group else s0, lead):
                # ("X spent years at Club, whose players are nicknamed N": the club's players, after it)
                owner = m.key
            elif m is None and lead != t.start and not person_between(s0, lead) \
                    and not any(s0 <= x.start < lead for x in info.mentions):
                m = club_before(lead, t.sent - 1)   # "So who are Castlebridge? ..., known as the Kilnmen"
                if m is not None and any(toks[x].norm in _CLUB_NOUNS and toks[x - 1].norm == "the"
                                         for x in range(max(1, k - 6), k)):
                    # "The club's nickname, the Vintners, ...", "fans have long called the club the
                    # Bears": the club the sentence before is about, its first club
                    q0 = bisect_left(club_starts, info.sent_of[t.sent - 1][0]) if t.sent >= 1 else len(clubs)
                    if q0 < len(clubs) and clubs[q0].sent == t.sent - 1:
                        m = clubs[q0]
                if m is not None:
                    owner = m.key
        elif j + 1 < len(toks) and toks[j].sep == HARD and toks[j].norm == "as" and toks[j].sent == t.sent \
                and body[toks[j - 1].end:toks[j].start].strip() in (",", "\u2013", "\u2014", "-"):
            # "the Halcones, as Valdemora have been known": the club named right after "as"
            after = [club_at[toks[x].start] for x in (j + 1, j + 2)[:1 + (toks[j + 1].norm == "the")]
                     if x < len(toks) and toks[x].start in club_at]
            if after:
                e = after[0].end
                tail = body[e:e + 40].lower().split()
                if any(w.strip(",.") in _KNOW_TAIL for w in tail[:4]):
                    owner = after[0].key
            elif toks[j + 1].norm == "the":
                # "the Herrings, as the coastal club from Blekinge have been called": the club of the
                # article the nickname echoes ("De Bevers" of Beverbeek), or the club the description means
                di = desc_at.get(toks[j + 1].start)
                e = info.descs[di].end if di is not None else toks[j + 1].end
                tail = body[e:e + 80].lower().split()
                if any(w.strip(",.") in _KNOW_TAIL for w in tail[:10 if di is None else 5]):
                    owner = _echo_owner(norms, club_words_of) or di
                    if owner is None:
                        for other in _beside(toks, body, k, j, lead):
                            owner = owner or _echo_owner(other, club_words_of)
                    if owner is None and j + 2 < len(toks) and toks[j + 2].norm in _CLUB_NOUNS \
                            and toks[j + 3 if j + 3 < len(toks) else j + 2].norm in _KNOW_TAIL | _BE_WORDS:
                        # "FC X, the club of his home town. The Hornets, as the club are known, ...":
                        # the club the sentence before named last
                        prev = club_before(lead, t.sent - 1)
                        if prev is not None and prev.key.startswith(("club:", "uclub:")):
                            owner = prev.key
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
        if isinstance(owner, str) and owner.startswith("single:"):
            # "Benialfaz, whose supporters call them els Taronja": the bare word of one club of the article
            word = owner[7:]
            full = [e.key for e in info.ents.values() if e.kind == "club" and word in e.parts]
            if len(full) == 1:
                owner = full[0]
        if owner is not None and not isinstance(owner, int) and _is_owner_name(info, owner, norms):
            continue
        if owner is not None:
            beside = _beside(toks, body, k, j, lead)
            if isinstance(owner, int):
                for other in beside:
                    owner = _echo_owner(other, club_words_of) or owner
            owner_of[norms] = owner
            # "nicknamed Kapři – the Carps –", "Vukovi, the Wolves", "For Sillarna – the Herrings, as ...":
            # a translation (or the original) written beside the nickname is the same club's
            for other in beside:
                if other not in owner_of and not (isinstance(owner, str) and _is_owner_name(info, owner, other)):
                    owner_of[other] = owner
    if ", who play" in body or ", so called" in body or ", whose" in body or ", a name" in body \
            or ", a nickname" in body:
        _opening_nicknames(info, toks, body, clubs, owner_of)
    for m in clubs:
        # "Iwashiro Kogen, the Highlanders, first rejected": a plural name in apposition to a club
        if m.via == "nickname" or not m.key.startswith(("club:", "uclub:")):
            continue
        got = _appos_nick(toks, body, m.end, tok_at)
        if got is not None and got not in owner_of and not _is_owner_name(info, m.key, got):
            owner_of[got] = m.key
    lower: set = set()
    if (("\u2013 " in body or "\u2014 " in body) and " to " in body) or " to their " in body:
        lower = _glossed_nicknames(info, toks, body, clubs, club_starts, desc_ends, desc_end_keys, tok_at, owner_of)
    if orphan:
        _echo_nicknames(info, ments, owner_of)
    if owner_of:
        _relink(info, toks, body, owner_of, lower)


# "X – los Mineros, "the miners", to their supporters – ...", "X – Al-Nakheel, "the Palms", to everyone who
# ...": a nickname between dashes, with a translation in quotes, that the fans use; or after a comma:
# "Vila Franca, the Salgados to their fans after ...": the club named right before it
_GLOSSED = re.compile(
    r"([\u2013\u2014,])\s+((?:(?:los|las|el|la|the|les|os|as|i|il|gli)\s+)?)([A-Z][^\W\d_]+(?:[-\s][A-Z][^\W\d_]+)?)"
    r"(?:,\s*[\"\u201c'\u2018]([^\"\u201d'\u2019\n]{2,40})[\"\u201d'\u2019],)?"
    r"\s+to\s+(?:(?:their|its|the\s+club's|the\s+club\u2019s)\s+(?:own\s+)?(?:supporters|fans|faithful|followers)"
    r"|everyone|anyone|all)\b")


def _glossed_nicknames(info, toks, body, clubs, club_starts, desc_ends, desc_end_keys, tok_at, owner_of) -> set:
    lower: set = set()
    for mt in _GLOSSED.finditer(body):
        dash = mt.start(1)
        owner = None
        q = bisect_left(club_starts, dash) - 1
        if q >= 0 and 0 <= dash - clubs[q].end <= 2:
            owner = clubs[q].key                    # "Unión X – los Mineros, ..."
        if owner is None:
            q = bisect_left(desc_end_keys, dash) - 1
            if q >= 0 and 0 <= dash - desc_end_keys[q] <= 2:
                owner = desc_ends[q][1]             # "The Atacama Region club – los Mineros, ..."
        k = tok_at.get(mt.start(3))
        if k is None:
            continue
        sent = toks[k].sent
        if owner is None and 1 <= sent < len(info.sent_of):
            # "The club from the hills – los Mineros, ...": a club described at the opening of the
            # sentence, the first club of the sentence before
            s0 = info.sent_of[sent][0]
            head = body[s0:dash].lower()
            if len(head) <= 90 and head.startswith("the ") and any(w in head.split() for w in ("club", "side", "team")):
                ps = info.sent_of[sent - 1][0]
                q0 = bisect_left(club_starts, ps)
                if q0 < len(clubs) and clubs[q0].sent == sent - 1:
                    owner = clubs[q0].key
        if owner is None:
            continue
        j = k
        while j < len(toks) and toks[j].end <= mt.end(3):
            j += 1
        norms = tuple(x.norm for x in toks[k:j])
        if norms and norms not in owner_of and not (isinstance(owner, str) and _is_owner_name(info, owner, norms)):
            owner_of[norms] = owner
        if mt.group(4):
            g = mt.group(4).split()
            if len(g) >= 2 and g[0].lower() == "the" and len(g) <= 3 and (g[1][:1].isupper() or len(g) == 3):
                # "the Palms", "the palm men": the translation, the same club (a lower-case one of two
                # words only, said as it is: "the miners" alone is a common noun)
                key = tuple(norm_phrase(" ".join(g[1:])))
                if key and key not in owner_of:
                    owner_of[key] = owner
                    if not g[1][:1].isupper():
                        lower.add(key)
    return lower


_CLUB_NOUNS = frozenset({"club", "side", "team", "outfit"})
_BE_WORDS = frozenset({"are", "is", "were", "was", "have", "has"})
# what may stand between a club (or its description) and the cue of a nickname: "X, the west Jutland club
# nicknamed", "X, known on the coast as", "X, the port club whose fans call them", "the NB I club, nicknamed"
_CUE_GAP = re.compile(
    r"(?:,\s+the\s+[^,.;:!?\n\"“”]{1,40}?\s+(?:club|side|team|outfit|newcomers)\b)?,?\s+"
    r"(?:(?:affectionately|fondly|also|simply|widely)\s+)?"
    r"(?:nicknamed|dubbed|known(?:\s+[^,.;:!?\n]{1,40}?)?\s+as|who\s+go\s+by"
    r"|a\s+(?:club|side|team)\s+(?:that\s+|which\s+)?[^,.;:!?\n\"“”]{1,40}?\s+(?:long\s+ago\s+|once\s+)?(?:nicknamed|dubbed)"
    r"|whose\s+(?:own\s+)?(?:fans|supporters|followers)\s+(?:call|know)\s+them(?:\s+simply)?(?:\s+as)?)\s+$")
_FANS = frozenset({"faithful", "fans", "supporters", "followers"})


def _described_owner(info, body: str, lead: int, sent: int, m, desc_ends: list, desc_end_keys: list):
    """The club a nickname's cue stands right after: the club `m` (with at most an apposition between,
    "X, the Córdoba club nicknamed"), or a club description with nothing but the cue after it ("The
    newcomers, nicknamed the Falcons": its index, resolved with the description). None otherwise."""
    if m is not None and m.end < lead and lead - m.end <= 90 and _CUE_GAP.match(body, m.end, lead):
        return m.key
    q = bisect_left(desc_end_keys, lead) - 1
    if q < 0 or lead - desc_end_keys[q] > 70:     # (the gap itself is bounded by `_CUE_GAP`)
        return None
    di = desc_ends[q][1]
    d = info.descs[di]
    if d.sent != sent or not _CUE_GAP.match(body, d.end, lead) or body[d.end:d.end + 1] != ",":
        return None
    if m is not None and m.end <= d.start and body[m.end:d.start].strip() == ",":
        return m.key
    return di


def _fans_owner(toks: list[Tok], k: int, club_words_of: dict[str, set[str]]) -> str | None:
    """'the Tiszavár faithful know their side as the River Eagles': the club whose word stands before
    the fans who know it so."""
    for p in range(k - 2, max(0, k - 9), -1):
        if toks[p].norm in _FANS and toks[p].sent == toks[k].sent and p >= 1 and toks[p - 1].cap:
            if p + 1 < k and toks[p + 1].norm in _KNOW | {"call"}:
                owners = club_words_of.get(toks[p - 1].norm, set())
                if len(owners) == 1:
                    return next(iter(owners))
            return None
    return None


_ADVERBS = frozenset({"simply", "just", "affectionately", "fondly", "still", "only", "now", "also"})
_GROUP_NOUNS = frozenset({"players", "supporters", "fans", "team", "squad", "locals"})
_KNOW_TAIL = _KNOW | {"called", "nicknamed", "dubbed"}
_BESIDE_GAPS = ("\u2013", "\u2014", "-", ",", "(", ", or", "or", ", meaning", "meaning", "(or")


def _humanish(info, key: str) -> bool:
    """A mention that may be a person: not a bare word with no sign of one ("the Deichstadion on the
    Elbe": places the data does not know)."""
    if not key.startswith("single:"):
        return True
    ent = info.ents.get(key)
    if ent is None:
        return True
    c = ent.cues
    return bool(c.player or c.person or c.role or c.speaker or c.position or c.age)


def _cap_words(toks: list[Tok], q: int, sent: int) -> tuple[int, int] | None:
    """One or two capitalised words from q (an article word before them skipped): (first, end)."""
    if q < len(toks) and toks[q].norm in NICK_DETS and toks[q].sent == sent and q + 1 < len(toks) \
            and toks[q + 1].sep == SPACE:
        q += 1
    if q >= len(toks) or not toks[q].cap or toks[q].sent != sent or len(toks[q].norm) < 3 \
            or toks[q].norm in NICK_DETS:
        return None
    e = q + 1
    if e < len(toks) and toks[e].cap and toks[e].sep == SPACE and toks[e].sent == sent and not toks[q].poss:
        e += 1
    return q, e


def _beside(toks: list[Tok], body: str, k: int, j: int, lead: int) -> list[tuple[str, ...]]:
    """The nickname written just after (or just before) the one at k..j, with a dash, a comma, a
    bracket or 'or' between them: 'Kapři – the Carps', 'Vukovi, the Wolves', 'Sillarna – the Herrings'."""
    out = []
    sent = toks[k].sent
    if j < len(toks) and toks[j].sent == sent:
        gap = body[toks[j - 1].end:toks[j].start].strip().lower()
        q = j
        if gap == "" and toks[q].norm in ("or", "meaning"):
            gap, q = toks[q].norm, q + 1
        if gap in _BESIDE_GAPS and q < len(toks) and toks[q].norm in NICK_DETS and not toks[q].cap \
                or gap in ("\u2013", "\u2014", "(") and q < len(toks):
            got = _cap_words(toks, q, sent)
            if got is not None and got[1] - got[0] <= 2:
                a, b = got
                if b >= len(toks) or toks[b].sep == HARD or not toks[b].cap:
                    out.append(tuple(x.norm for x in toks[a:b]))
    p = k - 1 if lead != toks[k].start else k      # the lead token: the nickname's article or itself
    if 1 <= p < len(toks) and toks[p - 1].sent == sent and (toks[p].norm in NICK_DETS or p == k):
        gap = body[toks[p - 1].end:toks[p].start].strip()
        if gap in ("\u2013", "\u2014"):
            e = p
            a = e - 1
            if a - 1 >= 0 and toks[a - 1].cap and toks[a].sep == SPACE and toks[a - 1].sent == sent \
                    and toks[a - 1].norm not in NICK_DETS and not toks[a - 1].first:
                a -= 1
            if toks[a].cap and len(toks[a].norm) >= 3 and toks[a].norm not in NICK_DETS:
                out.append(tuple(x.norm for x in toks[a:e]))
    return out


def _appos_nick(toks: list[Tok], body: str, end: int, tok_at: dict[int, int]) -> tuple[str, ...] | None:
    """', the Highlanders,' right after a club's name: the plural capitalised words of a nickname."""
    if body[end:end + 6] not in (", the ", ", The "):
        return None
    q = tok_at.get(end + 2)
    if q is None:
        return None
    got = _cap_words(toks, q, toks[q].sent)
    if got is None:
        return None
    a, b = got
    if not toks[b - 1].norm.endswith(("s", "men")) or toks[b - 1].poss or len(toks[b - 1].norm) < 5:
        return None
    if b < len(toks) and toks[b].sep != HARD:
        return None
    after = body[toks[b - 1].end:toks[b - 1].end + 1]
    if after not in (",", ")") and body[toks[b - 1].end:toks[b - 1].end + 3] not in (" \u2014 ", " \u2013 ") \
            and body[toks[b - 1].end:toks[b - 1].end + 5] != " (as ":
        return None               # (", the Corsairs — a nickname from ...": an aside between dashes;
        #                           ", the Herons (as everyone in town calls the club)")
    return tuple(x.norm for x in toks[a:b])


def _opening_nicknames(info, toks: list[Tok], body: str, clubs: list, owner_of: dict) -> None:
    """'The move has left Ennsleiten furious. The Raftsmen, who play at ...': a capitalised plural
    opening a sentence, then ', who play at', ', so called because' or ', whose ... ground', is the
    nickname of the one club the sentence before names."""
    for k in range(len(toks) - 3):
        t = toks[k]
        if not t.first or t.norm not in NICK_DETS:
            continue
        got = _cap_words(toks, k, t.sent)
        if got is None:
            continue
        a, b = got
        norms = tuple(x.norm for x in toks[a:b])
        if norms in owner_of or b + 1 >= len(toks) or not norms[-1].endswith(("s", "men")) or len(norms[-1]) < 5 \
                or toks[b - 1].poss or body[toks[b - 1].end:toks[b].start].strip() != ",":
            continue
        nxt = (toks[b].norm, toks[b + 1].norm)
        if not (nxt == ("who", "play") or nxt == ("so", "called") or (nxt[0] == "a" and nxt[1] in ("name", "nickname"))
                or (nxt[0] == "whose" and any(toks[x].norm in ("ground", "stadium", "home")
                                              for x in range(b + 1, min(len(toks), b + 5))))):
            continue
        before = {m.key for m in clubs if m.sent == t.sent - 1 and m.key.startswith(("club:", "uclub:"))}
        if len(before) == 1 and not any(m.start == toks[a].start for m in clubs
                                        if m.via != "nickname" and m.key.startswith(("club:", "uclub:"))):
            owner_of[norms] = next(iter(before))


def _echo_owner(norms: tuple[str, ...], words: dict[str, set[str]]) -> str | None:
    """'De Bevers' of 'KSK Beverbeek': a nickname whose word begins a word of exactly one club."""
    w = norms[-1]
    stem = w[:-1] if w.endswith("s") else w
    if len(stem) < 4:
        return None
    owners = {k for nw, ks in words.items() if nw != w and (nw.startswith(stem) or (
        len(nw) >= 6 and w.startswith(nw) and len(w) - len(nw) <= 3)) for k in ks}
    # ("Bursztynowi" of "Bursztyn Leba": the club's word declined, a case ending after it)
    return next(iter(owners)) if len(owners) == 1 else None


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


def _club_word_index(info, keys: set[str] | None = None) -> dict[str, set[str]]:
    """The words (five letters or more) of the article's clubs (of `keys` only, if given) -> the clubs."""
    words: dict[str, set[str]] = {}
    for e in info.ents.values():
        if e.kind == "club" and (keys is None or e.key in keys):
            for w in (e.parts or tuple(norm_phrase(e.name))):
                if len(w) >= 5:
                    words.setdefault(w, set()).add(e.key)
    return words


def _echo_nicknames(info, ments: list, owner_of: dict) -> None:
    """'Glenallan Thistle ... the Glens': a data nickname of a club the article never names otherwise,
    that is the start of a word of exactly one other club of the article, is that club's."""
    named = {m.key for m in ments if m.via != "nickname"}
    words = _club_word_index(info, named)
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
                if q + 1 < n and toks[q + 1].norm in _ADVERBS:
                    out.add(q + 3)              # "call them simply the Rainbows"
        elif w == "by":
            if q > 0 and toks[q - 1].norm in _GO:
                out.update((q + 1, q + 2))      # "who go by the Kingfishers"
        elif w in ("name", "club", "side", "team"):
            if q >= 1 and q + 2 < n and toks[q - 1].norm == "the" and toks[q + 1].norm == "the" \
                    and (w == "name" or (q >= 2 and toks[q - 2].norm in ("call", "calls", "called", "dubbed",
                                                                          "nicknamed"))):
                out.update((q + 2, q + 3))      # "earned them the name the Oranges", "called the club the Bears"
        else:
            out.update((q + 1, q + 2, q + 3))   # (q + 3: 'nicknamed "the Lakers"', "nickname, the Vintners")
            if w == "nickname" and q >= 2 and toks[q - 1].norm == "the":
                out.update((q - 2, q - 3))      # "the Cervi – the nickname comes from ..."
    return sorted(k for k in out if 0 <= k < n and toks[k].cap and not toks[k].first)


def _is_owner_name(info, owner: str, norms: tuple[str, ...]) -> bool:
    """The club's own name (a plain repeat), not a nickname."""
    ent = info.ents.get(owner)
    return ent is not None and norms == tuple(ent.parts[:len(norms)])


def _relink(info, toks: list[Tok], body: str, owner_of: dict[tuple[str, ...], str], lower: set = frozenset()) -> None:
    first_words = {n[0]: n for n in owner_of}
    spans: list[tuple[int, int, str, int]] = []
    k = 0
    n = len(toks)
    while k < n:
        t = toks[k]
        full = first_words.get(t.norm) if t.cap or (lower and t.norm in first_words
                                                      and first_words[t.norm] in lower) else None
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
    # "from Bursztynowi – the Amber Boys, as ...": an unknown club the article made of a nickname of
    # another of its clubs is that club (its echoes too)
    moved = {"uclub:" + " ".join(n): o for n, o in owner_of.items()
             if isinstance(o, str) and "uclub:" + " ".join(n) != o and "uclub:" + " ".join(n) in info.ents}
    if moved:
        for m in info.mentions:
            if m.key in moved:
                m.key = moved[m.key]
    kept = []
    spans_sorted = sorted(spans)
    span_starts = [sp[0] for sp in spans_sorted]
    dropped: dict[str, set] = {}
    for m in info.mentions:
        q = bisect_left(span_starts, m.end) - 1      # spans are disjoint: only the last one starting
        if q >= 0 and spans_sorted[q][1] > m.start:  # before the mention's end can overlap it
            if m.key and (m.key.startswith("club:") and m.via == "nickname" or m.key.startswith("uclub:")):
                dropped.setdefault(m.key, set()).add(spans_sorted[q][2])
            continue
        kept.append(m)
    info.mentions[:] = kept
    if dropped:
        # "Falcons coach Orhan X": the job was read with the data's club of that nickname; the article's
        # own club now has it (when that data club is no longer named at all)
        left = {m.key for m in kept}
        moved_club = {k: (next(iter(v)) if isinstance(next(iter(v)), str) else None) for k, v in dropped.items()
                      if k not in left and len(v) == 1}
        if moved_club:
            for e in info.ents.values():
                if e.cues.club in moved_club:
                    e.cues.club = moved_club[e.cues.club]
            for d in info.descs:
                if d.club in moved_club:
                    d.club = moved_club[d.club]      # "The Millers' manager"
    from .article import LocalMention   # late: article imports this module
    for s, e, key, sent in spans_sorted:
        if isinstance(key, int):            # the club a description of the article means
            info.mentions.append(LocalMention(s, e, None, "alias", sent, desc=key))
            continue
        ent = info.ents.get(key)
        if ent is not None:
            ent.count += 1
        info.mentions.append(LocalMention(s, e, key, "nickname", sent))
