"""Classes of date misses found on a new gold set, each shown with a small invented example."""
import datetime as dt

from saga.core.timeline import find_time_expressions

THU = dt.date(2024, 5, 16)          # a Thursday
DEC = dt.date(2024, 12, 11)


def values(text, anchor):
    return [(e.text, e.value) for e in find_time_expressions(text, anchor)]


def test_is_expected_somewhere_looks_forward_like_is_due():
    text = "The striker is expected in Dunmore for a medical at the weekend if talks go well."
    assert values(text, THU) == [("at the weekend", "2024-05-18")]
    # in the past it was the weekend gone
    text = "The striker was expected in Dunmore for a medical at the weekend, but it fell through."
    assert values(text, THU) == [("at the weekend", "2024-05-11")]


def test_a_weekday_in_a_speakers_present_tense_is_the_coming_one():
    text = 'Brandvik has had a hard week, said Moss. "Maybe on Saturday he scores again, who knows."'
    assert values(text, THU) == [("Saturday", "2024-05-18")]
    # a past cue in the quote still looks back
    text = 'Moss was pleased. "On Saturday he scored twice, and he trained well."'
    assert values(text, THU) == [("Saturday", "2024-05-11")]


def test_a_sentence_opening_with_a_reporting_participle_dates_the_speaking():
    text = "Speaking at the club's training ground in Kelso on Monday, he would not confirm the deal."
    assert values(text, THU) == [("Monday", "2024-05-13")]
    # a forward preposition in that clause still looks ahead
    text = "Speaking ahead of Saturday's game, Moss said he would not talk about the striker."
    assert values(text, THU) == [("Saturday's", "2024-05-18")]


def test_the_day_before_counts_from_the_date_just_given():
    text = "Brandvik signed at Kelso on Tuesday after passing a medical the day before, and trains next week."
    assert values(text, THU)[:2] == [("Tuesday", "2024-05-14"), ("the day before", "2024-05-13")]
    text = "Brandvik flew to Dunmore on 3 May and signed two days later."
    assert values(text, THU) == [("3 May", "2024-05-03"), ("two days later", "2024-05-05")]
    # "the day before" with an object of its own counts from that noun, not from the date
    assert values("He trained on Tuesday and rested the day before the final.", THU) == [("Tuesday", "2024-05-14")]
    # with no date just before it there is nothing to count from
    assert values("One day you are here, the next day you are gone.", THU) == []


def test_a_month_describing_a_move_is_its_date():
    text = "Kelso Rovers are in talks with Dunmore over a January move for their winger."
    assert values(text, DEC) == [("January", "2025-01")]
    # a month without a move noun or a cue stays a word
    assert values("Dunmore signed January Smith, a winger.", DEC) == []


def test_the_end_of_a_year_is_its_last_month():
    text = "The winger is under contract at Dunmore until the end of 2026, and Kelso want him now."
    assert values(text, DEC) == [("the end of 2026", "2026-12")]
    assert values("He joined at the start of 2023.", DEC) == [("the start of 2023", "2023-01")]


def test_a_left_back_is_no_past_tense():
    # "left" in "left-back" is a position, not the verb: the clause has no past cue
    text = "Kelso are pushing to wrap up a January deal for Dunmore left-back Tomas Brandvik."
    assert values(text, DEC) == [("January", "2025-01")]
