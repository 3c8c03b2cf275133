"""Classes of date errors found on the unseen-p gold set, one test each: a weekday that is a
person's first name, "since the weekend", a squad's timetable in the present ("report back on
Thursday"), a preview written from a named day ("on Tuesday ahead of Saturday's game"), "this
season" in a past clause of the close season, a calendar moment the writer dates in apposition
("deadline day, February 3"), and a pre-season a relative clause dates ("that started on Monday").
Every sentence is made up for the test (invented players, real leagues).
"""
import datetime as dt

from saga.core.model import Article, Entity, Mention
from saga.core.timeline import extract_timeline
from saga.core.timeline.expressions import find_time_expressions


def values(text, anchor, league=None):
    return [e.value for e in find_time_expressions(text, anchor, league)]


TUE_JUN = dt.date(2025, 6, 10)      # a Tuesday in the close season
WED_AUG = dt.date(2025, 8, 27)      # a Wednesday
TUE_JAN = dt.date(2025, 1, 21)      # a Tuesday in the January window


def test_weekday_that_is_a_first_name_is_no_day():
    # "Sunday Adeyemo-Kalu" names the player, so the bare "Sunday" as a subject is him too;
    # "on Sunday" keeps its date cue and stays a day
    text = ("Hertha are tracking Partizan striker Sunday Adeyemo-Kalu. \u201cSunday has a contract "
            "until 2027,\u201d the coach said. Sunday is the best finisher in the league, and he flew "
            "back to Belgrade on Sunday.")
    assert values(text, TUE_JUN) == ["2027", "2025-06-08"]


def test_weekday_inside_a_persons_mention_is_no_day():
    body = "Pirates signed Kagiso Mokoena, whom everyone calls Friday. Friday scored twice in the final."
    art = Article(id="a", source="t/a.txt", body=body, title="t", date=TUE_JUN)
    ms = [Mention("a", "player:kagiso-mokoena", "Friday", i, i + 6)
          for i in (body.index("Friday."), body.rindex("Friday"))]
    players = [Entity("player:kagiso-mokoena", "player", "Kagiso Mokoena")]
    assert [e.date for e in extract_timeline([art], [], [], []).events]          # read as days
    assert [e.date for e in extract_timeline([art], ms, players, []).events] == []


def test_since_the_weekend_is_the_weekend_gone_by():
    assert values("The agent has been in Istanbul since the weekend.", dt.date(2025, 6, 24)) == ["2025-06-21"]


def test_squad_reporting_back_on_a_weekday_is_the_coming_one():
    text = "Besiktas's players report back for pre-season training on Thursday."
    assert values(text, dt.date(2025, 6, 24)) == ["2025-06-26"]


def test_preview_written_on_a_named_day_counts_forward_from_it():
    text = ("The coach was in a bullish mood when he spoke to reporters on Tuesday ahead of "
            "Saturday's league game.")
    assert values(text, WED_AUG) == ["2025-08-26", "2025-08-30"]


def test_this_season_in_a_past_clause_of_the_close_season_is_the_one_just_ended():
    assert values("The Nigerian scored 19 goals in the Eredivisie this season.", TUE_JUN) == ["2024-25"]
    assert values("The club hope to challenge for the title this season.", TUE_JUN) == ["2025-26"]
    assert values("Ajax have spent £40m on new players this season.", TUE_JUN) == ["2025-26"]


def test_calendar_moment_dated_in_apposition_takes_the_writers_date():
    text = ("A new approach cannot be excluded before the window closes \u2014 possibly even on "
            "deadline day, February 3.")
    assert values(text, TUE_JAN, "primeira-liga") == ["2025-02-03"]


def test_pre_season_that_a_clause_dates_is_not_the_calendars():
    text = "Until then he will train with the squad in the pre-season that started on Monday in Santiago."
    assert values(text, dt.date(2025, 1, 8)) == ["2025-01-06"]
