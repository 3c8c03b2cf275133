"""The per-article step: everything one article says about its players, clubs and people.

Depends only on the article text (plus the data files and editorial aliases), so its result
can be cached per article body; the cross-article identity step is separate and cheap.
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left, insort
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz.distance import OSA, Levenshtein

from ..text import line_label_start, sentences, strip_accents
from . import describe
from .clubnicks import _CLUB_NOUNS, find_club_nicknames
from .cues import CLUB_ONLY_BEFORE, WEAK_CLUB_BEFORE, Context, Cues, turn_labels
from .describe import PLACE_TAILS, Desc
from .gazetteer import Match, scan
from .lexicon import Lexicon
from .names import Run, build_parts, build_runs, has_ampersand
from .tokens import HARD, HYPHEN, POSS, SOFT, SPACE, Tok, norm_phrase, norm_word, tokenize

_DATE_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
               "saturday", "sunday"}
_TRANSFER_WORDS = {"signed", "sign", "signing", "joined", "join", "joins", "loan", "move", "moved", "arrival",
                   "fee", "bought", "recruited", "deal", "transfer", "swoop", "bid", "completed", "arrives",
                   "arrived", "brought", "capture", "snapped", "poached", "signature", "acquired", "bringing", "bring",
                   "landed", "land", "buy", "bought", "purchase", "sold", "sell", "selling", "loaned"}
_MOVE_TO = {("move", "to"), ("moving", "to"), ("switch", "to"), ("head", "to"), ("heading", "to"),
            ("return", "to"), ("go", "to"), ("join",), ("joining",), ("stay", "in"), ("stay", "on"),
            ("future", "at"), ("career", "at"), ("head", "north"), ("head", "south"), ("move", "north"),
            ("move", "south"), ("transfer", "to")}
_KNOWN_AS = {("known", "as"), ("known", "simply", "as"), ("better", "known", "as"), ("nicknamed",),
             ("dubbed",), ("known", "affectionately", "as"), ("real", "name")}


@dataclass(slots=True)
class LocalEnt:
    """One entity as this article sees it."""
    key: str                         # club:<slug> | uclub:<norm> | name:<norm parts> | single:<norm>
    kind: str                        # club | name
    name: str                        # the fullest form the article uses
    parts: tuple[str, ...] = ()      # normalised name parts (people)
    forms: Counter = field(default_factory=Counter)      # name forms used (as written)
    cues: Cues = field(default_factory=Cues)
    first: int = 0                   # offset of the first mention
    count: int = 0
    evidence: list[str] = field(default_factory=list)    # unknown clubs: why it is a club
    aliases: set[str] = field(default_factory=set)       # "known as" names
    family_first: bool = False


@dataclass(slots=True)
class LocalMention:
    start: int
    end: int
    key: str | None                  # LocalEnt key; None while it waits for a description
    via: str
    sent: int = 0
    desc: int | None = None          # index into ArticleInfo.descs for alias links


@dataclass
class ArticleInfo:
    """The cacheable result of reading one article."""
    article: str
    body: str
    ents: dict[str, LocalEnt]
    mentions: list[LocalMention]
    descs: list[Desc]
    desc_links: list[tuple[int, str]]        # (desc index, alias text) "The 19-year-old, known as X"
    manager_forms: list[tuple[int, int, str]]   # (start, end, person key): "Klopp's men"
    place_mentions: list[tuple[int, int, set]]  # bare grounds/places: (start, end, club ids)
    warnings: list[str]
    sent_of: list[tuple[int, int]] = field(default_factory=list)
    peers: list[tuple[str, str, str | None]] = field(default_factory=list)   # "A replaced B": same kind of
    #                                                                          job; (A, B, the one who left it)
    premods: list[tuple[int, int, int]] = field(default_factory=list)   # "the Portugal international" X:
    #                                                                    (start, end, offset of the name X)


_FAN_NOUNS = {"faithful"}


def _surname_forms(parts: tuple[str, ...], lex: Lexicon, family_first: bool) -> set[tuple[str, ...]]:
    if family_first:
        return {parts[:1]}
    out = set()
    for m in range(1, len(parts)):
        suf = parts[m:]
        if all(p in lex.particles for p in suf):
            continue
        if len(suf) == 1 and suf[0] in lex.name_suffixes:
            continue
        out.add(suf)
    if len(parts) >= 3 and parts[-1] in lex.name_suffixes:
        out.add(parts[-2:-1])
    if len(parts) == 3 and parts[1] in lex.family_first and "-" in parts[2] and "-" not in parts[0]:
        out.add(parts[1:2])       # "Ken Ng Kwok-leung": an English first name before a Chinese name; "Ng"
    if len(parts) == 4 and parts[1] in lex.family_first and parts[0] not in lex.family_first \
            and all(len(p) <= 5 and "-" not in p for p in parts[1:]):
        out.add(parts[1:2])       # "Leonel Lam Chi Fong": the same in Macau, the given name in two syllables
    # "de Paula" of "Rodrigo de Paula Santos": a first surname, particle-led, without the second
    for k in range(1, len(parts) - 1):
        if parts[k] in lex.particles:
            for m in range(k + 2, len(parts)):
                out.add(parts[k:m])
    return out


def _first_forms(parts: tuple[str, ...], lex: Lexicon, family_first: bool) -> set[tuple[str, ...]]:
    if family_first:
        return {parts[1:]}
    out = set()
    for m in range(1, len(parts)):
        pre = parts[:m]
        if pre[-1] in lex.particles:
            continue
        out.add(pre)
    first = parts[0]
    if "-" in first:
        out.add((first.split("-")[0],))
    for k in range(2, len(parts) - 1):
        if parts[k] in _MALAY_PATRONYMS:
            # "Muhammad Irfan bin Abdullah", "Nur Aisyah binte Rahmat": a Malay name has no surname; the
            # person is called by either given name ("Irfan", "Aisyah"), never by the father's
            out.update((p,) for p in parts[:k] if p not in lex.particles)
            break
    return out


_MALAY_PATRONYMS = frozenset({"bin", "binti", "binte", "bte", "bt"})


def is_family_first(parts: tuple[str, ...], texts: tuple[str, ...], lex: Lexicon) -> bool:
    """'Kim Do-yeon', 'Li Wenhao': a listed family name first, a two-part name."""
    if len(parts) != 2 or parts[0] not in lex.family_first:
        return False
    given = texts[1]
    if "-" in given:
        a, _, b = given.partition("-")
        return b[:1].islower()
    return parts[0] in _CHINESE_ONLY and not given[:1].isupper() is False and len(given) >= 4


_CHINESE_ONLY = {"li", "wang", "zhang", "liu", "chen", "zhao", "huang", "zhou", "wu", "xu", "zhu", "hu", "guo",
                 "luo", "zheng", "liang", "xie", "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong",
                 "yuan", "pan", "cai", "jiang", "wei", "du", "ye", "cheng", "su", "ding", "ren", "shen", "yao",
                 "fan", "fu", "hao", "gao", "qi", "zhong", "yan", "sun", "ma", "lin", "tang", "han", "yang"}


# a nickname in quotes inside a name: "Gary 'Gaz' McIlwraith", 'Thiago "Tucu" Benitez'
_NICK_INSIDE = re.compile(r"(?<=[^\W\d_]) (['\"\u2018\u201c][A-Z\u00c0-\u024f][^\W\d_.-]*(?:[ -][A-Z][^\W\d_]*)?"
                          r"['\"\u2019\u201d]) (?=[A-Z\u00c0-\u024f])")


def _mask_nicknames(body: str) -> str:
    """The body with a quoted nickname between two capitalised names blanked out (same length), so
    the words around it read as one name; mentions still take their text from the real body."""
    if "'" not in body and '"' not in body and "\u2018" not in body and "\u201c" not in body:
        return body
    out = None
    for m in _NICK_INSIDE.finditer(body):
        k = body.rfind(" ", 0, m.start())
        prev = body[k + 1:m.start()]
        if not prev[:1].isupper():
            continue              # "said 'Yes' Smith": only between two capitalised words
        if out is None:
            out = list(body)
        a, b = m.span(1)
        out[a:b] = " " * (b - a)
    return body if out is None else "".join(out)


def analyse(article_id: str, body: str, lex: Lexicon, extra: dict | None = None) -> ArticleInfo:
    """Read one article: known clubs, names, cues, descriptions. Never raises on odd text."""
    sents = sentences(body)
    masked = _mask_nicknames(body)
    toks = tokenize(masked, sents)
    matches = scan(toks, lex, extra)
    lower_vocab = {t.norm for t in toks if not t.cap and t.text[:1].isalpha()}
    matches = _drop_name_clashes(toks, matches, lex, lower_vocab)
    matches = _drop_club_name_heads(toks, matches, lex, lower_vocab)
    matches = [m for m in matches if not _interjection(toks, m, lex, body) and not _currency(toks, m, body)]
    info = ArticleInfo(article_id, body, {}, [], [], [], [], [], [], sents)

    # 1. known clubs: unambiguous first, shared short forms later
    club_key_of: dict[int, str] = {}
    pending: list[tuple[Match, list[str]]] = []
    town_used: set[tuple[str, str]] = set()   # (club, word): a bare town form the article uses as the town
    city_heads = _town_over_name(toks, matches, lex)
    for m in matches:
        if m.j < len(toks) and toks[m.j].sep == HYPHEN and toks[m.j].norm in PLACE_TAILS:
            continue              # "Birmingham-based", "Liverpool-born": a place here, not the club
        if _wire_dateline(toks, m, body):
            continue              # "TIRANA, Aug 27 (Reuters) - ": where the copy was filed, a town
        if _town_here(toks, m, lex):
            if m.j - m.i == 1:
                town_used.update((e.ref, toks[m.i].norm) for e in m.entries if e.cat == "club" and e.via == "short")
            continue              # "talks in Milan", "he is from Dundee": the town, not the club
        if _hyphen_place(toks, m, lex):
            continue              # "the boy from Vélez-Málaga": one word of a hyphenated town name
        if m.i in city_heads or city_before_club_head(toks, m, lex):
            continue              # "the Birmingham club", "the Milan side": a description by its city
        ids = []
        for e in m.entries:
            if e.cat == "club" and e.via in ("name", "short", "nick") and e.ref not in ids:
                ids.append(e.ref)
        if not ids or m.best.cat != "club" or m.best.via not in ("name", "short", "nick"):
            continue
        if len(ids) == 1:
            club_key_of[m.i] = ids[0]
        else:
            pending.append((m, ids))
    unique_name = {}
    guessed: set[int] = set()          # resolved by the usual meaning, not by this article
    for m, ids in pending:
        named = {e.ref for e in m.entries if e.cat == "club" and e.via == "name"}
        if len(named) != 1:
            named = {e.ref for e in m.entries if e.cat == "club" and e.via in ("name", "short")}
        if len(named) == 1:
            unique_name[m.i] = next(iter(named))      # "Wolves": Wolverhampton's name, others' nickname;
            #                                           "Rangers": the Glasgow club's name, QPR's short form

    # shared short forms ("United", "City", "Saints"): the club this article names, else the usual one
    named_order: list[tuple[int, str]] = sorted((m.i, cid) for m in matches
                                                 for cid in [club_key_of.get(m.i)] if cid)
    positions: dict[str, list[int]] = {}
    for i, cid in named_order:
        positions.setdefault(cid, []).append(i)
    place_clubs: set[str] | None = None
    seen_countries: set[str] = set()
    for m, ids in pending:
        chosen = None
        before = [(positions[cid][bisect_left(positions[cid], m.i) - 1], cid)
                  for cid in ids if cid in positions and positions[cid][0] < m.i]
        anywhere = [(len(positions[cid]), cid) for cid in ids if cid in positions]
        if before:
            chosen = max(before)[1]
        elif anywhere:
            chosen = max(anywhere)[1]
        else:
            key = tuple(t.norm for t in toks[m.i:m.j])
            # "Sligo Rovers ... Rovers", "Derry City ... City": the last word of a club this article
            # names (one the data knows, though it does not list the bare word among its forms)
            # ("Dinamo Tbilisi ... Dinamo": or its first word, when several clubs share the bare word)
            ends = [(len(positions[cid]), cid) for cid in positions
                    if (norm_phrase(lex.clubs[cid].name)[-len(key):] == key
                        or (len(ids) > 1 and norm_phrase(lex.clubs[cid].name)[:1] == key)) and cid not in ids] \
                if len(key) == 1 and positions and m.best.via in ("short", "nick") else []
            usual = unique_name.get(m.i) or lex.defaults.get(key)
            if place_clubs is None:
                # clubs this article places by a town or ground alone ("MONTEVIDEO (Reuters) -",
                # "a medical at the Gran Parque Central"), and the countries its clubs and places are in
                place_clubs = {e.ref for mm in matches if mm.best.cat == "club" and mm.best.via in ("place", "ground")
                               for e in mm.entries if e.cat == "club" and e.via in ("place", "ground")}
                seen_countries = {lex.clubs[cid].country for cid in place_clubs | set(positions) if cid in lex.clubs}
            placed = [cid for cid in ids if cid in place_clubs]
            if ends:
                chosen = max(ends)[1]
            elif len(placed) == 1 and usual in lex.clubs and lex.clubs[usual].country not in seen_countries:
                # "Nacional" in copy datelined Montevideo that names no Portuguese club or town:
                # the Uruguayan club, not the usual meaning from a country the article never touches
                chosen = placed[0]
            else:
                chosen = usual
                guessed.add(m.i)
        if chosen:
            club_key_of[m.i] = chosen
            insort(positions.setdefault(chosen, []), m.i)    # "Sporting ... the Lions"

    _city_as_named_club(toks, matches, club_key_of, lex, body)
    _home_region_not_club(toks, matches, club_key_of, lex)
    if town_used:
        _drop_town_echoes(toks, matches, club_key_of, town_used, body)
    if len(set(club_key_of.values())) > 1:
        _tail_of_named_club(toks, matches, club_key_of, lex)
        _foreign_nicknames(toks, matches, club_key_of, guessed, lex)

    # 2. capitalised runs the data files do not know
    covered = [False] * len(toks)
    for m in matches:
        for k in range(m.i, m.j):
            covered[k] = True
    runs = build_runs(toks, build_parts(toks, covered, lex), body, lex)
    ctx = Context(toks, matches, body, lex, club_key_of)
    ctx.city_heads = city_heads
    unknown_clubs: list[tuple[Run, list[str]]] = []
    people: list[tuple[Run, Cues]] = []
    trimmed = []
    place_end: dict[int, Match] | None = None
    for r in runs:
        grown = _grow_with_place(r, toks, ctx, lex)
        if grown is not None:
            unknown_clubs.append(grown)
            continue
        if r.size == 1 and r.i > 0 and toks[r.i].sep == SPACE and toks[r.i - 1].cap:
            if place_end is None:
                place_end = _place_ends(matches, club_key_of)
            pm = place_end.get(r.i)
            if pm is not None and not toks[pm.j - 1].poss and toks[pm.i].cap and \
                    r.norms[0] not in lex.stopwords and r.norms[0] not in lower_vocab:
                why = ctx.club_cues(pm.i, r.j)
                if why:
                    # "joined Bayern from Ottawa Fury": a known club's town, then a word the data does
                    # not know, where a club is expected: a club of that town the data lacks
                    unknown_clubs.append((Run(pm.i, r.j, [(pm.i, pm.j)] + r.parts,
                                              tuple(t.norm for t in toks[pm.i:pm.j]) + r.norms,
                                              (body[toks[pm.i].start:toks[pm.j - 1].end],) + r.texts,
                                              toks[pm.i].start, r.end), why + ["a town, then a word"]))
                    continue
        r = _trim(r, toks, lex, lower_vocab, body, ctx)
        if r:
            trimmed.append(r)
    # "Monterrey also made enquiries": a city the data knows as a club's home, used as a team's name
    for m in matches:
        if m.i in club_key_of or not toks[m.i].cap or toks[m.j - 1].poss or not _only_a_place(m):
            continue
        why = [w for w in ctx.club_cues(m.i, m.j) if _is_team_cue(w)]
        if why:
            norms_ = tuple(t.norm for t in toks[m.i:m.j])
            unknown_clubs.append((Run(m.i, m.j, [(m.i, m.j)], norms_, tuple(t.text for t in toks[m.i:m.j]),
                                      toks[m.i].start, toks[m.j - 1].end), why + ["a place name used as a team"]))
    club_ends: set[int] = set()
    place_runs = _article_place_runs(trimmed, toks)
    nameless: list[Run] = []           # two words with no verdict: maybe the place words of a club's name
    name_words = {w for r in trimmed if r.size >= 2 for w in r.norms}
    first_of = _first_word_clubs(lex) if trimmed else {}
    for r in trimmed:
        cid = _named_club_first_word(r, toks, ctx, club_key_of, first_of, name_words)
        if cid is not None:
            ent = info.ents.get(cid)
            if ent is None:
                ent = info.ents[cid] = LocalEnt(cid, "club", lex.clubs[cid].name, first=r.start)
            ent.forms[body[r.start:r.end]] += 1       # "Santos" for Santos FC: a form the page lists
            _mention(info, cid, r.start, r.end, body[r.start:r.end], "alias", toks[r.i].sent)
            continue
        if r.i >= 2 and toks[r.i - 1].norm == "im" and toks[r.i].sep == SOFT and toks[r.i - 1].sep == SPACE \
                and toks[r.i - 2].cap:
            continue              # "Stadion Miejski im. Braci X": the end of a ground's name ("named after")
        verdict = _club_or_name(r, toks, ctx, lex, matches, club_ends, name_words)
        if verdict is None:
            if r.size == 2 and r.j - r.i == 2 and not toks[r.j - 1].poss:
                nameless.append(r)
            continue
        if verdict[0] == "club":
            if place_end is None:
                place_end = _place_ends(matches, club_key_of)
            vr = _town_before_club(verdict[1], toks, place_end, body)
            unknown_clubs.append((vr, verdict[2] + (["a town opens it"] if vr is not verdict[1] else [])))
            club_ends.add(vr.j)
        elif r.norms in place_runs and not (verdict[2].role or verdict[2].position or verdict[2].age):
            continue              # "the training centre at La Bastide", "the wing at Y Chwarel": a place
        elif _imperative(r, toks):
            continue              # "'Keep him humble,' I told him": a verb opening a quote, no name
        else:
            people.append((r, verdict[2]))
    unknown_clubs = [(_with_number(r, toks), why) for r, why in unknown_clubs]
    if unknown_clubs and people:
        # "Verdal Azul's sporting director X ... Verdal Azul called": one name, one thing in an article; a
        # run the evidence elsewhere makes a club is that club unless its own words make it a person
        club_norms = {r.norms for r, _ in unknown_clubs}
        kept = []
        for r, cues in people:
            g = _with_number(r, toks)
            # ("Lech sporting director X ... from Lech Tarnów": the club's first word alone is the club)
            if (g.norms in club_norms or (g.size >= 2 and g.norms[:1] in club_norms)) \
                    and not cues.role and not cues.position \
                    and cues.person + cues.player < 1.0 and not (r.size == 1 and r.norms[0] in name_words):
                unknown_clubs.append((g, ["named as a club elsewhere in the article"]))
            else:
                kept.append((r, cues))
        people = kept

    echoes: list = []
    if unknown_clubs:
        unknown_clubs, echoes = _echoes_of_named_clubs(unknown_clubs, club_key_of, lex, info, toks, body)
    # unknown clubs become local entities; "Harrogate" and "Town" then find "Harrogate Town"
    uclub_forms: dict[tuple[str, ...], str] = {}
    coded: set[str] = set()            # unknown clubs whose name opens with a club word or code ("SFC X Y")
    canon: dict[str, str] = {}         # "Bohemian FC" and "Bohemians": one club written two ways
    by_core: dict[tuple[str, ...], str] = {}
    unknown_clubs.sort(key=lambda x: (x[0].norms[-1] in _CODES or x[0].norms[0] in _CODES, x[0].start))
    for r, _ in unknown_clubs:
        key = "uclub:" + " ".join(r.norms)
        canon[key] = by_core.setdefault(_club_core(r.norms), key)
    if len(unknown_clubs) > 1:
        _old_names(unknown_clubs, canon, toks, lex)
    if unknown_clubs and club_key_of:
        unknown_clubs = _misspelt_named_clubs(unknown_clubs, club_key_of, lex, info, toks, body)
    for r, why in unknown_clubs:
        key = canon["uclub:" + " ".join(r.norms)]
        ent = info.ents.get(key)
        if ent is None:
            ent = info.ents[key] = LocalEnt(key, "club", " ".join(r.texts), r.norms, first=r.start)
        ent.evidence += [w for w in why if w not in ent.evidence]
        if len(r.norms) >= 2:
            uclub_forms.setdefault(r.norms[:1], key)
            uclub_forms.setdefault(r.norms[-1:], key)
            if len(r.norms) >= 3 and (r.norms[0] in lex.club_prefixes or _code_word(r.texts[0])):
                # "TJ Sokol Rybnicna ... Sokol", "SFC Vysoke Lomy ... Vysoke Lomy": the name after its
                # club word, and its first word
                uclub_forms.setdefault(r.norms[1:], key)
                coded.add(key)
                if len(r.norms) >= 4 and r.norms[0] in lex.club_prefixes and r.norms[-1] not in lex.club_suffixes:
                    # "FC Vitosha Energy Bistritsa ... Vitosha Energy": the name without its club word and
                    # its town
                    uclub_forms.setdefault(r.norms[1:-1], key)
                if len(r.norms[1]) >= 4:
                    uclub_forms.setdefault(r.norms[1:2], key)
                last = max((x for x in range(len(r.norms) - 1) if r.norms[x] in lex.club_prefixes), default=-1)
                if last >= 1 and len(r.norms) - last - 1 in (1, 2) and len(r.norms[last + 1]) >= 4:
                    # "Club Atlético Cerro Alegre ... Cerro Alegre", "Club Social y Deportivo Puerto Lavalle
                    # ... Puerto Lavalle": the name after the last of its club words
                    uclub_forms.setdefault(r.norms[last + 1:], key)
            if len(r.norms) >= 3 and r.norms[-1].isdigit():
                # "SV Moorfeld 08 ... Moorfeld": the town word before the founding year
                uclub_forms.setdefault(r.norms[-2:-1], key)
                uclub_forms.setdefault(r.norms[:-1], key)
        if len(r.norms) >= 3 and r.norms[-1] in lex.club_suffixes:
            uclub_forms.setdefault(r.norms[-2:], key)   # "the Blue Angels" of "Gyeongsan KHNP Blue Angels"
            uclub_forms.setdefault(r.norms[-2:-1], key)  # "the Mariners" of "Tidewater Mariners SC"
        core = len(r.norms)
        # (the words that close a club's name after its club word: "Port Vale Women")
        while core > 2 and (r.norms[core - 1] in lex.club_suffixes or r.norms[core - 1] in lex.women_tails):
            core -= 1
        if 2 <= core < len(r.norms) and r.norms[0] not in lex.club_prefixes:
            # "Port Hallett" of "Port Hallett United Women", "Coral Coast" of "Coral Coast FC Women":
            # the two-word place before the club words
            uclub_forms.setdefault(r.norms[:core], key)
    for r, why in unknown_clubs:
        key = canon["uclub:" + " ".join(r.norms)]
        if key != "uclub:" + " ".join(r.norms):
            info.ents[key].forms[body[r.start:r.end]] += 1      # "Bohemian FC" is a name of "Bohemians"
        if len(r.norms) <= 2 and r.norms in uclub_forms and uclub_forms[r.norms] != key:
            key = uclub_forms[r.norms]
            if canon["uclub:" + " ".join(r.norms)] == "uclub:" + " ".join(r.norms):
                info.ents.pop("uclub:" + " ".join(r.norms), None)
        _mention(info, key, r.start, r.end, body[r.start:r.end], "name", toks[r.i].sent)
    for r in nameless:
        key = uclub_forms.get(r.norms)
        if key is not None and key.startswith("uclub:") and key[6:].split()[:2] == list(r.norms):
            # "Coral Coast" of "Coral Coast FC Women": the club's own first words, though they are words
            # that alone are no name ("coast")
            _mention(info, key, r.start, r.end, body[r.start:r.end], "alias", toks[r.i].sent)
            info.ents[key].forms[body[r.start:r.end]] += 1
    for r, owner in echoes:
        key = canon.get(owner, owner)
        ent = info.ents.get(key)
        if ent is None:
            if key not in lex.clubs:
                continue
            ent = info.ents[key] = LocalEnt(key, "club", lex.clubs[key].name, first=r.start)
        start = r.start
        if r.i > 0 and toks[r.i - 1].norm == "the" and toks[r.i].sep != HARD:
            start = toks[r.i - 1].start
        ent.forms[body[r.start:r.end]] += 1
        _mention(info, key, start, r.end, body[start:r.end], "nickname", toks[r.i].sent)

    # shared short forms that only an unknown club of this article explains ("Town")
    for m, ids in pending:
        if m.i not in club_key_of or m.i in guessed:
            key = tuple(t.norm for t in toks[m.i:m.j])
            if key in uclub_forms:
                club_key_of[m.i] = uclub_forms[key]
    # "Shamrock Rovers ... Rovers rejected": a one-word form of a known club ("Rovers" is Blackburn's)
    # means the unknown club of this article that ends with it, unless the known club is named in full
    if uclub_forms:
        named_full = {club_key_of.get(m.i) for m in matches if m.j - m.i > 1 or m.best.via == "name"}
        for m in matches:
            cid = club_key_of.get(m.i)
            if cid and not cid.startswith("uclub:") and m.j - m.i == 1 and m.best.via in ("short", "nick") \
                    and cid not in named_full:
                key = (toks[m.i].norm,)
                if key in uclub_forms:
                    club_key_of[m.i] = uclub_forms[key]

    # known club mentions
    for m in matches:
        cid = club_key_of.get(m.i)
        if not cid:
            continue
        e = m.best
        if e.via == "nick" and m.j < len(toks) and toks[m.j].sep == SPACE and toks[m.j].norm in _FAN_NOUNS \
                and not toks[m.j - 1].poss:
            continue          # "the Old Gold faithful": the fans, named by a colour or nickname
        start = toks[m.i].start
        via = "name" if e.via == "name" else ("nickname" if e.via == "nick" else "alias")
        if e.via == "nick" and m.i > 0 and toks[m.i].sep != HARD and (
                toks[m.i - 1].norm == "the" or (toks[m.i - 1].text in _FOREIGN_ARTICLES and not toks[m.i - 1].first)):
            start = toks[m.i - 1].start   # "the Bianconeri", "I Bianconeri", "Les Canaris"
        if cid.startswith("uclub:"):
            ent = info.ents[cid]
        else:
            ent = info.ents.get(cid)
            if ent is None:
                club = lex.clubs[cid]
                ent = info.ents[cid] = LocalEnt(cid, "club", club.name, first=start)
        end = toks[m.j - 1].end
        if e.via == "nick" and toks[m.j - 1].poss and len(toks[m.j - 1].text) == 1:
            end = toks[m.j - 1].poss_end    # "the O's", "the U's": a letter's plural, not a possessive
        elif toks[m.j - 1].poss and not cid.startswith("uclub:") and \
                lex.clubs[cid].display.get(tuple(t.norm for t in toks[m.i:m.j]), "").endswith(("'s", "\u2019s")):
            end = toks[m.j - 1].poss_end    # "Pat's", "St Pat's": the "'s" is part of the club's name
        if e.via == "nick" and not toks[m.j - 1].poss:
            end = _of_home_place(toks, m, cid, ctx) or end     # "the Eagles of the Portuguese capital"
        if e.via in ("name", "short") and m.i > 0 and toks[m.i].sep != HARD and toks[m.i - 1].norm == "the" \
                and not toks[m.j - 1].poss and _club_noun_after(toks, m.j, ctx, lex):
            # "the Belouizdad side", "the Aberdeen club": the whole phrase names the club
            start, end = toks[m.i - 1].start, toks[m.j].end
        text = body[start:end]
        if e.via in ("name", "short", "nick"):
            ent.forms[body[toks[m.i].start:toks[m.j - 1].end]] += 1
        _mention(info, cid, start, end, text, via, toks[m.i].sent)

    _appositive_city_club(info, toks, matches, lex, body)
    _city_rivals(info, toks, club_key_of, lex, body)

    # editor's names (content/entities.yaml) found by the scan
    for m in matches:
        e = m.best
        if e.cat != "override":
            continue
        key = e.ref
        text = body[toks[m.i].start:toks[m.j - 1].end]
        ent = info.ents.get(key)
        if ent is None:
            kind = "club" if e.via == "club" else "name"
            ent = info.ents[key] = LocalEnt(key, kind, text, tuple(t.norm for t in toks[m.i:m.j]),
                                            first=toks[m.i].start)
        ent.forms[text] += 1
        if ent.kind == "name":
            ent.cues.add(ctx.name_cues(m.i, m.j))
        _mention(info, key, toks[m.i].start, toks[m.j - 1].end, text, "alias", toks[m.i].sent)

    # 3. people: full names, then short references resolved against them
    if uclub_forms:
        # "Crawley" after "Crawley Town": the first word of an unknown club of this article, with no
        # sign of being a person
        kept = []
        for r, cues in people:
            key = uclub_forms.get(r.norms) if r.size <= 2 else None
            # ("Hallerbach" after "Rot-Weiß Hallerbach", "Oudenhove" after "KSK Oudenhove": the last word
            # after a club word or the club's colours is its town; "Vysoke Lomy" after "SFC Vysoke Lomy")
            if key and (not key.endswith(" " + " ".join(r.norms)) or _prefixed_town(key, lex)
                        or (r.size == 2 and key in coded)) \
                    and not (cues.person or cues.player or cues.speaker) and not _in_the_town(toks, r):
                _mention(info, key, r.start, r.end, body[r.start:r.end], "alias", toks[r.i].sent)
                info.ents[key].forms[body[r.start:r.end]] += 1
            else:
                kept.append((r, cues))
        people = kept
    if people:
        people = _initialism_tails(info, people, toks, lex, body)
    alias_runs = _people(info, people, toks, ctx, lex, body)

    # 4. descriptions, "known as" names, places
    found = describe.find(ctx, club_key_of)
    if any(d.appos_end is not None for d in found):
        ends = {lm.end: lm for lm in info.mentions if lm.key is not None and "club:" not in lm.key}
        for d in found:
            if d.appos_end is not None:
                lm = ends.get(d.appos_end)     # "X, an Australian who ...": a pre-modifier of X, after it
                d.name_at = lm.start if lm is not None else -1
        found = [d for d in found if d.name_at != -1]
    info.descs = [d for d in found if d.name_at is None]
    info.premods = [(d.start, d.end, d.name_at) for d in found if d.name_at is not None]
    _link_aliases(info, alias_runs, toks, body)
    _pet_forms(info, lex)
    if "(" in body and _CJK_PAREN.search(body):
        _cjk_names(info, toks, body)
    _initials(info, toks, ctx)
    desc_spans = [(d.start, d.end) for d in info.descs]
    for m in matches:
        if m.i in club_key_of:
            continue
        ids = {e.ref for e in m.entries if e.cat == "club" and e.via in ("ground", "place")}
        if not ids:
            continue
        s, e_ = toks[m.i].start, toks[m.j - 1].poss_end if toks[m.j - 1].poss else toks[m.j - 1].end
        if any(a <= s < b for a, b in desc_spans):
            continue
        if m.j < len(toks) and toks[m.j].sep == HYPHEN:      # "Anfield-based" outside a description
            continue
        grounds = {e.ref for e in m.entries if e.cat == "club" and e.via == "ground"}
        if not grounds:
            # a region or city stands for a club only after a move: "move to Merseyside"
            k = m.i - 1 if m.i > 0 and toks[m.i - 1].norm == "the" else m.i     # "a move to the south coast"
            before = tuple(t.norm for t in toks[max(0, k - 2):k])
            if before[-2:] not in _MOVE_TO and before[-1:] not in _MOVE_TO:
                continue
        info.place_mentions.append((s, e_, grounds or ids))
    if masked is not body:
        _quoted_nick_links(info, body, masked)
    find_club_nicknames(info, toks, body, lex)
    _titled_spans(info, body)
    return info


_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Mr\.|Mrs\.|Ms\.|Dr\.) (?=[A-Z\u00c0-\u017f])")


def _titled_spans(info: ArticleInfo, body: str) -> None:
    """'ask Mr Oprișan': a person's mention written with the courtesy title before it spans the title."""
    ends = {m.end(): m.start() for m in _TITLE_BEFORE.finditer(body)}
    if not ends:
        return
    for lm in info.mentions:
        a = ends.get(lm.start)
        if a is not None and lm.key is not None and lm.key.startswith(("name:", "single:")):
            lm.start = a


