"""Word tokens of an article body and the capitalised name runs among them.

The attribution step reads words around a quotation ("said Calheiros", "the Celtic manager
told"); this module gives it words with offsets and the names in the prose (never inside a
quotation), each with the few facts about its position that tell a subject from an object.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import lexicon

# A word: letters/digits joined by inner hyphens, apostrophes or dots (O'Neill, 24-year-old,
# don't); anything else is a one-character token. Each branch consumes at least one character
# and the joined groups cannot overlap, so this never backtracks.
_TOKEN = re.compile(r"\w+(?:['\-.]\w+)*|[^\w\s]")
_AGE = re.compile(r"\d+-year-old\Z")
PARTICLES = frozenset({"van", "von", "der", "den", "de", "da", "dos", "das", "do", "di", "del",
                       "della", "le", "la", "du", "des", "ter", "ten", "bin", "ibn", "al", "el",
                       "mac", "st", "y", "e"})
_JOINED_PARTICLES = frozenset({"al", "el", "ul", "ad", "ar", "as", "at", "az", "an", "ash", "ed", "es",
                               "bin", "ben", "ibn", "abu", "bou", "ould", "ag", "ait"})
SENTENCE_END = frozenset(".!?")
ABBREVIATIONS = frozenset({"st", "mr", "mrs", "ms", "dr", "no", "jr", "sr", "vs", "v", "fc", "prof"})


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    lower: str
    para: int
    in_quote: bool = False

    @property
    def cap(self) -> bool:
        t = self.text
        if t[:1].isupper():
            return True
        # "el-Mismari", "al-Tarhouni", "bin-Salem": a lower-case particle joined to a capitalised
        # name is a capitalised name word
        h = t.find("-", 1, 5)
        return h > 0 and t[h + 1:h + 2].isupper() and t[:h] in _JOINED_PARTICLES

    @property
    def word(self) -> bool:
        return self.text[:1].isalnum()

    @property
    def possessive(self) -> bool:
        return self.lower.endswith("'s")

    @property
    def bare(self) -> str:
        """The word without a possessive 's."""
        return self.text[:-2] if self.possessive else self.text


@dataclass(slots=True)
class NameRun:
    first: int            # token index of the first word
    last: int             # token index of the last word
    start: int            # body offsets of the name (possessive 's excluded)
    end: int
    text: str
    para: int
    possessive: bool      # "Celtic's" / "Moffat's": a modifier, not the subject
    after_prep: bool      # "a bid from Wolves": an object
    after_det: bool       # "the Saints": a description
    before_role: bool     # "Benfica coach ...": names the employer, not a person
    sentence_start: bool


def tokenize(folded: str, para_spans: list[tuple[int, int]]) -> list[Token]:
    """All tokens of the (quote-folded) body, each with its paragraph index."""
    toks: list[Token] = []
    for k, (ps, pe) in enumerate(para_spans):
        for m in _TOKEN.finditer(folded, ps, pe):
            t = m.group()
            toks.append(Token(m.start(), m.end(), t, t.lower(), k))
    return toks


# league words after an ordinal's full stop ("1. Lig", "2. Bundesliga", "3. Liga", "1. division")
_ORDINAL_LEAGUES = frozenset({"lig", "liga", "ligue", "league", "bundesliga", "division", "divisjon", "divisionen",
                              "divisjonen", "deild", "liiga", "divizia", "divize", "divízió", "klasa", "lyga",
                              "līga", "liiga", "snl", "hnl", "mnl", "mfl", "bgl", "fnl", "pfl"})
_LABEL_DASHES = frozenset("\u2013\u2014-")
_LABEL_WORDS = 5          # tokens of a date or time label before its dash ("Monday 3 June –")


