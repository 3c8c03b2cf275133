"""Plain data objects shared by every extraction step.

Offsets (`start`, `end`) are always character offsets into `Article.body`,
the article text with its date line removed and paragraphs joined by a blank
line, so every step and the export agree on what a position means.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class Article:
    id: str                      # stable, unique, safe for URLs: derived from the source path
    source: str                  # "seeds/<file>" as shown to readers and in the export
    body: str                    # paragraphs joined by "\n\n"
    title: str
    date: dt.date | None = None
    date_basis: str = "unknown"  # "stated" | "inferred" | "unknown"
    date_reason: str | None = None
    tags: list[str] = field(default_factory=list)
    fmt: str = "text"            # "text" | "markdown"
    duplicate_of: str | None = None

    @property
    def paragraphs(self) -> list[tuple[int, int]]:
        """(start, end) of each paragraph in `body`."""
        spans, pos = [], 0
        for part in self.body.split("\n\n"):
            spans.append((pos, pos + len(part)))
            pos += len(part) + 2
        return spans


@dataclass
class Entity:
    id: str                      # "player:virgil-van-dijk"; also the page slug basis
    kind: str                    # "player" | "club" | "person"
    name: str                    # canonical display name
    aliases: list[str] = field(default_factory=list)   # other names and nicknames seen or known
    attrs: dict = field(default_factory=dict)          # nationality, position, role, club, ...


@dataclass(slots=True)
class Mention:
    article: str
    entity: str                  # Entity.id
    text: str                    # exactly body[start:end]
    start: int
    end: int
    via: str = "name"            # name | alias | nickname | place | description | first-name ...


@dataclass(slots=True)
class QuoteSource:
    article: str
    text: str                    # the quote as printed in this article
    start: int
    end: int


@dataclass
class Quote:
    id: str
    text: str                    # the fullest version across sources
    speaker: str | None          # Entity.id
    speaker_name: str | None     # the speaker as named in the text
    key: bool = False
    fragment: bool = False       # a scare-quote of one to three words
    score: float = 0.0           # ranking weight for "key quotes"
    sources: list[QuoteSource] = field(default_factory=list)


@dataclass(slots=True)
class EventSource:
    article: str
    sentence: str
    date_text: str
    start: int = 0               # sentence offsets in the article body
    end: int = 0


@dataclass
class Event:
    id: str
    date: str | None             # ISO at the text's precision: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, YYYY-YY
    summary: str
    entities: list[str] = field(default_factory=list)
    sources: list[EventSource] = field(default_factory=list)      # sentences that state the date
    date_basis: str = "stated"   # "stated" | "inferred" (resolved against an inferred article date)
    disagreements: list[dict] = field(default_factory=list)  # {"fact", "values": [{"value", "articles"}]}
    # Sentences of other articles that report the same happening without a date of their own
    # (`date_text` empty): they back the event up and make no claim about when it was.
    corroborations: list[EventSource] = field(default_factory=list)

    @property
    def reports(self) -> list[EventSource]:
        """Every sentence about the event: those that date it, then those that corroborate it."""
        return self.sources + self.corroborations


@dataclass
class Saga:
    id: str
    player: str
    from_club: str | None
    to_club: str | None
    linked_clubs: list[str] = field(default_factory=list)
    status: str = "open"         # open | agreed | completed | collapsed
    fee: list[dict] = field(default_factory=list)      # {"amount", "currency", "text", "article"}
    articles: list[str] = field(default_factory=list)


@dataclass
class Corpus:
    """Everything extracted from a set of articles: the input of the site and the export."""
    articles: list[Article]
    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    sagas: list[Saga] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