def _quoted_nick_links(info: ArticleInfo, body: str, masked: str) -> None:
    """'Cristobal "Pato" Sepulveda ... El Pato ... Pato': the nickname written in quotes inside a name,
    alone or after an article, is that person."""
    nick_of: dict[tuple[str, ...], str] = {}
    for m in _NICK_INSIDE.finditer(body):
        a, b = m.span(1)
        if masked[a:a + 1] != " ":
            continue
        owner = next((lm.key for lm in info.mentions if lm.key and lm.key.startswith("name:")
                      and lm.start < a and lm.end > b), None)
        nn = norm_phrase(body[a + 1:b - 1])
        if owner and nn:
            nick_of.setdefault(nn, owner)
    if not nick_of:
        return
    owners = set(nick_of.values())
    for lm in info.mentions:
        if not lm.key or not lm.key.startswith(("single:", "name:")) or lm.key in owners:
            continue
        words = norm_phrase(body[lm.start:lm.end])
        if len(words) >= 2 and words[0] in _NICK_ARTICLES:
            words = words[1:]
        owner = nick_of.get(words)
        if owner is not None:
            lm.key, lm.via = owner, "alias"


# words before a city that make it the place, not its club: "in Zürich", "a flat near Haifa"
_CITY_PLACE_BEFORE = {"in", "at", "near", "around", "outside", "across", "via", "the", "of", "to", "from", "into",
                      "inside", "towards", "toward", "through", "between", "and", "or", "a", "an", "his", "her",
                      "their", "its", "our", "my", "about"}


def _interjection(toks: list[Tok], m: Match, lex: Lexicon, body: str) -> bool:
    """"Well, ...", "So, ...": a word that opens a sentence or a spoken turn, though some club is
    also called so ("the Well" is Motherwell)."""
    t = toks[m.i]
    return m.j - m.i == 1 and t.first and not t.poss and t.norm in lex.stopwords and \
        body[t.end:t.end + 1] == "," and m.best.cat == "club" and m.best.via in ("short", "nick")


def _currency(toks: list[Tok], m: Match, body: str) -> bool:
    """"R$ 28 million", "A$3m", "HK$": capitals written against a dollar sign are a currency."""
    end = toks[m.j - 1].end
    return m.j - m.i == 1 and body[end:end + 1] == "$" and len(toks[m.i].text) <= 3


def _home_region_not_club(toks: list[Tok], matches: list[Match], club_key_of: dict[int, str],
                          lex: Lexicon) -> None:
    """"Fortaleza ... the club from Ceará": after "<club noun> from", a club's name that is also the
    home region of another club this article names (and the named-club is not named elsewhere) is
    that region: the description means the other club (see describe._club_from_place)."""
    for m in matches:
        cid = club_key_of.get(m.i)
        if cid is None or m.i < 2 or toks[m.i - 1].norm != "from" or toks[m.i].sep != SPACE \
                or (toks[m.i - 2].norm,) not in lex.club_heads or toks[m.j - 1].poss:
            continue
        homes = {e.ref for e in m.entries if e.cat == "club" and e.via == "place"} - {cid}
        if not homes:
            continue
        elsewhere = {c for i, c in club_key_of.items() if i != m.i}
        if cid not in elsewhere and homes & elsewhere:
            del club_key_of[m.i]
    # "St. Pauli ... travelled to Hamburg", "move to Hamburg": a club's one-word short form that is
    # also the home town of another club this article names, after "to"/"in", while the short
    # form's own club is never named in full here, is the town
    full = None
    for m in matches:
        cid = club_key_of.get(m.i)
        if cid is None or m.j - m.i != 1 or m.i < 1 or toks[m.i - 1].norm not in ("to", "in") \
                or toks[m.i].sep != SPACE or toks[m.i].poss or m.best.via != "short" \
                or (m.j < len(toks) and toks[m.j].sep == SPACE and toks[m.j].cap):
            continue
        homes = {e.ref for e in m.entries if e.cat == "club" and e.via == "place"} - {cid}
        if not homes:
            continue
        if full is None:
            full = {club_key_of[x.i] for x in matches if x.i in club_key_of and (x.j - x.i > 1 or x.best.via != "short")}
        if cid not in full and homes & full:
            del club_key_of[m.i]


def _city_as_named_club(toks: list[Tok], matches: list[Match], club_key_of: dict[int, str], lex: Lexicon,
                        body: str) -> None:
    """'FC Zürich ... If Zürich want him': a city that is a word of the name of the one club of that city
    the article names (by name or short form) stands for that club, unless a preposition makes it the place."""
    named = set(club_key_of.values())
    if not named:
        return
    for m in matches:
        if m.i in club_key_of or not toks[m.i].cap or toks[m.i].upper and m.j - m.i == 1 and len(toks[m.i].norm) <= 3:
            continue
        if any(e.cat == "club" and e.via in ("name", "short", "nick") for e in m.entries):
            continue
        key = tuple(t.norm for t in toks[m.i:m.j])
        n = len(key)
        hit = {e.ref for e in m.entries if e.cat == "club" and e.via == "place"} & named
        if not hit and n == 1 and all(e.cat in ("country", "place") for e in m.entries):
            # "América coach X" after "América de Cali": a country's name that opens the club's name
            hit = {cid for cid in named if not cid.startswith("uclub:") and
                   any(len(f) > 1 and f[0] == key[0] for f in lex.clubs[cid].forms)}
        if len(hit) != 1:
            continue
        cid = next(iter(hit))
        if not any(len(f) > n and any(f[x:x + n] == key for x in range(len(f) - n + 1))
                   for f in lex.clubs[cid].forms) and not (
                n == 1 and len(key[0]) >= 5 and any(len(w) > len(key[0]) and w.startswith(key[0][:-1])
                                                    for f in lex.clubs[cid].forms for w in f)):
            continue              # (a club named by its city's adjective: "Alajuela" for Alajuelense)
        if m.i > 0 and toks[m.i].sep != HARD and toks[m.i - 1].norm in _CITY_PLACE_BEFORE:
            continue
        if m.j < len(toks) and toks[m.j].sep == HYPHEN:
            continue              # "Zürich-based"
        if _town_here(toks, m) or city_before_club_head(toks, m, lex):
            continue
        if _in_quotes(body, toks[m.i].start):
            continue              # ("When Paris calls, ...": a speaker's figure of speech)
        if all(t.upper for t in toks[m.i:m.j]) and body[toks[m.j - 1].end:toks[m.j - 1].end + 3].lstrip()[:1] in \
                (",", "\u2014", "\u2013", "-", "(") and (m.i == 0 or body[toks[m.i].start - 1:toks[m.i].start] == "\n"):
            continue              # "CHICAGO — The Fire ...", "GLASGOW, Aug 31 -": a dateline's town
        club_key_of[m.i] = cid


def _appositive_city_club(info: ArticleInfo, toks: list[Tok], matches: list[Match], lex: Lexicon, body: str) -> None:
    """'Junior, the Barranquilla club, made an enquiry': one capitalised word in apposition with "the <city>
    club" is the club of that city whose name holds the word, even where the word alone is too common to
    be a club's form ("Junior", "America")."""
    for m in matches:
        if m.i < 2 or m.j >= len(toks) or toks[m.i - 1].norm != "the" or toks[m.i].sep == HARD:
            continue
        if (toks[m.j].norm,) not in lex.club_heads or toks[m.j - 1].poss:
            continue
        w = toks[m.i - 2]
        if not w.cap or w.upper or w.poss or body[w.end:toks[m.i - 1].start].strip() != ",":
            continue
        if m.i >= 3 and w.sep != HARD and toks[m.i - 3].cap:
            continue              # the last word of a longer name
        if any(x.i <= m.i - 2 < x.j for x in matches):
            continue
        ids = {e.ref for e in m.entries if e.cat == "club" and e.via == "place"}
        fits = [cid for cid in ids if any(w.norm in f for f in lex.clubs[cid].forms)]
        if len(fits) != 1:
            continue
        cid = fits[0]
        ent = info.ents.get(cid)
        if ent is None:
            ent = info.ents[cid] = LocalEnt(cid, "club", lex.clubs[cid].name, first=w.start)
        ent.forms[w.text] += 1
        _mention(info, cid, w.start, w.end, w.text, "alias", w.sent)


_SAME_CITY = {"city", "local", "crosstown", "derby", "same-city", "cross-city", "cross-town"}
_RIVAL_MODS = _SAME_CITY | {"arch", "arch-rivals", "fierce", "bitter", "great", "old", "noisy", "big", "biggest"}
_RIVAL_HEADS = {"rivals", "neighbours", "neighbors", "rival"}


def _city_rivals(info: ArticleInfo, toks: list[Tok], club_key_of: dict[int, str], lex: Lexicon, body: str) -> None:
    """'Omonia insist he is not for sale to their city rivals': the one other club of the owner's city
    the article names. The owner is the club the sentence named last before "their"/"its"."""
    if len(set(club_key_of.values())) < 2:
        return
    order = sorted(club_key_of)
    n = len(toks)
    for k, t in enumerate(toks):
        if t.norm not in ("their", "its") or k + 2 >= n:
            continue
        b, same = k + 1, False
        while b < n and b - k <= 4 and toks[b].sep in (SPACE, HYPHEN) and not toks[b].cap and \
                (toks[b].norm in _RIVAL_MODS or toks[b].norm == "cross"):
            same = same or toks[b].norm in _SAME_CITY
            b += 1
        if not same or b >= n or toks[b].sep != SPACE or toks[b].norm not in _RIVAL_HEADS or \
                (b + 1 < n and toks[b + 1].sep == SPACE and toks[b + 1].cap):
            continue              # ("their city rivals Omonia": the name after says it)
        x = bisect_left(order, k) - 1
        if x < 0 or toks[order[x]].sent < t.sent - 1:
            continue
        owner = club_key_of[order[x]]
        if owner.startswith("uclub:"):
            continue
        places = lex.clubs[owner].places
        others = {cid for cid in club_key_of.values() if cid != owner and not cid.startswith("uclub:")
                  and lex.clubs[cid].places & places}
        if len(others) != 1 or not places:
            continue
        cid = next(iter(others))
        if cid in info.ents:
            _mention(info, cid, t.start, toks[b].end, body[t.start:toks[b].end], "description", t.sent)


