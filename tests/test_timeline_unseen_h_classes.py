"""Classes of date errors found on the unseen-h gold set, each with small made-up sentences
(invented players, coaches and clubs): a sentence and its anchor date give the expected values.

- a limit preposition that opens its clause ("and by Saturday night the deal was off",
  "By Friday the clubs had agreed a fee", "Until Thursday, talks had gone well") takes the
  clause's tense from the verb after the expression: past there is a day gone by, not the
  coming one. A reporter's "he said" after it is not that verb; "before"/"ahead of" still
  open previews ("Ahead of Saturday's game, Smith said ...": the game is to come), and a
  limit after a verb ("should be done by Friday") still looks forward.

Kept as they are (checked against the gold conventions of the other sets):
- a contract's end ("a contract until June 2030") is a date every other set annotates;
- "until the summer" is the summer's year, as the gold sets accept for "this summer".
"""
import datetime as dt

import pytest

from saga.core.timeline.expressions import find_time_expressions

MON_JUN = dt.date(2025, 6, 9)
THU_JUN = dt.date(2025, 6, 12)
WED_JAN = dt.date(2025, 1, 29)
THU_AUG = dt.date(2025, 8, 14)


def values(text, anchor):
    return [e.value for e in find_time_expressions(text, anchor)]


@pytest.mark.parametrize("text, anchor, want", [
    ("Medics at Eastbury found a problem with the knee he hurt in March, and by Saturday night "
     "the deal was off.", MON_JUN, ["2025-03", "2025-06-07"]),
    ("By Friday the two clubs had agreed a fee for Dorrell.", THU_JUN, ["2025-06-06"]),
    ("Northam, by Friday, had agreed personal terms with the winger.", THU_JUN, ["2025-06-06"]),
    ("Until Wednesday, talks between Northam and Eastbury had gone well.", THU_JUN, ["2025-06-11"]),
    ("By the weekend the move was dead.", THU_JUN, ["2025-06-07"]),
])
def test_a_fronted_limit_with_a_past_verb_looks_back(text, anchor, want):
    assert values(text, anchor) == want


@pytest.mark.parametrize("text, anchor, want", [
    ("By Friday the two clubs will have agreed a fee.", THU_JUN, ["2025-06-13"]),
    ("By Friday, he said, the deal will be done.", THU_JUN, ["2025-06-13"]),
    ("The deal should be done by Friday.", THU_JUN, ["2025-06-13"]),
    ("Ahead of Saturday's game, Smith said he was happy with the squad.", THU_JUN, ["2025-06-14"]),
    ("Before Saturday's game, Smith said he was happy with the squad.", THU_JUN, ["2025-06-14"]),
    ("Eastbury want the deal done by the weekend, and Northam agreed.", THU_JUN, ["2025-06-14"]),
])
def test_a_limit_still_looks_forward(text, anchor, want):
    assert values(text, anchor) == want


@pytest.mark.parametrize("text, anchor, want", [
    ("Dorrell has agreed a contract until June 2030, with the option of a further year.",
     THU_AUG, ["2030-06"]),
    ('"We keep him until the summer, and we will try to win the title with him."', WED_JAN, ["2025"]),
    ('"We were told on Saturday evening that Eastbury had concerns," Smith said.', MON_JUN, ["2025-06-07"]),
])
def test_kept_values(text, anchor, want):
    assert values(text, anchor) == want
