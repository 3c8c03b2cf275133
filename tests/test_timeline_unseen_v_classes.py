"""Classes of date errors found on the unseen-v gold set, one test each: a day of the month alone
("reported on the 18th", "On the 9th, ...", translated Japanese or German press and British
"on the 3rd") is in the article's month, the latest such day gone by in past tense and the next
one in future tense, while an ordinal before a noun ("the 18th minute", "the 17th century") is
no date; "set a deadline of Friday" names a Friday ahead of the setting; and a calendar-year
women's league (NWSL) labels "last season" by the year. Every sentence is made up for the test
(invented players and clubs).
"""
import datetime as dt

from saga.core.timeline.expressions import find_time_expressions


def values(text, anchor, league=None):
    return [e.value for e in find_time_expressions(text, anchor, league)]


THU_DEC = dt.date(2025, 12, 18)
WED_JAN = dt.date(2026, 1, 14)


def test_day_of_month_alone_past_tense():
    assert values("The Osaka daily reported on the 18th that Tamura had agreed terms.", THU_DEC) == ["2025-12-18"]
    assert values("On the 16th, the director Ryota Mizuno met the player's agent.", THU_DEC) == ["2025-12-16"]
    assert values("Asked at a supporters' evening on the 11th, the winger only smiled.", THU_DEC) == ["2025-12-11"]


def test_day_of_month_alone_after_the_anchor_day_in_past_tense_is_last_month():
    assert values("The first approach was made on the 27th.", THU_DEC) == ["2025-11-27"]


def test_day_of_month_alone_future_tense_looks_ahead():
    assert values("Talks will resume on the 22nd.", THU_DEC) == ["2025-12-22"]
    assert values("The squad will gather again on the 5th.", THU_DEC) == ["2026-01-05"]


def test_day_of_month_alone_of_this_month():
    assert values("He signed on the 2nd of this month.", THU_DEC) == ["2025-12-02"]


def test_ordinals_that_are_no_dates():
    assert values("Brennan scored in the 18th minute.", THU_DEC) == []
    assert values("The ground dates from the 17th century.", THU_DEC) == []
    assert values("He finished on the 18th hole and the club sat 14th in the table.", THU_DEC) == []
    # an ordinal with a month is the day-and-month branch's
    assert values("He trained on the 9th of December.", THU_DEC) == ["2025-12-09"]


def test_deadline_of_weekday_looks_ahead():
    assert values("Harrowgate are expected to set a deadline of Friday for a better offer.", WED_JAN) == ["2026-01-16"]
    assert values("The club has set a deadline of Friday for any bid.", WED_JAN) == ["2026-01-16"]
    # a deadline of a day already gone, told with a past auxiliary, stays in the past
    assert values("They had set a deadline of Monday, which passed without a bid.", WED_JAN) == ["2026-01-12"]


def test_nwsl_is_a_calendar_year_league():
    text = ("The NWSL side want to keep their forward Marisol Tennant-Ruiz, who scored nine goals last season. "
            "The new NWSL season begins in March.")
    assert "2025" in values(text, WED_JAN)


def test_place_named_after_a_date_is_no_date():
    anchor = dt.date(2025, 8, 21)
    assert values("He was left out of a friendly at the 12 March Stadium.", anchor) == []
    assert values("The rally filled the October 6 Square.", anchor) == []
    assert values("He signed on 30 June. Stadium works began later.", anchor) == ["2025-06-30"]
