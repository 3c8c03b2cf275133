"""Who a phrase in the prose refers to: names, pronouns, descriptions, club statements.

The attribution step finds the phrase ("Calheiros", "he", "the Celtic manager", "a club
spokesperson"); this module turns it into a speaker: the fullest form of the name the article
prints, and the entity id when the entities step gave mentions for it.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from ..model import Article, Entity, Mention
from ..text import fold, normalise
from .lexicon import lexicon
from .tokens import NameRun, Token, name_runs, tokenize


@dataclass
class Speaker:
    name: str | None
    entity: str | None = None
    anonymous: bool = False        # "a source close to the player": attributed, but to nobody
    kind: str | None = None        # "player" | "person" | "club" when known or guessed (for ranking)


@dataclass
class Phrase:
    kind: str                      # "name" | "pronoun" | "desc"
    first: int                     # token indices, inclusive
    last: int
    run: NameRun | None = None


class ArticleText:
    """One article's tokens, name runs and mentions, with the look-ups attribution needs."""

    def __init__(self, article: Article, quote_ranges: list[tuple[int, int]],
                 mentions: list[Mention], entities: dict[str, Entity]):
        self.article = article
        self.body = article.body
        self.folded = fold(article.body)
        self.paras = article.paragraphs          # computed once: the property splits the body
        self.toks: list[Token] = tokenize(self.folded, self.paras)
        self.tok_starts = [t.start for t in self.toks]
        self._mark_quoted(quote_ranges)
        vocab = {t.lower for t in self.toks if t.word and not t.cap}
        vocab |= {t.lower[:-2] for t in self.toks if t.possessive and not t.cap}
        self.runs = name_runs(self.toks, vocab)
        for r in self.runs:
            r.text = self.body[r.start:r.end]
        self.run_of: dict[int, NameRun] = {}
        for r in self.runs:
            for i in range(r.first, r.last + 1):
                self.run_of[i] = r
        self.run_starts = [r.start for r in self.runs]
        self.entities = entities
        self.mentions = sorted((m for m in mentions if m.entity in entities or not entities),
                               key=lambda m: (m.start, m.end))
        self.mention_starts = [m.start for m in self.mentions]
        self.club_names = {normalise(n) for e in entities.values() if e.kind == "club"
                           for n in [e.name, *e.aliases]}
        self._by_tail: dict[tuple[str, ...], list[NameRun]] = {}
        for r in self.runs:
            words = tuple(normalise(self.body[self.toks[i].start:self.toks[i].end]).removesuffix("'s")
                          for i in range(r.first, r.last + 1))
            for k in range(len(words)):
                self._by_tail.setdefault(words[k:], []).append(r)
        self.lex = lexicon()

    def _mark_quoted(self, ranges: list[tuple[int, int]]) -> None:
        for s, e in ranges:
            i = bisect.bisect_left(self.tok_starts, s)
            while i < len(self.toks) and self.toks[i].start < e:
                self.toks[i].in_quote = True
                i += 1

    # -- look-ups -------------------------------------------------------------------------
    def tok_index(self, pos: int) -> int:
        """Index of the first token starting at or after body offset `pos`."""
        return bisect.bisect_left(self.tok_starts, pos)

    def mention_in(self, start: int, end: int, kinds: tuple[str, ...] | None = None) -> Mention | None:
        """The longest mention overlapping [start, end) (of the given entity kinds)."""
        best = None
        i = bisect.bisect_left(self.mention_starts, start - 200)
        while i < len(self.mentions) and self.mentions[i].start < end:
            m = self.mentions[i]
            i += 1
            if m.end <= start:
                continue
            ent = self.entities.get(m.entity)
            if kinds and (ent is None or ent.kind not in kinds):
                continue
            if best is None or (m.end - m.start) > (best.end - best.start):
                best = m
        return best

    def kind_of_run(self, run: NameRun) -> str | None:
        m = self.mention_in(run.start, run.end)
        if m is not None and m.entity in self.entities:
            return self.entities[m.entity].kind
        if normalise(run.text) in self.club_names:
            return "club"
        return None

    def is_outlet(self, run: NameRun) -> bool:
        return self.lex.is_outlet(run.text)

    # -- names ----------------------------------------------------------------------------
    def fullest(self, run: NameRun) -> str:
        """The longest form of this name the article prints ("Pellegrino" -> "Mauricio Pellegrino")."""
        words = tuple(normalise(self.body[self.toks[i].start:self.toks[i].end]).removesuffix("'s")
                      for i in range(run.first, run.last + 1))
        cands = [r for r in self._by_tail.get(words, []) if r.last - r.first + 1 > len(words)
                 and not r.before_role and not self.is_outlet(r) and r.last - r.first < 5]
        if not cands and len(words) == 1:
            cands = [r for r in self.runs if r.last > r.first and r.last - r.first < 4 and
                     normalise(self.toks[r.first].text) == words[0] and not self.is_outlet(r)]
        if not cands:
            return run.text
        longest = max(r.last - r.first for r in cands)
        forms = {}
        for r in cands:
            if r.last - r.first == longest:
                forms.setdefault(normalise(r.text), r)
        if len(forms) > 1:       # two people share the surname: keep the short form
            return run.text
        return next(iter(forms.values())).text

    def speaker_for_run(self, run: NameRun) -> Speaker:
        """A named speaker: the fullest name printed, and the entity its mention points to."""
        m = self.mention_in(run.start, run.end)
        name = self.fullest(run)
        ent = m.entity if m is not None else self.entity_by_name(name) or self.entity_by_name(run.text)
        return Speaker(name, ent)

    def entity_by_name(self, name: str) -> str | None:
        """An entity whose name or alias is this name (or ends with it, if only one does)."""
        if not self.entities:
            return None
        key = normalise(name)
        tail = []
        for e in self.entities.values():
            names = [normalise(n) for n in [e.name, *e.aliases]]
            if key in names:
                return e.id
            if any(n.endswith(" " + key) for n in names):
                tail.append(e.id)
        return tail[0] if len(tail) == 1 else None

    # -- referents ------------------------------------------------------------------------
    def person_like(self, run: NameRun) -> bool:
        if run.after_prep or run.after_det or run.possessive or run.before_role or self.is_outlet(run):
            return False
        return self.kind_of_run(run) in (None, "player", "person")

    def person_like_loose(self, run: NameRun) -> bool:
        """Like `person_like`, but a name after a role word or preposition still counts
        ("under coach Henrique Baptista")."""
        if run.possessive or run.before_role or self.is_outlet(run):
            return False
        return self.kind_of_run(run) in (None, "player", "person")

    def main_player(self) -> NameRun | None:
        """The player the article is about: the first player mention, else the first name that
        reads like a person (the opening subject, or the first full name not after a role word)."""
        if getattr(self, "_main", 0) != 0:
            return self._main
        self._main = None
        lex = self.lex
        for m in self.mentions:
            ent = self.entities.get(m.entity)
            if ent is not None and ent.kind == "player":
                for r in self.runs:
                    if r.start <= m.start < r.end or m.start <= r.start < m.end:
                        self._main = r
                        return r
        plural = {"have", "are", "were", "had"}
        cands = []
        for r in self.runs[:40]:
            nxt = self.toks[r.last + 1].lower if r.last + 1 < len(self.toks) else ""
            before = self.toks[r.first - 1].bare.lower() if r.first > 0 else ""
            if self.is_outlet(r) or r.before_role or nxt in plural or r.after_det or \
                    lex.role(before) == "manager" or self.kind_of_run(r) in ("club", "person"):
                continue
            cands.append(r)
        if cands and cands[0].first == 0:
            self._main = cands[0]
        else:
            multi = [r for r in cands if r.last > r.first]
            self._main = multi[0] if multi else (cands[0] if cands else None)
        return self._main

    def runs_before(self, pos: int, para: int | None = None):
        """Name runs ending before body offset `pos`, nearest first (optionally one paragraph)."""
        i = bisect.bisect_left(self.run_starts, pos) - 1
        seen = 0
        while i >= 0 and seen < 400:
            r = self.runs[i]
            i -= 1
            seen += 1
            if r.end > pos:
                continue
            if para is not None and r.para != para:
                if r.para < para:
                    return
                continue
            yield r
