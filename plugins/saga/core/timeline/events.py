"""Dated sentences -> timeline events, merged across articles.

Per article (cacheable: depends on the text and anchor only): each resolved temporal
expression gives one dated sentence. Across articles: dated sentences with the same date that
say the same thing become one Event citing every source; an undated sentence elsewhere that
plainly reports the same happening is added as a corroboration (its `date_text` is empty:
that article does not state the date, so it is no source of the date). Facts the reports
disagree on are flagged.
"""
from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import chain

from ..model import Article, Event, EventSource, Mention
from ..text import fold
from .expressions import TimeExpr, find_time_expressions
from .facts import disagreements
from .lexicon import lexicon, norm_text, norm_word, sentence_spans
from .summary import summarise

MERGE_SIMILARITY = 0.5          # idf-weighted share of content words, same date, two articles
MERGE_WITH_ENTITY = 0.34        # lower bar when the sentences also name a common entity
CORROBORATE_SIMILARITY = 0.5    # an undated sentence joining an event needs more
CORROBORATE_RARE_WORDS = 3      # ... and this many shared words that are rare in the corpus,
CORROBORATE_RARE_PAIR_WORDS = 2  # or a shared rare pair of words ("illegal approach") and this many
ATTACH_CORROBORATIONS = True
NAME_WEIGHT = 0.3               # a shared name says who, not what: it counts for less


@dataclass
class Dated:
    """One dated sentence of one article (the unit of the per-article step)."""
    article: str
    expr: TimeExpr
    start: int                  # sentence span in the article body
    end: int
    sentence: str
    basis: str                  # "stated" | "inferred"


@dataclass
class _Cluster:
    date: str
    items: list[Dated] = field(default_factory=list)
    extra: list[EventSource] = field(default_factory=list)


def dated_sentences(article: Article, anchor: dt.date | None, basis: str) -> list[Dated]:
    """Every resolved expression of one article with its sentence; one per (sentence, value)."""
    spans = sentence_spans(article.body)
    starts = [s for s, _ in spans]          # sorted, non-overlapping: find the sentence by bisection
    out: list[Dated] = []
    seen: set[tuple[int, str]] = set()
    for ex in find_time_expressions(article.body, anchor):
        if ex.value is None:
            continue
        i = bisect.bisect_right(starts, ex.start) - 1
        s, e = spans[i] if i >= 0 and ex.start < spans[i][1] else (ex.start, ex.end)
        if (s, ex.value) in seen:
            continue
        seen.add((s, ex.value))
        out.append(Dated(article.id, ex, s, e, article.body[s:e],
                         basis if ex.relative else "stated"))
    return out


_TOKEN = re.compile(r"[^\W_]+(?:['.][^\W_]+)*", re.UNICODE)


def content_words(sentence: str, forms: dict[str, str | None] | None = None) -> frozenset[str]:
    """Words that carry a sentence's meaning, plus adjacent pairs of lower-case ones
    ("illegal approach", written "illegal_approach"): names pair up too easily to count.

    No stop words, months, weekdays or short words. A capitalised word after the first is
    written with a leading "^": it names who is involved, not what happened. `forms` keeps each
    spelling's word (None: not a content word) for the next sentence: a corpus repeats them.
    """
    if forms is None:
        forms = {}
    words: set[str] = set()
    prev = None
    for i, raw in enumerate(_TOKEN.findall(fold(sentence))):
        w = forms.get(raw, "")
        if w == "":
            w = forms[raw] = _form(raw)
        if w is None:
            prev = None
            continue
        lower = not raw[:1].isupper()
        words.add(w if lower or i == 0 else "^" + w)
        if prev and lower:
            words.add(f"{prev}_{w}")
        prev = w if lower else None
    return frozenset(words)


def _form(raw: str) -> str | None:
    """One spelling's content word, or None for a stop word, month, weekday or short word."""
    lx = lexicon()
    w = norm_word(raw)
    if w in lx.stopwords or w in lx.months or w in lx.weekdays or (
            len(w) < 3 and not any(c.isdigit() for c in w)):
        return None
    return w[:-1] if w.endswith("s") and len(w) > 4 else w


