"""Hypothesis fuzzing: any file, any text gives a result (or a warning), never an exception.

The reader gets arbitrary bytes under arbitrary names; the whole extraction gets one to three
articles made of random Unicode, every kind of quote mark (unbalanced), control characters,
huge paragraphs, lines with no full stop, name-like capitalised words, digits, £ and %.
Besides "no exception", every offset must point at its own text (`body[start:end] == text`)
and the annotated article HTML must nest and keep the text as text.

The runs are derandomised (the same examples on every machine, so CI is reproducible) and
moderate in size. For a longer hunt: SAGA_FUZZ_EXAMPLES=5000 SAGA_FUZZ_RANDOM=1 pytest tests/test_fuzz.py
"""
import html
import json
import os
import re
from html.parser import HTMLParser

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from saga.annotate import annotate
from saga.core.articles import _CONTROL, parse_article
from saga.core.entities.article import analyse
from saga.core.entities.lexicon import lexicon
from saga.core.export import dumps, to_export
from saga.core.model import Article
from saga.core.pipeline import extract
from saga.core.quotes import _article_quotes

FUZZ = settings(max_examples=int(os.environ.get("SAGA_FUZZ_EXAMPLES", "150")), deadline=None,
                derandomize=not os.environ.get("SAGA_FUZZ_RANDOM"), database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.filter_too_much])

QUOTES = ['"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e", "\u2039", "\u203a",
          "`", "\u300c", "\u300d"]
CONTROLS = [chr(c) for c in [*range(0, 32), 0x7F, 0x85, 0x200B, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF]]
NAMES = ["Virgil", "van", "Dijk", "Van", "Liverpool", "Southampton", "Pellegrino", "Mr.", "St.", "FC", "United",
         "City", "Real", "Madrid", "O'Neill", "Ødegård", "Šimić", "Müller", "De", "la", "Jr.", "J.", "Klopp",
         "<b>Bad</b>", "../../etc/passwd", "%2e%2e%2f", "Northbridge", "Rovers", "Saints", "Reds"]
CUES = ["said", "says", "told", "added:", "signed", "joined", "from", "to", "bid", "rejected", "agreed", "completed",
        "collapsed", "on Tuesday", "last week", "next summer", "in January", "deadline day", "this season", "2017",
        "2016-17", "£60m", "€80 million", "£", "50%", "%", "26-year-old", "the", "a", "manager", "striker", "boss",
        ".", ",", ":", ";", "\n", "\n\n", " - ", "(", ")", "!", "?", "...", "12/05/2019", "31 February", "2017-13-45"]
WORD = st.from_regex(r"[A-ZÀ-Þ][a-zß-ÿ]{1,9}", fullmatch=True)
TOKEN = st.one_of(st.sampled_from(QUOTES), st.sampled_from(CONTROLS), st.sampled_from(NAMES),
                  st.sampled_from(CUES), WORD, st.text(max_size=12), st.integers(0, 3000).map(str))
PROSE = st.lists(TOKEN, max_size=80).map(" ".join)
HUGE = st.builds(lambda t, n: (t + " ") * n, TOKEN, st.integers(300, 3000))    # a paragraph of one word
ARTICLE_TEXT = st.one_of(PROSE, PROSE, PROSE, st.text(max_size=400), HUGE)
HEAD = st.sampled_from(["", " date 2017-07-22 ", " date 2017-13-45 ", "Published: 14 January 2024\n", "Date:\n",
                        "---\ntitle: T\ndate: 2024-02-03\n---\n", "---\ntitle: [\n---\n", "---\n---\n", "\ufeff"])
SUFFIX = st.sampled_from([".txt", ".md", ".markdown", ".TXT", ""])


def encode(text: str, how: str) -> bytes:
    if how == "cp1252":
        return text.encode("cp1252", errors="replace")
    data = text.encode("utf-8", errors="surrogatepass")
    return data.replace(b"\n", b"\r\n") if how == "crlf" else data


