#!/usr/bin/env python3
"""Extraction quality on the gold sets in tests/gold/: precision, recall, F1.

usage: .venv/bin/python tests/quality.py [SET ...] [--show-misses] [--json]

Every folder in tests/gold/ is a set of articles (NAME.txt or NAME.md) with
answers (NAME.gold.json). The full pipeline runs over each set on its own;
a gold key that is absent means "not annotated" and is not scored. The gold
format and matching rules follow ../shared/eval/README.md.

"quotes" counts every exported quote, as the shared scorer does; "whole quotes" is the same
without the 1-3 word scare quotes the export flags `fragment: true` (kept, never key quotes),
which gold files written by other people may leave out.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "plugins"))

from saga.core.articles import parse_article  # noqa: E402
from saga.core.export import to_export  # noqa: E402
from saga.core.pipeline import extract  # noqa: E402

GOLD = HERE / "gold"
MAX_QUOTE = 700
_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})


def norm(s: str | None) -> str:
    s = unicodedata.normalize("NFKD", (s or "").translate(_FOLD))
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = re.sub(r"[\"'`.,;:!?()\[\]]", " ", s)
    return re.sub(r"^the ", "", re.sub(r"\s+", " ", s).strip())


def name_match(gold: str, names: set[str]) -> bool:
    g = norm(gold)
    return g in names or any(len(n) > 3 and (n in g.split() or g.endswith(" " + n)) for n in names)


class Tally:
    def __init__(self) -> None:
        self.c: dict[str, list[int]] = {}

    def add(self, key: str, hit: bool, n: int = 1) -> None:
        cell = self.c.setdefault(key, [0, 0])
        cell[0] += int(hit) * n
        cell[1] += n

    def ratio(self, key: str) -> float | None:
        hit, n = self.c.get(key, [0, 0])
        return hit / n if n else None


def run_set(folder: Path) -> tuple[dict, list[str]]:
    """Extract the set's articles and score them against their gold files."""
    articles, golds = [], {}
    for gp in sorted(folder.glob("*.gold.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        src = folder / g["article"]
        parsed = parse_article(src.read_bytes(), f"{folder.name}/{src.name}")
        if parsed.article is None:
            continue
        articles.append(parsed.article)
        golds[parsed.article.id] = g
    corpus = extract(articles)
    data = to_export(corpus, lambda kind, ident: f"{kind}/{ident}.html")
    return score(data, golds)


def score(data: dict, golds: dict[str, dict]) -> tuple[dict, list[str]]:
    t, misses = Tally(), []
    ents = {e["id"]: ({norm(e["name"])} | {norm(a) for a in e["aliases"]}, e["kind"]) for e in data["entities"]}
    art_dates = {a["id"]: a for a in data["articles"]}
    for art_id, g in golds.items():
        f = g["article"]
        mentions = [(norm(m["text"]), ents[m["entity"]][0]) for m in data["mentions"]
                    if m["article"] == art_id and m["entity"] in ents]
        found = {}
        for m in data["mentions"]:
            if m["article"] == art_id and m["entity"] in ents:
                found.setdefault(m["entity"], ents[m["entity"]])
        if "date" in g:
            a = art_dates.get(art_id, {})
            if g["date"]:
                t.add("article_date", a.get("date") == g["date"])
            else:
                t.add("undated_not_claimed", a.get("date_basis") != "stated")
        if "entities" in g:
            for ge in g["entities"]:
                hit = [k for names, k in found.values() if name_match(ge["name"], names)]
                t.add("entity_recall", bool(hit))
                if hit:
                    t.add("entity_kind", ge["kind"] in hit)
                    if ge["kind"] not in hit:
                        misses.append(f"{f}: kind of {ge['name']} is {hit}, want {ge['kind']}")
                else:
                    misses.append(f"{f}: entity missed {ge['name']} ({ge['kind']})")
                for m in ge.get("mentions", []):
                    ok = any((mt == norm(m) or norm(m) in mt) and name_match(ge["name"], names) for mt, names in mentions)
                    t.add("mention_recall", ok)
                    if not ok:
                        misses.append(f"{f}: mention missed '{m}' -> {ge['name']}")
            owner: dict[str, str] = {}        # gold entity -> the predicted one that has its name
            for eid, (names, k) in found.items():
                for ge in g["entities"]:
                    if ge["kind"] == k and name_match(ge["name"], names):
                        owner.setdefault(ge["name"], eid)
            for eid, (names, k) in found.items():
                ok = any(name_match(ge["name"], names) or any(name_match(m, names) for m in ge.get("mentions", []))
                         for ge in g["entities"])
                # a second page for one gold entity (its short form made a club of its own: "KÍ"
                # beside "KÍ Klaksvík") is no more right than a page for nothing
                twin = next((ge["name"] for ge in g["entities"] if ge["kind"] == k and owner.get(ge["name"], eid) != eid
                             and not name_match(ge["name"], names)
                             and any(norm(m) in names for m in ge.get("mentions", []))), None)
                t.add("entity_precision", ok and twin is None)
                if not ok:
                    misses.append(f"{f}: spurious entity {sorted(names)[0]} ({k})")
                elif twin:
                    misses.append(f"{f}: second entity {sorted(names)[0]} ({k}) for {twin}")
        bad = [sorted(names)[0] for names, k in found.values() if any(norm(x) in names for x in g.get("not_pages", []))]
        t.add("not_page_violations", True, len(bad))
        misses += [f"{f}: not-a-page became an entity: {b}" for b in bad]
        if "quotes" in g:
            pq = []
            for q in data["quotes"]:
                sp = set(ents[q["speaker"]][0]) if q.get("speaker") in ents else set()
                if q.get("speaker_name"):
                    sp.add(norm(q["speaker_name"]))
                pq += [(norm(s["text"]), sp, bool(q.get("fragment"))) for s in q["sources"] if s["article"] == art_id]
            for gq in g["quotes"]:
                c = norm(gq["contains"])
                hit = [sp for text, sp, _ in pq if c in text and len(text) <= MAX_QUOTE]
                if not gq.get("optional"):
                    t.add("quote_recall", bool(hit))
                    if not hit:
                        misses.append(f"{f}: quote missed '{gq['contains'][:50]}'")
                if hit:
                    # gold speaker null: nobody said it (a scare quote); right when nobody is named
                    ok = (all(not sp for sp in hit) if gq["speaker"] is None
                          else any(name_match(gq["speaker"], sp) for sp in hit))
                    t.add("speaker_accuracy", ok)
                    if not ok:
                        misses.append(f"{f}: speaker of '{gq['contains'][:40]}' is {hit}, want {gq['speaker']}")
            for text, _, fragment in pq:
                ok = len(text) <= MAX_QUOTE and any(norm(q["contains"]) in text for q in g["quotes"])
                t.add("quote_precision", ok)
                if not fragment:
                    t.add("whole_quote_precision", ok)
                if not ok:
                    misses.append(f"{f}: spurious quote '{text[:60]}'" + (" (exported as a fragment)" if fragment else ""))
        if "dates" in g:
            # An event's sources state its date; its corroborations (other articles' reports of the
            # same happening) make no date claim of their own.
            pe = [(norm(s["sentence"]), ev["date"]) for ev in data["events"] for s in ev["sources"]
                  if s["article"] == art_id and ev["date"]]
            for d in g["dates"]:
                values = {str(v) for v in (d["value"] if isinstance(d["value"], list) else [d["value"]])}
                sc = norm(d["sentence_contains"])
                ok = any(sc in s and v in values for s, v in pe)
                if not d.get("optional"):
                    t.add("date_recall", ok)
                    if not ok:
                        misses.append(f"{f}: date missed '{d['expression']}' = {d['value']}")
            for s, v in pe:
                ok = any(norm(d["sentence_contains"]) in s and str(v) in
                         {str(x) for x in (d["value"] if isinstance(d["value"], list) else [d["value"]])}
                         for d in g["dates"])
                t.add("date_precision", ok)
                if not ok:
                    misses.append(f"{f}: unmatched event date {v} in '{s[:60]}'")
    _score_sagas(data, golds, ents, t, misses)
    res: dict = {}
    for area, p_key, r_key in (("entities", "entity_precision", "entity_recall"),
                               ("quotes", "quote_precision", "quote_recall"),
                               ("whole quotes", "whole_quote_precision", "quote_recall"),
                               ("dates", "date_precision", "date_recall")):
        p, r = t.ratio(p_key), t.ratio(r_key)
        if p is None and r is None:
            continue
        p = 1.0 if p is None else p
        r = 1.0 if r is None else r
        res[area] = {"precision": round(p, 3), "recall": round(r, 3),
                     "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
                     "predicted": t.c.get(p_key, [0, 0])[1], "gold": t.c.get(r_key, [0, 0])[1]}
    for key in ("entity_kind", "mention_recall", "speaker_accuracy", "article_date", "undated_not_claimed",
                "saga", "saga_status"):
        if t.ratio(key) is not None:
            res[key] = round(t.ratio(key), 3)
    res["not_page_violations"] = t.c.get("not_page_violations", [0, 0])[0]
    return res, misses


# Gold writers' status words, as the four statuses the export uses.
STATUS = {"open": "open", "rumour": "open", "talks": "open", "bid": "open", "stalled": "open",
          "agreed": "agreed", "done": "completed", "completed": "completed", "signed": "completed",
          "collapsed": "collapsed"}


def _score_sagas(data: dict, golds: dict[str, dict], ents: dict, t: Tally, misses: list[str]) -> None:
    """Per player with a gold saga: is there a saga for him (1), with the right club he would leave
    (1) and the right destination (1)? A gold saga with no destination (collapsed, unresolved) is
    right with none or with one of the clubs it links. The latest article's gold is the saga's
    state (its status too), as the site shows the story so far."""
    latest: dict[str, tuple] = {}
    linked: dict[str, set[str]] = {}
    for art_id, g in sorted(golds.items(), key=lambda kv: (kv[1].get("date") or "", kv[0])):
        found = g.get("saga")
        for gs in found if isinstance(found, list) else [found]:     # a swap deal: one saga per player
            if not gs or not gs.get("player"):
                continue
            key = norm(gs["player"])
            latest[key] = (g["article"], gs)
            linked.setdefault(key, set()).update(norm(x) for x in gs.get("linked", []) if x)
    names = lambda ident: ents[ident][0] if ident in ents else set()      # noqa: E731
    for key, (f, gs) in sorted(latest.items()):
        best, best_status, seen = 0, False, None
        for s in data["sagas"]:
            if not name_match(gs["player"], names(s["player"])):
                continue
            frm, to = names(s.get("from_club")), names(s.get("to_club"))
            dest = (name_match(gs["to"], to) if gs.get("to")
                    else not to or bool(to & linked[key]))
            got = 1 + bool(gs.get("from") and name_match(gs["from"], frm)) + dest
            if got > best:
                best, seen = got, (sorted(frm)[:1], sorted(to)[:1], s.get("status"))
            best_status = best_status or STATUS.get(norm(gs.get("status")), "?") == s.get("status")
        t.add("saga", True, best)
        t.add("saga", False, 3 - best)
        t.add("saga_status", best_status)
        if best < 3:
            misses.append(f"{f}: saga of {gs['player']} is {seen}, want {gs.get('from')} -> {gs.get('to')}")
        if not best_status:
            misses.append(f"{f}: saga status of {gs['player']} is {seen[2] if seen else None}, want {gs.get('status')}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="*", help="gold sets (folders of tests/gold/); default: all")
    ap.add_argument("--show-misses", action="store_true")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    names = args.sets or sorted(p.name for p in GOLD.iterdir() if p.is_dir())
    report = {}
    for name in names:
        res, misses = run_set(GOLD / name)
        report[name] = res
        if args.json:
            continue
        print(f"== {name}")
        for area in ("entities", "quotes", "whole quotes", "dates"):
            if area in res:
                r = res[area]
                print(f"  {area:12} P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}"
                      f"  (predicted {r['predicted']}, gold {r['gold']})")
        extras = {k: v for k, v in res.items() if k not in ("entities", "quotes", "whole quotes", "dates")}
        print("  " + "  ".join(f"{k} {v}" for k, v in extras.items()))
        if args.show_misses:
            for m in misses:
                print("    - " + m)
    if args.json:
        print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
