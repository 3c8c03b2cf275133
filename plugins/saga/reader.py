"""Pelican reader for article files: a thin wrapper around saga.core.articles."""
from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
from html import escape
from pathlib import Path

from pelican.readers import BaseReader

from .core.articles import parse_article
from .core.slugs import slugify

logger = logging.getLogger(__name__)

# Pelican requires a date on every article; undated ones get this placeholder for sorting
# only, and every template shows "undated" (or the inferred date) from `saga_date_basis`.
UNDATED = dt.datetime(1970, 1, 1)


def source_name(path: str, settings: dict) -> str:
    """How the file is named to readers and in the export: "<articles folder>/<path inside it>"."""
    root = Path(settings["SAGA_SEEDS_PATH"]).resolve()
    full = Path(path).resolve()
    try:
        return f"{root.name}/{full.relative_to(root).as_posix()}"
    except ValueError:
        return full.name


def log_warnings(sender, metadata: dict) -> None:
    """article/page_generator_context: runs on every build, even when Pelican's cache skipped the
    reader, so a cached broken article still warns (and still fails `--fatal warnings`)."""
    for message in metadata.get("saga_warnings", ()):
        logger.warning("%s", message)


class SagaReader(BaseReader):
    """Reads .txt articles in the seed shape and .md articles with front matter."""

    enabled = True
    file_extensions = ["txt", "md", "markdown"]

    def read(self, source_path: str) -> tuple[str, dict]:
        source = source_name(source_path, self.settings)
        try:
            data = Path(source_path).read_bytes()
        except OSError as exc:
            return "", {"status": "skip", "saga_warnings": [f"{source}: skipped: cannot be read "
                                                            f"({exc.strerror or exc})"]}
        parsed = parse_article(data, source, int(self.settings["SAGA_TITLE_MAX_CHARS"]))
        art = parsed.article
        if art is None:
            return "", {"status": "skip", "saga_warnings": parsed.warnings}
        html = parsed.html or "".join(f"<p>{escape(p)}</p>\n" for p in art.body.split("\n\n"))
        digest = hashlib.sha1(art.id.encode("utf-8")).hexdigest()[:6]
        metadata = {
            "title": art.title,
            "slug": f"{slugify(art.title, 60)}-{digest}",
            "date": dt.datetime.combine(art.date, dt.time()) if art.date else UNDATED,
            "saga_article": art,
            "saga_source": source,
            "saga_file": os.path.basename(source_path),
            "saga_warnings": parsed.warnings,
        }
        if art.tags:
            metadata["tags"] = self.process_metadata("tags", ", ".join(t.replace(",", " ") for t in art.tags))
        return html, metadata
