"""Dated events from temporal expressions, merged across articles.

Steps: infer publication dates for undated articles (inference), find and resolve each
article's temporal expressions against its date (expressions + football, cached per text and
anchor), then turn dated sentences into events merged across articles (events, facts).
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field

from ..model import Article, Entity, Event, Mention, Quote
from .events import Dated, build_events, dated_sentences
from .expressions import TimeExpr, find_time_expressions, prefetch_expressions
from .inference import infer_dates
from .lexicon import lexicon

__all__ = ["Timeline", "extract_timeline", "find_time_expressions", "TimeExpr"]

_WORD = re.compile(r"[a-z]+")


@dataclass
class Timeline:
    events: list[Event] = field(default_factory=list)
    # article id -> (ISO date, reason) for undated articles whose date the corpus implies
    inferred_dates: dict[str, tuple[str, str]] = field(default_factory=dict)


def extract_timeline(articles: list[Article], mentions: list[Mention], entities: list[Entity],
                     quotes: list[Quote]) -> Timeline:
    """Events (with sources, entities, disagreements) and inferred dates for `articles`."""
    kinds = {e.id: e.kind for e in entities}
    month_only: set[str] = set()
    inferred = infer_dates(articles, quotes, mentions, kinds, month_only)
    anchored = []
    for art in articles:
        if art.date is not None:
            anchored.append((art, art.date, "stated"))
        elif art.id in inferred:
            anchored.append((art, dt.date.fromisoformat(inferred[art.id][0]), "inferred"))
        else:
            anchored.append((art, None, "stated"))
    prefetch_expressions([(art.body, anchor) for art, anchor, _ in anchored])
    names = _person_spans(mentions, kinds)
    dated: list[Dated] = []
    for art, anchor, basis in anchored:
        found = dated_sentences(art, anchor, basis)
        spans = names.get(art.id)
        if spans:                           # "Sunday" inside "Sunday Oyelaran": a name, not a day
            found = [d for d in found if not _inside(spans, d.expr.start, d.expr.end)]
        if art.id in month_only:            # "on Tuesday" from a stand-in day would be a made-up day
            found = [d for d in found if not _counts_from_the_day(d.expr)]
        dated += found
    return Timeline(events=build_events(dated, articles, mentions, kinds), inferred_dates=inferred)


def _person_spans(mentions: list[Mention], kinds: dict[str, str]) -> dict[str, tuple[list[int], list[int]]]:
    """Per article, the (starts, ends) of its player and person mentions, sorted by start."""
    by_art: dict[str, list[tuple[int, int]]] = {}
    for m in mentions:
        if kinds.get(m.entity) in ("player", "person"):
            by_art.setdefault(m.article, []).append((m.start, m.end))
    out = {}
    for art, spans in by_art.items():
        spans.sort()
        ends, top = [], -1
        for _, e in spans:                  # running maximum: any earlier span reaching this far
            top = max(top, e)
            ends.append(top)
        out[art] = ([st for st, _ in spans], ends)
    return out


def _inside(spans: tuple[list[int], list[int]], start: int, end: int) -> bool:
    """Does a name span cover [start, end)? A weekday that is a person's (first) name."""
    starts, ends = spans
    i = bisect.bisect_right(starts, start) - 1
    return i >= 0 and ends[i] >= end


def _counts_from_the_day(ex: TimeExpr) -> bool:
    """A day or week found by counting from the article's day ("on Tuesday", "next week"), not
    one the text names ("1 July", whose year alone comes from the article's date)."""
    if not ex.relative or ex.kind not in ("day", "week"):
        return False
    lx = lexicon()
    return not (any(c.isdigit() for c in ex.text)
                or any(w in lx.months or w in lx.month_abbreviations for w in _WORD.findall(ex.text.lower())))
