"""Which entity a description means ("the Dutch international", "the Merseyside club"),
and the final list of mentions with offsets.

Runs after identity, so what one article says (Van Dijk is Dutch) helps read another
("the German" is then not Van Dijk).
"""
from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from functools import partial

import orjson

from ..cache import memo

from ..model import Entity, Mention
from ..text import line_label_start
from .article import ArticleInfo
from .cues import SPEECH as _SPEECH
from .describe import Desc
from .identity import Resolver
from .lexicon import Lexicon
from .tokens import norm_phrase

_HARD_BETWEEN = re.compile(r"[,;:\u201c\u201d\u2018\"()]|['\u2019](?!s)")
_ROLE_GROUPS = {"manager": "manager", "assistant": "manager", "director": "director", "chairman": "director",
                "agent": "agent", "spokesperson": "spokesperson", "pundit": "pundit", "official": "official"}
_POS_NEAR = {("forward", "forward"), ("defender", "defender"), ("midfielder", "midfielder"),
             ("goalkeeper", "goalkeeper")}


def _code_country(e: Entity) -> str | None:
    """The country an unknown club's opening code word belongs to alone ("SpVgg X": Germany)."""
    words = e.name.lower().split()
    return _LEX.code_countries.get(words[0]) if len(words) >= 2 else None


def _fits(d: Desc, e: Entity, attrs: dict, club_country: dict[str, str], club_league: dict[str, str],
          club_eid: dict[str, str], words_named: bool = True) -> float | None:
    """None if the description cannot mean `e`, else how well it fits (attribute matches)."""
    score = 0.0
    if d.target == "club":
        if e.kind != "club":
            return None
        ok = False
        if d.owned or (d.status and not (d.clubs_ok or d.country or d.league or d.name_words)):
            return 0.0                # "his new club": any club; the text around it decides
        if d.unknown_place and not (d.clubs_ok or d.country or d.league or d.name_words):
            # "the Mexico City club" when no club the data knows is from there: one it does not know
            return _UNKNOWN_FIT if e.attrs.get("known") is False else None
        if d.name_words:
            if not _has_words(e, d.name_words):
                if e.attrs.get("known") is False and not (d.clubs_ok or d.country or d.league) and not words_named:
                    # "the Kintampo club" when no club of the article has that word: a home town the
                    # data does not know, of a club the data does not know (by elimination, as a city)
                    return _UNKNOWN_FIT
                return None           # "the Tarnowiec side": only a club with that word in its name
            ok, score = True, score + 2
            if not (d.clubs_ok or d.country or d.league):
                return score
        if d.clubs_ok:
            if e.id in d.clubs_ok:
                ok, score = True, score + 2
            elif d.country is None and d.league is None and e.attrs.get("known") is False:
                # "the Mexico City club": the data lists some clubs of the city, maybe not this one
                return _UNKNOWN_FIT
            elif d.country is None and d.league is None:
                return None
        guess = _code_country(e) if e.attrs.get("known") is False else None
        if d.country:
            cc = club_country.get(e.id)
            if cc == d.country or (cc is None and guess == d.country):
                ok, score = True, score + 1      # ("the German club": "SpVgg X", a German club's code)
            elif cc is None and guess is not None and not d.clubs_ok:
                return None
            elif cc is None and not d.clubs_ok and not d.league:
                ok, score = True, score + 0.2     # a club the data file does not know: maybe
            elif not d.clubs_ok:
                return None
        if d.league:
            have = club_league.get(e.id)
            if have == d.league:
                ok, score = True, score + 1
            elif have is None and e.attrs.get("known") is False:
                # a club the data does not know: likely for a lower or foreign league (not one of another
                # country than its code tells: "SpVgg X" is no "2. Liga" (Austrian) side)
                lc = _LEX.country_of_league.get(d.league)
                if guess is not None and lc is not None and lc != guess:
                    return None
                ok, score = True, score + (0.5 if d.league not in _LEX.data_leagues else -0.5)
            elif have and d.league in getattr(_LEX.clubs.get(e.id), "recent", ()):
                ok, score = True, score + 0.75    # "the Championship club": a division it played in lately
            elif have and _LEX.country_of_league.get(have) == _LEX.country_of_league.get(d.league):
                ok, score = True, score - 0.5     # promoted or relegated since the data file was written
            else:
                return None
        return score if ok else None
    if e.kind == "club":
        return None
    if d.target == "player" and e.kind != "player":
        return None
    if d.target == "person" and e.kind != "person":
        return None
    if d.nationality:
        if attrs.get("nationality"):
            if attrs["nationality"] != d.nationality:
                if attrs["nationality"] not in _LEX.nat_covers.get(d.nationality, ()):
                    return None       # "the Scandinavian" fits a Norwegian, "the Dubliner" an Irishman
                score += 4
            else:
                score += 5
        else:
            cc = club_country.get(attrs.get("club", ""))
            if cc and d.country and cc == d.country:
                score += 1.5
    if d.position:
        if attrs.get("position"):
            if attrs["position"] != d.position:
                return None
            score += 1
    if d.age is not None:
        if attrs.get("age") is not None:
            if attrs["age"] != d.age:
                return None
            score += 3
    if d.max_age is not None and attrs.get("age") is not None:
        if attrs["age"] > d.max_age:
            return None
        score += 2
    if d.role:
        if attrs.get("role"):
            role = attrs["role"]
            if role.startswith("former "):
                if not d.ex:
                    return None       # "the Wolves boss" is not the manager Wolves sacked
                role = role[7:]
            if _ROLE_GROUPS.get(role) != _ROLE_GROUPS.get(d.role):
                return None
            score += 1
        elif d.role not in ("manager", "assistant") or e.kind != "person":
            pass
    if d.club:
        want = club_eid.get(d.club)
        have = attrs.get("club")
        if want and have:
            if want != have:
                return None
            score += 3
        elif want and not d.ex and want in attrs.get("former_clubs", []):
            return None               # "the Ajax striker" is not the one who left Ajax
    for f in d.former:
        want = club_eid.get(f)
        if want and want in attrs.get("former_clubs", []):
            score += 3
    return score


def _has_words(e: Entity, words: tuple[str, ...]) -> bool:
    """Are all these words in the club's name or one of its aliases?"""
    names = [e.name, *e.aliases]
    if any(all(w in norm_phrase(n) for w in words) for n in names):
        return True
    club = _LEX.clubs.get(e.id) if _LEX is not None else None
    # "the Santa Cruz club": a word of a short form or of the home town the data gives the club
    return club is not None and any(all(w in f for w in words) for f in (*club.forms, *club.places))


def resolve_all(res: Resolver, entities: list[Entity], gid_to_id: dict[str, str], lex: Lexicon,
                keys: dict[str, object] | None = None) -> list[Mention]:
    """Every mention: names resolved by identity, then descriptions ("the Dane") picked in two
    rounds. `keys` (article id -> what its analysis was cached under) lets a build reuse an
    article's picks while nothing they depend on changed."""
    global _LEX
    _LEX = lex
    try:
        return _resolve_all(res, entities, gid_to_id, keys or {})
    finally:
        _LEX = None                     # the tables are not kept alive past the call


