"""Publication dates for undated articles, inferred from what they repeat of dated ones.

An undated article that prints the same quote or the same sentence as a dated article was
published around that article's date. The evidence is counted per dated article; the
strongest (then the latest) wins, and the reason names it. Nothing is inferred without such
evidence: an article that shares nothing stays undated.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter

from rapidfuzz import fuzz, process

from ..cache import keep, lookup
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


_NOTHING: frozenset[str] = frozenset()


class _Choices:
    """Sentences of dated articles, article by article in list order, and who wrote each.

    `best(query)` gives the owner of what `process.extractOne` would pick from all their
    sentences in that order (the best score, the first such sentence), cheaper:

    - a sentence printed word for word is found without scoring (only the same text scores 100);
    - otherwise each article's best score for the query is kept in the extraction cache, so a
      later build scores the query only against articles it has not seen (one new article costs
      one article's worth of scoring, not the whole corpus). Combining the articles' best
      scores in list order, the first strictly better one winning, is the same choice.
    """

    def __init__(self, tag: str) -> None:
        self.tag = tag                                  # which round: the cache key includes it
        self.arts: list[tuple[str, str, list[str]]] = []      # (article id, content key, sentences)
        self.first: dict[str, str] = {}
        self._order: dict[str, int] | None = None
        self._keys: frozenset[str] | None = None
        self._todo: dict[int, tuple] = {}

    def add(self, texts: list[str], owner: str) -> None:
        digest = hashlib.sha1("\x1f".join(texts).encode("utf-8", "surrogatepass")).hexdigest()
        self.arts.append((owner, f"{owner}\x00{digest}", texts))
        for t in texts:
            self.first.setdefault(t, owner)

    def _unscanned(self, scanned: frozenset[str]) -> tuple[list[str], list[str]]:
        """Sentences (and their articles' keys) of the articles `scanned` lacks, in list order,
        each text once (a repeat cannot beat its first printing); worked out once per distinct
        `scanned` (every query of a build shares one)."""
        got = self._todo.get(id(scanned))
        if got is None or got[0] is not scanned:
            texts, keys, seen = [], [], set()
            for _, key, sents in self.arts:
                if key not in scanned:
                    for t in sents:
                        if t not in seen:
                            seen.add(t)
                            texts.append(t)
                            keys.append(key)
            got = self._todo[id(scanned)] = (scanned, texts, keys)
        return got[1], got[2]

    def best(self, query: str) -> str | None:
        """The owner of the sentence `query` repeats, if any."""
        at = self.first.get(query)
        if at is not None:
            return at
        if not self.arts:
            return None
        if self._order is None:
            self._order = {key: n for n, (_, key, _) in enumerate(self.arts)}
            self._keys = frozenset(self._order)
        # Kept from the last build: the articles scored then, and the best of them (score, key).
        saved = lookup("infer-sentence", (self.tag, query))
        scanned, found = saved if saved else (_NOTHING, None)
        if found is not None and found[1] not in self._order:
            scanned, found = _NOTHING, None          # the best one is gone: score them all again
        texts, keys = self._unscanned(scanned)
        if texts:
            hit = process.extractOne(query, texts, scorer=fuzz.ratio, score_cutoff=SAME_SENTENCE)
            if hit is not None:
                new = (hit[1], keys[hit[2]])
                if found is None or new[0] > found[0] or (
                        new[0] == found[0] and self._order[new[1]] < self._order[found[1]]):
                    found = new
        keep("infer-sentence", (self.tag, query), (self._keys, found))
        return None if found is None else self.arts[self._order[found[1]]][0]


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
    fresh = _Choices("1")
    for art_id in dates:
        fresh.add(sents.get(art_id, []), art_id)
    for n_round in range(ROUNDS):
        changed = False
        round_choices = fresh
        fresh = _Choices(str(n_round + 2))
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
