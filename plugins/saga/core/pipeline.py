"""The whole extraction, in the order its steps depend on each other."""
from __future__ import annotations

import datetime as dt
import gc
import hashlib

from . import datafiles
from .cache import ExtractionCache, memo, no_cycle_collector, text_key, using
from .entities import extract_entities_with_warnings
from .model import Article, Corpus
from .parallel import workers
from .quotes import extract_quotes
from .sagas import build_sagas
from .text import normalise
from .timeline import extract_timeline


def body_key(article: Article) -> str:
    """Two articles with the same key say the same thing, whatever their quotes or spacing."""
    return hashlib.sha1(normalise(article.body).encode("utf-8")).hexdigest()


def mark_duplicates(articles: list[Article]) -> list[Article]:
    """Set `duplicate_of` on repeats; the earliest dated (then first by source) is kept.

    Returns the articles that are not duplicates, in their original order.
    """
    first: dict[str, Article] = {}
    order = sorted(articles, key=lambda a: (a.date is None, a.date or dt.date.min, a.source))
    for art in order:
        # normalising a whole body costs more than hashing it: the key is kept between builds
        keep = first.setdefault(memo("pipeline.body", text_key(art.body), lambda art=art: body_key(art)), art)
        art.duplicate_of = None if keep is art else keep.id
    return [a for a in articles if a.duplicate_of is None]


def extract(articles: list[Article], overrides: dict | None = None,
            cache: ExtractionCache | None = None, processes: int | None = None) -> Corpus:
    """Run every step over `articles` (sorted by source for stable output).

    With a `cache`, per-article results of an earlier build are reused where the article (and
    what a step depends on) is unchanged; the output is the same either way. Per-article work
    runs on up to `processes` cores (default: all).
    """
    with using(cache or ExtractionCache()), workers(processes), no_cycle_collector():
        return _extract(sorted(articles, key=lambda a: a.source), overrides)


def release_tables() -> None:
    """Drop the tables extraction builds from the data files (clubs, names, calendars: some 50 MB
    with the world's clubs), for a build that extracts no more and renders and indexes its pages
    next. Extracting again builds them again."""
    datafiles.release_tables()
    gc.collect()


def _extract(articles: list[Article], overrides: dict | None) -> Corpus:
    live = mark_duplicates(articles)
    entities, mentions, warnings = extract_entities_with_warnings(live, overrides)
    quotes = extract_quotes(live, mentions, entities)
    timeline = extract_timeline(live, mentions, entities, quotes)
    by_id = {a.id: a for a in live}
    for art_id, (iso, reason) in timeline.inferred_dates.items():
        art = by_id[art_id]
        if art.date is None:
            art.date, art.date_basis, art.date_reason = dt.date.fromisoformat(iso), "inferred", reason
    sagas = build_sagas(live, entities, mentions)
    return Corpus(articles=articles, entities=entities, mentions=mentions, quotes=quotes,
                  events=timeline.events, sagas=sagas, warnings=warnings)
