"""Classes of date errors found on the unseen-ax/unseen-ay gold sets, one test each: an aside
between commas (", as the club have been called since the 1960s,") keeps its own tense out of
the clause around it; a plan told from after its time ("had been expected to complete the move
on Thursday") is past; "has set Friday as the deadline" looks ahead; "to have the ... defender
registered in time for ..." is a wish, not a past "-ed"; a fronted "In January I could still
..." is the nearer January (a past "can"); "'Every Friday is a war'" is a habit even when a quote
opens on it; a single-quoted quote's clause starts at its opening mark; a quote's "tonight" in a
report the morning after an evening game is that night; "the boy from 2017" dates no event;
irregular past verbs ("sang") are past. Every sentence is made up for the test (invented people
and clubs).
"""
import datetime as dt

from saga.core.timeline.expressions import find_time_expressions


def found(text, anchor):
    return [(e.text, e.value) for e in find_time_expressions(text, anchor)]


WED_JAN = dt.date(2026, 1, 28)    # a Wednesday
FRI_AUG = dt.date(2025, 8, 29)    # a Friday
TUE_JUL = dt.date(2025, 7, 8)     # a Tuesday
TUE_AUG = dt.date(2025, 8, 19)    # a Tuesday
FRI_MAR = dt.date(2026, 3, 6)     # a Friday
SAT_NOV = dt.date(2025, 11, 22)   # a Saturday
THU_JAN = dt.date(2025, 1, 23)    # a Thursday
THU_JUN = dt.date(2025, 6, 12)    # a Thursday


def test_an_aside_between_commas_keeps_its_tense_to_itself():
    text = ("Orteza could make his debut for the Lobos, as Villa Norte have been called since the "
            "1960s, against Real Cuesta on Sunday.")
    assert ("Sunday", "2026-02-01") in found(text, WED_JAN)
    # the aside's own past still dates a time inside it, and the clause's past stays past
    assert ("Sunday", "2026-01-25") in found("Orteza, who joined in 2019, scored on Sunday.", WED_JAN)


def test_a_plan_told_from_after_its_time_is_past():
    text = ("The winger had been expected to complete a move from FC Lorn on Thursday, with the "
            "club having booked his medical.")
    assert ("Thursday", "2025-08-28") in found(text, FRI_AUG)
    assert ("Thursday", "2025-08-28") in found("Vallon had been expected to sign on Thursday.", FRI_AUG)
    # a reported state still in force is no plan gone by
    assert ("June", "2026-06") in found("The keeper, whose deal was due to expire in June, left.", FRI_AUG)


def test_a_day_set_as_the_deadline_lies_ahead():
    assert ("Friday", "2025-07-11") in found("Rossetti has set Friday as the deadline for a decision.", TUE_JUL)
    assert ("Friday", "2025-07-04") in found("Rossetti had set Friday as the deadline.", TUE_JUL)


def test_to_have_a_player_registered_is_a_wish():
    text = ("The Azulinos are hoping to have the former Chile under-21 international registered in "
            "time for their home game against Atletico Pinhal on August 31.")
    assert ("August 31", "2025-08-31") in found(text, TUE_AUG)


def test_a_fronted_month_with_could_is_the_nearer_one():
    text = ("He told the paper: “My back has been hurting for a year. In January I could still "
            "play through it. In February I couldn’t.”")
    got = found(text, FRI_MAR)
    assert ("January", "2026-01") in got and ("February", "2026-02") in got
    # not fronted: "could join in January" is still the next one
    assert ("January", "2027-01") in found("He could join Tolmo in January.", FRI_MAR)


def test_every_weekday_opening_a_quote_is_a_habit():
    text = "'It's the third tier,' said coach Paul Verrand. 'Every Friday is a war.'"
    assert not [v for _, v in found(text, SAT_NOV) if v]
    assert not [v for _, v in found("«Every Sunday we suffer,» he said.", SAT_NOV) if v]


def test_a_single_quoted_quote_reads_in_the_speakers_tense():
    text = ("His agent told Radio Lowmoor: 'Declan is focused on the club's game at the weekend. "
            "Anything else is for the clubs.'")
    assert ("at the weekend", "2025-01-25") in found(text, THU_JAN)


def test_tonight_in_a_quote_the_morning_after_an_evening_game():
    text = ("Brecourt beat Sainte-Aure 2-1 on Friday night. 'I am proud,' the forward said. "
            "'But tonight I am only thinking about the next game.'")
    assert ("tonight", "2025-11-21") in found(text, SAT_NOV)
    # no evening game the day before: the article's own night
    text = "Brecourt beat Sainte-Aure 2-1 on Friday. 'But tonight I am only thinking about Monday.'"
    assert ("tonight", "2025-11-22") in found(text, SAT_NOV)


def test_a_person_from_a_year_is_no_event():
    assert not found("“We are not signing the kid from 2019,” he said.", SAT_NOV)
    assert ("2019", "2019") in found("He has played in Spain from 2019.", SAT_NOV)


def test_an_irregular_past_verb_looks_back():
    text = "The supporters, who sang his name throughout May, will hope the club holds firm."
    assert ("May", "2025-05") in found(text, THU_JUN)
