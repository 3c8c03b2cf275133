"""Headlines for articles that arrive without one (the seeds have none)."""
from __future__ import annotations

import re

from .text import sentences

# Where a long opening sentence can be cut and still read as a headline.
_CLAUSE = re.compile(
    r"\s*[,;:\u2013\u2014]\s+|\s+-\s+|\s+(?=(?:after|as|despite|because|while|but|although|though|"
    r"which|who|when|with|amid|following|before|since|until|whereas|so|and)\b)")

# A wire story's dateline is where and when it was filed, not what happened:
# "STOCKHOLM, Jan 14 (TT) - ", "COLUMBUS, Ohio – ", "GLASGOW, Aug 31 - ".
_DATELINE = re.compile(r"^[A-Z][A-Z.'\- ]{2,40}(?:,\s*[A-Z][A-Za-z.]*(?:\s+\d{1,2})?(?:\s*\([^()]{1,30}\))?"
                       r"|\s*\([^()]{1,30}\))\s*[-\u2013\u2014]\s+(?=\S)")


def headline(body: str, limit: int = 90) -> str:
    """The opening sentence, cut at the last clause boundary that fits `limit`.

    Falls back to the last whole word (with an ellipsis) when no clause fits;
    never cuts inside a word. Never empty: an opening of only punctuation is "Untitled article".
    """
    title = _headline(body, limit)
    return title if title.strip(" .,;:-\u2026") else "Untitled article"


def _headline(body: str, limit: int) -> str:
    spans = sentences(body)
    if not spans:
        return "Untitled article"
    first = body[spans[0][0]:spans[0][1]].strip()
    first = re.sub(r"\s+", " ", first)
    first = _DATELINE.sub("", first, count=1) or first
    if len(first) <= limit:
        return first.rstrip(".")
    best = None
    for m in _CLAUSE.finditer(first):
        if 30 <= m.start() <= limit:
            best = m.start()
    if best is not None:
        return first[:best].rstrip(" ,;:-")
    cut = first[:limit - 1]
    cut = cut[:cut.rfind(" ")] if " " in cut else cut
    return cut.rstrip(" ,;:-") + "\u2026"
