"""The article reader on every input shape it meets in the wild, broken ones included."""
import datetime as dt

import pytest

from saga.core.articles import parse_article
from saga.core.pipeline import mark_duplicates
from saga.core.titles import headline


def read(data: bytes, name: str = "seeds/a.txt"):
    return parse_article(data, name)


def test_inline_date_prefix_is_removed_and_stated():
    p = read(b" date 2017-07-22 Southampton manager spoke. He was clear.\n\nSecond paragraph.")
    assert p.article.date == dt.date(2017, 7, 22)
    assert p.article.date_basis == "stated"
    assert p.article.body == "Southampton manager spoke. He was clear.\n\nSecond paragraph."
    assert p.warnings == []


def test_no_date_is_undated_without_warning():
    p = read(b"A club made a bid. It was rejected.")
    assert p.article.date is None and p.article.date_basis == "unknown"
    assert p.warnings == []


@pytest.mark.parametrize("line, expected", [
    (b"Published: 14 January 2024", dt.date(2024, 1, 14)),
    (b"Published: January 14, 2024", dt.date(2024, 1, 14)),
    (b"Date: 2024-01-14", dt.date(2024, 1, 14)),
    (b"published:14/01/2024", dt.date(2024, 1, 14)),
])
def test_published_line(line, expected):
    p = read(line + b"\nThe striker signed on Tuesday.")
    assert p.article.date == expected
    assert p.article.body == "The striker signed on Tuesday."


def test_impossible_date_is_published_undated_with_warning():
    p = read(b" date 2017-13-45 The winger wants to leave.")
    assert p.article.date is None and p.article.body == "The winger wants to leave."
    assert p.warnings == ["seeds/a.txt: impossible or incomplete date '2017-13-45'; published as undated"]


def test_bom_and_crlf():
    p = read("\ufeff date 2020-01-02 Line one\r\ncontinues.\r\n\r\nPara two.".encode("utf-8"))
    assert p.article.date == dt.date(2020, 1, 2)
    assert p.article.body == "Line one continues.\n\nPara two."
    assert p.warnings == []


def test_cp1252_bytes_decode_with_warning():
    p = read("The Bayern boss said \u201cno\u201d to Jos\u00e9.".encode("cp1252"))
    assert p.article.body == "The Bayern boss said \u201cno\u201d to Jos\u00e9."
    assert "not valid UTF-8" in p.warnings[0] and p.warnings[0].startswith("seeds/a.txt:")


def test_control_characters_are_removed_with_warning():
    p = read(b"The keeper\x00 signed\x07 a deal.")
    assert p.article.body == "The keeper signed a deal."
    assert "removed 2 control character(s)" in p.warnings[0]


@pytest.mark.parametrize("data, why", [
    (b"", "empty"), (b"   \n\n  \n", "empty"), (b" date 2021-03-04 ", "only a date"),
    (b"Published: 4 March 2021\n\n", "only a date"),
])
def test_empty_and_date_only_files_are_skipped(data, why):
    p = read(data)
    assert p.article is None
    assert p.warnings == [f"seeds/a.txt: skipped: {why}, no article text"]


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n" + bytes(range(256)), bytes(range(256)) * 4])
def test_binary_files_are_skipped(data):
    p = read(data, "seeds/photo.txt")
    assert p.article is None
    assert p.warnings == ["seeds/photo.txt: skipped: binary file, not an article"]


def test_markdown_front_matter_title_date_tags():
    md = b"---\ntitle: Bid for the <b>winger</b>\ndate: 2024-02-03\ntags: [Transfers, Rumour]\n---\n" \
         b"The club *made* a bid.\n\n<script>alert(1)</script>\n"
    p = read(md, "seeds/bid.md")
    a = p.article
    assert (a.title, a.date, a.tags, a.fmt) == ("Bid for the <b>winger</b>", dt.date(2024, 2, 3),
                                                ["Transfers", "Rumour"], "markdown")
    assert a.body.startswith("The club made a bid.")
    assert "<script>" not in p.html and "&lt;script&gt;" in p.html
    assert "<em>made</em>" in p.html


def test_markdown_bad_front_matter_warns_and_keeps_text():
    p = read(b"---\ntitle: [unclosed\n---\nBody text here.", "seeds/x.md")
    assert p.article.body == "Body text here."
    assert "front matter is not valid YAML" in p.warnings[0]


def test_headline_cuts_at_clause_boundary_without_cutting_words():
    body = ("Virgil van Dijk's future at the club has once again been cast in severe doubt after the "
            "manager ordered the player to train away from the first-team.")
    assert headline(body) == "Virgil van Dijk's future at the club has once again been cast in severe doubt"
    long_word_run = "Abcdefgh " * 20 + "end."
    title = headline(long_word_run)
    assert len(title) <= 90 and title.endswith("\u2026") and "Abcdefgh\u2026" in title


def test_short_first_sentence_is_the_headline():
    assert headline("Kane signs for Bayern. More follows.") == "Kane signs for Bayern"


def test_duplicates_keep_the_earliest_dated():
    a = read(b' date 2020-05-02 The deal is "done".', "seeds/b.txt").article
    b = read(b" date 2020-05-01 The  deal is\n\xe2\x80\x9cdone\xe2\x80\x9d.", "seeds/c.txt").article
    c = read(b"Another story.", "seeds/d.txt").article
    kept = mark_duplicates([a, b, c])
    assert [x.source for x in kept] == ["seeds/c.txt", "seeds/d.txt"]
    assert a.duplicate_of == b.id and b.duplicate_of is None


def test_a_wire_dateline_is_not_the_headline():
    assert headline("GLASGOW, Aug 31 (PA) - Kingsport have signed Tomas Brandt. More follows.") == \
        "Kingsport have signed Tomas Brandt"
    assert headline("NORTHBRIDGE, Ohio – The club announced a new signing.") == "The club announced a new signing"
    assert headline("PSV - Ajax is the game of the week.") == "PSV - Ajax is the game of the week"
