"""Classes of date errors found on the unseen-aq gold set, one test each: a day named as a
deadline ("the federation has set October 15 as the deadline") is the nearest such day, not
one a year back read from the past verb that reports the setting, and the calendar's own
deadline for "the deadline" right after it is dropped (the writer's day is the deadline);
"before the season starts" and "since the start of the season" in a story of a league outside
Europe that the calendar does not model name no day or month (Europe's August is not theirs);
Kyrgyzstan's calendar-year league.
Every sentence is made up for the test (invented people; real clubs where the calendar needs
them).
"""
import datetime as dt

from saga.core.timeline.expressions import find_time_expressions


def values(text, anchor, league=None):
    return [e.value for e in find_time_expressions(text, anchor, league)]


WED_AUG = dt.date(2025, 8, 20)
TUE_SEP = dt.date(2025, 9, 2)


def test_a_day_set_as_the_deadline_is_the_nearest_one():
    text = ("Rovers cannot use the striker until his papers are lodged with the league, which has set "
            "October 15 as the deadline for registering new signings.")
    assert values(text, WED_AUG) == ["2025-10-15"]
    # day first, and another way of naming the role
    text = "The federation fixed 1 October as the final day for registrations."
    assert values(text, WED_AUG) == ["2025-10-01"]
    text = "The league had named 30 June as the cut-off date, and Rovers missed it by a day."
    assert values(text, WED_AUG) == ["2025-06-30"]


def test_a_past_day_without_the_deadline_role_keeps_the_past_tense():
    text = "The board met on October 15 to discuss the offer."
    assert values(text, WED_AUG) == ["2024-10-15"]


def test_season_start_in_an_unmodelled_league_outside_europe():
    text = ("Enyimba's chairman Obinna Nwankwo-Eze said the club had no intention of selling the "
            "midfielder before the season starts.")
    assert values(text, TUE_SEP) == []
    # a modelled league keeps its first matchday
    text = "Burnley's chairman said the club would not sell the midfielder before the season starts."
    assert values(text, dt.date(2025, 7, 8))


def test_start_of_the_season_in_an_unmodelled_league_outside_europe():
    text = ("Enyimba coach Sunday Okorie-Ade said: \"He is the player we have been missing since the "
            "start of the season.\"")
    assert values(text, dt.date(2026, 2, 4)) == []
    text = "Burnley coach said: \"He is the player we have been missing since the start of the season.\""
    assert values(text, dt.date(2026, 2, 4)) == ["2025-08"]


def test_kyrgyz_premier_league_is_a_calendar_year_league():
    text = "Talant Ormonbekov-Uulu has scored nine goals in the Kyrgyz Premier League this season."
    assert values(text, dt.date(2025, 7, 17)) == ["2025"]
    # the English league named alone keeps its two-year seasons
    text = "Tom Ashdown-Pryce has scored nine goals in the Premier League this season."
    assert values(text, dt.date(2025, 12, 17)) == ["2025-26"]
