"""Helpers the example tests share: extract from a few short bodies (or the benchmark's synthetic
corpus) and look at the result."""
import sys
from pathlib import Path

from saga.core.articles import parse_article
from saga.core.entities import extract_entities, extract_entities_with_warnings
from saga.core.export import dumps, to_export
from saga.core.model import Article
from saga.core.pipeline import extract
from saga.core.quotes import article_quotes

sys.path.insert(0, str(Path(__file__).parent / "bench"))
import corpus  # noqa: E402  (tests/bench/corpus.py)


def run(*bodies: str):
    """(entities, mentions, warnings) of articles a0, a1, ... with these bodies."""
    arts = [Article(id=f"a{n}", source=f"t/a{n}.txt", body=b, title="t") for n, b in enumerate(bodies)]
    return extract_entities_with_warnings(arts)


def kinds_and_mentions(body: str) -> tuple[dict[str, str], dict[str, str]]:
    """One article's entities as {name: kind} and its mentions as {text: entity id}."""
    ents, ments, _ = run(body)
    return {e.name: e.kind for e in ents}, {m.text: m.entity for m in ments}


def mentions_by_name(*bodies: str) -> dict[str, list[str]]:
    """The entities of articles with these bodies as {name: the texts of their mentions}."""
    ents, ments, _ = run(*bodies)
    return {e.name: [m.text for m in ments if m.entity == e.id] for e in ents}


def assert_same_entity(cases) -> None:
    """Each (text, form, club): in that one-article text, `form` is a mention of the entity `club`'s
    own mention names."""
    for text, form, club in cases:
        _, by = kinds_and_mentions(text)
        assert form in by and by.get(form) == by.get(club), (text, by)


def names(ents) -> list[str]:
    return sorted(e.name for e in ents)


def kind_of(ents, name: str) -> str:
    return next(e.kind for e in ents if e.name == name)


def mentions_of(ents, ments, name: str) -> list[str]:
    ids = {e.id for e in ents if e.name == name}
    return [m.text for m in ments if m.entity in ids]


def quotes(body: str, page_names: bool = False) -> list[tuple[str, str | None]]:
    """(text, speaker name) of each quote of one article; with `page_names`, the speaker's page
    name when the quote has a speaker entity."""
    art = Article("a", "s/a.txt", body, "t")
    ents, ments = extract_entities([art])
    by_id = {e.id: e for e in ents}
    return [(q.text, by_id[q.speaker].name if page_names and q.speaker in by_id else q.speaker_name)
            for q in article_quotes(art, ments, by_id)]


def speaker_of(got: list[tuple[str, str | None]], start: str) -> str | None:
    return next(sp for t, sp in got if t.startswith(start))


def synthetic(items: list[corpus.Item]) -> list[Article]:
    """The articles of synthetic corpus items (`corpus.generate`), read as the site reads them."""
    return [parse_article(item.text.encode(), f"{item.name}.txt").article for item in items]


def export_of(arts: list[Article], **options) -> str:
    """The data export of a whole extraction (`options` go to `pipeline.extract`)."""
    return dumps(to_export(extract(arts, **options), lambda kind, ident: ident))