_FIRST_OF: dict[int, dict[str, set[str]]] = {}


def _first_word_clubs(lex: Lexicon) -> dict[str, set[str]]:
    """First words of the clubs' names of two or more words ("hapoel" -> the Hapoel clubs)."""
    hit = _FIRST_OF.get(id(lex))
    if hit is None:
        hit = {}
        for cid, club in lex.clubs.items():
            for f in club.forms:
                if len(f) >= 2:
                    hit.setdefault(f[0], set()).add(cid)
        _FIRST_OF.clear()
        _FIRST_OF[id(lex)] = hit
    return hit


def _named_club_first_word(r: Run, toks: list[Tok], ctx: Context, club_key_of: dict[int, str],
                           first_of: dict[str, set[str]], name_words: set[str]) -> str | None:
    """'Hapoel Be'er Sheva ... Hapoel are expected to': one capitalised word that opens the names of known
    clubs, of which the article names exactly one, with no sign of being a person, is that club."""
    if r.size != 1 or r.norms[0] in name_words or len(r.norms[0]) < 3:
        return None
    cands = first_of.get(r.norms[0])
    if not cands:
        return None
    hit = cands & set(club_key_of.values())
    if len(hit) != 1:
        return None
    cues = ctx.name_cues(r.i, r.j)
    if cues.person or cues.player or cues.speaker or cues.role or cues.position:
        return None
    return next(iter(hit))


# an article in the club's own language before its nickname: "I Bianconeri", "Die Borussen", "Los Blancos"
_FOREIGN_ARTICLES = {"I", "Il", "La", "Le", "Les", "Gli", "Los", "Las", "El", "Die", "Der", "Os", "As", "De", "Het"}

# a journey's destination is a place: "flew to Frankfurt", "travelled to Seville"
_TRAVEL_VERBS = {"flew", "fly", "flies", "flying", "flown", "travelled", "traveled", "travelling", "traveling",
                 "travel", "travels", "jetted", "jetting", "drove", "driven", "flight", "trip", "journey"}
_ORIGIN_VERBS = {"is", "was", "hails", "hailing", "originally", "comes", "are", "were", "born", "raised", "grew"}


def _town_short(toks: list[Tok], m: Match, lex: Lexicon | None) -> bool:
    """Is the match a one-word short form that is the town in the club's name ("Carlisle" of
    "Carlisle United", "Swindon" of "Swindon Town")?"""
    if lex is None or m.j - m.i != 1:
        return False
    w = toks[m.i].norm
    for e in m.entries:
        club = lex.clubs.get(e.ref) if e.cat == "club" and e.via == "short" else None
        if club is not None:
            words = club.name.lower().split()
            if len(words) == 2 and norm_word(words[0]) == w and words[1] in lex.club_suffixes:
                return True
    return False


# words before a bare town-form club name that still make it the club: "left Carlisle."
_CLUB_BEFORE_TOWN = {"for", "to", "at", "against", "join", "joins", "joined", "joining", "left", "leave", "leaves",
                     "leaving", "beat", "beaten", "with", "signed", "sign", "signs", "from", "by", "over", "and",
                     "or", "v", "vs", "versus", "face", "faced", "play", "played", "playing", "visit", "host"}


def _drop_town_echoes(toks: list[Tok], matches: list[Match], club_key_of: dict[int, str],
                      town_used: set[tuple[str, str]], body: str) -> None:
    """"a wet Tuesday in Carlisle. (Sorry Carlisle.)": once the article uses a club's bare town form as
    the town, and never names the club in a longer form, a bare form with no club word around it is the
    town too."""
    longer = {club_key_of[m.i] for m in matches if m.i in club_key_of and m.j - m.i > 1}
    for m in matches:
        cid = club_key_of.get(m.i)
        if cid is None or (cid, toks[m.i].norm) not in town_used or cid in longer or m.j - m.i != 1 \
                or toks[m.i].poss:
            continue
        if m.j < len(toks) and toks[m.j].sep != HARD:
            continue              # "Carlisle have", "Carlisle boss": a club word follows
        if body[toks[m.i].end:toks[m.i].end + 1] not in (".", "!", "?", ")"):
            continue              # ("Carlisle, who ...": only a bare word that ends its sentence)
        if m.i > 0 and toks[m.i].sep != HARD and toks[m.i - 1].norm in _CLUB_BEFORE_TOWN:
            continue
        del club_key_of[m.i]


def _hyphen_place(toks: list[Tok], m: Match, lex: Lexicon) -> bool:
    """"the boy from Vélez-Málaga": a one-word club form hyphened to a capitalised word after "from"/"in"/
    "near", when the two are not clubs of one country (a fixture, "Arsenal-Chelsea"), is part of a town."""
    if m.j - m.i != 1 or m.i < 1 or m.j >= len(toks) or toks[m.j].sep != HYPHEN or not toks[m.j].cap:
        return False
    if toks[m.i].sep == HARD or toks[m.i - 1].norm not in _HYPHEN_TOWN_BEFORE:
        return False
    if m.j + 1 < len(toks) and toks[m.j + 1].sep == HYPHEN:
        return False
    mine = {lex.clubs[e.ref].country for e in m.entries if e.cat == "club" and e.ref in lex.clubs}
    other = lex.gaz.get((toks[m.j].norm,), [])
    theirs = {lex.clubs[e.ref].country for e in other if e.cat == "club" and e.ref in lex.clubs}
    return not (mine & theirs)


_HYPHEN_TOWN_BEFORE = {"from", "in", "near", "outside", "of", "born"}


# a wire story's dateline: "TIRANA, Aug 27 (Reuters) - ", "SOFIA (BTA) - ", "OSLO, May 3 - "
_DATELINE_TAIL = re.compile(r"(?:,\s*[A-Z][A-Za-z.]*(?:\s+\d{1,2})?(?:\s*\([^()\n]{1,30}\))?"
                            r"|\s*\([^()\n]{1,30}\))\s*[-\u2013\u2014]\s")


def _wire_dateline(toks: list[Tok], m: Match, body: str) -> bool:
    """A town in capitals opening the copy, then a date or an agency and a dash: a place, never a club."""
    start = toks[m.i].start
    if not (m.i == 0 or body[start - 1:start] == "\n") or not all(t.upper for t in toks[m.i:m.j]):
        return False
    if toks[m.j - 1].end - start < 3:
        return False
    return _DATELINE_TAIL.match(body, toks[m.j - 1].end, toks[m.j - 1].end + 60) is not None


_WHERE_PREPS = frozenset({"above", "below", "beneath", "overlooking", "near", "outside", "beyond"})


def _town_here(toks: list[Tok], m: Match, lex: Lexicon | None = None) -> bool:
    """A club name that is also its town, used as the town: "in Milan", "is from Dundee"."""
    if m.i >= 2 and _trip_for_talks(toks, m):
        return True
    if m.i >= 1 and toks[m.i - 1].norm in ("a", "an") and m.j < len(toks) and toks[m.j].sep == SPACE \
            and toks[m.j].norm == "native" and not toks[m.j - 1].poss:
        return True               # "a Santa Clara native": the home town of a person, not its club
    if (m.i == 0 or toks[m.i].first) and all(t.upper for t in toks[m.i:m.j]) and m.j + 1 < len(toks) \
            and toks[m.j].sep == HARD and toks[m.j].cap and not toks[m.j].upper \
            and toks[m.j + 1].sep == HARD and any(e.cat == "club" and e.via == "place" for e in m.entries):
        return True               # "COLUMBUS, Ohio – The Crew ...": a dateline's town in capitals
    if m.i >= 1 and m.j - m.i == 1 and toks[m.i - 1].norm == "in" and toks[m.i - 1].first and \
            toks[m.i].sep == SPACE and not toks[m.i].poss and m.j < len(toks) and toks[m.j].sep == HARD and \
            any(e.cat == "club" for e in m.entries):
        return True               # "In Kaiserslautern, the FCK is under pressure": a scene-setting town
    if m.i >= 1 and toks[m.i - 1].norm in _WHERE_PREPS and toks[m.i].sep == SPACE and not toks[m.j - 1].poss \
            and (any(e.cat == "place" or (e.cat == "club" and e.via == "place") for e in m.entries)
                 or _town_short(toks, m, lex)):
        return True               # "in the hills above Volos", "a flat near Leeds": the town
    if m.i < 2 or toks[m.i - 1].norm not in ("in", "to", "from", "of"):
        return False
    if toks[m.i - 1].norm == "to" and toks[m.i - 2].norm in _CARRIERS and toks[m.i - 1].sep == SPACE \
            and toks[m.i].sep == SPACE and not toks[m.j - 1].poss and m.j - m.i == 1:
        return True               # "on the plane to Keflavík", "the night train to Lille": a town one
        #                           travels to, even where a club bears the town's name alone
    if not (any(e.cat == "place" or (e.cat == "club" and e.via == "place") for e in m.entries)
            or _town_short(toks, m, lex)):
        return False
    last = toks[m.j - 1]
    if last.poss or toks[m.i].sep == HARD:
        return False              # "in Milan's midfield" is the club
    before = toks[m.i - 1].norm
    if before == "in":
        nxt = toks[m.j] if m.j < len(toks) else None
        return not (nxt is not None and nxt.sep == SPACE and nxt.cap)
    if before == "to" and toks[m.i - 1].sep != HARD and toks[m.i - 2].norm in _TRAVEL_VERBS:
        return True               # "flew to Seville for a medical": the city, not the club
    if before == "from" and toks[m.i - 1].sep != HARD:
        prev = toks[m.i - 2]
        return prev.norm in _ORIGIN_VERBS or (prev.poss and prev.norm in ("he", "she"))
    if before == "of" and toks[m.i - 1].sep != HARD and toks[m.i - 2].norm in _CITY_PARTS \
            and toks[m.i - 2].sep != HARD and not toks[m.i - 2].cap:
        return True               # "from the east of São Paulo", "the streets of Naples": the city
    return False


# what carries someone to a town: "the plane to X", "a flight to X"
_CARRIERS = frozenset({"plane", "flight", "flights", "train", "ferry"})


# why someone travels to a club's town: "travel to Hanover next week for further talks"
_TRIP_PURPOSES = {"talks", "medical", "negotiations", "discussions", "meeting", "meetings", "medicals"}


def _trip_for_talks(toks: list[Tok], m: Match) -> bool:
    """'is expected to travel to Hanover next week for further talks': a one-word short form of a club
    after a journey, with talks or a medical as its purpose later in the clause, is the town."""
    if m.j - m.i != 1 or toks[m.i - 1].norm != "to" or toks[m.i - 1].sep == HARD or \
            toks[m.i - 2].norm not in _TRAVEL_VERBS or toks[m.j - 1].poss:
        return False
    if not all(e.cat != "club" or e.via in ("short", "place") for e in m.entries):
        return False              # a club's own name ("travel to Wolves for talks") stays the club
    for k in range(m.j, min(len(toks), m.j + 7)):
        if toks[k].sep == HARD:
            return False
        if toks[k].norm in _TRIP_PURPOSES:
            return True
    return False


# a part of a city or region before "of" and its name: "the east of São Paulo", "the outskirts of Milan"
_CITY_PARTS = {"east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest",
               "outskirts", "suburbs", "streets", "centre", "center", "heart", "periphery", "favelas",
               "slums", "neighbourhoods", "neighborhoods", "districts", "district", "city", "state",
               "metropolis", "province", "region", "countryside"}


def _of_home_place(toks: list[Tok], m: Match, cid: str, ctx: Context) -> int | None:
    """'the Eagles of the Portuguese capital', 'the Saints of Southampton': a nickname followed by
    "of" and the club's own city or region; the end offset of the longer phrase."""
    k = m.j
    n = len(toks)
    if k + 1 >= n or toks[k].norm != "of" or toks[k].sep != SPACE:
        return None
    k += 1
    if toks[k].norm == "the" and toks[k].sep == SPACE:
        k += 1
    p = ctx.match_at.get(k)
    if p is None or p.i != k or toks[k].sep != SPACE or \
            not any(e.cat == "club" and e.via in ("place", "ground") and e.ref == cid for e in p.entries):
        return None
    return toks[p.j - 1].end


def _tail_of_named_club(toks: list[Tok], matches: list[Match], club_key_of: dict[int, str], lex: Lexicon) -> None:
    """'Costa Adeje Tenerife opened talks ... Tenerife have offered': a club named in full first and
    then by the last word(s) of its name is still that club, not another club (of another league) whose
    name those words are, when the article never names that other club any other way."""
    first: dict[str, int] = {}
    words_of: dict[str, set[tuple[str, ...]]] = {}
    for m in matches:
        cid = club_key_of.get(m.i)
        if cid is None:
            continue
        first.setdefault(cid, m.i)
        words_of.setdefault(cid, set()).add(tuple(t.norm for t in toks[m.i:m.j]))
    if len(words_of) > 40:
        return                    # (a table of clubs, not prose: keep the pairs few)
    moves: dict[str, str] = {}
    for a, ws in words_of.items():
        for b, bws in words_of.items():
            if b == a or first[b] >= first[a]:
                continue
            ca, cb = lex.clubs.get(a), lex.clubs.get(b)
            if ca is None or cb is None or ca.league == cb.league:
                continue          # "Inter Milan ... Milan": two clubs of one league are both meant
            # (or by its first word alone: "AEK Larnaca ... AEK", not AEK Athens)
            if all(any(len(f) > len(w) and (f[-len(w):] == w or (len(w) == 1 and f[:1] == w)) for f in bws)
                   for w in ws):
                if a in moves and moves[a] != b:
                    moves[a] = ""     # the tail of two named clubs: leave it
                else:
                    moves[a] = b
    for i, cid in list(club_key_of.items()):
        if moves.get(cid):
            club_key_of[i] = moves[cid]


def _echoes_of_named_clubs(unknown_clubs: list, club_key_of: dict[int, str], lex: Lexicon, info: ArticleInfo,
                           toks: list[Tok], body: str) -> tuple[list, list]:
    """'Dergview ... Derg boss', 'Institute ... The Stute', 'Ballinamallard United ... the Mallards': one word
    the data does not know, the start or end of a longer word of one club the article names (known or
    not; less a plural "s"), is a short form of that club, not a club of its own. (kept, [(run, owner key)])"""
    words: dict[str, set[str]] = {}
    for cid in set(club_key_of.values()):
        club = lex.clubs.get(cid)
        if club is not None:
            for f in club.forms | {norm_phrase(club.name)}:
                for w in f:
                    if len(w) >= 5:
                        words.setdefault(w, set()).add(cid)
    for r, _ in unknown_clubs:
        for w in r.norms:
            if len(w) >= 5:
                words.setdefault(w, set()).add("uclub:" + " ".join(r.norms))
    if not words:
        return unknown_clubs, []
    kept, echoes = [], []
    for r, why in unknown_clubs:
        owner = None
        if r.size == 1 and r.j - r.i == 1:
            w = r.norms[0]
            stem = w[:-1] if w.endswith("s") and len(w) > 5 else w
            if len(stem) >= 4:
                owners = {c for nw, cs in words.items() if len(nw) > len(stem) and nw != w
                          and (nw.startswith(stem) or nw.endswith(stem)) for c in cs}
                owners.discard("uclub:" + w)
                if len(owners) == 1:
                    owner = next(iter(owners))
            if owner is None and len(w) >= 4:
                # "DLR Waves ... The Waves' manager": the last word of one known club's name the article uses
                tails = {cid for cid in set(club_key_of.values()) if cid in lex.clubs
                         and len(norm_phrase(lex.clubs[cid].name)) >= 2 and norm_phrase(lex.clubs[cid].name)[-1] == w}
                if len(tails) == 1:
                    owner = next(iter(tails))
        if owner is None:
            kept.append((r, why))
        else:
            echoes.append((r, owner))
    return kept, echoes


_ZONE = {"England": "GB", "Scotland": "GB", "Wales": "GB", "Northern Ireland": "GB", "Ireland": "GB"}


def _zone(country: str) -> str:
    """The country, with the home nations and Ireland as one (their clubs' nicknames cross over)."""
    return _ZONE.get(country, country)


def _foreign_nicknames(toks: list[Tok], matches: list[Match], club_key_of: dict[int, str], guessed: set[int],
                       lex: Lexicon) -> None:
    """'Club Brugge ... the Wolves', 'Maccabi Netanya ... the Diamonds': a club the article calls only by a
    nickname ("the Wolves", a nickname-like "the" before a shared form resolved by its usual meaning, or
    initials that are also a body's: "OFC" in a New Zealand piece is not Kickers Offenbach), from a
    country none of the clubs it names (or places by a town or ground) is in, is not that club: the
    nickname is one of a club of this article the data does not give it to. Left unresolved, never a page."""
    weak: dict[str, list[int]] = {}
    firm: set[str] = set()
    support: set[str] = set()
    for m in matches:
        cid = club_key_of.get(m.i)
        if cid is None:
            if m.best.cat == "club" and m.best.via in ("place", "ground") and toks[m.i].cap and len(m.entries) <= 4:
                support.update(_zone(c.country) for e in m.entries
                               if e.cat == "club" and (c := lex.clubs.get(e.ref)) is not None)
            continue
        club = lex.clubs.get(cid)
        if club is None:
            continue
        vias = {e.via for e in m.entries if e.cat == "club" and e.ref == cid}
        the = m.i > 0 and toks[m.i - 1].norm == "the" and toks[m.i].sep != HARD
        also_no_page = vias <= {"short"} and any(e.cat == "notpage" for e in m.entries)     # "OFC"
        if vias and (vias <= {"nick"} or also_no_page or (m.i in guessed and the and "name" not in vias)):
            weak.setdefault(cid, []).append(m.i)
        else:
            firm.add(cid)
    if not weak:
        return
    for cid in firm:
        support.add(_zone(lex.clubs[cid].country))
    if not support:
        return
    for cid, starts in weak.items():
        if cid in firm or _zone(lex.clubs[cid].country) in support:
            continue
        for i in starts:
            del club_key_of[i]


def _town_over_name(toks: list[Tok], matches: list[Match], lex: Lexicon) -> set[int]:
    """'Cove Rangers ... the Aberdeen side': a club's name that is also the town of another club,
    between "the" and a club noun, in an article that names that other club and never the club of the
    name by itself, describes the other club by its town (match starts)."""
    cands = []
    for m in matches:
        if m.i == 0 or toks[m.i - 1].norm != "the" or toks[m.i].sep == HARD or m.j >= len(toks) \
                or toks[m.j - 1].poss or toks[m.j].sep != SPACE or (toks[m.j].norm,) not in lex.club_heads:
            continue
        places = {e.ref for e in m.entries if e.cat == "club" and e.via == "place"}
        names = {e.ref for e in m.entries if e.cat == "club" and e.via in ("name", "short", "nick")}
        if places and names:
            cands.append((m, places, names))
    if not cands:
        return set()
    starts = {m.i for m, _, _ in cands}
    named = {e.ref for m in matches if m.i not in starts for e in m.entries
             if e.cat == "club" and e.via in ("name", "short", "nick")}
    return {m.i for m, places, names in cands if not (names & named) and len(places & named) == 1}


def city_before_club_head(toks: list[Tok], m: Match, lex: Lexicon) -> bool:
    """'the Birmingham club', 'The Milan side': a club's short form that is also the home city of
    clubs, between "the" and a club noun. It describes a club of that city (which one, the article
    decides), not the club whose short form it is."""
    if m.i == 0 or toks[m.i - 1].norm != "the" or toks[m.i].sep == HARD or m.j >= len(toks):
        return False
    if toks[m.j - 1].poss or toks[m.j].sep != SPACE:
        return False
    if not any(e.cat == "club" and e.via == "place" for e in m.entries):
        return False
    if any(e.cat == "club" and e.via in ("name", "nick") for e in m.entries):
        return False              # "the Liverpool side" names the club called Liverpool
    nxt = toks[m.j].norm
    return (nxt,) in lex.club_heads and nxt not in _CITY_HEADS_NOT
# club nouns that name a part of a club rather than the club ("the Milan board" is still the club,
# but "the Milan derby" is not a club noun anyway); kept empty unless a head misleads
_CITY_HEADS_NOT = {"club's"}


