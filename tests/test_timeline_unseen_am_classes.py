"""Classes of date errors found on the unseen-al and unseen-am gold sets, one test each: a wish
with a pronoun object ("wants it settled before ... on January 26") or told in the past
("said he wanted the move sorted before ... on Sunday") is no past deed; a club's standing
description ("the club founded in ...") is no past act dated by the weekday after it; a
season a relative clause dates to a month ("the 2027 season, which begins in March") or whose
start is dated ("the start of the 2027 season in February") is not a second date; a calendar
moment given as a way off the writer's own day ("closes on April 2, ten days before the new
season starts") takes no generated day of its own; the calendar-year leagues of New Zealand,
Georgia, South Korea's women and Finland's women. Every sentence is made up for the test
(invented people; real clubs and leagues where the calendar needs them).
"""
import datetime as dt

from saga.core.timeline.expressions import find_time_expressions
from saga.core.timeline.football import calendar


def values(text, anchor, league=None):
    return [e.value for e in find_time_expressions(text, anchor, league)]


WED_JAN = dt.date(2026, 1, 14)
TUE_MAR = dt.date(2026, 3, 10)
FRI_JUN = dt.date(2026, 6, 19)
TUE_NOV = dt.date(2026, 11, 10)
WED_FEB = dt.date(2026, 2, 18)


def test_wish_with_a_pronoun_object_looks_ahead():
    v = values("She wants it finalised before the squad's trip to Portugal on January 27.", WED_JAN)
    assert v == ["2026-01-27"]
    v = values("We need everything sorted before the camp on February 2.", WED_JAN)
    assert v == ["2026-02-02"]
    # a done deed stays past
    assert values("They sorted it out on January 9.", WED_JAN) == ["2026-01-09"]


def test_wish_told_in_the_past_before_a_fixture():
    v = values("His adviser Tomas Reinholt said the defender wanted the move sorted before the "
               "league opener on Sunday.", TUE_MAR)
    assert v == ["2026-03-15"]
    # a past act before a fixture stays past
    assert values("He was injured before the game on Sunday.", TUE_MAR) == ["2026-03-08"]


def test_club_founded_in_a_place_is_no_past_act():
    v = values("The winger, who missed the final two rounds, is expected to report back to the "
               "club founded in Leith on Monday.", FRI_JUN)
    assert v == ["2026-06-22"]
    v = values("Pereira will travel to the side nicknamed the Foxes on Thursday for a medical.", FRI_JUN)
    assert v == ["2026-06-25"]


def test_season_dated_by_a_relative_clause_or_its_start():
    v = values("The registration window opens in February, ahead of the 2027 season, which begins "
               "in mid-March.", TUE_NOV, "veikkausliiga")
    assert "2027" not in v and "2027-02" in v and "2027-03" in v
    v = values("He should be registered in time for the start of the 2027 season in March.",
               TUE_NOV, "veikkausliiga")
    assert v == ["2027-03"]
    # a season with no date of its own stays
    assert values("Anders Kolehmainen was top scorer in the 2026 season.", TUE_NOV, "veikkausliiga") == ["2026"]
    # a bare year is not a season: "signed in 2025, which ..." keeps its year
    assert "2025" in values("He signed in 2025, which ended in a relegation in October.", TUE_NOV)


def test_calendar_moment_a_way_off_the_writers_day():
    v = values("The federation's registration period closes on April 2, ten days before the new "
               "season starts.", WED_JAN, "veikkausliiga")
    assert v == ["2026-04-02"]
    v = values("The window shuts on March 20, a fortnight before the start of the new season.",
               WED_JAN, "veikkausliiga")
    assert v == ["2026-03-20"]
    # with no day of the writer's, the calendar's start stays
    assert len(values("Nothing will happen before the new season starts.", WED_JAN, "veikkausliiga")) == 1


def test_calendar_year_leagues_of_new_zealand_georgia_and_women():
    cal = calendar()
    for key in ("new-zealand-national-league", "erovnuli-liga", "wk-league", "kansallinen-liiga"):
        assert cal.league(key).calendar_year
    text = "Christchurch United's Rawiri Tane, top scorer last season, has been offered a new deal."
    assert values(text, WED_FEB) == ["2025"]
    text = ("Dinamo Tbilisi's Levan Abashidze, top scorer in the Erovnuli Liga last season, is wanted "
            "in Poland.")
    assert values(text, WED_FEB) == ["2025"]
    text = ("Ji-woo Han scored 14 WK League goals this season, and the WK League's registration "
            "period opens in January.")
    assert values(text, dt.date(2025, 12, 9))[0] == "2025"
    text = ("The Kansallinen Liiga's top scorer last season is wanted abroad; the Kansallinen Liiga "
            "resumes in spring.")
    assert values(text, WED_JAN)[0] == "2025"
