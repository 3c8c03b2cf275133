"""Classes of date errors found on the unseen-bf/bg gold sets, one test each: a weekday in a
participle clause of its own (", using Instagram on Monday evening") took the tense of a
reported clause ("reports that he is about to leave") and came out next week; it shares the
tense of the sentence's main verb. Every sentence is made up for the test (invented people).
"""
import datetime as dt

from saga.core.timeline.expressions import find_time_expressions
from saga.core.timeline.tense import direction


def values(text, anchor, league=None):
    return [e.value for e in find_time_expressions(text, anchor, league)]


TUE_AUG = dt.date(2025, 8, 5)


def test_a_participle_clause_takes_the_main_verbs_past_not_the_reported_future():
    text = ("Joel Amberly-Nkem has dismissed reports that he is about to leave Harwick Rovers for "
            "Dunmore, using Instagram on Monday evening to call the story invented.")
    assert values(text, TUE_AUG) == ["2025-08-04"]


def test_a_participle_clause_after_a_future_main_verb_stays_future():
    assert direction("Colm Ardley will fly out to sign his contract, joining up with the squad on ",
                     " evening.") == "future"


def test_a_participle_clause_with_a_forward_preposition_still_looks_forward():
    # "making him eligible for Saturday's game": the clause's own "for" decides
    text = "His registration was lodged on 02/09/2025, making him eligible for Saturday's home game."
    assert values(text, dt.date(2025, 9, 3))[-1] == "2025-09-06"
