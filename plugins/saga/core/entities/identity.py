"""The cross-article step: one entity per real person or club across the corpus.

Input: what each article said (`ArticleInfo`). Output: entities with ids, names, aliases and
attributes, and every mention pointing at one. Cheap (no text scanning), so it can rerun on
every build while the per-article step is cached.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein
from rapidfuzz.fuzz import ratio

from ..model import Entity
from ..slugs import SlugRegistry
from ..text import fold, normalise
from .article import ArticleInfo, LocalEnt, _first_forms, _surname_forms
from .lexicon import Lexicon
from .tokens import norm_phrase

_MAX_BUCKET = 300
_CLAUSE_BREAK = re.compile(r"[,;:()\u201c\u201d\"\u2014\u2013]|\n")
# a club named after these words is an opponent, not the club of the manager in the same sentence
_FROM_BEFORE = re.compile(r"\bfrom (?:\S+ ){0,2}\Z")
_OPPONENT_BEFORE = (" against ", " at home to ", " away to ", " defeat to ", " defeat by ", " loss to ",
                    " lost to ", " beaten by ", " win over ", " victory over ", " face ", " faces ",
                    " facing ", " host ", " hosts ", " hosting ", " visit ", " visits ", " beat ", " v ",
                    " vs ", " vs. ", " trip to ", " draw with ")


@dataclass
class Cluster:
    """One real entity being assembled from local entities of many articles."""
    gid: str
    kind: str                          # club | name
    locals: list[tuple[str, LocalEnt]] = field(default_factory=list)    # (article, local ent)
    articles: set[str] = field(default_factory=set)
    final_kind: str = ""
    name: str = ""
    parts: tuple[str, ...] = ()
    attrs: dict = field(default_factory=dict)
    aliases: list[str] = field(default_factory=list)
    merged_into: str | None = None
    forced_name: str | None = None
    forced_kind: str | None = None
    extra_aliases: list[str] = field(default_factory=list)
    extra_attrs: dict = field(default_factory=dict)

    def add(self, art: str, ent: LocalEnt) -> None:
        self.locals.append((art, ent))
        self.articles.add(art)


class Resolver:
    def __init__(self, infos: list[ArticleInfo], lex: Lexicon, overrides: dict) -> None:
        self.infos = infos
        self.lex = lex
        self.ov = overrides or {}
        self.clusters: dict[str, Cluster] = {}
        self.local_to_gid: dict[tuple[str, str], str] = {}
        self.warnings: list[str] = []
        self.not_pages = {normalise(x) for x in self.ov.get("not_pages", [])}
        self._info = {i.article: i for i in infos}
        self._ac_memo: dict[str, set[str]] = {}
        self._acs_memo: dict = {}
        self.club_guessed: set[str] = set()      # managers whose club was read from context, not stated

    # -------------------------------------------------------------------- clustering
    def _cluster(self, gid: str, kind: str) -> Cluster:
        c = self.clusters.get(gid)
        if c is None:
            c = self.clusters[gid] = Cluster(gid, kind)
        return c

    def _local_gid(self, art: str, key: str) -> str | None:
        """The root cluster of an article's local key; None when the key never became an entity
        (a cue can name a club form the article later read as another club)."""
        gid = self.local_to_gid.get((art, key))
        if gid is None and key in self.clusters:
            gid = key
        return self.find(gid) if gid is not None else None

    def find(self, gid: str) -> str:
        c = self.clusters[gid]
        while c.merged_into:
            c = self.clusters[c.merged_into]
        return c.gid

    def merge(self, a: str, b: str) -> str:
        """Merge cluster b into a (both roots)."""
        a, b = self.find(a), self.find(b)
        if a == b:
            return a
        ca, cb = self.clusters[a], self.clusters[b]
        ca.locals += cb.locals
        ca.articles |= cb.articles
        ca.extra_aliases += cb.extra_aliases
        ca.forced_name = ca.forced_name or cb.forced_name
        ca.forced_kind = ca.forced_kind or cb.forced_kind
        ca.extra_attrs = {**cb.extra_attrs, **ca.extra_attrs}
        cb.merged_into = a
        return a

    def build(self) -> None:
        splits = self._splits()
        singles: list[tuple[str, LocalEnt]] = []
        for info in self.infos:
            for key, ent in info.ents.items():
                if key.startswith("single:"):
                    singles.append((info.article, ent))
                    continue
                if key.startswith("name:"):
                    gid = key
                    split = splits.get((normalise(ent.name), info.article))
                    if split:
                        gid = "name:" + " ".join(norm_phrase(split))
                        self._cluster(gid, "name").forced_name = split
                elif key.startswith("ovr:"):
                    gid = key
                else:
                    gid = key
                self._cluster(gid, ent.kind).add(info.article, ent)
                self.local_to_gid[(info.article, key)] = gid
        self._apply_override_merges()
        singles = self._club_elsewhere(singles)
        self._fuzzy_merge()
        self._resolve_singles(singles)

    def _club_elsewhere(self, singles: list[tuple[str, LocalEnt]]) -> list[tuple[str, LocalEnt]]:
        """A name one article shows is an unknown club ("Toluca had a bid rejected") is that club in
        another article that gives no sign of a person ("Toluca had been hoping to hijack the move")."""
        def weak(ent: LocalEnt) -> bool:
            cu = ent.cues
            return not cu.role and not cu.position and cu.player + cu.person < 1.0
        left = []
        for art, ent in singles:
            gid = "uclub:" + " ".join(ent.parts)
            if ent.parts and gid in self.clusters and weak(ent):
                self.clusters[self.find(gid)].add(art, ent)
                self.local_to_gid[(art, ent.key)] = gid
            else:
                left.append((art, ent))
        for gid, c in list(self.clusters.items()):
            if not gid.startswith("name:") or c.merged_into or c.forced_kind:
                continue
            club = "uclub:" + gid[5:]
            if club in self.clusters and all(weak(e) for _, e in c.locals):
                self.merge(club, gid)
        return left

    def _splits(self) -> dict[tuple[str, str], str]:
        out = {}
        for sp in self.ov.get("splits", []) or []:
            for art in sp.get("articles", []):
                out[(normalise(sp["name"]), art)] = sp["as"]
        return out

    def _names_of(self, c: Cluster) -> set[str]:
        names = set()
        for _, ent in c.locals:
            names.add(normalise(ent.name))
            names |= {normalise(f) for f in ent.forms}
        if c.gid.startswith("club:") and c.gid in self.lex.clubs:
            names.add(normalise(self.lex.clubs[c.gid].name))
        return names

    def _apply_override_merges(self) -> None:
        """An editor's entry names the entity and its aliases: everything they match is one."""
        for n, entry in enumerate(self.ov.get("entities", []) or []):
            wanted = {normalise(entry["name"])} | {normalise(a) for a in entry.get("aliases", [])}
            roots = [gid for gid, c in self.clusters.items()
                     if c.merged_into is None and (gid == f"ovr:{n}" or self._names_of(c) & wanted)]
            if not roots:
                continue
            target = roots[0]
            for other in roots[1:]:
                target = self.merge(target, other)
            c = self.clusters[self.find(target)]
            c.forced_name = entry["name"]
            if entry.get("kind"):
                c.forced_kind = entry["kind"]
            c.extra_aliases += list(entry.get("aliases", []))
            c.extra_attrs.update(entry.get("attrs") or {})

    # -------------------------------------------------------------------- people
    def _person_roots(self) -> list[Cluster]:
        return [c for c in self.clusters.values() if c.merged_into is None and c.kind == "name"]

    @staticmethod
    def _parts(c: Cluster) -> tuple[str, ...]:
        return max((e.parts for _, e in c.locals if e.parts), key=len, default=())

    def _clubs_of(self, c: Cluster) -> set[str]:
        out = set()
        for art, ent in c.locals:
            if ent.cues.club:
                gid = self._local_gid(art, ent.cues.club)
                if gid:
                    out.add(gid)
        return out

    def _article_clubs(self, art: str) -> set[str]:
        hit = self._ac_memo.get(art)
        if hit is None:
            info = self._info[art]
            hit = self._ac_memo[art] = {self.find(self.local_to_gid[(art, k)]) for k, e in info.ents.items()
                                        if e.kind == "club" and (art, k) in self.local_to_gid}
        return hit

    def _kind_scores(self, c: Cluster) -> tuple[float, float]:
        p = sum(e.cues.player for _, e in c.locals)
        q = sum(e.cues.person for _, e in c.locals)
        return p, q

    def _compatible(self, a: Cluster, b: Cluster, strict: bool) -> bool:
        if a.articles & b.articles:
            return False
        pa, qa = self._kind_scores(a)
        pb, qb = self._kind_scores(b)
        if (pa > qa + 1 and qb > pb + 1) or (qa > pa + 1 and pb > qb + 1):
            return False
        ra = {e.cues.role for _, e in a.locals if e.cues.role}
        rb = {e.cues.role for _, e in b.locals if e.cues.role}
        if ra and rb and not (ra & rb):
            return False
        ca, cb = self._clubs_of(a), self._clubs_of(b)
        if ca and cb and not (ca & cb):
            return False
        if strict:
            # a different first name: only the same job at the same club makes it a misspelling
            shared = (ca | cb) and any((ca | cb) & self._article_clubs(art) for art in (a.articles | b.articles)
                                       if art not in (a.articles if ca else b.articles))
            if not ((ra or rb) and shared and (ca or cb)):
                return False
        return True

    def _fuzzy_merge(self) -> None:
        """Same person, spelt differently: 'Marco Santangello' / 'Marco Santangelo',
        'Manuel Pellegrino' / 'Mauricio Pellegrino' (same surname, job and club)."""
        self._ac_memo.clear()
        roots = self._person_roots()
        # "Rui Fonseca Alves" / "Rui Fonseca-Alves": one name, the hyphen dropped (also in one article)
        spelt: dict[str, Cluster] = {}
        for c in roots:
            parts = self._parts(c)
            if len(parts) < 2 or (len(parts) < 3 and not any("-" in p for p in parts)):
                continue
            key = "".join(parts).replace("-", "")
            other = spelt.get(key)
            if other is None:
                spelt[key] = c
                continue
            a, b = self.clusters[self.find(other.gid)], self.clusters[self.find(c.gid)]
            if a is not b and self._parts(a) != self._parts(b):
                pa, qa = self._kind_scores(a)
                pb, qb = self._kind_scores(b)
                if not ((pa > qa + 1 and qb > pb + 1) or (qa > pa + 1 and pb > qb + 1)):
                    self.merge(a.gid, b.gid)
        roots = self._person_roots()
        buckets: dict[tuple[str, str], list[Cluster]] = defaultdict(list)
        by_surname: dict[tuple[str, ...], list[Cluster]] = defaultdict(list)
        for c in roots:
            parts = self._parts(c)
            if len(parts) >= 2:
                buckets[(parts[0][:1], parts[-1][:1])].append(c)
                by_surname[parts[1:]].append(c)
        for group in buckets.values():
            for a, b in self._live_pairs(group):
                pa, pb = self._parts(a), self._parts(b)
                if pa == pb:
                    continue
                ja, jb = " ".join(pa), " ".join(pb)
                if abs(len(ja) - len(jb)) > 3:
                    continue
                same_first = pa[0] == pb[0]
                close = Levenshtein.distance(ja, jb, score_cutoff=3) <= 3 and ratio(ja, jb) >= 88
                if close and (same_first or Levenshtein.distance(pa[0], pb[0]) <= 2):
                    if self._compatible(a, b, strict=False):
                        self.merge(a.gid, b.gid)
        for group in by_surname.values():
            for a, b in self._live_pairs(group):
                pa, pb = self._parts(a), self._parts(b)
                if pa[0] != pb[0] and pa[0][:1] == pb[0][:1] and self._compatible(a, b, strict=True):
                    self.merge(a.gid, b.gid)

    def _live_pairs(self, group: list[Cluster]):
        """Each pair of the group's clusters as they stand now (earlier merges applied), skipping
        pairs already one cluster; a degenerate group (thousands of similar names) yields none."""
        if len(group) > _MAX_BUCKET:
            return
        for x in range(len(group)):
            for y in range(x + 1, len(group)):
                a, b = self.clusters[self.find(group[x].gid)], self.clusters[self.find(group[y].gid)]
                if a is not b:
                    yield a, b

    def _resolve_singles(self, singles: list[tuple[str, LocalEnt]]) -> None:
        """A surname or one-word name no full name in its article explains."""
        sur: dict[tuple[str, ...], list[str]] = defaultdict(list)
        first: dict[tuple[str, ...], list[str]] = defaultdict(list)
        for c in self._person_roots():
            parts = self._parts(c)
            if len(parts) < 2:
                continue
            ff = any(e.family_first for _, e in c.locals)
            for s in _surname_forms(parts, self.lex, ff):
                sur[s].append(c.gid)
            for f in _first_forms(parts, self.lex, ff):
                first[f].append(c.gid)
        pending: dict[str, list[tuple[str, LocalEnt]]] = defaultdict(list)
        for art, ent in singles:
            cands = {self.find(g) for g in sur.get(ent.parts, [])}
            if not cands:
                cands = {self.find(g) for g in first.get(ent.parts, [])} if len(ent.parts) == 1 else set()
            gid = self._choose(cands, art, ent) if cands else None
            if gid:
                self.clusters[gid].add(art, ent)
                self.local_to_gid[(art, ent.key)] = gid
            else:
                pending[ent.key].append((art, ent))
        for key, items in pending.items():
            evidence = sum(e.cues.player + e.cues.person for _, e in items)
            speaker = any(e.cues.speaker for _, e in items)
            particle = items[0][1].parts and items[0][1].parts[0] in self.lex.particles
            if evidence >= 1.0 or particle or (speaker and len(items) + sum(e.count for _, e in items) >= 2):
                c = self._cluster(key, "name")
                for art, ent in items:
                    c.add(art, ent)
                    self.local_to_gid[(art, key)] = key

    def _choose(self, cands: set[str], art: str, ent: LocalEnt) -> str | None:
        if len(cands) == 1:
            return next(iter(cands))
        clubs = self._article_clubs(art)
        scored = []
        for gid in cands:
            c = self.clusters[gid]
            share = len(clubs & set().union(*(self._article_clubs(a) for a in c.articles)))
            scored.append((share, len(c.locals), gid))
        scored.sort(reverse=True)
        if scored[0][0] > 0 and (len(scored) == 1 or scored[0][:2] != scored[1][:2]):
            return scored[0][2]
        return None

    # -------------------------------------------------------------------- naming
    def finish(self) -> tuple[list[Entity], dict[str, str]]:
        """Entities with ids; and root gid -> entity id."""
        self._acs_memo.clear()
        self._peer_hint = self._peer_kinds()
        reg = {k: SlugRegistry() for k in ("player", "club", "person")}
        ents: list[Entity] = []
        gid_to_id: dict[str, str] = {}
        roots = [c for c in self.clusters.values() if c.merged_into is None and c.locals]
        roots.sort(key=lambda c: (c.kind != "club", min(e.first for _, e in c.locals), c.gid))
        # order: by first appearance in the corpus
        order = {info.article: n for n, info in enumerate(self.infos)}
        roots.sort(key=lambda c: min((order[a], e.first) for a, e in c.locals))
        for c in roots:
            self._finish_one(c)
            if normalise(c.name) in self.not_pages:
                continue
            kind = c.final_kind
            eid = f"{kind}:{reg[kind].get(c.gid, c.name)}"
            gid_to_id[c.gid] = eid
            ents.append(Entity(eid, kind, c.name, c.aliases, c.attrs))
        self.gid_to_id = gid_to_id
        return ents, gid_to_id

    def _finish_one(self, c: Cluster) -> None:
        lex = self.lex
        if c.kind == "club":
            if c.gid in lex.clubs:
                club = lex.clubs[c.gid]
                c.name = club.name
                c.attrs = {"country": club.country, "league": club.league}
            else:
                names = Counter()
                for _, e in c.locals:
                    names[e.name] += 1
                c.name = names.most_common(1)[0][0]
                c.attrs = {"known": False}
            c.final_kind = "club"
            forms = Counter()
            for _, e in c.locals:
                forms.update(e.forms)
            aliases = []
            for f, _ in forms.most_common():
                key = norm_phrase(f)
                if normalise(f) == normalise(c.name) or (self._shared_form(key) and not self._other_name(key, c)):
                    continue
                aliases.append(f)
        else:
            full = Counter()
            for _, e in c.locals:
                if len(e.parts) >= 2 and e.parts[0] not in lex.particles:
                    full[e.name] += e.count or 1
            if full:
                top = max(full.items(), key=lambda kv: (not kv[0].isupper(), kv[1], -_upper_particles(kv[0], lex)))
                c.name = top[0]
                if c.name.isupper():
                    c.name = c.name.title()    # "DAN REYNOLDS:" a transcript's label, the only full form
            else:
                c.name = max((e.name for _, e in c.locals), key=len)
            p, q = self._kind_scores(c)
            c.final_kind = "person" if q > p else "player"
            hint = self._peer_hint.get(c.gid) if p == 0 and q == 0 else None
            if hint is not None:
                c.final_kind = "person"     # "leave A to battle it out with Klopp": A has Klopp's job
            aliases = []
            for _, e in c.locals:
                for f in [e.name, *e.forms, *e.aliases]:
                    if f not in aliases:
                        aliases.append(f)
            firsts = set()
            for _, e in c.locals:
                if e.parts:
                    firsts |= {" ".join(x) for x in _first_forms(e.parts, lex, e.family_first)}
            aliases = [a for a in aliases if " ".join(norm_phrase(a)) not in firsts]
            c.attrs = self._person_attrs(c)
            if hint and "role" not in c.attrs:
                c.attrs["role"] = hint
            if c.final_kind == "person" and c.attrs.get("role") == "manager" and "club" not in c.attrs \
                    and not c.forced_kind and hint is None:     # a rival named in passing: club unknown
                club = self._managed_club(c)
                if club:
                    c.attrs["club"] = club
                    self.club_guessed.add(c.gid)
        if c.forced_kind:
            c.final_kind = c.forced_kind
        if c.forced_name:
            c.name = c.forced_name
        aliases += [a for a in c.extra_aliases]
        seen = {fold(c.name)}
        out = []
        for a in aliases:
            n = fold(a)          # "Virgil Van Dijk" is a variant worth listing; curly vs straight is not
            if n in seen or normalise(a) in self.not_pages or self._is_not_page(a):
                continue
            seen.add(n)
            out.append(a)
        c.aliases = out
        c.attrs.update(c.extra_attrs)

    def _other_name(self, key: tuple[str, ...], c) -> bool:
        """Another club's full name this club also goes by ("Nacional": Madeira's name, Montevideo's short
        form): resolved to this club here, so one of its names on its page (not "United", "City"). A
        shared form is a name of the club it means when an article names none of those sharing it
        ("Inter": Inter Milan's, though Internacional is called that too)."""
        if key in self.lex.defaults:
            return self.lex.defaults[key] == c.gid
        entries = self.lex.gaz.get(key, [])
        return any(e.cat == "club" and e.via == "short" and e.ref == c.gid for e in entries) and \
            any(e.cat == "club" and e.via == "name" and e.ref != c.gid for e in entries)

    def _shared_form(self, key: tuple[str, ...]) -> bool:
        """A short form several clubs use ("United", "City"): a mention, not a name of one."""
        entries = self.lex.gaz.get(key, [])
        ids = {e.ref for e in entries if e.cat == "club" and e.via == "short"}
        return len({e.ref for e in entries if e.cat == "club" and e.via in ("short", "name")}) > 1 and bool(ids)

    def _is_not_page(self, text: str) -> bool:
        entries = self.lex.gaz.get(norm_phrase(text), [])
        return any(e.cat in ("notpage", "place", "country", "nat_adj", "nat_noun") for e in entries) and \
            not any(e.cat == "club" and e.via in ("name", "short", "nick") for e in entries)

    def _peer_kinds(self) -> dict[str, str]:
        """Roots with no cue of their own, named as the peer of a person ("A replaced B", "A to battle it
        out with B"): root -> the peer's role ("" when it has none)."""
        out: dict[str, str] = {}
        for info in self.infos:
            for ka, kb, gone in info.peers:
                ga, gb = self.local_to_gid.get((info.article, ka)), self.local_to_gid.get((info.article, kb))
                if ga is None or gb is None:
                    continue
                ra, rb = self.clusters[self.find(ga)], self.clusters[self.find(gb)]
                for x, y, xkey in ((ra, rb, ka), (rb, ra, kb)):
                    px, qx = self._kind_scores(x)
                    py, qy = self._kind_scores(y)
                    if px == 0 and qx == 0 and qy > py:
                        roles = Counter(e.cues.role for _, e in y.locals if e.cues.role and not e.cues.ex)
                        role = roles.most_common(1)[0][0] if roles else ""
                        out.setdefault(x.gid, "former " + role if role and gone == xkey else role)
        return out

    def _article_clubs_by_sentence(self, art: str) -> tuple:
        """Per article (once): the first club it names other than as an opponent; per sentence, the
        clubs it names with the clause they stand in and whether as an opponent ("against Fulham",
        "defeat at Leeds"); the clubs whose manager it names ("Hibernian manager Callum X"); per
        person key, its mentions as (sentence, clause, start); the offsets of "X's side" forms; per
        sentence, its club descriptions."""
        hit = self._acs_memo.get(art)
        if hit is not None:
            return hit
        info = self._info[art]
        first, first_pos = None, None
        by_sent: dict[int, dict[str, set]] = {}
        by_key: dict[str, list[tuple[int, int, int]]] = {}
        body = info.body
        hard = [m.start() for m in _CLAUSE_BREAK.finditer(body)]
        for m in info.mentions:
            ent = info.ents.get(m.key) if m.key else None
            if ent is None or (art, m.key) not in self.local_to_gid:
                continue
            clause = bisect_right(hard, m.start)
            if ent.kind != "club":
                by_key.setdefault(m.key, []).append((m.sent, clause, m.start))
                continue
            gid = self.find(self.local_to_gid[(art, m.key)])
            before = " " + body[max(0, m.start - 14):m.start].lower()
            possessive = body[m.end:m.end + 2] in ("'s", "\u2019s")
            opp = before.endswith(_OPPONENT_BEFORE) or (before.endswith(" at ") and not possessive)
            clubs = by_sent.setdefault(m.sent, {})
            # "since arriving from Irish side Finn Harps", "an offer from Walsall": a player's old club
            # or a bidder, never the club of a manager named in that clause
            came_from = " from " in body[max(0, m.start - 30):m.start] and \
                _FROM_BEFORE.search(body, max(0, m.start - 30), m.start) is not None
            if not opp and not came_from and (gid in clubs or len(clubs) < 50):
                clubs.setdefault(gid, set()).add(clause)
            if not opp and (first_pos is None or m.start < first_pos):
                first, first_pos = gid, m.start
        managed = set()
        for key, ent in info.ents.items():
            if ent.kind == "name" and ent.cues.role == "manager" and ent.cues.club \
                    and (art, ent.cues.club) in self.local_to_gid:
                managed.add(self.find(self.local_to_gid[(art, ent.cues.club)]))
        forms = {(a, k) for a, _, k in info.manager_forms}
        descs: dict[int, list] = {}
        for d in info.descs:
            if d.target == "club" and len(descs.setdefault(d.sent, [])) < 10:
                descs[d.sent].append(d)
        hit = self._acs_memo[art] = (first, by_sent, managed, by_key, forms, descs)
        return hit

    def _desc_club(self, art: str, d) -> str | None:
        """The one club of the article a club description can mean; "?" when it fits none of them."""
        memo = self._acs_memo.get(("desc", art, d.start))
        if memo is not None:
            return memo[0]
        info = self._info[art]
        cands = set()
        for key, ent in info.ents.items():
            if ent.kind != "club" or (art, key) not in self.local_to_gid:
                continue
            gid = self.find(self.local_to_gid[(art, key)])
            club = self.lex.clubs.get(gid)
            if d.unknown_place and not (d.clubs_ok or d.country or d.league or d.name_words):
                ok = club is None
            elif d.name_words:
                c = self.clusters[gid]
                ok = any(all(w in norm_phrase(n) for w in d.name_words) for n in self._names_of(c)) or (
                    club is not None and any(all(w in f for w in d.name_words) for f in (*club.forms, *club.places)))
            elif d.clubs_ok:
                ok = gid in d.clubs_ok
            elif club is None:
                ok = d.league is None          # a club the data does not know: its country is unknown
            else:
                ok = (not d.country or club.country == d.country) and (not d.league or club.league == d.league)
            if ok:
                cands.add(gid)
                if len(cands) > 1:
                    break
        out = next(iter(cands)) if len(cands) == 1 else ("?" if not cands else None)
        self._acs_memo[("desc", art, d.start)] = (out,)
        return out

    def _managed_club(self, c: Cluster) -> str | None:
        """A manager no article ties to a club ("Graham X's side", "as X looks to rebuild"): the clubs
        named in his clauses (2) and sentences (0.5), club descriptions in his sentences (1), and the
        club his articles are about (the first one they name, 1). Left out: clubs whose manager is
        someone else, his former clubs, opponents ("against Fulham"), and clubs in a sentence that
        calls his team "X's side" (they are other clubs)."""
        if any(e.cues.other_team for _, e in c.locals):
            return None
        score: Counter = Counter()
        former = set()
        for art, e in c.locals:
            former |= {self.find(self.local_to_gid[(art, f)]) for f in e.cues.former
                       if (art, f) in self.local_to_gid}
        keys: dict[str, set[str]] = {}
        for art, e in c.locals:
            keys.setdefault(art, set()).add(e.key)
        for art, mine in keys.items():
            first, by_sent, managed, by_key, forms, descs = self._article_clubs_by_sentence(art)
            own = {self.find(self.local_to_gid[(art, e.cues.club)]) for a2, e in c.locals
                   if a2 == art and e.cues.club and (art, e.cues.club) in self.local_to_gid}
            skip = (managed - own) | former
            sents, form_sents, clauses = set(), set(), set()
            for key in mine:
                for sent, clause, start in by_key.get(key, ()):
                    sents.add(sent)
                    clauses.add(clause)
                    if (start, key) in forms:
                        form_sents.add(sent)
            if first and first not in skip:
                score[first] += 1
            info = self._info[art]
            for sn in form_sents:
                # "The Nerazzurri had been keen ... Simone X's side are top": "X's side" goes on about the
                # club the sentence before was about (its first club), in the same paragraph
                if 0 < sn < len(info.sent_of) and "\n" not in info.body[info.sent_of[sn - 1][1]:info.sent_of[sn][0]]:
                    for n, g in enumerate(by_sent.get(sn - 1, {})):
                        if g not in skip:
                            score[g] += 1.5 if n == 0 else 1
                elif sn + 1 < len(info.sent_of) and \
                        "\n" not in info.body[info.sent_of[sn][1]:info.sent_of[sn + 1][0]]:
                    # "... as Mattias X's side finished third. Aberdeen had rejected two offers": a form
                    # opening its paragraph; the sentence after it goes on about the same club
                    for n, g in enumerate(by_sent.get(sn + 1, {})):
                        if g not in skip:
                            score[g] += 1.5 if n == 0 else 1
            for sn in sents - form_sents:
                for g, where in by_sent.get(sn, {}).items():
                    if g not in skip:
                        score[g] += 2 if where & clauses else 0.5
                for d in descs.get(sn, ()):
                    gid = self._desc_club(art, d)
                    if gid and gid not in skip:
                        score[gid] += 1
        top = score.most_common()
        if top and top[0][0] == "?":
            return None               # his sentences describe a club the article does not name
        top = [t for t in top if t[0] != "?"]
        if not top or (len(top) > 1 and top[1][1] == top[0][1]):
            return None
        return top[0][0]

    def _person_attrs(self, c: Cluster) -> dict:
        roles, pos, nat, ages, clubs, former = Counter(), Counter(), Counter(), Counter(), Counter(), Counter()
        past_only = True
        for art, e in c.locals:
            cu = e.cues
            if cu.role:
                roles[cu.role] += 1
                past_only = past_only and cu.ex
            if cu.position:
                pos[cu.position] += 1
            if cu.nationality:
                nat[cu.nationality] += 1
            if cu.age:
                ages[cu.age] += 1
            if cu.club:
                gid = self._local_gid(art, cu.club)
                if gid:
                    clubs[gid] += 1
            for f in cu.former:
                gid = self._local_gid(art, f)
                if gid:
                    former[gid] += 1
        attrs: dict = {}
        for name, cnt in (("role", roles), ("position", pos), ("nationality", nat), ("age", ages)):
            if cnt:
                attrs[name] = cnt.most_common(1)[0][0]
        if roles and past_only:
            attrs["role"] = "former " + attrs["role"]      # "the sacked X": no longer in the job
        if clubs:
            attrs["club"] = clubs.most_common(1)[0][0]
        if former:
            attrs["former_clubs"] = [g for g, _ in former.most_common()]
        return attrs


def _upper_particles(name: str, lex: Lexicon) -> int:
    return sum(1 for w in name.split() if w.lower() in lex.particles and w[:1].isupper())
