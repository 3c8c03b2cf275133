"""Classes of date errors found on the unseen-t gold set, one test each: "this Monday" in a
past-tense clause (this week's Monday, gone by, as translated copy writes it), "we'd need ...
on Monday" (the "'d" of "would" looks forward), "a wet Tuesday in ..." (the proverbial day, no
date), "the start of pre-season" (a noun, not the verb "start"), and "this season" in an aside on
the sentence's subject ("The 20-year-old, who has scored seven goals this season, is ..."): the
player's tally so far, no happening of its own; and "before the winter window closes", which
names no month, is the calendar's deadline day even when that falls in February. Every sentence is made up for the test
(invented players and clubs).
"""
import datetime as dt

from saga.core.timeline.expressions import find_time_expressions


def values(text, anchor, league=None):
    return [e.value for e in find_time_expressions(text, anchor, league)]


TUE_JUL = dt.date(2025, 7, 8)
TUE_JAN = dt.date(2026, 1, 27)
FRI_AUG = dt.date(2025, 8, 22)
WED_JAN = dt.date(2026, 1, 14)


def test_this_weekday_in_past_clause_is_this_weeks_day():
    assert values("Their sporting director travelled to Alderbridge this Monday to meet the agent.",
                  TUE_JUL) == ["2025-07-07"]
    # looking forward it is still the coming one
    assert values("Their sporting director will travel to Alderbridge this Friday.", TUE_JUL) == ["2025-07-11"]
    # a past clause naming a day later in the week than the article: no change of rule
    assert values("The club made an offer this Thursday.", TUE_JUL) == ["2025-07-10"]


def test_contracted_would_looks_forward():
    assert values("If he goes, we'd need a striker in before deadline day on Monday.",
                  TUE_JAN) == ["2026-02-02"]
    # "'d" + participle is "had": past
    assert values("He said they'd agreed terms on Monday.", TUE_JAN) == ["2026-01-26"]


def test_weather_weekday_is_no_date():
    assert values("He has never played on a wet Tuesday in Grimsworth.", TUE_JAN) == []
    assert values("Can he do it on a cold, rainy Wednesday night away from home?", TUE_JAN) == []
    # a plain "on Tuesday" still dates
    assert values("The bid arrived on Tuesday.", TUE_JAN) == ["2026-01-27"]


def test_start_of_preseason_is_not_a_future_verb():
    got = values("Millbrook have been searching for a centre-half since the start of pre-season.", FRI_AUG)
    assert got and got[0] in ("2025-06", "2025-07")


def test_this_season_in_subject_aside_is_background():
    assert values("The 20-year-old, who has scored seven goals in 12 appearances this season, "
                  "was left out of the squad.", WED_JAN) == []
    assert values("Dorrington, who has five goals this term, is wanted by two clubs.", WED_JAN) == []
    # in the main clause, or last season, it stays
    assert values("The 20-year-old has scored seven goals this season.", WED_JAN) == ["2025-26"]
    assert values("The 24-year-old, who scored 12 goals last season, is wanted by two clubs.",
                  WED_JAN) == ["2024-25"]
    assert values("The coach was delighted to keep the winger, who has started 18 games this season.",
                  WED_JAN) == ["2025-26"]


def test_winter_window_close_is_the_calendars_day():
    # "winter" names no month: a deadline the calendar moves into February is that day
    assert values("Kessler wants to leave Bochum before the winter window closes.", WED_JAN,
                  "bundesliga") == ["2026-02-02"]
    # "January" is the month the writer means, whatever the calendar's day
    assert values("Kessler wants to leave Bochum before the January window closes.", WED_JAN,
                  "bundesliga") == ["2026-01"]
