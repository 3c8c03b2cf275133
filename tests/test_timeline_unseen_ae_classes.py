"""Classes of date errors found on the unseen-ad and unseen-ae gold sets, one test each: a day of
the month written as an ordinal word ("the first of September"); a weekday's game looked forward
to in past-tense copy ("ahead of Friday's meeting", "focused on Saturday's game", "would like it
settled before the league opener on Sunday"); a league name inside a longer proper name ("Korea
Professional Football League" is no "Football League"); the window of a league the calendar
does not model, in February; calendar-year leagues the calendar did not list (Estonia,
Lithuania, Kazakhstan); and a habitual month ("every cold evening in November"). Every sentence
is made up for the test (invented people, real leagues and clubs where the calendar needs them).
"""
import datetime as dt

from saga.core.timeline.expressions import find_time_expressions
from saga.core.timeline.football import calendar


def found(text, anchor, league=None):
    return [(e.text, e.value) for e in find_time_expressions(text, anchor, league)]


def values(text, anchor, league=None):
    return [e.value for e in find_time_expressions(text, anchor, league)]


THU_AUG = dt.date(2025, 8, 21)
WED_JAN = dt.date(2026, 1, 28)
THU_FEB = dt.date(2026, 2, 5)
THU_JUL = dt.date(2025, 7, 10)
TUE_DEC = dt.date(2025, 12, 30)


def test_ordinal_word_day_of_month():
    assert found('"We want it closed before the first of September," said Marco Pellegatti.', THU_AUG) == [
        ("the first of September", "2025-09-01")]
    assert values("The medical is set for the twenty-first of October.", THU_AUG) == ["2025-10-21"]
    assert values("He signed on the third of March 2024.", THU_AUG) == ["2024-03-03"]
    # no month after it: no date ("the first of many")
    assert values("It was the first of many offers.", THU_AUG) == []


def test_weekday_game_looked_forward_to():
    text = ("The coach said the rumours had been a distraction ahead of Friday's league meeting "
            "with the champions.")
    assert values(text, WED_JAN) == ["2026-01-30"]
    text = "His agent, Tomas Verhaegen-Lute, said the player was focused on Saturday's game."
    assert values(text, WED_JAN) == ["2026-01-31"]
    text = "The coach would like the matter settled before the league opener on Sunday against Rovers."
    assert values(text, WED_JAN) == ["2026-02-01"]
    # a game told in the past, or scored, stays gone by
    assert values("He was hurt before the game on Saturday.", WED_JAN) == ["2026-01-24"]
    assert values("He got hurt before the game on Saturday.", WED_JAN) == ["2026-01-24"]
    assert values("He was injured ahead of Saturday's 2-1 win over Rovers.", WED_JAN) == ["2026-01-24"]


def test_league_name_inside_a_longer_name():
    # K League is a calendar-year league: "the following season" is a year, not "2025-26"
    text = ("Suwon are weighing the offer. Korea Professional Football League rules mean a player "
            "registered late cannot play until the following season.")
    assert values(text, THU_JUL, "k-league") == ["2026"]
    # the English Football League is still the EFL's
    assert values("Players registered late cannot play in the English Football League until the "
                  "following season.", THU_JUL) == ["2025-26"]


def test_unmodelled_league_window_in_february():
    text = ('Novi Pazar want Mladost Lucani defender Petar Vujadinovic-Ilic. "Give me time to find a '
            'replacement before the window closes," said coach Dragan Pesic-Radic.')
    assert values(text, THU_FEB) == []


def test_more_calendar_year_leagues():
    cal = calendar()
    for key in ("meistriliiga", "a-lyga", "kazakhstan-premier-league"):
        assert cal.league(key).calendar_year
    text = "Paide forward Rasmus Kallaste-Org has scored eight goals in the Meistriliiga this season."
    assert values(text, THU_JUL) == ["2025"]
    # "Kazakhstan Premier League" is not the Premier League
    text = "Kairat midfielder Nurlan Abenov-Serik played 25 Kazakhstan Premier League games last season."
    assert cal.league_for(text).key == "kazakhstan-premier-league"
    assert values(text, TUE_DEC) == ["2025"]     # the one-year season that ended in November


def test_habitual_month_is_no_date():
    text = '"Thank you for every song and every cold evening in November," wrote Arman Dzhaksybek.'
    assert values(text, TUE_DEC) == []
    assert values("The saga began in November.", TUE_DEC) == ["2025-11"]


def test_fronted_speaking_clause_is_past():
    tue = dt.date(2026, 1, 20)
    text = ("The winger has kept a low profile. Speaking to her club's media channel before the weekend, "
            "Ailsa Drummond-Keir said: 'I'm focused on the club.'")
    assert values(text, tue) == ["2026-01-17"]
    # the game the speaker looks ahead to is still to come
    assert values("Speaking ahead of Saturday's game, the coach said he was happy.", tue) == ["2026-01-24"]


def test_past_clause_game_ahead_takes_the_nearer_day():
    sat = dt.date(2026, 1, 31)
    # written the day after: the Friday just gone, not the one six days off
    assert values("Jonas Ebbe-Lindqvist was rested ahead of Friday's game.", sat) == ["2026-01-30"]
    # written on a Wednesday: the Friday to come
    assert values("Jonas Ebbe-Lindqvist was rested ahead of Friday's game.", WED_JAN) == ["2026-01-30"]
