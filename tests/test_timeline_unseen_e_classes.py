"""Classes of date misses found on the unseen-e gold set, each with small made-up sentences
(invented players and coaches; real clubs and leagues): a sentence and its anchor date give the
expected values.

- calendar-year leagues (MLS, Brazil, Scandinavia ...): "the 2026 MLS season" is 2026, and in a
  story about such a club "last season" is a year, not "2025-26";
- a forward preposition with a date of its own ("a deal until June 2030 on Thursday") does not
  turn the clause's weekday forward;
- "ahead of next season's return to Europe": a possessive season is no season start;
- "about a move at the end of the season", "agreed to join at the end of the season": mid-season
  the end meant is this season's, whatever the tense of the verb.
"""
import datetime as dt

import pytest

from saga.core.timeline.expressions import find_time_expressions
from saga.core.timeline.football import calendar

TUE_FEB = dt.date(2026, 2, 3)
FRI_JAN = dt.date(2026, 1, 9)


def values(text, anchor, league=None):
    return [e.value for e in find_time_expressions(text, anchor, league)]


def pairs(text, anchor, league=None):
    return [(e.text, e.value) for e in find_time_expressions(text, anchor, league)]


# --- calendar-year leagues -------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("The Galaxy open the 2026 MLS season on 21 February.", ("the 2026 MLS season", "2026")),
    ("Torvik scored 11 goals in his 2024 campaign with the club.", ("2024 campaign", "2024")),
    ("Flamengo won the 2025 Brasileirão with two games to spare.", ("the 2025 Brasileirão", "2025")),
    ("Nordmann played every minute of the 2023 Allsvenskan season.", ("the 2023 Allsvenskan season", "2023")),
])
def test_a_year_season_is_that_year(text, want):
    assert want in pairs(text, TUE_FEB)


def test_a_year_before_a_lower_case_word_is_no_season():
    # "2019 the season": only the year after its preposition
    assert pairs("In 2019 the season ended early for Kessler.", TUE_FEB) == [("2019", "2019")]
    assert values("He paid £2026 season ticket money.", TUE_FEB) == []


def test_calendar_year_league_seasons_are_years():
    mls = calendar().league("mls")
    assert mls.calendar_year and mls.label(2025) == "2025"
    start, end = mls.season(2026)
    assert start.year == end.year == 2026 and start.month == 2 and end.month == 12
    assert mls.season_year(TUE_FEB, "last") == 2025        # before the February start
    assert mls.season_year(TUE_FEB, "this") == 2026
    assert mls.preseason_month(2026) == "2026-01"
    assert calendar().league("premier-league").label(2025) == "2025-26"


def test_story_about_a_calendar_year_club_reads_its_seasons_as_years():
    text = ("Seattle Sounders have signed Dario Pellegrin from Lanús. He scored nine goals last "
            "season and the club hope for more this season.")
    assert values(text, TUE_FEB) == ["2025", "2026"]
    text = "The MLS side confirmed the deal. MLS rules allow it. Kessler scored 12 goals last season."
    assert values(text, TUE_FEB) == ["2025"]


def test_one_aside_about_a_calendar_year_league_changes_nothing():
    text = ("Brentford have signed Ola Lindgren. The coach, who won the Allsvenskan with Malmö, "
            "said he scored nine goals last season.")
    assert values(text, TUE_FEB) == ["2024-25"]


def test_calendar_year_league_takes_its_deadlines_from_the_european_league():
    cal = calendar()
    text = "Seattle Sounders want the Premier League striker Aldo Brevik before deadline day."
    league = cal.league_for(text)
    assert league.calendar_year
    pl = cal.league("premier-league")
    assert league.deadline("summer", 2025) == pl.deadline("summer", 2025)
    assert league.deadline("january", 2026) == pl.deadline("january", 2026)
    # league_of (the league for deadlines) never picks a calendar-year league
    assert cal.league_of("MLS, MLS and MLS again.") == cal.default


# --- a forward preposition with a date of its own ---------------------------------------------

@pytest.mark.parametrize("text, day", [
    ("Kessler put pen to paper on a new deal until June 2030 on Thursday.", "2026-01-08"),
    ("Kessler signed a new contract until 2028 on Monday.", "2026-01-05"),
    ("Kessler committed himself until the summer of 2028 on Tuesday.", "2026-01-06"),
])
def test_contract_end_does_not_turn_the_signing_day_forward(text, day):
    assert day in values(text, FRI_JAN)


def test_forward_preposition_of_the_day_itself_still_looks_forward():
    assert values("The bid must be lodged by 11pm on Thursday.", FRI_JAN) == ["2026-01-15"]
    assert values("Rovers want the deal done by Thursday.", FRI_JAN) == ["2026-01-15"]


# --- a possessive season ----------------------------------------------------------------------

def test_possessive_next_season_is_the_season_not_its_first_day():
    text = "Rovers are keen to strengthen ahead of next season's return to the Champions League."
    assert values(text, FRI_JAN, "bundesliga") == ["2026-27"]
    # without the possessive, "ahead of next season" in June is the first matchday
    june = dt.date(2026, 6, 9)
    first = calendar().league("bundesliga").season(2026)[0]
    assert values("Rovers are keen to strengthen ahead of next season.", june, "bundesliga") == [first.isoformat()]


# --- the end of the season a move is for -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Frankfurt had sounded out his agent about a move at the end of the season.",
    "Mertens has agreed to join Bayern Munich at the end of the season.",
    "Palace held talks over a permanent switch at the end of the season.",
])
def test_a_move_at_the_end_of_the_season_is_this_seasons_end(text):
    assert values(text, FRI_JAN, "bundesliga") == ["2026-05"]


def test_a_past_happening_at_the_end_of_the_season_is_still_the_last_one():
    assert values("Mertens was released at the end of the season.", dt.date(2025, 8, 30), "bundesliga") == ["2025-05"]
    assert values("He scored twice on the final day of the season.", dt.date(2024, 1, 17)) == ["2023-05-28"]
    # in the close season a past clause keeps reading back
    assert values("Talks over a move at the end of the season broke down.", dt.date(2025, 6, 20),
                  "bundesliga") == ["2025-05"]
