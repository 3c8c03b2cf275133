"""Classes of date errors found on the unseen-ar/unseen-as gold sets, one test each: a day set
"as the end of" a period (the setting dates nothing), a deadline that "falls on" a day (a
present value, still ahead), a schedule in the present perfect with its object between it and
"for" ("have pencilled in a meeting with his camp for June 2"), a reported "had been arranged
for Friday" (a backshifted "has been arranged"), "expected the player to sign on Thursday" (the
infinitive's time follows the expecting), "the window closes on that date" (the day just given,
not the calendar's) and "next summer" written in spring (the year after). Every sentence is made
up for the test (invented people).
"""
import datetime as dt

from saga.core.timeline.expressions import find_time_expressions


def values(text, anchor, league=None):
    return [e.value for e in find_time_expressions(text, anchor, league)]


TUE_JUL = dt.date(2025, 7, 8)
WED_DEC = dt.date(2025, 12, 3)
TUE_MAY = dt.date(2026, 5, 12)
TUE_FEB = dt.date(2026, 2, 3)
WED_JAN = dt.date(2026, 1, 28)


def test_a_day_set_as_the_end_of_a_period_is_the_nearest_such_day():
    text = "The federation has set August 15 as the end of the registration period."
    assert values(text, TUE_JUL) == ["2025-08-15"]
    # a day set as the deadline was already read this way
    assert values("The league has set August 20 as the deadline.", TUE_JUL) == ["2025-08-20"]


def test_a_deadline_that_falls_on_a_day_lies_ahead():
    text = ("Pellow added in a late note that the federation's registration deadline falls on "
            "December 15.")
    assert values(text, WED_DEC) == ["2025-12-15"]


def test_a_meeting_pencilled_in_with_an_object_lies_ahead():
    text = "The club have already pencilled in a meeting with the defender's camp for June 2."
    assert values(text, TUE_MAY) == ["2026-06-02"]
    text = "Rovers have booked a medical for Friday."
    assert values(text, TUE_MAY) == ["2026-05-15"]


def test_a_reported_had_been_arranged_for_a_day_lies_ahead():
    text = "His agent, Marta Quillon, said a meeting between the two clubs had been arranged for Friday."
    assert values(text, TUE_FEB) == ["2026-02-06"]
    # told as a past schedule, without a reporting verb, it stays in the past
    text = "A medical was booked for Friday, but the player never turned up."
    assert values(text, TUE_FEB) == ["2026-01-30"]


def test_expected_someone_to_do_something_on_a_day_lies_ahead():
    text = ("The agent, Oskar Venn, said the remaining issues were small and that he expected the "
            "player to sign on Thursday.")
    assert values(text, WED_JAN) == ["2026-01-29"]


def test_window_closes_on_that_date_takes_the_day_just_given():
    text = ('"I am sure we can find a solution before February 15," she said.\n\n'
            "The federation's registration window closes on that date.")
    assert values(text, TUE_FEB) == ["2026-02-15", "2026-02-15"]


def test_next_summer_written_in_spring_is_the_year_after():
    assert values("Her contract runs until next summer.", TUE_MAY) == ["2027"]
    assert values("Her contract runs until next summer.", dt.date(2026, 2, 10)) == ["2026"]
    assert values("Her contract runs until next summer.", dt.date(2025, 10, 1)) == ["2026"]


def test_the_a_leagues_play_split_seasons():
    from saga.core.timeline.football import calendar
    cal = calendar()
    text = ("Canberra United are weighing an offer for defender Jo Tallis-Reed, who played 20 "
            "A-League Women games last season.")
    assert cal.league_for(text).key == "a-league-women"
    assert values(text, dt.date(2026, 1, 14)) == ["2024-25"]
    text = "The striker has scored nine goals in 12 A-League Women matches this season."
    assert values(text, dt.date(2026, 1, 14)) == ["2025-26"]
    assert not cal.league("a-league-men").calendar_year
