"""Classes of date errors found on the unseen-av/unseen-aw gold sets, one test each: a
transcript (a Q&A with supporters, an interview) after an opening that dates the session "on
Wednesday evening": its "tonight", "this morning" and "on Monday" count from that day, not the
article's; a quote right after a sentence reporting speech on a day ("told the Gazette on
Saturday. “... on Sunday.”") counts from that day too; an irregular present perfect ("we have
spoken to them on Monday") is a past event even after "I can tell you that"; and calendar-year
leagues of Asia and Oceania (Bhutan, Macau, New Caledonia, Laos) label their seasons by one
year. Every sentence is made up for the test (invented people and clubs).
"""
import datetime as dt

from saga.core.timeline.expressions import find_time_expressions


def found(text, anchor, league=None):
    return [(e.text, e.value) for e in find_time_expressions(text, anchor, league)]


def values(text, anchor, league=None):
    return [e.value for e in find_time_expressions(text, anchor, league)]


THU_MAR = dt.date(2026, 3, 5)     # a Thursday
TUE_JAN = dt.date(2026, 1, 20)    # a Tuesday


def test_a_transcript_counts_from_the_day_of_its_session():
    text = ("Rangers coach Piet Oberholm met the supporters' trust on Wednesday evening to answer "
            "questions about the squad. Here is an edited transcript.\n\n"
            "Q: Is the new winger coming?\n\n"
            "Oberholm: \"I cannot promise anything tonight. We have spoken to his club on Monday "
            "and again this morning.\"\n\n"
            "Q: When will we know?\n\n"
            "Oberholm: \"Soon.\"\n\n"
            "On Thursday morning the club said nothing more.")
    got = found(text, THU_MAR)
    assert ("Wednesday evening", "2026-03-04") in got
    assert ("tonight", "2026-03-04") in got
    assert ("Monday", "2026-03-02") in got
    assert ("this morning", "2026-03-04") in got
    # the narrative after the transcript is the article's own again
    assert ("Thursday morning", "2026-03-05") in got


def test_a_transcript_with_no_dated_session_keeps_the_articles_day():
    text = ("Coach Piet Oberholm answered questions from readers.\n\n"
            "Q: Is the winger coming?\n\n"
            "Oberholm: \"I cannot promise anything tonight.\"")
    assert values(text, THU_MAR) == ["2026-03-05"]


def test_a_quote_after_speech_reported_on_a_day_counts_from_that_day():
    text = ("The striker spoke to the Harbour Gazette on Saturday. \u201cI am calm. Whatever "
            "happens, I will give everything on Sunday.\u201d He scored twice in that match.")
    assert values(text, TUE_JAN) == ["2026-01-17", "2026-01-18"]
    # without a reported saying, the quote is the article's present
    text = ("The squad trained on Saturday. \u201cWe will give everything on Sunday,\u201d the "
            "captain said.")
    assert values(text, TUE_JAN) == ["2026-01-17", "2026-01-25"]


def test_an_irregular_present_perfect_dates_a_past_day():
    text = "What I can tell you is that we have spoken to them twice, on Monday and again today."
    assert values(text, dt.date(2026, 3, 4)) == ["2026-03-02", "2026-03-04"]
    # after a modal it still looks ahead
    assert values("We will have spoken to them by Friday.", dt.date(2026, 3, 4)) == ["2026-03-06"]


def test_calendar_year_leagues_of_asia_and_oceania_label_one_year():
    assert values("He was the top scorer in last season's Bhutan Premier League.",
                  dt.date(2026, 2, 9)) == ["2025"]
    assert values("Their side finished second in the Liga de Elite last season.",
                  dt.date(2026, 1, 14)) == ["2025"]
    assert values("He has scored nine goals in the New Caledonia Super Ligue this season.",
                  dt.date(2025, 7, 3)) == ["2025"]
    assert values("He was the best player in the Lao League 1 last season.",
                  dt.date(2026, 1, 10)) == ["2025"]
