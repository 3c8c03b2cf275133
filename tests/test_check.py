"""`python -m saga.check FILE...`: what an editor sees about an article before it is merged."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from saga.check import Checked, main, report
from saga.core.model import Article, Corpus, Entity, Event, EventSource, Mention, Quote, QuoteSource, Saga

SEED = b" date 2021-08-30 The striker completed his move on deadline day. Everyone agreed."


@pytest.fixture
def seeds(tmp_path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "deal.txt").write_bytes(SEED)
    return folder


def run(capsys, seeds: Path, *files: Path, strict: bool = False) -> tuple[int, str]:
    code = main([*map(str, files), "--seeds", str(seeds), *(["--strict"] if strict else [])])
    return code, capsys.readouterr().out


def test_a_clean_article_reports_title_date_and_no_warnings(capsys, seeds, tmp_path):
    new = seeds / "talks.txt"
    new.write_bytes(b"Published: 14 January 2024\n\nThe two clubs held talks about the defender. Nothing was signed.")

    code, out = run(capsys, seeds, new, strict=True)

    assert code == 0
    assert "== seeds/talks.txt" in out
    assert "encoding:  UTF-8\n" in out
    assert "title:     The two clubs held talks about the defender" in out
    assert "date:      2024-01-14 (stated)" in out
    assert "warnings:  none" in out
    assert out.rstrip().endswith("1 file(s) checked: all would be published")


def test_bom_and_windows_line_ends_are_fine(capsys, seeds):
    new = seeds / "bom.txt"
    new.write_bytes(b"\xef\xbb\xbf date 2022-01-05 The defender signed a new deal.\r\n\r\nFans cheered.\r\n")

    code, out = run(capsys, seeds, new, strict=True)

    assert code == 0
    assert "encoding:  UTF-8 with byte-order mark, Windows line ends" in out


def test_cp1252_bytes_are_a_warning_that_fails_only_strict(capsys, seeds):
    new = seeds / "latin.txt"
    new.write_bytes("The Bayern boss praised Jos\u00e9 again.".encode("cp1252"))

    assert run(capsys, seeds, new)[0] == 0
    code, out = run(capsys, seeds, new, strict=True)

    assert code == 1
    assert "encoding:  not UTF-8 (read as cp1252)" in out
    assert "seeds/latin.txt: not valid UTF-8" in out
    assert "title:     The Bayern boss praised José again" in out


def test_dates_stated_missing_and_impossible(capsys, seeds):
    (seeds / "none.txt").write_bytes(b"The keeper joined on loan. Fans were surprised.")
    (seeds / "bad.txt").write_bytes(b" date 2017-13-45 The midfielder is set to leave.")

    code, out = run(capsys, seeds, seeds / "none.txt", seeds / "bad.txt", seeds / "deal.txt")

    assert code == 0
    assert "date:      none stated, published as undated" in out
    assert "date:      impossible, published as undated" in out
    assert "impossible or incomplete date '2017-13-45'" in out
    assert "date:      2021-08-30 (stated)" in out


def test_a_repeat_of_a_published_article_is_named(capsys, seeds):
    copy = seeds / "copy.txt"
    copy.write_bytes(b" date 2021-08-31 The striker completed his move on deadline day.\n\nEveryone agreed.")

    assert run(capsys, seeds, copy)[0] == 0
    code, out = run(capsys, seeds, copy, strict=True)

    assert code == 1
    assert "duplicate: same text as seeds/deal.txt" in out


def test_a_changed_article_is_not_its_own_duplicate(capsys, seeds):
    (seeds / "deal.txt").write_bytes(SEED + b" He wore number nine.")

    code, out = run(capsys, seeds, seeds / "deal.txt", strict=True)

    assert code == 0 and "duplicate" not in out


@pytest.mark.parametrize("name, data, why", [
    ("empty.txt", b"", "empty"),
    ("dateonly.txt", b" date 2021-08-01 ", "only a date"),
    ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary"),
])
def test_a_file_that_would_be_skipped_fails_even_without_strict(capsys, seeds, name, data, why):
    (seeds / name).write_bytes(data)

    code, out = run(capsys, seeds, seeds / name)

    assert code == 1
    assert "result:    SKIPPED, not published" in out
    assert f"seeds/{name}: skipped: {why}" in out
    assert f"1 would fail the build or not be published: seeds/{name}" in out


def test_a_file_outside_the_seeds_folder_is_named_as_it_will_be(capsys, seeds, tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_bytes(b"The winger is wanted by three clubs. Talks go on.")

    code, out = run(capsys, seeds, draft)

    assert code == 0
    assert f"== {draft.as_posix()} (as seeds/draft.txt)" in out


def test_the_report_lists_what_extraction_found():
    art = Article(id="talks", source="seeds/talks.txt", title="Arsenal bid for Rice",
                  body='Arsenal bid for Rice. "We want him," said Arteta.', date=None)
    corpus = Corpus(
        articles=[art],
        entities=[Entity("player:rice", "player", "Declan Rice"), Entity("club:arsenal", "club", "Arsenal"),
                  Entity("person:arteta", "person", "Mikel Arteta")],
        mentions=[Mention("talks", "club:arsenal", "Arsenal", 0, 7), Mention("talks", "player:rice", "Rice", 16, 20),
                  Mention("talks", "person:arteta", "Arteta", 42, 48)],
        quotes=[Quote("q1", "We want him,", "person:arteta", "Arteta",
                      sources=[QuoteSource("talks", "We want him,", 22, 34)])],
        events=[Event("e1", "2023-06", "Arsenal bid for Rice", ["club:arsenal"],
                      sources=[EventSource("talks", "Arsenal bid for Rice.", "June")])],
        sagas=[Saga("rice", "player:rice", "club:westham", "club:arsenal", articles=["talks"])])

    lines = report(Checked(Path("seeds/talks.txt"), "seeds/talks.txt", "UTF-8", article=art), corpus)

    assert lines == [
        "== seeds/talks.txt",
        "  encoding:  UTF-8",
        "  title:     Arsenal bid for Rice",
        "  date:      none stated, published as undated",
        "  entities:  3",
        "    clubs:    Arsenal",
        "    people:   Mikel Arteta",
        "    players:  Declan Rice",
        "  quotes:    1",
        '    Arteta: "We want him,"',
        "  events:    1",
        "    2023-06: Arsenal bid for Rice",
        "  saga:      Declan Rice, from club:westham to Arsenal (open)",
        "  warnings:  none",
    ]


def test_the_command_runs_without_pelican(seeds):
    code = ("import sys, saga.check; rc = saga.check.main(sys.argv[1:]); "
            "assert 'pelican' not in sys.modules, 'pelican imported'; sys.exit(rc)")
    proc = subprocess.run([sys.executable, "-c", code, str(seeds / "deal.txt"), "--seeds", str(seeds)],
                          cwd=ROOT, capture_output=True, text=True, env={"PYTHONPATH": str(ROOT / "plugins")})
    assert proc.returncode == 0, proc.stderr
    assert "date:      2021-08-30 (stated)" in proc.stdout
