"""Classes of date misses found on a new gold set, each shown with a small invented example."""
import datetime as dt

from saga.core.timeline import find_time_expressions

WED = dt.date(2024, 5, 15)          # a Wednesday


def values(text, anchor):
    return [(e.text, e.value) for e in find_time_expressions(text, anchor)]


def test_the_following_day_counts_from_the_sentences_day_not_from_a_background_clause():
    text = ("Brandvik flew to Kelso on Monday after the clubs agreed a fee of £400,000 at the end of last week, "
            "but Kelso pulled out the following day.")
    assert values(text, WED) == [("Monday", "2024-05-13"), ("end of last week", "2024-05-10"),
                                 ("the following day", "2024-05-14")]
    text = "Brandvik signed for Kelso on Monday, having passed a medical on Saturday, and trained the following day."
    assert values(text, WED)[-1] == ("the following day", "2024-05-14")
    # a day given in a clause of its own (not hanging on the earlier day) is still the one counted from
    text = "Brandvik flew to Kelso on Monday. Dunmore agreed a fee on Friday and he signed the following day."
    assert values(text, WED)[-1] == ("the following day", "2024-05-11")
    # ... and so is a day in the same clause as the anaphor
    text = "Brandvik flew to Kelso on Monday after agreeing terms on Saturday and signed the following day."
    assert values(text, WED)[-1] == ("the following day", "2024-05-12")
