"""Classes of date errors found on the unseen-r gold set, one test each: a weekday after "a"
(a habit, "closes early on a Friday"), a holiday after "before" in a past clause written weeks
after it ("when I spoke to him before Christmas", in January), a possessive weekday of a game
already played ("Saturday's 2-2 draw", "did not travel"), a month in single-quoted speech
with no tense cue ("he comes for free in July"), a sentence that starts inside a quote, "is
out of contract in the summer", "before the new campaign" in a story of a league the calendar
does not model, a nation's own window ("before the Romanian window closes") and "deadline-day
saga" (a label, like "deadline-day drama"). Every sentence is made up for the test (invented
players and clubs, real leagues where the calendar needs them).
"""
import datetime as dt

from saga.core.timeline.expressions import find_time_expressions


def values(text, anchor, league=None):
    return [e.value for e in find_time_expressions(text, anchor, league)]


TUE_JUL = dt.date(2025, 7, 8)
WED_JAN = dt.date(2026, 1, 14)
TUE_AUG = dt.date(2025, 8, 12)
FRI_JAN = dt.date(2026, 1, 9)
THU_JUL = dt.date(2025, 7, 24)


def test_weekday_after_a_is_a_habit_not_a_date():
    assert values('"We are not a bakery that shuts early on a Friday," said the chairman.', TUE_JUL) == []
    assert values("Training is never held on a Sunday at Marlow Vale.", TUE_JUL) == []
    # the day itself still counts, and "a Friday's deadline" is still a deadline's day
    assert values("Marlow Vale rejected the offer on Friday.", TUE_JUL) == ["2025-07-04"]


def test_holiday_before_in_a_past_clause_weeks_after_it_is_the_last_one():
    text = 'Coach Ferro said: "When I spoke to Danny Pellow before Christmas he told me he was happy."'
    assert values(text, WED_JAN) == ["2025-12"]
    # a plan still looks forward to the coming one
    assert values("Brackwater want to finish the deal before Christmas.", dt.date(2025, 11, 4)) == ["2025-12"]
    assert values("Brackwater hope to complete the deal before Christmas Day.", WED_JAN) == ["2026-12-25"]


def test_possessive_weekday_of_a_game_played_is_the_last_one():
    assert values("Ruben Okafor-Lind did not travel for Saturday's 2-2 draw at Harwood.", TUE_AUG) == ["2025-08-09"]
    assert values("He scored twice in Sunday's 3-1 win over Farnley.", TUE_AUG) == ["2025-08-10"]
    # "did not" + a base verb is past: the weekday after it is the last one
    assert values("Okafor-Lind did not play on Saturday.", TUE_AUG) == ["2025-08-09"]
    # a fixture to come still looks forward
    assert values("Harwood face Farnley in Saturday's derby.", TUE_AUG) == ["2025-08-16"]


def test_month_in_single_quoted_speech_without_tense_is_to_come():
    text = ("The chairman told reporters: 'We have made two fair offers. If not now, then he "
            "walks away for nothing in July and we get nothing.'")
    assert values(text, FRI_JAN) == ["2026-07"]
    # a past cue in the quote still looks back; an apostrophe is no quote mark
    assert values("The chairman said: 'We made an offer in June, but it was rejected.'", FRI_JAN) == ["2025-06"]
    assert values("The players' bonus was paid in June.", FRI_JAN) == ["2025-06"]


def test_sentence_that_starts_inside_a_quote_reads_the_quote():
    # the second sentence opens inside the first quote: "said" is the reporter's, not the quote's
    text = ('"I am not thinking about transfers. I want to finish the job here," the winger said, '
            'before adding: "What happens in the summer, we will see."')
    assert values(text, FRI_JAN) == ["2026"]


def test_out_of_contract_in_the_summer_is_the_coming_summer():
    text = "The 26-year-old, capped six times, is out of contract in the summer and has refused to sign."
    assert values(text, FRI_JAN) == ["2026"]


def test_new_campaign_in_an_unmodelled_league_is_a_season_not_a_day():
    text = ("Maccabi Haifa have agreed to sell goalkeeper Yoav Ben-Ari. His agent said the player "
            "wanted certainty before the new campaign.")
    assert values(text, THU_JUL) == ["2025-26"]
    # in a league the calendar models, the first matchday is known
    text = "Brentford wanted him signed before the new season in the Premier League."
    assert values(text, THU_JUL) == ["2025-08-15"]


def test_a_nations_own_window_is_not_the_calendar_one():
    text = ("CFR Cluj are expected to try again before the Romanian window closes, with a fourth "
            "offer likely.")
    assert values(text, FRI_JAN) == []
    assert values("Celtic want the deal done before the Scottish window closes.", dt.date(2025, 8, 20)) == \
        ["2025-09-01"]


def test_deadline_day_saga_is_a_label():
    assert values("LIVE: Pellow deadline-day saga - every update as Harwood chase Farnley winger",
                  dt.date(2025, 9, 1)) == []
    assert values("Harwood completed the deal on deadline day.", dt.date(2025, 9, 2)) == ["2025-09-01"]
