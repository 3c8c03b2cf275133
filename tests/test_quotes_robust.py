"""Quote extraction never raises and stays linear on hostile input."""
import random

from saga.core.model import Article
from saga.core.quotes import extract_quotes


def run(body: str):
    return extract_quotes([Article("a", "s/a.txt", body, "t")], [], [])


def test_odd_inputs_return_a_result():
    for body in ["", " ", '"', "'", "\u201c", '""', "''''", '" "', '\n\n"\n\n"', "said:", "He added:\n\n",
                 "\u2019\u2018\u201d\u201c", '"' * 500, "'" * 500, "\u00ab\u00bb\u00ab"]:
        assert isinstance(run(body), list)


def test_random_unicode_never_raises():
    rnd = random.Random(4)
    for _ in range(200):
        body = "".join(chr(rnd.randint(1, 0x2FFF)) for _ in range(rnd.randint(0, 300)))
        assert isinstance(run(body), list)


def test_large_inputs_return_a_result():
    # Speed is measured by tests/bench/extraction.py, not asserted here (machines differ).
    for body in ["word " * 50000,                              # 250 KB, no punctuation at all
                 '"' + "a " * 100000,                          # one 200 KB line opening a quote
                 "He said \"x y z. " * 15000,                  # broken marks everywhere
                 "\"He told me, 'I want to go now,' and left.\" " * 3000]:   # nested quotes everywhere
        assert isinstance(run(body), list)


def test_nested_marks_never_raise():
    for body in ["\"He said, 'x\"", "\"'\"'\"'", "\"a 'b' c 'd\" e' f\"", "'\"he told me\"'",
                 "\"He came and said, 'Boss, I am ready to go,'\n\n\"he told me.\""]:
        assert isinstance(run(body), list)
