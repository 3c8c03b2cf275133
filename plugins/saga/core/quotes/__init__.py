"""Direct quotes, their speakers, merged across articles, ranked.

PLACEHOLDER until the quotes issue lands: finds nothing.
"""
from __future__ import annotations

from ..model import Article, Entity, Mention, Quote


def extract_quotes(articles: list[Article], mentions: list[Mention], entities: list[Entity]) -> list[Quote]:
    return []
