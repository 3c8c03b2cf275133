#!/usr/bin/env python3
"""Extraction speed per step, in ms per article, on the gold articles (a benchmark, not a test).

usage: .venv/bin/python tests/bench/extraction.py [--repeat N]

The goal is under 5 ms per 400-word article for each step; figures depend on the machine.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "plugins"))

from saga.core.articles import parse_article  # noqa: E402
from saga.core.cache import ExtractionCache, using  # noqa: E402
from saga.core.entities import extract_entities  # noqa: E402
from saga.core.parallel import workers  # noqa: E402
from saga.core.pipeline import no_cycle_collector  # noqa: E402
from saga.core.quotes import extract_quotes  # noqa: E402
from saga.core.sagas import build_sagas  # noqa: E402
from saga.core.timeline import extract_timeline  # noqa: E402


def load() -> list:
    arts = []
    for f in sorted((ROOT / "tests" / "gold").glob("*/*.txt")):
        p = parse_article(f.read_bytes(), f"{f.parent.name}/{f.name}")
        if p.article:
            p.article.id = f"{f.parent.name}-{p.article.id}"     # sets reuse file names (u01 …)
            arts.append(p.article)
    return arts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    arts = load()
    words = statistics.mean(len(a.body.split()) for a in arts)
    times: dict[str, list[float]] = {"entities": [], "quotes": [], "timeline": [], "sagas": []}
    for n in range(args.repeat):
        for a in arts:                      # defeat per-text caches: every round is a cold extraction
            a.body = a.body + " " * (n + 1)
        # as in a build (pipeline.extract): one run, one process, the cycle collector off
        with using(ExtractionCache()), workers(1), no_cycle_collector():
            t0 = time.perf_counter()
            ents, ments = extract_entities(arts)
            t1 = time.perf_counter()
            quotes = extract_quotes(arts, ments, ents)
            t2 = time.perf_counter()
            extract_timeline(arts, ments, ents, quotes)
            t3 = time.perf_counter()
            build_sagas(arts, ents, ments)
            t4 = time.perf_counter()
        for k, v in zip(times, (t1 - t0, t2 - t1, t3 - t2, t4 - t3)):
            times[k].append(1000 * v / len(arts))
    print(f"{len(arts)} articles, mean {words:.0f} words; ms per article (median of {args.repeat} cold rounds)")
    total = 0.0
    for k, v in times.items():
        med = statistics.median(v)
        total += med
        print(f"  {k:9} {med:6.2f} ms   (per 400 words: {med * 400 / words:5.2f} ms)")
    print(f"  {'total':9} {total:6.2f} ms   (per 400 words: {total * 400 / words:5.2f} ms)")


if __name__ == "__main__":
    main()
