"""Find direct quotations in a paragraph: which quote marks open and close, and which are apostrophes.

News copy mixes straight and curly marks, British single quotes, quotes nested inside quotes,
quotes running over several paragraphs, possessives ("the Saints' hierarchy"), contractions
("don't") and names ("O'Neill"). Each mark is classified from its neighbours, then a single
left-to-right scan pairs them. A paragraph is scanned on its own, so a broken mark can never
swallow the rest of the article. Linear time, no regular expressions.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .lexicon import lexicon

DOUBLE_STRAIGHT = '"'
DOUBLE_OPENERS = "\u201c\u201e\u00ab\u201f"      # “ „ « ‟
DOUBLE_CLOSERS = "\u201d\u00bb"                 # ” »
SINGLE_STRAIGHT = "'"
SINGLE_OPENERS = "\u2018\u201a\u2039"           # ‘ ‚ ‹
SINGLE_CLOSERS = "\u2019\u203a"                 # ’ ›
DOUBLES = DOUBLE_STRAIGHT + DOUBLE_OPENERS + DOUBLE_CLOSERS
_GUILLEMETS = "\u00ab\u00bb"
SINGLES = SINGLE_STRAIGHT + SINGLE_OPENERS + SINGLE_CLOSERS
QUOTE_CHARS = DOUBLES + SINGLES
_LEFT_CONTEXT = "([{<\u2014\u2013-/:\u2026"      # a mark after these opens
_RIGHT_CONTEXT = ".,;:!?)]}>\u2014\u2013-\u2026"  # a mark before these closes


@dataclass
class Mark:
    pos: int
    width: int          # 2 for a doubled straight single ('') used as a double mark
    kind: str           # "d" (double) or "s" (single)
    can_open: bool
    can_close: bool
    weak: bool = False  # a close that may be a plural possessive (players' wages)


@dataclass
class ParaSpan:
    """A quotation inside one paragraph: text offsets exclude the marks."""
    start: int
    end: int
    kind: str
    closed: bool        # False: ran to the end of the paragraph or to a broken mark
    broken: bool = False
    open_pos: int = 0   # where the opening mark stands
    close_pos: int = -1  # where the closing mark stands (-1: none)
    close_width: int = 0
    fallback: Mark | None = None   # for a quote still open: a mark that may have closed it
    nested: list[tuple[int, int, int, int]] = field(default_factory=list)
    # closed quotes inside this one: (opening mark, text start, text end, past the closing mark)


def _is_space(c: str) -> bool:
    return c == "" or c.isspace()


def _mark_at(p: str, i: int) -> Mark | None:
    """Classify the character at `i` (a quote or apostrophe character) from its neighbours."""
    c = p[i]
    width = 1
    kind = "d" if c in DOUBLES else "s"
    if c == "'" and i + 1 < len(p) and p[i + 1] == "'":
        kind, width = "d", 2
    prev = p[i - 1] if i > 0 else ""
    nxt = p[i + width] if i + width < len(p) else ""
    left = _is_space(prev) or prev in _LEFT_CONTEXT or prev in QUOTE_CHARS
    right = _is_space(nxt) or nxt in _RIGHT_CONTEXT or nxt in QUOTE_CHARS
    if kind == "d":
        if c in DOUBLE_OPENERS and c != "\u00ab":
            misused = right and not left and not _is_space(prev)
            return Mark(i, width, kind, not misused, misused or right and not left)
        if c in DOUBLE_CLOSERS and c != "\u00bb":
            misused = left and not right and nxt.isalnum()
            return Mark(i, width, kind, misused, not misused)
        if c == "\u00ab":
            return Mark(i, width, kind, True, False)
        if c == "\u00bb":
            return Mark(i, width, kind, False, True)
        can_open = left and not _is_space(nxt)
        can_close = right and not _is_space(prev)
        if can_open == can_close:          # ambiguous: the pairing decides
            return Mark(i, width, kind, True, True)
        return Mark(i, width, kind, can_open, can_close)
    # single marks: most are apostrophes
    if prev.isalnum() and nxt.isalnum():
        return None                        # don't, O'Neill, L'Equipe
    if left and nxt.isalnum() and _is_elision(p, i + 1):
        return None                        # 'em, '90s
    can_open = left and not _is_space(nxt)
    can_close = not _is_space(prev) and right
    if c in SINGLE_OPENERS:
        can_open = not _is_space(nxt) and not prev.isalnum()
        can_close = can_close and not can_open
    elif c in SINGLE_CLOSERS:
        can_open = can_open and not prev.isalnum()
    if not can_open and not can_close:
        return None
    weak = can_close and prev in "sS" and _is_space(nxt) and _next_word_starts(p, i + width)
    return Mark(i, width, kind, can_open, can_close, weak)


def _next_word_starts(p: str, i: int) -> bool:
    """After a space, does a word follow (the "wages" of "players' wages")?"""
    j = i
    while j < len(p) and p[j] == " ":
        j += 1
    return j < len(p) and p[j].isalnum()


def _is_elision(p: str, i: int) -> bool:
    """A leading apostrophe that shortens a word or a year, never a quote mark."""
    j = i
    while j < len(p) and (p[j].isalnum()) and j - i < 6:
        j += 1
    word = p[i:j]
    if len(word) >= 2 and word[:2].isdigit() and (len(word) == 2 or word[2:] == "s"):
        return True
    return word.lower() in lexicon().elisions and (j >= len(p) or not p[j].isalnum())


def marks(p: str) -> list[Mark]:
    """Every quote mark of a paragraph, apostrophes left out."""
    out: list[Mark] = []
    i, n = 0, len(p)
    while i < n:
        if p[i] in QUOTE_CHARS:
            m = _mark_at(p, i)
            if m is not None:
                out.append(m)
                i += m.width
                continue
        i += 1
    return out


def opens_with_quote(p: str) -> str | None:
    """The kind of quote a paragraph starts with ("d"/"s"), None if it starts otherwise."""
    for m in marks(p[:3]):
        if m.pos == 0 or p[:m.pos].isspace():
            return m.kind if m.can_open else None
        break
    return None


def scan(p: str) -> tuple[list[ParaSpan], ParaSpan | None]:
    """Pair the marks of one paragraph.

    Returns the closed (or repaired) quotations and, if a quotation is still open at the end
    of the paragraph, that one (its end is the paragraph end) for the caller to decide on:
    a continuation when the next paragraph opens a quote again, else an unclosed quote.
    """
    spans: list[ParaSpan] = []
    outer: Mark | None = None
    inner: Mark | None = None
    fallback: list[Mark] = []     # where a broken outer quote may really have ended
    nested: list[tuple[int, int, int, int]] = []

    def close(at: Mark | None, broken: bool = False, stop: int | None = None) -> None:
        start = outer.pos + outer.width
        if at is None:
            span = ParaSpan(start, stop if stop is not None else len(p), outer.kind, False, broken, outer.pos)
        else:
            span = ParaSpan(start, at.pos, outer.kind, True, broken, outer.pos, at.pos, at.width)
        span.nested = [n for n in nested if n[3] <= span.end]
        spans.append(span)

    for m in marks(p):
        if outer is None:
            if m.can_open:
                outer, inner, fallback, nested = m, None, [], []
            continue
        # guillemets and the other double marks are two kinds: "« ... “Coach, I am ready.” ... »"
        # nests the curly quote inside the French one
        if m.kind == outer.kind and (p[outer.pos] in _GUILLEMETS) == (p[m.pos] in _GUILLEMETS):
            if m.can_close and not m.weak:
                close(m)
                outer, inner, fallback, nested = None, None, [], []
                continue
            if m.weak:
                fallback.append(m)
                continue
            # an opener while a quote is open: the earlier one lost its closing mark
            if fallback:
                close(fallback[-1], broken=True)
            else:
                close(None, broken=True, stop=m.pos)
            outer, inner, fallback, nested = m, None, [], []
            continue
        # the other kind of mark: a nested quote, or a mismatched closing mark
        if inner is None:
            if m.can_open and (not m.can_close or (m.pos + m.width < len(p) and p[m.pos + m.width].isalnum())):
                inner = m
            elif m.can_close:
                fallback.append(m)
        elif m.can_close and not m.weak:
            nested.append((inner.pos, inner.pos + inner.width, m.pos, m.pos + m.width))
            inner = None
        elif m.can_open and not m.can_close:
            inner = m
    spans = _without_glosses(p, spans)
    if outer is None:
        return spans, None
    pending = ParaSpan(outer.pos + outer.width, len(p), outer.kind, False, False, outer.pos)
    pending.nested = nested
    if fallback:
        pending.fallback = fallback[-1]
    return spans, pending


def _without_glosses(p: str, spans: list[ParaSpan]) -> list[ParaSpan]:
    """'Se viene algo lindo' ('Something beautiful is coming'): a quotation in brackets right after
    another is its translation, the same words, not a second quotation."""
    if len(spans) < 2 or "(" not in p:
        return spans
    out = [spans[0]]
    for prev, sp in zip(spans, spans[1:]):
        after = sp.close_pos + sp.close_width
        if prev.closed and sp.closed and sp.open_pos > 0 and p[sp.open_pos - 1] == "(" and \
                p[after:after + 1] == ")" and not p[prev.close_pos + prev.close_width:sp.open_pos - 1].strip():
            continue
        out.append(sp)
    return out


def resolve_pending(p: str, pending: ParaSpan, next_para: str | None) -> tuple[ParaSpan, bool]:
    """Decide on a quote still open at a paragraph's end.

    Returns the span and whether it continues into the next paragraph (the next paragraph
    opens a quote of the same kind: the newspaper convention for a multi-paragraph quote).
    """
    if next_para is not None and opens_with_quote(next_para) == pending.kind:
        return pending, True
    fb = pending.fallback
    if fb is not None:
        span = ParaSpan(pending.start, fb.pos, pending.kind, True, True, pending.open_pos, fb.pos, fb.width)
        span.nested = [n for n in pending.nested if n[3] <= fb.pos]
        return span, False
    return pending, False
