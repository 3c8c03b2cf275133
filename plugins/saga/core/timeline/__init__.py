"""Dated events from temporal expressions, merged across articles.

PLACEHOLDER until the timeline issue lands: finds nothing.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Article, Entity, Event, Mention, Quote


@dataclass
class Timeline:
    events: list[Event] = field(default_factory=list)
    # article id -> (ISO date, reason) for undated articles whose date the corpus implies
    inferred_dates: dict[str, tuple[str, str]] = field(default_factory=dict)


def extract_timeline(articles: list[Article], mentions: list[Mention], entities: list[Entity],
                     quotes: list[Quote]) -> Timeline:
    return Timeline()