class _Similarity:
    """Idf-weighted overlap of content words between sentences of the corpus."""

    def __init__(self, texts: list[str]):
        self.df: dict[str, int] = defaultdict(int)
        self.cache: dict[str, frozenset[str]] = {}
        self._forms: dict[str, str | None] = {}
        for t in texts:
            for w in self.words(t):
                self.df[w] += 1
        self.n = max(len(texts), 1)
        self._idf: dict[str, float] = {}
        self._total: dict[str, float] = {}
        self._rare: dict[str, tuple[str, ...]] = {}

    def words(self, text: str) -> frozenset[str]:
        got = self.cache.get(text)
        if got is None:
            got = self.cache[text] = content_words(text, self._forms)
        return got

    def idf(self, w: str) -> float:
        got = self._idf.get(w)
        if got is None:
            weight = math.log((self.n + 1) / (self.df.get(w, 0) + 1)) + 0.1
            got = self._idf[w] = weight * NAME_WEIGHT if w.startswith("^") else weight
        return got

    def total(self, text: str) -> float:
        """The weight of all of a sentence's words (cached: each sentence meets many others)."""
        got = self._total.get(text)
        if got is None:
            got = self._total[text] = math.fsum(self.idf(w) for w in self.words(text))
        return got

    def is_rare(self, w: str) -> bool:
        return not w.startswith("^") and self.df.get(w, 0) <= max(3, self.n // 20)

    def rare(self, text: str) -> tuple[str, ...]:
        """A sentence's rare words, in `words` order (cached: the blocking indexes ask often)."""
        got = self._rare.get(text)
        if got is None:
            got = self._rare[text] = tuple(w for w in self.words(text) if self.is_rare(w))
        return got

    def score(self, a: str, b: str) -> tuple[float, int, int]:
        """(shared weight / smaller sentence's weight, shared rare words, shared rare pairs)."""
        wa, wb = self.words(a), self.words(b)
        shared = wa & wb
        if not shared:
            return 0.0, 0, 0
        rare = [w for w in shared if self.is_rare(w)]
        pairs = sum(1 for w in rare if "_" in w)
        smaller = min(self.total(a), self.total(b))
        return math.fsum(self.idf(w) for w in shared) / max(smaller, 1e-9), len(rare) - pairs, pairs


class _MentionIndex:
    """Each article's mentions sorted by start, so a sentence finds its own by bisection."""

    def __init__(self, by_article: dict[str, list[Mention]]):
        self.sorted: dict[str, list[tuple[int, int, Mention]]] = {}
        self.starts: dict[str, list[int]] = {}
        self.named: dict[tuple[str, int, int], list[str]] = {}     # _entities_in, per span
        for art, ms in by_article.items():
            rows = sorted(((m.start, n, m) for n, m in enumerate(ms)), key=lambda r: r[:2])
            self.sorted[art] = rows
            self.starts[art] = [r[0] for r in rows]

    def within(self, article: str, start: int, end: int) -> list[Mention]:
        """Mentions inside [start, end], in the order the article's mention list has them."""
        starts = self.starts.get(article, [])
        lo, hi = bisect.bisect_left(starts, start), bisect.bisect_right(starts, end)
        rows = [r for r in self.sorted.get(article, [])[lo:hi] if r[2].end <= end]
        return [m for _, _, m in sorted(rows, key=lambda r: r[1])]


def _entities_in(article: str, start: int, end: int, index: _MentionIndex) -> list[str]:
    """The entities named in a span, first mention first (cached per span: a sentence is asked
    about again for every event it might join; callers never change the list)."""
    key = (article, start, end)
    out = index.named.get(key)
    if out is None:
        out = []
        for m in index.within(article, start, end):
            if m.entity not in out:
                out.append(m.entity)
        index.named[key] = out
    return out


class _Stories:
    """Whether two articles tell the same story: they name a common player (when kinds are
    known), else at least two common entities; with no mentions at all there is no telling."""

    def __init__(self, by_article: dict[str, list[Mention]], kinds: dict[str, str] | None):
        self.named = {art: {m.entity for m in ms} for art, ms in by_article.items()}
        self.players = {art: {e for e in named if (kinds or {}).get(e) == "player"}
                        for art, named in self.named.items()}
        self.kinds = kinds
        self._same: dict[tuple[str, str], bool] = {}

    def players_of(self, named: set[str]) -> set[str]:
        return {e for e in named if self.kinds.get(e) == "player"} if self.kinds else set()

    def other_players(self, a: set[str], b: set[str]) -> bool:
        """Both name players, and not the same ones: two happenings, whatever clubs they share."""
        pa, pb = self.players_of(a), self.players_of(b)
        return bool(pa and pb and not pa & pb)

    def same(self, a: str, b: str) -> bool:
        """(Cached per pair: a pair of articles is asked about again for many sentences.)"""
        key = (a, b)
        got = self._same.get(key)
        if got is None:
            got = self._same[key] = self._same_story(a, b)
        return got

    def _same_story(self, a: str, b: str) -> bool:
        if not self.named.get(a) or not self.named.get(b):
            return True
        if self.kinds and self.players.get(a) and self.players.get(b):
            return bool(self.players[a] & self.players[b])
        return len(self.named[a] & self.named[b]) >= 2


def _find(parent: dict[int, int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def date_sort_key(value: str | None) -> tuple[int, int, int]:
    """Chronological order of ISO values of any precision (a season sorts at 1 August).

    "2011-12" is read as the month, the season's label being the same text.
    """
    try:
        if value and "-W" in value:
            y, w = value.split("-W")
            d = dt.date.fromisocalendar(int(y), int(w), 1)
            return (d.year, d.month, d.day)
        nums = [int(p) for p in (value or "").split("-")]
        if len(nums) == 2 and nums[1] > 12:
            return (nums[0], 8, 1)
        nums += [0, 0]
        return (nums[0], nums[1], nums[2])
    except ValueError:
        return (9999, 99, 99)


def _period_start(value: str) -> dt.date | None:
    y, m, d = date_sort_key(value)
    try:
        return dt.date(y, max(m, 1), max(d, 1))
    except ValueError:
        return None


def _corroborate(clusters, dated: list[Dated], articles: list[Article],
                 all_sentences: dict[str, list[tuple[int, int, str]]], sim: "_Similarity",
                 mention_index: "_MentionIndex", stories: _Stories) -> None:
    """Add to each cluster the best matching undated sentence of each other article.

    Candidates come from an index of rare words, so the cost grows with the matches, not with
    (events x sentences).
    """
    dated_spans = {(d.article, d.start) for d in dated}
    art_date = {a.id: a.date for a in articles}
    # the index holds each undated sentence's number in `rows` (small ints count faster than
    # tuples; numbers and sentences are one to one, so first-seen order is the same)
    rows: list[tuple[str, int, int, str]] = []
    index: dict[str, list[int]] = defaultdict(list)
    for art_id, sents in all_sentences.items():
        for s, e, text in sents:
            if (art_id, s) in dated_spans:
                continue
            rare = sim.rare(text)
            if not rare:
                continue
            n = len(rows)
            rows.append((art_id, s, e, text))
            for w in rare:
                index[w].append(n)
    for cl in clusters:
        # Counter counts in C, in first-seen order: one call over every posting list
        counts = Counter(chain.from_iterable(index.get(w, ()) for d in cl.items for w in sim.rare(d.sentence)))
        cands = [rows[cand] for cand, n in counts.items() if n >= CORROBORATE_RARE_PAIR_WORDS]
        if not cands:
            continue
        in_cluster = {d.article for d in cl.items}
        cluster_named = {x for d in cl.items for x in _entities_in(d.article, d.start, d.end, mention_index)}
        cluster_players = stories.players_of(cluster_named)
        begins = _period_start(cl.date)
        best: dict[str, tuple] = {}
        for art_id, s, e, text in cands:
            if art_id in in_cluster:
                continue
            if begins:
                day = art_date.get(art_id)
                if day and day < begins:
                    continue
            named = set(_entities_in(art_id, s, e, mention_index))
            if named and cluster_named and not named & cluster_named:
                continue                        # a like sentence about other players and clubs
            if cluster_players:                 # (stories.other_players, the cluster's side once)
                theirs = stories.players_of(named)
                if theirs and not theirs & cluster_players:
                    continue
            if not (named and cluster_named) and not any(stories.same(art_id, d.article) for d in cl.items):
                continue
            score, rare, pairs = max(sim.score(d.sentence, text) for d in cl.items)
            if not (score >= CORROBORATE_SIMILARITY and rare >= CORROBORATE_RARE_WORDS
                    or pairs >= 1 and rare >= CORROBORATE_RARE_PAIR_WORDS):
                continue
            if art_id not in best or score > best[art_id][0]:
                best[art_id] = (score, s, e, text)
        for art_id in sorted(best):
            _, s, e, text = best[art_id]
            cl.extra.append(EventSource(art_id, text, "", s, e))


def build_events(dated: list[Dated], articles: list[Article], mentions: list[Mention],
                 kinds: dict[str, str] | None = None) -> list[Event]:
    """Group dated sentences into events (merging across articles) and flag disagreements."""
    by_article: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_article[m.article].append(m)
    index = _MentionIndex(by_article)
    stories = _Stories(by_article, kinds)
    all_sentences = {a.id: [(s, e, a.body[s:e]) for s, e in sentence_spans(a.body)] for a in articles}
    sim = _Similarity([t for sents in all_sentences.values() for _, _, t in sents])

    # 1. same date + same happening + different articles -> one cluster (union-find)
    parent = {i: i for i in range(len(dated))}
    art_of = [d.article for d in dated]
    by_date: dict[str, list[int]] = defaultdict(list)
    for i, d in enumerate(dated):
        by_date[d.expr.value].append(i)
    for idxs in by_date.values():
        per_article: dict[str, list[int]] = defaultdict(list)   # only pairs across articles count:
        for i in idxs:                                           # one long article costs no pairs
            per_article[dated[i].article].append(i)
        if len(per_article) < 2:
            continue
        # Candidate pairs share an entity or a rare word: blocking keeps a busy date (a month
        # that hundreds of articles mention) from costing every pair of its sentences. Two
        # sentences that both name entities merge only if they share one, so a rare word pairs
        # a sentence only with those that name none.
        ents = {i: set(_entities_in(dated[i].article, dated[i].start, dated[i].end, index)) for i in idxs}
        by_entity: dict[str, list[int]] = defaultdict(list)
        by_word: dict[str, list[int]] = defaultdict(list)
        for i in idxs:
            for k in ents[i]:
                by_entity[k].append(i)
            for w in sim.rare(dated[i].sentence):
                by_word[w].append(i)
        # Each sentence meets the later ones it may merge with, each once. Clusters are the
        # connected pairs, whatever order they are joined in: a pair already in one cluster
        # needs no score.
        later: dict[int, set[int]] = defaultdict(set)
        for members in by_entity.values():
            for p, x in enumerate(members[:-1]):
                later[x].update(members[p + 1:])
        for members in by_word.values():
            bare = [i for i in members if not ents[i]]
            if not bare:
                continue
            for p, x in enumerate(members[:-1]):
                later[x].update(members[p + 1:] if not ents[x] else bare[bisect.bisect_right(bare, x):])
        players = {i: stories.players_of(ents[i]) for i in idxs}
        for x, ys in later.items():
            ax, ex, px = art_of[x], ents[x], players[x]
            for y in ys:
                if art_of[y] == ax:
                    continue
                ey, py = ents[y], players[y]
                if ex and ey and not ex & ey or px and py and not px & py:
                    continue                # they name different players (and clubs)
                if not (ex and ey) and not stories.same(ax, art_of[y]):
                    continue                # "that is all I can say today", in two other stories
                if _find(parent, x) == _find(parent, y):
                    continue
                a, b = dated[x], dated[y]
                score = sim.score(a.sentence, b.sentence)[0]
                if score >= MERGE_SIMILARITY or (ex & ey and score >= MERGE_WITH_ENTITY):
                    parent[_find(parent, x)] = _find(parent, y)
    clusters: dict[int, _Cluster] = {}
    for i, d in enumerate(dated):
        root = _find(parent, i)
        cl = clusters.get(root)
        if cl is None:
            cl = clusters[root] = _Cluster(d.expr.value)
        cl.items.append(d)

    # 2. undated sentences elsewhere that report the same happening
    if ATTACH_CORROBORATIONS:
        _corroborate(clusters.values(), dated, articles, all_sentences, sim, index, stories)

    # 3. clusters -> events
    events: list[Event] = []
    used_ids: set[str] = set()
    chain_end: dict[str, str] = {}              # repeated summaries: continue the hash chain
    order = {a.id: (a.date or dt.date.max, a.source) for a in articles}
    for cl in clusters.values():
        items = sorted(cl.items, key=lambda d: (order.get(d.article, (dt.date.max, "")), d.start))
        first = items[0]
        summary = summarise(first.sentence, first.expr.start - first.start, first.expr.end - first.start)
        sources = [EventSource(d.article, d.sentence, d.expr.text, d.start, d.end) for d in items]
        reports = sources + cl.extra            # what Event.reports gives: dated, then corroborating
        ents: list[str] = []
        for src in reports:
            for e in _entities_in(src.article, src.start, src.end, index):
                if e not in ents:
                    ents.append(e)
        basis = "stated" if any(d.basis == "stated" for d in items) else "inferred"
        base = "ev-" + hashlib.sha1(f"{cl.date}|{norm_text(summary)}".encode("utf-8")).hexdigest()[:12]
        eid = chain_end.get(base, base)         # ids before it in this chain are all taken
        while eid in used_ids:
            eid = "ev-" + hashlib.sha1(eid.encode("utf-8")).hexdigest()[:12]
        used_ids.add(eid)
        chain_end[base] = eid
        events.append(Event(id=eid, date=cl.date, summary=summary, entities=ents, sources=sources,
                            date_basis=basis, disagreements=disagreements(reports, by_article),
                            corroborations=cl.extra))
    events.sort(key=lambda ev: (date_sort_key(ev.date), ev.sources[0].article, ev.sources[0].start, ev.id))
    return events
