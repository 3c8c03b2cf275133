"""Word tokens with offsets: the one pass over an article every other step reads.

Linear time: one non-backtracking regex, then a loop. A word keeps an inner apostrophe
("O'Neill", "l'OM"); a trailing possessive ('s / ’s / s') is cut off and flagged, so
"Southampton's" is the token "Southampton" with `poss` set. Hyphens separate tokens but are
remembered (`sep == "-"`), so "ex-Celtic", "Marc-André" and "26-year-old" can be read either way.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..datafiles import on_release
from ..text import fold, strip_accents

_TOKEN = re.compile(r"[^\W_]+(?:['\u2019\u02bc][^\W_]+)*|\S")   # words and single marks (phrases)
_TRANSLIT = str.maketrans({"ß": "ss", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d",
                           "ł": "l", "Ł": "l", "þ": "th", "ı": "i", "œ": "oe", "Œ": "oe"})

# separators between two word tokens
SPACE, HYPHEN, SOFT, POSS, HARD = " ", "-", ".", "'", "|"


@dataclass(slots=True)
class Tok:
    start: int
    end: int          # end of the word, without a possessive
    text: str
    norm: str         # folded, accent-free, case-folded
    cap: bool         # starts with an upper-case letter
    upper: bool       # all capitals (BBC, PSV)
    poss: bool = False
    sep: str = HARD   # separator before: " ", "-", "." (soft: "St.Mary", "&"), "'" after a possessive, "|" hard
    sent: int = 0     # sentence number
    first: bool = False   # first word of its sentence or after an opening quote / colon
    poss_end: int = 0     # end including the possessive
    slash: bool = False   # joined to the word before by a bare "/" ("Bodø/Glimt"): hard, but a name may span it


_NORM_CACHE: dict[str, str] = {}
on_release(_NORM_CACHE.clear)           # word forms, mostly of the data files' names
_INNER_APOS = re.compile(r"(?<=[^\W_])'(?!s$)(?!(?:ll|re|ve|d|m|t)$)(?=[^\W_])")   # "We'll" is not "Well"


def norm_word(word: str) -> str:
    """The comparison form of one word: no accents, curly quotes folded, lower case."""
    hit = _NORM_CACHE.get(word)
    if hit is not None:
        return hit
    if word.isascii():
        out = word.lower()
    else:
        out = strip_accents(fold(word).translate(_TRANSLIT)).casefold().replace("\u02bc", "'")
    if "'" in out:
        # "N'Gakosso" is also written "Ngakosso": an apostrophe inside a name is not compared
        # (the possessive "'s" at the end and "O's", "U's" keep theirs)
        out = _INNER_APOS.sub("", out)
    if len(_NORM_CACHE) < 200_000:
        _NORM_CACHE[word] = out
    return out


def norm_phrase(text: str) -> tuple[str, ...]:
    """A phrase as the tuple of its word norms (punctuation dropped): the gazetteer key."""
    out = []
    for m in _TOKEN.finditer(text):
        w = m.group()
        if w[0].isalnum():
            n = norm_word(w)
            if n.endswith("'s") and len(n) > 2:
                n = n[:-2]
            out.append(n)
    return tuple(out)


# "'t" and "'s" alone, the Dutch articles inside names ("Van 't Hoog", "'s-Hertogenbosch"), are words
_WORD = re.compile(r"(?<![^\s(])['\u2019\u02bc][ts](?=[\s-])|[^\W_]+(?:['\u2019\u02bc][^\W_]+)*")
_OPENERS = set("\"\u201c\u2018':")


# click letters of Khoekhoe / Namibian names, written "!" or with their own signs: "!Gawises", "ǂKhomob"
_CLICKS = frozenset("!\u01c3\u01c0\u01c1\u01c2")
_CLICK_BEFORE = frozenset(" \n\t(\"'\u201c\u2018")
_SOFT_AFTER = frozenset("bcdfghjklmnprtvwxz")
_OPEN_SINGLE = re.compile(r"(?<![^\W_])['\u2018\u2019](?=[^\W\d_])")   # a single quote opening a word


def _soft_sign(body: str, prev: Tok) -> bool:
    """An apostrophe right after a capitalised name word ending in a consonant ("Vasyl'", "Dovhopol'",
    "Ochieng'"), unless it closes a single-quoted phrase opened earlier in the line ("'Big Ang' Miller")."""
    t = prev.text
    if not prev.cap or len(t) < 3 or t[-1] not in _SOFT_AFTER or prev.end != prev.start + len(t):
        return False
    lo = max(0, prev.start - 300, body.rfind("\n", max(0, prev.start - 300), prev.start) + 1)
    return _OPEN_SINGLE.search(body, lo, prev.start + 1) is None     # (+1: the quote may open this word)


def tokenize(body: str, sent_bounds: list[tuple[int, int]] | None = None) -> list[Tok]:
    """Word tokens of `body` with separators, sentence numbers and possessive flags."""
    toks: list[Tok] = []
    append = toks.append
    prev_end = 0
    bounds = sent_bounds or []
    si, nb = 0, len(bounds)
    last_sent = -1
    prev: Tok | None = None
    for m in _WORD.finditer(body):
        s, e = m.span()
        w = m.group()
        if s > 0 and body[s - 1] in _CLICKS and w[0].isupper() and (s == 1 or body[s - 2] in _CLICK_BEFORE):
            s -= 1                # "Rosalia !Gawises": a Khoekhoe click letter opens the surname
        after_open = prev is None
        if prev is None:
            sep = HARD
            gap = ""
        elif s == prev_end + 1 and body[prev_end] == " ":
            sep = POSS if prev.poss else SPACE
            gap = " "
        elif (gap := body[prev_end:s]) == " ":
            sep = POSS if prev.poss else SPACE
        elif gap == "-" or gap == "\u2010" or gap == "\u2011":
            sep = HARD if prev.poss else HYPHEN
        elif "\n" in gap:
            sep = HARD
            after_open = True
        else:
            g = gap.strip()
            if not g:
                sep = POSS if prev.poss else SPACE
            elif g == "." and (gap == "." or len(prev.norm) <= 2 or prev.norm in ("st", "fc")):
                sep = SOFT                                  # "St.Mary's", "St. Etienne", "1. FC Köln"
            elif g == "&":
                sep = SOFT
            elif g in ("'", "\u2019") and gap[0] == g and prev.norm == "o" and gap[1:] == " ":
                sep = SOFT                                  # "the Bit O' Red", "Man o' War": "o'" is "of"
            elif g in ("'", "\u2019") and gap[0] == g and prev.norm.endswith("s") and not prev.poss:
                prev.poss = True                            # "Juventus' Continassa", "St James' Park"
                prev.poss_end = prev.end + 1
                sep = POSS
            elif g in ("'", "\u2019") and gap == g + " " and _soft_sign(body, prev):
                prev.end += 1                               # "Vasyl' Marchuk", "Evans Ochieng' said": a
                prev.poss_end = prev.end                    # transliterated soft sign ends the word
                sep = SPACE
            else:
                sep = HARD
                if gap[0] in ("'", "\u2019") and gap[1:2] in (",", ".", ";", ":", ")") and _soft_sign(body, prev):
                    prev.end += 1                           # "Evans Ochieng', the secretary general,"
                    prev.poss_end = prev.end
                    g = gap[1:].strip()
                if any(c in _OPENERS for c in g):
                    after_open = True
        slash = gap == "/"
        poss = False
        end = e
        if len(w) > 2 and w[-1] in "sS" and w[-2] in "'\u2019\u02bc" and w[0].isalpha():
            end = e - 2
            poss = True
            w = w[:-2]
        while si < nb and bounds[si][1] <= s:
            si += 1
        first = after_open or si != last_sent
        last_sent = si
        cap = w[0].isupper()
        norm = _NORM_CACHE.get(w) or norm_word(w)
        tok = Tok(s, end, w, norm, cap, cap and len(w) > 1 and w.isupper(), poss, sep, si, first, e, slash)
        append(tok)
        prev = tok
        prev_end = e
    return toks
