"""One quote, many sources: the same words printed by several articles become one Quote.

Two printings match when their comparison keys (folded marks, no accents or punctuation, case
and small spelling variants like "OK"/"okay" ignored) are equal, when one is a cut of the
other, or when they differ only by a typo. The fullest printing becomes the quote's text.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz

from ..model import Quote, QuoteSource
from ..text import normalise
from .lexicon import lexicon

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
_SHINGLE = 4
_DIGITS = re.compile(r"\d+")       # a typo may differ, a number may not
_MAX_CANDIDATES = 200


@dataclass(slots=True)
class Found:
    """A quotation found in one article, attributed, before merging."""
    article: str
    start: int
    end: int
    text: str
    speaker: str | None
    speaker_name: str | None
    fragment: bool
    how: str = ""
    about: tuple[str, ...] = ()        # entity ids mentioned inside the quote
    kind: str | None = None            # the speaker's kind when known or guessed
    nest: str = ""                     # a quote and the quotes nested in it share this tag: never merged


def key(text: str) -> str:
    """The comparison key of a quote's text."""
    joined = " ".join(_WORD.findall(normalise(text).replace("%", " per cent "))).replace("'", "")
    for a, b in lexicon().variants.items():
        if a in joined:
            joined = re.sub(r"(?<!\w)" + re.escape(a) + r"(?!\w)", b, joined)
    return joined


def quote_id(text_key: str) -> str:
    """Stable id from the comparison key (`key`) of the fullest printing's text."""
    return "q-" + hashlib.sha1(text_key.encode("utf-8")).hexdigest()[:10]


def _compatible(a: Found, b: Found, short: bool) -> bool:
    """Two printings can be one quote unless they name different speakers: the same words from
    two people (a stock phrase, a club's boilerplate) are two quotes."""
    if a.speaker and b.speaker:
        return a.speaker == b.speaker
    if a.speaker_name and b.speaker_name:
        na, nb = normalise(a.speaker_name).split(), normalise(b.speaker_name).split()
        return not short or (na[-1:] == nb[-1:])
    return not short or (a.speaker_name is None and b.speaker_name is None)


@dataclass
class Merged:
    """A merged quote and what ranking needs to know about it."""
    quote: Quote
    about: tuple[str, ...]             # entity ids mentioned inside any printing
    kind: str | None                   # the speaker's kind, voted over printings


