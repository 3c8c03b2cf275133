"""Pelican layer: run the extraction over the read articles and write the saga pages.

The ArticlesGenerator reads the files (through SagaReader) and writes the article
pages; this generator runs after it, hands the plain articles to the pure core,
and writes entity pages and the data export through Pelican's writer.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import pickle
from html import escape
from pathlib import Path

from markupsafe import Markup
from pelican.generators import Generator
from pelican.utils import sanitised_join

from .annotate import annotate
from .core.cache import CacheFile, ExtractionCache
from .core.export import to_export, write as write_export
from .core.model import Corpus
from .core.pipeline import extract, mark_duplicates, release_tables
from .core.slugs import SlugRegistry
from .reader import UNDATED
from .reuse import SagaWriter, digest
from .search import SearchIndex
from .settings import absolute_root
from .views import SiteViews

logger = logging.getLogger(__name__)

KIND_URL_SETTING = {"player": "SAGA_PLAYER_URL", "club": "SAGA_CLUB_URL",
                    "person": "SAGA_PERSON_URL", "saga": "SAGA_SAGA_URL"}


def drop_duplicates(article_generator) -> None:
    """article_generator_pretaxonomy: an article saying what an earlier one said is not published."""
    arts = [a for a in article_generator.articles if hasattr(a, "saga_article")]
    mark_duplicates([a.saga_article for a in sorted(arts, key=lambda a: a.saga_source)])
    for a in arts:
        if a.saga_article.duplicate_of:
            logger.info("%s: same text as article %s; not published twice", a.saga_source,
                        a.saga_article.duplicate_of)
    kept = [a for a in article_generator.articles if not getattr(a, "saga_article", None)
            or not a.saga_article.duplicate_of]
    article_generator.context["saga_duplicates"] = [a for a in arts if a.saga_article.duplicate_of]
    article_generator.articles[:] = kept


def date_label(article) -> str:
    if article.date is None:
        return "undated"
    text = f"{article.date.day} {article.date:%B %Y}"
    return f"{text} (inferred)" if article.date_basis == "inferred" else text


class SagaGenerator(Generator):
    """Cross-article step: extraction, entity pages, data export."""

    def generate_context(self) -> None:
        pelican_articles = list(self.context.get("articles", []))
        duplicates = list(self.context.get("saga_duplicates", []))
        by_id = {a.saga_article.id: a for a in pelican_articles + duplicates if hasattr(a, "saga_article")}
        overrides = self._overrides()
        cache = self._load_cache()
        corpus = extract([a.saga_article for a in by_id.values()], overrides, cache,
                         self.settings["SAGA_PROCESSES"])
        self._save_cache(cache)
        del cache                           # (it holds the kept data tables too)
        release_tables()                    # the rest of the build renders; the peak comes with the indexer
        for message in corpus.warnings:
            logger.warning("%s", message)
        self.corpus = corpus
        self.slugs = SlugRegistry()
        self.urls: dict[tuple[str, str], str] = {}
        for art in corpus.articles:
            page = by_id[art.duplicate_of or art.id]
            self.urls[("article", art.id)] = page.url
        for ent in corpus.entities:
            self.urls[(ent.kind, ent.id)] = self._url(ent.kind, ent.id, ent.name)
        for saga in corpus.sagas:
            self.urls[("saga", saga.id)] = self._url("saga", saga.id, saga.id)
        for page in pelican_articles:
            art = page.saga_article
            page.saga_date_label = date_label(art)
            page.saga_date_basis = art.date_basis
            page.saga_date_reason = art.date_reason
            if art.date_basis == "inferred":
                page.date = page.date.replace(year=art.date.year, month=art.date.month, day=art.date.day)
        # Newest first (a stated date before an inferred one on the same day); undated last.
        self.context.get("articles", []).sort(
            key=lambda p: (p.date == UNDATED.replace(tzinfo=p.date.tzinfo), -p.date.toordinal(),
                           p.saga_date_basis == "inferred", p.title))
        self.pages_by_id = by_id
        self._annotate(pelican_articles, corpus)
        self.views = SiteViews(corpus, lambda kind, ident: self.urls.get((kind, ident), ""))
        self.saga_views = self.views.sagas()
        for page in pelican_articles:
            page.saga_jsonld = self.views.article_jsonld(page.saga_article.id, self._abs(page.url))
        self.context["SAGA_SITE_ROOT"] = absolute_root(self.settings.get("SITEURL"))
        self.context["saga_corpus"] = corpus
        self.context["saga_sagas"] = self.saga_views
        self.context["saga_url"] = lambda kind, ident: self.urls.get((kind, ident), "")

    def _annotate(self, pages: list, corpus: Corpus) -> None:
        """Plain-text articles get their mentions linked and quotes marked; Markdown keeps its HTML."""
        kinds = {e.id: e.kind for e in corpus.entities}
        mentions, quotes = {}, {}
        for m in corpus.mentions:
            mentions.setdefault(m.article, []).append(m)
        for q in corpus.quotes:
            for src in q.sources:
                quotes.setdefault(src.article, []).append((q.id, src))
        relative: dict[tuple[str, str], str] = {}      # articles share a folder: each link is worked out once
        for page in pages:
            art = page.saga_article
            if art.fmt != "text":
                continue
            here = os.path.dirname(page.url)

            def href(ent: str, here: str = here) -> str:
                target = self.urls.get((kinds.get(ent, ""), ent), "")
                if not target:
                    return ""
                got = relative.get((target, here))
                if got is None:
                    got = relative[(target, here)] = os.path.relpath(target, here or ".")
                return got
            html = annotate(art, mentions.get(art.id, []), quotes.get(art.id, []), href)
            page._content = html

    def _cache_file(self) -> CacheFile:
        return CacheFile(Path(self.settings["CACHE_PATH"]) / "saga-extraction.pickle")

    def _load_cache(self) -> ExtractionCache | None:
        """The previous build's per-article results, unless caching is off or --ignore-cache."""
        if not self.settings["SAGA_CACHE"]:
            return None
        self.cache_file, saved = self._cache_file(), None
        if self.settings.get("LOAD_CONTENT_CACHE"):
            try:
                saved = self.cache_file.load()
            except Exception as exc:  # noqa: BLE001 - a damaged cache only costs a cold build
                logger.info("extraction cache not used (%s); extracting everything", exc)
        return ExtractionCache(saved)

    def _save_cache(self, cache: ExtractionCache | None) -> None:
        if cache is None:
            return
        try:
            how = self.cache_file.save(cache)
        except (OSError, pickle.PicklingError) as exc:
            logger.info("extraction cache not saved (%s)", exc)
            return
        logger.info("extraction cache: %d reused, %d extracted (saved: %s)", cache.hits, cache.misses, how)

    def _url(self, kind: str, ident: str, name: str) -> str:
        slug = self.slugs.get(f"{kind}:{ident}", name)
        return self.settings[KIND_URL_SETTING[kind]].format(slug=slug)

    def _overrides(self) -> dict | None:
        path = Path(self.settings["PATH"]) / self.settings["SAGA_OVERRIDES_FILE"]
        if not path.is_file():
            return None
        try:
            from .core.entities.overrides import load_overrides
        except ImportError:          # the entities step has no overrides support yet
            return None
        overrides, warnings = load_overrides(path.read_text(encoding="utf-8", errors="replace"), str(path))
        for message in warnings:
            logger.warning("%s", message)
        return overrides

    def _abs(self, url: str) -> str:
        root = absolute_root(self.settings.get("SITEURL"))
        return f"{root}/{url}" if root else url

    def generate_output(self, writer) -> None:
        relative = self.settings["RELATIVE_URLS"]
        saga_tpl = self.get_template("saga")
        written, feeds = [], []
        for saga in self.saga_views:
            feed = self._feed(feeds, saga["url"], saga["articles"], f"{saga['player']['name']} transfer saga"
                              if saga["player"] else "Transfer saga")
            writer.write_file(saga["url"], saga_tpl, self.context, relative_urls=relative, saga=saga,
                              page_url=saga["url"], feed_url=feed,
                              jsonld=self.views.saga_jsonld(saga, self._abs(saga["url"])))
            written.append(saga["url"])
        entity_tpl = self.get_template("entity")
        # An entity page shows the sagas it is in: a writer that keys pages (reuse.SagaWriter)
        # digests each saga's view once, not once per page and list.
        known = {id(s): digest(s) for s in self.saga_views} if isinstance(writer, SagaWriter) else None
        for ent in self.corpus.entities:
            url = self.urls[(ent.kind, ent.id)]
            view = self.views.entity_page(ent.id, self.saga_views)
            feed = self._feed(feeds, url, view["articles"], ent.name)
            extra = {"known": known} if known else {}
            writer.write_file(url, entity_tpl, self.context, relative_urls=relative, page_view=view,
                              page_url=url, feed_url=feed, jsonld=self.views.entity_jsonld(ent.id, self._abs(url)),
                              **extra)
            written.append(url)
        # Every HTML page is written: Pagefind (which reads only those) indexes the shards whose
        # pages changed, in its own processes, while this one writes the sitemap, the export and
        # the feeds; the search page, which Pagefind leaves out, is written last with the shards.
        search = self._search_index() if self.settings["SAGA_SEARCH"] else None
        try:
            if search is not None:
                search.start()
            self._write_sitemap(written)
            self._write_export(self.corpus)
            for items, path, title in feeds:
                writer.write_feed(items, self.context, path, feed_title=title)
            if search is not None:
                search.finish()
        finally:
            if search is not None:                  # the build fails: no indexer left behind
                search.close()
        writer.write_file("search.html", self.get_template("search"), self.context, relative_urls=relative,
                          page_url="search.html", search_bundles=search.bundles if search else [])
        if hasattr(writer, "reuse"):
            writer.reuse.save()

    def _search_index(self) -> SearchIndex:
        return SearchIndex(self.output_path, published=str(self.settings.get("OUTPUT_PATH") or self.output_path),
                           cache_path=str(self.settings.get("CACHE_PATH", "cache")),
                           per_shard=int(self.settings["SAGA_SEARCH_SHARD_PAGES"]),
                           reuse=bool(self.settings["SAGA_CACHE"] and self.settings.get("LOAD_CONTENT_CACHE", True)))

    def _feed(self, feeds: list, page_url: str, articles: list[dict], title: str) -> str | None:
        """An Atom feed per saga and per entity, so a reader can follow just that story: its path,
        and what to write there added to `feeds`."""
        items = [self.pages_by_id[a["id"]] for a in articles
                 if a["id"] in self.pages_by_id and a["date_basis"] != "unknown"]
        if not items:
            return None
        path = "feeds/" + page_url.rsplit(".", 1)[0] + ".atom.xml"
        items.sort(key=lambda p: (p.date, p.saga_source), reverse=True)
        if self.settings["SAGA_FEED_MAX_ITEMS"]:
            del items[self.settings["SAGA_FEED_MAX_ITEMS"]:]
        # Pelican strips tags from feed titles; escaping first keeps an odd name as text.
        feeds.append((items, path, Markup.escape(f"{title} · {self.settings['SITENAME']}")))
        return path

    def _write_sitemap(self, extra: list[str]) -> None:
        urls = ["index.html"] + sorted(p.url for p in self.pages_by_id.values() if not
                                       getattr(p.saga_article, "duplicate_of", None))
        urls += [p.url for p in self.context.get("pages", [])] + sorted(extra)
        lines = ['<?xml version="1.0" encoding="UTF-8"?>',
                 '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
        lines += [f"  <url><loc>{escape(self._abs(u))}</loc></url>" for u in urls]
        lines.append("</urlset>\n")
        path = sanitised_join(self.output_path, "sitemap.xml")
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write("\n".join(lines))

    def _write_export(self, corpus: Corpus) -> None:
        data = to_export(corpus, lambda kind, ident: self.urls.get((kind, ident), ""), plain=False)
        path = sanitised_join(self.output_path, self.settings["SAGA_EXPORT_PATH"])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as fh:
            write_export(data, fh)
        logger.info("Wrote %s", path)
