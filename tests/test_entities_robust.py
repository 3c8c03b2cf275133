"""Any text, any size: a result, never an exception, in linear time."""
import random
import time

from saga.core.entities import extract_entities
from saga.core.entities.article import analyse
from saga.core.entities.lexicon import lexicon
from saga.core.model import Article

SAMPLE = ("Southampton manager Mauricio Pellegrino says Virgil van Dijk will not be sold to Liverpool, "
          "according to the Liverpool Echo. The Dutch international, 26, trained alone at St Mary's. "
          "\"Virgil is not available,\" said the Spaniard.\n\nThe Saints' captain wants to join the Reds.")


def art(body: str) -> Article:
    return Article(id="x", source="t/x.txt", body=body, title="t")


def test_odd_input_gives_a_result():
    rnd = random.Random(7)
    bodies = ["", " ", "\n\n", "\"", "“‘", "'s", "-", "The", "Van", "O'", "ü" * 50,
              "".join(chr(rnd.randint(1, 0x2FFF)) for _ in range(5000)),
              "Van van van Van der der de", "the the the 26-year-old the Dutch the", "Mr. St. Dr. FC. 1. FC"]
    for body in bodies:
        ents, ments = extract_entities([art(body)])
        assert all(body[m.start:m.end] == m.text for m in ments)


def test_long_inputs_give_a_result():
    # speed is measured by tests/bench/extraction.py, not asserted here (a busy machine is not a bug)
    lex = lexicon()
    big = (SAMPLE + "\n\n") * 700                                   # ~250 KB of article text
    no_punct = ("Liverpool van Dijk Southampton manager Pellegrino the 26-year-old " * 3000)[:200_000]
    title_case = "Abc Def " * 25_000
    for body in (big, no_punct, title_case):
        ents, ments = extract_entities([art(body)])
        assert all(body[m.start:m.end] == m.text for m in ments)
    analyse("x", SAMPLE, lex)
