"""Direct quotes, their speakers, merged across articles, ranked.

Two steps, so a build can redo only what changed:
- `article_quotes(article, mentions, entities)` reads one article (its text and its mentions)
  and returns its quotations, each attributed (`Found`);
- `combine(found, entities)` merges the printings of the same quote across articles and marks
  the key quotes.
`extract_quotes` runs both over a corpus.
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from typing import Callable

from ..cache import memo, prefetch, text_key
from ..model import Article, Entity, Mention, Quote
from ..text import normalise
from .attribute import attribute_all
from .interview import layout as interview_layout, with_answers
from .merge import Found, merge
from .rank import rank
from .spans import Span, find_spans
from .speakers import ArticleText

MAX_QUOTE = 700            # longer quotations are split at sentence ends
FRAGMENT_WORDS = 3
_WORD = re.compile(r"[^\W_]+(?:['\u2019\-][^\W_]+)*")
_SENT_END = re.compile(r"[.!?]+['\"\u2019\u201d]*\s+")
_TRIM = " \t,;:\u2014\u2013-"


def extract_quotes(articles: list[Article], mentions: list[Mention], entities: list[Entity]) -> list[Quote]:
    """Every direct quote in the corpus, attributed, merged across articles, ranked."""
    by_article: dict[str, list[Mention]] = {}
    for m in mentions:
        by_article.setdefault(m.article, []).append(m)
    ents = {e.id: e for e in entities}
    jobs = [_job(art, by_article.get(art.id, []), ents) for art in articles]
    prefetch("quotes.article", jobs)
    found: list[Found] = []
    for key, run in jobs:
        found.extend(memo("quotes.article", key, run))
    return combine(found, ents)


def combine(found: list[Found], entities: dict[str, Entity]) -> list[Quote]:
    """The cross-article step: merge printings of one quote, then rank."""
    found = _one_speaker_per_name(found, entities)
    quotes = rank(merge(found), entities)
    quotes.sort(key=lambda q: (q.sources[0].article, q.sources[0].start) if q.sources else ("", 0))
    return quotes


_HYPHENS = re.compile(r"\s*[-\u2010\u2011\u2012\u2013]\s*")


def _one_speaker_per_name(found: list[Found], entities: dict[str, Entity]) -> list[Found]:
    """Speakers that are one name printed with and without its hyphen ("Ana Moura-Lopes",
    "Ana Moura Lopes") become one speaker: the entity printed with the hyphen, else the one
    with more aliases, else the first id."""
    key_of: dict[str, tuple[str, str]] = {}
    for e in entities.values():
        if e.kind in ("player", "person") and e.name:
            key_of[e.id] = (e.kind, " ".join(_HYPHENS.sub(" ", normalise(e.name)).split()))
    groups: dict[tuple[str, str], list[Entity]] = {}
    for eid, k in key_of.items():
        groups.setdefault(k, []).append(entities[eid])
    best = {}
    for k, es in groups.items():
        if len(es) > 1:
            pick = min(es, key=lambda e: (not _HYPHENS.search(e.name), -len(e.aliases or []), e.id))
            for e in es:
                best[e.id] = pick.id
    if not best:
        return found
    return [dataclasses.replace(f, speaker=best[f.speaker]) if f.speaker in best else f for f in found]


def article_quotes(article: Article, mentions: list[Mention], entities: dict[str, Entity]) -> list[Found]:
    """The per-article step: quotations of one article with their speakers. Never raises."""
    return memo("quotes.article", *_job(article, mentions, entities))


def _job(article: Article, mentions: list[Mention], entities: dict[str, Entity]
         ) -> tuple[tuple, Callable[[], list[Found]]]:
    """The cache key of `article_quotes` (everything it reads) and the work."""
    used = sorted({m.entity for m in mentions})
    key = (article.id, text_key(article.body or ""),                  # all this step reads
           tuple((m.start, m.end, m.entity, m.via) for m in mentions),
           tuple((e, entities[e].kind, entities[e].name, repr(sorted(entities[e].attrs.items())))
                 for e in used if e in entities))

    def run() -> list[Found]:
        try:
            return _article_quotes(article, mentions, entities)
        except Exception:    # noqa: BLE001 -- untrusted text must never stop a build
            return []
    return key, run


def _article_quotes(article: Article, mentions: list[Mention], entities: dict[str, Entity]) -> list[Found]:
    body = article.body or ""
    if not body.strip():
        return []
    spans = find_spans(article)
    paras = article.paragraphs
    lay = interview_layout(body, paras)
    if lay is not None:
        spans = with_answers(body, paras, spans, lay)
    if not spans:
        return []
    # an interview answer is its speaker's prose: only the quotes inside it are quoted words
    ranges = [(s.start, s.end) for s in spans if not s.answer]
    ranges += [(n[1], n[2]) for s in spans if s.answer for n in s.nested]
    text = ArticleText(article, sorted(ranges), mentions, entities, lay.leads if lay is not None else None)
    out: list[Found] = []
    for span, att in zip(spans, attribute_all(text, spans, lay)):
        if att is None:
            continue
        nest = f"{span.start}" if att.nested else ""
        out.extend(_found(article, text, span, att.speaker, att.how, nest))
        for start, end, sp in att.nested:
            inner = Span(start, start, end, end, span.para, True)
            out.extend(f for f in _found(article, text, inner, sp, "nested", nest) if not f.fragment)
    return out


def _found(article: Article, text: ArticleText, span: Span, sp, how: str, nest: str) -> list[Found]:
    body = article.body
    out = []
    whole = how == "interview" or how != "nested" and _stands_alone(body, span, text.paras[span.para][0])
    for start, end in _pieces(body, span):
        words = len(_WORD.findall(body[start:end]))
        lo = bisect.bisect_left(text.mention_starts, start)      # mentions are sorted by start:
        hi = bisect.bisect_right(text.mention_starts, end)       # look only at this quote's stretch
        about = tuple(sorted({m.entity for m in text.mentions[lo:hi] if m.end <= end}))
        out.append(Found(article.id, start, end, body[start:end],
                         sp.entity if sp else None, sp.name if sp else None,
                         words <= FRAGMENT_WORDS and not whole, how, about, sp.kind if sp else None, nest))
    return out


def _stands_alone(body: str, span: Span, para_start: int) -> bool:
    """Is a quotation a sentence of its own ('Nothing was signed,' he said / "Ask PSV."), not a
    scare quote inside the writer's sentence (he had "no intention" of ...)? It opens a sentence
    and ends with its own punctuation."""
    i = span.open_pos - 1
    while i >= para_start and body[i].isspace():       # back over spaces only: linear overall
        i -= 1
    if i >= para_start and body[i] not in ".!?:":
        return False
    j = span.end - 1
    while j >= span.start and body[j].isspace():
        j -= 1
    return j >= span.start and span.after > span.end and \
        (body[j] in ".!?," or body[span.after:span.after + 1] in (",", ".", "!", "?"))


def _pieces(body: str, span: Span) -> list[tuple[int, int]]:
    """The quote's text trimmed of edge spaces and the comma before "he said"; long quotes
    split at sentence ends so each piece stays under MAX_QUOTE characters."""
    s, e = span.start, span.end
    while s < e and body[s] in _TRIM:
        s += 1
    while e > s and body[e - 1] in _TRIM:
        e -= 1
    if e <= s or not any(c.isalnum() for c in body[s:e]):
        return []
    if e - s <= MAX_QUOTE:
        return [(s, e)]
    pieces, cur = [], s
    cuts = [s + m.end() for m in _SENT_END.finditer(body, s, e)]
    last_cut = s
    for c in cuts + [e]:
        if c - cur > MAX_QUOTE and last_cut > cur:
            pieces.append((cur, last_cut))
            cur = last_cut
        last_cut = c
    while e - cur > MAX_QUOTE:                    # no sentence end: cut at a space
        cut = body.rfind(" ", cur, cur + MAX_QUOTE)
        cut = cut if cut > cur else cur + MAX_QUOTE
        pieces.append((cur, cut))
        cur = cut
    pieces.append((cur, e))
    return [(a, b) for a, b in ((_strip(body, a, b)) for a, b in pieces) if b > a]


def _strip(body: str, s: int, e: int) -> tuple[int, int]:
    while s < e and body[s].isspace():
        s += 1
    while e > s and body[e - 1].isspace():
        e -= 1
    return s, e


__all__ = ["extract_quotes", "article_quotes", "combine", "Found"]