def _resolve_all(res: Resolver, entities: list[Entity], gid_to_id: dict[str, str], keys: dict[str, object]
                 ) -> list[Mention]:
    by_id = {e.id: e for e in entities}
    club_country = {e.id: e.attrs.get("country") for e in entities if e.kind == "club"}
    club_league = {e.id: e.attrs.get("league") for e in entities if e.kind == "club"}
    learned: dict[str, dict] = {}
    out: list[Mention] = []
    per_art: dict[str, tuple] = {}
    for info in res.infos:
        base = _base_mentions(res, info, gid_to_id)
        club_eid = {}
        for key in info.ents:
            gid = res.local_to_gid.get((info.article, key))
            if gid:
                eid = gid_to_id.get(res.find(gid))
                if eid:
                    club_eid[key] = eid
        per_art[info.article] = (base, club_eid)
    antecedents = {info.article: per_art[info.article][0] for info in res.infos}
    quote_spans = {info.article: _quote_spans(info.body) for info in res.infos}
    for rnd in range(2):
        picks: dict[tuple[str, int], str] = {}
        sure: set[tuple[str, int]] = set()
        for info in res.infos:
            if not info.descs:
                continue
            base, club_eid = per_art[info.article]
            ante = antecedents[info.article]
            key = _picks_key(rnd, info, keys.get(info.article), ante, club_eid, by_id, learned,
                             club_country, club_league)
            run = partial(_article_picks, info, ante, by_id, learned, club_country, club_league, club_eid,
                          quote_spans[info.article])
            got = memo("entities.picks", key, run) if key else run()
            for di, eid, is_sure in got:
                picks[(info.article, di)] = eid
                if is_sure:
                    sure.add((info.article, di))
        if rnd == 0:
            learned = _learn(res, {k: v for k, v in picks.items() if k in sure}, by_id, per_art)
            # the second round also counts the descriptions the first one was sure of as mentions:
            # "The 22-year-old ... the new signing" follows the player through his descriptions
            for info in res.infos:
                extra = [Mention(info.article, picks[(info.article, di)], d.text, d.start, d.end, "description")
                         for di, d in enumerate(info.descs) if (info.article, di) in sure]
                if extra:
                    antecedents[info.article] = sorted(per_art[info.article][0] + extra, key=lambda m: m.start)
    for info in res.infos:
        base, club_eid = per_art[info.article]
        ments = list(base)
        for di, d in enumerate(info.descs):
            eid = picks.get((info.article, di))
            if eid:
                ments.append(Mention(info.article, eid, d.text, d.start, d.end, "description"))
        for lm in info.mentions:
            if lm.key is None and lm.desc is not None:
                eid = picks.get((info.article, lm.desc))
                if eid:
                    ments.append(Mention(info.article, eid, info.body[lm.start:lm.end], lm.start, lm.end, "alias"))
                    alias = info.body[lm.start:lm.end]
                    ent = by_id[eid]
                    if alias not in ent.aliases and alias != ent.name:
                        ent.aliases.append(alias)
        if info.premods:
            named_at = {m.start: m.entity for m in base}
            for a, b, at in info.premods:
                eid = named_at.get(at)
                if eid in by_id and by_id[eid].kind != "club":
                    ments.append(Mention(info.article, eid, info.body[a:b], a, b, "description"))
                    _kin_surname(by_id[eid], info.body[a:b], named_at.get(a), by_id)
        if _KIN_WORD.search(info.body):
            ments += _kin_mentions(info, ments, by_id)
        if (" son" in info.body or " daughter" in info.body) and _CHILD.search(info.body):
            ments += _family_mentions(info, ments, by_id)
        if ("elder " in info.body or "younger " in info.body or "older " in info.body) and \
                _SIBLING_DESC.search(info.body):
            ments = _sibling_mentions(info, ments, by_id)
        present = {m.entity for m in ments}
        for a, b, key in info.manager_forms:
            gid = res.local_to_gid.get((info.article, key))
            root = res.find(gid) if gid else None
            eid = gid_to_id.get(root) if root else None
            club = by_id[eid].attrs.get("club") if eid in by_id else None
            if eid in by_id and (club is None or root in res.club_guessed):
                # "the Tenerife coach" said of him: the club of his job beats a club only guessed
                club = learned.get(eid, {}).get("club") or club
            if eid in by_id and (club is None or root in res.club_guessed):
                # "CSC coach Nabil X ... X's side": a club this article names by a short form only,
                # right before his job and name
                club = _club_before_job(info, ments, eid, by_id, _LEX) or club
            if eid in by_id and (club is None or root in res.club_guessed):
                # "X scored 4 goals for Y's side": a club of Y's only guessed yields to X's club
                club = _subject_club(info, ments, a, by_id, learned, eid) or club
            if club and club in by_id and (root not in res.club_guessed or club in present):
                # a club only guessed from context must also be named in this article
                ments.append(Mention(info.article, club, info.body[a:b], a, b, "manager-form"))
        for a, b, ids in info.place_mentions:
            eids = {gid_to_id.get(res.find(i)) for i in ids if i in res.clusters}
            hit = [x for x in eids if x and x in present]
            if len(hit) == 1:
                ments.append(Mention(info.article, hit[0], info.body[a:b], a, b, "place"))
        if ("hosts" in info.body or "home side" in info.body or "home team" in info.body) and \
                _HOME_DESC.search(info.body):
            ments += _home_side_mentions(info, ments, by_id)
        ments.sort(key=lambda m: (m.start, m.end))
        out += ments
    for eid, feats in learned.items():
        ent = by_id.get(eid)
        if ent and ent.kind != "club":
            for k, v in feats.items():
                if k == "former_clubs":
                    cur = ent.attrs.setdefault("former_clubs", [])
                    cur += [x for x in v if x not in cur]
                else:
                    ent.attrs.setdefault(k, v)
    return out


def _article_picks(info: ArticleInfo, ante: list[Mention], by_id: dict[str, Entity], learned: dict,
                   club_country: dict, club_league: dict, club_eid: dict, quotes: list[tuple[int, int]]
                   ) -> list[tuple[int, str, bool]]:
    """(description number, entity, sure) for each description of one article that means someone."""
    head_end = _headline_end(info.body)
    out = []
    for di, d in enumerate(info.descs):
        eid, margin = _pick(d, ante, by_id, learned, club_country, club_league, club_eid, info, quotes)
        if eid:
            out.append((di, eid, margin >= 1.0 and not (head_end and d.start < head_end)))
    return out


def _picks_key(rnd: int, info: ArticleInfo, analysed: object, ante: list[Mention], club_eid: dict,
               by_id: dict[str, Entity], learned: dict, club_country: dict, club_league: dict) -> str | None:
    """What an article's picks depend on: its analysis, its mentions, and what the corpus knows
    of everyone they name (attributes, learned features, the leagues of the clubs those name).
    None (always worked out) when the article's analysis has no cache key."""
    if analysed is None:
        return None
    named = {m.entity for m in ante} | set(club_eid.values())
    rows, clubs = [], set()
    for eid in sorted(named):
        e = by_id.get(eid)
        feats = learned.get(eid)
        rows.append(None if e is None else (eid, e.kind, e.name, e.aliases, e.attrs, feats))
        for attrs in (e.attrs if e is not None else None, feats):
            for v in (attrs or {}).values():
                for x in (v if isinstance(v, (list, tuple, set)) else (v,)):
                    if isinstance(x, str) and x in club_country:
                        clubs.add(x)
    clubs |= named & club_country.keys()
    payload = (rnd, analysed, [(m.entity, m.start, m.end, m.via) for m in ante], sorted(club_eid.items()),
               rows, [(c, club_country.get(c), club_league.get(c)) for c in sorted(clubs)])
    return hashlib.sha1(orjson.dumps(payload, option=orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS,
                                     default=sorted)).hexdigest()


