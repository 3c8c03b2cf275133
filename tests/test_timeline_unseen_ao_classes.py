"""Classes of date errors found on the unseen-an and unseen-ao gold sets, one test each: a
count that opens a sentence of a told story ("Ten days later, ...") goes on from the story's
last day across a quoted paragraph, and a count of weeks from a day gives a day; "by the end of
the month" right after a sentence dated in an earlier month is that month; a capitalised "-ed"
word inside a clause is a name, no past verb ("the Stade Mohamed-Hamlaoui"); a present need
("I need him against Rovers on Saturday") looks ahead; inside a quote the words after the
closing mark ("..., the agent told the paper") do not set the speaker's tense; a month's
possessive before a fixture noun ("November's friendlies") is a date; a kind of thing done at a
time of year ("not a player we sell in May") dates nothing; "so close to the start of the
campaign" is the nearest start; the calendar-year leagues of Belarus and Brazil's second tier.
Every sentence is made up for the test (invented people; real clubs and leagues where the
calendar needs them).
"""
import datetime as dt

from saga.core.timeline.expressions import find_time_expressions
from saga.core.timeline.football import calendar


def values(text, anchor, league=None):
    return [e.value for e in find_time_expressions(text, anchor, league)]


def found(text, anchor, league=None):
    return {e.text: e.value for e in find_time_expressions(text, anchor, league)}


TUE_SEP = dt.date(2025, 9, 2)
TUE_JAN = dt.date(2026, 1, 20)
THU_AUG = dt.date(2025, 8, 28)
WED_JUL = dt.date(2025, 7, 9)
TUE_JAN27 = dt.date(2026, 1, 27)
THU_AUG14 = dt.date(2025, 8, 14)


def test_a_count_opening_a_sentence_chains_across_a_quoted_paragraph():
    text = ("On 3 July, the winger told a radio station: \"I want to play at a bigger club.\n\n"
            "\"I am 23 and my time is now.\"\n\n"
            "His agent, Pablo Renteria, kept pushing. Ten days later, Rovers returned with a second bid.")
    assert found(text, TUE_SEP)["Ten days later"] == "2025-07-13"
    # only a count that opens its sentence goes on so far back
    text = ("On 3 July, the winger told a radio station: \"I want to play at a bigger club.\n\n"
            "\"I am 23 and my time is now.\"\n\n"
            "His agent, Pablo Renteria, said the club would come back ten days later.")
    assert found(text, TUE_SEP).get("ten days later") is None


def test_a_count_of_weeks_from_a_day_gives_a_day():
    text = "On 12 May, Rovers made a first offer. Three weeks later, the president explained why he refused."
    assert found(text, TUE_SEP)["Three weeks later"] == "2025-06-02"


def test_the_end_of_the_month_after_an_earlier_month_is_that_month():
    text = ("In April, the club's scout watched the full-back twice. By the end of the month, his name "
            "was on the shortlist.")
    assert values(text, TUE_SEP) == ["2025-04", "2025-04"]
    # with no month told before, the article's own month
    assert values("By the end of the month, the deal should be done.", TUE_SEP) == ["2025-09"]
    # a month still to come is no story told: the article's month
    text = "The window closes on 1 October. By the end of the month we will know more."
    assert values(text, TUE_SEP)[-1] == "2025-09"


def test_a_capitalised_ed_word_inside_a_clause_is_a_name():
    text = ("If the deal goes through this week, Karim Benhadj could make his debut at the Stade "
            "Ahmed-Zabana against the leaders on February 8.")
    assert values(text, TUE_JAN)[-1] == "2026-02-08"
    # a past verb after a name still reads past
    assert values("The striker signed for the club on January 12.", TUE_JAN) == ["2026-01-12"]


def test_a_present_need_looks_ahead():
    text = "\"Dario is my first choice and I need him against Gzira on Saturday,\" the coach said."
    assert values(text, THU_AUG) == ["2025-08-30"]


def test_inside_a_quote_the_reporters_verb_after_it_sets_no_tense():
    text = ("\"He has a contract until 2027 and he is preparing for Sunday like everyone else,\" "
            "the agent, Nikola Brajovic, told the paper.")
    assert values(text, WED_JUL)[-1] == "2025-07-13"


def test_a_months_possessive_before_a_fixture_noun_is_a_date():
    text = "His form earned him a call-up for November's friendlies against Peru and Chile."
    assert values(text, TUE_JAN27) == ["2025-11"]
    text = "He was named in the squad for October's World Cup qualifiers."
    assert values(text, TUE_JAN27) == ["2025-10"]
    # a surname that is a month stays a name
    assert values("Solly March's goal was the best of the game.", TUE_JAN27) == []


def test_a_kind_of_thing_done_at_a_time_of_year_dates_nothing():
    text = "\"He is not a player we sell in March and replace in April,\" the president said."
    assert values(text, TUE_SEP) == []
    # a plain plan still dates
    assert values("\"We will sell him in January,\" the president said.", TUE_SEP) == ["2026-01"]


def test_so_close_to_the_start_of_the_campaign_is_the_nearest_start():
    text = ("The coaching staff are said to be reluctant to lose their top scorer so close to the "
            "start of the campaign, the chairman added.")
    assert values(text, THU_AUG14) == ["2025-08"]


def test_calendar_year_leagues_of_belarus_and_brazils_second_tier():
    cal = calendar()
    for key in ("belarusian-premier-league", "brasileirao-serie-b"):
        assert cal.league(key).calendar_year
    text = "Neman Grodno's Ihar Dzemidovich, top scorer this season, is wanted in Minsk."
    assert values(text, dt.date(2025, 7, 3)) == ["2025"]
    text = ("The Brasileirão Série B top scorer last season is wanted abroad; the Brasileirão Série B "
            "resumes in April.")
    assert values(text, dt.date(2026, 2, 10))[0] == "2025"
