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


class _Choices:
    """Sentences of dated articles, in the order they were added, and who wrote each.

    `best` gives what `process.extractOne` gives on the whole list (the best score, the first
    such sentence in list order), cheaper: a sentence printed again is scored once (its first
    printing comes first, so it wins any tie), and a sentence printed word for word is found
    without scoring at all (only the same text scores 100).
    """

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.owners: list[str] = []
        self.first: dict[str, int] = {}

    def add(self, texts: list[str], owner: str) -> None:
        for t in texts:
            if t not in self.first:
                self.first[t] = len(self.texts)
                self.texts.append(t)
                self.owners.append(owner)

    def best(self, query: str) -> str | None:
        """The owner of the sentence `query` repeats, if any."""
        at = self.first.get(query)
        if at is not None:
            return self.owners[at]
        if not self.texts:
            return None
        hit = process.extractOne(query, self.texts, scorer=fuzz.ratio, score_cutoff=SAME_SENTENCE)
        return None if hit is None else self.owners[hit[2]]


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
    # An article left undated in one round had no sentence matching any choice of that
    # round, so the next round need only look among the sentences added since (the result is
    # the same as searching all of them: a new sentence is after every older one in the list).
    fresh = _Choices()
    for art_id in dates:
        fresh.add(sents.get(art_id, []), art_id)
    for _ in range(ROUNDS):
        changed = False
        round_choices = fresh
        fresh = _Choices()
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
                owner = round_choices.best(s)
                if owner is not None:
                    evidence[owner] += 1
            if not evidence:
                continue
            best = max(evidence, key=lambda k: (evidence[k], dates[k], k))
            n, src = evidence[best], by_id[best]
            what = "sentence or quote" if n == 1 else "sentences or quotes"
            reason = (f"repeats {n} {what} of {src.source} (dated {dates[best].isoformat()}), "
                      f"so taken as published around then")
            inferred[art.id] = (dates[best].isoformat(), reason)
            dates[art.id] = dates[best]
            fresh.add(sents.get(art.id, []), art.id)
            changed = True
        if not changed:
            break
    return inferred