def _headline_end(body: str) -> int:
    """End of a headline line at the top ("Atalanta go all out for X, the Belgian could go"), else 0.
    Headlines are telegraphic: what a description there means is not learned from."""
    first = body.find("\n\n")
    if first <= 0 or first > 200:
        return 0
    head = body[:first].rstrip()
    return 0 if head.endswith((".", '"', "\u201d", ":")) else first


def _base_mentions(res: Resolver, info: ArticleInfo, gid_to_id: dict[str, str]) -> list[Mention]:
    out = []
    for lm in info.mentions:
        if lm.key is None:
            continue
        gid = res.local_to_gid.get((info.article, lm.key))
        if gid is None:
            continue
        eid = gid_to_id.get(res.find(gid))
        if eid is None:
            continue
        out.append(Mention(info.article, eid, info.body[lm.start:lm.end], lm.start, lm.end, lm.via))
    out.sort(key=lambda m: m.start)
    return out


def _pick(d: Desc, base: list[Mention], by_id: dict[str, Entity], learned: dict, club_country, club_league,
          club_eid, info: ArticleInfo, quotes: list[tuple[int, int]]) -> tuple[str | None, float]:
    """The entity a description means, and by how much it beat the next candidate."""
    sent_of = info.sent_of
    d_sent = d.sent
    # a description right after a quote names its speaker, who is not someone the quote talks about
    q = None
    k = bisect_right(quotes, (d.start, d.start)) - 1
    while k >= 0 and quotes[k][1] > d.start:
        k -= 1
    if k >= 0 and not info.body[quotes[k][1]:d.start].strip(" ,\n\t"):
        q = quotes[k]
    # a description that speaks ("'...,' the Norwegian added", "The Norwegian said:") means someone
    # the narration named, not someone named inside the quotes
    nxt = _NEXT_WORD.match(info.body, d.end)
    if nxt is not None and nxt.group(1).lower() in ("who", "whose") and info.body[d.end:nxt.start(1)].strip() == ",":
        # "The Canadian, who arrived last year, told the paper:": the verb after the relative clause
        close = info.body.find(",", nxt.end(), nxt.end() + 160)
        stop = info.body.find(".", nxt.end(), nxt.end() + 160)
        if close > 0 and (stop < 0 or close < stop):
            nxt = _NEXT_WORD.match(info.body, close) or nxt
    if q is not None and d.target != "club" and "\n" in info.body[q[1]:d.start] and not (nxt is not None and nxt.group(1).lower() in _SPEECH):
        q = None                  # '... one of them."  / The Colombian signed ...': a new paragraph after a
        #                           quote, its description not speaking, is no speech tag
    speaks = (q is not None or (nxt is not None and nxt.group(1).lower() in _SPEECH)) and \
        not _in_quote(quotes, d.start)
    stats: dict[str, list] = {}
    titled: set[str] = set()          # named right after the description's own position word
    head = d.text.rsplit(None, 1)[-1].lower() if d.position and d.target != "club" else ""
    if head not in _POSITION_TITLES:
        head = ""
    head_cap = head.capitalize()
    actor_last: dict[str, int] = {}   # speaking: where each was last named by name
    actor_sent: dict[str, int] = {}   # ... and in which sentence
    totals, starts = _totals(base)
    hi = bisect_right(starts, d.start)
    for m in base[max(0, hi - _WINDOW):hi]:      # the last mentions before it: linear time overall
        if m.end > d.start:
            continue
        st = stats.setdefault(m.entity, [0, -1, -1, totals[m.entity], False])  # before, last, sentence, total, quoted
        if head and m.via != "description" and m.start > len(head) and info.body[m.start - 1] == " " and \
                (info.body.startswith(head, m.start - len(head) - 1) or
                 info.body.startswith(head_cap, m.start - len(head) - 1)):
            titled.add(m.entity)  # "Wealdstone winger X ... the winger's future": the one so titled
        if m.text.isupper() and info.body[m.end:m.end + 1] == ":" and line_label_start(info.body, m.start):
            continue              # "[01:25] NIKHIL X: ... The Montréal coach told TSN": a transcript's
            #                       speaker label; the speaker describes someone else
        if m.via != "description":
            st[0] += 1            # a resolved description only says who was talked about last
        if speaks and _in_quote(quotes, m.start):
            # named inside a quote: the narration's "the Norwegian" means someone it named itself
            st[4] = st[4] or bool(q and q[0] <= m.start < q[1])
            continue
        st[1] = m.start
        st[2] = _sent_index(sent_of, m.start)
        st[4] = bool(q and q[0] <= m.start < q[1])
        if speaks and m.via != "description":
            actor_last[m.entity] = m.start
            actor_sent[m.entity] = st[2]
    if speaks and q is not None:
        # "'He was in the hotel,' the Ghanaian told X. 'Kwabena will do that ...'": the quote goes on
        # after the tag and names someone in the third person, who is not the one speaking
        par_end = info.body.find("\n", d.end)
        par_end = len(info.body) if par_end < 0 else par_end
        for m in base[hi:hi + 12]:
            if m.start >= par_end:
                break
            if m.via != "description" and m.entity in stats and _in_quote(quotes, m.start):
                stats[m.entity][4] = True
    if len(totals) <= 60:                        # named only later in the article: still a candidate
        for eid, total in totals.items():
            if eid not in stats:
                stats[eid] = [0, -1, -1, total, False]
    subject = _clause_subject(d, base, starts, info, by_id)
    topic, ctx_clubs = _topic(d, base, info, by_id)
    lead = _lead_player(base, by_id) if d.target in ("player", "human") else None
    origins: set[str] = set()
    if d.owned_new:
        # clubs this article names only right after "from": where the player came from
        for m in base[max(0, hi - _WINDOW):hi]:
            if info.body[max(0, m.start - 6):m.start].rstrip().lower().endswith("from"):
                origins.add(m.entity)
    owned_was: set[str] = set()
    if d.owned:
        # "his new club" is not the club the player last named was at; "his old club" is
        owner = next((m.entity for m in reversed(base[max(0, hi - _WINDOW):hi])
                      if m.end <= d.start and by_id.get(m.entity) is not None and by_id[m.entity].kind != "club"),
                     None)
        if owner is not None:
            oa = {**learned.get(owner, {}), **by_id[owner].attrs}
            # "his new club" once the article said where he came from ("from Benfica"): his learned club
            # is then the new one, so only the clubs he left rule a club out
            club = oa.get("club")
            if d.owned_new and origins and club not in origins:
                club = None
            owned_was = {x for x in [club, *(oa.get("former_clubs") or [])] if isinstance(x, str)}
            if not owned_was and not d.owned_new and by_id[owner].kind == "player":
                # "X has left Coton FC for Loto-Popo ... a meeting with his old club": nothing learned about
                # him, the clubs the article says he left or came from are his old ones
                for m in base[max(0, hi - _WINDOW):hi]:
                    e = by_id.get(m.entity)
                    if e is not None and e.kind == "club" and m.end <= d.start and re.search(
                            r"\b(?:left|leave|leaves|leaving|from|quit|quits)\s*$",
                            info.body[max(0, m.start - 9):m.start], re.I):
                        owned_was.add(m.entity)
    left_club = None
    if d.target == "club" and not d.owned:
        prev = _PREV_WORD.search(info.body, max(0, d.start - 24), d.start)
        if prev is not None and prev.group(1).lower() in _LEAVE_VERBS:
            # "X is ready to quit the Dutch champions": the club X plays for, not one named since
            for m in reversed(base[max(0, hi - _WINDOW):hi]):
                e = by_id.get(m.entity)
                if m.end > d.start or e is None or e.kind == "club":
                    continue
                if _sent_index(sent_of, m.start) == d_sent:
                    c = {**learned.get(m.entity, {}), **e.attrs}.get("club")
                    left_club = c if isinstance(c, str) else None
                break
    sought = deed = False
    if d.noun_only and d.nationality and d.target != "club" and not speaks:
        prev2 = _PREV_TWO.search(info.body, max(0, d.start - 32), d.start)
        sought = prev2 is not None and (prev2.group(2).lower() in _SOUGHT_VERBS or
                                        (prev2.group(1) or "").lower() + " " + prev2.group(2).lower() in _SOUGHT_PAIRS)
        # "The Colombian signed a four-year contract", "the Swede passed his medical": only a player does
        deed = _PLAYER_DEED.match(info.body, d.end, min(len(info.body), d.end + 90)) is not None
        sought = sought or deed
    if d.target != "club" and not d.owned and d.name_at is None:
        lead_in = info.body[max(0, d.start - 3):d.start]
        if lead_in.endswith(", ") and "\n" not in lead_in and _APPOS_CLOSE.match(info.body, d.end):
            # "What about Kojo X, the tricky winger who lit up ...": the one the apposition stands beside
            for m in base[max(0, hi - 3):hi]:
                e = by_id.get(m.entity)
                if m.end == d.start - 2 and m.via == "name" and e is not None and e.kind != "club" \
                        and _fits(d, e, {**learned.get(m.entity, {}), **e.attrs}, club_country, club_league,
                                  club_eid) is not None:
                    return m.entity, 1.0
    appos_club = None
    if d.target == "club" and not d.owned:
        lead_in = info.body[max(0, d.start - 3):d.start]
        if lead_in.endswith((", ", " \u2013 ", " \u2014 ")) and "\n" not in lead_in:
            # "Al-Hamra, the country's most successful club, are ...": the club the apposition stands beside
            # ("Tazert – the team from the Atlas foothills –": a dash opens it too)
            comma = d.start - 2 if lead_in.endswith(", ") else d.start - 3
            for m in base[max(0, hi - 3):hi]:
                e = by_id.get(m.entity)
                if m.end == comma and e is not None and e.kind == "club":
                    appos_club = m.entity
            if appos_club is not None and (by_id[appos_club].attrs.get("known") is False
                                           or (d.country is None and d.league is None)):
                # "Villa Ferreyra, the Córdoba club", "FC Rosengård, the Malmö club": the article says which
                # club the description is, whose region or city the data may not confirm
                return appos_club, 1.0
    if d.target == "club" and not d.owned and (d.status or d.league) and appos_club is None \
            and 0 < d_sent < len(sent_of) \
            and sent_of[d_sent][0] == d.start:
        # "African Stars have accepted an offer from Black Africa. The league champions published a
        # statement": a club description opening a sentence goes on with the previous sentence's subject
        p_start = sent_of[d_sent - 1][0]
        for m in base[max(0, hi - 12):hi]:
            e = by_id.get(m.entity)
            if p_start <= m.start <= p_start + 4 and m.via != "description" and e is not None \
                    and e.kind == "club":
                appos_club = m.entity
                break
    contrast = None
    if d.target == "club" and not d.owned:
        prev = _PREV_WORD.search(info.body, max(0, d.start - 24), d.start)
        if prev is not None and prev.group(1).lower() in ("while", "whilst", "whereas"):
            # "San Diego want an answer ..., while the newly promoted club begin ...": the other club,
            # not the one the sentence opened with
            s_start = info.sent_of[d_sent][0] if d_sent < len(info.sent_of) else -1
            for m in base[max(0, hi - 12):hi]:
                e = by_id.get(m.entity)
                if s_start <= m.start <= s_start + 4 and e is not None and e.kind == "club":
                    contrast = m.entity
    but_set = False
    if d.target == "club" and not d.owned and d.status and contrast is None \
            and d.text.lower().endswith((" champions", " holders")):
        # "X is happy at Tampines, but would be flattered to be wanted by the champions": a club where
        # someone is ("at", "with" X) before "but" in the same sentence is the one the clause sets the
        # title holders against (not "Grazer AK asked, but the newly promoted side": its subject)
        s_start = info.sent_of[d_sent][0] if d_sent < len(info.sent_of) else -1
        but = info.body.rfind(", but ", max(0, s_start, d.start - 400), d.start)
        if but >= 0:
            for m in base[max(0, hi - 12):hi]:
                e = by_id.get(m.entity)
                if s_start <= m.start < but and e is not None and e.kind == "club" \
                        and info.body[max(0, m.start - 5):m.start].lower().endswith((" at ", " with ", " in ")):
                    contrast, but_set = m.entity, True
    carried = None
    if d.target == "club" and not d.owned and (d.status or d.league) and appos_club is None and contrast is None \
            and 0 <= d_sent < len(sent_of) and sent_of[d_sent][0] < d.start \
            and info.body[max(0, d.start - 7):d.start].lower().endswith((", and ", ", with ")):
        # "Ezra FC have made an offer for X, and the league runners-up want him before ...", "A have opened
        # talks with B over X, with the champions hoping to ...": the clause goes on with the subject club
        s_start = sent_of[d_sent][0]
        for m in base[max(0, hi - 12):hi]:
            e = by_id.get(m.entity)
            if s_start <= m.start <= s_start + 4 and m.via != "description" and e is not None and e.kind == "club":
                carried = m.entity
                break
    later_same: set[str] = set()
    if d.target == "club" and not d.owned and 0 <= d_sent < len(sent_of) and sent_of[d_sent][0] == d.start:
        # "The newcomers had agreed a fee with Yeşilkent": a club the rest of the sentence a description
        # opens names by name is the other party, not the one described
        s_end = sent_of[d_sent][1]
        for m in base[hi:hi + 8]:
            if m.start >= s_end:
                break
            if m.start >= d.end and m.via not in ("description", "nickname") and m.entity != appos_club:
                later_same.add(m.entity)
    scored = []
    words_named = True
    if d.target == "club" and d.name_words and not (d.clubs_ok or d.country or d.league):
        words_named = any(e.kind == "club" and _has_words(e, d.name_words)
                          for e in (by_id.get(eid) for eid in stats) if e is not None)
    for eid, (before, last, lsent, total, quoted) in stats.items():
        e = by_id.get(eid)
        if e is None:
            continue
        attrs = {**learned.get(eid, {}), **e.attrs}
        fit = _fits(d, e, attrs, club_country, club_league, club_eid, words_named)
        if fit is None:
            continue
        if not words_named and fit == _UNKNOWN_FIT and not (lsent == d_sent and before > 0) \
                and not any(w in _REGION_WORDS for w in d.name_words):
            continue      # a town word no club has: only the club its sentence named before it
            #               ("the Hwacheon Province club": a region, any club of it the article names)
        score = fit + min(before, 4) * 0.5 + min(total, 6) * 0.15
        if before == 0 and last < 0:
            score -= 2.5
        elif lsent >= 0:
            # "the Dane said": one who speaks was named, not just described, lately
            score += _RECENCY.get(d_sent - (actor_sent.get(eid, -9) if speaks and d.noun_only else lsent), 0.0)
        if topic and topic & ctx_clubs.get(eid, set()):
            score += 1.0       # named alongside the club this clause talks about
        if d.country and d.target != "club" and not attrs.get("nationality") and not attrs.get("club") \
                and any(club_country.get(c) == d.country for c in ctx_clubs.get(eid, ())):
            score += 2.5       # "the Italian": the one named alongside an Italian club
        if quoted:
            score -= 3
        if eid == subject:
            score -= 2.5       # "Dunphy has identified the Italian as ...": the subject is someone else
        if owned_was:
            if d.owned_new:
                if eid in owned_was:
                    continue
            elif eid in owned_was:
                score += 3.0
        if left_club is not None and eid == left_club:
            score += 3.0
        if appos_club is not None and eid == appos_club:
            score += 4.0
        if carried is not None and eid == carried:
            score += 3.0
        if eid in later_same:
            score -= 3.0
        if contrast is not None and eid == contrast:
            score -= 5.0 if but_set else 3.0
        if d.owned_new and eid in origins:
            score -= 3.0       # "signed X from Ajax ... his new club": not the club he came from
        if eid in titled:
            score += 1.5       # "winger X" then "the winger": the word the article itself gave him
        if eid == lead:
            score += 0.25      # the player the article is about: on a tie, the description means him
        if d.noun_only and d.nationality and d.target != "club" and e.kind == "player" and not speaks:
            score += 1.0       # "the Swede is expected": a nationality noun that does not speak is a player
            if sought:
                score += 2.5   # "asked about the Styrian", "a bid for the Swede": the one clubs want
        elif sought and e.kind == "person":
            score -= 4.0 if deed else 1.5   # "linked with the Dutchman": a club chases players more often
            #                                 than staff; "the Dutchman signed a contract": a player did
        scored.append([score, last, eid, fit])
    if d.noun_only and d.target != "club":
        # "the Spaniard": journalists vary the name they just used
        recent = sorted((s for s in scored if s[1] >= 0 and s[2] != subject), key=lambda s: -s[1])
        if speaks:
            # "X admitted the defender's head was turned. '...,' the Portuguese said.": who speaks is
            # someone the narration last named by name; a description only says who was talked about
            recent = sorted((s for s in scored if s[2] in actor_last and s[2] != subject),
                            key=lambda s: -actor_last[s[2]])
        for rank, s in enumerate(recent[:2]):
            s[0] += 2.5 if rank == 0 else 1.0
        ps = _sent_index(sent_of, q[0]) - 1 if q is not None and "\n" in info.body[max(0, q[0] - 3):q[0]] else -1
        if ps >= 0:
            # "X was coy when asked about the midfielder.  '...,' the Icelander said.": the one who
            # speaks is the subject the paragraph before opened with, not someone it talked about
            prev_subj = _sentence_subject(base[max(0, hi - _WINDOW):hi], ps, info, by_id, quotes)
            for s in scored:
                if s[2] == prev_subj:
                    s[0] += 3.0
    if not scored:
        return None, 0.0
    if d.target == "club" and (d.clubs_ok or d.unknown_place or d.name_words) and \
            sum(1 for s in scored if s[3] == _UNKNOWN_FIT) > 1 and all(s[3] == _UNKNOWN_FIT for s in scored):
        # a region or city for a club the data does not know, in an article with several such clubs:
        # the club it stands beside ("Hallerbach, the Westphalian club"), else the one club the same
        # sentence names before it ("came through the academy at X and made 143 appearances for the
        # Lancashire club"); otherwise left unresolved
        ids = {s[2] for s in scored}
        if appos_club in ids:
            return appos_club, 1.0
        near = {eid for eid in ids if stats[eid][2] == d_sent and stats[eid][0] > 0}
        if len(near) == 1:
            return next(iter(near)), 1.0
        if not near and (d.name_words or d.unknown_place) and 1 <= d_sent < len(sent_of) and sent_of[d_sent][0] == d.start:
            # "Unión X have recalled Y from Deportivo Z. The Atacama Region club confirmed ...": a club
            # description opening its sentence goes on with the club that opened the sentence before
            ps, pe = sent_of[d_sent - 1]
            for m in base[max(0, hi - _WINDOW):hi]:
                if ps <= m.start < pe and m.entity in ids:
                    if m.via != "description":
                        return m.entity, 1.0
                    break
        return None, 0.0          # a city for a club the data does not know: only when the article has one
    if d.target == "club" and d.league and not d.owned:
        # "the Championship outfit": a club of that division beats one that only shares its country
        exact = [s for s in scored if club_league.get(s[2]) == d.league or
                 d.league in getattr(_LEX.clubs.get(s[2]), "recent", ())]
        if exact and len(exact) < len(scored):
            scored = exact
    scored.sort(key=lambda s: (s[0], s[1]), reverse=True)
    margin = scored[0][0] - scored[1][0] if len(scored) > 1 else 9.0
    named_before = sum(1 for s in scored if s[1] >= 0)
    if scored[0][3] <= 0 and named_before > 1:
        margin = 0.0            # won on position in the text alone: do not learn from it
    return scored[0][2], margin


