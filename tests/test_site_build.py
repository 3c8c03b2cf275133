"""End-to-end: build real sites with the pelican command and look at what readers get."""
import os
import re
from pathlib import Path

import pytest
from conftest import ROOT, build_site

SEED_FILES = sorted(p.name for p in (ROOT / "seeds").iterdir())


def test_every_seed_is_published_with_its_own_page(seeds_build):
    data = seeds_build.export
    assert data["schema_version"] == 1
    assert sorted(a["source"] for a in data["articles"]) == [f"seeds/{f}" for f in SEED_FILES]
    for a in data["articles"]:
        html = seeds_build.page(a["url"])
        assert a["title"] in html.replace("&#39;", "'")
        assert a["source"] in html
        assert ("undated" in html) == (a["date"] is None)
    assert set(data) >= {"articles", "entities", "mentions", "quotes", "events", "sagas"}


def test_home_lists_articles_newest_first_undated_last(seeds_build):
    home = seeds_build.page("index.html")
    listed = sorted(seeds_build.export["articles"], key=lambda a: home.index(a["url"]))
    dates = [a["date"] or "0" for a in listed]
    assert dates == sorted(dates, reverse=True)


def test_two_builds_are_byte_identical(seeds_build, tmp_path):
    again = build_site(ROOT / "seeds", tmp_path / "again")
    assert again.returncode == 0, again.log
    first = {p.relative_to(seeds_build.output): p.read_bytes() for p in seeds_build.output.rglob("*") if p.is_file()}
    second = {p.relative_to(again.output): p.read_bytes() for p in again.output.rglob("*") if p.is_file()}
    assert first.keys() == second.keys()
    assert [k for k in first if first[k] != second[k]] == []


def test_seeds_path_setting_relative_and_absolute(article_folder, tmp_path):
    folder = article_folder({"one.txt": b" date 2022-01-05 The defender signed a new deal. Fans cheered."})
    build = build_site(folder, tmp_path / "abs")
    assert build.returncode == 0, build.log
    assert [a["source"] for a in build.export["articles"]] == ["articles/one.txt"]
    rel = Path(*[".."] * len(ROOT.parts[1:])) / folder.relative_to("/")
    build = build_site(rel, tmp_path / "rel")
    assert build.returncode == 0, build.log
    assert [a["date"] for a in build.export["articles"]] == ["2022-01-05"]


BROKEN = {
    "good.txt": b" date 2021-08-30 The striker completed his move on deadline day. Everyone agreed.",
    "empty.txt": b"",
    "dateonly.txt": b" date 2021-08-01 ",
    "binary.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
    "baddate.txt": b" date 2017-13-45 The midfielder is set to leave.",
    "latin1.txt": "The Bayern boss praised Jos\u00e9 again.".encode("cp1252"),
    "nul.txt": b"The keeper\x00 signed a deal.",
    "dup.txt": b" date 2021-08-31 The striker completed his move on deadline day.\n\nEveryone agreed.",
}


def test_lenient_build_publishes_what_it_can_and_names_each_bad_file(article_folder, tmp_path):
    build = build_site(article_folder(BROKEN), tmp_path / "out")
    assert build.returncode == 0, build.log
    log = " ".join(build.log.split())
    for name, problem in [("empty.txt", "empty"), ("dateonly.txt", "only a date"), ("binary.txt", "binary"),
                          ("baddate.txt", "impossible"), ("latin1.txt", "UTF-8"), ("nul.txt", "control")]:
        assert re.search(rf"articles/{name}: [^\n]*{problem}", log), (name, build.log)
    arts = {a["source"]: a for a in build.export["articles"]}
    assert set(arts) == {f"articles/{n}" for n in ("good.txt", "baddate.txt", "latin1.txt", "nul.txt", "dup.txt")}
    assert arts["articles/baddate.txt"]["date"] is None
    assert arts["articles/dup.txt"]["duplicate_of"] == arts["articles/good.txt"]["id"]
    assert arts["articles/dup.txt"]["url"] == arts["articles/good.txt"]["url"]
    assert len(list((build.output / "articles").glob("*.html"))) == 4


