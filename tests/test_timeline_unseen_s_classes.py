"""Classes of date errors found on the unseen-s gold set, one test each: a birthday told in
the present ("who turns 30 in October", read as last October by a past verb after it) and a
count before "in N days" ("twice in ten days", "three offers in a week": the span the things
were counted over, not a day N days on). Every sentence is made up for the test (invented
players and clubs).
"""
import datetime as dt

from saga.core.timeline.expressions import find_time_expressions


def values(text, anchor, league=None):
    return [e.value for e in find_time_expressions(text, anchor, league)]


FRI_AUG = dt.date(2025, 8, 22)
WED_JUL = dt.date(2025, 7, 9)


def test_present_birthday_looks_ahead():
    assert values("The goalkeeper, who turns 30 in October, had been a target for Dunmore Rovers.",
                  FRI_AUG) == ["2025-10"]
    assert values("Pellow-Grant, who turns twenty-one in March, was signed from the academy.",
                  FRI_AUG) == ["2026-03"]
    # a birthday told in the past stays in the past
    assert values("The winger, who turned 30 in June, had been a regular at Kettlemoor.",
                  FRI_AUG) == ["2025-06"]


def test_count_before_in_n_days_is_a_span_not_a_date():
    assert values("When a club like Brackwater comes twice in ten days, the player hears about it.",
                  WED_JUL) == []
    assert values("Halverton have made three offers in a fortnight and two bids in ten days.",
                  WED_JUL) == []
    assert values("It was their second approach in ten days for the full-back.", WED_JUL) == []
    # with no count before it, "in ten days" is still ten days on
    assert values("The deal could be completed in ten days, the agent said.", WED_JUL) == ["2025-07-19"]
    assert values("He will report for pre-season training in two weeks.", WED_JUL)[:1] == ["2025-W30"]


def test_present_perfect_after_the_day_looks_back():
    # "has blown", "have taken": the thing done on that day is done by now
    assert values("But the Gallowmere side's move on Friday has blown the race wide open.",
                  dt.date(2025, 8, 30)) == ["2025-08-29"]
    assert values("Their approach on Monday has taken everyone at Fenwick Albion by surprise.",
                  dt.date(2025, 8, 30)) == ["2025-08-25"]
    # with no perfect after it, a present fixture verb still looks ahead
    assert values("The Gallowmere side play Fenwick Albion on Friday in a game that could open the race.",
                  dt.date(2025, 8, 27)) == ["2025-08-29"]


def test_this_morning_in_a_quote_is_the_speaking_day():
    text = ("Speaking to reporters at the training ground on Tuesday, head coach Arne Volkmer admitted "
            "the winger was unsettled.\n\n\"I spoke with him this morning,\" the German said.")
    assert values(text, dt.date(2025, 8, 20)) == ["2025-08-19", "2025-08-19"]
    # a day that dates something else, not the speaking, leaves the article's morning
    text = "Kettlemoor confirmed the fee on Tuesday.\n\n\"He passed his medical this morning,\" the manager said."
    assert values(text, dt.date(2025, 8, 20)) == ["2025-08-19", "2025-08-20"]
    # outside a quote "this morning" is the reporter's, the article's day
    text = ("Speaking on Tuesday, Volkmer was calm.\n\nThe winger trained this morning with the squad.")
    assert values(text, dt.date(2025, 8, 20)) == ["2025-08-19", "2025-08-20"]
