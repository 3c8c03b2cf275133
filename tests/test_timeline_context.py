"""Context rules for temporal expressions: which times date an event, and in which direction.

Every sentence here is made up for the test (invented players, real clubs and leagues).
"""
import datetime as dt

import pytest

from saga.core.timeline.expressions import find_time_expressions
from saga.core.timeline.football import calendar

FRI_FEB = dt.date(2024, 2, 2)     # the day after the January 2024 deadline (Thursday 1 February)
WED_JAN = dt.date(2024, 1, 17)    # mid-season, January window open
TUE_JUL = dt.date(2023, 7, 11)    # close season
FRI_AUG = dt.date(2023, 8, 25)    # a week before the summer 2023 deadline (Friday 1 September)


def values(text, anchor, league=None):
    return [e.value for e in find_time_expressions(text, anchor, league)]


@pytest.mark.parametrize("text,anchor,league,want", [
    # a weekday named with the deadline is the writer's own word for that day
    ("Lazio walked away from the deal on Thursday's deadline day.", FRI_FEB, "serie-a", "2024-02-01"),
    ("Twente pulled out on Thursday's deadline day.", FRI_FEB, "eredivisie", "2024-02-01"),  # rule says 31 Jan
    ("Brentford hope to finish the deal before Friday's deadline.", FRI_AUG, None, "2023-09-01"),
    ("Porto set a Friday's deadline for an answer in the spring.", dt.date(2024, 4, 10), None, "2024-04-05"),
])
def test_weekday_names_the_deadline(text, anchor, league, want):
    assert values(text, anchor, league) == [want]


@pytest.mark.parametrize("text,anchor,want", [
    # "due" without "to" still looks forward; "was due" looks back
    ("The agent is due in Madrid on Friday to finish the paperwork.", TUE_JUL, "2023-07-14"),
    ("The agent was due in Madrid on Friday but missed his flight.", TUE_JUL, "2023-07-07"),
    # a passive after "be" is no past tense
    ("The defender could be presented to supporters as early as Friday.", WED_JAN, "2024-01-19"),
    # "close to" is an adjective, not the window closing
    ("Kessling was close to joining Fulham in the final hours of the summer window.", WED_JAN, "2023"),
    # money or plans set aside for a window look forward
    ("Burnley have set aside £30m for the January window.", TUE_JUL, "2024-01"),
    ("Burnley had set aside £30m for the January window.", dt.date(2023, 3, 1), "2023-01"),
    # "until 11pm on Thursday": the clock time does not hide "until"
    ("Leeds have until 11pm on Thursday to lodge the paperwork.", WED_JAN, "2024-01-18"),
    ("The midfielder arrived for his medical at 8am on Thursday.", WED_JAN, "2024-01-11"),
    # "for Saturday's game" looks forward
    ("The winger is fit for Saturday's trip to Goodison Park.", FRI_AUG, "2023-08-26"),
])
def test_tense_cues(text, anchor, want):
    assert want in values(text, anchor)


@pytest.mark.parametrize("text,anchor,want", [
    ("The striker scored 17 goals last term.", TUE_JUL, "2022-23"),
    ("He has nine assists this term.", WED_JAN, "2023-24"),
    ("Rennes could revisit the deal before the end of the window.", WED_JAN, "2024-02-01"),
    ("Lens saw a bid knocked back in the last window.", WED_JAN, "2023"),
    ("Lens saw a bid knocked back in the previous window.", dt.date(2023, 10, 5), "2023"),
    ("Lens will try again in the next transfer window.", dt.date(2023, 10, 5), "2024-01"),
    ("Lens will try again in the next window.", WED_JAN, "2024"),
    ("He signed at the close of the summer window.", WED_JAN, "2023-09-01"),
    ("Monaco will return with a fresh bid in the new year.", FRI_AUG, "2024-01"),
    ("The club held talks with his camp in the close season.", WED_JAN, "2023"),
    ("They hope to have him in place for the opening game of the season.", TUE_JUL, "2023-08-11"),
    ("He scored twice on the final day of the season.", WED_JAN, "2023-05-28"),
    ("Villa want the deal done before the season starts.", TUE_JUL, "2023-08-11"),
    ("Forest want the deal done before the season starts.", WED_JAN, "2024-08-16"),
    ("An announcement could come as early as the weekend.", FRI_AUG, "2023-08-26"),
    ("Both clubs hope to settle it by the weekend.", FRI_AUG, "2023-08-26"),
    # a bare "the season" follows the tense: mid-season, the end already passed is last May's
    ("The club has sold three players since the end of the season.", dt.date(2023, 8, 30), "2023-05"),
    ("He will stay until the end of the season.", WED_JAN, "2024-05"),
    # pre-season as the time of something, after a time preposition
    ("He looked sharp during pre-season.", dt.date(2023, 8, 20), "2023-07"),
])
def test_values(text, anchor, want):
    assert want in values(text, anchor)


