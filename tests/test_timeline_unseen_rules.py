"""Rules added after reading independent articles: a club named like a weekday, a speaker's
"today", the new season just begun, the January window closing in February, pre-season as an
adjunct. Every sentence here is made up for the test (invented players, real clubs and leagues).
"""
import datetime as dt

from saga.core.timeline.expressions import find_time_expressions
from saga.core.timeline.football import calendar


def values(text, anchor, league=None):
    return [e.value for e in find_time_expressions(text, anchor, league)]


FRI_JUN = dt.date(2024, 6, 14)


def test_weekday_that_is_a_club_the_text_names_is_no_day():
    text = ("Sheffield Wednesday have signed the winger Tomasz Lerner. Wednesday will pay a fee "
            "of £2m. Wednesday's pre-season camp is in Austria, and he spoke to Wednesday's "
            "website on Tuesday.")
    assert values(text, FRI_JUN) == ["2024-06-11"]


def test_weekday_of_a_club_article_still_a_day_after_a_date_cue():
    text = "Sheffield Wednesday agreed the fee on Wednesday and the medical is on Wednesday morning."
    vals = values(text, FRI_JUN)
    assert len(vals) == 2 and all(v and v.startswith("2024-06") for v in vals)
    assert values("Wednesday's deadline came and went for the bid.", FRI_JUN)      # no club named


def test_today_inside_a_quote_dates_nothing():
    text = 'Kovalenko said: "I am proud to stand here today in front of these fans."'
    assert values(text, FRI_JUN) == []
    text = "\u201cToday I only think about my club,\u201d the striker told the radio station."
    assert values(text, FRI_JUN) == []


def test_today_outside_a_quote_is_the_articles_day():
    assert values('Fulham will unveil the midfielder today. "He is ready," said the coach.', FRI_JUN) == ["2024-06-14"]
    assert values('"He is ready," said the coach, and the club will unveil him today.', FRI_JUN) == ["2024-06-14"]


def test_new_season_just_begun_is_the_current_one():
    lg = calendar().league("championship")
    first = lg.season(2025)[0]
    anchor = first + dt.timedelta(days=15)
    assert values("The players trained hard ahead of the new season in Leeds.", anchor, "championship") == ["2025-26"]
    assert lg.season_year(anchor, "new") == 2025
    # months into the season, "the new season" is the next one
    assert lg.season_year(first + dt.timedelta(days=120), "new") == 2026
    # before the first matchday it is still the coming start
    assert values("The players trained hard ahead of the new season in Leeds.",
                  first - dt.timedelta(days=5), "championship") == [first.isoformat()]


def test_january_window_closing_in_february_is_january():
    # the 2025 Premier League January deadline fell on 3 February
    assert values("Everton hope to finish the deal before the January window closes.",
                  dt.date(2025, 1, 20), "premier-league") == ["2025-01"]
    # a deadline inside January stays that day
    assert values("Everton hope to finish the deal before the January window closes.",
                  dt.date(2018, 1, 10), "premier-league") == ["2018-01-31"]


def test_pre_season_before_a_noun_is_an_adjunct():
    assert values("He will join the squad for pre-season testing next month.", FRI_JUN) == ["2024-07"]
    assert values("He reports for pre-season fitness work soon.", FRI_JUN) == []
    assert values("He will report back for pre-season on time.", FRI_JUN) == ["2024-07"]


def test_summer_window_that_closed_is_the_past_one():
    text = "Being a free agent, he could sign after the summer window closed."
    assert values(text, dt.date(2024, 9, 4), "premier-league") == ["2024"]


def test_deadline_just_gone_in_a_past_clause():
    # Premier League summer 2024 deadline: Friday 30 August
    text = "The clubs said on Sunday that they failed to settle the fee before the deadline."
    assert values(text, dt.date(2024, 9, 1), "premier-league") == ["2024-09-01", "2024-08-30"]
    text = "The clubs hope to settle the fee before the deadline."
    assert values(text, dt.date(2024, 9, 1), "premier-league")[-1] > "2024-09-01"


def test_forward_preposition_in_its_own_clause_looks_forward():
    text = "His papers were filed on Monday, making him available for Saturday's derby."
    assert values(text, dt.date(2024, 6, 12)) == ["2024-06-10", "2024-06-15"]


def test_inside_a_quote_the_speakers_clause_decides_the_tense():
    text = 'The coach was blunt on Monday: "Kerrigan stays with us until the summer."'
    assert values(text, dt.date(2025, 1, 15), "premier-league") == ["2025-01-13", "2025"]
