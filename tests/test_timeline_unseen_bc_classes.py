"""Classes of date errors found on the unseen-bb and unseen-bc gold sets, one test each: a past
act told "shortly before midday on Tuesday" read as next Tuesday (the "before" of a rough time
of day taken for a limit looked forward to); a contract "running out on December 31" read as
last December (the past verb after the comma decided); a live blog's sign-off ("That's it from
us tonight") and the present of who someone has become ("the player I am today") dated as
events. Every sentence is made up for the test (invented players and clubs).
"""
import datetime as dt

from saga.core.timeline.expressions import find_time_expressions


def values(text, anchor):
    return [e.value for e in find_time_expressions(text, anchor)]


WED_JAN = dt.date(2026, 1, 14)
THU_NOV = dt.date(2025, 11, 20)


def test_a_past_act_shortly_before_a_time_of_day_is_the_day_gone_by():
    text = ("Instead the buyers sent the money to the league offices shortly before midday on Tuesday, "
            "leaving the sellers no choice.")
    assert values(text, WED_JAN) == ["2026-01-13"]


def test_a_limit_before_a_day_still_looks_forward():
    text = "The club said they want the deal done before Tuesday."
    assert values(text, WED_JAN) == ["2026-01-20"]


def test_a_contract_running_out_on_a_day_is_the_coming_one():
    text = ("With Harlow chasing him and his contract at the coastal club running out on December 31, "
            "the winger sat down with us on Wednesday.")
    assert values(text, THU_NOV)[0] == "2025-12-31"


def test_a_live_blogs_sign_off_dates_nothing():
    assert values("That's it from us tonight – thanks for following.", WED_JAN) == []
    assert values("That's all from me today, back tomorrow.", WED_JAN) == ["2026-01-15"]


def test_a_live_blogs_news_tonight_is_still_dated():
    assert values("A third offer is expected tonight, according to local radio.", WED_JAN) == ["2026-01-14"]


def test_the_person_someone_is_today_is_no_date():
    text = "The people here made me the player I am today."
    assert values(text, THU_NOV) == []
    assert values("We are where we are today, and we move on.", THU_NOV) == []


def test_a_thing_done_today_is_still_dated():
    assert values("I am signing the papers today.", THU_NOV) == ["2025-11-20"]
