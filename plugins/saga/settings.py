"""Every setting of the saga plugin, with its default. The README's settings table mirrors this.

Override any of them in pelican.conf.py or on the command line:
    pelican -s pelican.conf.py -e 'SAGA_SEEDS_PATH="other/folder"'
"""
from __future__ import annotations

DEFAULTS: dict[str, object] = {
    # Folder of article files (.txt in the seed shape, .md with front matter). Relative paths
    # are taken from the current working directory, like -o; absolute paths work too.
    "SAGA_SEEDS_PATH": "seeds",
    # Editorial overrides for entities (aliases, merges, splits, kinds, not-a-page names),
    # relative to Pelican's PATH (the content/ folder). A missing file means no overrides.
    "SAGA_OVERRIDES_FILE": "entities.yaml",
    # Where the data export is written, relative to the output folder.
    "SAGA_EXPORT_PATH": "data/extraction.json",
    # Larger files are skipped with a warning: a news article is a few KB; extraction is linear,
    # but a stray log file or data dump should not hold up the build.
    "SAGA_MAX_ARTICLE_BYTES": 1_000_000,
    # Longest derived headline, in characters, for articles without a title.
    "SAGA_TITLE_MAX_CHARS": 90,
    # Keep per-article extraction results in CACHE_PATH between builds, keyed by content and
    # extractor version (so adding one article extracts one article), and take pages and feeds
    # whose inputs did not change from the last site (plugins/saga/reuse.py).
    # `pelican --ignore-cache` forces a cold build.
    "SAGA_CACHE": True,
    # Newest articles in each saga's and entity's Atom feed: a feed is for following what is
    # new, and a club in every article would otherwise carry the whole site in its feed (0: all).
    "SAGA_FEED_MAX_ITEMS": 20,
    # Processes for per-article extraction on a cold build (0: every available core; 1: none).
    "SAGA_PROCESSES": 0,
    # Build a Pagefind search index of the site (the search page needs it).
    "SAGA_SEARCH": True,
    # About how many pages each shard of the search index holds (plugins/saga/search.py): a
    # build indexes again only the shards whose pages changed; the reader's browser merges them.
    "SAGA_SEARCH_SHARD_PAGES": 200,
    # URL and file patterns of the generated pages; {slug} is filled in.
    "SAGA_PLAYER_URL": "players/{slug}.html",
    "SAGA_CLUB_URL": "clubs/{slug}.html",
    "SAGA_PERSON_URL": "people/{slug}.html",
    "SAGA_SAGA_URL": "sagas/{slug}.html",
}


def apply_defaults(settings: dict) -> None:
    """Fill in every SAGA_* setting the site did not set (Pelican's own pattern for plugins)."""
    for key, value in DEFAULTS.items():
        settings.setdefault(key, value)


def absolute_root(siteurl: object) -> str:
    """SITEURL without its trailing slash when it is an absolute http(s) URL (a published site),
    else "": canonical links, Open Graph URLs and JSON-LD need an absolute address or nothing."""
    root = str(siteurl or "").rstrip("/")
    return root if root.startswith(("http://", "https://")) else ""