def _initials(info: ArticleInfo, toks: list[Tok], ctx: Context) -> None:
    """"JB" for Jean-Baptiste Kone, "TAA" for Trent Alexander-Arnold: capitals that spell the
    initials of one person this article names (of a hyphenated first name, or of the full name)."""
    cands = [(i, t) for i, t in enumerate(toks) if t.upper and 2 <= len(t.text) <= 4 and t.text.isalpha()]
    if not cands:
        return
    by_init: dict[str, set[str]] = {}
    for key, ent in info.ents.items():
        if ent.kind == "club":
            # "CRB" for CR Belouizdad, "EST" for Espérance Sportive de Tunis: a club named in full
            for form in {ent.name, *ent.forms}:
                f = _club_initials(form)
                if f:
                    by_init.setdefault(f, set()).add(key)
            continue
        if ent.kind != "name" or " " not in ent.name.strip():
            continue
        words = ent.name.split()
        first_parts = [p for p in re.split(r"[-\u2010\u2011]", words[0]) if p]
        all_parts = [p for w in words for p in re.split(r"[-\u2010\u2011]", w) if p and p[0].isupper()]
        forms = set()
        if len(first_parts) >= 2:
            forms.add("".join(p[0] for p in first_parts))
        if 2 <= len(all_parts) <= 3:
            forms.add("".join(p[0] for p in all_parts))
        for f in forms:
            if len(f) <= 3:
                by_init.setdefault(strip_accents(f).upper(), set()).add(key)
    if not by_init:
        return
    taken = {m.start: m for m in info.mentions}
    for i, t in cands:
        keys = by_init.get(t.text)
        if not keys or len(keys) != 1 or ctx.match_at.get(i) is not None:
            continue
        key = next(iter(keys))
        own = "single:" + t.norm
        old = taken.get(t.start)
        if old is not None:
            if old.end != t.end:
                continue
            if old.key != own:
                if not (key.startswith(("club:", "uclub:")) and old.key.startswith("uclub:")
                        and old.key != key and info.ents.get(old.key) is not None
                        and info.ents[old.key].name == t.text):
                    continue
                own = old.key       # "RCM" read as a club of its own: the club it abbreviates
            # the initials read alone as a one-word name: they are this person's
            old.key = key
            old.via = "alias"
            if not any(m.key == own for m in info.mentions):
                info.ents.pop(own, None)
            info.ents[key].count += 1
            continue
        _mention(info, key, t.start, t.end, t.text, "alias", t.sent)


def _club_noun_after(toks: list[Tok], j: int, ctx: Context, lex: Lexicon) -> bool:
    """A plain noun for a club right after its name ("the Aberdeen side"), ending the phrase: not
    "the Aberdeen team-mate", "the Aberdeen team captain" or "the Aberdeen club's"."""
    n = len(toks)
    if j >= n or toks[j].sep != SPACE or toks[j].norm not in _CLUB_NOUNS or toks[j].poss:
        return False
    if j + 1 >= n or toks[j + 1].sep == HARD:
        return True
    if toks[j + 1].sep != SPACE or toks[j + 1].cap:
        return False
    return not any(ctx.phrase_at(j + 1, table, lex.role_max)
                   for table in (lex.person_roles, lex.positions, lex.player_words))


# two capitals that mean something else in sports copy, never a club's initials
_COMMON_PAIRS = frozenset({"TV", "UK", "US", "FC", "AC", "PR", "PA", "OK", "ID", "HQ", "CV", "GM", "PM", "AM",
                           "MP", "VP", "DJ", "EU", "UN", "VS", "PE", "IT", "AI", "GK", "CB", "CM", "RB", "LB",
                           "LW", "RW", "ST", "CF", "DM", "AD", "BC", "NO", "HR"})


def _club_initials(name: str) -> str | None:
    """The letters a club's name is shortened to: its capitalised words' first letters, a word
    in capitals whole ("CR Belouizdad" -> "CRB"); lower-case particles ("de", "del") are skipped."""
    words = [p for w in name.split() for p in re.split(r"[-\u2010\u2011]", w) if p]
    if len(words) < 2:
        return None
    out = []
    for w in words:
        if not w[:1].isupper():
            continue
        out.append(w if len(w) <= 3 and w.isupper() and w.isalpha() else w[0])
    f = strip_accents("".join(out)).upper()
    if len(f) == 2 and len(out) == 2 and len(words) == 2 and all(len(w) >= 3 and not w.isupper() for w in words) \
            and f.isalpha() and f not in _COMMON_PAIRS:
        return f          # "DT" for Dynamic Togolais: the two words' first letters
    return f if 3 <= len(f) <= 4 and f.isalpha() else None


# a name in Chinese (Japanese, Korean) characters in brackets after the name in Latin letters
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af"
_CJK_PAREN = re.compile(r"\s?[(\uff08]([" + _CJK + r"]{2,6})[)\uff09]")


