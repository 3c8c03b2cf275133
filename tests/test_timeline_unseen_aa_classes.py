"""Timeline classes found by the unseen-aa gold set, with invented sentences and people."""
import datetime as dt

from plugins.saga.core.timeline.expressions import find_time_expressions


def _values(text, anchor):
    return [(e.text, e.value) for e in find_time_expressions(text, anchor)]


def test_calendar_opener_in_when_clause_on_the_writers_date_is_not_a_second_date():
    # the writer dates the opener; the calendar's generated first matchday is not another date
    text = ("Tomas Velardo will be available for the start of the Clausura on March 8, when "
            "Riverside host their first game of the season at home.")
    vals = _values(text, dt.date(2026, 2, 10))
    assert ("March 8", "2026-03-08") in vals
    assert [v for _, v in vals] == ["2026-03-08"]


def test_calendar_opener_restated_right_after_keeps_the_writers_date():
    text = "Their first game of the season, on August 9, is a trip to the coast."
    vals = _values(text, dt.date(2025, 7, 1))
    assert [v for _, v in vals] == ["2025-08-09"]


def test_calendar_opener_alone_still_gets_the_calendars_day():
    text = "Halvard Brenne should be fit for the first game of the season."
    vals = _values(text, dt.date(2025, 7, 1))
    assert len(vals) == 1 and vals[0][1] is not None and vals[0][1].startswith("2025-08")


def test_when_clause_without_a_calendar_moment_keeps_both_dates():
    text = "The squad flies out on March 3, when the camp in the mountains begins next week."
    vals = [v for _, v in _values(text, dt.date(2026, 2, 24))]
    assert "2026-03-03" in vals
