"""Classes of date errors found on the unseen-aj gold set, one test each: a season or window the
writer dates with a verb right after naming it ("the new season starting on March 6", "the
summer transfer window runs until August 31": the day is the claim, not another date for the
season's year); the calendar's end of the season followed by an appositive match the writer
dates ("the final game of the season, a 2-0 defeat at ... on October 17"). Every sentence is
made up for the test (invented people; real leagues where the calendar needs them).
"""
import datetime as dt

from saga.core.timeline.expressions import find_time_expressions


def values(text, anchor, league=None):
    return [e.value for e in find_time_expressions(text, anchor, league)]


FRI_JAN = dt.date(2026, 1, 9)
FRI_JUL = dt.date(2026, 7, 3)
WED_DEC = dt.date(2025, 12, 3)


def test_new_season_dated_by_a_verb_is_not_a_second_date():
    v = values("The registration period closes on February 20, with the new season starting on March 7.",
               FRI_JAN, "chinese-super-league")
    assert v == ["2026-02-20", "2026-03-07"]


def test_summer_window_that_runs_until_a_day():
    v = values("The league's summer transfer window runs until August 29, and the squad return to "
               "training on July 14.", FRI_JUL)
    assert "2026-08-29" in v and "2026-07-14" in v
    assert "2026" not in v


def test_season_kept_when_nothing_dates_it():
    # "last season" with its own claim and a separate day: both stay
    v = values("Tomas Verhagen, who scored nine goals last season, signed on Thursday.", FRI_JAN,
               "chinese-super-league")
    assert "2026-01-08" in v and len(v) == 2


def test_end_of_season_apposed_with_the_writers_match_day():
    v = values("The defender has said little since the final game of the season, a 2-0 defeat "
               "at the Showgrounds on October 17.", WED_DEC, "league-of-ireland")
    assert v == ["2025-10-17"]


def test_end_of_season_kept_without_a_match_day():
    v = values("Colm Hegarty's contract ran out at the end of the season.", WED_DEC, "league-of-ireland")
    assert len(v) == 1 and v[0].startswith("2025-1")
