"""Date inference reuses the scores an earlier build kept: the result is the one a build with no
cache gives, whether articles are added, removed or changed in between."""
from __future__ import annotations

import datetime as dt
import random

from saga.core.cache import ExtractionCache, using
from saga.core.model import Article
from saga.core.timeline.inference import infer_dates

WORDS = ("the striker agreed personal terms with the club after a long week of talks about "
         "his contract and the fee that both sides had argued over since the window opened").split()


def _sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(9, 14))).capitalize() + "."


def _corpus(n: int, seed: int) -> list[Article]:
    rng = random.Random(seed)
    pool = [_sentence(rng) for _ in range(40)]
    arts = []
    for i in range(n):
        sents = []
        for _ in range(rng.randint(2, 5)):
            s = rng.choice(pool)
            if rng.random() < 0.3:                      # re-spelled: one word changed
                words = s.split()
                words[rng.randrange(len(words))] = rng.choice(WORDS)
                s = " ".join(words)
            sents.append(s)
        date = None if rng.random() < 0.4 else dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(300))
        arts.append(Article(id=f"a{i:03d}", source=f"seeds/a{i:03d}.txt", body=" ".join(sents),
                            title="t", date=date))
    return arts


def _run(arts: list[Article], saved: dict | None) -> tuple[dict, dict]:
    cache = ExtractionCache(saved)
    with using(cache):
        got = infer_dates(arts, [])
    return got, cache.dump()


def test_cached_scores_give_the_uncached_result():
    full = _corpus(60, 7)
    assert infer_dates(full, [])                        # the corpus does date something
    steps = [full[:-1], full, full, full[5:], full[:30] + full[31:], full]
    changed = [Article(**{**a.__dict__, "body": a.body + " Something else entirely happened."})
               if n % 7 == 0 else a for n, a in enumerate(full)]
    steps += [changed, full]
    saved = None
    for arts in steps:
        got, saved = _run(arts, saved)
        assert got == infer_dates(arts, [])
