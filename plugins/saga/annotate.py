"""Article bodies as HTML with every mention linked and every quote highlighted.

All article text is escaped here; only the tags this module writes are markup.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from html import escape
from typing import Callable

from .core.model import Article, Mention, QuoteSource


def annotate(article: Article, mentions: list[Mention], quotes: list[tuple[str, QuoteSource]],
             href: Callable[[str], str]) -> str:
    """Paragraphs of `article.body` with <a> for mentions and <q> for quotes (id: quote id)."""
    quotes = sorted(quotes, key=lambda q: (q[1].start, -q[1].end))
    mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
    starts = [m.start for m in mentions]
    bounds = sorted({q.start for _, q in quotes} | {q.end for _, q in quotes})
    links: dict[str, str] = {}                          # entity -> its <a> tag, or "" (no page)
    out = []
    for p_start, p_end in article.paragraphs:
        # (pos, order, kind, html): at one position </a> closes before </q> (a link ending with a
        # quote is inside it), closes come before opens, and <q> opens before <a>.
        marks: list[tuple[int, int, str, str]] = []
        quote_end = -1
        for qid, src in quotes:
            s, e = max(src.start, p_start), min(src.end, p_end)
            if s < e and s >= quote_end:                # overlapping printings would not nest
                quote_end = e
                marks.append((s, 1, "open", f'<q class="quote" data-quote="{escape(qid)}">'))
                marks.append((e, 0, "close", "</q>"))
        last_end = -1
        for k in range(bisect_left(starts, p_start), bisect_left(starts, p_end)):
            m = mentions[k]
            if m.end > p_end or m.start < last_end or m.end <= m.start:
                continue
            tag = links.get(m.entity)
            if tag is None:
                url = href(m.entity)
                tag = links[m.entity] = f'<a class="mention" href="{escape(url)}">' if url else ""
            if not tag or _crosses(m, bounds):
                continue
            last_end = m.end
            marks.append((m.start, 2, "open", tag))
            marks.append((m.end, -1, "close", "</a>"))
        marks.sort(key=lambda t: (t[0], t[1]))
        html, pos = [], p_start
        for at, _, _, tag in marks:
            html.append(escape(article.body[pos:at]))
            html.append(tag)
            pos = at
        html.append(escape(article.body[pos:p_end]))
        out.append("<p>" + "".join(html) + "</p>")
    return "\n".join(out)


def _crosses(m: Mention, bounds: list[int]) -> bool:
    """A link may not straddle a quote boundary (the HTML would not nest); `bounds`: the sorted
    starts and ends of the article's quotes."""
    i = bisect_right(bounds, m.start)
    return i < len(bounds) and bounds[i] < m.end
