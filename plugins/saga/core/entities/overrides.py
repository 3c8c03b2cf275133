"""Editorial overrides (content/entities.yaml): aliases, merges, splits, kinds, not-pages.

The editor's word wins over every rule. The file is untrusted input: bad entries are
skipped with a warning naming the file, and nothing here raises.
"""
from __future__ import annotations

import yaml

from .lexicon import Entry, Lexicon
from .tokens import norm_phrase

KINDS = ("player", "club", "person")


def load_overrides(text: str, source: str) -> tuple[dict, list[str]]:
    """Parse the overrides YAML into the dict `extract_entities` takes, plus warnings.

    Shape (every key optional):
      entities:  [{name, kind, aliases: [..], attrs: {..}}]   # names/aliases that match merge
      not_pages: [name, ..]                                    # never a page
      splits:    [{name, articles: [article id, ..], as: other name}]
    """
    warnings: list[str] = []
    empty = {"entities": [], "not_pages": [], "splits": []}
    try:
        data = yaml.safe_load(text) if text and text.strip() else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        return empty, [f"{source}: not valid YAML{where}; overrides ignored"]
    except Exception as exc:  # noqa: BLE001 - never let an editor's file stop the build
        return empty, [f"{source}: could not be read ({exc.__class__.__name__}); overrides ignored"]
    if data is None:
        return empty, warnings
    if not isinstance(data, dict):
        return empty, [f"{source}: expected a mapping with entities / not_pages / splits; overrides ignored"]
    out = {"entities": [], "not_pages": [], "splits": []}
    for key in data:
        if key not in out:
            warnings.append(f"{source}: unknown key {str(key)!r} ignored (use entities, not_pages, splits)")
    for n, item in enumerate(_as_list(data.get("entities"), source, "entities", warnings), 1):
        if not isinstance(item, dict) or not _text(item.get("name")):
            warnings.append(f"{source}: entities entry {n} has no name; skipped")
            continue
        entry: dict = {"name": str(item["name"]).strip(), "aliases": [], "attrs": {}}
        kind = item.get("kind")
        if kind is not None:
            if kind not in KINDS:
                warnings.append(f"{source}: entities entry {n} ({entry['name']}): kind {kind!r} is not one of "
                                f"{', '.join(KINDS)}; kind ignored")
            else:
                entry["kind"] = kind
        for a in _as_list(item.get("aliases"), source, f"entities entry {n} aliases", warnings):
            if _text(a):
                entry["aliases"].append(str(a).strip())
            else:
                warnings.append(f"{source}: entities entry {n} ({entry['name']}): alias {a!r} is not text; skipped")
        attrs = item.get("attrs")
        if isinstance(attrs, dict):
            entry["attrs"] = {str(k): v for k, v in attrs.items() if isinstance(v, (str, int, float, bool, list))}
        elif attrs is not None:
            warnings.append(f"{source}: entities entry {n} ({entry['name']}): attrs must be a mapping; ignored")
        out["entities"].append(entry)
    for x in _as_list(data.get("not_pages"), source, "not_pages", warnings):
        if _text(x):
            out["not_pages"].append(str(x).strip())
        else:
            warnings.append(f"{source}: not_pages entry {x!r} is not text; skipped")
    for n, item in enumerate(_as_list(data.get("splits"), source, "splits", warnings), 1):
        if not isinstance(item, dict) or not _text(item.get("name")) or not _text(item.get("as")):
            warnings.append(f"{source}: splits entry {n} needs name, as and articles; skipped")
            continue
        arts = [str(a) for a in _as_list(item.get("articles"), source, f"splits entry {n} articles", warnings)
                if _text(a)]
        if not arts:
            warnings.append(f"{source}: splits entry {n} ({item['name']}) lists no articles; skipped")
            continue
        out["splits"].append({"name": str(item["name"]).strip(), "as": str(item["as"]).strip(), "articles": arts})
    return out, warnings


def _text(x) -> bool:
    return isinstance(x, (str, int, float)) and not isinstance(x, bool) and str(x).strip() != ""


def _as_list(x, source: str, what: str, warnings: list[str]) -> list:
    if x is None:
        return []
    if isinstance(x, list):
        return x
    warnings.append(f"{source}: {what} should be a list; ignored")
    return []


def normalise_overrides(ov: dict | None) -> dict:
    """Accept a dict from `load_overrides` or written by hand; drop what is malformed."""
    if not isinstance(ov, dict):
        return {"entities": [], "not_pages": [], "splits": []}
    ents = [e for e in ov.get("entities") or [] if isinstance(e, dict) and isinstance(e.get("name"), str)]
    for e in ents:
        e.setdefault("aliases", [])
        e["aliases"] = [a for a in e["aliases"] if isinstance(a, str) and a.strip()]
        if e.get("kind") not in KINDS:
            e.pop("kind", None)
    nps = [x for x in ov.get("not_pages") or [] if isinstance(x, str)]
    splits = [s for s in ov.get("splits") or [] if isinstance(s, dict) and isinstance(s.get("name"), str)
              and isinstance(s.get("as"), str) and isinstance(s.get("articles"), list)]
    return {"entities": ents, "not_pages": nps, "splits": splits}


def gazetteer_extra(ov: dict, lex: Lexicon) -> dict[tuple[str, ...], list[Entry]]:
    """Editor aliases and not-pages as extra known names for the text scan."""
    extra: dict[tuple[str, ...], list[Entry]] = {}
    for n, e in enumerate(ov.get("entities", [])):
        for form in [e["name"], *e.get("aliases", [])]:
            key = norm_phrase(form)
            if not key or len(key) > lex.max_len:
                continue
            if e.get("kind") != "club" and len(key) > 1 and form[:1].isupper():
                continue           # a full personal name: the name finder sees it; identity merges it
            caps = tuple(1 if w[:1].isupper() else 0 for w in form.split())
            caps = caps if len(caps) == len(key) else tuple(0 for _ in key)
            extra.setdefault(key, []).append(Entry("override", f"ovr:{n}", e.get("kind") or "", caps))
    for form in ov.get("not_pages", []):
        key = norm_phrase(form)
        if key and len(key) <= lex.max_len:
            extra.setdefault(key, []).append(Entry("notpage", "editor", "editor", tuple(0 for _ in key)))
    return extra
