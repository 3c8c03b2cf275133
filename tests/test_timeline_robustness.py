"""Any text gives a result quickly: never an exception, never a slow regex."""
import datetime as dt
import random
import time

from saga.core.model import Article
from saga.core.timeline import extract_timeline
from saga.core.timeline.expressions import find_time_expressions

ANCHOR = dt.date(2020, 2, 29)


def test_random_unicode_and_odd_input_never_raise():
    rnd = random.Random(5)
    for _ in range(200):
        text = "".join(chr(rnd.randint(0, 0x2FFF)) for _ in range(rnd.randint(0, 300)))
        find_time_expressions(text, ANCHOR)
    for text in ["", " ", "\n\n", "31 February", "on 45/13/2020", "2020-13-45", "May May May",
                 "\u201cunbalanced quote on Tuesday", "the 1999-00 season", "last", "pre-season"]:
        find_time_expressions(text, ANCHOR)
        find_time_expressions(text, None)
        extract_timeline([Article(id="x", source="x.txt", body=text, title="x")], [], [], [])


def test_impossible_dates_are_skipped_not_invented():
    assert find_time_expressions("He signed on 31 February 2020.", ANCHOR) == []


def test_long_text_and_a_line_without_punctuation_are_fast():
    para = ("Brentford had a £38m offer for the 23-year-old turned down on Tuesday, while an opening bid "
            "was dismissed last week and the club may return before deadline day in August. ")
    big = "\n\n".join([para * 4] * 150)                      # ~250 KB
    start = time.perf_counter()
    find_time_expressions(big, ANCHOR)
    assert time.perf_counter() - start < 1.0
    line = "aaaa bbbb 12 may june 2020 the on in last " * 5000  # ~200 KB, no full stop
    start = time.perf_counter()
    find_time_expressions(line, ANCHOR)
    assert time.perf_counter() - start < 1.0
