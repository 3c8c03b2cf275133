"""The extraction core must run without Pelican (plain objects in, plain objects out)."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_core_imports_without_pelican():
    code = ("import sys; import saga.core.pipeline, saga.core.export, saga.core.articles; "
            "assert not any(m == 'pelican' or m.startswith('pelican.') for m in sys.modules), 'pelican imported'")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT,
                   env={"PYTHONPATH": str(ROOT / "plugins")})
