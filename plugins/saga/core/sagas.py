"""Sagas: a player's would-be move, grouped from the articles that tell it.

Which club he would leave, which he would join, who else is linked, the
status and the fees all come from words around the names (data/saga_cues.yaml);
nothing here knows a club or a player.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from functools import lru_cache

from .datafiles import load
from .model import Article, Entity, Mention, Saga
from .slugs import SlugRegistry
from .text import fold
from .timeline.lexicon import sentence_spans

STATUS_ORDER = ("completed", "agreed", "collapsed")
_FEE = re.compile(r"(?<![\w.])([£€$])\s?(\d{1,4}(?:[.,]\d{1,3})?)\s?(bn|billion|m|million|k)?(?![\w])", re.I)
_FEE_WORDS = re.compile(r"(\d{1,4}(?:\.\d{1,3})?)\s?(million|m)\s+(pounds|euros|dollars)\b", re.I)
_CURRENCY = {"£": "GBP", "€": "EUR", "$": "USD", "pounds": "GBP", "euros": "EUR", "dollars": "USD"}


@lru_cache(maxsize=1)
def cues() -> dict:
    return load("saga_cues.yaml")


def find_fees(text: str) -> list[dict]:
    """Money amounts: "£60m", "€80 million", "£12m-rated", "45 million euros"."""
    out = []
    for m in _FEE.finditer(text):
        unit = (m.group(3) or "").lower()
        if not unit:
            continue                       # "£500" a week is a wage, not a fee
        amount = float(m.group(2).replace(",", "."))
        amount *= 1000 if unit in ("bn", "billion") else (0.001 if unit == "k" else 1)
        out.append({"amount": round(amount, 3), "currency": _CURRENCY[m.group(1)], "text": m.group(0),
                    "start": m.start(), "end": m.end()})
    for m in _FEE_WORDS.finditer(text):
        out.append({"amount": float(m.group(1)), "currency": _CURRENCY[m.group(3).lower()],
                    "text": m.group(0), "start": m.start(), "end": m.end()})
    return out


@lru_cache(maxsize=1)
def _role_cues() -> tuple:
    """For "from_club" then "to_club": the before and after phrases, each with a tuple of them
    to test a mention's context in one call first (most mentions have no cue at all)."""
    c = cues()
    return tuple((c[role]["before"], tuple(c[role]["before"]), c[role]["after"], tuple(c[role]["after"]))
                 for role in ("from_club", "to_club"))


def _club_roles(low: str, club_mentions: list[Mention]) -> tuple[Counter, Counter]:
    """Score each club as the one being left (from) and the one being joined (to).

    `low` is the folded, lower-cased body; plain string tests keep this linear and fast.
    """
    past = tuple(cues()["past_club_prefixes"])
    frm, to = Counter(), Counter()
    for m in club_mentions:
        left = low[max(0, m.start - 30):m.start]
        if left.endswith(past):
            continue
        before = left.rstrip()
        if before.endswith(" the") or before == "the":
            before = before[:-3].rstrip()
        after = low[m.end:m.end + 30].lstrip()
        for (befores, before_any, afters, after_any), score in zip(_role_cues(), (frm, to)):
            if before.endswith(before_any):
                for phrase, w in befores.items():
                    if before.endswith(phrase) and (len(before) == len(phrase)
                                                    or not before[-len(phrase) - 1].isalnum()):
                        score[m.entity] += w
            if after.startswith(after_any) or low.startswith(after_any, m.end):
                for phrase, w in afters.items():
                    if after.startswith(phrase) or low[m.end:m.end + len(phrase)] == phrase:
                        score[m.entity] += w
    return frm, to


def _status(low: str) -> str | None:
    """The status this article reports (from its folded, lower-cased body), or None."""
    found = {s for s, phrases in cues()["status"].items() if any(p in low for p in phrases)}
    for status in ("completed", "agreed"):
        if status in found:
            return status
    if "collapsed" in found and "open" not in found:
        return "collapsed"
    return "open" if found else None


