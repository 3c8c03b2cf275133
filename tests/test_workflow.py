"""The GitHub Actions workflows, read as data: what triggers them, what they build, what they deploy."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"


def load(name: str) -> dict:
    data = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))           # YAML 1.1 reads the key `on` as true
    return data


def step(job: dict, uses: str | None = None, name: str | None = None) -> dict:
    found = [s for s in job["steps"] if (uses and s.get("uses", "").startswith(uses + "@")) or
             (name and s.get("name") == name)]
    assert len(found) == 1, (uses, name)
    return found[0]


def index(job: dict, wanted: dict) -> int:
    return job["steps"].index(wanted)


@pytest.fixture(scope="module")
def publish() -> dict:
    return load("publish.yml")


def test_publish_runs_on_pushes_that_change_the_site(publish):
    push = publish["on"]["push"]
    assert push["branches"] == ["main"]
    for path in ["seeds/**", "content/**", "theme/**", "plugins/**", "pelican.conf.py", "requirements*.txt",
                 "Makefile"]:
        assert path in push["paths"]
    assert "workflow_dispatch" in publish["on"]


def test_publish_tests_before_it_builds(publish):
    build = publish["jobs"]["build"]
    test = step(build, name="Test")
    assert test["run"] == "make PYTHON=python test"
    assert index(build, test) < index(build, step(build, name="Build"))


def test_publish_builds_strictly_outside_the_repository(publish):
    run = step(publish["jobs"]["build"], name="Build")["run"]
    assert "--fatal warnings" in run
    assert "-o _site" in run                            # not in the repository
    assert step(publish["jobs"]["build"], uses="actions/upload-pages-artifact")["with"]["path"] == "_site"


def test_the_build_cache_is_keyed_by_content_hashes_not_mtimes(publish):
    build = publish["jobs"]["build"]
    cache = step(build, uses="actions/cache")
    key, restore = cache["with"]["key"], cache["with"]["restore-keys"].strip()
    assert cache["with"]["path"].split() == ["cache", "_site"]     # _site: the last site, to reuse pages from
    assert "hashFiles('seeds/**'" in key and "hashFiles('plugins/**'" in key
    assert key.startswith(restore)                      # same code: restore the newest, re-read what changed
    assert "seeds/**" not in restore                    # changed code: start cold
    assert index(build, cache) < index(build, step(build, name="Test"))   # hashed before __pycache__ exists
    run = step(build, name="Build")["run"]
    for setting in ["CACHE_CONTENT=true", "LOAD_CONTENT_CACHE=true", "'CHECK_MODIFIED_METHOD=\"sha256\"'",
                    "'CACHE_PATH=\"cache\"'"]:
        assert setting in run


def test_deploy_needs_a_successful_build_and_uses_the_official_actions(publish):
    deploy = publish["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert "if" not in deploy                            # no always(): a failed build deploys nothing
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    step(deploy, uses="actions/deploy-pages")
    step(publish["jobs"]["build"], uses="actions/configure-pages")
    assert publish["permissions"] == {"contents": "read"}


def test_the_build_step_works_as_written(tmp_path):
    """Run the workflow's own build command (output and cache moved to a temporary folder)."""
    run = step(load("publish.yml")["jobs"]["build"], name="Build")["run"]
    run = run.replace("-o _site", f"-o {tmp_path / 'site'}").replace('"cache"', f'"{tmp_path / "cache"}"')
    env = {**os.environ, "BASE_URL": "https://example.github.io/saga/"}
    for _ in range(2):                                   # cold, then warm from the cache
        proc = subprocess.run(["bash", "-euo", "pipefail", "-c", run], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stdout + proc.stderr
    assert (tmp_path / "site" / "index.html").is_file()
    assert (tmp_path / "cache" / "ArticlesGenerator-Readers").is_file()


def test_pull_requests_get_the_article_check():
    check = load("check-articles.yml")
    assert check["on"]["pull_request"]["paths"] == ["seeds/**"]
    run = step(check["jobs"]["check"], name="Check new and changed articles")["run"]
    assert re.search(r"python -m saga\.check --strict", run)
    assert "--diff-filter=AM" in run and "GITHUB_STEP_SUMMARY" in run


@pytest.mark.skipif(not shutil.which("actionlint"), reason="actionlint is not installed")
def test_actionlint_finds_nothing():
    proc = subprocess.run(["actionlint", *sorted(map(str, WORKFLOWS.glob("*.yml")))], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
