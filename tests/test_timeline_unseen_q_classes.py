"""Classes of date errors found on the unseen-q gold set, one test each: an "-ed" adjective or
participle read as a past verb ("an improved bid", "have him registered"), a command that sets
a day ("Ask me again on Friday"), a league named only as the other club's epithet ("the
Eredivisie club"), the month an award is for ("player of the month for May") and a pluperfect
flashback between a day and "the following day". Every sentence is made up for the test
(invented players, real leagues and clubs where the calendar needs them).
"""
import datetime as dt

from saga.core.timeline.expressions import find_time_expressions


def values(text, anchor, league=None):
    return [e.value for e in find_time_expressions(text, anchor, league)]


TUE_JAN = dt.date(2025, 1, 21)
TUE_JUL = dt.date(2025, 7, 8)
TUE_AUG = dt.date(2024, 8, 20)
SAT_AUG = dt.date(2024, 8, 31)


def test_ed_adjective_or_participle_is_no_past_tense():
    # "improved", "registered" describe a bid and a player; the clause looks forward
    assert values("Farnley are expected to return with an improved bid before the deadline on 3 February.",
                  TUE_JAN) == ["2025-02-03"]
    assert values("Harwood hope to have him registered in time for their opener on 2 August.",
                  TUE_JUL) == ["2025-08-02"]
    # a finite past verb still looks back
    assert values("Harwood registered him on 2 July.", TUE_JUL) == ["2025-07-02"]


def test_command_that_sets_a_day_is_an_appointment_to_come():
    assert values('Asked about the striker, he said: "Ask me again on Friday and I might have news."',
                  TUE_AUG) == ["2024-08-23"]
    assert values("Call me on Friday.", TUE_AUG) == ["2024-08-23"]
    # an open bound in a command still dates nothing
    assert values('He smiled: "Ask me again after the window closes."', TUE_AUG) == []


def test_league_named_only_as_the_other_clubs_epithet_is_not_the_articles():
    # the lead's club (Huddersfield Town) buys: the English deadline, not the Dutch one
    text = ("Kofi Amponsah-Reindorf's proposed move to Huddersfield Town collapsed on deadline day "
            "after the Eredivisie club refused to let him go.")
    assert values(text, SAT_AUG) == ["2024-08-30"]
    # a first club-like name two clubs share ("Rangers") is not known: the epithet's league stays
    text = ("Rangers' proposed signing of Porto striker Tiaguinho Ramalho has collapsed, the Scottish "
            "Premiership club said, after the two sides failed to agree terms before deadline day.")
    assert values(text, SAT_AUG) == ["2024-08-30"]


def test_month_an_award_is_for():
    assert values("He was named the league's young player of the month for May.",
                  dt.date(2025, 7, 3)) == ["2025-05"]


def test_pluperfect_flashback_does_not_break_the_following_day():
    text = ("The fee was agreed on Friday. Their first bid had been turned down a fortnight ago. "
            "Dara Ó Lorcáin flew to England the following day.")
    assert values(text, dt.date(2025, 7, 15)) == ["2025-07-11", "2025-W27", "2025-07-12"]
