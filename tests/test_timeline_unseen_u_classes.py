"""Classes of date errors found on the unseen-u gold set, one test each: words with letters
outside ASCII ("Eyüpspor", "Süper") are one word each when the clause's tense is read (split in
two, they pushed the clause's own past auxiliary out of the words read); "before withdrawing on
Friday" (the preposition governs the gerund, the day dates that act in the clause's tense);
"Medical booked for Friday morning" (telegraphic copy drops the "is": what is booked for a day
is still to come); "a saga that dragged on for most of the winter window" (a stretch of time,
no happening); "We would have loved to keep her until the summer" (a wish that did not come
true); and a story told post by post, "[Tuesday, 09:15] ... tomorrow", whose relative times
count from the post's own day. Every sentence is made up for the test (invented players and
clubs).
"""
import datetime as dt

from saga.core.timeline.expressions import find_time_expressions
from saga.core.timeline.tense import direction


def values(text, anchor, league=None):
    return [e.value for e in find_time_expressions(text, anchor, league)]


WED_FEB = dt.date(2026, 2, 4)
THU_MAR = dt.date(2026, 3, 12)
THU_DEC = dt.date(2025, 12, 18)


def test_accented_words_count_once_for_tense():
    # twenty words back reach "been" only when "Kötzöşpor" and "Süper" are one word each
    text = ("The 26-year-old, who has made 17 Süper Lig appearances this season, had been the target of "
            "sustained interest from Kötzöşpor, who tabled an offer in the middle of January before "
            "walking away on Friday.")
    assert "2026-01-30" in values(text, WED_FEB)
    assert "2026-02-06" not in values(text, WED_FEB)


def test_gerund_after_forward_preposition_keeps_clause_tense():
    assert direction("Rovers made an approach in January before withdrawing on ", ".") == "past"
    assert direction("He will have a medical before signing on ", ".") == "future"
    # a plain forward preposition still looks forward
    assert direction("The deal must be done before ", ".") == "future"


def test_telegraphic_schedule_participle_looks_forward():
    assert values("Here we go! Tomas Brevik to Ravenmoor, done deal. Medical booked for Friday morning.",
                  THU_MAR) == ["2026-03-13"]
    assert values("Talks pencilled in for Monday.", THU_MAR) == ["2026-03-16"]
    # told from after it: a past auxiliary keeps it behind
    assert values("The medical was booked for Monday.", THU_MAR) == ["2026-03-09"]
    # "booked for dissent on Saturday" (a caution) is no schedule
    assert values("Brevik, booked for dissent on Saturday, missed the next game.", THU_MAR) == ["2026-03-07"]


def test_most_of_the_period_is_a_stretch_not_a_date():
    assert values("Oldport have signed Tomas Brevik, ending a saga that had dragged on for most of the "
                  "winter window.", WED_FEB) == []
    assert values("Ravenmoor chased him for much of the summer.", dt.date(2025, 8, 20)) == []
    # a record over a named season stays dated
    assert values("He captained the side for much of last season.", dt.date(2025, 8, 20)) == ["2024-25"]
    # and the window itself, without "most of", stays dated
    assert values("Oldport signed him in the winter window.", WED_FEB) == ["2026-01"]


def test_missed_wish_dates_nothing():
    assert values("\"We would have loved to keep him until the summer,\" the coach said.", THU_DEC) == []
    assert values("I'd have liked to sign him in January.", THU_DEC) == []
    # a plain wish or a plan still dates its time
    assert values("\"We would love to keep him until the summer,\" the coach said.", THU_DEC) == ["2026"]


def test_post_stamp_anchors_its_relative_times():
    text = ("Reporter Jan Kowalczyk followed the move all week.\n\n"
            "[Tuesday, 09:15] \"Talks between Ravenmoor and Oldport over Tomas Brevik. Decision expected "
            "tomorrow.\"\n\n"
            "[18:02] \"Medical booked for Friday. Announcement tomorrow.\"\n\n"
            "[Thursday, 10:00] \"Done deal. He flies in tomorrow.\"\n\n"
            "He trained on Monday and will sign tomorrow.")
    assert values(text, THU_MAR) == ["2026-03-10", "2026-03-11", "2026-03-13", "2026-03-11",
                                     "2026-03-12", "2026-03-13", "2026-03-09", "2026-03-13"]
    # without a weekday stamp the article's day counts
    plain = "[18:02] \"Announcement tomorrow.\""
    assert values(plain, THU_MAR) == ["2026-03-13"]
    # a time-only stamp after some other paragraph no longer belongs to Tuesday's post
    broken = "[Tuesday, 09:15] Talks today.\n\nSome other paragraph.\n\n[18:02] Announcement tomorrow."
    assert values(broken, THU_MAR) == ["2026-03-10", "2026-03-10", "2026-03-13"]
    # a fixture list's coming Saturday is no post looking back
    fixture = "Fixtures this week.\n\nSaturday 15:00: Rovers will host City, with a decision on the captain tomorrow."
    assert values(fixture, THU_MAR) == ["2026-W11", "2026-03-14", "2026-03-13"]
