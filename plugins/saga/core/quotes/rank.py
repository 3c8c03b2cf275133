"""Key quotes: the few per entity that matter (what the player, his manager and the clubs said
about the move), never scare-quote fragments or filler.

Each quote gets a score from who said it (player > manager/official > club > unknown), how much
it says (length up to a point) and whether it talks about the move; then each entity's top few
(by speaker, and by who the quote is about) are marked `key`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Entity, Quote
from ..text import normalise
from .lexicon import lexicon
from .merge import Merged

KEY_PER_ENTITY = 3
MIN_KEY_SCORE = 3.0
_KIND_WEIGHT = {"player": 3.0, "person": 2.5, "club": 2.2}
_WORD = re.compile(r"[^\W_]+")


def score(q: Quote, entities: dict[str, Entity], kind_hint: str | None = None) -> float:
    """Ranking weight of one quote (0 for fragments and filler)."""
    if q.fragment:
        return 0.0
    words = _WORD.findall(normalise(q.text))
    if not words:
        return 0.0
    lex = lexicon()
    text = " ".join(words)
    if any(text == f or (text.startswith(f) and len(words) <= n + 2) for f, n in _filler()):
        return 0.0
    kind = entities[q.speaker].kind if q.speaker in entities else kind_hint
    s = _KIND_WEIGHT.get(kind, 1.5 if q.speaker_name else 0.3)
    s += 2.0 * min(len(words), 40) / 40
    s += 0.6 * min(3, sum(w in lex.move_words for w in words))
    s += 0.3 * min(3, len({src.article for src in q.sources}) - 1)
    if len(words) < 6:
        s *= 0.4
    return round(s, 3)


@lru_cache(maxsize=1)
def _filler() -> tuple[tuple[str, int], ...]:
    """The lexicon's filler phrases as `score` compares them (normalised words), and their length."""
    phrases = (" ".join(_WORD.findall(normalise(x))) for x in lexicon().filler)
    return tuple((f, len(f.split())) for f in phrases)


def rank(merged: list[Merged], entities: dict[str, Entity]) -> list[Quote]:
    """Set `score` and `key` on every quote; returns the quotes in the given order."""
    groups: dict[str, list[Quote]] = {}
    for m in merged:
        q = m.quote
        q.score = score(q, entities, m.kind)
        q.key = False
        owners = set(m.about)
        owners.add(q.speaker or ("name:" + normalise(q.speaker_name) if q.speaker_name else ""))
        for o in owners:
            if o:
                groups.setdefault(o, []).append(q)
    for members in groups.values():
        members.sort(key=lambda q: -q.score)
        for q in members[:KEY_PER_ENTITY]:
            if q.score >= MIN_KEY_SCORE:
                q.key = True
    return [m.quote for m in merged]