def _sentence_subject(window: list[Mention], sent: int, info: ArticleInfo, by_id: dict[str, Entity],
                      quotes: list[tuple[int, int]]) -> str | None:
    """The first person the narration names in sentence `sent` (not a possessive)."""
    body = info.body
    for m in window:
        if m.via == "description" or _sent_index(info.sent_of, m.start) != sent or _in_quote(quotes, m.start):
            continue
        e = by_id.get(m.entity)
        if e is None or e.kind == "club":
            continue
        if body[m.end:m.end + 2] in ("'s", "\u2019s"):
            return None
        return e.id
    return None


_WINDOW = 60
_APPOS_CLOSE = re.compile(r"\s*(?:,|\)|\u2013|\u2014|who\b|whose\b)")
_REGION_WORDS = frozenset({"province", "region", "oblast", "district", "prefecture", "governorate", "county",
                           "canton", "voivodeship", "department", "state"})
_UNKNOWN_FIT = 0.3        # a club description fits a club the data does not know only by elimination
_LEX: Lexicon = None  # type: ignore[assignment]   # the league tables, while resolve_all runs
_RECENCY = {0: 2.5, 1: 2.0, 2: 0.75}
_TOPIC: dict[int, tuple] = {}


def _clause_key(hard: list[int], sent_of: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    return (_sent_index(sent_of, pos), bisect_right(hard, pos))


def _topic(d: Desc, base: list[Mention], info: ArticleInfo, by_id: dict[str, Entity]):
    """Clubs named in the description's clause; and per entity, the clubs named in its clauses."""
    hit = _TOPIC.get(id(base))
    if hit is None or hit[0] is not base:
        _clause_subject(d, base, [], info, by_id)          # fills the hard-punctuation index
        hard = _HARD_POS[id(info)][1]
        clause_clubs: dict[tuple[int, int], set[str]] = {}
        ent_clauses: dict[str, set[tuple[int, int]]] = {}
        for m in base:
            key = _clause_key(hard, info.sent_of, m.start)
            e = by_id.get(m.entity)
            if e is None:
                continue
            if e.kind == "club":
                clause_clubs.setdefault(key, set()).add(e.id)
            else:
                ent_clauses.setdefault(e.id, set()).add(key)
        ctx = {eid: set().union(*(clause_clubs.get(k, set()) for k in keys)) for eid, keys in ent_clauses.items()}
        if len(_TOPIC) > 64:
            _TOPIC.clear()
        hit = _TOPIC[id(base)] = (base, hard, clause_clubs, ctx)
    _, hard, clause_clubs, ctx = hit
    return clause_clubs.get(_clause_key(hard, info.sent_of, d.start), set()), ctx
_HARD_POS: dict[int, tuple] = {}


def _clause_subject(d: Desc, base: list[Mention], starts: list[int], info: ArticleInfo,
                    by_id: dict[str, Entity]) -> str | None:
    """The first person named in the description's clause, with nothing but words in between."""
    hit = _HARD_POS.get(id(info))
    if hit is None or hit[0] is not info:
        if len(_HARD_POS) > 64:
            _HARD_POS.clear()
        hit = _HARD_POS[id(info)] = (info, [m.start() for m in _HARD_BETWEEN.finditer(info.body)])
    hard = hit[1]
    k = bisect_right(hard, d.start) - 1
    clause_start = hard[k] if k >= 0 else 0
    s_start = info.sent_of[d.sent][0] if d.sent < len(info.sent_of) else 0
    clause_start = max(clause_start, s_start)
    i = bisect_left(starts, clause_start)      # a subject opening the sentence counts
    body = info.body
    while i < len(base) and base[i].start < d.start:
        e = by_id.get(base[i].entity)
        m_end = base[i].end
        if e is not None and e.kind != "club" and body[m_end:m_end + 2] not in ("'s", "\u2019s"):
            return e.id           # "Santangelo's side sit fifth and the Italian ...": not a subject
        i += 1
    # "X, who signed a new deal last week, sees the youngster as ...": the sentence opens with its
    # subject and an aside between commas
    i = bisect_left(starts, s_start)
    if clause_start > s_start and i < len(base) and base[i].start <= s_start + 4 and base[i].start < d.start:
        e = by_id.get(base[i].entity)
        m_end = base[i].end
        if e is not None and e.kind != "club" and body[m_end:m_end + 1] == ",":
            return e.id
    return None
_TOTALS: dict[int, tuple] = {}


_LEAD: dict[int, tuple] = {}


# kin who share the family name: "McAteer's dad, Tam," is Tam McAteer (never McAteer himself)
_SAME_NAME_KIN = re.compile(r"([A-Z][\w'\u2019-]*)['\u2019]s\s+(?:father|dad|brother|sister|son|daughter|"
                            r"grandfather|grandson|twin|twin brother|older brother|younger brother)\Z")


def _kin_surname(ent: Entity, desc: str, owner: str | None, by_id: dict[str, Entity]) -> None:
    """A relative introduced by first name only after "X's father," takes X's surname."""
    m = _SAME_NAME_KIN.match(desc)
    if m is None or owner is None or owner == ent.id or " " in ent.name.strip():
        return
    own = by_id.get(owner)
    if own is None or own.kind == "club" or not own.name.endswith(" " + m.group(1)):
        return
    old = ent.name
    ent.name = f"{old} {m.group(1)}"
    if old not in ent.aliases:
        ent.aliases.append(old)


_KIN_WORD = re.compile(r"\b(?:father|dad|mother|mum|mom)\b")
_KIN_GROUP = {"father": "f", "dad": "f", "mother": "m", "mum": "m", "mom": "m"}
_HIS_KIN = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]he\s+[\w-]+['\u2019]s|[A-Z][\w'\u2019-]*['\u2019]s)\s+"
                      r"(father|dad|mother|mum|mom)\b")


