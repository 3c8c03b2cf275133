"""Sentence splitting (saga.core.text.sentences): stops that end no sentence."""
from saga.core.text import sentences


def split(body: str) -> list[str]:
    return [body[s:e] for s, e in sentences(body)]


def test_abbreviations_and_initials_end_no_sentence():
    assert split("He left St. Mary's on Monday. J. Smith said so.") == \
        ["He left St. Mary's on Monday.", "J. Smith said so."]


def test_a_german_or_turkish_ordinal_league_or_club_ends_no_sentence():
    assert split("He joined from the 3. Liga last season. 1. FC Köln want him. He scored 3. Then he left.") == \
        ["He joined from the 3. Liga last season.", "1. FC Köln want him.", "He scored 3.", "Then he left."]
