"""Classes of date errors found on the unseen-f gold set, each with small made-up sentences
(invented players and coaches; real clubs and leagues): a sentence and its anchor date give the
expected values.

- "look/seek to" is an aim, like "looking to": "as the champions look to strike early in the
  January window", written in late December, is the coming window, not last January;
- a calendar moment the writer dates at once ("before the window shuts at the end of the
  month", "the window closes on Monday") takes the writer's date, not the calendar's deadline;
- "the deadline-day signing of ...": "deadline-day" before a noun describes it (like "a
  deadline-day deal") and is no date of its own, with or without "the";
- "I'd take him tomorrow", "I would pay the money tomorrow": a speaker's conditional says how
  keen they are; no event happens tomorrow (a wish or a forecast still dates one).
"""
import datetime as dt

import pytest

from saga.core.timeline.expressions import find_time_expressions

TUE_DEC = dt.date(2025, 12, 30)
WED_JAN = dt.date(2026, 1, 14)
TUE_JUL = dt.date(2025, 7, 22)


def values(text, anchor, league=None):
    return [e.value for e in find_time_expressions(text, anchor, league)]


def pairs(text, anchor, league=None):
    return [(e.text, e.value) for e in find_time_expressions(text, anchor, league)]


# --- "look to" / "seek to" look forward ------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Al-Wahda have launched a bid for Torvaldo as the champions look to strike early in the "
     "January window.", "2026-01"),
    ("Basel have made an offer for Kessler as the club looks to add a striker in January.", "2026-01"),
    ("Feyenoord have sounded out Mbemba's camp as they seek to reinforce in January.", "2026-01"),
])
def test_look_or_seek_to_is_an_aim(text, want):
    assert values(text, TUE_DEC) == [want]


def test_a_past_verb_alone_still_dates_the_last_january():
    assert values("Basel signed Kessler in the January window.", dt.date(2025, 11, 20)) == ["2025-01"]


# --- a calendar moment the writer dates ------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Lyon are ready to go again before the window shuts at the end of the month.", ["2026-01"]),
    ("Brugge want a deal before the window closes on Friday.", ["2026-01-16"]),
    ("Brugge want a deal before the transfer window closes at 11pm on Friday.", ["2026-01-16"]),
    ("A decision is expected before the Dutch window closes on 3 February 2026.", ["2026-02-03"]),
])
def test_the_writers_date_for_a_calendar_moment_wins(text, want):
    assert values(text, WED_JAN) == want


def test_a_calendar_moment_alone_keeps_the_calendars_day():
    got = pairs("Lyon are ready to go again before the window shuts.", WED_JAN)
    assert len(got) == 1 and got[0][0] == "the window shuts" and got[0][1].startswith("2026-0")


def test_a_comma_parts_the_moment_from_the_next_time():
    got = values("Lyon want a deal before the window shuts, and on Monday they bid again.", WED_JAN)
    assert len(got) == 2


# --- "the deadline-day signing" ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Wolves have completed the deadline-day signing of Olympiacos forward Kostas Dimaras.",
    "Fulham wrapped up the deadline day loan of Sandro Okafor.",
    "It was a deadline-day deal for Okafor.",
])
def test_deadline_day_before_a_noun_is_no_date(text):
    assert values(text, dt.date(2025, 9, 1)) == []


def test_the_deadline_day_still_dates_before_another_noun():
    got = pairs("Talks collapsed after the two sides failed to agree terms before the deadline day "
                "cut-off.", dt.date(2025, 9, 2))
    assert [t for t, _ in got] == ["deadline day"] and got[0][1] is not None


def test_the_deadline_alone_still_dates():
    assert len(values("We are delighted to have completed the deal ahead of the deadline.",
                      dt.date(2025, 9, 1))) == 1


# --- "I'd take him tomorrow" -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    'Pundit Gary Marsh said: "I\'d take him tomorrow. He runs the channels."',
    "Former striker Dean Coyle told talkSPORT: 'A proper holding midfielder. I would pay the money tomorrow.'",
    '"We would happily sign him tomorrow if the price was right," said Henke.',
])
def test_a_conditional_tomorrow_dates_nothing(text):
    assert values(text, TUE_JUL) == []


@pytest.mark.parametrize("text", [
    '"We\'d like to get it done tomorrow," said Henke.',
    '"I would say he signs tomorrow," said Henke.',
    '"We\'d agreed to meet him tomorrow," said Henke.',
    "Okafor will undergo a medical tomorrow.",
    "Henke said the deal would be completed tomorrow.",
])
def test_a_wish_a_forecast_or_a_plan_keeps_tomorrow(text):
    assert values(text, TUE_JUL) == ["2025-07-23"]
