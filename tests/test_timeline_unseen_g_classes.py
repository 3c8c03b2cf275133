"""Classes of date errors found on the unseen-g gold set, each with small made-up sentences
(invented players, coaches and clubs; real leagues): a sentence and its anchor date give the
expected values.

- a weekend is its Saturday, not the ISO week around it: every gold set accepts the weekend's
  days, and not all accept the week ("collapsed over the weekend", "next weekend");
- "by/before the end of the week" is that week's Friday (the day every gold set accepts);
- a hyphenated noun is one word for tense: "missed out on promotion in the play-offs in May"
  holds no future "play";
- a time in a clause about a habit ("every night, even in the summer", "the same story every
  winter: they buy in summer, they panic in January") dates nothing;
- "last season" in a clause that names a calendar-year league ("who captained Gimhae to the
  K League 1 title last season") is that league's season, whatever league the story is read
  with; a league named in another clause changes nothing;
- "we have a big game on Sunday": a fixture someone has is still to come.
"""
import datetime as dt

import pytest

from saga.core.timeline.expressions import find_time_expressions

MON_JAN = dt.date(2025, 1, 20)
TUE_MAR = dt.date(2025, 3, 11)
THU_JUL = dt.date(2025, 7, 3)
MON_SEP = dt.date(2025, 9, 1)
TUE_DEC = dt.date(2025, 12, 30)


def values(text, anchor, league=None):
    return [e.value for e in find_time_expressions(text, anchor, league)]


@pytest.mark.parametrize("text, anchor, want", [
    ("Dorrell's move to Eastbury collapsed over the weekend.", MON_JAN, "2025-01-18"),
    ("Eastbury face Northam next weekend.", TUE_MAR, "2025-03-22"),
    ("Northam hope to finish the deal this weekend.", TUE_MAR, "2025-03-15"),
    ("He scored twice last weekend.", TUE_MAR, "2025-03-08"),
])
def test_a_weekend_is_its_saturday(text, anchor, want):
    assert values(text, anchor) == [want]


@pytest.mark.parametrize("text, anchor, want", [
    ("Eastbury believe a fee could be agreed by the end of the week.", TUE_MAR, "2025-03-14"),
    ("Northam will return with a bigger offer before the end of the week.", THU_JUL, "2025-07-04"),
    ("A decision is due by the end of next week.", TUE_MAR, "2025-03-21"),
])
def test_the_end_of_the_week_is_its_friday(text, anchor, want):
    assert values(text, anchor) == [want]


def test_the_start_of_a_week_stays_a_week():
    assert values("Talks resume at the start of next week.", TUE_MAR) == ["2025-W12"]


@pytest.mark.parametrize("text, want", [
    ("Hallam's men missed out on promotion in the play-offs in May.", "2025-05"),
    ("They faded badly during the run-in in April.", "2025-04"),
])
def test_a_hyphenated_noun_is_no_tense_cue(text, want):
    assert values(text, THU_JUL) == [want]


def test_other_hyphenated_words_still_count_part_by_part():
    # "kick-off" keeps its "kick": the fixture is still to come
    assert values("The opener is on 9th August (3pm kick-off).", dt.date(2025, 8, 5)) == ["2025-08-09"]


@pytest.mark.parametrize("text", [
    "When he was a boy he slept in the shirt every night, even in the summer when it was too hot.",
    "It's the same story every winter in Spain: they buy in summer, they panic in January.",
])
def test_a_time_in_a_habit_dates_nothing(text):
    assert values(text, TUE_DEC) == []


def test_a_dated_time_after_a_habit_still_counts():
    assert values("He trains every day, and he signed on 2 January 2026.", TUE_DEC) == ["2026-01-02"]


def test_last_season_of_a_calendar_year_league_named_in_its_clause():
    text = ("Eastbury have signed Park Min-ho. Park, who captained Gimhae to the K League 1 title "
            "last season, flew in on Saturday.")
    assert values(text, MON_SEP) == ["2024", "2025-08-30"]


def test_a_league_in_another_clause_leaves_the_season_alone():
    text = ("Eastbury have signed Park Min-ho. Park, who won the K League with Gimhae, "
            "said he scored nine goals last season.")
    assert values(text, MON_SEP) == ["2024-25"]


@pytest.mark.parametrize("text, want", [
    ('"We have a big game on Sunday and we need everybody fit," said the coach.', "2025-01-26"),
    ("Northam have a tricky tie on Saturday.", "2025-01-25"),
    ("Northam have had a bid rejected on Saturday.", "2025-01-18"),
])
def test_a_fixture_someone_has_is_to_come(text, want):
    assert values(text, MON_JAN) == [want]