class _Players:
    """One article's sentences and player mentions, sorted, for nearest-player look-ups in
    logarithmic time (a fee compared with every mention of its sentence is quadratic on a long one)."""

    def __init__(self, spans: tuple[tuple[int, int], ...], ms: list[Mention], kinds: dict[str, str]):
        self.spans = spans
        self.span_starts = [s for s, _ in spans]
        self.rows = sorted((m.start, m.end, m.entity) for m in ms if kinds.get(m.entity) == "player")
        self.starts = [r[0] for r in self.rows]
        self.longest = max((e - s for s, e, _ in self.rows), default=0)

    def nearest(self, fee: dict) -> str | None:
        """The player a fee is about: the nearest player named in its sentence, if any."""
        fs, fe = fee["start"], fee["end"]
        i = bisect.bisect_right(self.span_starts, fs) - 1
        if i < 0 or fs >= self.spans[i][1]:
            return None
        start, end = self.spans[i]
        lo, hi = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        j = bisect.bisect_left(self.starts, fe, lo, hi)
        best: tuple[int, str] | None = None
        for k in range(j, hi):                    # after the fee: the nearest start wins
            s, _, ent = self.rows[k]
            if best is not None and s - fe > best[0]:
                break
            best = min(best or (s - fe, ent), (s - fe, ent))
        for k in range(j - 1, lo - 1, -1):        # before it (or overlapping): walk back while one can be nearer
            s, e, ent = self.rows[k]
            if best is not None and fs - (s + self.longest) > best[0]:
                break
            cand = (min(abs(s - fe), abs(fs - e)), ent)
            best = min(best or cand, cand)
        return best[1] if best else None


def build_sagas(articles: list[Article], entities: list[Entity], mentions: list[Mention]) -> list[Saga]:
    """One saga per player and destination, from the articles whose subject he is."""
    kinds = {e.id: e.kind for e in entities}
    names = {e.id: e.name for e in entities}
    by_article: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_article[m.article].append(m)
    groups: dict[str, list[tuple[Article, Counter, Counter, list[dict], str | None]]] = defaultdict(list)
    for art in articles:
        ms = by_article.get(art.id, [])
        players = Counter(m.entity for m in ms if kinds.get(m.entity) == "player")
        if not players:
            continue
        spans = sentence_spans(art.body)
        first_sentence_end = (spans or [(0, 0)])[0][1]
        lead = {m.entity for m in ms if m.start < first_sentence_end and kinds.get(m.entity) == "player"}
        subject, count = max(players.items(), key=lambda kv: (kv[1] + 2 * (kv[0] in lead), kv[0]))
        if count < 2 and subject not in lead:
            continue
        low = fold(art.body).lower()
        frm, to = _club_roles(low, [m for m in ms if kinds.get(m.entity) == "club"])
        near = _Players(spans, ms, kinds)
        fees = [f for f in find_fees(art.body) if near.nearest(f) in (subject, None)]
        groups[subject].append((art, frm, to, fees, _status(low)))
    sagas = []
    ids = SlugRegistry()                # two players whose names slug alike still get two sagas
    for player, items in sorted(groups.items()):
        items.sort(key=lambda it: (it[0].date is None, it[0].date or 0, it[0].source))
        frm, to = Counter(), Counter()
        for _, f, t, _, _ in items:
            frm.update(f)
            to.update(t)
        from_club = max(frm.items(), key=lambda kv: (kv[1], kv[0]))[0] if frm else None
        for club in list(to):
            if club == from_club:
                del to[club]
        to_club = max(to.items(), key=lambda kv: (kv[1], kv[0]))[0] if to else None
        linked = sorted((c for c, s in to.items() if c != to_club and s > 0), key=lambda c: (-to[c], c))
        status = "open"
        for _, _, _, _, st in items:
            status = st or status
        fees = [dict(f, article=art.id) for art, _, _, fs, _ in items for f in fs]
        slug = ids.get(player, f"{names.get(player, player)} {names.get(to_club, '')}".strip())
        sagas.append(Saga(id=f"saga:{slug}", player=player, from_club=from_club, to_club=to_club,
                          linked_clubs=linked, status=status, fee=fees, articles=[it[0].id for it in items]))
    return sagas
