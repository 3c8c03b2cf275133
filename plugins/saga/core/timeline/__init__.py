"""Dated events from temporal expressions, merged across articles.

Steps: infer publication dates for undated articles (inference), find and resolve each
article's temporal expressions against its date (expressions + football, cached per text and
anchor), then turn dated sentences into events merged across articles (events, facts).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..model import Article, Entity, Event, Mention, Quote
from .events import Dated, build_events, dated_sentences
from .expressions import TimeExpr, find_time_expressions, prefetch_expressions
from .inference import infer_dates

__all__ = ["Timeline", "extract_timeline", "find_time_expressions", "TimeExpr"]


@dataclass
class Timeline:
    events: list[Event] = field(default_factory=list)
    # article id -> (ISO date, reason) for undated articles whose date the corpus implies
    inferred_dates: dict[str, tuple[str, str]] = field(default_factory=dict)


def extract_timeline(articles: list[Article], mentions: list[Mention], entities: list[Entity],
                     quotes: list[Quote]) -> Timeline:
    """Events (with sources, entities, disagreements) and inferred dates for `articles`."""
    kinds = {e.id: e.kind for e in entities}
    inferred = infer_dates(articles, quotes, mentions, kinds)
    anchored = []
    for art in articles:
        if art.date is not None:
            anchored.append((art, art.date, "stated"))
        elif art.id in inferred:
            anchored.append((art, dt.date.fromisoformat(inferred[art.id][0]), "inferred"))
        else:
            anchored.append((art, None, "stated"))
    prefetch_expressions([(art.body, anchor) for art, anchor, _ in anchored])
    dated: list[Dated] = []
    for art, anchor, basis in anchored:
        dated += dated_sentences(art, anchor, basis)
    return Timeline(events=build_events(dated, articles, mentions, kinds), inferred_dates=inferred)
