"""Players, clubs and people: mentions with offsets, resolved to one entity each.

Two steps, so incremental builds stay fast:
  1. `article.analyse` reads one article (cached by its text): known clubs and outlets from the
     data files, capitalised names, context cues, descriptions.
  2. `identity.Resolver` + `resolve.resolve_all` join the articles: one entity per real person
     or club, name variants and misspellings merged, descriptions resolved, ids and aliases set.
Editorial overrides (content/entities.yaml, see `overrides.load_overrides`) win over both.
Warnings (unknown clubs found by evidence, ...) are returned by
`extract_entities_with_warnings` and also left in `last_warnings` after `extract_entities`.
"""
from __future__ import annotations

import hashlib
import json
from functools import partial

from ..cache import memo, prefetch, text_key
from ..model import Article, Entity, Mention
from .article import ArticleInfo, analyse
from .identity import Resolver
from .lexicon import lexicon
from .overrides import gazetteer_extra, load_overrides, normalise_overrides
from .resolve import resolve_all

__all__ = ["extract_entities", "extract_entities_with_warnings", "load_overrides", "last_warnings"]

last_warnings: list[str] = []


def extract_entities(articles: list[Article], overrides: dict | None = None) -> tuple[list[Entity], list[Mention]]:
    """All entities of the corpus and every mention of them, in article order."""
    entities, mentions, warnings = extract_entities_with_warnings(articles, overrides)
    last_warnings[:] = warnings
    return entities, mentions


def extract_entities_with_warnings(articles: list[Article], overrides: dict | None = None
                                   ) -> tuple[list[Entity], list[Mention], list[str]]:
    """Like `extract_entities`, plus warnings for the build log (e.g. clubs missing from the data)."""
    lex = lexicon()
    ov = normalise_overrides(overrides)
    ov_key = hashlib.sha1(json.dumps(ov, sort_keys=True, default=str).encode()).hexdigest()
    extra = gazetteer_extra(ov, lex)
    warnings: list[str] = []
    infos: list[ArticleInfo] = []
    source = {}
    keys = [_key(art, ov_key) for art in articles]
    prefetch("entities.analyse", [(key, partial(analyse, art.id, art.body or "", lex, extra))
                                  for art, key in zip(articles, keys)])
    for art, key in zip(articles, keys):
        source[art.id] = art.source
        infos.append(_analyse_cached(art, key, lex, extra, warnings))
    res = Resolver(infos, lex, ov)
    res.build()
    entities, gid_to_id = res.finish()
    _link_attrs(entities, res, gid_to_id)
    mentions = resolve_all(res, entities, gid_to_id, lex, {a.id: k for a, k in zip(articles, keys)})
    used = {m.entity for m in mentions}
    entities = [e for e in entities if e.id in used]
    gid_of = {i: g for g, i in gid_to_id.items()}
    for e in entities:
        if e.kind == "club" and e.attrs.get("known") is False:
            c = res.clusters[gid_of[e.id]]
            why = sorted({w for _, le in c.locals for w in le.evidence})
            where = source.get(sorted(c.articles)[0], sorted(c.articles)[0])
            warnings.append(f"{where}: club {e.name!r} is not in the club data, plugins/saga/data/clubs.yaml "
                            f"or clubs/ (found by: {'; '.join(why[:3]) or 'context'}); add it there with its "
                            "short forms and nicknames")
    return entities, mentions, warnings


def _key(art: Article, ov_key: str) -> tuple[str, str, str]:
    return art.id, text_key(art.body or ""), ov_key


def _analyse_cached(art: Article, key: tuple[str, str, str], lex, extra, warnings: list[str]) -> ArticleInfo:
    body = art.body or ""
    try:
        return memo("entities.analyse", key, lambda: analyse(art.id, body, lex, extra))
    except Exception as exc:  # noqa: BLE001 - one odd article must not stop the build
        warnings.append(f"{art.source}: entity extraction failed ({exc.__class__.__name__}); no entities taken from it")
        return ArticleInfo(art.id, body, {}, [], [], [], [], [], [])


def _link_attrs(entities: list[Entity], res: Resolver, gid_to_id: dict[str, str]) -> None:
    """Attributes point at clusters while resolving; turn them into entity ids."""
    def eid(g: str) -> str | None:
        if g not in res.clusters:
            return None
        return gid_to_id.get(res.find(g))
    for e in entities:
        if "club" in e.attrs and isinstance(e.attrs["club"], str) and e.kind != "club":
            e.attrs["club"] = eid(e.attrs["club"])
            if e.attrs["club"] is None:
                del e.attrs["club"]
        if "former_clubs" in e.attrs:
            e.attrs["former_clubs"] = [x for x in (eid(g) for g in e.attrs["former_clubs"]) if x]
            if not e.attrs["former_clubs"]:
                del e.attrs["former_clubs"]
