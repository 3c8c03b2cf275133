"""Facts an event's sources can disagree on: the fee, the body a complaint went to, a name.

Each source article contributes the values its own sentence states; where two articles state
values for the same fact and share none, the event records every value with its articles.
"""
from __future__ import annotations

import re
from collections import defaultdict

from ..model import EventSource, Mention
from ..text import fold
from .lexicon import lexicon, norm_text

_MONEY = re.compile(r"([£€$])\s?(\d{1,4}(?:[.,]\d{1,3})?)\s?(bn|billion|m|million|k)?\b", re.I)
_UNIT = {"bn": "bn", "billion": "bn", "m": "m", "million": "m", "k": "k", "": ""}


def fees(sentence: str) -> list[str]:
    """Money amounts written the same way whatever the style: "€80 million" -> "€80m"."""
    out = []
    for m in _MONEY.finditer(sentence):
        amount = m.group(2).replace(",", ".")
        amount = amount.rstrip("0").rstrip(".") if "." in amount else amount
        out.append(f"{m.group(1)}{amount}{_UNIT[(m.group(3) or '').lower()]}")
    return out


def bodies(sentence: str) -> list[str]:
    """Governing bodies named in a sentence about a complaint, report or investigation."""
    lx = lexicon()
    low = " " + re.sub(r"[^a-z0-9]+", " ", norm_text(sentence)) + " "
    words = set(low.split())
    if not words & lx.body_contexts:
        return []
    found = []
    for key, name in lx.bodies.items():
        if f" {key} " in low or (key.isalpha() and len(key) <= 4 and re.search(rf"\b{key.upper()}\b", fold(sentence))):
            if name not in found:
                found.append(name)
    return found


def _disagreement(fact: str, by_article: dict[str, list[str]]) -> dict | None:
    stated = {a: set(v) for a, v in by_article.items() if v}
    if len(stated) < 2:
        return None
    arts = sorted(stated)
    if not any(not (stated[a] & stated[b]) for i, a in enumerate(arts) for b in arts[i + 1:]):
        return None
    values: dict[str, list[str]] = {}
    for a in arts:
        for v in sorted(stated[a]):
            values.setdefault(v, []).append(a)
    return {"fact": fact, "values": [{"value": v, "articles": arts_} for v, arts_ in values.items()]}


def _names(sources: list[EventSource], mentions: dict[str, list[Mention]]) -> dict | None:
    """Two articles naming the same entity with different full names ("Manuel" vs "Mauricio")."""
    forms: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for src in sources:
        for m in mentions.get(src.article, ()):
            if src.start <= m.start and m.end <= src.end:
                toks = norm_text(m.text).split()
                if len(toks) >= 2:
                    forms[m.entity][src.article].add(" ".join(toks))
    for entity, per_article in forms.items():
        all_forms = {f for fs in per_article.values() for f in fs}
        clash = [(a, b) for a in all_forms for b in all_forms
                 if a < b and a.split()[-1] == b.split()[-1] and not a.endswith(" " + b) and not b.endswith(" " + a)]
        if clash:
            keep = {f for pair in clash for f in pair}
            by_article = {art: sorted(fs & keep) for art, fs in per_article.items()}
            found = _disagreement("name", by_article)
            if found:
                found["entity"] = entity
                return found
    return None


def disagreements(sources: list[EventSource], mentions: list[Mention] | dict[str, list[Mention]]) -> list[dict]:
    """The facts on which an event's source articles disagree (empty when they agree).

    `mentions` may be grouped by article already (the corpus-wide caller does, to stay linear).
    """
    if len({s.article for s in sources}) < 2:
        return []
    if not isinstance(mentions, dict):
        grouped: dict[str, list[Mention]] = defaultdict(list)
        for m in mentions:
            grouped[m.article].append(m)
        mentions = grouped
    out = []
    fee_by_currency: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    body_by_article: dict[str, list[str]] = defaultdict(list)
    for src in sources:
        for f in fees(src.sentence):
            fee_by_currency[f[0]][src.article].append(f)
        body_by_article[src.article] += bodies(src.sentence)
    for cur in sorted(fee_by_currency):
        found = _disagreement("fee", fee_by_currency[cur])
        if found:
            out.append(found)
    found = _disagreement("body", body_by_article)
    if found:
        out.append(found)
    found = _names(sources, mentions)
    if found:
        out.append(found)
    return out