def is_sentence_end(toks: list[Token], i: int) -> bool:
    """Does token `i` end a sentence (a full stop that is not an abbreviation's, or the dash after a
    paragraph's date or time label: "3 June – X responds:", "14:05 – ")?"""
    t = toks[i]
    if t.text not in SENTENCE_END:
        return t.text in _LABEL_DASHES and _label_dash(toks, i)
    if t.text != "." and i + 1 < len(toks) and toks[i + 1].text == "," and toks[i + 1].para == t.para:
        return False              # "the sports daily Lance!, insisting": a name's mark, not an end
    if t.text == "." and i > 0:
        prev = toks[i - 1]
        if prev.end == t.start and (prev.lower in ABBREVIATIONS or (len(prev.text) == 1 and prev.text.isalpha())):
            return False
        if prev.end == t.start and len(prev.text) == 1 and prev.text.isdigit() and i + 1 < len(toks) and \
                toks[i + 1].lower in _ORDINAL_LEAGUES and (i < 2 or not toks[i - 2].text[:1].isdigit()):
            return False          # "the Trendyol 1. Lig", "the 2. Bundesliga": an ordinal, not an end
    return True


def _label_dash(toks: list[Token], i: int) -> bool:
    """Is the dash at `i` the end of a date or time label opening its paragraph ("3 June –",
    "July 4, 2025 —", "14:05 -"): numbers and capitalised words only, a number among them?"""
    para = toks[i].para
    p = i
    while p > 0 and toks[p - 1].para == para:
        p -= 1
        if i - p > _LABEL_WORDS:
            return False
    if p == i:
        return False
    digit = False
    for k in range(p, i):
        x = toks[k].text
        if x[:1].isdigit():
            digit = True
        elif not (x[:1].isupper() or x in ",:./"):
            return False
    return digit


def is_age(word: str) -> bool:
    return bool(_AGE.match(word))


def name_like(tok: Token, lower_vocab: set[str], sentence_start: bool) -> bool:
    """A capitalised word that can belong to a person's or club's name."""
    if not tok.word or not tok.cap or tok.text[0].isdigit():
        return False
    lex = lexicon()
    if tok.bare.lower() in lex.not_names or tok.lower in lex.not_names or lex.role(tok.bare.lower()):
        return False
    if sentence_start and tok.bare.lower() in lower_vocab:
        return False              # "Speaking", "Asked": a capital only because it starts a sentence
    return True


def name_runs(toks: list[Token], lower_vocab: set[str], named: frozenset[int] = frozenset()) -> list[NameRun]:
    """Runs of capitalised words (with name particles) outside quotations, in text order.
    `named`: start offsets of words the entity step read as part of a person's name ("head coach
    Even Strømsnes": "Even" is a word, but here a first name)."""
    lex = lexicon()
    runs: list[NameRun] = []
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        starts = i == 0 or toks[i - 1].para != t.para or is_sentence_end(toks, i - 1) or toks[i - 1].text in "\"'"
        if starts and t.start not in named and _opening_participle(toks, i):
            i += 1                # "Looking back at the summer, ...": a participle, not a name
            continue
        if t.in_quote or not (name_like(t, lower_vocab, starts) or (t.start in named and t.cap) or
                              (t.lower in PARTICLES and _particle_leads(toks, i, lower_vocab)) or
                              (t.lower in _DUTCH_LEADS and _dutch_article(toks, i + 1, lower_vocab))):
            i += 1
            continue
        j = i
        while j + 1 < n and not toks[j].possessive and toks[j + 1].para == t.para and not toks[j + 1].in_quote:
            nxt = toks[j + 1]
            if name_like(nxt, lower_vocab, False) or _elided_particle(nxt):
                j += 1
            elif nxt.text == "." and nxt.start == toks[j].end and len(toks[j].text) == 1 and toks[j].cap and \
                    j > i and j + 2 < n and toks[j + 2].para == t.para and not toks[j + 2].in_quote and \
                    name_like(toks[j + 2], lower_vocab, False):
                j += 2            # "Prince T. Doe-Karnga": a middle initial inside the name
            elif nxt.lower in PARTICLES and _particle_leads(toks, j + 1, lower_vocab):
                j += 1
            elif nxt.lower in _DUTCH_LEADS and not nxt.cap and _dutch_article(toks, j + 2, lower_vocab):
                j += 3            # "Marco in 't Veld", "Joop van 't Schip": a particle, then "'t"
            elif _dutch_article(toks, j + 1, lower_vocab):
                j += 2            # "Bram 't Hart"
            else:
                break
        # a run never ends on a particle
        while j > i and toks[j].lower in PARTICLES and not toks[j].cap:
            j -= 1
        i = _after_title(toks, i, j, lex, named)     # "President of | Soccer Operations Rashid X"
        t = toks[i]
        last = toks[j]
        text_end = last.end - 2 if last.possessive else last.end
        prev = toks[i - 1] if i > 0 and toks[i - 1].para == t.para else None
        nxt = toks[j + 1] if j + 1 < n and toks[j + 1].para == t.para else None
        runs.append(NameRun(
            first=i, last=j, start=t.start, end=text_end, text="", para=t.para,
            possessive=last.possessive or (nxt is not None and nxt.text == "'" and nxt.start == last.end
                                           and last.lower.endswith("s")),
            after_prep=prev is not None and prev.lower in lex.prepositions,
            after_det=prev is not None and prev.lower in ("the", "a", "an"),
            before_role=nxt is not None and lex.role(nxt.lower) is not None and not last.possessive,
            sentence_start=starts))
        i = j + 1
    return runs