def check_parsed(parsed, source: str) -> None:
    assert all(isinstance(w, str) and w.startswith(f"{source}:") for w in parsed.warnings)
    art = parsed.article
    if art is None:
        return
    assert art.body and art.body == art.body.strip() and "\n\n\n" not in art.body
    assert not _CONTROL.search(art.body), "control characters must be gone"
    assert re.fullmatch(r"[a-z0-9-]+", art.id)
    assert isinstance(art.title, str) and art.title
    assert art.date_basis == ("stated" if art.date else "unknown")


@FUZZ
@given(data=st.binary(max_size=3000), name=st.text(max_size=40), suffix=SUFFIX)
def test_reader_takes_any_bytes_under_any_name(data, name, suffix):
    source = f"seeds/{name}{suffix}"
    check_parsed(parse_article(data, source), source)


@FUZZ
@given(head=HEAD, text=ARTICLE_TEXT, how=st.sampled_from(["utf-8", "crlf", "cp1252"]), suffix=SUFFIX)
def test_reader_takes_any_article_shaped_text(head, text, how, suffix):
    source = f"seeds/a{suffix}"
    check_parsed(parse_article(encode(head + text, how), source), source)


class Nesting(HTMLParser):
    """Fails on a tag closed out of order; collects the text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.text = [], []

    def handle_starttag(self, tag, attrs):
        assert tag in ("p", "a", "q"), tag
        self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack.pop() == tag, f"</{tag}> closes out of order"

    def handle_data(self, data):
        self.text.append(data)


def check_corpus(articles: list[Article]) -> None:
    """The whole extraction over `articles`, and what must hold of its result."""
    lex = lexicon()
    for art in articles:                     # extract() turns a crash of these two into a warning
        analyse(art.id, art.body, lex)       # or an empty list; call them bare so none can hide
        _article_quotes(art, [], {})
    corpus = extract(articles)
    assert not [w for w in corpus.warnings if "failed" in w], corpus.warnings
    bodies = {a.id: a.body for a in corpus.articles}
    for m in corpus.mentions:
        assert bodies[m.article][m.start:m.end] == m.text, m
    for q in corpus.quotes:
        for src in q.sources:
            assert bodies[src.article][src.start:src.end] == src.text, src
    for ev in corpus.events:
        for src in ev.reports:
            assert 0 <= src.start <= src.end <= len(bodies[src.article]), src
    data = json.loads(dumps(to_export(corpus, lambda kind, ident: f"{kind}/{ident}.html")))
    assert len(data["articles"]) == len(articles)
    for art in corpus.articles:
        if art.duplicate_of:
            continue
        quotes = [(q.id, s) for q in corpus.quotes for s in q.sources if s.article == art.id]
        page = annotate(art, [m for m in corpus.mentions if m.article == art.id], quotes, lambda e: "x.html")
        parser = Nesting()
        parser.feed(page)
        parser.close()
        assert parser.stack == []
        assert "".join(parser.text) == "\n".join(art.body.split("\n\n")), "the text must survive as text"
        assert html.unescape(re.sub(r"<[^>]*>", "", page)) == "".join(parser.text)


@FUZZ
@given(st.lists(st.tuples(HEAD, ARTICLE_TEXT, SUFFIX), min_size=1, max_size=3))
def test_whole_extraction_over_read_articles(files):
    articles = []
    for n, (head, text, suffix) in enumerate(files):
        parsed = parse_article(encode(head + text, "utf-8"), f"seeds/{n}{suffix}")
        if parsed.article:
            articles.append(parsed.article)
    check_corpus(articles)


@FUZZ
@given(st.lists(ARTICLE_TEXT, min_size=1, max_size=3))
def test_whole_extraction_over_raw_bodies(bodies):
    """Callers other than the reader may hand over any string, control characters included."""
    check_corpus([Article(id=f"a{n}", source=f"raw/a{n}.txt", body=b, title="t") for n, b in enumerate(bodies)])


def test_fuzz_regressions():
    """Inputs the fuzzer once broke, kept as plain examples."""
    for source in ["", "/", ".", "seeds/", "seeds/.txt", "seeds/..md"]:     # no file name to take an id from
        check_parsed(parse_article(b"!", source), source)
    for body in [b".", b", " * 300, b"---\ntitle: '  '\n---\n..."]:           # a headline of nothing
        assert parse_article(body, "seeds/a.md").article.title == "Untitled article"
