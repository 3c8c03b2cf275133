"""Classes of date errors found on the unseen-af and unseen-ag gold sets, one test each: a
chronology's day labels told in the historic present ("4 July – X misses the start of camp");
a place named like a past verb ("Port Said"); "this Thursday" after a phrase with "each day";
a window's own gerund ("with the window closing on Monday"); a weekday's game whose main verb
comes after a long subject, or in a present-tense timetable clause ("play the last friendly of
pre-season on Saturday"); league names inside longer words or other countries' league names
("MLSZ", "the Egyptian Premier League"); the coming season as a goal; pre-season with a day of
its own; a window whose closing day the clause names; a speaker's "tomorrow" counted from the
day they spoke; the windows and opening weekend of leagues the calendar does not model outside
Europe; and two more calendar-year leagues. Every sentence is made up for the test (invented
people, real leagues, clubs and places where the calendar needs them).
"""
import datetime as dt

from saga.core.timeline.expressions import find_time_expressions
from saga.core.timeline.football import calendar


def found(text, anchor, league=None):
    return [(e.text, e.value) for e in find_time_expressions(text, anchor, league)]


def values(text, anchor, league=None):
    return [e.value for e in find_time_expressions(text, anchor, league)]


FRI_JUL = dt.date(2025, 7, 25)
THU_JUL = dt.date(2025, 7, 17)
TUE_JAN = dt.date(2026, 1, 27)
THU_AUG = dt.date(2025, 8, 28)
TUE_AUG = dt.date(2025, 8, 5)
FRI_JUN = dt.date(2025, 6, 20)
WED_JAN = dt.date(2026, 1, 14)
THU_AUG21 = dt.date(2025, 8, 21)


def test_chronology_day_labels_in_the_historic_present():
    text = ("Here is how the story has unfolded.\n\n"
            "2 July – Okafor-Lind misses the first day of training, citing a family matter.\n\n"
            "14 July – The winger returns to the city and is told to train alone.\n\n"
            "- 20 July: The clubs meet for the first time.")
    assert values(text, FRI_JUL) == ["2025-07-02", "2025-07-14", "2025-07-20"]
    # in running text the clause's tense still decides
    assert values("He returns to training on 14 July.", dt.date(2025, 7, 20)) == ["2026-07-14"]


def test_a_place_named_like_a_past_verb():
    text = "The full-back is expected to travel to Port Said on Wednesday to complete a medical."
    assert values(text, TUE_AUG) == ["2025-08-06"]
    # the verb itself still looks back
    assert values("The coach said on Wednesday he was pleased.", TUE_AUG) == ["2025-07-30"]


def test_this_weekday_after_each_day():
    text = ("The pressure from the rivals grows each day more intense, and this Thursday their "
            "director came back with a new proposal.")
    assert values(text, THU_JUL) == ["2025-07-17"]
    # a habit stays no date
    assert values("Every week he trains on Tuesday.", THU_JUL) == []


def test_the_window_closing_on_a_weekday():
    text = "How important is it to keep him, with the window closing on Monday?"
    assert values(text, TUE_JAN) == ["2026-02-02"]
    # "closing" that is no window's still has no tense of its own
    assert values("He scored in the closing minutes on Saturday.", TUE_JAN) == ["2026-01-24"]


def test_a_weekdays_game_whose_verb_comes_later():
    text = ("Saturday's match at home to the leaders, a local derby with only a short drive "
            "between the grounds, could yet be his last for the club.")
    assert values(text, THU_AUG) == ["2025-08-30"]
    text = "Saturday's match at home to the leaders, a local derby, was his last for the club."
    assert values(text, THU_AUG) == ["2025-08-23"]


def test_a_game_in_a_present_timetable_clause():
    text = ("The squad play the last friendly of the pre-season on Saturday, against their "
            "neighbours, in a game arranged since May.")
    assert ("Saturday", "2025-07-19") in found(text, THU_JUL)
    # a game told as played stays gone by
    assert values("They played their last friendly on Saturday.", THU_JUL) == ["2025-07-12"]
    assert values("The friendly on Saturday ended 2-2.", THU_JUL) == ["2025-07-12"]


