"""Signal wiring, the Pelican way: settings defaults, the reader, the generator."""
from __future__ import annotations

import logging
import os

from pelican import signals

from . import atomic, feeds
from .generator import SagaGenerator, drop_duplicates
from .reader import SagaReader, folder_loops, log_warnings, source_name, unique_ids
from .reuse import SagaWriter
from .settings import apply_defaults

logger = logging.getLogger(__name__)


def initialized(pelican) -> None:
    """Fill defaults and point Pelican's article reading at SAGA_SEEDS_PATH."""
    apply_defaults(pelican.settings)
    seeds = os.path.abspath(os.path.expanduser(str(pelican.settings["SAGA_SEEDS_PATH"])))
    if not os.path.isdir(seeds):
        logger.error("SAGA_SEEDS_PATH %r is not a folder; no articles will be read", seeds)
    pelican.settings["SAGA_SEEDS_PATH"] = seeds
    pelican.settings["ARTICLE_PATHS"] = [seeds]
    loops = folder_loops(seeds) if os.path.isdir(seeds) else []
    for loop in loops:
        logger.warning("%s: skipped: a link back to a folder already read (%s)",
                       source_name(loop, pelican.settings), os.readlink(loop) if os.path.islink(loop) else loop)
    pelican.settings["ARTICLE_EXCLUDES"] = list(pelican.settings.get("ARTICLE_EXCLUDES") or []) + loops


def add_reader(readers) -> None:
    """Our reader takes .txt and .md (Pelican's own Markdown reader needs a package we do not use)."""
    for ext in SagaReader.file_extensions:
        readers.reader_classes[ext] = SagaReader


def enable_reader(generator) -> None:
    """Pelican lists .md as 'disabled' (no markdown package) before plugins speak; we read it."""
    for ext in SagaReader.file_extensions:
        generator.readers.disabled_readers.pop(ext, None)


def get_generators(pelican):
    return SagaGenerator


def get_writer(pelican):
    return SagaWriter


def connect() -> None:
    signals.initialized.connect(initialized)
    signals.readers_init.connect(add_reader)
    signals.article_generator_context.connect(log_warnings)
    signals.page_generator_context.connect(log_warnings)
    signals.generator_init.connect(enable_reader)
    signals.article_generator_pretaxonomy.connect(unique_ids)        # first: duplicates are found by id
    signals.article_generator_pretaxonomy.connect(drop_duplicates)
    signals.get_generators.connect(get_generators)
    signals.get_writer.connect(get_writer)
    signals.feed_generated.connect(feeds.feed_generated)
    signals.initialized.connect(atomic.initialized)
    signals.get_generators.connect(atomic.begin_run)
    signals.finalized.connect(atomic.finalized)