def _cjk_names(info: ArticleInfo, toks: list[Tok], body: str) -> None:
    """'Leonel Lam Chi Fong (林志方)': the characters in brackets are the same person's name, and the
    same characters later in the article ("But 林志方 has a contract") mention him again."""
    ends = {lm.end: lm.key for lm in info.mentions if lm.key is not None and lm.key.startswith(("name:", "single:"))}
    forms: dict[str, str] = {}
    for m in _CJK_PAREN.finditer(body):
        key = ends.get(m.start())
        if key is not None and m.group(1) not in forms:
            forms[m.group(1)] = key
    if not forms:
        return
    starts = [t.start for t in toks]
    pat = re.compile("|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)))
    for m in pat.finditer(body):
        a, b = m.start(), m.end()
        if (a > 0 and re.match("[" + _CJK + "]", body[a - 1])) or (b < len(body) and re.match("[" + _CJK + "]", body[b])):
            continue      # part of a longer name in characters
        k = min(max(bisect_left(starts, a) - 1, 0), len(toks) - 1) if toks else 0
        sent = toks[k].sent if toks else 0
        _mention(info, forms[m.group(0)], a, b, m.group(0), "alias", sent)


def _mention(info: ArticleInfo, key: str, start: int, end: int, text: str, via: str, sent: int) -> None:
    ent = info.ents.get(key)
    if ent is not None:
        ent.count += 1
        ent.first = min(ent.first, start)
    info.mentions.append(LocalMention(start, end, key, via, sent))


_NAT_NOUN_DETS = frozenset({"the", "a", "an", "another", "fellow", "young", "compatriot"})


# words before a modifier and a nationality noun: "the Flying Dutchman" is a description, no name
_DET_WORDS = frozenset({"the", "a", "an", "his", "her", "their", "our", "this", "that", "its", "my", "your"})


def _nat_only(m: Match) -> bool:
    """A nationality word and nothing else ("Moldovan"; "Welsh", also the Welsh clubs' place word)."""
    return m.best.cat in ("nat_adj", "nat_noun") and all(
        x.cat in ("nat_adj", "nat_noun") or (x.cat == "club" and x.via == "place") for x in m.entries)


def _drop_name_clashes(toks: list[Tok], matches: list[Match], lex: Lexicon,
                       lower_vocab: set[str] = frozenset()) -> list[Match]:
    """'Antonio Valencia', 'Forest Green Rovers': a club word inside a longer capitalised name."""
    covered = set()
    for m in matches:
        covered.update(range(m.i, m.j))
    # "Cork City", "Bath Rovers": a place the data knows only as a place, then a club word several
    # clubs share. Neither is known: drop both so the run finder sees one unknown club name.
    drop: set[int] = set()
    for a, b in zip(matches, matches[1:]):
        if a.j == b.i and toks[b.i].sep == SPACE and not toks[a.j - 1].poss \
                and (all(e.cat == "place" for e in a.entries) or _club_word_before_club_word(a, b)) \
                and b.best.cat == "club" \
                and b.best.via in ("short", "nick") and b.j - b.i == 1 \
                and len({e.ref for e in b.entries if e.cat == "club"}) > 1:
            drop.update((id(a), id(b)))
            covered.difference_update(range(a.i, b.j))
        elif a.j == b.i and a.j - a.i == 1 and b.j - b.i == 1 and toks[b.i].sep == HYPHEN and a.i > 0 \
                and toks[a.i].sep == SPACE and toks[a.i - 1].cap and not toks[a.i - 1].poss \
                and toks[a.i - 1].norm not in lex.stopwords and _only_a_place(a) \
                and b.best.cat == "club" and b.best.via in ("name", "short", "nick") \
                and (b.j >= len(toks) or toks[b.j].sep != HYPHEN):
            # "Luis Maldonado-Vélez": a town, then a club's short name, as the two halves of a
            # double-barrelled surname after a first name; the run finder sees one person
            drop.update((id(a), id(b)))
            covered.difference_update(range(a.i, b.j))
    # "AFC Wimbledon": a club code the data knows as something else (the Asian confederation)
    # opening an unknown capitalised name
    for m in matches:
        if m.j - m.i == 1 and m.best.cat == "notpage" and toks[m.i].upper and toks[m.i].norm in lex.club_prefixes \
                and m.j < len(toks) and toks[m.j].sep == SPACE and toks[m.j].cap and m.j not in covered:
            drop.add(id(m))
            covered.discard(m.i)
    if drop:
        matches = [m for m in matches if id(m) not in drop]
    out = []
    given: set[str] = set()
    town_surnames: set[str] = set()
    for m in matches:
        if m.best.cat == "nat_noun" and m.j - m.i == 1 and m.i > 0 and m.j < len(toks) \
                and toks[m.j].sep == SPACE and toks[m.j].cap and not toks[m.i].poss and m.j not in covered \
                and toks[m.i].sep == SPACE and not toks[m.i - 1].cap and not toks[m.i - 1].poss \
                and toks[m.i - 1].norm not in _NAT_NOUN_DETS \
                and (m.j + 1 >= len(toks) or toks[m.j + 1].sep != SPACE or not toks[m.j + 1].cap):
            # "striker Finn Oosterwijk": a nationality noun with no article, then one capitalised word,
            # is a first name ("the departing Dane Mikkel Sørbø" keeps its nationality)
            given.add(toks[m.i].norm)
    for m in matches:
        e = m.best
        if given and e.cat == "nat_noun" and m.j - m.i == 1 and toks[m.i].norm in given and toks[m.i].cap \
                and (m.i == 0 or toks[m.i - 1].norm not in _NAT_NOUN_DETS):
            continue              # "a player like Finn": the first name this article gives someone
        if (e.cat in ("outlet", "notpage") or all(x.cat == "place" or (x.cat == "club" and x.via == "place")
                                                  for x in m.entries)) and m.j - m.i == 1 and (
                (m.i > 0 and toks[m.i].sep == HYPHEN and toks[m.i - 1].cap and not toks[m.i - 1].poss
                 and m.i - 1 not in covered)
                or (m.j < len(toks) and toks[m.j].sep == HYPHEN and toks[m.j].cap and m.j not in covered)):
            # "Sven-Ole": an outlet's or a word list's name as one half of a hyphenated first name;
            # "Obuya-Kent": a county as one half of a double-barrelled surname
            continue
        if m.j - m.i == 1 and toks[m.i].cap and not toks[m.i].poss and m.j < len(toks) \
                and _only_a_place(m) \
                and (m.i == 0 or toks[m.i].sep == HARD or toks[m.i - 1].norm not in _PLACE_BEFORE) \
                and _namey_neighbour(toks, m.j, m.j, covered, lex, lower_vocab) \
                and (toks[m.j].norm,) not in lex.person_roles and (toks[m.j].norm,) not in lex.positions \
                and toks[m.j].norm not in lex.club_suffixes:
            continue              # "Angus MacRitchie", "Sydney Okafor": a place's name as a first name
        if m.j - m.i == 1 and m.i >= 2 and toks[m.i].cap and not toks[m.i].upper and toks[m.i].sep == SPACE \
                and _only_a_place(m) \
                and not toks[m.i - 1].poss and not toks[m.i - 1].upper and toks[m.i - 1].sep == SPACE \
                and not toks[m.i - 2].cap and toks[m.i - 2].norm not in _PLACE_BEFORE \
                and toks[m.i - 1].norm not in lex.club_prefixes \
                and (toks[m.i - 1].norm,) not in lex.person_roles and (toks[m.i - 1].norm,) not in lex.positions \
                and _namey_neighbour(toks, m.i - 1, m.i, covered, lex, lower_vocab) \
                and not _namey_neighbour(toks, m.j, m.j, covered, lex, lower_vocab):
            town_surnames.add(toks[m.i].norm)
            continue              # "sporting director Renzo Villavicencio": a town's name as a surname
        if m.j - m.i == 1 and m.i >= 2 and toks[m.i].cap and not toks[m.i].upper and toks[m.i].sep == SPACE \
                and _nat_only(m) \
                and not toks[m.i - 1].poss and not toks[m.i - 1].upper and toks[m.i - 1].sep == SPACE \
                and not toks[m.i - 2].cap and not toks[m.i - 1].first and toks[m.i - 2].norm not in _DET_WORDS \
                and toks[m.i - 1].norm not in lex.club_prefixes and toks[m.i - 1].norm not in lower_vocab \
                and (toks[m.i - 1].norm,) not in lex.person_roles and (toks[m.i - 1].norm,) not in lex.positions \
                and _namey_neighbour(toks, m.i - 1, m.i, covered, lex, lower_vocab) \
                and (m.j >= len(toks) or not toks[m.j].cap or toks[m.j].sep != SPACE):
            town_surnames.add(toks[m.i].norm)
            continue              # "to keep Darius Moldovan out": a nationality word as a surname
        if town_surnames and m.j - m.i == 1 and toks[m.i].norm in town_surnames and toks[m.i].cap \
                and (m.i == 0 or toks[m.i].sep == HARD or toks[m.i - 1].norm not in _PLACE_BEFORE) \
                and (_only_a_place(m) or _nat_only(m)):
            continue              # "... Villavicencio told RPP", "Moldovan's agent": that surname again
        if e.cat == "club" and e.via in ("short", "nick") and m.i > 0 and toks[m.i].sep != HARD \
                and any(x.cat == "notpage" and x.ref == "outlets" for x in m.entries) \
                and (toks[m.i - 1].norm == "told" or (m.i > 1 and toks[m.i - 1].sep != HARD and
                                                      (toks[m.i - 2].norm, toks[m.i - 1].norm) in _TOLD_BEFORE)):
            # "told Depor", "according to Depor": a short form an outlet shares, named as the medium
            m.entries = [x for x in m.entries if x.cat == "notpage"] + [x for x in m.entries if x.cat != "notpage"]
            e = m.best
        if e.cat == "club" and e.via in ("short", "nick") and m.i > 0 and toks[m.i].sep == SPACE \
                and toks[m.i - 1].cap and toks[m.i - 1].norm in _MEDIA_HEADS and m.i - 1 not in covered:
            continue              # "Radio Nacional de Angola": a broadcaster named with a club's short form
        if e.cat == "club" and e.via == "short" and m.j - m.i == 1 and toks[m.i].norm == "city" and m.i > 0 \
                and toks[m.i].sep == SPACE and toks[m.i - 1].cap and toks[m.i - 1].norm in ("sports", "sport"):
            continue              # "at the Sports City", "King Fahd Sports City": a sports complex, no club
        if e.cat == "club" and e.via in ("short", "nick") and m.j < len(toks) and toks[m.j].sep == SPACE \
                and toks[m.j].cap and toks[m.j].norm in _REGION_TAILS:
            continue              # "the Gangwon Province club": the region a club is named after, not the club
        if e.cat == "club" and e.via in ("short", "nick") and m.j < len(toks) and toks[m.j].sep == SPACE:
            # "Sporting director Hugo Viana", "Sporting Director": a job title, not the club
            words = tuple(t.norm for t in toks[m.i:m.j])
            if any(words + tuple(t.norm for t in toks[m.j:m.j + L]) in lex.person_roles for L in (1, 2)):
                continue
        if e.cat == "club" and e.via in ("name", "short", "nick"):
            if _namey_neighbour(toks, m.i - 1, m.i, covered, lex, lower_vocab) or \
                    (not toks[m.j - 1].poss and _namey_neighbour(toks, m.j, m.j, covered, lex, lower_vocab)
                     and not _job_of_club_then_name(toks, m, lex)):
                continue
        out.append(m)
    return out


def _only_a_place(m: Match) -> bool:
    """Is every reading of the match a place (a town, or a club's home town)?"""
    return all(x.cat == "place" or (x.cat == "club" and x.via == "place") for x in m.entries)


def _place_ends(matches: list[Match], club_key_of: dict[int, str]) -> dict[int, Match]:
    """The matches that are only places and no club of the article, by where they end."""
    return {m.j: m for m in matches if m.i not in club_key_of and _only_a_place(m)}


def _job_of_club_then_name(toks: list[Tok], m: Match, lex: Lexicon) -> bool:
    """'the president of Kryvbas Kostiantyn X', 'the sports director of Polissya Vasyl' X': translated copy
    puts a first name and a surname straight after the job's club; the club stays a club."""
    i, j, n = m.i, m.j, len(toks)
    if i < 2 or toks[i - 1].norm != "of" or toks[i].sep != SPACE or toks[i - 1].sep != SPACE:
        return False
    if j + 1 >= n or toks[j + 1].sep != SPACE or not toks[j + 1].cap or not toks[j].cap:
        return False
    return any(tuple(t.norm for t in toks[i - 1 - L:i - 1]) in lex.person_roles
               for L in range(1, min(lex.role_max, i - 1) + 1))


def _club_word_before_club_word(a: Match, b: Match) -> bool:
    """'Shelbourne Rovers': a one-word club name, then a club word several clubs share that is not
    one of its own forms: the two words are the name of another club, one the data does not know."""
    if a.j - a.i != 1 or not all(e.cat == "club" for e in a.entries):
        return False
    own = {e.ref for e in a.entries}
    return not own & {e.ref for e in b.entries if e.cat == "club"}


# words before a place that keep it a place even before a capitalised word ("in Dublin Bay")
_PLACE_BEFORE = {"in", "at", "from", "to", "near", "the", "around", "outside", "across", "into", "via",
                 "north", "south", "east", "west", "central", "greater"}


def _namey_neighbour(toks: list[Tok], k: int, joint: int, covered: set, lex: Lexicon,
                     lower_vocab: set[str] = frozenset()) -> bool:
    if k < 0 or k >= len(toks) or joint >= len(toks) or k in covered:
        return False
    t = toks[k]
    if t.upper and len(t.norm) > 1 and t.norm in lower_vocab and t.norm not in lex.club_prefixes:
        return False              # "VILLA GO DUTCH!": a shouted headline word the article also writes in lower case
    if toks[joint].sep == HYPHEN:
        # "Brügge-Nolte", "Palhinho-Santos": a club word inside a double-barrelled name
        return t.cap and t.norm not in lex.hyphen_tails and t.norm not in lex.stopwords
    if toks[joint].sep != SPACE:
        return False
    if not t.cap or t.norm in lex.stopwords or t.norm in lex.non_name or t.norm in lex.honorifics:
        return False
    if t.first and k < joint and (t.norm.endswith("ly") or t.norm.endswith("ing") or t.norm in _IMPERATIVES):
        return False
    if k < joint and t.text in _FOREIGN_ARTICLES and t.text != "De":
        return False              # "Gli Azzurri", "Die Borussen": an article before the nickname
    if k >= joint and t.norm in _MEDIA_TAILS | {"creator", "content", "studio", "studios"}:
        return False              # "Juventus Creator Lab", "Arsenal Media": the club's own medium
    if k >= joint and any(tuple(x.norm for x in toks[k:k + L]) in lex.person_roles
                          for L in range(2, lex.role_max + 1)):
        return False              # "Crew Head Coach Devon X": a capitalised job title after the club
    return True


# the pronoun "I" with a contraction: "I'm OK", "I've never", "I'll see": never part of a name
_I_FORMS = {"i'm", "i've", "i'll", "i'd", "im"}

# verbs that open a sentence as a command, never a first name: "Ask PSV.", "Tell Smith ..."
_IMPERATIVES = {"ask", "tell", "let", "watch", "listen", "talk", "speak", "forget", "remember", "imagine",
                "trust", "believe", "thank", "thanks", "congratulations", "welcome", "sorry", "please",
                # a fan's or a letter's sign-off before a club: "Forever Tobol.", "Always Rovers."
                "forever", "always"}


# words never a first name, even straight after a role ("the coach and His ...")
_FUNCTION_WORDS = {"the", "a", "an", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with",
                   "from", "it", "he", "she", "they", "we", "you", "i", "his", "her", "their", "its", "this",
                   "that", "these", "those", "who", "which", "when", "where", "as", "if", "than", "then"}


# linking words that sit capitalised inside a headline's run of words, never inside a name
_HEADLINE_LINKS = {"for", "in", "on", "to", "with", "from", "over", "into", "after", "as", "by", "at", "and"}
# prepositions that end or sit inside a run of a Title Case headline line ("The Numbers Behind the Deal")
_HEADLINE_PREPS = _HEADLINE_LINKS | {"behind", "about", "against", "between", "without", "under", "beyond",
                                     "inside", "behind", "through", "towards", "of"}


def _after_role(toks: list[Tok], i: int, ctx: Context, lex: Lexicon) -> bool:
    """Does a person's role end right before token `i` ("Molde head coach | Even")?"""
    for L in range(1, lex.role_max + 1):
        k = i - L
        if k < 0:
            break
        hit = ctx.phrase_at(k, lex.person_roles, lex.role_max) or ctx.phrase_at(k, lex.positions, lex.role_max)
        if hit is not None and hit[0] == i:
            return True
    return False


# a club site's fact box: "NAME: ... POSITION: Midfielder HEIGHT: 5-10 WEIGHT: ..."
_FACT_LABEL = re.compile(r"\b[A-Z]{3,}(?: [A-Z]{2,})?: ")


@functools.lru_cache(maxsize=8)
def _fact_box(body: str) -> bool:
    return len(_FACT_LABEL.findall(body)) >= 3


def _caller_label(r: Run, toks: list[Tok], lex: Lexicon, lower_vocab: set[str], body: str, ctx: Context) -> bool:
    """A one-word label in capitals at a line's start ("KAGISO: ...") in a transcript whose other turns
    are labelled by full names, the word also written as a name in ordinary case ("Kagiso in Soweto,
    you're on air"): a caller known by first name only, not a fact box's field ("HEIGHT: 5-10")."""
    n = r.norms[0]
    if n in lower_vocab or n in lex.stopwords or n in lex.non_name or n in lex.honorifics:
        return False
    if not line_label_start(body, r.start) or turn_labels(body) < 2:
        return False
    return n in ctx.mixed_case_words()


def _byline(r: Run, toks: list[Tok], body: str) -> bool:
    """A short line of its own opening "By" and a name ("By Nadia Karam-Saleh, Beirut"): the byline."""
    k = r.i if r.norms[0] == "by" else r.i - 1
    if k < 0 or toks[k].text != "By" or (k == r.i and r.size < 3) or toks[k + 1].sep != SPACE \
            or not line_label_start(body, toks[k].start):
        return False
    end = body.find("\n", toks[k].end, toks[k].end + 90)
    if end < 0 and len(body) - toks[k].end >= 90:
        return False              # a long line: a sentence opening "By", not a byline
    rest = body[r.end:end if end >= 0 else len(body)]
    return not rest.strip() or rest.lstrip()[:1] in (",", "|", "/", "-", "\u2013", "\u2014", "(") \
        or rest.lstrip().startswith(("and ", "in ", "at "))


def _headline_words_only(r: Run, toks: list[Tok], ctx: Context) -> bool:
    """A two-word run in the headline line, "Club Prepares": the article below writes the first word
    in lower case ("the capital club") and never capitalises the second: a Title Case headline's words."""
    he = _headline_end(ctx.body)
    if he < 0 or r.end > he or toks[r.i].upper:
        return False
    first, second = r.norms[0], r.norms[1]
    low = cap = False
    for t in toks:
        if t.start <= he:
            continue
        if t.norm == first and not t.cap:
            low = True
        elif t.norm == second and t.cap:
            cap = True
            break
    return low and not cap


@functools.lru_cache(maxsize=8)
def _headline_end(body: str) -> int:
    """End of the body's first line when it stands alone above the text (a headline), else -1."""
    nl = body.find("\n")
    return nl if 0 < nl < 200 else -1


_NUMBER_WORDS = frozenset(("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                           "twelve", "thirteen", "fourteen", "fifteen", "twenty", "thirty", "forty", "fifty",
                           "hundred"))
# endings of sentence adverbs that open a sentence before a comma ("Internationally,", "Financially,");
# surnames such as McNally or Donnelly do not end so
_ADVERB_ENDS = ("ionally", "ically", "ately", "ously", "ently", "antly", "tially", "ually")
# plural abstract nouns that open a sentence ("Discussions are ongoing"): never a name or a club
_ABSTRACT_PLURALS = ("tions", "sions", "nesses", "ities")


def _trim(r: Run, toks: list[Tok], lex: Lexicon, lower_vocab: set[str], body: str, ctx: Context) -> Run | None:
    """Drop sentence openers and titles in front of a run, and dates after it."""
    a, b = 0, r.size
    if _byline(r, toks, body):
        return None               # "By Nadia X, Beirut": the writer's byline, no page
    if toks[r.i].upper and _shouted_line(body, r.start) and all(toks[p[0]].upper for p in r.parts):
        mixed = ctx.mixed_case_words()
        if not any(n in mixed for n in r.norms if n not in lex.stopwords):
            return None           # "THE PLAYER'S FAREWELL": a word of a shouted subhead that the article
            #                       never writes as a name in ordinary case
    if r.size >= 2 and all(toks[p[0]].upper for p in r.parts) and _column_kicker(body, r):
        mixed = ctx.mixed_case_words()
        if not any(n in mixed for n in r.norms if n not in lex.stopwords):
            return None           # "TOUCHLINE TALK: Why is nobody asking ...": a column's name opening the
            #                       headline, never written as a name in ordinary case
    for x in range(r.size):
        t = toks[r.parts[x][0]]
        if t.upper and len(t.norm) > 3 and body[t.end:t.end + 1] == ":" and _fact_box(body):
            if x >= 1 and (toks[r.i].first or line_label_start(body, r.start)) and all(
                    toks[r.parts[y][0]].upper and r.norms[y] not in lower_vocab and r.norms[y] not in lex.stopwords
                    and r.norms[y] not in lex.non_name for y in range(x + 1)):
                break             # "DAN REYNOLDS: Right, ...": a transcript's speaker label, a name
            if x == 0 and r.size == 1 and _caller_label(r, toks, lex, lower_vocab, body, ctx):
                break             # "KAGISO: Sizwe, thanks ...": a phone-in caller named by first name only
            b = x                 # "HEIGHT: 5-10", "PRONUNCIATION: ...": a label of a club site's fact box
            break
    if r.size == 1 and toks[r.i].first and r.norms[0].endswith(_ADVERB_ENDS) and \
            body[toks[r.i].end:toks[r.i].end + 1] == ",":
        return None               # "Internationally, the midfielder ...": a sentence adverb, not a name
    if r.size == 1 and r.norms[0] in _NUMBER_WORDS and r.j < len(toks) and toks[r.j].sep == SPACE and \
            not toks[r.j].cap and not toks[r.i].poss:
        return None               # "| Ten days to deadline": a number opening a header, not a name
    if r.size == 1 and toks[r.i].first and r.norms[0].endswith(_ABSTRACT_PLURALS) and not toks[r.i].poss:
        return None               # "Discussions are ongoing", "Negotiations have stalled": a plural noun
    if r.size >= 3 and any(r.norms[x] in _HEADLINE_LINKS and r.norms[x] not in lex.particles
                           for x in range(1, r.size - 1)):
        return None               # "Stunner Swoop For Magpies Hotshot": a Title Case or shouted headline
    if r.size >= 2 and r.end <= _headline_end(body) and not toks[r.i].upper and any(
            r.norms[x] in _HEADLINE_PREPS and r.norms[x] not in lex.particles for x in range(1, r.size)):
        return None               # "The Numbers Behind the Deal: ...": a Title Case headline's words

    for x in range(1, b - 1):
        at = r.parts[x][0]
        for k in range(max(0, r.i - 3), at - 1):
            hit = ctx.phrase_at(k, lex.person_roles, lex.role_max)
            if hit is not None and hit[0] == at:
                a = x             # "President of Soccer Operations Rashid X": a capitalised title that
                break             # began before the name, in the run's first words
        if a:
            break
    while a < b:
        n = r.norms[a]
        t = toks[r.parts[a][0]]
        if ctx.phrase_at(r.parts[a][0], lex.person_roles, lex.role_max) or \
                ctx.phrase_at(r.parts[a][0], lex.positions, lex.role_max):
            a += 1                # "Head coach Mickael X", "Sporting director Whitfield"
            continue
        if (_club_prefix(t, lex) and b - a >= 2) or (n in lex.particles and not (t.first and n in lex.stopwords)):
            break
        if n == "st" and t.cap and b - a >= 3 and toks[r.parts[a + 1][1] - 1].poss:
            break                 # "St Kevin's Boys": a saint's name that a club is named after
        if n in lex.stopwords and not t.first and b - a >= 2 and _after_role(toks, r.parts[a][0], ctx, lex) and \
                r.norms[a + 1] not in lex.stopwords and n not in _FUNCTION_WORDS:
            break                 # "head coach Even Strømsnes": a first name that is also a word
        if n in lex.stopwords or n in lex.honorifics or (t.first and n in lower_vocab and "-" not in n) \
                or (t.upper and len(n) > 1 and n in lower_vocab) \
                or (t.first and n in _IMPERATIVES):
            a += 1
            continue
        if t.first and a == 0 and b - a >= 2 and len(n) >= 6 and n.endswith("ing") and not t.upper and \
                not toks[r.parts[a][1] - 1].poss and body.count(r.texts[a]) == 1 and \
                body.count(r.texts[a + 1]) > 1:
            a += 1                # "Selling Novak-Horvat to a rival would ...": a gerund opening the sentence
            continue              # before a surname the article names on its own elsewhere
        break
    while b > a and (r.norms[b - 1] in _DATE_WORDS or (toks[r.parts[b - 1][0]].upper and len(r.norms[b - 1]) > 1
                                                       and (r.norms[b - 1] in lower_vocab
                                                            or r.norms[b - 1] in lex.stopwords)
                                                       and not (b - a >= 2 and len(r.norms[b - 1]) <= 3
                                                                and r.norms[b - 1] in lex.club_suffixes))):
        # ("Vastby IF": a club's code, not the word "if")
        b -= 1                    # "... MOVE FOR": a shouted headline word the article writes in lower case
    # the pronoun "I" is never part of a name: "Do I want ...?", "Will I get one?", "If I had ..."
    for x in range(a, b):
        if r.texts[x] == "I" or r.norms[x] in _I_FORMS:
            if x == a + 1 and toks[r.parts[a][0]].first:
                return None       # an inverted question or a clause opener before "I"
            b = x
            if not any(toks[r.parts[y][0]].cap for y in range(a, b)):
                return None       # "Where do I sign?": only a lower-case particle is left before "I"
            break
    if a >= b:
        return None
    if a == 0 and b == r.size:
        return r
    parts = r.parts[a:b]
    i, j = parts[0][0], parts[-1][1]
    return Run(i, j, parts, r.norms[a:b], r.texts[a:b], toks[i].start, toks[j - 1].end)


def _column_kicker(body: str, r: Run) -> bool:
    """A run in capitals that opens the article's first line and ends in a colon, with an ordinary
    sentence after it on that line: a column's or section's name over a headline."""
    if r.start > 200 or body[:r.start].strip() or body[r.end:r.end + 1] != ":":
        return False
    le = body.find("\n", r.end, r.end + 300)
    rest = body[r.end + 1:le if le >= 0 else r.end + 300]
    return any(c.islower() for c in rest)


def _shouted_line(body: str, pos: int) -> bool:
    """A short line of two or more words wholly in capitals: a subhead ("THE PLAYER'S FAREWELL")."""
    lo = max(0, pos - 81)             # a bounded look either side: linear time on one endless line
    ls = body.rfind("\n", lo, pos) + 1
    if ls == 0 and lo > 0:
        return False
    le = body.find("\n", pos, pos + 81)
    if le < 0:
        le = len(body) if len(body) - pos <= 81 else -1
    if le < 0 or le - ls > 80:
        return False
    line = body[ls:le]
    return " " in line.strip() and not any(c.islower() for c in line)


# a word that names an outlet in apposition before a name: "Croatian newspaper Sportske Novosti"
_OUTLET_NOUNS = {"newspaper", "paper", "daily", "tabloid", "magazine", "broadcaster", "outlet", "website",
                 "channel", "station", "podcast", "publication", "weekly"}
# a last word that makes a capitalised run a medium: "Juventus Creator Lab", "Arsenal Media", "Club TV"
_MEDIA_TAILS = {"tv", "lab", "media", "channel", "podcast", "radio", "studio", "studios", "magazine", "network",
                "online", "gazette", "herald", "tribune", "newspaper", "fm", "hd", "plus", "app", "hub",
                # the words for "newspaper" / "daily" that end many European titles ("Leeuwarder Courant",
                # "St. Galler Tagblatt", "Berliner Zeitung", "Trouw Dagblad")
                "courant", "tagblatt", "zeitung", "dagblad", "dagbladet", "anzeiger", "kurier", "rundschau",
                "nachrichten", "tidende", "krant", "gazzetta", "gazeta"}


# a first word that makes a capitalised run a broadcaster: "Omroep Gelderland", "RTV Oost"
_MEDIA_HEADS = {"omroep", "omrop", "rtv", "radiotelevisione", "radiotelevisao", "radiotelevision",
                "radio", "radyo", "radiodifusao", "radiodifusion", "televisao", "television", "televisione"}
# ("Radio Nacional de Angola", "Televisión Nacional": a broadcaster, the club word after it only its name)
_ROMAN = re.compile(r"[IVXLC]{2,}")


def _media_name(r: Run, toks: list[Tok]) -> bool:
    if r.size == 1 and len(r.texts[0]) >= 4 and r.texts[0].endswith("TV") and r.texts[0][:-2].isalpha():
        return True               # "MUTV", "LFCTV", "ChelseaTV": a club's television channel
    if r.size >= 2 and r.norms[-1] in _MEDIA_TAILS and not toks[r.j - 1].poss:
        return True
    if r.norms[0] in _MEDIA_HEADS and toks[r.i].cap:
        return True               # "Omroep Gelderland", "RTV Noord": a broadcaster's head word
    if r.size >= 2 and r.texts[0] == "Il" and _ROMAN.fullmatch(r.texts[-1]):
        return True               # "Il Secolo XIX": an Italian article and a Roman numeral, a newspaper
    k = r.i - 1
    if k >= 1 and toks[k].norm in _PERSON_TOO and toks[k - 1].norm in ("and", "turned", "now"):
        return False              # "former defender and broadcaster Tyler X": the man, not a channel
    return k >= 0 and toks[k].norm in _OUTLET_NOUNS and not toks[k].cap and toks[r.i].sep == SPACE


# outlet nouns that are also a person's job after "and" / "turned" ("striker turned broadcaster")
_PERSON_TOO = {"broadcaster", "podcast", "columnist"}


def _club_prefix(t: Tok, lex: Lexicon) -> bool:
    """'FC', 'AS', 'IF', 'Real', 'Sporting' opening a club name; a short code must be in capitals
    ("If Matteo leaves", "As Smith said" are English)."""
    if t.norm not in lex.club_prefixes:
        return False
    return len(t.norm) > 3 or t.upper or t.norm[:1].isdigit() or t.text in _MIXED_CODES


_MIXED_CODES = {"VfB", "VfL", "SpVgg", "KRC", "RCD"}
# the article words a place or a ground's name opens with ("La Bastide", "El Molinón", "Y Chwarel")
_PLACE_ARTICLES = frozenset({"La", "Le", "Les", "El", "Los", "Las", "Y", "Il", "Lo", "Het", "Das"})
_OBJECTS = frozenset({"him", "her", "them", "it", "me", "us", "yourself", "yourselves"})


def _article_place_runs(runs: list, toks: list[Tok]) -> set[tuple[str, ...]]:
    """Two words opening with a foreign article that the article writes at least once as a ground or a
    place ("whose El Cráter ground", "at La Caldera"): that place wherever it is named again ("happy at El
    Cráter," said the defender)."""
    out: set[tuple[str, ...]] = set()
    for r in runs:
        if r.size != 2 or r.j - r.i != 2 or toks[r.i].text not in _PLACE_ARTICLES or toks[r.i].sep != SPACE:
            continue
        if r.i > 0 and (toks[r.i - 1].norm in _CITY_PLACE_BEFORE or toks[r.i - 1].norm == "whose") \
                or (r.j < len(toks) and not toks[r.j].cap and toks[r.j].norm in _GROUND_WORDS
                    and not toks[r.j - 1].poss):
            out.add(r.norms)
    return out


def _imperative(r: Run, toks: list[Tok]) -> bool:
    """One word opening a sentence or quote, then an object pronoun: 'Keep him', 'Tell them'."""
    return r.size == 1 and r.j - r.i == 1 and toks[r.i].first and r.j < len(toks) \
        and toks[r.j].sep == SPACE and toks[r.j].norm in _OBJECTS and not toks[r.j].cap


_NAME_LINKS = frozenset({"de", "del", "da", "do", "di", "du", "des", "dos", "das"})


def _drop_club_name_heads(toks: list[Tok], matches: list[Match], lex: Lexicon, lower_vocab: set[str]) -> list[Match]:
    """The data's words at the head of a longer club name it does not know: 'US Fontmarais' (not the
    country), 'Racing Club de Montclar' (not Racing Club), 'Real Club Deportivo Valdemora' (neither Real
    nor Deportivo): the name is read as a whole, as an unknown club."""
    n = len(toks)
    starts = {m.i for m in matches}
    drop: set[int] = set()
    for m in matches:
        j = m.j
        if j >= n or toks[j].sent != toks[m.i].sent or toks[j].sep != SPACE or toks[j - 1].poss:
            continue
        nxt = toks[j]
        cats = {e.cat for e in m.entries}
        if m.j - m.i == 1 and toks[m.i].upper and cats <= {"country", "nat_adj"} and toks[m.i].norm in lex.club_prefixes \
                and nxt.cap and not nxt.upper and j not in starts and nxt.norm not in lower_vocab \
                and nxt.norm not in lex.stopwords and nxt.norm not in lex.non_name \
                and not (j + 1 < n and toks[j + 1].cap and toks[j + 1].sep == SPACE):
            drop.add(m.i)             # "from US Fontmarais": the club's initials, not the country
        elif m.best.cat == "club" and m.best.via in ("name", "short") and not nxt.cap and nxt.norm in _NAME_LINKS \
                and _club_prefix(toks[m.i], lex) and j + 1 < n and toks[j + 1].cap and toks[j + 1].sep == SPACE \
                and j + 1 not in starts:
            drop.add(m.i)             # "Racing Club de Montclar"
        elif m.j - m.i == 1 and m.best.cat == "club" and m.best.via == "short" and _club_prefix(toks[m.i], lex) \
                and nxt.cap and _club_prefix(nxt, lex):
            drop.add(m.i)             # "Real Club Deportivo X": a run of club words opens a longer name
        elif m.j - m.i == 1 and m.best.cat == "club" and m.best.via in ("short", "nick") and m.i > 0 \
                and toks[m.i].sep == SPACE and toks[m.i - 1].cap and toks[m.i - 1].sent == toks[m.i].sent \
                and _club_prefix(toks[m.i - 1], lex) and m.i - 1 not in starts \
                and nxt.cap and not nxt.upper and j not in starts and nxt.norm not in lower_vocab \
                and nxt.norm not in lex.stopwords and nxt.norm not in lex.non_name:
            drop.add(m.i)             # "Club Atlético Villa Ferreyra": a club's short form inside a longer name
    if not drop:
        return matches
    for m in matches:                 # "Real Club Deportivo X": "Deportivo" after the dropped words, too
        if m.i not in drop and m.j - m.i == 1 and m.i > 0 and m.best.cat == "club" and m.best.via == "short" \
                and toks[m.i].sep == SPACE and _club_prefix(toks[m.i - 1], lex) and toks[m.i - 1].cap \
                and (m.i - 1 in drop or (m.i - 2 >= 0 and m.i - 2 in drop)) and m.j < n and toks[m.j].cap:
            drop.add(m.i)
    return [m for m in matches if m.i not in drop]


_REGION_TAILS = frozenset({"province", "region", "oblast", "district", "prefecture", "governorate", "voivodeship",
                           "island", "islands", "peninsula"})
_OLD_NAME_CUES = (("was", "known", "as"), ("were", "known", "as"), ("formerly", "known", "as"),
                  ("previously", "known", "as"), ("renamed", "from"), ("was", "called"), ("were", "called"))


def _old_names(unknown_clubs, canon: dict[str, str], toks, lex) -> None:
    """"FC Vitosha Energy Bistritsa ... Until May the club was known as FC Zora Bistritsa", "(formerly FC
    Zora Bistritsa)": a club the data does not know under its old name, written with a cue of a past
    name, and a club of the same town (its last word) named before it: one club."""
    first_of_town: dict[str, str] = {}
    for r, _ in sorted(unknown_clubs, key=lambda x: x[0].start):
        key = "uclub:" + " ".join(r.norms)
        town = r.norms[-1]
        if len(r.norms) < 2 or town in lex.club_suffixes or len(town) < 4:
            continue
        before = first_of_town.get(town)
        if before is None:
            first_of_town[town] = key
            continue
        if canon.get(key) != key or canon.get(before) == key:
            continue
        i = r.i
        words = tuple(toks[x].norm for x in range(max(0, i - 3), i))
        if (i >= 1 and toks[i - 1].norm in ("formerly", "previously", "ex") and toks[i].sep != HARD) \
                or any(words[-len(c):] == c for c in _OLD_NAME_CUES):
            canon[key] = canon.get(before, before)


def _in_the_town(toks, r) -> bool:
    """"In Oudenhove I can walk to training", "the Pride of Oudenhove": the town word of an unknown
    club's name ("KSK Oudenhove") after "in", or after "of" that follows a capitalised word (a
    nickname's "X of <town>"), is the town, not the club ("in Oudenhove's colours" stays the club)."""
    if r.i < 1 or toks[r.i + r.size - 1].poss:
        return False
    prev = toks[r.i - 1].norm
    return prev == "in" or (prev == "of" and r.i >= 2 and toks[r.i - 2].cap and not toks[r.i - 2].first)


def _town_before_club(r: Run, toks: list[Tok], place_end: dict[int, Match], body: str) -> Run:
    """'from Shillong Pine FC', 'loan from Portvale Harbour FC': a town the data knows only as the home
    of other clubs, right before an unknown club's name ending in a club word, opens that name (the
    club of the town's own name the article does not name). The run itself otherwise."""
    if r.size < 2 or r.i == 0 or toks[r.i].sep != SPACE:
        return r
    pm = place_end.get(r.i)            # (a town the data names no club of the article by)
    if pm is None or toks[pm.j - 1].poss or not toks[pm.i].cap or pm.j - pm.i > 2:
        return r
    if toks[pm.i].sent != toks[r.i].sent:
        return r
    return Run(pm.i, r.j, [(pm.i, pm.j)] + r.parts, tuple(t.norm for t in toks[pm.i:pm.j]) + r.norms,
               (body[toks[pm.i].start:toks[pm.j - 1].end],) + r.texts, toks[pm.i].start, r.end)


def _prefixed_town(key: str, lex: Lexicon) -> bool:
    """An unknown club of two words whose first is a club word or colours: 'KSK Oudenhove'."""
    words = key[6:].split()
    return len(words) == 2 and (words[0] in lex.club_prefixes or _colours_word(words[0]))


# German club names open with their colours: "Rot-Weiss Essen", "Schwarz-Weiß Bregenz", "Blau-Gelb"
_CLUB_COLOURS = frozenset({"rot", "weiss", "blau", "schwarz", "gelb", "grun", "gruen", "rood", "wit", "zwart"})


def _colours_word(w: str) -> bool:
    """'rot-weiss': club colours joined by a hyphen."""
    return "-" in w and all(p in _CLUB_COLOURS for p in w.split("-"))


def _grow_with_place(r: Run, toks: list[Tok], ctx: Context, lex: Lexicon):
    """'Rapid Vienna', 'Club América', 'Red Bull Salzburg': a club word before a place name."""
    nxt = ctx.match_at.get(r.j)
    if not nxt or nxt.i != r.j or r.j >= len(toks) or toks[r.j].sep != SPACE or toks[r.j - 1].poss:
        return None
    if not any(e.cat in ("place", "country") or (e.cat == "club" and e.via in ("place", "ground"))
               for e in nxt.entries):
        return None
    if not _club_prefix(toks[r.i], lex) and not _hyphen_club_word(r, toks, nxt, ctx):
        return None
    place = ctx.body[toks[nxt.i].start:toks[nxt.j - 1].end]
    grown = Run(r.i, nxt.j, r.parts + [(nxt.i, nxt.j)], r.norms + tuple(t.norm for t in toks[nxt.i:nxt.j]),
                r.texts + (place,), r.start, toks[nxt.j - 1].end)
    return grown, [f"'{r.texts[0]}' before the place '{place}'"]


def _hyphen_club_word(r: Run, toks: list[Tok], nxt: Match, ctx: Context) -> bool:
    """'Altyn-Zhol Pavlodar', 'Shakhtar-Nova Donetsk': one hyphenated word of two capitalised pieces
    right before a town the data knows only as the home of other clubs, where a club is expected (a
    club's cue, or the pair's possessive): a club named for something, then its town. A person's
    hyphenated name is not followed by a town without a comma."""
    if r.size != 1 or r.j - r.i != 2 or nxt.i in ctx.club_key_of or nxt.j - nxt.i != 1 \
            or toks[r.i + 1].sep != HYPHEN:
        return False
    if not all(len(t.text) >= 3 and t.text[:1].isupper() and t.text[1:].islower() for t in toks[r.i:r.j]):
        return False
    if not _only_a_place(nxt):
        return False
    if nxt.j < len(toks) and toks[nxt.j].sep == SPACE and toks[nxt.j].cap:
        return False              # "Jean-Luc Paris Saint ...": a longer run goes on
    if toks[r.i].sent != toks[nxt.i].sent:
        return False
    return bool(toks[nxt.j - 1].poss or ctx.club_cues(r.i, nxt.j))


_CODES = {"fc", "afc", "cf", "sc", "ac", "sk", "fk", "if", "ff", "bk", "cd", "sv", "pae"}


_SLAVIC_CASES = ("a", "u", "em", "owi", "ego", "emu", "iem", "om", "ovi", "ou")


@functools.lru_cache(maxsize=20000)
def _translit(w: str) -> str:
    """One comparison form for the usual transliterations of a (Greek) name: doubled letters single,
    a leading 'ch' as 'h', a leading 'y' before a vowel as 'g(i)' ("Papathanassiou"/"Papathanasiou",
    "Christos"/"Hristos", "Yiorgos"/"Giorgos")."""
    out = []
    for c in w:
        if not out or out[-1] != c:
            out.append(c)
    x = "".join(out)
    if x.startswith("ch"):
        x = "h" + x[2:]
    if len(x) > 2 and x[0] == "y" and x[1] in "aeiou":
        x = ("g" if x[1] == "i" else "gi") + x[1:]
    return x


def _surname_variant(w: str, surname_idx: dict) -> list[str]:
    """A one-word surname of the article written another way: a transliteration ("Papathanassiou" for
    Papathanasiou) or a Slavic case form ("Wróbla" for Wróbel, "Nowaka" for Nowak)."""
    tl = _translit(w)
    out: list[str] = []
    for s, keys in surname_idx.items():
        if len(s) != 1 or len(s[0]) < 4 or s[0][0] != w[0]:
            continue
        n = s[0]
        if _translit(n) == tl or any(w == n + e or (n[-2] == "e" and w == n[:-2] + n[-1] + e)
                                     for e in _SLAVIC_CASES):
            out.extend(k for k in keys if k not in out)
    return out if len(out) == 1 else []


def _code_word(text: str) -> bool:
    """'SFC', 'TJ', 'PAE': a club's code letters (two to four capitals)."""
    return 2 <= len(text) <= 4 and text.isupper() and text.isalpha()


_SPORT_ENDS = ("spor",)    # the Turkish club word closing a club name's last word: "Belediyespor"


_LONG_FORM_WORDS = frozenset({"deportivo", "desportivo", "atletico", "social", "y", "e", "sportivo", "esportivo",
                              "cultural", "sport", "sports", "recreativo", "de", "futbol", "futebol", "deportes"})


def _club_core(norms: tuple[str, ...]) -> tuple[str, ...]:
    """A club name without its code letters and a plural -s: "Bohemian FC" and "Bohemians" match."""
    ns = list(norms)
    if len(ns) > 2 and ns[-1].isdigit():
        ns.pop()                  # "SpVgg Lindau 1909" and "SpVgg Lindau": one club
    while len(ns) > 1 and ns[-1] in _CODES:
        ns.pop()
    while len(ns) > 1 and ns[0] in _CODES:
        ns.pop(0)
    if len(ns) >= 4 and ns[0] in ("club", "clube", "klub"):
        # "Club Deportivo Unión Quillota" and "Unión Quillota", "Club Social y Deportivo Los Andes" and
        # "Los Andes": a long official form opens with "Club" and its kind of club
        k = 1
        while k < len(ns) - 2 and ns[k] in _LONG_FORM_WORDS:
            k += 1
        if k > 1:
            ns = ns[k:]
    if len(ns[-1]) > 4 and ns[-1].endswith("s"):
        ns[-1] = ns[-1][:-1]
    return tuple(ns)


def _with_number(r: Run, toks: list[Tok]) -> Run:
    """'Tromsvik 08', 'Kirchdorf 96': a club's name may end in two digits (a founding year)."""
    j = r.j
    if j >= len(toks) or toks[j].sep != SPACE or toks[j - 1].poss or not toks[j].text.isdigit() \
            or not (len(toks[j].text) == 2 or (len(toks[j].text) == 4 and "1850" <= toks[j].text <= "2010")):
        return r                  # ("SpVgg Auenrode 1909", "NK Lipa 1926": a four-digit founding year too)
    if j + 1 < len(toks) and toks[j + 1].sep == HYPHEN:
        return r                  # "Tromsvik 2-1": a score
    t = toks[j]
    return Run(r.i, j + 1, r.parts + [(j, j + 1)], r.norms + (t.norm,), r.texts + (t.text,), r.start, t.end)


def _near_known_club(r: Run, ctx: Context, lex: Lexicon) -> bool:
    """'Sunderand are fifth': one word one letter off a club the article names (a typo, see `_typo_club`)."""
    if r.size != 1 or len(r.norms[0]) < 6:
        return False
    w = r.norms[0]
    for cid in set(ctx.club_key_of.values()):
        club = lex.clubs.get(cid)
        for form in (club.forms | club.nicks) if club else ():
            if len(form) == 1 and abs(len(form[0]) - len(w)) <= 1 and \
                    Levenshtein.distance(form[0], w, score_cutoff=1) <= 1:
                return True
    return False


def _is_team_cue(w: str) -> bool:
    """Club cues read from grammar: a plural verb, a bid, a club-noun apposition."""
    return w.startswith("X, the ") or w in _TEAM_VERB_CUES or (w.startswith("X ") and " ... " in w)


_TEAM_VERB_CUES = {"X are", "X have", "X were", "X aren't", "X haven't", "X weren't"}


def _told_club(r: Run, lex: Lexicon) -> bool:
    """"has told Vastby Harbour FC that ...": a name ending like a club's (and holding no word of a
    medium's or a place's, "Radio City") is told as a club, not quoted as an outlet."""
    return r.norms[-1] in lex.club_suffixes and \
        not any(n in lex.non_name and n not in lex.club_suffixes for n in r.norms)


def _club_or_name(r: Run, toks: list[Tok], ctx: Context, lex: Lexicon, matches: list[Match],
                  club_ends: set[int], name_words: set[str] = frozenset()):
    """('club', run, why) for an unknown club, ('name', run, cues) for a person, None for noise."""
    norms = r.norms
    if _media_name(r, toks):
        return None               # "newspaper Sportske Novosti", "Juventus Creator Lab": an outlet
    if r.size >= 2 and _told_outlet(toks, r, ctx.body) and not _told_club(r, lex) and (
            ctx.body.count(r.texts[-1]) == 1 or (r.texts[0] in _FOREIGN_ARTICLES and r.texts[0] != "De")
            or not _alone_elsewhere(ctx.body, r.texts[-1], r.start, r.end)):
        return None               # "told El Desmarque:", "told Dalmacija Danas that": a local outlet;
        #                           a title opening with an article ("El Universo") however often named;
        #                           not "has told Vastby Harbour FC that": a club's name is told too
    if r.size >= 2 and r.norms[-1] in _GROUND_TAILS and r.i > 0 and toks[r.i - 1].norm in _GROUND_BEFORE \
            and toks[r.i].sep != HARD:
        return None               # "his debut at AAMI Park": a sponsor's name on a ground
    if _reported_outlet(toks, r, ctx.body):
        return None               # "Sport5 reported on Tuesday", "La Gazeta reported that": a medium
    if r.size >= 2 and r.i >= 2 and toks[r.i].sep != HARD and toks[r.i - 1].sep != HARD and not toks[r.j - 1].poss:
        w1, w2 = toks[r.i - 1].norm, toks[r.i - 2]
        if w1 == "of" and w2.cap and w2.norm in _STATE_HEADS:
            return None           # "the Football Association of Brunei Darussalam": a country or a region
        if w1 == "in" and not w2.cap and w2.norm in _SCENE_BEFORE_IN:
            return None           # "after a meeting in Bandar Seri Begawan", "training in Port Vila": a place
    if r.j < len(toks) and toks[r.j].sep == SPACE and not toks[r.j - 1].poss:
        comp = ctx.match_at.get(r.j)
        if comp is not None and comp.i == r.j and all(e.cat == "notpage" and e.via == "competitions"
                                                      for e in comp.entries):
            return None           # "the Hamid bin Rashid Premier League's top scorer": the namesake or
            #                       sponsor that opens a competition's name, not a person
    if r.i > 0 and toks[r.i].sep != HARD and toks[r.i - 1].norm in _GROUND_BEFORE:
        if r.size >= 2 and norms[0] in _GROUND_HEADS and toks[r.i - 1].norm in ("the", "at"):
            return None           # "her contract at the Stade Robert-Bobin": a ground, not a club
        if r.j < len(toks) and toks[r.j].sep == SPACE and toks[r.j].norm in _GROUND_WORDS \
                and not toks[r.j].cap and not toks[r.j - 1].poss:
            return None           # "at the Ion Oblemenco stadium": a ground named after someone
    if r.size >= 2 and has_ampersand(r, toks, ctx.body):
        # "Dagenham & Redbridge are weighing up a move": an "&" never joins a person's names
        amp_why = ctx.club_cues(r.i, r.j)
        return ("club", r, amp_why + ["an '&' joins its words"]) if amp_why else None
    flat = [p for n in norms for p in n.split("-")]
    why: list[str] = []
    if len(norms) >= 2 and (norms[-1] in lex.club_suffixes or flat[-1] in lex.club_suffixes) \
            and not (norms[-1] == "city" and norms[-2] in ("sports", "sport")):    # (a "Sports City" complex)
        why.append(f"ends in '{r.texts[-1]}'")
    elif len(norms) >= 2 and len(norms[-1]) >= 8 and norms[-1].endswith(_SPORT_ENDS) and not toks[r.j - 1].poss:
        why.append(f"ends in the sports club word of '{r.texts[-1]}'")    # "Serinkaya Belediyespor", "X Gençlikspor"
    if len(norms) >= 2 and _club_prefix(toks[r.i], lex):
        why.append(f"starts with '{r.texts[0]}'")
    elif len(norms) >= 2 and _colours_word(norms[0]):
        why.append(f"starts with the colours '{r.texts[0]}'")     # "Rot-Weiß Erfurt", "Blau-Weiss Linz"
    elif len(norms) == 2 and r.parts[0][1] - r.parts[0][0] == 1 and toks[r.i].upper and \
            3 <= len(toks[r.i].text) <= 4 and toks[r.i].text.isalpha() and not toks[r.parts[1][0]].upper:
        code_why = ctx.club_cues(r.i, r.j)
        if code_why:              # "from JSM Kerrata", "joined USMM Hadjout": a club's initials before its
            why.append(f"the code '{r.texts[0]}' before '{r.texts[1]}'")    # town, where a club is expected
            why.extend(code_why)
    if len(norms) >= 3 and norms[-1] in lex.women_tails and not why and norms[-2] in lex.club_suffixes:
        why.append(f"a club's name, then '{r.texts[-1]}'")     # "Vastby FC Women", "Harlow Town Ladies"
    if len(why) == 1 and r.size == 2 and why[0].startswith("starts with") and _headline_words_only(r, toks, ctx):
        return None               # "... As Capital Club Prepares Record Offer": a Title Case headline's words
    grown = r
    # a word that is never a name ("Stadium", "Cup"); of a hyphenated part only the first piece counts:
    # "Henderson-Lane" is a surname
    if any(n in lex.non_name for n in norms) or any(n.split("-")[0] in lex.non_name for n in norms) \
            or (len(norms) >= 2 and norms[-1] == "park" and "-" not in norms[0]):
        # ("Harbour Park", "Mossfield Park": a ground; "Park" only ends a Korean name written with a
        #  hyphened given name, "Ji-sung Park")
        if why:
            return ("club", grown, why)
        return None
    cues = ctx.name_cues(r.i, r.j)
    if r.size >= 2 and not (cues.person or cues.player or cues.speaker or cues.role) and \
            _quoted_title(r, ctx.body) and not _after_known_as(toks, r.i):
        return None               # '"Touchline Talk", Tuesday phone-in': a show's title in quotes
        #                           (but 'nicknamed "Petit Jean"' is a person's nickname)
    if _scare_quoted(r, ctx.body) and not (cues.person or cues.player or cues.speaker) and \
            ctx.club_cues(r.i, r.j):
        return None               # 'a "Rolls-Royce defender"': a figure of speech in a short quoted phrase
    if why:
        if cues.person + cues.player < 2.5:
            return ("club", grown, why)
    if r.i > 0 and (toks[r.i - 1].norm == "the" and toks[r.i].sep == SPACE or
                    toks[r.i].sep == POSS and not toks[r.i - 1].cap) and r.j < len(toks) \
            and toks[r.j].sep == SPACE and not toks[r.j - 1].poss and toks[r.j].text[:1].islower() \
            and toks[r.j].norm not in lex.stopwords and not _surname_recurs(r, ctx.body) \
            and not (cues.role and cues.person >= 2.0):   # "this paper's Nora X on the day": a person
        return None               # "the Hale End graduate", "the club's U22 Initiative slots": a proper
        #                           noun used as a modifier
    if r.i > 0 and toks[r.i - 1].norm == "the" and toks[r.i].sep == SPACE and r.j < len(toks) \
            and toks[r.j].sep == SPACE and not toks[r.j - 1].poss and toks[r.j].text[:1].islower() \
            and (toks[r.j].norm,) in lex.club_heads and not (r.j + 1 < len(toks) and toks[r.j + 1].sep == SPACE
                                                             and toks[r.j + 1].cap) \
            and not _surname_recurs(r, ctx.body) and not (cues.person or cues.speaker):
        return None               # "the Santa Cruz club are refusing": a town the data does not know,
        #                           describing a club (see describe.py, `name_words`), never a person
    grown = _with_number(r, toks)     # "Tromsvik 08 are ninth": the cues after the whole name
    club_why = ctx.club_cues(grown.i, grown.j)
    if len(norms) <= 2 and _place_after(r, toks, ctx):
        wp = _with_place(r, toks, ctx)
        after = [w for w in ctx.club_cues(wp.i, wp.j) if _is_team_cue(w) or "<name>" in w]
        if after and cues.person + cues.player < 1.5 and not cues.speaker:
            return ("club", wp, after + ["a place name ends it"])     # "Aris Salonika have also asked"
    if (name_words and len(norms) == 1 and norms[0] in name_words) or \
            (any(_is_team_cue(w) for w in club_why) and _near_known_club(r, ctx, lex)):
        # a word of a longer name this article gives someone ("Smith made an offer" after "Jan Smith"),
        # or a typo of a club it names ("Sunderand are fifth"): only the cues that need no grammar guess count
        club_why = [w for w in club_why if not _is_team_cue(w)]
        if name_words and len(norms) == 1 and norms[0] in name_words:
            # "Bartosz's first choice was Widzew" after "Bartosz Żmuda": his, not a club's first team
            club_why = [w for w in club_why if not (w.startswith("X's ") and "<name>" not in w)]
    strong = [w for w in club_why if w not in WEAK_CLUB_BEFORE]
    if strong and not cues.speaker and len(norms) <= 3:
        if any("<name>" in w for w in strong) and cues.person + cues.player < 2.5:
            # "a move for Orzeł Tarnowiec winger Tomasz X": the transfer cue is about the player named after
            return ("club", grown, club_why)
        if any(_is_team_cue(w) for w in strong) and cues.person + cues.player < 1.5 and not toks[r.j - 1].poss:
            return ("club", grown, club_why)    # "Orzeł Tarnów are", "Toluca, the Liga MX champions,"
    if club_why and cues.person + cues.player < 1.5 and not cues.speaker:
        if len(norms) <= 3 and (strong or _transfer_sentence(toks, r.i)) and _place_after(r, toks, ctx):
            return ("club", _with_place(r, toks, ctx), club_why + ["a place name ends it"])
        if len(norms) == 1 and (strong or _transfer_sentence(toks, r.i)):
            return ("club", grown, club_why)
        if len(norms) == 2 and any(w.startswith("X ") and "<name>" in w for w in strong):
            return ("club", grown, club_why)
        if len(norms) == 2 and not toks[r.j - 1].poss and not cues.person + cues.player \
                and any(w in CLUB_ONLY_BEFORE for w in strong):
            return ("club", grown, club_why)     # "joined Bayern from Vancouver Whitecaps"
        if len(norms) <= 3 and not toks[r.j - 1].poss and any(
                w.endswith((" club X", " side X", " outfit X", " champions X", " giants X")) and w[:1].isupper()
                for w in strong):
            return ("club", grown, club_why)     # "Austrian second-division club SKN St. Pölten",
            #                                      "Malaysian champions Johor Darul Ta'zim"
    if len(norms) == 1:
        # a lone capitalised word of one letter or a number is noise
        if len(norms[0]) < 2:
            return None
        # "played for Halifax Town and Guiseley": the second of a list of clubs
        if r.i >= 2 and toks[r.i - 1].norm in ("and", "or") and toks[r.i - 1].sep != HARD \
                and cues.person + cues.player == 0 and not cues.speaker:
            k = r.i - 1
            m = ctx.match_at.get(k - 1)
            first_i = m.i if m and m.best.cat == "club" else None
            if m is None and k in club_ends:
                first_i = _run_start_before(toks, k)
            if first_i is not None and any(w not in WEAK_CLUB_BEFORE for w in ctx.club_cues(first_i, k)):
                return ("club", r, [f"listed with a club after '{toks[first_i - 1].text}'"])
    if r.size >= 2 and toks[r.i].text in _NEVER_NAME_ARTICLES and not (cues.person or cues.player):
        return None               # "Het Belang van Limburg", "Die Welt": a title, never a person's name
    if 2 <= r.size <= 3 and r.i >= 2 and toks[r.i - 1].norm in _PLACE_PREPS and toks[r.i].sep == SPACE \
            and toks[r.i - 1].sep == SPACE and toks[r.i - 2].norm in _PLACE_VERBS and not toks[r.j - 1].poss \
            and not (cues.speaker or cues.role) and cues.person + cues.player < 2.5:
        return None               # "born in Ksar Hellal", "training at Dos Bocas": a town, never a person
    if r.size == 2 and toks[r.i].text in _FOREIGN_ARTICLES and toks[r.i].text != "De" and r.i > 0 and \
            toks[r.i - 1].norm in ("from", "in") and toks[r.i].sep == SPACE and \
            not (cues.person or cues.player or cues.speaker or strong):
        return None               # "a kid from La Vega", "in Los Teques": a town, not a person
    return ("name", r, cues)


# "born in X Y", "training at X Y", "based in X Y": a verb of where someone is, then a place
_PLACE_PREPS = {"in", "at", "near", "outside"}
_PLACE_VERBS = {"born", "raised", "bred", "based", "grew", "up", "lives", "live", "living", "lived", "training",
                "trained", "train", "trains", "resides", "settled", "stationed", "camp", "session", "sessions"}


def _surname_recurs(r: Run, body: str) -> bool:
    """"The Tomás Verdejo operation ... Verdejo is 21": a two-word modifier whose last word the article
    also uses on its own is a person's name (a place such as "the Hale End graduate" never recurs as "End")."""
    if r.size != 2 or len(r.texts[-1]) < 3:
        return False
    last = r.texts[-1]
    return body.count(last) > body.count(r.texts[0] + " " + last)


# articles that open titles and nicknames but never a person's name ("El", "Le", "De", "La" do:
# "El Ghazi", "Le Tissier", "De Jong", "La Rosa")
_NEVER_NAME_ARTICLES = {"Het", "Il", "Gli", "Los", "Las", "Die", "Der"}


def _place_after(r: Run, toks: list[Tok], ctx: Context) -> bool:
    """Is the run directly followed by a place name ("MTK Budapest", "X Y Salzburg")?"""
    nxt = ctx.match_at.get(r.j)
    return bool(nxt and nxt.i == r.j and toks[r.j].sep == SPACE and not toks[r.j - 1].poss and
                any(e.cat in ("place", "country") or e.via in ("place", "ground") for e in nxt.entries))


def _with_place(r: Run, toks: list[Tok], ctx: Context) -> Run:
    nxt = ctx.match_at[r.j]
    place = ctx.body[toks[nxt.i].start:toks[nxt.j - 1].end]
    return Run(r.i, nxt.j, r.parts + [(nxt.i, nxt.j)], r.norms + tuple(t.norm for t in toks[nxt.i:nxt.j]),
               r.texts + (place,), r.start, toks[nxt.j - 1].end)


def _run_start_before(toks: list[Tok], k: int) -> int:
    """First token of the capitalised run that ends just before token k."""
    i = k - 1
    while i > 0 and toks[i].sep == SPACE and toks[i - 1].cap:
        i -= 1
    return i


_TS_CACHE: dict[tuple[int, int], bool] = {}


def _transfer_sentence(toks: list[Tok], i: int) -> bool:
    """Does the sentence of token i talk about a transfer? (cached per sentence)"""
    s = toks[i].sent
    ck = (id(toks), s)
    if ck in _TS_CACHE:
        return _TS_CACHE[ck]
    if len(_TS_CACHE) > 10000:
        _TS_CACHE.clear()
    _TS_CACHE[ck] = _transfer_sentence_scan(toks, i)
    return _TS_CACHE[ck]


def _transfer_sentence_scan(toks: list[Tok], i: int) -> bool:
    s = toks[i].sent
    k = i
    while k > 0 and toks[k - 1].sent == s:
        k -= 1
    n = len(toks)
    while k < n and toks[k].sent == s:
        if toks[k].norm in _TRANSFER_WORDS:
            return True
        k += 1
    return False


_EPITHETS = {"super", "big", "little"}


def _people(info: ArticleInfo, people: list[tuple[Run, Cues]], toks: list[Tok], ctx: Context,
            lex: Lexicon, body: str) -> None:
    """Full names become entities; surnames, first names and sub-names link to them."""
    alias_runs: set[int] = set()
    for idx, (r, _) in enumerate(people):
        if _after_known_as(toks, r.i) or _known_as_after(toks, r.j) is not None \
                or _quoted_nick_after_name(toks, r, body):
            alias_runs.add(idx)
    fulls: dict[tuple[str, ...], tuple[Run, bool]] = {}
    for idx, (r, _) in enumerate(people):
        if idx in alias_runs or r.size < 2 or r.norms[0] in lex.particles:
            continue
        fulls.setdefault(r.norms, (r, is_family_first(r.norms, r.texts, lex)))
    # "Super Jaden", "Big Sam": a tabloid epithet before the first name or surname of someone named in full
    epithets = [k for k in fulls if len(k) == 2 and k[0] in _EPITHETS]
    if epithets:
        parts_of = {p for k in fulls if k not in epithets for p in (k[0], k[-1])}
        for k in epithets:
            if k[1] in parts_of:
                del fulls[k]
    # a full name that is the start or end of a longer one is a reference to it ("João Pedro")
    inner = set()
    for o in fulls:
        for m in range(1, len(o)):
            inner.add(o[:m])
            inner.add(o[m:])
    longest = {k: v for k, v in fulls.items() if k not in inner}
    # "Vini Conceição" for "Vinícius Araújo da Conceição": a short form of the first name (its first
    # three letters or more) with the last surname of a longer full name is that name
    short_full: dict[tuple[str, ...], tuple[str, ...]] = {}
    by_last: dict[str, list[tuple[str, ...]]] = {}
    for k, (_, ff) in longest.items():
        if not ff:
            by_last.setdefault(k[-1], []).append(k)
    for ks in by_last.values():
        if len(ks) < 2:
            continue
        for k in ks:
            if len(k) != 2 or len(k[0]) < 3 or "-" in k[0]:
                continue
            longer = [o for o in ks if len(o) > 2 and o[0] != k[0] and o[0].startswith(k[0])]
            if len(longer) == 1:
                short_full[k] = longer[0]
    # "JP O'Keefe" for "Jean-Philippe O'Keefe": the initials of a hyphened first name with the same surname
    initials: dict[str, list[tuple[str, ...]]] = {}
    for k, (_, ff) in longest.items():
        if not ff and len(k) >= 2 and k[0].count("-") == 1:
            a, b = k[0].split("-")
            if a and b:
                initials.setdefault(a[0] + b[0], []).append(k)
    if initials:
        for k in list(longest):
            if len(k) >= 2 and len(k[0]) == 2 and k[0] in initials:
                longer = [o for o in initials[k[0]] if o[1:] == k[1:]]
                if len(longer) == 1:
                    short_full[k] = longer[0]
    # "Hristos Tsakiridis" beside "Christos Tsakiridis", "Yiorgos" beside "Giorgos": one name written in
    # two transliterations (the first written is the entity)
    if len(longest) >= 2:
        by_tl: dict[tuple[str, ...], tuple[str, ...]] = {}
        for k, (r, _) in sorted(longest.items(), key=lambda kv: kv[1][0].start):
            tl = tuple(_translit(w) for w in k)
            if tl in by_tl and by_tl[tl] != k:
                short_full.setdefault(k, by_tl[tl])
            else:
                by_tl.setdefault(tl, k)
    for k in short_full:
        longest.pop(k, None)
    surname_idx: dict[tuple[str, ...], list[str]] = {}
    first_idx: dict[tuple[str, ...], list[str]] = {}
    dimin: dict[str, list[tuple[str, str]]] = {}
    hyph_first: dict[str, list[str]] = {}
    mid_idx: dict[tuple[str, ...], list[str]] = {}
    for parts, (r, ff) in longest.items():
        key = "name:" + " ".join(parts)
        info.ents[key] = LocalEnt(key, "name", " ".join(r.texts), parts, first=r.start, family_first=ff)
        if not ff and len(parts) >= 3 and parts[-1] not in lex.name_suffixes and \
                parts[-2] not in lex.particles and parts[-3] not in lex.particles:
            mid_idx.setdefault(parts[-2:-1], []).append(key)   # "Hernández" of "Gabriel Hernández López"
        for s in _surname_forms(parts, lex, ff):
            surname_idx.setdefault(s, []).append(key)
        for f in _first_forms(parts, lex, ff):
            first_idx.setdefault(f, []).append(key)
        if not ff and parts[0].count("-") == 1 and "-" not in (parts[0][0], parts[0][-1]):
            first_idx.setdefault((parts[0][0] + parts[0].split("-")[1][0],), []).append(key)   # "JP"
        given = (parts[1] if ff else parts[0]).split("-")[0]
        dimin.setdefault(given[:3], []).append((given, key))
        if not ff and "-" in parts[-1]:
            hyph_first.setdefault(parts[-1].split("-")[0], []).append(key)

    last_bare: dict[tuple[str, ...], str] = {}
    prev_run = None
    for idx, (r, cues) in enumerate(people):
        if idx in alias_runs:
            continue
        key, via = None, "name"
        titled = None
        if r.norms in longest:
            key = "name:" + " ".join(r.norms)
            if r.size >= 2 and r.i > 0 and toks[r.i].sep == SPACE and toks[r.i - 1].cap \
                    and toks[r.i - 1].norm in lex.official_titles and not toks[r.i - 1].poss:
                titled = toks[r.i - 1].start    # "Alhaji Sorie Kamara", "Sheikh Hamad Al-Rashidi": the title
                #                                 is how the article names him, though not part of his name
        elif r.norms in short_full:
            key, via = "name:" + " ".join(short_full[r.norms]), "alias"
        else:
            cands = surname_idx.get(r.norms, [])
            via = "alias"
            if not cands and r.size == 1 and len(r.norms[0]) >= 5:
                cands = _surname_variant(r.norms[0], surname_idx)
            if not cands:
                cands = first_idx.get(r.norms, [])
                via = "first-name"
                if not cands and r.size == 1 and len(r.norms[0]) >= 5:
                    tl = _translit(r.norms[0])      # "Hristos" for Christos
                    got = {k for f, ks in first_idx.items() if len(f) == 1 and _translit(f[0]) == tl for k in ks}
                    cands = list(got) if len(got) == 1 else []
            if not cands and r.size == 1 and "-" in r.norms[0]:
                # "Jan-Niklas" for "Jan Niklas von Arnim": a double first name written with a hyphen
                cands = first_idx.get(tuple(r.norms[0].split("-")), [])
            if not cands and r.size == 1 and len(r.norms[0]) >= 3:
                w = r.norms[0]
                cands = [k for d, k in dimin.get(w[:3], []) if d != w and
                         (d.startswith(w) or (w.startswith(d) and len(w) - len(d) <= 2 and len(d) >= 3))]
                via = "first-name"
                if not cands and len(w) >= 4 and w[-1] in "aeiouy" and _in_quotes(body, r.start):
                    # "Ondra came into my office": a familiar form of Ondřej, in the words of someone
                    # who knows him (the first four letters, a vowel ending for a consonant one;
                    # "Cally" for Callum, "Stevie" for Steven)
                    cands = [k for d, k in dimin.get(w[:3], []) if d[:4] == w[:4] and len(d) >= len(w)
                             and d[-1] not in "aeiouy"]
                if not cands and w in lex.given_forms:
                    # "Kobby" for Kwabena, "Pepe" for José: a familiar form the data lists
                    cands = sorted({k for g in lex.given_forms[w] for d, k in dimin.get(g[:3], []) if d == g})
            if not cands and r.size == 1 and "-" in r.norms[0] and len(r.norms[0]) >= 10:
                # "Oyelaran-Bakre" for Sunday Oyelaran-Bakare: a double-barrelled surname misspelt by
                # one letter in its second half
                w = r.norms[0]
                head = w.split("-")[0] + "-"
                cands = sorted({k for s, ks in surname_idx.items() if len(s) == 1 and s[0] != w and
                                s[0].startswith(head) and abs(len(s[0]) - len(w)) <= 1 and
                                Levenshtein.distance(s[0], w, score_cutoff=1) <= 1 for k in ks})
                via = "alias"
            if not cands and r.size == 1 and r.norms in mid_idx:
                # "Hernández" of "Gabriel Hernández López", "N'Guessan" of "Yves N'Guessan Kouamé": the
                # first of two surnames (Iberian, West African) used on its own, when nothing else fits
                cands = mid_idx[r.norms]
                via = "alias"
            if not cands and r.size == 1 and r.i > 0 and toks[r.i - 1].norm in lex.honorifics \
                    and toks[r.i].sep != HARD:
                cands = hyph_first.get(r.norms[0], [])     # "Mr Bílek" for Jiří Bílek-Horák
                via = "alias"
                if cands:
                    titled = toks[r.i - 1].start
            if not cands and r.size == 2 and r.norms[0] in _EPITHETS:
                cands = first_idx.get(r.norms[1:], []) or surname_idx.get(r.norms[1:], [])
                via = "alias"
            if cands:
                elder = _elder_younger(toks, r) if len(cands) > 1 else None
                if elder is not None:
                    key = _pick_elder(cands, info, elder)
                    elder = elder if key is not None else None
                if elder is None:
                    key = _pick(cands, r, cues, info, last_bare)
                if elder is not None and titled is None:
                    titled = toks[r.i - 2].start    # "the elder Berhe": the father of two who share a name
                else:
                    last_bare[r.norms] = key    # (a bare surname after "the elder X" is not him again)
                if titled is None and r.i > 0 and toks[r.i - 1].norm in lex.official_titles \
                        and toks[r.i].sep == SPACE:
                    titled = toks[r.i - 1].start    # "Sheikh Hamad" for Hamad Al-Rashidi: the title and
                    #                                 his given name are how the article names him
            else:
                club = _typo_club(r, info, lex) if not cues.player + cues.person else None
                if club:
                    _mention(info, club, r.start, r.end, body[r.start:r.end], "alias", toks[r.i].sent)
                    continue
                if r.size == 1 and not cues.role and not cues.position \
                        and _told_outlet(toks, r, body):
                    continue      # "told Deichstube on Tuesday", "according to Tubantia": a local paper
                key = "single:" + " ".join(r.norms)
                via = "name"
                if key not in info.ents:
                    info.ents[key] = LocalEnt(key, "name", " ".join(r.texts), r.norms, first=r.start)
        ent = info.ents[key]
        ent.cues.add(cues)
        if via == "name" or via == "alias":
            ent.forms[" ".join(r.texts)] += 1
        end = r.end
        start = r.start if titled is None else titled
        _mention(info, key, start, end, body[start:end], via, toks[r.i].sent)
        if cues.manager_form:
            a = start            # "Haji Zainuddin's side": the title too, as the article writes the name
            b = cues.manager_form[1]
            info.manager_forms.append((a, b, key))
        link = _peer_link(toks, prev_run[0].j, r.i) if prev_run is not None and prev_run[0].j < r.i and \
            toks[prev_run[0].j].sent == toks[r.i].sent and prev_run[1] != key else None
        if link is not None:
            former = {"second": key, "first": prev_run[1]}.get(_PEER_FORMER.get(link, ""))
            info.peers.append((prev_run[1], key, former))
        prev_run = (r, key)

    return [people[idx] for idx in sorted(alias_runs)]


_OPEN_QUOTES = {'"', "\u201c", "'", "\u2018"}
_CLOSE_QUOTES = {'"', "\u201d", "'", "\u2019"}


def _scare_quoted(r: Run, body: str) -> bool:
    """Does the run open a short quoted phrase (at most four words, closed on its line) and appear
    nowhere else in the article ('described him as a "Rolls-Royce defender"')?"""
    if r.start < 1 or body[r.start - 1] not in _OPEN_QUOTES or (r.start >= 2 and body[r.start - 2].isalnum()):
        return False
    line_end = body.find("\n", r.end)
    rest = body[r.end:line_end if line_end >= 0 else len(body)]
    close = next((k for k, ch in enumerate(rest) if ch in _CLOSE_QUOTES and (k + 1 >= len(rest) or not rest[k + 1].isalnum())), None)
    if close is None or len(rest[:close].split()) > 3:
        return False
    return body.count(body[r.start:r.end]) == 1


def _quoted_title(r: Run, body: str) -> bool:
    """Does the article write the run somewhere wholly inside quotation marks, nothing else with it
    ('TRANSCRIPT — "Touchline Talk", Tuesday phone-in'): the title of a show, a book, a campaign."""
    text = body[r.start:r.end]
    pos = body.find(text)
    for _ in range(4):                # a bounded number of looks
        if pos < 0:
            return False
        if pos >= 1 and body[pos - 1] in _OPEN_QUOTES and body[pos + len(text):pos + len(text) + 1] in _CLOSE_QUOTES \
                and body[pos + len(text):pos + len(text) + 1]:
            return True
        pos = body.find(text, pos + 1)
    return False


def _in_quotes(body: str, pos: int) -> bool:
    """Whether `pos` is inside a double-quoted passage of its paragraph."""
    seg = body[body.rfind("\n", 0, pos) + 1:pos]
    if seg.count('"') % 2 == 1 or seg.count("\u201c") > seg.count("\u201d"):
        return True
    # a paragraph that opens with a single quote ("'Cally's our player,' said X"), not yet closed
    return seg.lstrip()[:1] in ("'", "\u2018") and _SINGLE_CLOSE.search(seg) is None


_SINGLE_CLOSE = re.compile("[,.!?;:\u2014-]['\u2019](?:\\s|$)")


_TOLD_BEFORE = {("told",), ("according", "to"), ("speaking", "to"), ("interview", "with"), ("talking", "to"),
                ("said", "to"), ("revealed", "to"), ("confirmed", "to"), ("explained", "to")}
_TOLD_BEFORE |= {("writing", "in"), ("quoted", "by"), ("reported", "by"), ("wrote", "in"), ("spoke", "to"),
                 ("told", "by"), ("published", "by"), ("cited", "by")}
# the last word of a ground's name, and words before one: "at AAMI Park", "to the Sponsor Arena"
_GROUND_TAILS = {"park", "stadium", "arena", "oval", "dome", "bowl", "field", "ip", "stadion", "stadio"}
# first words of a ground's name ("the Stade X", "at Estadio Y") and lower-case words after one
_GROUND_HEADS = {"stade", "estadio", "stadio", "stadion", "stadionul", "stadium", "arena"}
_GROUND_WORDS = {"stadium", "stadion", "arena", "ground", "park"}
_GROUND_BEFORE = {"at", "to", "from", "the", "into", "outside", "inside"}
_TOLD_OBJECTS = {"everything", "nothing", "something", "off", "it", "so", "this", "that", "them", "him", "her",
                 "me", "us", "you", "too", "again", "directly", "personally", "straight", "twice", "once"}
_TOLD_AFTER = {"on", "in", "last", "this", "yesterday", "earlier", "after", "that", "when"}


def _outlet_apposition(toks: list[Tok], j: int, body: str) -> bool:
    """Does ", the (local) newspaper" follow at token `j` (an apposition saying the name is a medium)?"""
    if body[toks[j - 1].poss_end:toks[j].start].strip() != "," or toks[j].norm not in ("the", "a"):
        return False
    for k in range(j + 1, min(len(toks), j + 4)):
        if toks[k].sep == HARD or toks[k].cap:
            return False
        if toks[k].norm in _OUTLET_NOUNS:
            return True
    return False


_CAP_NEIGHBOUR = re.compile(r"(?<![\w'\u2019-])[A-Z\u00c0-\u00de][\w'\u2019-]*[ \t]+$")


# capitalised heads an "of" place follows: "Football Association of X", "Republic of X"
_STATE_HEADS = frozenset({"association", "federation", "confederation", "union", "ministry", "republic", "kingdom",
                          "sultanate", "emirate", "principality", "council", "university", "government", "province",
                          "region", "district", "state", "commonwealth", "territory", "islands", "island"})
# lower-case words "in" + a place follows: "a meeting in X", "training in X", "born in X"
_SCENE_BEFORE_IN = frozenset({"meeting", "meetings", "talks", "training", "session", "camp", "held", "born",
                              "raised", "based", "lives", "living", "live", "up", "hotel", "ceremony", "arrived",
                              "landed", "home", "office", "offices", "headquarters", "friendly", "tournament",
                              "stadium", "flat", "apartment", "house", "settled", "grew"})


def _alone_elsewhere(body: str, word: str, skip: int, skip_end: int) -> bool:
    """Is `word` used on its own (no capitalised word right before or after it) anywhere but at `skip`
    and the run it ends? "told Pelita Brunei" with "the Brunei Super League" is a paper; "told Pedro
    Ortega" with "Ortega said" a person."""
    if len(word) < 2:
        return True
    for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", body):
        a, b = m.start(), m.end()
        if skip <= a < skip_end:
            continue
        after = body[b:b + 40].lstrip(" ")
        if after[:1].isupper() and body[b:b + 1] == " ":
            continue            # the first word of a longer name
        if _CAP_NEIGHBOUR.search(body, max(0, a - 40), a):
            continue            # the last word of a longer name
        return True
    return False


def _reported_outlet(toks: list[Tok], r: Run, body: str) -> bool:
    """An unknown name that "reported" something and is named once only, or a title opening with a
    foreign article ("La Prensa reported"): a paper or broadcaster, not a player. A journalist who
    reports is named in full and usually again."""
    j = r.j
    if j >= len(toks) or toks[j].sep == HARD or toks[j].norm not in ("reported", "reports"):
        return False
    if r.size >= 2 and r.texts[0] in _FOREIGN_ARTICLES and r.texts[0] != "De":
        return True
    if r.size != 1 or body.count(r.texts[0]) != 1:
        return False
    k = j + 1
    return any(c.isdigit() for c in r.texts[0]) or k >= len(toks) or toks[k].sep == HARD \
        or toks[k].norm in ("on", "that", "last", "this", "yesterday", "earlier")

def _told_outlet(toks: list[Tok], r: Run, body: str) -> bool:
    """A lone unknown word named as the medium someone spoke to: "told Deichstube on Tuesday",
    "according to Tubantia". A person told something is named in full somewhere (then the word links
    to that name before this is asked), or followed by what they were told ("told Kane to ...")."""
    i = r.i
    if i < 1 or toks[i].sep == HARD:
        return False
    before = None
    k = i - 1
    if toks[k].norm == "the" and k >= 1 and toks[k].sep != HARD:
        k -= 1                            # "told the Leeuwarder Courant": a person takes no "the"
    if toks[k].norm == "told":
        before = ("told",)
    elif k >= 1 and toks[k].sep != HARD:
        before = (toks[k - 1].norm, toks[k].norm)
    if before not in _TOLD_BEFORE:
        return False
    if r.size >= 2 and toks[i].text in _FOREIGN_ARTICLES and toks[i].text != "De":
        return True                       # "according to Le Dauphiné Libéré it is ...": a paper's title
    j = r.j
    if j < len(toks) and toks[j].sep == HARD and _outlet_apposition(toks, j, body):
        return True                       # "Speaking to Romsdals Budstikke, the local newspaper, ..."
    if j >= len(toks) or toks[j].sep == HARD:
        gap = body[toks[j - 1].poss_end:toks[j].start if j < len(toks) else len(body)].strip()
        if gap[:1] == "," and toks[i].text in _FOREIGN_ARTICLES and r.size >= 2:
            return True                       # "according to El Colombiano, ...": a paper's title
        return gap[:1] in (".", ":", "")      # "told Tubantia.", "told Deichstube: ..."
    if not toks[j].cap and toks[j].norm not in _TOLD_AFTER and toks[j].norm not in _TOLD_OBJECTS \
            and not toks[j - 1].poss and (j + 1 >= len(toks) or toks[j + 1].sep == HARD):
        gap = body[toks[j].poss_end:toks[j + 1].start if j + 1 < len(toks) else len(body)].strip()
        return gap[:1] in (".", ":")          # "told Sportske novosti.": a title in lower case
    return toks[j].norm in _TOLD_AFTER and not toks[j - 1].poss


# "A replaced (the sacked) B", "leave A to battle it out with B": two people in the same kind of job
_PEER_LINKS = {("replaced",), ("succeeded",), ("took", "over", "from"), ("to", "battle", "it", "out", "with"),
               ("battle", "it", "out", "with"), ("to", "fight", "it", "out", "with"), ("fight", "it", "out", "with"),
               ("vs",), ("versus",), ("v",), ("and", "his", "counterpart"), ("and", "her", "counterpart"), ("'s", "successor"),
               ("'s", "predecessor"), ("was", "replaced", "by"), ("is", "replaced", "by")}
# which of the two no longer has the job
_PEER_FORMER = {("replaced",): "second", ("succeeded",): "second", ("took", "over", "from"): "second",
                ("was", "replaced", "by"): "first", ("is", "replaced", "by"): "first", ("'s", "successor"): "first",
                ("'s", "predecessor"): "second"}
_PEER_MODS = {"the", "sacked", "former", "outgoing", "departed", "axed", "ousted", "incoming", "departing"}


def _peer_link(toks: list[Tok], a: int, b: int) -> tuple[str, ...] | None:
    """The words between two names (tokens a..b-1) when they say both hold the same kind of job."""
    start = a
    if a < b and toks[a].norm == "who" and toks[a].sep == HARD:
        start = a + 1             # "Howard, who replaced X"
        while start < b and toks[start].norm in ("has", "had", "also", "previously"):
            start += 1
    if b - a > 8 or any(toks[k].sep == HARD for k in range(start if start > a else a, b + 1)) or \
            (start > a and toks[a - 1].poss):
        return None
    words = [toks[k].norm for k in range(start, b)]
    while words and words[-1] in _PEER_MODS:
        words.pop()
    if toks[a - 1].poss:
        words.insert(0, "'s")
    return tuple(words) if tuple(words) in _PEER_LINKS else None


def _link_aliases(info: ArticleInfo, alias_runs: list, toks: list[Tok], body: str) -> None:
    """'born X but known simply as Y': both name the subject of the sentence."""
    by_sent = _by_sent(info) if alias_runs else {}
    folds: dict[str, str] = {}
    for r, cues in alias_runs:
        if r.j < len(toks) and toks[r.j].sep == SPACE and toks[r.j].cap and not toks[r.j - 1].poss:
            continue              # "known as 'the Lagos Express'": a part of a longer nickname (cut by
            #                       the outlet "Express") is no name of its own
        after = _known_as_after(toks, r.j)
        if after is not None:
            pos = toks[after].start
            subject = next((("desc", di) for di, d in enumerate(info.descs) if d.start == pos), None)
            if subject is None:
                subject = next((("ent", m.key) for m in by_sent.get(toks[after].sent, [])
                                if m.start == pos and m.key and info.ents[m.key].kind == "name"), None)
            if subject is None and toks[after].norm in ("he", "she"):
                # '"Solo", as he is nicknamed': the person the sentence, or the one before, is about
                subject = _subject_before(info, r, toks, by_sent)
                if subject is None or (subject[0] == "ent" and not subject[1].startswith("name:")):
                    subject = _last_person_before(info, r, toks)     # (not a lone word: "Arrived in 2021")
        else:
            subject = _subject_before(info, r, toks, by_sent) or _club_known_as(info, r, toks, body, by_sent)
        text = body[r.start:r.end]
        start = r.start
        if r.i > 0 and toks[r.i - 1].norm in _NICK_ARTICLES and not toks[r.i - 1].cap and toks[r.i].sep == SPACE \
                and toks[r.i - 1].sep == HARD and _after_known_as(toks, r.i):
            start = toks[r.i - 1].start       # 'known as "el Flaco"': the article is part of the nickname
        if subject is not None and subject[0] == "ent":
            ent = info.ents[subject[1]]
            ent.aliases.add(" ".join(r.texts))
            _mention(info, subject[1], start, r.end, body[start:r.end], "alias", toks[r.i].sent)
            single = "single:" + " ".join(r.norms)
            if subject[1].startswith("name:") and single in info.ents and single != subject[1]:
                folds.setdefault(single, subject[1])
        elif subject is not None:
            info.mentions.append(LocalMention(r.start, r.end, None, "alias", toks[r.i].sent, desc=subject[1]))
            info.desc_links.append((subject[1], " ".join(r.texts)))
        else:
            key = "single:" + " ".join(r.norms)
            info.ents.setdefault(key, LocalEnt(key, "name", " ".join(r.texts), r.norms, first=r.start))
            info.ents[key].cues.add(cues)
            info.ents[key].forms[" ".join(r.texts)] += 1
            _mention(info, key, r.start, r.end, text, "name", toks[r.i].sent)
    if folds:
        _fold_bare_nicknames(info, folds)


def _pet_forms(info: ArticleInfo, lex: Lexicon) -> None:
    """'Boitumelo Modise-Kgosi ... "Tumi is the heartbeat"': a lone word the article gives no full name,
    spelt inside one person's first name ("Rob" of Roberto, "Tumi" of Boitumelo: the syllables
    of the middle, the last vowel as it is said), is that person's short name."""
    singles = [k for k, e in info.ents.items() if k.startswith("single:") and e.kind == "name"
               and len(e.parts) == 1 and len(e.parts[0]) >= 3]
    if not singles:
        return
    names = [(k, e) for k, e in info.ents.items() if k.startswith("name:") and len(e.parts) >= 2]
    if not names or len(names) * len(singles) > 40_000:
        return            # (a list of hundreds of names is no article about one player: stay linear)
    words = {p for _, e in names for p in e.parts}
    folds: dict[str, str] = {}
    for single in singles:
        w = info.ents[single].parts[0]
        if w in words or w in lex.stopwords or "-" in w:
            continue
        hits = set()
        for k, e in names:
            first = e.parts[-1] if e.family_first else e.parts[0]
            for g in first.split("-"):
                if len(g) >= len(w) + 2 and (g.startswith(w) or (len(w) >= 4 and w in g)
                                             or (len(w) >= 4 and w[-1] in "aeiouy" and w[:-1] in g[1:])):
                    hits.add(k)
            last = e.parts[0] if e.family_first else e.parts[-1]
            if len(w) >= 5 and "-" in last and len(last.split("-")[0]) >= 8 and last.startswith(w):
                hits.add(k)     # "Andriamahefarivo", "Randria" for Hery Andriamahefarivo-Ratsimbazafy: a
                #                 long double surname cut to its first half, or the start of it
        if len(hits) == 1:
            folds[single] = next(iter(hits))
    if folds:
        _fold_bare_nicknames(info, folds)


def _fold_bare_nicknames(info: ArticleInfo, folds: dict[str, str]) -> None:
    """'Jean Okafor, known as "Tank", ...' then 'Tank said': the nickname used alone later is him.
    `folds` maps each lone nickname's key to the person's; one pass over the mentions."""
    for single, key in list(folds.items()):
        lone, ent = info.ents.get(single), info.ents.get(key)
        if lone is None or ent is None or lone.kind != "name" or key in folds:
            del folds[single]
            continue
        ent.cues.add(lone.cues)
        ent.forms.update(lone.forms)
        ent.count += lone.count
        ent.first = min(ent.first, lone.first)
        del info.ents[single]
    if not folds:
        return
    for m in info.mentions:
        if m.key in folds:
            m.key = folds[m.key]
    info.manager_forms[:] = [(a, b, folds.get(k, k)) for a, b, k in info.manager_forms]
    info.peers[:] = [tuple(folds.get(x, x) if x else x for x in p) for p in info.peers]


def _known_as_after(toks: list[Tok], j: int) -> int | None:
    """'El Cholo, as the Argentine is known,': the token where the named subject starts."""
    n = len(toks)
    if j + 1 >= n or toks[j].norm != "as" or toks[j].sep != HARD:
        return None
    for k in range(j + 2, min(n - 1, j + 8)):
        if toks[k].sep == HARD:
            return None
        if toks[k].norm in ("is", "was") and toks[k + 1].norm in ("known", "nicknamed", "called", "dubbed"):
            return j + 1
    return None


def _initialism_tails(info: ArticleInfo, people: list, toks: list[Tok], lex: Lexicon, body: str) -> list:
    """'Norrby KIF ... at KIF', 'a KIF player': the letters that end the name of a club this article
    names, written alone, are that club; a person's name is not written in capitals in running text."""
    tails: dict[str, set[str]] = {}
    for key, ent in info.ents.items():
        if ent.kind != "club":
            continue
        for form in (ent.name, *ent.forms):
            words = form.split()
            if len(words) >= 2 and sum(c.isupper() for c in words[-1]) >= 2 and words[-1].isalpha() \
                    and norm_word(words[-1]) not in _CODES:
                tails.setdefault(norm_word(words[-1]), set()).add(key)
    if not tails:
        return people
    kept = []
    for r, cues in people:
        t = toks[r.i]
        keys = tails.get(r.norms[0]) if r.size == 1 and r.parts[0][1] - r.parts[0][0] == 1 else None
        if keys and len(keys) == 1 and sum(c.isupper() for c in t.text) >= 2 and not _shouted_line(body, r.start):
            key = next(iter(keys))
            _mention(info, key, r.start, r.end, body[r.start:r.end], "alias", t.sent)
            info.ents[key].forms[body[r.start:r.end]] += 1
            continue
        kept.append((r, cues))
    return kept


def _misspelt_named_clubs(unknown_clubs: list, club_key_of: dict[int, str], lex: Lexicon, info: ArticleInfo,
                          toks: list[Tok], body: str) -> list:
    """'Ciboa FC' in an article about Cibao FC: an unknown club whose one-word core is one edit (or two
    swapped letters) off the core of a club the article names is that club, misspelt."""
    cores: dict[str, set[str]] = {}
    for cid in set(club_key_of.values()):
        club = lex.clubs.get(cid)
        if club is None:
            continue
        core = _club_core(norm_phrase(club.name))
        if len(core) == 1 and len(core[0]) >= 5:
            cores.setdefault(core[0], set()).add(cid)
    if not cores or len(cores) > 40 or len(unknown_clubs) > 200:
        return unknown_clubs      # (a table of clubs, not prose: keep the pairs few)
    kept = []
    for r, why in unknown_clubs:
        core = _club_core(r.norms)
        hits = set()
        if r.size >= 2 and len(core) == 1 and len(core[0]) >= 5 and core[0] not in cores:
            for name, cids in cores.items():
                if name[0] == core[0][0] and abs(len(name) - len(core[0])) <= 1 and \
                        OSA.distance(name, core[0], score_cutoff=1) <= 1:
                    hits |= cids
        if len(hits) == 1:
            cid = next(iter(hits))
            if cid not in info.ents:
                info.ents[cid] = LocalEnt(cid, "club", lex.clubs[cid].name, first=r.start)
            _mention(info, cid, r.start, r.end, body[r.start:r.end], "alias", toks[r.i].sent)
            continue
        kept.append((r, why))
    return kept


def _typo_club(r: Run, info: ArticleInfo, lex: Lexicon) -> str | None:
    """'Sunderand' in an article about Sunderland: one letter off a club the article names."""
    if r.size != 1 or len(r.norms[0]) < 6:
        return None
    w = r.norms[0]
    hits = set()
    for key, ent in info.ents.items():
        if ent.kind != "club":
            continue
        names = {" ".join(norm_phrase(f)) for f in ent.forms} | {" ".join(norm_phrase(ent.name))}
        for name in names:
            if " " not in name and abs(len(name) - len(w)) <= 1 and Levenshtein.distance(name, w, score_cutoff=1) <= 1:
                hits.add(key)
    return next(iter(hits)) if len(hits) == 1 else None


# a lower-case article opening a quoted nickname in another language ('known as "el Flaco"')
_NICK_ARTICLES = frozenset({"el", "la", "il", "lo", "o", "os", "le", "les", "der", "die", "das"})


_KNOW_VERBS = frozenset({"known", "knows", "know", "calls", "call"})


def _after_known_as(toks: list[Tok], i: int) -> bool:
    """'known (in Brazil) (simply) as X', 'was born X', 'nicknamed X'."""
    k = i
    words = []
    while k > 0 and len(words) < 6 and toks[k].sep != HARD:
        k -= 1
        words.append(toks[k].norm)
    words.reverse()
    if words in ([], ["the"]) and k > 0 and toks[k].sep == HARD and toks[k - 1].sent == toks[k].sent \
            and toks[k - 1].norm in ("nicknamed", "dubbed", "nickname"):
        return True               # 'nicknamed "the Tank"', 'by his nickname "Tank"': a quoted nickname
    if (words in ([], ["the"]) or (len(words) == 1 and words[0] in _NICK_ARTICLES and not toks[k].cap)) \
            and k > 1 and toks[k].sep == HARD and toks[k - 1].sent == toks[k].sent \
            and toks[k - 1].norm == "as" and any(toks[q].norm in _KNOW_VERBS and toks[q].sent == toks[k].sent
                                                 for q in range(max(0, k - 10), k - 1)):
        return True               # "known as 'Murph' in the dressing room": a quoted nickname; "known to
        #                           everyone in town simply as 'X'", "the striker the whole city knows as 'X'"
    if len(words) >= 2 and words[-1] == "born" and words[-2] in ("was", "is", "been", "who"):
        return True
    if words and (words[-1] in ("nicknamed", "dubbed") or (words[-1] == "nickname" and len(words) >= 2
                                                            and words[-2] in ("his", "her", "the", "by", "whose"))):
        return True
    if len(words) >= 3 and words[-1] == "is" and words[-2] == "name" and words[-3] in ("full", "real", "birth", "given"):
        return True               # "whose full name is X", "his real name is X": the same person
    if words and words[-1] == "as" and ("known" in words or "knows" in words or "know" in words):
        return True               # "the striker every supporter in town knows simply as X"
    if len(words) >= 2 and (words[-1] in ("calls", "call") and words[-2] in _CALLERS
                            or words[-1] in ("him", "her") and words[-2] in ("calls", "call")):
        return True               # "the playmaker everyone simply calls X", "what the fans call him, X"
    return False


# who "calls" a player by a name: "the playmaker everyone simply calls X" (not "Klopp calls Salah")
_CALLERS = frozenset({"simply", "everyone", "everybody", "fans", "supporters", "locals", "teammates",
                      "team-mates", "all", "affectionately", "still", "just"})


_NICK_OPEN = re.compile(r"\s*(?:[\u2013\u2014(]|--)\s*[\"\u201c\u2018']$")
_NICK_CLOSE = re.compile(r"^[\"\u201d\u2019']")


def _quoted_nick_after_name(toks: list[Tok], r: Run, body: str) -> bool:
    """'Jean Okafor – "Tank" to his team-mates – ...', 'Jean Okafor ("Tank")': a quoted word set off by
    a dash or a bracket straight after a capitalised name is that person's nickname."""
    i = r.i
    if r.size > 2 or i < 1 or toks[i].sep != HARD or not toks[i - 1].cap or toks[i - 1].sent != toks[i].sent:
        return False
    gap = body[toks[i - 1].poss_end:toks[i].start]
    if len(gap) > 6 or not _NICK_OPEN.match(gap):
        return False
    return bool(_NICK_CLOSE.match(body[r.end:r.end + 1]))


def _by_sent(info: ArticleInfo) -> dict[int, list[LocalMention]]:
    idx: dict[int, list[LocalMention]] = {}
    for m in info.mentions:
        idx.setdefault(m.sent, []).append(m)
    return idx


def _club_known_as(info: ArticleInfo, r: Run, toks: list[Tok], body: str, by_sent: dict):
    """'Persib, known to their supporters as Maung Bandung, are ...': the club the apposition follows."""
    for m in by_sent.get(toks[r.i].sent, []):
        if m.key and m.end <= r.start and info.ents[m.key].kind == "club":
            gap = body[m.end:r.start]
            if gap.lstrip().startswith(",") and "known" in gap and len(gap) < 60 and "," not in gap.strip()[1:]:
                return ("ent", m.key)
    return None


def _last_person_before(info: ArticleInfo, r: Run, toks: list[Tok]):
    """The last person named in the six sentences before the run's (whom a "he" there means)."""
    sent = toks[r.i].sent
    best = None
    for m in info.mentions:
        if m.key and m.key.startswith("name:") and info.ents[m.key].kind == "name" and m.end <= r.start \
                and sent - 6 <= m.sent < sent \
                and (best is None or m.start > best[0]):
            best = (m.start, ("ent", m.key))
    return best[1] if best else None


def _subject_before(info: ArticleInfo, r: Run, toks: list[Tok], by_sent: dict):
    """The first person mention or description earlier in the same sentence."""
    sent = toks[r.i].sent
    best = None
    for m in by_sent.get(sent, []):
        if m.end <= r.start and m.key and info.ents[m.key].kind == "name":
            if best is None or m.start < best[0]:
                best = (m.start, ("ent", m.key))
    for di, d in enumerate(info.descs):
        if d.sent > sent:
            break
        if d.sent == sent and d.end <= r.start and d.target != "club":
            if best is None or d.start < best[0]:
                best = (d.start, ("desc", di))
    return best[1] if best else None


def _elder_younger(toks: list[Tok], r: Run) -> str | None:
    """'the elder Berhe', 'the younger Berhe': which of two who share a surname ("elder" or "younger")."""
    if r.i < 2 or toks[r.i].sep != SPACE or toks[r.i - 1].sep != SPACE or toks[r.i - 2].norm != "the":
        return None
    w = toks[r.i - 1].norm
    return "elder" if w in ("elder", "older") else "younger" if w == "younger" else None


def _pick_elder(cands: list[str], info: ArticleInfo, elder: str) -> str | None:
    """"the elder Berhe" of a father and his son the player: the one who is no player ("the younger":
    the player); None when both or neither are players (two brothers: resolve.py's sibling rule)."""
    ents = info.ents
    pref = [k for k in cands if (ents[k].cues.person > ents[k].cues.player) == (elder == "elder")]
    return pref[0] if len(pref) == 1 and len(cands) == 2 else None


def _pick(cands: list[str], r: Run, cues: Cues, info: ArticleInfo, last_bare: dict) -> str:
    """Two people share a surname: context, then who was named last, then the earlier one."""
    if len(cands) == 1:
        return cands[0]
    ents = info.ents
    if cues.role:
        pref = [k for k in cands if ents[k].cues.role or ents[k].cues.person > ents[k].cues.player]
        if len(pref) == 1:
            return pref[0]
    if cues.position:
        pref = [k for k in cands if ents[k].cues.player >= ents[k].cues.person and not ents[k].cues.role]
        if len(pref) == 1:
            return pref[0]
    seen = [k for k in cands if ents[k].first < r.start]
    if len(seen) == 1:
        return seen[0]
    if r.norms in last_bare and last_bare[r.norms] in cands:
        return last_bare[r.norms]
    pool = seen or cands
    return min(pool, key=lambda k: ents[k].first)