# words after a sentence-opening participle ("Looking back", "Speaking to", "Reflecting on")
_PARTICIPLE_NEXT = frozenset({"back", "ahead", "forward", "at", "to", "on", "about", "into", "after", "over",
                              "through", "towards", "toward", "with", "from", "around", "for", "out"})


def _opening_participle(toks: list[Token], i: int) -> bool:
    """A capitalised "-ing" word opening a sentence, a particle or preposition after it ("Looking
    back at the summer, the player ..."): a participle, never a name (unlike "Fleming said")."""
    t = toks[i]
    return len(t.text) > 5 and t.lower.endswith("ing") and i + 1 < len(toks) and \
        toks[i + 1].para == t.para and toks[i + 1].lower in _PARTICIPLE_NEXT and not toks[i + 1].cap


def _elided_particle(tok: Token) -> bool:
    """A surname with an elided particle inside a name ("Benoit d'Aubert-Lys", "Ugo dell'Orto")."""
    t = tok.text
    k = t.find("'")
    return 0 < k <= 3 and k + 1 < len(t) and t[k + 1].isupper() and t[:k].lower() in ("d", "l", "dell")


def _after_title(toks: list[Token], i: int, j: int, lex, named: frozenset[int] = frozenset()) -> int:
    """The run's first word after a capitalised job title that began before it ("President of Soccer
    Operations Rashid X": the run "Soccer Operations Rashid X" starts at "Rashid"), or where the entity
    step reads a person's name to start ("Head of Football Operations Sameer X": at "Sameer")."""
    k = i - 1                 # ("Head of Football Operations": capitalised field words that are no name)
    while k > 0 and i - k <= 3 and toks[k].cap and toks[k].word and toks[k].para == toks[i].para:
        k -= 1
    if named and k > 0 and toks[k].lower == "of" and toks[k].para == toks[i].para:
        for p in range(i + 1, j + 1):
            if toks[p].start in named:
                return p
    if i < 2 or toks[i - 1].lower != "of" or j - i < 2:
        return i
    for p in range(i, j - 1):
        for s in range(max(0, i - 3), i - 1):
            if toks[s].para == toks[i].para and lex.role(" ".join(t.lower for t in toks[s:p + 1])) is not None:
                return p + 1
    return i


# Dutch particles before the elided article "'t" / "'s" inside a surname ("in 't Veld", "van 't Schip")
_DUTCH_LEADS = frozenset({"in", "van", "op", "uit", "aan", "ver"})


def _dutch_article(toks: list[Token], k: int, lower_vocab: set[str]) -> bool:
    """Do tokens k, k+1 spell the elided Dutch article "'t" (or "'s") joined, with a name word after it?"""
    if k + 2 >= len(toks) or toks[k].text not in ("'", "\u2019") or toks[k + 1].lower not in ("t", "s"):
        return False
    a, b, c = toks[k], toks[k + 1], toks[k + 2]
    return b.start == a.end and c.start > b.end and a.para == b.para == c.para and \
        (k == 0 or toks[k - 1].end < a.start) and name_like(c, lower_vocab, False)


def _particle_leads(toks: list[Token], i: int, lower_vocab: set[str]) -> bool:
    """A lower-case particle belongs to a name when capitalised name words follow it."""
    j = i + 1
    while j < len(toks) and j - i <= 3 and toks[j].para == toks[i].para:
        if toks[j].lower in PARTICLES and not toks[j].cap:
            j += 1
            continue
        return name_like(toks[j], lower_vocab, False)
    return False
