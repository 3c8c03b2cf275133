"""Classes of date misses found on a new gold set, each shown with a small invented example."""
import datetime as dt

from saga.core.model import Article
from saga.core.timeline import extract_timeline, find_time_expressions

JULY = dt.date(2024, 7, 3)


def values(text, anchor):
    return [(e.text, e.value) for e in find_time_expressions(text, anchor)]


def test_a_wish_reported_in_the_past_dates_the_wanting_not_the_time_wanted():
    # "I want him here in August", reported last week: August is still to come
    text = "\u201cI said last week that I wanted him here in August, and now he is here,\u201d Marzec told reporters."
    assert values(text, JULY)[-1] == ("August", "2024-08")
    # the nearest such month: a wish for a month just gone stays in the past
    text = "Tarnow hoped for a deal in May, but the talks broke down."
    assert values(text, JULY) == [("May", "2024-05")]


def test_a_loans_option_or_obligation_to_buy_is_for_the_time_to_come():
    text = ("Kelso made a late approach at the weekend, offering a loan with an obligation to buy "
            "in the summer, but the proposal was rejected.")
    assert dict(values(text, dt.date(2024, 1, 17)))["the summer"] == "2024"


def art(ident, body):
    return Article(id=ident, source=f"t/{ident}.txt", body=body, title=ident, date=None, date_basis="unknown")


def test_an_undated_text_that_names_next_months_day_and_the_coming_season_dates_itself():
    body = ("Dunmore are looking for a new goalkeeper for the 2031-32 season. Brandvik returned to Kelso in "
            "January.\n\nThe summer window opens next month, on 1 July, and Dunmore want him by then.")
    tl = extract_timeline([art("lone", body)], [], [], [])
    iso, reason = tl.inferred_dates["lone"]
    assert iso == "2031-06-15"
    assert "next month, on 1 July" in reason and "2031-32 season" in reason and "June 2031" in reason
    assert {ev.date for ev in tl.events if ev.sources[0].article == "lone"} >= {"2031-01", "2031-07-01"}
    # the month alone names no year: no date
    no_year = "Brandvik returned to Kelso in January.\n\nThe summer window opens next month, on 1 July."
    assert "lone" not in extract_timeline([art("lone", no_year)], [], [], []).inferred_dates


def test_an_article_dated_to_a_month_only_gives_no_day_counted_from_its_stand_in_day():
    body = ("Tomas Varga could leave Brenford Athletic when the window opens next month, on 1 July. "
            "The striker wants to play in the Bundesliga for the 2025-26 season.\n\n"
            "He trained alone on Tuesday and will meet the board next week.")
    tl = extract_timeline([art("lone", body)], [], [], [])
    assert tl.inferred_dates["lone"][0].startswith("2025-06")
    texts = {src.date_text: ev.date for ev in tl.events for src in ev.sources}
    assert texts["1 July"] == "2025-07-01" and texts["next month"] == "2025-07"
    assert "Tuesday" not in texts and "next week" not in texts
