"""Classes of date errors found on the unseen-w gold set, one test each: a time counted from
"now" ("two weeks ago", "yesterday", "last week") inside an anonymous fan's quoted post or reply
counts from when the fan wrote, not from the article's day, and is a reaction, not a dated
happening of the story (a named month or a number in the same post is kept); "for the new
season" (a priority, a plan) names a goal, not a time; and the USL Championship is a
calendar-year league ("last season" in March 2026 is 2025, not 2024-25), whose name holding
"Championship" is no mention of the English Championship.
Every sentence is made up for the test (invented players and clubs).
"""
import datetime as dt

from saga.core.timeline.expressions import find_time_expressions


def values(text, anchor, league=None):
    return [e.value for e in find_time_expressions(text, anchor, league)]


MON_JUL = dt.date(2025, 7, 7)
TUE_MAR = dt.date(2026, 3, 3)


def test_fan_reply_counted_from_now_is_no_event():
    text = ("Supporters were furious, with one fan account replying: \u201cThree weeks ago he was "
            "kissing the badge. Now this?\u201d")
    assert values(text, MON_JUL) == []
    text = 'One angry supporter wrote underneath: "He promised us yesterday that he would stay."'
    assert values(text, MON_JUL) == []


def test_fan_post_attributed_after_the_quote():
    text = "\u201cLast week he said he loved this club,\u201d wrote one supporter on X."
    assert values(text, MON_JUL) == []
    text = '"Two weeks ago he was our captain," a fan posted.'
    assert values(text, MON_JUL) == []


def test_fan_post_keeps_named_months_and_numbers():
    text = "One fan replied: \u201cHe told us in May he would stay until 2027.\u201d"
    assert values(text, MON_JUL) == ["2025-05", "2027"]


def test_named_speakers_and_the_narration_keep_their_times():
    # a named team-mate's reply, and the reporter's own words after the fan's quote
    text = ("\u201cTwo weeks ago you told me you were staying,\u201d Oskar Brandvold wrote underneath.")
    assert values(text, MON_JUL) == ["2025-W26"]
    text = ("One fan replied: \u201cShame.\u201d The club confirmed two weeks ago that talks had begun.")
    assert values(text, MON_JUL) == ["2025-W26"]
    # a fan quoted as saying something in the narration, with no post
    text = "A supporters' group said last week that it would protest at the next home game."
    assert values(text, MON_JUL) == ["2025-W27"]


def test_usl_championship_is_a_calendar_year_league():
    assert values("He scored nine goals last season.", TUE_MAR, "usl-championship") == ["2025"]
    text = ("Harbor City FC want Dario Quintanilla-Roe, the USL Championship's assist leader last "
            "season. The USL Championship side open their season on March 7.")
    assert values(text, TUE_MAR) == ["2025", "2026-03-07"]


def test_for_the_new_season_is_a_goal_not_a_time():
    # the season a plan or a priority is for: no date of its own
    assert values("Coach Bram Oosterling sees the winger as his priority for the new season.", MON_JUL) == []
    assert values("His agent said the player was focused on preparing for the new campaign.", MON_JUL) == []
    # ... but a deadline before the season starts still dates, and so does "in time for"
    assert values("They want the deal done ahead of the new season.", MON_JUL, "premier-league") == ["2025-08-15"]
    assert values("He should be registered in time for the new season.", MON_JUL, "premier-league") == ["2025-26"]
    assert values("Kestrel Vale want to strengthen for next season.", MON_JUL, "premier-league") == ["2025-26"]
