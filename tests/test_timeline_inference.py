"""Undated articles: dated from what they repeat of dated ones, never presented as stated."""
import datetime as dt

from saga.core.model import Article, Entity, Mention, Quote, QuoteSource
from saga.core.timeline import extract_timeline

QUOTE = "Kofi is not for sale, 100 per cent, and we will not discuss it with anybody."


def art(ident, body, date=None):
    return Article(id=ident, source=f"t/{ident}.txt", body=body, title=ident, date=date,
                   date_basis="stated" if date else "unknown")


DATED = art("dated", f"\u201c{QUOTE}\u201d Bellandi said on Friday.\n\nA bid was rejected on Tuesday.",
            dt.date(2023, 8, 24))
UNDATED = art("undated", f"\u201c{QUOTE}\u201d Bellandi said on Friday.\n\nPalace could sell in January.")


def test_a_repeated_sentence_dates_the_article_and_its_relative_dates_are_marked_inferred():
    tl = extract_timeline([DATED, UNDATED], [], [], [])
    iso, reason = tl.inferred_dates["undated"]
    assert iso == "2023-08-24" and "t/dated.txt" in reason
    jan = next(ev for ev in tl.events if ev.sources[0].article == "undated" and ev.date == "2024-01")
    assert jan.date_basis == "inferred"


def test_a_shared_quote_is_evidence_too():
    a = art("a", "He said it again.", dt.date(2020, 1, 5))
    b = art("b", "Nothing in common here at all, he said later.")
    q = Quote("q1", "x", None, None, sources=[QuoteSource("a", "x", 0, 1), QuoteSource("b", "x", 0, 1)])
    assert extract_timeline([a, b], [], [], [q]).inferred_dates["b"][0] == "2020-01-05"


def test_nothing_shared_means_no_date_and_relative_dates_stay_unresolved():
    lone = art("lone", "He joined on 14 July 2021 and a club enquired last week.")
    tl = extract_timeline([DATED, lone], [], [], [])
    assert "lone" not in tl.inferred_dates
    lone_dates = [ev.date for ev in tl.events if ev.sources[0].article == "lone"]
    assert lone_dates == ["2021-07-14"]


def test_a_sentence_is_looked_for_in_the_articles_of_the_same_story():
    line = "The club have rejected a second offer and insist the player is going nowhere this summer."
    other = art("other", f"{line} Rossi stays.", dt.date(2023, 5, 1))          # about another player
    same = art("same", f"{line} Kofi stays.", dt.date(2023, 8, 24))
    undated = art("undated", f"{line} Kofi stays.")
    mentions = []
    for a, name in ((other, "Rossi"), (same, "Kofi"), (undated, "Kofi")):
        start = a.body.index(name)
        mentions.append(Mention(a.id, name.lower(), name, start, start + len(name)))
    players = [Entity("rossi", "player", "Rossi"), Entity("kofi", "player", "Kofi")]
    tl = extract_timeline([other, same, undated], mentions, players, [])
    assert tl.inferred_dates["undated"][0] == "2023-08-24"