def _kin_mentions(info: ArticleInfo, ments: list[Mention], by_id: dict[str, Entity]) -> list[Mention]:
    """'The winger's father, Dragan X, ... His father explained': once a parent is named right after
    "his father", later bare "his father" phrases are that person (one parent of each kind)."""
    body = info.body
    people = {m.start: m.entity for m in ments
              if m.via != "description" and by_id.get(m.entity) is not None and by_id[m.entity].kind != "club"}
    taken = {(m.start, m.end) for m in ments}
    named: dict[str, set[str]] = {}
    bare: list[tuple[re.Match, str]] = []
    for km in _HIS_KIN.finditer(body):
        group = _KIN_GROUP[km.group(1)]
        rest = body[km.end():km.end() + 3]
        k = km.end() + (len(rest) - len(rest.lstrip(", ")))
        if rest.startswith(", ") and k in people:
            named.setdefault(group, set()).add(people[k])
            if (km.start(), km.end()) not in taken and km.group(0)[:1] in "Hh":
                bare.append((km, group))      # "said his mother, Ana X": the phrase names her too
        elif km.group(0)[:1] in "Hh" and k not in people:
            bare.append((km, group))
    out = []
    for km, group in bare:
        ids = named.get(group, set())
        if len(ids) == 1 and (km.start(), km.end()) not in taken:
            out.append(Mention(info.article, next(iter(ids)), km.group(0), km.start(), km.end(), "description"))
    return out


