"""Capitalised runs that may be people (or clubs the data file does not know).

A *part* is one name word, hyphen-joined pieces included ("Marc-André", "Mensah-Bonsu",
"Do-yeon"); a *run* is consecutive parts separated by single spaces, with lower-case
particles allowed inside ("Ruben van der Berkhof"). Known names (clubs, outlets, places) are
cut out before runs are built, so a run is always something the data files do not know.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import Lexicon
from .tokens import HYPHEN, POSS, SOFT, SPACE, Tok


# particles that may open a surname written without the first name: "van Dijk", "de Jong"
MAX_PARTS = 7
LEADING_PARTICLES = {"van", "von", "der", "den", "de", "da", "dos", "das", "di", "del", "della", "degli", "du",
                     "des", "le", "la", "ter", "ten", "vom", "zur", "ap"}
# the Arabic article written lower case and hyphen-fused to a surname: "al-Mansouri", "el-Sayed"
FUSED_ARTICLES = {"al", "el"}
# a lower-case patronymic word that ends a Central Asian / Caucasian name: "Nurlan Azamat uulu" (son of
# Azamat), "Aigerim Bakyt kyzy", "Rashad Ali oglu"; like Icelandic -son, part of the surname
PATRONYMIC_TAILS = frozenset({"uulu", "kyzy", "ogly", "oglu", "qizi", "gyzy", "kizi", "uly", "uli", "qyzy"})
# a Romance article alone is never a name: "La" of "La Florida" when the rest is a known place
LONE_ARTICLES = {"la", "el", "los", "las", "il", "gli"}


@dataclass(slots=True)
class Run:
    i: int                     # first token
    j: int                     # one past the last token
    parts: list[tuple[int, int]]   # token spans of each part
    norms: tuple[str, ...]     # normalised parts ("marc-andre", "van", "der", "berkhof")
    texts: tuple[str, ...]     # parts as written
    start: int
    end: int

    @property
    def size(self) -> int:
        return len(self.norms)


# elided particles fused to a capitalised surname: "d'Ambrosio", "dell'Olio", "l'Hermitte"
_ELIDED = {"d", "l", "dell", "dall", "nell", "sull", "degl", "all", "de"}


def elided(t: Tok) -> bool:
    """"dell'Olio", "d'Amico": a lower-case particle and apostrophe before a capitalised name."""
    w = t.text
    if t.cap or len(w) < 3:
        return False
    for k in range(1, min(len(w) - 1, 5)):
        if w[k] in "'\u2019\u02bc":
            return w[:k].lower() in _ELIDED and w[k + 1].isupper()
    return False


def capish(t: Tok) -> bool:
    """Capitalised, or a name that opens with an elided particle ("dell'Olio")."""
    return t.cap or elided(t)


# one romanised Chinese syllable, the lower-case second half of a given name: "Wen-hsiung", "Chih-chuang"
_SYLLABLE = re.compile(r"(?:ch|hs|sh|zh|ts|tz|[bcdfghjklmnpqrstwxyz])h?[aeiou]{1,3}(?:ng|n|r)?$")

_AGE_GROUPS = frozenset(("u", "under", "sub", "covid", "euro", "euros", "mk", "mig", "f"))


def _namey(t: Tok, lex: Lexicon) -> bool:
    if not t.text[0].isalpha():
        return False
    return t.cap or elided(t)


def _patronymic(toks: list[Tok], i: int) -> bool:
    """"uulu" of "Nurlan Azamat uulu": a lower-case patronymic word straight after a capitalised name."""
    t = toks[i]
    return not t.cap and t.norm in PATRONYMIC_TAILS and i > 0 and t.sep == SPACE and toks[i - 1].cap \
        and not toks[i - 1].poss


def build_parts(toks: list[Tok], covered: list[bool], lex: Lexicon) -> list[tuple[int, int]]:
    """Token spans of name parts: capitalised words, hyphen pieces merged."""
    parts: list[tuple[int, int]] = []
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        if covered[i] or not (_namey(t, lex) or t.norm in lex.particles or _patronymic(toks, i)):
            i += 1
            continue
        j = i + 1
        if (t.norm in FUSED_ARTICLES and not t.cap and j < n and toks[j].sep == HYPHEN and toks[j].cap
                and not covered[j]):
            # "al-Mansouri": the article and the surname are one name part
            j += 1
            while j < n and toks[j].sep == HYPHEN and not covered[j] and toks[j].cap:
                j += 1
            parts.append((i, j))
            i = j
            continue
        if _namey(t, lex):
            while j < n and toks[j].sep == HYPHEN and not covered[j] and toks[j].text[0].isalpha():
                nt = toks[j]
                if nt.cap or ((len(nt.norm) <= 5 or _SYLLABLE.match(nt.norm)) and nt.norm not in lex.hyphen_tails
                              and not toks[j - 1].poss):
                    j += 1
                else:
                    break
            if j < n and j == i + 1 and toks[j].sep == HYPHEN and not covered[j] and t.cap and len(t.norm) >= 2 \
                    and t.norm not in _AGE_GROUPS and 2 <= len(toks[j].text) <= 4 and toks[j].text.isdigit() and \
                    (j + 1 >= n or toks[j + 1].sep != HYPHEN):
                j += 1            # "PK-35", "KuPS-77": a club's name with its founding year hyphen-joined
            # "Anfield-based": a capitalised word followed by a descriptive tail is not a name part
            if j < n and toks[j].sep == HYPHEN and toks[j].norm in lex.hyphen_tails:
                i = j + 1
                continue
            if i > 0 and t.sep == HYPHEN and not toks[i - 1].cap:
                # "ex-Celtic", "non-English": the capitalised tail of a lower-case word
                i = j
                continue
        parts.append((i, j))
        i = j
    return parts


def build_runs(toks: list[Tok], parts: list[tuple[int, int]], body: str, lex: Lexicon) -> list[Run]:
    """Group parts into runs; particles only inside a run, before a capitalised part."""
    runs: list[Run] = []
    cur: list[tuple[int, int]] = []

    def capish(t: Tok, part: tuple[int, int] | None = None) -> bool:
        # a fused "al-Mansouri" part counts as capitalised
        if t.cap or elided(t):
            return True
        if part is not None and part[1] - part[0] == 1 and part[0] > 0 and t.norm in PATRONYMIC_TAILS \
                and _patronymic(toks, part[0]):
            return True
        return part is not None and part[1] - part[0] >= 2 and t.norm in FUSED_ARTICLES

    def flush() -> None:
        # drop particles at the end; keep leading particles before a surname ("van Dijk", "Van Dijk")
        while cur and not capish(toks[cur[-1][0]], cur[-1]):
            cur.pop()
        while cur and not capish(toks[cur[0][0]], cur[0]) and toks[cur[0][0]].norm not in LEADING_PARTICLES:
            cur.pop(0)
        if len(cur) > MAX_PARTS:
            cur.clear()           # a Title Case headline or a list, not a name
        elif len(cur) == 1 and cur[0][1] - cur[0][0] == 1 and toks[cur[0][0]].norm in LONE_ARTICLES:
            cur.clear()
        if cur:
            i, j = cur[0][0], cur[-1][1]
            norms = tuple("-".join(toks[k].norm for k in range(a, b - 1 if _honorific_tail(toks, a, b) else b))
                          for a, b in cur)
            texts = tuple(body[toks[a].start:toks[b - 1].poss_end if x + 1 < len(cur) and toks[b - 1].poss
                               and toks[b - 1].poss_end else toks[b - 1].end] + (
                               (" &" if _ampersand(toks, cur[x + 1][0], body) else ".")
                               if x + 1 < len(cur) and toks[cur[x + 1][0]].sep == SOFT else "")
                          for x, (a, b) in enumerate(cur))        # "St." keeps its point, "&" its sign
            runs.append(Run(i, j, list(cur), norms, texts, toks[i].start, toks[j - 1].end))
        cur.clear()

    prev_end_tok = -1
    skip_from = -1
    for a, b in parts:
        t = toks[a]
        joins = bool(cur) and a == prev_end_tok and (not toks[a - 1].poss or _saint_poss(toks, cur, t)) and \
            (t.sep in (SPACE, POSS) or (t.sep == SOFT and toks[a - 1].norm == "st" and toks[a - 1].cap)
             or (t.sep == SOFT and t.cap and toks[a - 1].cap and _ampersand(toks, a, body))
             or (t.sep == SOFT and t.cap and all(_initial(toks, x, y, body) for x, y in cur)
                 and _after_initial(toks, cur[0][0], a, lex)))
        #       ("B. Ganbold", "Ts. Enkhbayar": a given name's initial, then the name)
        #       ("SKN St. Pölten": the point of "St." does not end a name; "Dagenham & Redbridge" one name)
        if cur and not joins and t.sep == SOFT and t.cap and a == prev_end_tok and len(cur) >= 2 and \
                _initial(toks, *cur[-1], body) and not toks[cur[-2][1] - 1].poss and \
                _after_initial(toks, cur[-1][0], a, lex):
            # "Coach Ts. Enkhbayar", "Agent B. Tuul": the initial opens a name of its own; after a given
            # name it is a middle initial ("Prince T. Doe-Karnga", "Samuel K. Mensah")
            if not _middle_initial(toks, cur, lex):
                last = cur.pop()
                flush()
                cur.append(last)
            joins = True
        if cur and not joins:
            flush()
        if (not capish(t, (a, b)) or not t.cap and t.norm in PATRONYMIC_TAILS) and not cur \
                and t.norm not in LEADING_PARTICLES:
            # a lower-case particle can only continue a run ("van Dijk" excepted)
            prev_end_tok = b
            continue
        if not cur and not capish(t, (a, b)) and a > 0 and a != prev_end_tok and t.sep == SPACE and \
                not toks[a - 1].poss and (toks[a - 1].cap or toks[a - 1].text[:1].isdigit()):
            # "Liga de Primera", "Estádio 25 de Abril": a lower-case particle right after a known name
            # or a number continues that name or date, it does not open a surname
            skip_from = b
            prev_end_tok = b
            continue
        if not cur and skip_from == a and t.sep == SPACE:
            skip_from = b          # the rest of that name ("Primera", "Abril") is no person either
            prev_end_tok = b
            continue
        cur.append((a, b))
        prev_end_tok = b
        if toks[b - 1].poss and not (len(cur) == 2 and toks[cur[0][0]].norm == "st" and toks[cur[0][0]].cap
                                     and b < len(toks) and toks[b].cap and toks[b].sep == POSS):
            flush()
    flush()
    if any(not toks[r.i].cap and toks[r.i].norm in _ROMANCE_OF for r in runs):
        runs = _drop_inner_particle_runs(runs, toks)
    return runs


_ROMANCE_OF = frozenset({"de", "du", "des", "la", "le", "d"})


def _drop_inner_particle_runs(runs: list[Run], toks: list[Tok]) -> list[Run]:
    """"Fédération de football de la République islamique de Mauritanie": a particle-led run ("de la
    République") inside a longer French or Spanish name, after lower-case words and another "de" that go
    back to a capitalised word, is a piece of that name (an institution's), not a surname ("de Jong")."""
    kept: list[Run] = []
    dropped: set[int] = set()
    for r in runs:
        if not toks[r.i].cap and toks[r.i].norm in _ROMANCE_OF and r.i > 0 and toks[r.i].sep == SPACE:
            k, steps, particle = r.i - 1, 0, False
            while k >= 0 and steps < 5 and not toks[k].cap and toks[k + 1].sep == SPACE \
                    and toks[k].text[:1].isalpha():
                particle = particle or toks[k].norm in _ROMANCE_OF
                steps += 1
                k -= 1
            if steps and k >= 0 and toks[k].cap and toks[k + 1].sep == SPACE and not toks[k].poss \
                    and (particle or k in dropped):
                dropped.update(range(r.i, r.j))
                continue
        kept.append(r)
    return kept


# Latin spellings of one Cyrillic / Mongolian letter, written as a two-letter initial: "Ts. Enkhbayar"
INITIAL_DIGRAPHS = frozenset({"ts", "kh", "sh", "ch", "zh", "ya", "yu", "ye", "yo", "gh", "dz"})


def _initial(toks: list[Tok], a: int, b: int, body: str) -> bool:
    """Is part (a, b) a given name's initial with its point: "B." of "B. Ganbold", "Ts." of "Ts. Enkhbayar"?"""
    if b - a != 1:
        return False
    t = toks[a]
    w = t.text
    if not (len(w) == 1 and w.isupper() or len(w) == 2 and w[0].isupper() and w[1].islower()
            and t.norm in INITIAL_DIGRAPHS):
        return False
    return body[t.end:t.end + 1] == "."


# capitalised words a letter completes: "Group C. Nothing changed", "Plan B. Smith said"
_LETTER_HOLDERS = frozenset({"group", "pool", "plan", "section", "zone", "division", "class", "grade", "category",
                             "type", "block", "stand", "gate", "row", "level", "tier", "series", "serie", "liga",
                             "ligue", "league", "conference", "vitamin", "option", "phase", "stage", "lot"})


def _after_initial(toks: list[Tok], i: int, a: int, lex: Lexicon) -> bool:
    """May the word at `a` follow the initial at `i` as a name ("B. Ganbold"), not a new sentence after a
    letter that completes a word before it ("Group C. Nothing")?"""
    if toks[a].norm in lex.stopwords:
        return False
    return not (i > 0 and toks[i].sep == SPACE and toks[i - 1].norm in _LETTER_HOLDERS)


def _middle_initial(toks: list[Tok], cur: list[tuple[int, int]], lex: Lexicon) -> bool:
    """The initial ending `cur` follows one given name, no role or title ("Prince T.", not "Coach Ts.")."""
    if len(cur) < 2 or cur[-2][1] - cur[-2][0] != 1:
        return False
    w = toks[cur[-2][0]]
    n = w.norm
    if not w.cap or w.upper or len(n) < 3 or n in lex.stopwords or n in lex.honorifics or n in lex.non_name:
        return False
    one = (n,)
    return not (one in lex.person_roles or one in lex.positions or one in lex.player_words or one in lex.club_heads)


# Japanese honorific suffixes hyphen-joined to a name: "Morimoto-san" is Morimoto
HONORIFIC_TAILS = {"san", "kun", "sama", "chan", "senshu", "sensei"}


def _honorific_tail(toks: list[Tok], a: int, b: int) -> bool:
    return b - a >= 2 and toks[b - 1].sep == HYPHEN and toks[b - 1].norm in HONORIFIC_TAILS and \
        not toks[b - 1].cap and toks[b - 2].cap


def _ampersand(toks: list[Tok], a: int, body: str) -> bool:
    """Is token `a` joined to the word before by " & " ("Dagenham & Redbridge")?"""
    return a > 0 and body[toks[a - 1].poss_end:toks[a].start].strip() == "&"


def has_ampersand(r: Run, toks: list[Tok], body: str) -> bool:
    """Does the run hold an "&" between two of its words (a club's or a firm's name, not a person's)?"""
    return any(toks[a].sep == SOFT and _ampersand(toks, a, body) for a, _ in r.parts[1:])


def _saint_poss(toks: list[Tok], cur: list[tuple[int, int]], t: Tok) -> bool:
    """"St Kevin's Boys", "St Patrick's Athletic": a saint's possessive inside a club's name."""
    return len(cur) == 2 and toks[cur[0][0]].norm == "st" and toks[cur[0][0]].cap and t.cap
