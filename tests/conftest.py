"""Shared fixtures: real Pelican builds of small article folders."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PELICAN = [sys.executable, "-m", "pelican"]


@dataclass
class Build:
    output: Path
    returncode: int
    log: str

    @property
    def export(self) -> dict:
        return json.loads((self.output / "data" / "extraction.json").read_text(encoding="utf-8"))

    def page(self, url: str) -> str:
        return (self.output / url).read_text(encoding="utf-8")


def build_site(seeds: Path | str, output: Path, *extra: str, settings: dict | None = None) -> Build:
    """Run the real `pelican` command on `seeds`, as the README and CI do (`settings`: more -e pairs)."""
    pairs = [f"{k}={json.dumps(str(v) if isinstance(v, Path) else v)}"
             for k, v in {"SAGA_SEEDS_PATH": seeds, **(settings or {})}.items()]
    cmd = PELICAN + ["-s", "pelican.conf.py", "-o", str(output), *extra, "-e", *pairs]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)
    return Build(output, proc.returncode, proc.stdout + proc.stderr)


def write_articles(folder: Path, items) -> None:
    """Make `folder` hold exactly these articles (examples.corpus items), as an editor would."""
    folder.mkdir(exist_ok=True)
    for old in folder.glob("*.txt"):
        old.unlink()
    for item in items:
        (folder / f"{item.name}.txt").write_text(item.text, encoding="utf-8")


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory) -> Build:
    out = tmp_path_factory.mktemp("site")
    build = build_site(ROOT / "seeds", out)
    assert build.returncode == 0, build.log
    return build


# Invented articles about other players and clubs (gold sets written for the extraction tests):
# sagas, quotes, inferred dates and disagreements the three seeds do not have.
INVENTED_SETS = ("unseen-a", "dates-heldout")


@pytest.fixture(scope="session")
def invented_build(tmp_path_factory) -> Build:
    root = tmp_path_factory.mktemp("invented")
    folder = root / "articles"
    folder.mkdir()
    for name in INVENTED_SETS:
        for f in sorted((ROOT / "tests" / "gold" / name).glob("*.txt")):
            shutil.copy(f, folder / f"{name}-{f.name}")
    build = build_site(folder, root / "out")
    assert build.returncode == 0, build.log
    return build


@pytest.fixture(scope="session")
def hostile_build(tmp_path_factory) -> Build:
    """tests/hostile.py: markup in article text, front matter, file names and entity names."""
    import hostile
    root = tmp_path_factory.mktemp("hostile")
    articles, overrides = hostile.write(root)
    build = build_site(articles, root / "out", settings={"SAGA_OVERRIDES_FILE": overrides})
    assert build.returncode == 0, build.log
    return build


@pytest.fixture
def article_folder(tmp_path):
    """A folder of articles written by the test: `article_folder({"a.txt": b"..."})`."""
    def make(files: dict[str, bytes], copy_seeds: bool = False) -> Path:
        folder = tmp_path / "articles"
        folder.mkdir()
        if copy_seeds:
            for f in (ROOT / "seeds").iterdir():
                shutil.copy(f, folder / f.name)
        for name, data in files.items():
            (folder / name).write_bytes(data)
        return folder
    return make
