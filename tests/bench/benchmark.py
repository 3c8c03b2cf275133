"""Build times and peak memory of our site against stock Pelican on the same articles.

    .venv/bin/python tests/bench/benchmark.py [--sizes 100 1000 5000] [--keep DIR] [--no-search]
    make bench SIZES="100 1000"

For each N a synthetic corpus (tests/bench/corpus.py, deterministic) is written twice: as
seed-shape .txt for our site and as Markdown for stock Pelican 4.12 (default theme and
pages; players and clubs as tags). Each side is built three times with the same command:

    cold   empty cache folder (the cache is written, as CI's first run does)
    warm   the same inputs again, cache loaded
    +1     one new article added, rebuilt warm ("an editor commits an article")

Caching is Pelican's own for both sides, on the command line:
`-e CACHE_CONTENT=true LOAD_CONTENT_CACHE=true CHECK_MODIFIED_METHOD="sha256"`.
Time is wall clock of the whole `pelican` process (and its CPU time, user + system, which
a busy machine disturbs less). Peak memory is the larger of two figures: the max RSS of its
largest process (wait4(): the build, a forked extraction worker or the search indexer) and the
peak of the whole process tree at once (the sum of PSS over /proc, sampled every 50 ms, so
memory forked workers share with the build counts once). One run per cell: run twice and
compare before trusting a small difference.

Stock Pelican needs the `markdown` package, which the site does not use; it is installed
into a throwaway virtual environment outside the repository (default
~/.cache/saga-bench/stock-venv, `--stock-venv` to move it) from tests/bench/requirements-stock.txt:
the same pins as requirements.txt plus markdown. This is a script, not a test: pytest does
not collect it.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

CACHE_FLAGS = ["CACHE_CONTENT=true", "LOAD_CONTENT_CACHE=true", 'CHECK_MODIFIED_METHOD="sha256"']
STOCK_SETTINGS = '''# Stock Pelican: defaults (theme "notmyidea", tag/category/author/archive pages, Atom feeds).
AUTHOR = "bench"
SITENAME = "Stock Pelican"
PATH = {path!r}
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
'''


@dataclass
class Run:
    seconds: float               # wall clock
    peak_mb: float
    returncode: int
    log: Path
    cpu: float = 0.0             # user + system seconds: steadier than wall time on a busy machine
    tree_mb: float = 0.0         # peak of the whole process tree at once (PSS, sampled; 0 if unknown)

    @property
    def memory_mb(self) -> float:
        """The larger of the two peaks: what the build needs at most."""
        return max(self.peak_mb, self.tree_mb)


def tree_pss_mb(root: int) -> float:
    """Memory of `root` and every process under it right now (Linux /proc): the sum of their
    proportional set sizes, so pages that forked workers share with their parent count once."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo += children.get(pid, [])
        try:
            with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as fh:
                total += next((int(line.split()[1]) for line in fh if line.startswith("Pss:")), 0)
        except OSError:
            pass
    return total / 1024


def run(cmd: list[str], cwd: Path, log: Path, timeout: float | None = None) -> Run:
    """Run one build; wall time, the peak RSS of its largest process (wait4, Linux: KiB) and the
    peak memory of its whole process tree (sampled every 50 ms where /proc allows).

    A build still running after `timeout` seconds is killed and reported as timed out.
    """
    tree_peak = [0.0]
    done = threading.Event()

    def sample(pid: int) -> None:
        while not done.wait(0.05):
            tree_peak[0] = max(tree_peak[0], tree_pss_mb(pid))

    with open(log, "wb") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=subprocess.STDOUT)
        timer = threading.Timer(timeout, proc.kill) if timeout else None
        if timer:
            timer.start()
        sampler = threading.Thread(target=sample, args=(proc.pid,), daemon=True)
        if os.path.exists("/proc/self/smaps_rollup"):
            sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        done.set()
        if sampler.is_alive():
            sampler.join()
        if timer:
            timer.cancel()
    proc.returncode = os.waitstatus_to_exitcode(status)
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024      # ru_maxrss: bytes on macOS
    return Run(seconds, usage.ru_maxrss / scale, proc.returncode, log, usage.ru_utime + usage.ru_stime,
               tree_peak[0])


