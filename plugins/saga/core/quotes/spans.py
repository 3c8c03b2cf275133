"""Quotations of one article with body offsets: detection per paragraph, joined across paragraphs."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Article
from .detect import opens_with_quote, resolve_pending, scan
from .lexicon import lexicon


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
        if pending is not None and pending.kind == "s" and pending.nested and p[pending.open_pos] == "'" and \
                p[pending.open_pos + 1:pending.open_pos + 2].isalpha() and \
                not (k + 1 < len(paras) and opens_with_quote(body[paras[k + 1][0]:paras[k + 1][1]]) == "s"):
            # "Tse Putsoa's director, 'Mamosa Ntšekhe, said: \"...\"": a straight apostrophe
            # opening a name ('Mamosa, 'Mathabo) never closes; the double quotes inside it are
            # the paragraph's quotations. Read again with that mark as a letter (same offsets).
            a = pending.open_pos
            found, pending = scan(p[:a] + "\u02bc" + p[a + 1:])
        cont_next = False
        if pending is not None:
            nxt = body[paras[k + 1][0]:paras[k + 1][1]] if k + 1 < len(paras) else None
            pending, cont_next = resolve_pending(p, pending, nxt)
            found.append(pending)
            found.sort(key=lambda s: s.start)
        dashed = _dash_quotes(p, found, k > 0 and _speech_colon(body, paras[k - 1])) \
            if p[:4].lstrip()[:1] in _DASH_OPENERS else None
        if dashed:
            inner: dict[int, list] = {}
            rest = []
            x = 0                          # both lists are in text order: one pass
            for s in found:
                while x < len(dashed) and dashed[x][2] <= s.open_pos:
                    x += 1
                if x < len(dashed) and dashed[x][1] <= s.open_pos:
                    if s.closed and s.close_pos < dashed[x][2]:     # words the dash quote reports
                        inner.setdefault(x, []).append(s)
                else:
                    rest.append(s)
            for x, (a, b, c, d) in enumerate(dashed):
                span = Span(ps + a, ps + b, ps + c, ps + d, k, True)
                span.nested = [(ps + s.open_pos, ps + s.start, ps + s.end, ps + s.close_pos + s.close_width)
                               for s in inner.get(x, ())]
                out.append(span)
            for s in rest:
                span = _in_body(s, ps, k)
                span.continues_next = cont_next and s is pending
                out.append(span)
            out[len(out) - len(dashed) - len(rest):] = sorted(out[len(out) - len(dashed) - len(rest):],
                                                               key=lambda x: x.start)
            carried = cont_next and any(s is pending for s in rest)
            continue
        for i, s in enumerate(found):
            span = _in_body(s, ps, k)
            if i == 0 and carried and not p[:s.open_pos].strip():
                span.continued = True
            if cont_next and s is pending:
                span.continues_next = True
            out.append(span)
        carried = cont_next
    _translations(body, paras, out)
    return _drop_echoes(body, out)


# English words that are rare in other languages' quotes: a share of them tells a translation
# "(I want to play ...)" from the foreign words it translates
# (not "in", "is", "was", "will", "am", "do": German, Dutch, Italian or Portuguese words as well)
_ENGLISH = frozenset({"the", "and", "to", "i", "we", "you", "of", "it", "that", "my", "have", "for", "not",
                      "but", "be", "with", "this", "are", "our", "they", "he", "she", "his", "her", "what",
                      "want", "can", "at", "all", "if", "would", "should", "they're", "i'm", "it's"})
_ENGLISH_SHARE = 0.2
_TRANSLATION_WORDS = 4
_TRANSLATION_CHARS = 700
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
_CLOSE_OF = {"(": ")", "[": "]"}
_INNER_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"


def _english_share(text: str) -> tuple[int, float]:
    words = _WORD.findall(text.lower())
    return len(words), (sum(w in _ENGLISH for w in words) / len(words) if words else 0.0)


def _translations(body: str, paras: list[tuple[int, int]], spans: list[Span]) -> None:
    """A quote in another language followed by its English translation in brackets ('« Je veux
    jouer ... » (I want to play ...)'): the translation is the quote, read in English; the
    foreign words stay its printing, the speaker read around both (the opening mark kept, the
    close past the bracket). Only when the bracket is mostly English and the quote is not.
    Linear: each bracket is read once."""
    for s in spans:
        if not s.closed or s.answer:
            continue
        pe = paras[s.para][1]
        i = s.after
        while i < pe and body[i] in " \t":
            i += 1
        if i >= pe or body[i] not in _CLOSE_OF:
            continue
        close = body.find(_CLOSE_OF[body[i]], i + 1, min(pe, i + _TRANSLATION_CHARS))
        if close < 0:
            continue
        a, b = i + 1, close
        while a < b and body[a] in " \t":
            a += 1
        while b > a and body[b - 1] in " \t":
            b -= 1
        if body[a:a + 1] in _INNER_MARKS:
            continue          # "'Vamos' ('We go')": a quoted gloss, read in detect (the quote kept)
        n, share = _english_share(body[a:b])
        if n < _TRANSLATION_WORDS or share < _ENGLISH_SHARE:
            continue
        n0, share0 = _english_share(body[s.start:s.end])
        if n0 < _TRANSLATION_WORDS or share0 >= _ENGLISH_SHARE / 2:
            continue
        s.start, s.end, s.after = a, b, close + 1
        s.nested = []


def _in_body(s, ps: int, para: int) -> Span:
    """A quote `scan` found in a paragraph (paragraph offsets), as a span of the article body."""
    after = ps + (s.close_pos + s.close_width if s.closed else s.end)
    span = Span(ps + s.open_pos, ps + s.start, ps + s.end, after, para, s.closed, s.broken)
    span.nested = [(ps + a, ps + b, ps + c, ps + d) for a, b, c, d in s.nested]
    return span


_DASH_OPENERS = "\u2013\u2014"
_TAG_DASHES = "\u2013\u2014-"
_VOICE_WORDS = 6           # words a dash quote with no tag nor introduction has at least
_TAG_WORDS = 6             # words of a tag after a quote's closing dash ("– said the club's agent.")
_COMMA_TAG_WORDS = 10      # words of a tag after a comma that ends a dash quote (", says X.")
_COMMA_TAG_TAIL = 3        # its verb of speech comes first or among its last words ("X tells Y")
_TAG_PRONOUNS = frozenset({"he", "she", "they"})
_DASH_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
# the speaker's own voice: a dash-opened paragraph that says "I" or "we" is someone talking
_OWN_VOICE = frozenset({"i", "i'm", "i've", "i'll", "i'd", "me", "my", "myself", "mine", "we", "we're",
                        "we've", "we'll", "we'd", "us", "our", "ours", "ourselves", "let's"})


def _speech_colon(body: str, para: tuple[int, int]) -> bool:
    """Does a paragraph end with a colon after a verb of speech ("X spoke to the press on
    Wednesday:", "the coach said:"), not a list's heading ("The terms:")?"""
    ps, pe = para
    text = body[ps:pe].rstrip()
    if not text.endswith(":"):
        return False
    lex = lexicon()
    words = _DASH_WORD.findall(text[-300:])[1:]          # ("Note:" heads a list: a verb, not first)
    return any(w.lower() in lex.speech or w.lower() in lex.spoke for w in words)


def _dash_quotes(p: str, marked, introduced: bool = False) -> list[tuple[int, int, int, int]] | None:
    """Quotations a paragraph prints after a dash, the Portuguese, Spanish and French way
    ("– We made a proposal. If it does not happen, we have other names." / "– It is not mine –
    said the agent. – Ask the club."): (dash, text start, text end, past the closing dash) of each,
    paragraph offsets; None when the paragraph is not one (a list item: "— Fee: 10m"). A quote
    opens at the paragraph's dash and after a later dash that follows its tag; it closes at a
    dash followed by a tag with a speech verb, else at the paragraph end. Someone talks: the
    quoted words say "I" or "we", or a tag names the speaker, or the paragraph before ends with a
    colon after a verb of speech (`introduced`). Quotation marks inside it are
    words it reports (its nested quotes). Linear in the paragraph."""
    i = 0
    while i < len(p) and p[i].isspace():
        i += 1
    if i >= len(p) or p[i] not in _DASH_OPENERS or i + 1 >= len(p) or not p[i + 1].isspace():
        return None
    j = i + 1
    while j < len(p) and p[j].isspace():
        j += 1
    if j >= len(p) or not (p[j].isalpha() and p[j].isupper()):
        return None                       # '— "I want to go," he said': the quote marks say it
    speech = lexicon().speech - lexicon().statement_only
    out: list[tuple[int, int, int, int]] = []
    tagged = False
    opened, start = i, j
    k = j
    n = len(p)
    while k < n:
        c = p[k]
        if c in _TAG_DASHES and p[k - 1].isspace() and k + 1 < n and p[k + 1].isspace():
            tag_end = _tag_end(p, k + 1)
            if start is not None and any(w.lower() in speech
                                         for w in _DASH_WORD.findall(p, k + 1, tag_end)[:_TAG_WORDS]):
                out.append((opened, start, _trim_end(p, start, k), k + 1))
                tagged = True
                start = None
                k = tag_end
                continue
            b = k - 1
            while b > 0 and p[b].isspace():
                b -= 1
            if start is None and p[b] in ".,;:":
                s = k + 1                  # "– said the agent. – Ask the club.": the quote goes on
                while s < n and p[s].isspace():
                    s += 1
                if s < n:
                    opened, start = k, s
                    k = s
                    continue
        k += 1
    if start is not None:
        comma = _comma_tag(p, start, n, speech)
        if comma is not None:
            out.append((opened, start, _trim_end(p, start, comma), comma))
            tagged = True
        else:
            out.append((opened, start, _trim_end(p, start, n), n))
    out = [x for x in out if x[2] > x[1]]
    if not out:
        return None
    if not tagged and not introduced:
        inner = [(s.open_pos, s.close_pos + s.close_width) for s in marked if s.closed]
        words = []
        for _, a, b, _ in out:
            words += [m.group().lower().replace("\u2019", "'") for m in _DASH_WORD.finditer(p, a, b)
                      if not any(x <= m.start() < y for x, y in inner)]
        if len(words) < _VOICE_WORDS or not _OWN_VOICE.intersection(words):
            return None                   # ("— Follow us on social media": a line, not a voice)
    return out


def _comma_tag(p: str, a: int, n: int, speech) -> int | None:
    """The comma before a tag that ends a dash quote left open to its paragraph's end, the Swedish,
    Danish and Norwegian way ("– He is not for sale, says the head coach X." / "– We made an offer,
    X tells Sportbladet."): a last clause of a few third-person words with a verb of speech first
    or near its end. None when the paragraph ends otherwise. Linear in the last sentence."""
    e = _trim_end(p, a, n)
    if e - a < 2 or p[e - 1] not in ".!":
        return None
    k = e - 2
    while k > a and not (p[k] == "," and p[k + 1].isspace()):
        if p[k] in ".!?;:\"\u201c\u201d" and p[k + 1].isspace():
            return None                   # the last sentence has no comma: no tag
        k -= 1
    if k <= a:
        return None
    words = [w.lower().replace("\u2019", "'") for w in _DASH_WORD.findall(p, k + 1, e - 1)]
    if not words or len(words) > _COMMA_TAG_WORDS or _OWN_VOICE.intersection(words):
        return None
    if not (words[0] in speech or any(w in speech for w in words[-_COMMA_TAG_TAIL:])):
        return None
    if not any(c.isupper() for c in p[k + 1:e]) and words[0] not in _TAG_PRONOUNS \
            and words[-1] not in _TAG_PRONOUNS:
        return None                       # a name or "he"/"she" says it
    return k


def _tag_end(p: str, k: int) -> int:
    """Where the tag after a closing dash ends: its sentence's end, or the next dash."""
    n = len(p)
    while k < n:
        c = p[k]
        if c in ".!?" and (k + 1 >= n or p[k + 1].isspace()):
            return k + 1
        if c in _TAG_DASHES and p[k - 1].isspace() and k + 1 < n and p[k + 1].isspace():
            return k
        k += 1
    return n


def _trim_end(p: str, a: int, b: int) -> int:
    while b > a and p[b - 1].isspace():
        b -= 1
    return b


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
