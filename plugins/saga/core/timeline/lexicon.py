"""The word lists the timeline reads text with, loaded once from data/timeline_words.yaml.

Kept out of code so new phrasings (a body, an adjunct noun, a tense cue) are a data change.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..cache import memo, per_run, text_key
from ..datafiles import load, table
from ..text import fold, sentences, strip_accents


@dataclass(frozen=True)
class Lexicon:
    months: dict[str, int]
    month_abbreviations: dict[str, int]
    weekdays: tuple[str, ...]
    weekday_names_after: frozenset[str]
    weekday_not_surnames: frozenset[str]
    numbers: dict[str, int]
    holidays: dict[str, tuple[int, int]]
    month_cues: frozenset[str]
    adjunct_nouns: frozenset[str]
    future_words: frozenset[str]
    future_before_to: frozenset[str]
    future_adjectives: frozenset[str]
    future_after_be: frozenset[str]
    wish_past: frozenset[str]
    reporting_participles: frozenset[str]
    month_attributive_nouns: frozenset[str]
    imperative_verbs: frozenset[str]
    imperative_words: frozenset[str]
    forward_prepositions: frozenset[str]
    past_words: frozenset[str]
    not_past_ed: frozenset[str]
    compound_nouns: frozenset[str]
    bodies: dict[str, str]
    body_contexts: frozenset[str]
    stopwords: frozenset[str]
    story_stages: dict[str, str]        # word -> the stage of a transfer story it reports


@table
def lexicon() -> Lexicon:
    """The parsed word lists (cached: the file is read once per process)."""
    raw = load("timeline_words.yaml")
    fs = lambda key: frozenset(str(w).lower() for w in raw.get(key, []))  # noqa: E731
    return Lexicon(
        months={k.lower(): int(v) for k, v in raw["months"].items()},
        month_abbreviations={k.lower(): int(v) for k, v in raw["month_abbreviations"].items()},
        weekdays=tuple(w.lower() for w in raw["weekdays"]),
        weekday_names_after=fs("weekday_names_after"),
        weekday_not_surnames=fs("weekday_not_surnames"),
        numbers={str(k).lower(): int(v) for k, v in raw["numbers"].items()},
        holidays={k.lower(): (int(v[0]), int(v[1])) for k, v in raw["holidays"].items()},
        month_cues=fs("month_cues"),
        adjunct_nouns=fs("adjunct_nouns"),
        future_words=fs("future_words"),
        future_before_to=fs("future_before_to"),
        future_adjectives=fs("future_adjectives"),
        future_after_be=fs("future_after_be"),
        wish_past=fs("wish_past"),
        reporting_participles=fs("reporting_participles"),
        month_attributive_nouns=fs("month_attributive_nouns"),
        imperative_verbs=fs("imperative_verbs"),
        imperative_words=fs("imperative_words"),
        forward_prepositions=fs("forward_prepositions"),
        past_words=fs("past_words"),
        not_past_ed=fs("not_past_ed"),
        compound_nouns=fs("compound_nouns"),
        bodies={k.lower(): str(v) for k, v in raw["bodies"].items()},
        body_contexts=fs("body_contexts"),
        stopwords=fs("stopwords"),
        story_stages={str(w).lower(): stage for stage, words in (raw.get("story_stages") or {}).items()
                      for w in words},
    )


@per_run
def sentence_spans(body: str) -> tuple[tuple[int, int], ...]:
    """`text.sentences`, cached for the run (several steps split the same article) and in the
    extraction cache (the cross-article steps split every article, however few are new)."""
    return memo("text.sentences", text_key(body), lambda: tuple(sentences(body)))


def norm_word(word: str) -> str:
    """One word as `text.normalise` would give it, fast for plain ASCII."""
    return word.casefold() if word.isascii() else strip_accents(word).casefold()


def norm_text(text: str) -> str:
    """`text.normalise` with a fast path for ASCII text (most of an English article)."""
    text = fold(text)
    if not text.isascii():
        text = strip_accents(text)
    return " ".join(text.casefold().split())
