"""Text helpers every extraction step shares: normalisation and sentence spans."""
from __future__ import annotations

import re
import unicodedata

QUOTE_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                            "\u00a0": " ", "\u2013": "-", "\u2014": "-", "\u02bc": "'"})

# Abbreviations after which a full stop does not end a sentence.
_ABBREV = {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "v", "no", "nos", "approx", "etc",
           "inc", "ltd", "co", "mt", "prof", "gen", "fc", "u", "e.g", "i.e", "jan", "feb", "mar",
           "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
_END = re.compile(r"[.!?]+['\"\u2019\u201d)]*(?=\s+|$)")


_FOLD_PAIRS = tuple((chr(mark), plain) for mark, plain in QUOTE_FOLD.items())


def fold(text: str) -> str:
    """Curly quotes and dashes to ASCII; same length as the input, so offsets survive.

    One `str.replace` per mark present: many times cheaper than `str.translate` with a table
    on a whole body, and every step folds."""
    if text.isascii():
        return text
    for mark, plain in _FOLD_PAIRS:
        if mark in text:
            text = text.replace(mark, plain)
    return text


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _drop_combining(m: re.Match) -> str:
    return "".join(c for c in m.group() if not unicodedata.combining(c))


def strip_accents(text: str) -> str:
    if text.isascii():                  # nothing to decompose: the common case, made cheap
        return text
    # Only the non-ASCII runs can hold combining marks: look at those, leave the rest to re.
    return _NON_ASCII.sub(_drop_combining, unicodedata.normalize("NFKD", text))


def normalise(text: str) -> str:
    """A comparison key: folded quotes, no accents, case-folded, single spaces."""
    return re.sub(r"\s+", " ", strip_accents(fold(text)).casefold()).strip()


def sentences(body: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in `body`; paragraphs always end a sentence.

    Rule-based on purpose: linear time, no model, and it knows the abbreviations
    and initials news copy uses ("St. Mary's", "Mr.", "J. Smith").
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for para in body.split("\n\n"):
        start = 0
        for m in _END.finditer(para):
            end = m.end()
            if m.group().startswith("."):
                token = _last_word(para, start, end)
                if token in _ABBREV or (len(token) == 1 and token.isalpha()):
                    continue
                if token.isdigit() and len(token) <= 2:
                    head = _NEXT_WORD.match(para, end)
                    if head and head[1].lower() in _ORDINAL_HEADS:
                        continue                         # "the 3. Liga", "2. Bundesliga", "1. FC Köln"
            nxt = _NEXT.match(para, end)                 # the next sentence's first character
            if nxt and not (nxt[1].isupper() or nxt[1].isdigit() or nxt[1] in "\"'\u2018\u201c(\u2013-"):
                continue
            _add(spans, para, pos, start, end)
            start = end
        _add(spans, para, pos, start, len(para))
        pos += len(para) + 2
    return spans


_LAST_WORD = re.compile(r"([\w.]+)[.!?]*['\"\u2019\u201d)]*$")
_NEXT = re.compile(r"\s*(\S)")
_NEXT_WORD = re.compile(r"\s+(\w+)")
# German and Turkish ordinals name leagues and clubs: "3. Liga", "TFF 1. Lig", "1. FSV Mainz 05"
_ORDINAL_HEADS = {"liga", "bundesliga", "lig", "fc", "fsv", "sc", "ligue", "division", "divisie"}


def _last_word(para: str, start: int, end: int) -> str:
    """The word a sentence ends with (before its stop and closing marks), lower-cased.

    Searched in the sentence's last 64 characters: an end-anchored search over the whole
    sentence tries every position in it. A word that reaches the window's edge may be longer,
    so that rare case looks again at the whole sentence."""
    lo = max(start, end - 64)
    word = _LAST_WORD.search(para, lo, end)
    if word and word.start() == lo and lo > start:
        word = _LAST_WORD.search(para, start, end)
    return word.group(1).rstrip(".").lower() if word else ""


def _add(spans: list[tuple[int, int]], para: str, base: int, start: int, end: int) -> None:
    chunk = para[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    trail = len(chunk) - len(chunk.rstrip())
    if end - trail > start + lead:
        spans.append((base + start + lead, base + end - trail))


# "[01:25] ", "(12:04) ", "00:41 - ": a transcript's time stamp before a speaker's label
_STAMP = re.compile(r"[ \t]*[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]*(?:[-\u2013\u2014|][ \t]*)?")


def line_label_start(body: str, pos: int) -> bool:
    """Does a line start at pos, or only a time stamp stand before it on its line ("[00:41] TOM X:")?

    Where a transcript's turn label may stand; entities and quotes both ask (one answer for both)."""
    lo = max(0, pos - 24)             # a bounded look back: linear time on one endless line
    ls = body.rfind("\n", lo, pos) + 1
    if ls == 0 and lo > 0:
        return False
    return _STAMP.fullmatch(body, ls, pos) is not None or not body[ls:pos].strip()