# Broken shapes of the folder itself, beside broken contents (every one named in a warning).
BROKEN_MD = {
    "badyaml.md": b"---\ntitle: [unclosed\ndate: 2021-09-01\n---\nThe winger signed a new deal. Fans cheered.",
    "onlyfm.md": b"---\ntitle: Nothing below\ndate: 2021-09-02\n---\n",
}


def broken_folder(article_folder, *, huge: bool = True) -> "os.PathLike":
    folder = article_folder({"good.txt": BROKEN["good.txt"], **BROKEN_MD})
    if huge:
        (folder / "huge.txt").write_bytes(b"The striker scored again and again " * 40_000)   # 1.4 MB
    (folder / "x.txt").mkdir()                                    # a folder with an article's name
    (folder / "loop.txt").symlink_to("loop.txt")                  # a link to itself
    (folder / "sub").symlink_to(".")                              # a folder link back up: a loop
    (folder / "zero.txt").symlink_to("/dev/zero")                 # endless bytes
    os.mkfifo(folder / "pipe.txt")                                # reading would wait forever
    return folder


def test_lenient_build_survives_broken_folder_shapes(article_folder, tmp_path):
    build = build_site(broken_folder(article_folder), tmp_path / "out", "--log-handler", "plain")
    assert build.returncode == 0, build.log
    log = build.log
    for name, problem in [("huge.txt", "over SAGA_MAX_ARTICLE_BYTES"), ("loop.txt", "cannot be read"),
                          ("sub", "a link back to a folder"), ("zero.txt", "not a regular file"),
                          ("pipe.txt", "not a regular file"), ("badyaml.md", "not valid YAML"),
                          ("onlyfm.md", "only front matter")]:
        assert re.search(rf"articles/{name}: [^\n]*{problem}", log), (name, build.log)
    arts = {a["source"]: a for a in build.export["articles"]}
    assert set(arts) == {"articles/good.txt", "articles/badyaml.md"}        # each read once, not per loop
    assert arts["articles/badyaml.md"]["title"] == "The winger signed a new deal"
    assert len(list((build.output / "articles").glob("*.html"))) == 2


def test_strict_build_fails_on_a_broken_folder(article_folder, tmp_path):
    build = build_site(broken_folder(article_folder, huge=False), tmp_path / "out", "--fatal", "warnings")
    assert build.returncode != 0
    assert "a link back to a folder" in build.log                # the first warning stops the build
    assert not (tmp_path / "out").exists()                        # and nothing half-built is left


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file, whatever its permissions")
def test_unreadable_file_is_skipped_with_a_warning(article_folder, tmp_path):
    folder = article_folder({"good.txt": BROKEN["good.txt"], "secret.txt": b"The keeper signed. Quietly."})
    (folder / "secret.txt").chmod(0)
    build = build_site(folder, tmp_path / "out")
    assert build.returncode == 0, build.log
    assert re.search(r"articles/secret.txt: skipped: cannot be read", " ".join(build.log.split())), build.log
    strict = build_site(folder, tmp_path / "strict", "--fatal", "warnings")
    assert strict.returncode != 0 and "secret.txt" in strict.log


def test_strict_build_fails_on_a_broken_article(article_folder, tmp_path):
    build = build_site(article_folder({"ok.txt": b"A fine article. Really.", "empty.txt": b""}),
                       tmp_path / "out", "--fatal", "warnings")
    assert build.returncode != 0
    assert "empty.txt" in build.log


def test_seeds_build_cleanly_in_strict_mode(tmp_path):
    build = build_site(ROOT / "seeds", tmp_path / "strict", "--fatal", "warnings")
    assert build.returncode == 0, build.log