# a match report's home club: "the hosts", "the home side"
_HOME_DESC = re.compile(r"\b[Tt]he\s+(?:hosts|home\s+side|home\s+team)\b")
_AWAY_TO = re.compile(r"(?:\baway\s+(?:to|at)|\btrip\s+to|\bvisit\s+to|\bat\s+home\s+to)\s+(?:the\s+)?\Z")
_AT_GROUND = re.compile(r"\bat\s+(?:the\s+)?\Z")
_HOSTED = re.compile(r"\A(?:\s+(?:host|hosts|hosted|welcome|welcomed|welcomes|entertain|entertained)\b)")


def _home_side_mentions(info: ArticleInfo, ments: list[Mention], by_id: dict[str, Entity]) -> list[Mention]:
    """'... beat Berkane 2-1 at the Stade Adrar ... the hosts were level': the club whose ground the
    match was at, the club a side was "away to", or the club that "hosted" it, in the text just before."""
    body = info.body
    clubs = sorted((m for m in ments if by_id.get(m.entity) is not None and by_id[m.entity].kind == "club"),
                   key=lambda m: m.start)
    taken = {(m.start, m.end) for m in ments}
    out = []
    for hm in _HOME_DESC.finditer(body):
        if (hm.start(), hm.end()) in taken:
            continue
        home = None
        for m in reversed(clubs):
            if m.end > hm.start():
                continue
            if hm.start() - m.end > 800:
                break
            before = body[max(0, m.start - 24):m.start]
            if _AWAY_TO.search(before) or (m.via == "place" and _AT_GROUND.search(before)) or \
                    _HOSTED.match(body, m.end, m.end + 16):
                home = m.entity
                break
        if home is not None:
            out.append(Mention(info.article, home, hm.group(0), hm.start(), hm.end(), "description"))
    return out


# "the elder Kvirikashvili", "the younger brother"": one of two siblings the article names
_SIBLING_DESC = re.compile(r"\b[Tt]he\s+(elder|older|younger)\s+(brother|sister|[A-Z][\w'\u2019-]+)\b")
# "his younger brother Saba", "her older sister, Ana": which of the two is the younger
_SIBLING_INTRO = re.compile(r"\b(?:[Hh]is|[Hh]er)\s+(elder|older|younger|big|little|kid)\s+(?:brother|sister),?\s+")
_YOUNGER = {"younger": True, "little": True, "kid": True, "elder": False, "older": False, "big": False}


