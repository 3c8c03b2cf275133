"""Classes of date errors found on the unseen-z gold set, one test each: calendar-year leagues
the calendar did not list (Ecuador's LigaPro, Chile's Liga de Primera and South America's other
one-year leagues), so "last season" in January 2026 came out "2024-25"; Japan's J.League, which
played calendar years up to 2025 and moves to an August start in 2026-27; and a word inside a
longer club name read as another club ("Deportivo" in "Club Deportivo ..." taken for Deportivo
La Coruna, making a Chilean story a Spanish one). Every sentence is made up for the test
(invented players, real leagues and clubs where the calendar needs them).
"""
import datetime as dt

from saga.core.timeline.expressions import find_time_expressions
from saga.core.timeline.football import calendar


def values(text, anchor, league=None):
    return [e.value for e in find_time_expressions(text, anchor, league)]


THU_JAN = dt.date(2026, 1, 8)
THU_DEC = dt.date(2025, 12, 18)
TUE_SEP = dt.date(2026, 9, 15)


def test_ecuador_and_chile_play_calendar_year_seasons():
    cal = calendar()
    text = ("Emelec full-back Dario Mendoza-Ruales, who played 30 games last season, wants to leave "
            "the club.")
    assert cal.league_for(text).key == "ligapro-ecuador"
    assert values(text, THU_JAN) == ["2025"]
    text = ("Colo-Colo have asked about Palestino winger Tomas Urrejola-Vidal, who scored seven "
            "goals last season.")
    assert cal.league_for(text).key == "chilean-primera"
    assert values(text, THU_JAN) == ["2025"]
    for key in ("colombian-primera-a", "uruguayan-primera", "paraguayan-primera", "venezuelan-primera"):
        assert cal.league(key).calendar_year
    # a European story is unchanged
    assert values("Burnley's Aaron Pilkingworth scored nine goals last season.", THU_JAN) == ["2024-25"]


def test_portugals_second_tier_is_not_ecuadors_ligapro():
    cal = calendar()
    text = ("The LigaPro Portugal side want a winger. They lead LigaPro Portugal after five games "
            "and played in LigaPro Portugal last season.")
    assert cal.league_for(text).key == "primeira-liga"


def test_japan_plays_calendar_years_until_2025_then_august_to_may():
    cal = calendar()
    text = ("Kenta Morishige scored 12 goals in the J2 League this season, and the J2 League club "
            "want to keep him.")
    league = cal.league_for(text)
    assert league.key == "j-league"
    assert values(text, THU_DEC) == ["2025"]
    assert league.label(2025) == "2025" and league.label(2026) == "2026-27"
    # the first season across two years: from August 2026
    assert league.season_year(TUE_SEP, "this") == 2026
    assert league.season_year(TUE_SEP, "last") == 2025
    assert values("The J1 League side finished third last season, said the J1 League.", TUE_SEP) == ["2025"]


def test_a_word_inside_a_longer_club_name_is_not_another_club():
    cal = calendar()
    # "Deportivo" here is part of a Chilean club's name, not Deportivo La Coruna
    assert cal.league_of("Club Deportivo Huachipato have agreed to sell their midfielder.") != "la-liga"
    # a Spanish club named alone is still Spanish
    assert cal.league_of("Deportivo have agreed to sell their midfielder.") == "la-liga"