def stock_python(venv: Path) -> Path:
    """The throwaway environment for stock Pelican (made once, then reused)."""
    python = venv / "bin" / "python"
    stamp = venv / ".installed"
    reqs = HERE / "requirements-stock.txt"
    if stamp.is_file() and stamp.read_text() == reqs.read_text():
        return python
    print(f"setting up stock Pelican in {venv} ...", flush=True)
    base = getattr(sys, "_base_executable", sys.executable)
    subprocess.run([base, "-m", "venv", "--clear", str(venv)], check=True)
    subprocess.run([str(python), "-m", "pip", "install", "-q", "-r", str(reqs)], check=True)
    stamp.write_text(reqs.read_text())
    return python


def ours(python: Path, seeds: Path, out: Path, cache: Path, search: bool = True) -> list[str]:
    return [str(python), "-m", "pelican", "-s", "pelican.conf.py", "-o", str(out), "--log-handler", "plain",
            "-e", f'SAGA_SEEDS_PATH="{seeds}"', f'CACHE_PATH="{cache}"', *CACHE_FLAGS,
            *([] if search else ["SAGA_SEARCH=false"])]


def stock(python: Path, conf: Path, out: Path, cache: Path) -> list[str]:
    return [str(python), "-m", "pelican", "-s", str(conf), "-o", str(out), "--log-handler", "plain",
            "-e", f'CACHE_PATH="{cache}"', *CACHE_FLAGS]


def measure(name: str, n: int, cmd: list[str], cwd: Path, add_one, logs: Path,
            timeout: float | None) -> dict[str, Run]:
    """cold, warm, +1 for one side; stops at the first failed build."""
    results = {}
    for stage in ("cold", "warm", "+1"):
        if stage == "+1":
            add_one()
        r = run(cmd, cwd, logs / f"{name}-{n}-{stage.replace('+', 'plus')}.log", timeout)
        results[stage] = r
        print(f"  {name:5} N={n:<5} {stage:4} {r.seconds:7.2f} s  (cpu {r.cpu:7.2f} s)  "
              f"{r.peak_mb:6.0f} MB (process tree {r.tree_mb:4.0f} MB)"
              + ("" if r.returncode == 0 else f"  {failure(r)}, see {r.log}"), flush=True)
        if r.returncode:
            break
    return results


def failure(r: Run) -> str:
    return "TIMED OUT" if r.returncode == -9 else f"FAILED (exit {r.returncode})"


def bench(n: int, work: Path, stock_py: Path, timeout: float | None = None,
          search: bool = True) -> dict[str, dict[str, Run]]:
    folder = work / f"n{n}"
    txt, md = corpus.write(corpus.generate(n), folder)
    extra = corpus.extra_article(n)
    conf = folder / "stock.conf.py"
    conf.write_text(STOCK_SETTINGS.format(path=str(md)), encoding="utf-8")
    logs = folder / "logs"
    logs.mkdir()

    def add_txt() -> None:
        (txt / f"{extra.name}.txt").write_text(extra.text, encoding="utf-8")

    def add_md() -> None:
        (md / f"{extra.name}.md").write_text(extra.markdown(), encoding="utf-8")

    our_py = ROOT / ".venv" / "bin" / "python"
    return {
        "ours": measure("ours", n, ours(our_py, txt, folder / "out-ours", folder / "cache-ours", search), ROOT,
                        add_txt, logs, timeout),
        "stock": measure("stock", n, stock(stock_py, conf, folder / "out-stock", folder / "cache-stock"), folder,
                         add_md, logs, timeout),
    }


