"""The data export (schema 1): the machine-readable face of the site."""
from __future__ import annotations

import json
from dataclasses import fields, is_dataclass
from typing import Callable

from .model import Corpus

SCHEMA_VERSION = 1


def to_export(corpus: Corpus, url_for: Callable[[str, str], str]) -> dict:
    """`url_for(kind, id)` gives a root-relative URL for an "article", entity kind or "saga"."""
    ent_kind = {e.id: e.kind for e in corpus.entities}
    return {
        "schema_version": SCHEMA_VERSION,
        "articles": [{
            "id": a.id, "source": a.source, "title": a.title,
            "date": a.date.isoformat() if a.date else None, "date_basis": a.date_basis,
            "date_reason": a.date_reason,
            "url": url_for("article", a.duplicate_of or a.id), "duplicate_of": a.duplicate_of,
        } for a in corpus.articles],
        "entities": [{
            "id": e.id, "kind": e.kind, "name": e.name, "aliases": list(e.aliases),
            "attrs": e.attrs, "url": url_for(e.kind, e.id),
        } for e in corpus.entities],
        "mentions": [{"article": m.article, "entity": m.entity, "text": m.text, "start": m.start,
                      "end": m.end, "via": m.via} for m in corpus.mentions if m.entity in ent_kind],
        "quotes": [asdict(q) for q in corpus.quotes],
        "events": [asdict(ev) for ev in corpus.events],
        "sagas": [dict(asdict(s), url=url_for("saga", s.id)) for s in corpus.sagas],
    }


_FIELDS: dict[type, tuple[str, ...]] = {}


def asdict(obj):
    """`dataclasses.asdict` for the export: the same dicts and lists, without the deep copy of
    every string and number it makes (a second or more on a large site)."""
    if isinstance(obj, (str, int, float, bool)) or obj is None:
        return obj
    if is_dataclass(obj) and not isinstance(obj, type):
        names = _FIELDS.get(type(obj))
        if names is None:
            names = _FIELDS[type(obj)] = tuple(f.name for f in fields(obj))
        return {n: asdict(getattr(obj, n)) for n in names}
    if isinstance(obj, list):
        return [asdict(v) for v in obj]
    if isinstance(obj, tuple):
        return type(obj)(*[asdict(v) for v in obj]) if hasattr(obj, "_fields") else tuple(asdict(v) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((asdict(k), asdict(v)) for k, v in obj.items())
    return obj


def dumps(data: dict) -> str:
    """Stable text in schema order, one record per line (readable in a diff, and written by the
    json module's C encoder, which an `indent` would turn off). <, > and & are written as \\u
    escapes: the same data for any JSON reader, and never markup if someone pastes the file
    into a page."""
    def one(value: object) -> str:
        return json.dumps(value, ensure_ascii=False)

    fields = []
    for key, value in data.items():
        if isinstance(value, list) and value:
            fields.append(f"{one(key)}: [\n  " + ",\n  ".join(one(v) for v in value) + "\n ]")
        else:
            fields.append(f"{one(key)}: {one(value)}")
    text = "{\n " + ",\n ".join(fields) + "\n}"
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e") + "\n"