@pytest.mark.parametrize("text,anchor", [
    # an open-ended lower bound is no event date
    ("The goalkeeper will now stay at Hibs until at least the end of the season.", WED_JAN),
    ("He is staying at least until the summer.", WED_JAN),
    # a command dates nothing
    ("Call me after deadline day.", WED_JAN),
    ('He smiled: "Ask me again after the window closes."', FRI_AUG),
    ("Don't expect anything before the January window.", FRI_AUG),
    # a habit dates nothing
    ("Clubs overpay every January.", FRI_AUG),
    ("Each summer the same rumours start.", WED_JAN),
    # a stretch of pre-season, not a time
    ("He could start on the bench after sitting out most of pre-season.", dt.date(2023, 8, 5)),
    ("He will miss the rest of pre-season with a calf strain.", TUE_JUL),
    ("The weekend's results left them bottom.", FRI_AUG),
    ("He could still move in this window.", FRI_AUG),
])
def test_no_event_date(text, anchor):
    assert values(text, anchor) == []


def test_today_inside_a_past_conversation_is_not_the_articles_today():
    text = ("He rang me in March and said, 'Boss, I want to go,' and I told him the answer today "
            "is still no.")
    assert values(text, WED_JAN) == ["2023-03"]
    # the reporting verb right before it: today is the article's day
    assert "2024-01-17" in values("Signed in March, he said today that he is happy.", WED_JAN)


def test_deadlines_of_the_big_leagues_are_the_published_ones():
    cal = calendar()
    for key in ("premier-league", "la-liga", "serie-a", "bundesliga", "ligue-1", "championship"):
        assert cal.league(key).deadline("january", 2024) == dt.date(2024, 2, 1)
        assert cal.league(key).deadline("summer", 2024) == dt.date(2024, 8, 30)
        assert cal.league(key).deadline("january", 2025) == dt.date(2025, 2, 3)
    assert cal.league("serie-a").deadline("summer", 2018) == dt.date(2018, 8, 17)


def test_with_no_league_named_the_first_clubs_league_is_used():
    cal = calendar()
    assert cal.league_of("Juventus have agreed a fee with Ajax for the defender.") == "serie-a"
    assert cal.league_of("Ajax have accepted a bid from Juventus; the Eredivisie side want more.") == "eredivisie"
    assert cal.league_of("Nobody here plays football.") == cal.default


def test_only_a_bare_weekday_joins_the_date_after_it():
    found = find_time_expressions("He trained on Friday, Saturday and Sunday, then on Monday 10 July.", TUE_JUL)
    assert [e.text for e in found] == ["Friday", "Saturday", "Sunday", "Monday 10 July"]
    found = find_time_expressions("Saturday 12 August, 13 August", TUE_JUL)
    assert [e.value for e in found] == ["2023-08-12", "2023-08-13"]


def test_context_rules_never_raise_on_odd_input():
    for text in ["Ask", "Ask me", "\u201cAsk me after", "until at least", "at least until the",
                 "Thursday's deadline", "Thursday's deadline day" * 50, "said today" * 100,
                 "in May and said today " * 200, "every", "the weekend's", "for Saturday's"]:
        find_time_expressions(text, WED_JAN)
        find_time_expressions(text, None)
