"""Timeline classes found by the unseen-ab and unseen-ac gold sets, with invented sentences and
people (real clubs only to pick a league)."""
import datetime as dt

from plugins.saga.core.timeline.expressions import find_time_expressions


def _values(text, anchor):
    return [(e.text, e.value) for e in find_time_expressions(text, anchor)]


# a present passive plan ("is planned for Friday") is a schedule, like "is scheduled for"

def test_meeting_planned_for_a_weekday_is_the_coming_one():
    text = "The agents met on Monday, and a further meeting is planned for Friday to sign the papers."
    vals = _values(text, dt.date(2025, 10, 15))          # a Wednesday
    assert ("Friday", "2025-10-17") in vals
    assert ("Monday", "2025-10-13") in vals


def test_meeting_that_was_planned_for_a_weekday_is_gone_by():
    text = "A meeting was planned for Friday, but nobody turned up."
    assert _values(text, dt.date(2025, 10, 15)) == [("Friday", "2025-10-10")]


def test_plan_wanted_in_the_past_stays_open():
    # "they planned a bid in March" still reads as a wish in the past tense (no direction)
    text = "Last year they planned a bid in March, the coach said."
    vals = dict(_values(text, dt.date(2025, 10, 15)))
    assert vals.get("March") is not None


# "expects him to feature in Saturday's game": an expectation looks forward

def test_manager_expects_player_to_feature_in_the_weekend_game():
    text = ("Boss Arlen Mewbury expects Dario Quenby to feature in Saturday's home game against "
            "the league leaders, but admitted it could be his last.")
    assert _values(text, dt.date(2026, 3, 11)) == [("Saturday's", "2026-03-14")]


def test_no_one_expected_the_result_of_saturdays_game():
    text = "Nobody expected the 4-0 defeat in Saturday's game."
    assert _values(text, dt.date(2026, 3, 11)) == [("Saturday's", "2026-03-07")]


# "report for pre-season on January 2": the writer's day is the claim, not the calendar's month

def test_pre_season_restated_with_another_months_day_keeps_only_the_writers_day():
    text = "If nothing changes, Lucía Ferrandiz will report for pre-season on January 2 as usual."
    assert _values(text, dt.date(2025, 12, 10)) == [("January 2", "2026-01-02")]


def test_pre_season_restated_within_its_month_keeps_both():
    text = "Oriol Vancamp is on holiday and will report back for pre-season on July 8."
    vals = [v for _, v in _values(text, dt.date(2025, 6, 2))]
    assert vals == ["2025-07", "2025-07-08"]


# Bolivia's and Uzbekistan's leagues are played within a calendar year

def test_last_season_of_a_bolivian_club_is_the_last_calendar_year():
    text = "The Strongest striker Marcos Ilave-Quispe, who scored 11 goals last season, wants to move."
    assert _values(text, dt.date(2026, 1, 20)) == [("last season", "2025")]


def test_last_season_of_an_uzbek_club_is_the_last_calendar_year():
    text = "Pakhtakor midfielder Timur Odilbekov, who played 30 games last season, is wanted abroad."
    assert _values(text, dt.date(2026, 2, 4)) == [("last season", "2025")]


# a story of a league the calendar does not model: its winter window is its own

def test_winter_window_of_an_unmodelled_league_gets_no_default_deadline():
    text = ("Maribor have rejected a bid for Jure Pelkovic. 'We will see whether there is a deal "
            "before the window closes,' the coach said on Wednesday.")
    vals = _values(text, dt.date(2026, 1, 22))
    assert [v for t, v in vals if "window" in t] == []
    assert ("Wednesday", "2026-01-21") in vals


def test_winter_window_of_a_modelled_league_keeps_its_deadline():
    text = ("Brentford have rejected a bid for Jure Pelkovic. 'We will see whether there is a deal "
            "before the window closes,' the coach said on Wednesday.")
    vals = _values(text, dt.date(2026, 1, 22))
    assert [v for t, v in vals if "window" in t] == ["2026-02-02"]


# "the best offer a player has received this season": the season a superlative ranks over

def test_this_season_as_a_superlatives_scope_is_no_date():
    text = "Our bid is the best that any second-tier midfielder has received this season, said Vasko Drenić."
    assert _values(text, dt.date(2026, 1, 14)) == []


def test_this_season_after_a_clause_break_still_dates():
    text = "He was the best player on the pitch, and this season he wants to win the title."
    assert _values(text, dt.date(2026, 1, 14)) == [("this season", "2025-26")]


def test_window_of_a_calendar_year_league_named_by_nationality_is_not_the_default_one():
    # the calendar-year leagues' own windows are not modelled (see calendar.yaml)
    text = "Brentford want Sardor Kamolov, but he can only leave before the Uzbek window closes."
    assert _values(text, dt.date(2026, 1, 22)) == []
