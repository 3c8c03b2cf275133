"""Check article files before they are merged: what will the site say about them?

    PYTHONPATH=plugins .venv/bin/python -m saga.check seeds/new.txt [more files] [--strict]
    make check FILES="seeds/new.txt"

For each file: its encoding, its date (stated, none, or impossible), whether it repeats an
article already in the seeds folder, the warnings the build would log, and what extraction
finds in it (title, entities, quotes with speakers, dated events, sagas), computed over the
whole seeds folder plus the files, as the build does. An editor sees the result in a pull
request before anything is published.

Exit status 1 if a file would be skipped (unreadable, empty, binary, only a date); with
--strict also for any warning or a duplicate, the cases `pelican --fatal warnings` rejects
or does not publish. Pure core: no Pelican import, so it runs in a second.
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .core.articles import parse_article
from .core.model import Article, Corpus
from .core.pipeline import body_key, extract
from .settings import DEFAULTS

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown")       # what the site's reader reads
BOM = b"\xef\xbb\xbf"
PLURAL = {"player": "players", "club": "clubs", "person": "people"}


@dataclass
class Checked:
    """One file's outcome: the parsed article (None if skipped) and what to tell the editor."""
    path: Path
    source: str
    encoding: str
    warnings: list[str] = field(default_factory=list)
    article: Article | None = None
    duplicate_of: str | None = None      # source of the existing article with the same text
    in_seeds: bool = True                # False: a file elsewhere, named as if copied into seeds

    @property
    def skipped(self) -> bool:
        return self.article is None


def source_name(path: Path, seeds: Path) -> str:
    """How the site names the file: "<seeds folder>/<path inside it>", as the reader does."""
    try:
        return f"{seeds.name}/{path.resolve().relative_to(seeds).as_posix()}"
    except ValueError:
        return f"{seeds.name}/{path.name}"


def encoding_of(data: bytes) -> str:
    if not data:
        return "empty"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "not UTF-8 (read as cp1252)"
    name = "UTF-8 with byte-order mark" if data.startswith(BOM) else "UTF-8"
    return name + (", Windows line ends" if b"\r\n" in data else "")


def read(path: Path, seeds: Path, title_limit: int) -> Checked:
    source = source_name(path, seeds)
    in_seeds = seeds in path.resolve().parents
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Checked(path, source, "unreadable", [f"{source}: skipped: cannot be read ({exc.strerror or exc})"],
                       in_seeds=in_seeds)
    parsed = parse_article(data, source, title_limit)
    return Checked(path, source, encoding_of(data), list(parsed.warnings), parsed.article, in_seeds=in_seeds)


def existing_files(seeds: Path, exclude: set[Path]) -> list[Path]:
    """Article files already in the seeds folder, less the ones being checked."""
    if not seeds.is_dir():
        return []
    return sorted(p for p in seeds.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
                  and not p.name.startswith(".") and p.resolve() not in exclude)


def load_overrides(path: Path | None) -> dict | None:
    """The editorial overrides the build applies (content/entities.yaml), if the core supports them."""
    if path is None or not path.is_file():
        return None
    try:
        from .core.entities.overrides import load_overrides as load
    except ImportError:
        return None
    overrides, _warnings = load(path.read_text(encoding="utf-8", errors="replace"), str(path))
    return overrides


def check(files: list[Path], seeds: Path, overrides: dict | None = None,
          title_limit: int = int(DEFAULTS["SAGA_TITLE_MAX_CHARS"])) -> tuple[list[Checked], Corpus]:
    """Read `files`, find repeats among the seeds, and run the extraction over seeds + files."""
    seeds = seeds.resolve()
    checked = [read(f, seeds, title_limit) for f in files]
    replaced = {c.source for c in checked}               # a changed copy stands in for the seed
    others = [read(f, seeds, title_limit).article for f in existing_files(seeds, {f.resolve() for f in files})]
    others = [a for a in others if a is not None and a.source not in replaced]
    by_key: dict[str, str] = {}
    for art in others:
        by_key.setdefault(body_key(art), art.source)
    for c in checked:
        if c.article is not None:
            c.duplicate_of = by_key.get(body_key(c.article))
            by_key.setdefault(body_key(c.article), c.source)
    corpus = extract(others + [c.article for c in checked if c.article is not None], overrides)
    return checked, corpus