def merge(found: list[Found]) -> list[Merged]:
    """Cluster printings of the same quote across (and within) articles into Quotes."""
    keys = [key(f.text) for f in found]
    words = [k.split() for k in keys]
    lens = [len(k) for k in keys]
    padded = [f" {k} " for k in keys]             # "one is a cut of the other": whole words only
    digits = [_DIGITS.findall(k) for k in keys]
    parent = list(range(len(found)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    tags = [{f.nest} if f.nest else set() for f in found]
    fullest = list(range(len(found)))            # per root: its longest printing
    speakers = [{f.speaker} if f.speaker else set() for f in found]

    def same_words(a: int, b: int) -> bool:
        """One printing is a cut of the other, or they differ by a typo."""
        if lens[a] > lens[b]:
            a, b = b, a
        return padded[a] in padded[b] or (lens[a] > 0.8 * lens[b] and digits[a] == digits[b]
                                          and fuzz.ratio(keys[a], keys[b]) >= 94)

    def union(i: int, j: int) -> None:
        ri, rj = root(i), root(j)
        if ri == rj or tags[ri] & tags[rj]:
            return                    # a quote and a quote nested in it stay two quotes
        # Whole groups must agree, not just the pair: a short printing that is a cut of two
        # different statements ("We will not sell him", said of two players by two managers)
        # would otherwise chain them, and everything chained to them, into one quote.
        if len(speakers[ri] | speakers[rj]) > 1 or (
                fullest[ri] != i or fullest[rj] != j) and not same_words(fullest[ri], fullest[rj]):
            return
        parent[rj] = ri
        tags[ri] |= tags[rj]
        speakers[ri] |= speakers[rj]
        if (lens[fullest[rj]], -fullest[rj]) > (lens[fullest[ri]], -fullest[ri]):
            fullest[ri] = fullest[rj]

    exact: dict[str, list[int]] = {}
    for i, k in enumerate(keys):
        exact.setdefault(k, []).append(i)
    for same in exact.values():
        for j in same[1:]:
            if _compatible(found[same[0]], found[j], len(words[j]) < 8):
                union(same[0], j)
    # Different texts: each distinct text is indexed once by its 4-word shingles and looks for
    # the texts sharing its first, middle or last one (a cut shares them all; a typo most).
    texts = [same[0] for same in exact.values()]          # a printing per distinct text
    index: dict[str, list[int]] = {}
    for u, i in enumerate(texts):
        ws = words[i]
        for g in {" ".join(ws[k:k + _SHINGLE]) for k in range(len(ws) - _SHINGLE + 1)}:
            index.setdefault(g, []).append(u)
    for u, i in enumerate(texts):
        ws = words[i]
        if len(ws) < _SHINGLE:
            continue
        probes = {" ".join(ws[:_SHINGLE]), " ".join(ws[-_SHINGLE:]),
                  " ".join(ws[len(ws) // 2 - 2:len(ws) // 2 + 2]) if len(ws) >= 8 else " ".join(ws[:_SHINGLE])}
        heads = [index.get(g, [])[:_MAX_CANDIDATES] for g in probes]
        if all(not h or h[-1] <= u for h in heads):
            continue                  # every candidate comes before u: those pairs were tried
        cands: set[int] = set()
        for h in heads:
            cands.update(h)
        for v in cands:
            if v <= u or not same_words(i, texts[v]):
                continue
            for a in exact[keys[i]]:
                for b in exact[keys[texts[v]]]:
                    if root(a) != root(b) and _compatible(found[a], found[b], min(len(ws), len(words[b])) < 8):
                        union(a, b)
    groups: dict[int, list[int]] = {}
    for i in range(len(found)):
        groups.setdefault(root(i), []).append(i)
    quotes = []
    for members in groups.values():
        fullest = max(members, key=lambda i: (len(keys[i]), -i))
        items = [found[i] for i in members]
        ent_votes = Counter(f.speaker for f in items if f.speaker)
        speaker = ent_votes.most_common(1)[0][0] if ent_votes else None
        names = [f.speaker_name for f in items if f.speaker_name and (speaker is None or f.speaker == speaker)]
        name_votes = Counter(normalise(n).split()[-1] for n in names if normalise(n))
        speaker_name = None
        if name_votes:
            top = name_votes.most_common(1)[0][0]
            speaker_name = max((n for n in names if normalise(n).split()[-1:] == [top]), key=len)
        sources = sorted((QuoteSource(f.article, f.text, f.start, f.end) for f in items),
                         key=lambda s: (s.article, s.start))
        q = Quote(id=quote_id(keys[fullest]), text=found[fullest].text, speaker=speaker,
                  speaker_name=speaker_name, fragment=all(f.fragment for f in items), sources=sources)
        kinds = Counter(f.kind for f in items if f.kind)
        quotes.append(Merged(q, tuple(sorted({e for f in items for e in f.about})),
                             kinds.most_common(1)[0][0] if kinds else None))
    _unique_ids([m.quote for m in quotes])
    return quotes


def _unique_ids(quotes: list[Quote]) -> None:
    """Quotes that share words (a stock phrase two people said, or printings kept apart) get an id
    suffix from who said them, else from where they were first printed: never from their order,
    so a new article's quote does not renumber, and re-render, the pages of quotes already out."""
    by_id: dict[str, list[Quote]] = {}
    for q in quotes:
        by_id.setdefault(q.id, []).append(q)
    for base, same in by_id.items():
        if len(same) < 2:
            continue
        tags = [q.speaker or normalise(q.speaker_name or "") for q in same]
        for q, tag in zip(same, tags):
            if tags.count(tag) > 1 or not tag:
                first = q.sources[0] if q.sources else None
                tag = f"{tag}|{first.article}|{first.start}" if first else tag
            q.id = f"{base}-{hashlib.sha1(tag.encode('utf-8')).hexdigest()[:6]}"
