"""Classes of date errors found on the unseen-j gold set, each with small made-up sentences
(invented players and coaches; real clubs): a sentence and its anchor date give the expected values.

- a possessive weekday naming a fixture in a present-tense clause ("My focus is on Sunday's
  game") is the coming day, not the last one;
- a present passive report ("are thought to prefer", "is said to want") is no past tense: "a deal
  in the summer" written in January is the coming summer;
- "in a summer transfer window" (any window, indefinite) is no date.

Left as they are (the extractor is right or the gold only writes the same period another way):
"next/last/this week" and "earlier this week" stay ISO weeks (other gold sets give the week);
contract end years ("a contract until 2028") stay (other gold sets annotate them).
"""
import datetime as dt

import pytest

from saga.core.timeline.expressions import find_time_expressions

SAT_JAN = dt.date(2026, 1, 17)     # a Saturday
THU_JAN = dt.date(2026, 1, 22)     # a Thursday
FRI_JUN = dt.date(2025, 6, 20)     # a Friday


def pairs(text, anchor, league=None):
    return [(e.text, e.value) for e in find_time_expressions(text, anchor, league)]


def values(text, anchor, league=None):
    return [e.value for e in find_time_expressions(text, anchor, league)]


# --- a fixture named by its weekday, in the present ------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("My focus is on Sunday's game.", "2026-01-18"),
    ("All that matters is Sunday's match against the leaders.", "2026-01-18"),
    ("The priority for Dornvale is Tuesday's clash.", "2026-01-20"),
])
def test_present_fixture_weekday_is_ahead(text, want):
    assert want in values(text, SAT_JAN)


@pytest.mark.parametrize("text, want", [
    ("Holmqvist scored twice in Wednesday's game.", "2026-01-14"),
    ("Sunday's game was a disaster, Brandt admitted.", "2026-01-11"),
])
def test_past_fixture_weekday_stays_behind(text, want):
    assert want in values(text, SAT_JAN)


# --- present passive reports --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Arsenal are thought to prefer a deal in the summer.",
    "Lyon are said to favour a move in the summer.",
])
def test_present_passive_report_looks_ahead(text):
    assert values(text, THU_JAN) == ["2026"]


def test_past_report_still_looks_back():
    assert values("Lyon were thought to have agreed a deal in the summer.", THU_JAN) == ["2025"]


# --- an indefinite window is no date ------------------------------------------------------------

def test_indefinite_window_is_no_date():
    assert values('The saga is over, though in a summer transfer window, "over" means little.', FRI_JUN) == []


def test_definite_window_keeps_its_year():
    assert values("Kessler could leave in the summer transfer window.", FRI_JUN) == ["2025"]
