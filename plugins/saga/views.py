"""What each page shows, as plain dicts: the templates only lay these out.

Built once per site from the Corpus and the URL of every page; no Pelican import.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Callable

from . import timeline_svg
from .core.model import Corpus, Event, Quote

STATUS_LABEL = {"open": "Open", "agreed": "Fee agreed", "completed": "Completed", "collapsed": "Collapsed"}
KIND_PLURAL = {"player": "Players", "club": "Clubs", "person": "People"}


def fee_text(fees: list[dict]) -> str:
    seen = []
    for f in fees:
        if f["text"] not in seen:
            seen.append(f["text"])
    return ", ".join(seen)


class SiteViews:
    """Cross-references between articles, entities, quotes, events and sagas."""

    def __init__(self, corpus: Corpus, url: Callable[[str, str], str]) -> None:
        self.c = corpus
        self.url = url
        self._sagas_index: tuple[list | None, dict[str, list[dict]]] = (None, {})
        self.entity = {e.id: e for e in corpus.entities}
        self.article = {a.id: a for a in corpus.articles}
        self.mentioned_in: dict[str, set[str]] = defaultdict(set)     # entity -> articles
        self.in_article: dict[str, set[str]] = defaultdict(set)       # article -> entities
        for m in corpus.mentions:
            self.mentioned_in[m.entity].add(m.article)
            self.in_article[m.article].add(m.entity)
        # Indexes built once, so each page looks up its own quotes and events instead of
        # scanning the corpus (which made the site quadratic in the number of articles).
        self.mention_starts: dict[str, list[tuple[str, int]]] = defaultdict(list)   # entity -> (article, start)
        for m in corpus.mentions:
            self.mention_starts[m.entity].append((m.article, m.start))
        self.quotes_by_article: dict[str, list[int]] = defaultdict(list)   # quote positions, corpus order
        self.quotes_by_speaker: dict[str, list[int]] = defaultdict(list)
        self.quote_spans: dict[str, list[tuple[int, int, int]]] = defaultdict(list)  # article -> (start, end, q)
        for n, q in enumerate(corpus.quotes):
            if q.fragment:
                continue
            for a in {s.article for s in q.sources}:
                self.quotes_by_article[a].append(n)
            if q.speaker:
                self.quotes_by_speaker[q.speaker].append(n)
            for src in q.sources:
                self.quote_spans[src.article].append((src.start, src.end, n))
        self.events_by_entity: dict[str, list[int]] = defaultdict(list)
        self.events_by_article: dict[str, list[int]] = defaultdict(list)
        for n, ev in enumerate(corpus.events):
            for e in set(ev.entities):
                self.events_by_entity[e].append(n)
            for a in {src.article for src in ev.reports}:
                self.events_by_article[a].append(n)
        self.people_by_club: dict[str, list] = defaultdict(list)
        for p in corpus.entities:
            if p.kind == "person" and p.attrs.get("club") is not None:
                self.people_by_club[p.attrs.get("club")].append(p)

    # -- small pieces -------------------------------------------------------------------------
    def ref(self, entity_id: str | None) -> dict | None:
        e = self.entity.get(entity_id or "")
        return {"id": e.id, "name": e.name, "kind": e.kind, "url": self.url(e.kind, e.id)} if e else None

    def art_ref(self, art_id: str) -> dict:
        a = self.article[art_id]
        return {"id": a.id, "title": a.title, "url": self.url("article", a.id), "source": a.source,
                "date": a.date.isoformat() if a.date else None, "date_basis": a.date_basis}

    def quote_view(self, q: Quote) -> dict:
        """A quote and the articles that print it: each once, the earliest first."""
        arts = dict.fromkeys(s.article for s in q.sources if s.article in self.article)
        sources = sorted(map(self.art_ref, arts), key=lambda a: (a["date"] is None, a["date"] or "", a["url"]))
        return {"id": q.id, "text": q.text, "speaker": self.ref(q.speaker), "speaker_name": q.speaker_name,
                "key": q.key, "fragment": q.fragment, "sources": sources}

    def event_view(self, ev: Event, n: int) -> dict:
        return {"n": n, "id": ev.id, "anchor": f"event-{n}", "date": ev.date, "label": ev.summary,
                "inferred": ev.date_basis == "inferred",
                "entities": [r for r in map(self.ref, ev.entities) if r],
                "disagreements": ev.disagreements,
                "sources": [dict(self.art_ref(s.article), sentence=s.sentence, date_text=s.date_text)
                            for s in ev.reports if s.article in self.article]}

    def timeline(self, events: list[Event], title: str) -> tuple[list[dict], str]:
        def key(ev: Event):
            p = timeline_svg.period(ev.date)
            return (p is None, p[0] if p else dt.date.min, ev.id)
        views = [self.event_view(ev, n) for n, ev in enumerate(sorted(events, key=key), 1)]
        return views, timeline_svg.render(views, title)

    def quotes_for(self, articles: set[str] | None = None, speakers: set[str] | None = None,
                   about: str | None = None, limit: int = 8) -> list[dict]:
        """Key quotes first, then by score: from these articles, by these speakers or about someone."""
        found: set[int] = set()
        if articles is not None:
            for a in articles:
                found.update(self.quotes_by_article.get(a, ()))
        if speakers:
            for sp in speakers:
                if sp:
                    found.update(self.quotes_by_speaker.get(sp, ()))
        if about:
            for art, p in self.mention_starts.get(about, ()):
                for start, end, n in self.quote_spans.get(art, ()):
                    if start <= p < end:
                        found.add(n)
        picked = [self.c.quotes[n] for n in sorted(found)]
        picked.sort(key=lambda q: (not q.key, -q.score, q.id))
        return [self.quote_view(q) for q in picked[:limit]]

    # -- pages --------------------------------------------------------------------------------
    def sagas(self) -> list[dict]:
        out = []
        for s in self.c.sagas:
            arts = [a for a in s.articles if a in self.article]
            dates = [self.article[a].date for a in arts if self.article[a].date]
            player = self.ref(s.player)
            found = set(self.events_by_entity.get(s.player, ()))
            for a in arts:
                found.update(self.events_by_article.get(a, ()))
            events = [self.c.events[n] for n in sorted(found)]
            ev_views, svg = self.timeline(events, f"Timeline of the {player['name'] if player else ''} saga")
            involved = sorted({e for a in arts for e in self.in_article[a]} - {s.player},
                              key=lambda e: (self.entity[e].kind, self.entity[e].name))
            out.append({
                "id": s.id, "url": self.url("saga", s.id), "player": player,
                "from_club": self.ref(s.from_club), "to_club": self.ref(s.to_club),
                "linked_clubs": [r for r in map(self.ref, s.linked_clubs) if r],
                "status": s.status, "status_label": STATUS_LABEL.get(s.status, s.status),
                "fee": fee_text(s.fee), "fees": s.fee,
                "last_update": max(dates).isoformat() if dates else None,
                "events": ev_views, "timeline_svg": svg,
                "quotes": self.quotes_for(articles=set(arts), limit=6),
                "involved": [self.ref(e) for e in involved],
                "disagreements": [ev for ev in ev_views if ev["disagreements"]],
                "articles": [self.art_ref(a) for a in arts],
            })
        out.sort(key=lambda v: (v["last_update"] or "", v["id"]), reverse=True)
        return out

    def entity_page(self, entity_id: str, sagas: list[dict]) -> dict:
        e = self.entity[entity_id]
        mine = self._sagas_of(sagas).get(entity_id, [])
        arts = sorted(self.mentioned_in[entity_id], key=lambda a: (self.article[a].date or dt.date.min, a),
                      reverse=True)
        view = {"entity": e, "kind_label": e.kind, "sagas": mine,
                "articles": [self.art_ref(a) for a in arts if a in self.article],
                "attrs": {k: v for k, v in e.attrs.items() if isinstance(v, (str, int, float)) and v != ""}}
        if e.kind == "player":
            clubs = {}
            for s in mine:
                for c in [s["from_club"], s["to_club"], *s["linked_clubs"]]:
                    if c:
                        clubs[c["id"]] = c
            view["clubs"] = list(clubs.values())
            view["events"], view["timeline_svg"] = self.timeline(
                [self.c.events[n] for n in self.events_by_entity.get(entity_id, ())], f"Timeline of {e.name}")
            view["quotes_by"] = self.quotes_for(speakers={entity_id})
            view["quotes_about"] = self.quotes_for(about=entity_id)
        elif e.kind == "club":
            view["outgoing"] = [s for s in mine if (s["from_club"] or {}).get("id") == entity_id]
            view["incoming"] = [s for s in mine if s not in view["outgoing"]]
            people = self.people_by_club.get(entity_id, [])
            view["people"] = [dict(self.ref(p.id), role=p.attrs.get("role", "")) for p in people]
            speakers = {entity_id} | {p.id for p in people}
            view["quotes_by"] = self.quotes_for(speakers=speakers)
        else:
            view["club"] = self.ref(e.attrs.get("club"))
            view["role"] = e.attrs.get("role", "")
            view["quotes_by"] = self.quotes_for(speakers={entity_id})
        return view

    def _sagas_of(self, sagas: list[dict]) -> dict[str, list[dict]]:
        """The saga views each entity is in (player, either club, a linked club), in `sagas`'
        order; worked out once per list, not once per entity page."""
        if self._sagas_index[0] is not sagas:
            index: dict[str, list[dict]] = {}
            for s in sagas:
                ids = {(s["player"] or {}).get("id"), (s["from_club"] or {}).get("id"),
                       (s["to_club"] or {}).get("id")} | {c["id"] for c in s["linked_clubs"]}
                for ident in ids:
                    if ident:
                        index.setdefault(ident, []).append(s)
            self._sagas_index = (sagas, index)
        return self._sagas_index[1]

    # -- schema.org JSON-LD (templates serialise with |tojson, which escapes <, > and &) --------
    def _thing(self, entity_id: str) -> dict | None:
        e = self.entity.get(entity_id)
        if not e:
            return None
        return {"@type": "SportsTeam" if e.kind == "club" else "Person", "name": e.name,
                "url": self.url(e.kind, e.id)}

    def article_jsonld(self, art_id: str, url: str) -> dict:
        a = self.article[art_id]
        data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title, "url": url,
                "mentions": [t for t in map(self._thing, sorted(self.in_article[art_id])) if t]}
        if a.date and a.date_basis == "stated":
            data["datePublished"] = a.date.isoformat()
        return data

    def entity_jsonld(self, entity_id: str, url: str) -> dict:
        e = self.entity[entity_id]
        data = dict(self._thing(entity_id), url=url)
        data["@context"] = "https://schema.org"
        if e.aliases:
            data["alternateName"] = list(e.aliases)
        return data

    def saga_jsonld(self, saga: dict, url: str) -> dict:
        return {"@context": "https://schema.org", "@type": "WebPage", "name": f"{saga['player']['name']} transfer saga"
                if saga["player"] else "Transfer saga", "url": url,
                "about": [t for t in map(self._thing, [(saga["player"] or {}).get("id", "")]) if t]}
