"""The data export (schema 1): the machine-readable face of the site."""
from __future__ import annotations

from dataclasses import fields, is_dataclass
from typing import BinaryIO, Callable, Iterator

import orjson

from .model import Corpus

SCHEMA_VERSION = 1


def to_export(corpus: Corpus, url_for: Callable[[str, str], str], plain: bool = True) -> dict:
    """`url_for(kind, id)` gives a root-relative URL for an "article", entity kind or "saga".

    With `plain=False` quotes, events and sagas stay dataclasses inside their records: `dumps`
    writes the same text from them, without first copying them into dicts (for the site build)."""
    ent_kind = {e.id: e.kind for e in corpus.entities}
    conv = asdict if plain else _shallow
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
        "quotes": [conv(q) for q in corpus.quotes],
        "events": [conv(ev) for ev in corpus.events],
        "sagas": [dict(conv(s), url=url_for("saga", s.id)) for s in corpus.sagas],
    }


_FIELDS: dict[type, tuple[str, ...]] = {}


def _names(obj) -> tuple[str, ...]:
    names = _FIELDS.get(type(obj))
    if names is None:
        names = _FIELDS[type(obj)] = tuple(f.name for f in fields(obj))
    return names


def _shallow(obj) -> dict:
    """A dataclass's fields as a dict, its values as they are (`_default` writes nested ones)."""
    return {n: getattr(obj, n) for n in _names(obj)}


def _default(obj):
    if is_dataclass(obj) and not isinstance(obj, type):
        return _shallow(obj)
    raise TypeError(f"{type(obj).__name__} is not in the export schema")


def asdict(obj):
    """`dataclasses.asdict` for the export: the same dicts and lists, without the deep copy of
    every string and number it makes (a second or more on a large site)."""
    if isinstance(obj, (str, int, float, bool)) or obj is None:
        return obj
    if is_dataclass(obj) and not isinstance(obj, type):
        return {n: asdict(getattr(obj, n)) for n in _names(obj)}
    if isinstance(obj, list):
        return [asdict(v) for v in obj]
    if isinstance(obj, tuple):
        return type(obj)(*[asdict(v) for v in obj]) if hasattr(obj, "_fields") else tuple(asdict(v) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((asdict(k), asdict(v)) for k, v in obj.items())
    return obj


def dumps(data: dict) -> str:
    """The export as text (see `chunks`)."""
    return b"".join(chunks(data)).decode() + "\n"


def write(data: dict, fh: BinaryIO) -> None:
    """The export into a binary file, one record at a time: the whole text of a large site is
    tens of megabytes, which a build need not hold at once beside the search indexer."""
    for piece in chunks(data):
        fh.write(piece)
    fh.write(b"\n")


def chunks(data: dict) -> Iterator[bytes]:
    """Stable text in schema order, one record per line (readable in a diff). <, > and & are
    written as \\u escapes: the same data for any JSON reader, and never markup if someone
    pastes the file into a page. orjson writes the records (dataclasses natively, in field
    order): the export of a large site is tens of thousands of records, and the json module
    took a quarter of a second where orjson takes a fortieth."""
    def one(value: object) -> bytes:
        text = orjson.dumps(value, default=_default)
        return text.replace(b"&", b"\\u0026").replace(b"<", b"\\u003c").replace(b">", b"\\u003e")
    yield b"{"
    for n, (key, value) in enumerate(data.items()):
        yield (b"\n " if n == 0 else b",\n ") + one(key) + b": "
        if isinstance(value, list) and value:
            yield b"[\n  "
            for k, record in enumerate(value):
                yield one(record) if k == 0 else b",\n  " + one(record)
            yield b"\n ]"
        else:
            yield one(value)
    yield b"\n}"
