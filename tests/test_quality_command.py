"""The quality command's saga score on a tiny export and gold (the scorer is code too)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import quality  # noqa: E402

ENTS = {"p": ({"tomas brandt", "brandt"}, "player"), "n": ({"northbridge rovers"}, "club"),
        "k": ({"kingsport city"}, "club"), "a": ({"alder athletic"}, "club")}


def score(sagas: list[dict], golds: dict) -> tuple[float, float, list[str]]:
    t, misses = quality.Tally(), []
    quality._score_sagas({"sagas": sagas}, golds, ENTS, t, misses)
    return t.ratio("saga"), t.ratio("saga_status"), misses


def gold(date: str, to: str | None, status: str, linked: tuple = ()) -> dict:
    return {"article": f"{date}.txt", "date": date, "saga": {
        "player": "Tomas Brandt", "from": "Northbridge Rovers", "to": to, "linked": list(linked), "status": status}}


def test_player_origin_destination_and_the_latest_status_count():
    golds = {"a1": gold("2024-06-01", "Kingsport City", "bid"), "a2": gold("2024-07-01", "Kingsport City", "done")}
    right = {"player": "p", "from_club": "n", "to_club": "k", "status": "completed"}
    assert score([right], golds)[:2] == (1.0, 1.0)
    swapped = dict(right, from_club="k", to_club="n", status="open")
    saga, status, misses = score([swapped], golds)
    assert (round(saga, 3), status) == (0.333, 0.0) and len(misses) == 2


def test_a_story_with_no_destination_accepts_none_or_a_linked_club():
    golds = {"a1": gold("2024-06-01", None, "collapsed", linked=("Alder Athletic",))}
    assert score([{"player": "p", "from_club": "n", "to_club": None, "status": "collapsed"}], golds)[:2] == (1.0, 1.0)
    assert score([{"player": "p", "from_club": "n", "to_club": "a", "status": "collapsed"}], golds)[0] == 1.0
    assert round(score([{"player": "p", "from_club": "n", "to_club": "k", "status": "open"}], golds)[0], 3) == 0.667


def test_a_second_page_for_one_gold_entity_counts_against_precision():
    """"KÍ" made a club of its own beside "KÍ Klaksvík": both names are the gold club's, but a
    reader would get two pages for one club."""
    export = {"entities": [{"id": "club:ki-klaksvik", "name": "KÍ Klaksvík", "aliases": [], "kind": "club"},
                           {"id": "club:ki", "name": "KÍ", "aliases": [], "kind": "club"}],
              "mentions": [{"article": "a1", "entity": "club:ki-klaksvik", "text": "KÍ Klaksvík"},
                           {"article": "a1", "entity": "club:ki", "text": "KÍ"}],
              "articles": [{"id": "a1"}], "quotes": [], "events": [], "sagas": []}
    golds = {"a1": {"article": "a1.txt", "entities": [
        {"name": "KÍ Klaksvík", "kind": "club", "mentions": ["KÍ Klaksvík", "KÍ"]}]}}
    res, misses = quality.score(export, golds)
    assert res["entities"]["precision"] == 0.5
    assert misses == ["a1.txt: second entity ki (club) for KÍ Klaksvík"]


def test_a_swap_deal_gold_lists_one_saga_per_player():
    ents = dict(ENTS, q=({"eli moss"}, "player"))
    swap = {"article": "s.txt", "date": "2024-07-01", "saga": [
        {"player": "Tomas Brandt", "from": "Northbridge Rovers", "to": "Kingsport City", "status": "agreed"},
        {"player": "Eli Moss", "from": "Kingsport City", "to": "Northbridge Rovers", "status": "agreed"}]}
    t, misses = quality.Tally(), []
    quality._score_sagas({"sagas": [{"player": "p", "from_club": "n", "to_club": "k", "status": "agreed"}]},
                         {"s": swap}, ents, t, misses)
    assert round(t.ratio("saga"), 3) == 0.5 and misses == ["s.txt: saga of Eli Moss is None, want Kingsport City -> "
                                                           "Northbridge Rovers", "s.txt: saga status of Eli Moss is "
                                                           "None, want agreed"]