def _sibling_mentions(info: ArticleInfo, ments: list[Mention], by_id: dict[str, Entity]) -> list[Mention]:
    """Two people of one family name in an article ("Tornike X ... his younger brother Saba X"):
    "the elder X" / "the elder brother" is the older one, "the younger X" the other, by what the
    article says of them (who is whose younger brother, their ages)."""
    body = info.body
    people: dict[str, Entity] = {}
    for m in ments:
        e = by_id.get(m.entity)
        if e is not None and e.kind != "club" and " " in e.name.strip():
            people[e.id] = e
    by_surname: dict[str, list[Entity]] = {}
    for e in people.values():
        by_surname.setdefault(e.name.split()[-1].lower(), []).append(e)
    pairs = {s: es for s, es in by_surname.items() if len(es) == 2}
    for s, es in by_surname.items():
        if len(es) > 2:
            # "the Milenković brothers ... their father, Zoran Milenković": the two players of the family
            players = [e for e in es if e.kind == "player"]
            if len(players) == 2:
                pairs[s] = players
    if not pairs:
        return ments
    at = {m.start: m.entity for m in ments if m.entity in people}
    younger_of: dict[str, str] = {}            # surname -> id of the younger
    for im in _SIBLING_INTRO.finditer(body):
        eid = at.get(im.end())
        e = people.get(eid) if eid else None
        if e is None:
            continue
        s = e.name.split()[-1].lower()
        if s in pairs and s not in younger_of:
            other = next(x for x in pairs[s] if x.id != e.id)
            younger_of[s] = e.id if _YOUNGER[im.group(1).lower()] else other.id
    for s, (a, b) in pairs.items():
        if s not in younger_of:
            aa, ab = a.attrs.get("age"), b.attrs.get("age")
            if isinstance(aa, int) and isinstance(ab, int) and aa != ab:
                younger_of[s] = a.id if aa < ab else b.id
    if not younger_of:
        return ments
    taken = {(m.start, m.end) for m in ments}
    drop: set[int] = set()
    out = []
    for dm in _SIBLING_DESC.finditer(body):
        word = dm.group(2)
        if word in ("brother", "sister"):
            if len(younger_of) != 1:
                continue
            s = next(iter(younger_of))
        else:
            s = word.lower()
            if s not in younger_of:
                continue
        y = younger_of[s]
        o = next(x.id for x in pairs[s] if x.id != y)
        eid = y if dm.group(1).lower() == "younger" else o
        if (dm.start(), dm.end()) in taken:
            continue
        drop.add(dm.start(2))                  # the bare family name inside the phrase means this one
        # ("the younger X" names him: a speaker the narration names, unlike "the elder brother")
        via = "description" if word in ("brother", "sister") else "alias"
        out.append(Mention(info.article, eid, dm.group(0), dm.start(), dm.end(), via))
    if not out:
        return ments
    return [m for m in ments if not (m.start in drop and m.entity in people)] + out


_PARENT = re.compile(r"\b(?:([Hh]is|[Hh]er)|[\w-]+['\u2019]s)\s+(?:father|dad|mother|mum|mom|parents)\b")
_CHILD = re.compile(r"\b(?:[Hh]is|[Hh]er|[Mm]y|[Oo]ur|[Tt]heir)\s+(?:son|daughter)\b")


def _family_mentions(info: ArticleInfo, ments: list[Mention], by_id: dict[str, Entity]) -> list[Mention]:
    """'Tiago dos Anjos, his father and agent Paulo dos Anjos said ... "My son will decide"': once the
    article names a player's parent, "his son" / "my son" mean that player (when it names the
    parent of one player only)."""
    body = info.body
    players = sorted((m for m in ments if by_id.get(m.entity) is not None and by_id[m.entity].kind == "player"),
                     key=lambda m: m.start)
    if not players:
        return []
    sons: set[str] = set()
    first = None
    for pm in _PARENT.finditer(body):
        if pm.group(1):           # "his father": the player named last before it (in its paragraph),
            #                         else the player the article has named most so far
            before = [m for m in players if m.end <= pm.start()]
            if not before:
                continue
            para = body.rfind("\n\n", 0, pm.start())
            if before[-1].start > para:
                sons.add(before[-1].entity)
            else:
                counts: dict[str, int] = {}
                for m in before:
                    counts[m.entity] = counts.get(m.entity, 0) + 1
                sons.add(max(counts, key=lambda e: (counts[e], -next(m.start for m in before if m.entity == e))))
        else:                     # "the player's father", "Tiago's father": the possessor
            cut = pm.start() + len(pm.group(0).split()[0]) - 2
            owner = [m for m in players if m.end in (cut, cut - 1) or (m.start <= pm.start() and m.end >= cut)]
            if not owner:
                continue
            sons.add(owner[-1].entity)
        first = pm.start() if first is None else first
        if len(sons) > 1 or len(sons) > 8:
            return []
    if len(sons) != 1:
        return []
    son = next(iter(sons))
    taken = {(m.start, m.end) for m in ments}
    return [Mention(info.article, son, cm.group(0), cm.start(), cm.end(), "description")
            for cm in _CHILD.finditer(body, first) if (cm.start(), cm.end()) not in taken]


def _lead_player(base: list[Mention], by_id: dict[str, Entity]) -> str | None:
    """The first player the article names (once per mention list)."""
    hit = _LEAD.get(id(base))
    if hit is not None and hit[0] is base:
        return hit[1]
    lead = next((m.entity for m in base if m.via != "description" and m.entity in by_id
                 and by_id[m.entity].kind == "player"), None)
    if len(_LEAD) > 64:
        _LEAD.clear()
    _LEAD[id(base)] = (base, lead)
    return lead


def _totals(base: list[Mention]) -> tuple[dict[str, int], list[int]]:
    """Mentions per entity and the sorted starts, computed once per article list."""
    hit = _TOTALS.get(id(base))
    if hit is not None and hit[0] is base:
        return hit[1], hit[2]
    totals: dict[str, int] = {}
    for m in base:
        totals[m.entity] = totals.get(m.entity, 0) + (m.via != "description")
    starts = [m.start for m in base]
    if len(_TOTALS) > 64:
        _TOTALS.clear()
    _TOTALS[id(base)] = (base, totals, starts)
    return totals, starts


_NEXT_WORD = re.compile(r"[\s,]*([A-Za-z]+)")
_PREV_WORD = re.compile(r"([A-Za-z]+)\s+(?:the\s+)?$")
_PREV_TWO = re.compile(r"(?:([A-Za-z]+)[\"'\u201d\u2019]?\s+)?([A-Za-z]+)\s+$")
# what a club does to the player it wants ("asked about the Styrian", "a bid for the Dane", "sign the Pole")
# position words a description repeats from a title ("Wealdstone winger X ... the winger")
_POSITION_TITLES = {"winger", "striker", "centre-back", "full-back", "left-back", "right-back", "goalkeeper",
                    "keeper", "midfielder", "defender", "forward", "playmaker", "centre-forward", "wing-back"}
_PLAYER_DEED = re.compile(r"\s+(?:has\s+|had\s+|then\s+|duly\s+|finally\s+)?(?:(?:signed|signs|penned|pens)\s+"
                          r"(?:a|an|his|her)\s+(?:[\w-]+\s+){0,3}(?:contract|deal)\b|"
                          r"(?:passed|underwent|completed)\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){0,2}"
                          r"(?:medical|move|transfer)\b)", re.I)
_SOUGHT_VERBS = {"sign", "signing", "target", "targeting", "targetting", "tracking", "track", "monitoring",
                 "scouted", "scouting", "buy", "buying", "recruit", "recruiting", "poach", "poaching",
                 "chasing", "pursuing", "courting", "eyeing"}
