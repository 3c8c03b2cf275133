"""A short readable summary of a dated sentence: the clause around the date, trimmed."""
from __future__ import annotations

import re

MAX_SUMMARY = 140
_CLAUSE = re.compile(r",\s+|;\s+|\s+[-\u2013\u2014]\s+|:\s+")
_EDGE = "\"'\u2018\u2019\u201c\u201d "
ELLIPSIS = "\u2026"
_LABEL = re.compile(r"(?:Q|A|Question|Answer)\s*[:.\-\u2013]\s+")


def summarise(sentence: str, start: int, end: int, limit: int = MAX_SUMMARY) -> str:
    """The sentence if short; else whole clauses around `sentence[start:end]` up to `limit`
    characters; a single over-long clause becomes a window of words around the date."""
    text = sentence.strip(_EDGE)
    shift = len(sentence) - len(sentence.lstrip(_EDGE))
    start = min(max(0, start - shift), len(text))
    end = min(max(start, end - shift), len(text))
    label = _LABEL.match(text)
    if label and label.end() <= start:          # an interview's "Q:" / "A:" is no part of what happened
        text, start, end = text[label.end():], start - label.end(), end - label.end()
    if len(text) <= limit:
        return _tidy(text)
    cuts = sorted({0, len(text), *(m.end() for m in _CLAUSE.finditer(text))})
    lo = max(c for c in cuts if c <= start)
    hi = min(c for c in cuts if c >= end)
    while True:
        right = [c for c in cuts if c > hi]
        left = [c for c in cuts if c < lo]
        if right and right[0] - lo <= limit:
            hi = right[0]
        elif left and hi - left[-1] <= limit:
            lo = left[-1]
        else:
            break
    piece = text[lo:hi]
    if len(piece) <= limit:
        return _tidy(piece) + (ELLIPSIS if hi < len(text) else "")
    mid = (start + end) // 2 - lo
    a = max(0, min(mid - limit // 2, len(piece) - limit))
    b = a + limit
    window = piece[a:b]
    if a > 0:
        window = ELLIPSIS + re.sub(r"^\S*\s+", "", window)
    if b < len(piece) or hi < len(text):
        window = re.sub(r"\s+\S*$", "", window) + ELLIPSIS
    return _tidy(window)


def _tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(_EDGE + ",;:")
    return text[:1].upper() + text[1:] if text else text
