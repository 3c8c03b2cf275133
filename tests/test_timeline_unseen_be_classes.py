"""Classes of date errors found on the unseen-bd and unseen-be gold sets, one test each: the day a
deadline falls on ("before the registration deadline on March 31") read in the reporter's past
tense as last year's; a fronted "Until June," whose main clause tells of the past ("Until June,
the club was known as X") read forward like a contract's "until June"; a move agreed now for a
named month ("agreed a January move", in October) read as last January. Every sentence is made
up for the test (invented players and clubs).
"""
import datetime as dt

from saga.core.timeline.expressions import find_time_expressions


def values(text, anchor):
    return [e.value for e in find_time_expressions(text, anchor)]


EARLY_MARCH = dt.date(2026, 3, 5)
SEPTEMBER = dt.date(2025, 9, 1)
LATE_OCTOBER = dt.date(2025, 10, 27)


def test_the_day_a_deadline_falls_on_is_the_coming_one_after_a_past_verb():
    text = "The coach said no more players would arrive before the registration deadline on March 31."
    assert values(text, EARLY_MARCH) == ["2026-03-31"]


def test_a_past_day_without_a_deadline_stays_in_the_past():
    text = "The coach said the club had signed him on March 31."
    assert values(text, EARLY_MARCH) == ["2025-03-31"]


def test_a_fronted_until_month_with_a_past_main_clause_is_gone_by():
    text = "Until June, the club from the lakeside town was known as FC Oldbridge Rovers."
    assert values(text, SEPTEMBER) == ["2025-06"]


def test_a_contract_until_a_month_still_looks_forward():
    assert values("Tomas Velk has a contract until June.", SEPTEMBER) == ["2026-06"]
    assert values("Until June, the striker will stay with the reserves.", SEPTEMBER) == ["2026-06"]


def test_a_move_agreed_for_a_named_month_is_the_coming_month():
    text = "On the same weekend the striker Piet Lavrans agreed a January move to Kessel United."
    assert values(text, LATE_OCTOBER) == ["2026-01"]


def test_a_move_completed_in_a_named_month_is_gone_by():
    text = "Last season the striker Piet Lavrans completed a January move to Kessel United."
    assert "2025-01" in values(text, LATE_OCTOBER)