_SOUGHT_PAIRS = {"asked about", "ask about", "asking about", "enquired about", "enquiring about", "inquired about",
                 "inquiring about", "enquiry about", "enquiries about", "interest in", "interested in",
                 "bid for", "bids for", "offer for", "offers for", "move for", "swoop for", "approach for",
                 "keen on", "eye on", "eyes on", "offer to", "offers to", "contract to", "deal to",
                 "linked with", "linked to", "link with", "links with", "race for", "chase for", "pursuit of"}
_LEAVE_VERBS = {"quit", "quits", "quitting", "leave", "leaves", "leaving", "exit", "exits", "exiting",
                "depart", "departs", "departing", "ditch", "ditches", "ditching", "snub", "snubs", "snubbing"}


def _in_quote(quotes: list[tuple[int, int]], pos: int) -> bool:
    k = bisect_right(quotes, (pos, 1 << 60)) - 1
    return k >= 0 and quotes[k][0] < pos < quotes[k][1]


_MARK = re.compile("[\u201c\u2018\u201d\u2019\"'\u00ab\u00bb]")


def _plural_possessive(body: str, i: int) -> bool:
    """The straight "'" at i is the apostrophe of "clubs' players" inside a single-quoted passage:
    an "s'" before a lower-case word, and the passage closes later in the paragraph after punctuation."""
    if body[i - 1:i] != "s" or body[i + 1:i + 2] != " " or not body[i + 2:i + 3].islower():
        return False
    end = body.find("\n", i, i + 400)
    j = body.find("'", i + 1, end if end >= 0 else i + 400)
    return j > 0 and body[j - 1] in ",.!?"


def _quote_spans(body: str) -> list[tuple[int, int]]:
    """(start, end) of quoted passages: curly pairs, and straight quotes paired in order. A quote
    inside a quote (‘... say “no” ...’) belongs to the outer one."""
    spans = []
    stack: list[tuple[str, int]] = []          # (kind, offset) of open quotes, outermost first
    n = len(body)
    for m in _MARK.finditer(body):              # only the marks: most characters are not
        i, ch = m.start(), m.group()
        if ch == "\u00ab":
            if len(stack) >= 6:
                del stack[0]
            stack.append(("g", i))                  # French « guillemets »
            continue
        if ch == "\u201c" or ch == "\u2018":
            if ch == "\u2018" and i and body[i - 1].isalpha():
                continue                            # a reversed apostrophe inside a word
            if len(stack) >= 6:
                del stack[0]                        # unbalanced marks: keep the work per mark bounded
            stack.append(("d" if ch == "\u201c" else "s", i))
            continue
        kind = None
        if ch == "\u00bb":
            kind = "g"
        elif ch == "\u201d":
            kind = "d"
        elif ch == "\u2019" and (i + 1 >= n or not body[i + 1].isalpha()):
            kind = "s"
        elif ch in "\"'":
            prev = body[i - 1] if i else " "
            nxt = body[i + 1] if i + 1 < n else " "
            k = "D" if ch == '"' else "S"
            if any(x == k for x, _ in stack):
                if not (prev.isalpha() and nxt.isalpha()) and not (k == "S" and _plural_possessive(body, i)):
                    kind = k
            elif (prev.isspace() or prev in "(") and nxt.isalnum():
                if len(stack) >= 6:
                    del stack[0]
                stack.append((k, i))
                continue
        if kind is None:
            continue
        for depth in range(len(stack) - 1, -1, -1):
            if stack[depth][0] == kind:
                if depth == 0:
                    spans.append((stack[0][1], i + 1))
                del stack[depth:]
                break
    spans.sort()
    return spans


def _club_before_job(info: ArticleInfo, ments: list[Mention], eid: str, by_id: dict[str, Entity],
                     lex: Lexicon) -> str | None:
    """'CSC coach Nabil Ferhat', 'Constantine president X': the club mention that ends just before a
    job word and his name in this article (a short form the data does not list, so no cue saw it)."""
    prev = None
    for m in sorted(ments, key=lambda m: (m.start, m.end)):
        if m.entity == eid and prev is not None and 0 < m.start - prev.end <= 40:
            gap = info.body[prev.end:m.start]
            if "\n" not in gap and norm_phrase(gap.strip()) in lex.person_roles:
                e = by_id.get(prev.entity)
                if e is not None and e.kind == "club" and not info.body[prev.end - 1:prev.end] in ("'", "\u2019"):
                    return prev.entity
        if m.entity in by_id:
            prev = m
    return None


def _subject_club(info: ArticleInfo, ments: list[Mention], pos: int, by_id: dict[str, Entity],
                  learned: dict, manager: str | None = None) -> str | None:
    """A manager the corpus knows no club of: "Traore, who joined Lens in 2023, scored four goals
    for Pierre Mallet's side": the club of the player who opens that sentence. Not when the sentence
    names the manager himself before the form ("... at Leiden, where coach Ada X wants a striker to push
    X's side up"): the club read from his own clause stands."""
    sent = _sent_index(info.sent_of, pos)
    if sent < 0:
        return None
    if manager is not None and any(m.entity == manager and m.start < pos and
                                   _sent_index(info.sent_of, m.start) == sent for m in ments):
        return None
    for m in sorted((m for m in ments if m.start < pos), key=lambda m: m.start):
        if _sent_index(info.sent_of, m.start) != sent:
            continue
        e = by_id.get(m.entity)
        if e is None or e.kind == "club":
            continue
        if e.kind != "player":
            return None
        c = {**learned.get(e.id, {}), **e.attrs}.get("club")
        return c if isinstance(c, str) else None
    return None


def _sent_index(spans: list[tuple[int, int]], pos: int) -> int:
    lo, hi = 0, len(spans) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if spans[mid][1] < pos:
            lo = mid + 1
        elif spans[mid][0] > pos:
            hi = mid - 1
        else:
            return mid
    return lo


def _learn(res: Resolver, picks: dict, by_id: dict[str, Entity], per_art: dict) -> dict[str, dict]:
    """What resolved descriptions say about their entity: nationality, age, position, former clubs."""
    learned: dict[str, dict] = {}
    infos = {i.article: i for i in res.infos}
    for (art, di), eid in picks.items():
        descs = infos[art].descs if art in infos else ()
        if di >= len(descs):
            continue              # two articles given one id (a corpus of several folders): never raise
        d = descs[di]
        e = by_id.get(eid)
        if e is None or e.kind == "club":
            continue
        cur = learned.setdefault(eid, {})
        if d.nationality and not e.attrs.get("nationality") and d.nationality not in _LEX.nat_covers:
            cur.setdefault("nationality", d.nationality)
        if d.age is not None and e.attrs.get("age") is None:
            cur.setdefault("age", d.age)
        if d.position and not e.attrs.get("position"):
            cur.setdefault("position", d.position)
        if d.club and d.role in ("manager", "director", "chairman") and not d.ex and e.kind == "person":
            # "X's side finished seventh, and the Tenerife coach ...": the club of the job he is described by
            ce = per_art[art][1].get(d.club)
            if ce:
                cur.setdefault("club", ce)
        if d.former:
            club_eid = per_art[art][1]
            fl = cur.setdefault("former_clubs", [])
            fl += [club_eid[f] for f in d.former if f in club_eid and club_eid[f] not in fl]
    return learned