def describe_date(c: Checked) -> str:
    art = c.article
    if art is None:
        return "-"
    if art.date_basis == "stated":
        return f"{art.date.isoformat()} (stated)"
    impossible = any("impossible or incomplete date" in w for w in c.warnings)
    text = "impossible, published as undated" if impossible else "none stated, published as undated"
    if art.date_basis == "inferred":
        text += f"; the timeline infers {art.date.isoformat()} ({art.date_reason})"
    return text


def report(c: Checked, corpus: Corpus) -> list[str]:
    """A few readable lines about one file."""
    head = c.source if c.in_seeds else f"{c.path.as_posix()} (as {c.source})"
    lines = [f"== {head}", f"  encoding:  {c.encoding}"]
    if c.article is None:
        lines.append("  result:    SKIPPED, not published")
    else:
        art = c.article
        lines += [f"  title:     {art.title}", f"  date:      {describe_date(c)}"]
        if c.duplicate_of:
            lines.append(f"  duplicate: same text as {c.duplicate_of}; published once, not twice")
        names = {e.id: e for e in corpus.entities}
        found: dict[str, list[str]] = {}
        for m in corpus.mentions:
            if m.article == art.id and m.entity in names and m.entity not in found.get(names[m.entity].kind, []):
                found.setdefault(names[m.entity].kind, []).append(m.entity)
        lines.append(f"  entities:  {sum(map(len, found.values())) or 'none found'}")
        for kind in sorted(found):
            label = PLURAL.get(kind, kind) + ":"
            lines.append(f"    {label:9} " + ", ".join(names[i].name for i in found[kind]))
        quotes = [(q, s) for q in corpus.quotes for s in q.sources if s.article == art.id]
        lines.append(f"  quotes:    {len(quotes) or 'none found'}")
        for q, s in quotes:
            speaker = q.speaker_name or (names[q.speaker].name if q.speaker in names else "speaker unknown")
            lines.append(f"    {speaker}: \"{shorten(s.text)}\"")
        events = [(e, s) for e in corpus.events for s in e.reports if s.article == art.id]
        lines.append(f"  events:    {len(events) or 'none found'}")
        for e, s in sorted(events, key=lambda es: es[0].date or ""):
            lines.append(f"    {e.date or 'undated'}: {shorten(e.summary or s.sentence)}")
        sagas = [s for s in corpus.sagas if art.id in s.articles]
        def name(ident: str | None, unknown: str) -> str:
            return names[ident].name if ident in names else (ident or unknown)
        for s in sagas:
            lines.append(f"  saga:      {name(s.player, 'player unknown')}, from {name(s.from_club, 'unknown')}"
                         f" to {name(s.to_club, 'unknown')} ({s.status})")
    lines.append(f"  warnings:  {len(c.warnings) or 'none'}")
    lines += [f"    {w}" for w in c.warnings]
    return lines


def shorten(text: str, limit: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rsplit(" ", 1)[0] + "…"


def failed(c: Checked, strict: bool) -> bool:
    return c.skipped or (strict and bool(c.warnings or c.duplicate_of))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m saga.check", description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path, help="article files, new or changed")
    parser.add_argument("--seeds", type=Path, default=Path(str(DEFAULTS["SAGA_SEEDS_PATH"])),
                        help="the folder of published articles (default: %(default)s)")
    parser.add_argument("--overrides", type=Path, default=Path("content") / str(DEFAULTS["SAGA_OVERRIDES_FILE"]),
                        help="editorial overrides file (default: %(default)s)")
    parser.add_argument("--strict", action="store_true",
                        help="also fail on warnings and duplicates, as `pelican --fatal warnings` would")
    args = parser.parse_args(argv)

    checked, corpus = check(args.files, args.seeds, load_overrides(args.overrides))
    out: list[str] = []
    for c in checked:
        out += report(c, corpus) + [""]
    bad = [c.source for c in checked if failed(c, args.strict)]
    out.append(f"{len(checked)} file(s) checked: " + ("all would be published" if not bad
               else f"{len(bad)} would fail the build or not be published: {', '.join(bad)}"))
    sys.stdout.write("\n".join(out) + "\n")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