def table(results: dict[int, dict[str, dict[str, Run]]]) -> str:
    head = ("|     N | build |  cold s |  warm s |    +1 s | ms/article (cold) | peak MB (cold) | "
            "cold vs stock | +1 / cold | cold cpu s |")
    rows = [head, "|" + "|".join("-" * (len(c)) for c in head.split("|")[1:-1]) + "|"]

    def cell(r: dict[str, Run], stage: str) -> str:
        x = r.get(stage)
        if x is None:
            return "-"
        return ("timeout" if x.returncode == -9 else "failed") if x.returncode else f"{x.seconds:.2f}"

    for n, sides in results.items():
        for side in ("ours", "stock"):
            r = sides[side]
            cold = r["cold"]
            ok = all(s in r and r[s].returncode == 0 for s in ("cold", "warm", "+1"))
            vs = (f"{cold.seconds / sides['stock']['cold'].seconds:.2f}x"
                  if side == "ours" and cold.returncode == 0 and sides["stock"]["cold"].returncode == 0 else "")
            plus = f"{r['+1'].seconds / cold.seconds:.2f}x" if ok else ""
            per = f"{1000 * cold.seconds / n:.1f}" if cold.returncode == 0 else "-"
            rows.append(f"| {n:5} | {side:5} | {cell(r, 'cold'):>7} | {cell(r, 'warm'):>7} | {cell(r, '+1'):>7} | "
                        f"{per:>17} | {cold.memory_mb:14.0f} | {vs:>13} | {plus:>9} | {cold.cpu:10.2f} |")
    return "\n".join(rows + goals(results))


def goals(results: dict[int, dict[str, dict[str, Run]]]) -> list[str]:
    """The issue's targets, checked on what was measured."""
    lines = ["", "goals (issue 7):"]
    for n, sides in results.items():
        o, s = sides["ours"], sides["stock"]
        if o["cold"].returncode or s["cold"].returncode:
            continue
        ratio = o["cold"].seconds / s["cold"].seconds
        lines.append(f"  N={n}: cold {ratio:.2f}x stock (goal <= 1.25x) "
                     + ("ok" if ratio <= 1.25 else "MISSED"))
        if n == 1000 and "+1" in o and not o["+1"].returncode:
            plus = o["+1"].seconds / o["cold"].seconds
            lines.append(f"  N=1000: one new article {plus:.2f}x cold (goal <= 0.35x) " + ("ok" if plus <= 0.35 else "MISSED"))
        if n == 1000:
            mb = max(r.memory_mb for r in o.values())
            lines.append(f"  N=1000: peak {mb:.0f} MB (goal <= 400 MB) " + ("ok" if mb <= 400 else "MISSED"))
    per = [(n, 1000 * sides["ours"]["cold"].seconds / n) for n, sides in results.items()
           if not sides["ours"]["cold"].returncode]
    if len(per) > 1:
        lines.append("  linear in N: ours cold ms/article " + ", ".join(f"{ms:.1f} at {n}" for n, ms in per)
                     + " (flat if linear)")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000], help="corpus sizes N")
    parser.add_argument("--stock-venv", type=Path, default=Path.home() / ".cache" / "saga-bench" / "stock-venv",
                        help="where stock Pelican and markdown are installed (default: %(default)s)")
    parser.add_argument("--keep", type=Path, help="write corpora, outputs and logs here and keep them")
    parser.add_argument("--no-search", action="store_true",
                        help="build our site without its Pagefind search index (stock Pelican has none)")
    parser.add_argument("--timeout", type=float, help="kill a build after this many seconds (reported as timeout)")
    args = parser.parse_args(argv)

    stock_py = stock_python(args.stock_venv)
    work = args.keep or Path(tempfile.mkdtemp(prefix="saga-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    results = {}
    try:
        for n in args.sizes:
            results[n] = bench(n, work, stock_py, args.timeout, not args.no_search)
    finally:
        if results:
            print()
            print(table(results))
    failed = any(r.returncode for sides in results.values() for side in sides.values() for r in side.values())
    if args.keep or failed:
        print(f"\ncorpora, outputs and logs kept in {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
