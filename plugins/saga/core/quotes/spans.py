"""Quotations of one article with body offsets: detection per paragraph, joined across paragraphs."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Article
from .detect import resolve_pending, scan


@dataclass
class Span:
    open_pos: int          # body offset of the opening mark
    start: int             # body offsets of the quoted text (marks excluded)
    end: int
    after: int             # body offset just past the closing mark (== end when unclosed)
    para: int
    closed: bool
    broken: bool = False
    continues_next: bool = False   # the quote goes on in the next paragraph
    continued: bool = False        # this paragraph carries on the previous paragraph's quote
    answer: bool = False           # an interview answer printed without quote marks (interview.py)
    nested: list[tuple[int, int, int, int]] = field(default_factory=list)
    # closed quotes inside this one, body offsets: (opening mark, text start, text end, past the close)


def find_spans(article: Article) -> list[Span]:
    """Every quotation in the article in text order (a nested quote stays inside its outer quote,
    listed in the outer span's `nested`)."""
    body = article.body
    paras = article.paragraphs
    out: list[Span] = []
    carried = False
    for k, (ps, pe) in enumerate(paras):
        p = body[ps:pe]
        found, pending = scan(p)
        cont_next = False
        if pending is not None:
            nxt = body[paras[k + 1][0]:paras[k + 1][1]] if k + 1 < len(paras) else None
            pending, cont_next = resolve_pending(p, pending, nxt)
            found.append(pending)
            found.sort(key=lambda s: s.start)
        for i, s in enumerate(found):
            after = ps + (s.close_pos + s.close_width if s.closed else s.end)
            span = Span(ps + s.open_pos, ps + s.start, ps + s.end, after, k, s.closed, s.broken)
            span.nested = [(ps + a, ps + b, ps + c, ps + d) for a, b, c, d in s.nested]
            if i == 0 and carried and not p[:s.open_pos].strip():
                span.continued = True
            if cont_next and s is pending:
                span.continues_next = True
            out.append(span)
        carried = cont_next
    return _drop_echoes(body, out)


_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})
_ECHO_WORDS = 6
_ECHO_MAX_SPANS = 300


def _drop_echoes(body: str, spans: list[Span]) -> list[Span]:
    """A few quoted words that the article prints again inside a longer quotation ('telling Dutch TV
    he has "always dreamed" of a move' before the full "I have always dreamed of playing in
    England"): the echo, not a quotation of its own."""
    if len(spans) < 2 or len(spans) > _ECHO_MAX_SPANS:
        return spans
    texts = [" ".join(body[s.start:s.end].translate(_FOLD).casefold().split()).strip(" ,.;:!?") for s in spans]
    drop = set()
    for i, (s, t) in enumerate(zip(spans, texts)):
        if s.nested or not t or len(t.split()) > _ECHO_WORDS:
            continue
        for j, u in enumerate(texts):
            if j != i and len(u) > len(t) and (" " + t + " ") in (" " + u.replace(",", " ,").replace(".", " .") + " ") \
                    and not (spans[j].start <= s.start < spans[j].end):
                drop.add(i)
                break
    return [s for i, s in enumerate(spans) if i not in drop] if drop else spans
