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
    return out
