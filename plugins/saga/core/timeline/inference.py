"""Publication dates for undated articles, inferred from what they repeat of dated ones.

An undated article that prints the same quote or the same sentence as a dated article was
published around that article's date. The evidence is counted per dated article; the
strongest (then the latest) wins, and the reason names it. Nothing is inferred without such
evidence: an article that shares nothing stays undated.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter

from rapidfuzz import fuzz, process

from ..model import Article, Quote
from .lexicon import norm_text, sentence_spans

MIN_SENTENCE = 40      # shorter sentences ("He added:") are too common to be evidence
SAME_SENTENCE = 90     # rapidfuzz ratio (0-100) for "the same sentence, re-spelled"
ROUNDS = 3             # an article dated by inference can date another in the next round


def _long_sentences(article: Article) -> list[str]:
    out = []
    for s, e in sentence_spans(article.body):
        norm = norm_text(article.body[s:e])
        if len(norm) >= MIN_SENTENCE:
            out.append(norm)
    return out


def infer_dates(articles: list[Article], quotes: list[Quote]) -> dict[str, tuple[str, str]]:
    """{article id: (ISO date, reason)} for undated articles the corpus dates."""
    dates: dict[str, dt.date] = {a.id: a.date for a in articles if a.date}
    by_id = {a.id: a for a in articles}
    undated = [a for a in articles if a.date is None]
    if not undated or not dates:
        return {}
    sents = {a.id: _long_sentences(a) for a in articles}
    quote_arts = [{s.article for s in q.sources} for q in quotes if len({s.article for s in q.sources}) > 1]
    inferred: dict[str, tuple[str, str]] = {}
    for _ in range(ROUNDS):
        changed = False
        choices, owners = [], []
        for art_id in dates:
            for s in sents.get(art_id, []):
                choices.append(s)
                owners.append(art_id)
        for art in undated:
            if art.id in inferred:
                continue
            evidence: Counter = Counter()
            for arts in quote_arts:
                if art.id in arts:
                    for other in arts:
                        if other in dates and other != art.id:
                            evidence[other] += 1
            for s in sents[art.id]:
                hit = process.extractOne(s, choices, scorer=fuzz.ratio, score_cutoff=SAME_SENTENCE)
                if hit is not None:
                    evidence[owners[hit[2]]] += 1
            if not evidence:
                continue
            best = max(evidence, key=lambda k: (evidence[k], dates[k], k))
            n, src = evidence[best], by_id[best]
            what = "sentence or quote" if n == 1 else "sentences or quotes"
            reason = (f"repeats {n} {what} of {src.source} (dated {dates[best].isoformat()}), "
                      f"so taken as published around then")
            inferred[art.id] = (dates[best].isoformat(), reason)
            dates[art.id] = dates[best]
            changed = True
        if not changed:
            break
    return inferred