def test_league_names_as_whole_names_only():
    cal = calendar()
    # "MLSZ" (the Hungarian federation) is no "MLS": the season is not a calendar year
    text = "Under a new MLSZ rule, clubs must name four domestic players this season."
    assert cal.league_for(text).key != "mls"
    assert values(text, dt.date(2025, 10, 2)) == ["2025-26"]
    # another country's "Premier League" is not England's
    text = "Al Ahly lead the Egyptian Premier League after winning at the weekend."
    assert cal._counts(text)["premier-league"] == 0
    assert cal._counts("He won the English Premier League twice.")["premier-league"] == 1
    # a league listed under its country's name is that league, and England's still counts
    counts = cal._counts("He left the Canadian Premier League for the Premier League.")
    assert (counts["canadian-premier-league"], counts["premier-league"]) == (1, 1)


def test_the_coming_season_as_a_goal():
    text = "The federation has set a quota of homegrown players for the coming season."
    assert values(text, FRI_JUN) == []
    # a time it names still dates ("ahead of the coming season")
    assert values("The club hope to sign him ahead of the coming season.", FRI_JUN) != []


def test_pre_season_with_a_day_of_its_own():
    text = "He will report for pre-season with the rest of the squad on Monday."
    assert values(text, FRI_JUN) == ["2025-06-23"]
    # a named day in the month the calendar gives pre-season: both stand
    text = "The player will report back for pre-season on July 7."
    assert values(text, FRI_JUN) == ["2025-07", "2025-07-07"]
    # a named day in another month: the calendar's month is not this league's
    text = "She will report for pre-season on January 3."
    assert values(text, dt.date(2025, 12, 10)) == ["2026-01-03"]


def test_a_window_whose_closing_day_is_named():
    text = "The winter transfer window in Belgium closes on February 2."
    assert values(text, WED_JAN) == ["2026-02-02"]
    assert values("He wants to leave in the winter window.", WED_JAN) == ["2026-01"]


def test_a_speakers_tomorrow_counts_from_the_day_they_spoke():
    text = 'The agent, Rasmus Tellefsen-Obi, said on Thursday that the player is "ready to sign tomorrow".'
    assert values(text, FRI_JUL) == ["2025-07-24", "2025-07-25"]
    # said on the article's day, or no day given: the article's tomorrow
    assert values('He said: "I will sign tomorrow."', FRI_JUL) == ["2025-07-26"]


def test_windows_of_leagues_outside_europe():
    text = ("Enyimba have completed the signing of midfielder Chidera Okonkwo-Bassey. "
            "Their rivals will now turn to other targets before the window closes.")
    assert values(text, THU_AUG21) == []
    # a European story keeps Europe's summer deadline
    text = ("Kisvárda have rejected a bid for defender Levente Szabó-Kardos. The buyers will look "
            "at other targets before the window closes.")
    assert values(text, THU_AUG21) == ["2025-09-01"]


def test_opening_weekend_of_an_unmodelled_league():
    text = ("Kisvárda have rejected a bid for defender Levente Szabó-Kardos. The buyers want him "
            "in place well before the opening weekend.")
    assert values(text, FRI_JUN) == []


def test_more_calendar_year_leagues():
    cal = calendar()
    for key in ("faroe-islands-premier-league", "canadian-premier-league"):
        assert cal.league(key).calendar_year
    text = "The midfielder has scored six goals in the Betri deildin this season."
    assert values(text, dt.date(2025, 7, 9)) == ["2025"]
    # (the clause's league: a one-year season, not England's "2024-25")
    text = "The winger scored nine goals in the Canadian Premier League last season."
    assert values(text, dt.date(2026, 1, 14)) == ["2025"]
