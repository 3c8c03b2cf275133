"""A failed build never leaves a half-written output folder: the previous site stays, byte for byte."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, build_site

from saga import atomic

GOOD = {
    "deal.txt": b" date 2021-08-30 The striker completed his move on deadline day. Everyone agreed.",
    "talks.txt": b" date 2021-07-02 The two clubs held talks about the defender. Nothing was signed.",
}


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def leftovers(output: Path) -> list[str]:
    return sorted(p.name for p in output.parent.iterdir() if p.name.startswith(output.name + ".saga-"))


def dead_pid() -> int:
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(proc.stdout)


def test_a_build_failing_under_fatal_warnings_leaves_the_previous_site(article_folder, tmp_path):
    seeds = article_folder(GOOD)
    out = tmp_path / "out"
    assert build_site(seeds, out).returncode == 0
    before = snapshot(out)
    assert "data/extraction.json" in before

    (seeds / "empty.txt").write_bytes(b"")          # a broken article: a warning, fatal in CI
    (seeds / "deal.txt").write_bytes(GOOD["deal.txt"].replace(b"striker", b"winger"))
    failed = build_site(seeds, out, "--fatal", "warnings")

    assert failed.returncode != 0 and "empty.txt" in failed.log
    assert snapshot(out) == before
    assert leftovers(out) == []                      # the staging folder went with the process


def test_a_build_that_raises_halfway_leaves_the_previous_site(article_folder, tmp_path):
    seeds = article_folder(GOOD)
    out = tmp_path / "out"
    assert build_site(seeds, out).returncode == 0
    before = snapshot(out)

    theme = tmp_path / "theme"                        # article pages render, then the home page fails
    shutil.copytree(ROOT / "theme", theme)
    (theme / "templates" / "index.html").write_text("{{ no_such_thing.attribute }}", encoding="utf-8")
    (seeds / "more.txt").write_bytes(b" date 2021-09-01 The keeper joined on loan. Fans were surprised.")
    failed = build_site(seeds, out, settings={"THEME": theme})

    assert failed.returncode != 0 and "no_such_thing" in failed.log
    assert snapshot(out) == before
    assert leftovers(out) == []


def test_a_successful_rebuild_replaces_the_site(article_folder, tmp_path):
    seeds = article_folder(GOOD)
    out = tmp_path / "out"
    assert build_site(seeds, out).returncode == 0
    (seeds / "talks.txt").unlink()
    (seeds / "loan.txt").write_bytes(b" date 2021-09-01 The keeper joined on loan. Fans were surprised.")

    again = build_site(seeds, out)

    assert again.returncode == 0, again.log
    assert sorted(a["source"] for a in again.export["articles"]) == ["articles/deal.txt", "articles/loan.txt"]
    pages = sorted(p.name for p in (out / "articles").glob("*.html"))
    assert len(pages) == 2 and not any(p.startswith("the-two-clubs") for p in pages)   # no stale page
    assert leftovers(out) == []


def test_first_build_clears_what_a_killed_build_left(article_folder, tmp_path):
    out = tmp_path / "out"
    stale = tmp_path / f"out.saga-staging-{dead_pid()}"
    (stale / "articles").mkdir(parents=True)
    (stale / "articles" / "half.html").write_text("<p>half", encoding="utf-8")
    work = tmp_path / f"out.saga-work-{dead_pid()}"                # the search index's scratch folder
    (work / "03").mkdir(parents=True)

    build = build_site(article_folder(GOOD), out)

    assert build.returncode == 0, build.log
    assert not stale.exists() and not work.exists() and (out / "index.html").is_file()
    assert leftovers(out) == []


def test_retained_files_survive_the_swap(article_folder, tmp_path):
    seeds = article_folder(GOOD)
    out = tmp_path / "out"
    assert build_site(seeds, out).returncode == 0
    (out / ".git").mkdir()
    (out / ".git" / "HEAD").write_text("ref: refs/heads/gh-pages\n", encoding="utf-8")
    (out / "stray.html").write_text("old", encoding="utf-8")

    assert build_site(seeds, out, settings={"OUTPUT_RETENTION": [".git"]}).returncode == 0

    assert (out / ".git" / "HEAD").read_text(encoding="utf-8") == "ref: refs/heads/gh-pages\n"
    assert not (out / "stray.html").exists()         # DELETE_OUTPUT_DIRECTORY: the rest is new


# The swap itself, without Pelican.

def test_swap_replaces_an_existing_folder_and_drops_the_backup(tmp_path):
    final, staging = tmp_path / "site", tmp_path / "site.saga-staging-1"
    final.mkdir()
    (final / "old.html").write_text("old")
    staging.mkdir()
    (staging / "new.html").write_text("new")

    atomic.swap(str(staging), str(final))

    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]
    assert sorted(p.name for p in final.iterdir()) == ["new.html"]


def test_a_backup_left_between_the_two_renames_is_put_back(tmp_path):
    backup = tmp_path / f"site.saga-backup-{dead_pid()}"
    backup.mkdir()
    (backup / "index.html").write_text("the live site")

    atomic.clear_leftovers(str(tmp_path / "site"))

    assert (tmp_path / "site" / "index.html").read_text() == "the live site"
    assert not backup.exists()


def test_an_output_folder_holding_the_sources_is_written_in_place(tmp_path):
    (tmp_path / "content").mkdir()
    settings = {"PATH": str(tmp_path / "content"), "THEME": "notmyzone", "SAGA_SEEDS_PATH": "", "CACHE_PATH": ""}
    assert atomic._holds_sources(str(tmp_path), settings)
    assert not atomic._holds_sources(str(tmp_path / "output"), settings)
