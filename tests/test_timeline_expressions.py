"""Temporal expressions: a sentence in, the ISO value out (anchor = publication date)."""
import datetime as dt

import pytest

from saga.core.timeline.expressions import find_time_expressions

SAT = dt.date(2017, 7, 22)       # a Saturday in the close season
WED = dt.date(2018, 1, 10)       # a Wednesday in mid-season, January window open


def values(text, anchor=SAT, league=None):
    return [e.value for e in find_time_expressions(text, anchor, league)]


@pytest.mark.parametrize("text,anchor,want", [
    # explicit dates in every common order
    ("The opener is on 12th August.", SAT, "2017-08-12"),
    ("He signed on 3 March.", SAT, "2017-03-03"),
    ("He signed on March 3.", SAT, "2017-03-03"),
    ("He joined on 14 July 2023.", SAT, "2023-07-14"),
    ("He joined on 14/07/2023.", SAT, "2023-07-14"),
    ("Agreed on 2023-07-12.", SAT, "2023-07-12"),
    ("It happened on the 3rd of March.", SAT, "2017-03-03"),
    ("Talks began on March 3rd, 2024.", SAT, "2024-03-03"),
    ("He arrived in July 2017.", WED, "2017-07"),
    # weekdays: past by default, forward with future cues
    ("Palace rejected the bid on Tuesday.", SAT, "2017-07-18"),
    ("He will play against Lyon next Saturday.", SAT, "2017-07-29"),
    ("Palace host Wolves on Saturday.", dt.date(2023, 8, 24), "2023-08-26"),
    ("They need an answer by Friday.", dt.date(2023, 8, 28), "2023-09-01"),
    ("An offer was made last Thursday.", dt.date(2024, 1, 17), "2024-01-11"),
    ("The breakthrough came late on Sunday night.", dt.date(2023, 8, 28), "2023-08-27"),
    # relative days and weeks
    ("We received it yesterday.", SAT, "2017-07-21"),
    ("He flies out tomorrow.", SAT, "2017-07-23"),
    ("He had a medical last night.", SAT, "2017-07-21"),
    ("Chelsea signed a defender last week.", SAT, "2017-W28"),
    ("A decision is due next week.", SAT, "2017-W30"),
    ("Scouts watched him two weeks ago.", SAT, "2017-W27"),
    ("He moved there two years ago.", SAT, "2015"),
    ("They agreed terms at the weekend.", dt.date(2018, 1, 31), "2018-01-27"),
    # months
    ("Liverpool abandoned their pursuit in June.", SAT, "2017-06"),
    ("He was injured at the end of January.", dt.date(2017, 8, 2), "2017-01"),
    ("Palace could revisit the situation in January.", dt.date(2023, 8, 24), "2024-01"),
    ("He signed a new deal last month.", SAT, "2017-06"),
    ("They struck a deal on August 31 last year.", dt.date(2018, 3, 3), "2017-08-31"),
    # years and seasons
    ("He made his debut in 2016.", SAT, "2016"),
    ("A problem area for the club last season.", SAT, "2016-17"),
    ("He scored six goals this season.", WED, "2017-18"),
    ("He played in the 2022-23 season.", SAT, "2022-23"),
    ("He scored 21 goals in the 2018/19 campaign.", SAT, "2018-19"),
    ("They want him for next season.", dt.date(2018, 3, 3), "2018-19"),
    ("Everton will make him their priority this summer.", dt.date(2018, 3, 3), "2018"),
    ("They tried to sign him last summer.", SAT, "2016"),
    ("He signed in the summer of 2022.", SAT, "2022"),
    ("He will stay until the end of the season.", WED, "2018-05"),
    # football's calendar
    ("He is expected to leave on deadline day.", SAT, "2017-08-31"),
    ("They want a deal before the January window closes.", WED, "2018-01-31"),
    ("Wolves rejected a £35m offer in the January window.", dt.date(2025, 5, 30), "2025-01"),
    ("A huge decision just 10 days ahead of the new season.", dt.date(2017, 8, 2), "2017-08-11"),
    ("He impressed during pre-season.", dt.date(2019, 8, 6), "2019-07"),
    ("He will report back for pre-season on time.", dt.date(2025, 5, 30), "2025-07"),
    ("A deal four days before the transfer window closes.", dt.date(2023, 8, 28), "2023-09-01"),
    ("He started on Boxing Day.", dt.date(2022, 12, 29), "2022-12-26"),
])
def test_expression_values(text, anchor, want):
    assert want in values(text, anchor)


@pytest.mark.parametrize("text", [
    "Liverpool were linked with a £60m swoop and an €80 million bid.",
    "The 26-year-old is 100 per cent committed, 100% focused.",
    "Southampton may wish to sell him, and he may go.",
    "They won 2-1 and he wears the No 4 shirt, the number 10 shirt.",
    "He missed the pre-season trip to France.",
    "A deadline day deal was agreed.",
    "He joined Sheffield Wednesday.",
    "June Smith and Theresa May spoke to Jan Vertonghen.",
    "He has scored 12 goals in 24 appearances over five years.",
    "He will be out for the next few days and in recent weeks he was poor.",
    "The 2018 World Cup was a success.",
])
def test_not_dates(text):
    assert values(text) == []


def test_absolute_dates_resolve_without_anchor_relative_ones_do_not():
    found = find_time_expressions("He joined on 14 July 2021 and left last week.", None)
    assert [(e.text, e.value, e.relative) for e in found] == [
        ("14 July 2021", "2021-07-14", False), ("last week", None, True)]


def test_weekday_and_date_are_one_expression():
    found = find_time_expressions("The opener is on Saturday 12 August.", SAT)
    assert [(e.text, e.value) for e in found] == [("Saturday 12 August", "2017-08-12")]


def test_offsets_point_into_the_original_text():
    text = "Pellegrino said: \u201cHe left on Tuesday.\u201d"
    (e,) = find_time_expressions(text, SAT)
    assert text[e.start:e.end] == e.text == "Tuesday"


def test_league_calendar_changes_the_deadline():
    text = "He is expected to leave on deadline day."
    assert values(text, dt.date(2019, 8, 1), "premier-league") == ["2019-08-08"]
    assert values(text, dt.date(2019, 8, 1), "bundesliga") == ["2019-09-02"]
