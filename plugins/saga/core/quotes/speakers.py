"""Who a phrase in the prose refers to: names, pronouns, descriptions, club statements.

The attribution step finds the phrase ("Calheiros", "he", "the Celtic manager", "a club
spokesperson"); this module turns it into a speaker: the fullest form of the name the article
prints, and the entity id when the entities step gave mentions for it.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..model import Article, Entity, Mention
from ..text import fold, normalise
from .lexicon import lexicon
from .tokens import NameRun, Token, name_runs, tokenize


_DOUBLED = re.compile(r"(\w)\1")     # a doubled letter, as one ("ss" -> "s")


@dataclass
class Speaker:
    name: str | None
    entity: str | None = None
    anonymous: bool = False        # "a source close to the player": attributed, but to nobody
    kind: str | None = None        # "player" | "person" | "club" when known or guessed (for ranking)


@dataclass
class Phrase:
    kind: str                      # "name" | "pronoun" | "desc" | "self" | "outlet" (an outlet's words)
    first: int                     # token indices, inclusive
    last: int
    run: NameRun | None = None


_CLUB_NAMES: list = [None, 0, frozenset()]      # the last corpus's entities, its size, its club names


def _club_names(entities: dict[str, Entity]) -> frozenset[str]:
    """Normalised names of the corpus's clubs, computed once per corpus, not once per article."""
    if _CLUB_NAMES[0] is entities and _CLUB_NAMES[1] == len(entities):
        return _CLUB_NAMES[2]
    names = frozenset(normalise(n) for e in entities.values() if e.kind == "club" for n in [e.name, *e.aliases])
    _CLUB_NAMES[:] = [entities, len(entities), names]
    return names


_NAME_INDEX: list = [None, 0, ({}, {})]

# words before a name that make it the place a quote was printed or said to
_BY_CUES = {"quoted", "reported", "published", "cited", "told", "interviewed"}
_TO_CUES = {"speaking", "talking", "spoke", "told", "telling", "said", "revealed", "admitted",
            "confirmed", "explained", "insisted", "added"}
_IN_CUES = {"writing", "wrote", "quoted", "column", "published", "printed", "interview"}
_WITH_CUES = {"interview", "chat", "conversation", "sit-down", "q&a", "podcast"}
# a journalist's job after the outlet's name: "Herald Sun football writer Rebecca Thorne"
# a capitalised word right before a name that makes it a broadcaster's ("Radio London")
_STATION_WORDS = {"radio", "tv", "television", "fm", "channel"}
_MEDIA_JOBS = {"writer", "reporter", "journalist", "columnist", "correspondent", "editor", "commentator",
               "presenter", "broadcaster", "podcaster"}
# what an outlet's appositive calls it ("X, the weekly podcast on ...") and "episode 87 of X"
_SHOW_NOUNS = {"podcast", "show", "programme", "program", "newspaper", "paper", "magazine", "website", "blog",
               "channel", "broadcast", "newsletter", "fanzine", "station"}
_SHOW_PEOPLE = _MEDIA_JOBS | {"host", "hosts", "anchor", "producer", "pundit", "guest", "'s"}
_EPISODE_WORDS = {"episode", "edition", "issue", "instalment", "installment"}
# a media word printed after a name makes it an outlet's name ("Lantern Sport", "Harbour Times")
_OUTLET_TAILS = frozenset({"sport", "sports", "news", "tv", "radio", "times", "post", "herald", "gazette",
                           "tribune", "chronicle", "online", "media", "press", "daily", "fm"})
_MEDIA_JOB_MODS = {"football", "sports", "sport", "chief", "senior", "transfer", "news", "soccer", "sporting"}


_HYPHENS = re.compile(r"\s*[-\u2010\u2011\u2012\u2013]\s*")


def _unhyphen(key: str) -> str:
    """A name key with its hyphens read as spaces: one name printed both ways."""
    return _HYPHENS.sub(" ", key).strip()


def _name_index(entities: dict[str, Entity]) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Entities by normalised name or alias, and by the word-final parts of those ("van dijk" of
    "virgil van dijk"): built once per corpus."""
    if _NAME_INDEX[0] is entities and _NAME_INDEX[1] == len(entities):
        return _NAME_INDEX[2]
    exact: dict[str, str] = {}
    tails: dict[str, list[str]] = {}
    for e in entities.values():
        mine = set()
        for n in [e.name, *e.aliases]:
            n = normalise(n or "")
            exact.setdefault(_unhyphen(n), e.id)
            words = n.split(" ")                 # tails at spaces only: "Alves" is not "Fonseca-Alves"
            mine |= {_unhyphen(" ".join(words[k:])) for k in range(1, len(words))}
        for t in mine:
            tails.setdefault(t, []).append(e.id)
    _NAME_INDEX[:] = [entities, len(entities), (exact, tails)]
    return exact, tails


# a time of day opening a live blog's entry: "09:05", "14.05 -", "2.10pm:", "9pm |", "10:02 CET",
# "14h05", "[14:05]", "**14:05**"; it must be followed by a separator or by a capitalised word
# ("10.50 million" is no timestamp); a bracketed stamp may name the day first ("[Tuesday, 08:41]": a
# sequence of posts over a week)
_STAMP = re.compile(r"[ \t]*(?:\*\*|__|\[|\()?(?P<day>(?i:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]+)?"
                    r"(?:\d{1,2}[:.h]\d{2}(?:\s?[ap]\.?m\.?)?|\d{1,2}\s?[ap]\.?m\.?)"
                    r"(?:\s?(?:GMT|BST|CET|CEST|EET|EEST|UTC|ET|CT|PT|local time))?(?P<close>\*\*|__|\]|\))?"
                    r"(?:\s*(?P<sep>[-\u2013\u2014:|])\s+|\s+(?=\S))")


_DAY_OPENERS = {"[M", "[T", "[W", "[F", "[S", "(M", "(T", "(W", "(F", "(S"}
_DAY_STARTS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}


def _past_leads(folded: str, paras: list[tuple[int, int]], leads: dict[int, int] | None
                ) -> list[tuple[int, int]]:
    """The paragraphs with a leading timestamp (or a given label: `leads`, paragraph -> offset
    past it) left out of their words."""
    out = []
    for k, (ps, pe) in enumerate(paras):
        if leads and k in leads:
            ps = min(max(ps, leads[k]), pe)
        elif folded[ps:ps + 3].lstrip(" \t*_[(")[:1].isdigit() or \
                folded[ps:ps + 2] in _DAY_OPENERS and folded[ps + 1:ps + 4].lower() in _DAY_STARTS:
            m = _STAMP.match(folded, ps, pe)
            if m is not None and m.group("day") and not m.group("close"):
                m = None                         # "Tuesday 10.30 ..." unbracketed: prose
            if m is not None and m.end() < pe and (m.group("sep") or m.group("close") or
                                                   folded[m.end()].isupper() or folded[m.end()] in "\"'"):
                ps = m.end()
        out.append((ps, pe))
    return out


def _name_apostrophes(toks: list[Token], folded: str, ranges: list[tuple[int, int]]) -> list[Token]:
    """Drop the apostrophe that ends a transliterated name ("Evans Ochieng' said", "Oleh Dovhopol',
    the coach"): part of the name, not a quote mark, when no quotation closes there and the word
    before it is capitalised and does not end in "s" (a plural possessive: "the Wolves' coach"); and
    the one after a name's own "'s" ("St Joseph's' president": that name's possessive)."""
    if not any(t.text == "'" for t in toks):
        return toks
    closes = {e for _, e in ranges}
    out: list[Token] = []
    n = len(folded)
    for t in toks:
        if t.text == "'" and out and out[-1].end == t.start and out[-1].cap and out[-1].word and \
                not out[-1].lower.endswith("s") and t.start not in closes and \
                (t.end >= n or folded[t.end] in " \t\n,;:.") and out[-1].para == t.para:
            continue
        if t.text == "'" and out and out[-1].end == t.start and out[-1].cap and out[-1].possessive and \
                t.start not in closes and t.end < n and folded[t.end] == " " and out[-1].para == t.para:
            continue              # "St Joseph's' president": the possessive of a name ending in 's
        out.append(t)
    return out


# the last word of a ground's name ("the Baba Yara Sports Stadium", "Arena Națională"): never a person
_VENUE_WORDS = frozenset({"stadium", "stadion", "stadio", "estadio", "stade", "arena", "stadyumu"})


class ArticleText:
    """One article's tokens, name runs and mentions, with the look-ups attribution needs."""

    def __init__(self, article: Article, quote_ranges: list[tuple[int, int]],
                 mentions: list[Mention], entities: dict[str, Entity], leads: dict[int, int] | None = None):
        self.article = article
        self.body = article.body
        self.folded = fold(article.body)
        # computed once (the property splits the body); a live blog's timestamp ("14:05 -",
        # "2.10pm:") or an interview's label ("Q:", "A:") opening a paragraph is layout, not prose:
        # the paragraph's words start after it
        self.paras = _past_leads(self.folded, article.paragraphs, leads)
        self.toks: list[Token] = _name_apostrophes(tokenize(self.folded, self.paras), self.folded, quote_ranges)
        self.tok_starts = [t.start for t in self.toks]
        self._mark_quoted(quote_ranges)
        # lower-case words only: "al-Otaibi" (a particle fused to a name) is no sentence word
        vocab = {t.lower for t in self.toks if t.word and not t.cap and t.text == t.lower}
        vocab |= {t.lower[:-2] for t in self.toks if t.possessive and not t.cap and t.text == t.lower}
        named = frozenset(m.start for m in mentions if m.via == "name" and m.entity in entities
                          and entities[m.entity].kind in ("player", "person"))
        self.runs = name_runs(self.toks, vocab, named)
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
        self.club_names = _club_names(entities)
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

    def mention_of(self, run: NameRun) -> Mention | None:
        """The mention a name run stands for: the longest one inside the run, else the longest
        overlapping it ("Pettigrew" inside "Graham Pettigrew's side" is the man, not his club)."""
        best = None
        i = bisect.bisect_left(self.mention_starts, run.start)
        while i < len(self.mentions) and self.mentions[i].start < run.end:
            m = self.mentions[i]
            i += 1
            if m.end <= run.end and (m.entity in self.entities or not self.entities) and \
                    (best is None or (m.end - m.start) > (best.end - best.start)):
                best = m
        return best if best is not None else self.mention_in(run.start, run.end)

    def norm(self, run: NameRun) -> str:
        """The run's text as a comparison key (cached: referent searches compare it often)."""
        keys = self.__dict__.setdefault("_norms", {})
        if run.first not in keys:
            keys[run.first] = normalise(run.text)
        return keys[run.first]

    def kind_of_run(self, run: NameRun) -> str | None:
        """"player" | "person" | "club" for a name run: its mention's, else a club guess (cached)."""
        kinds = self.__dict__.setdefault("_kinds", {})
        if run.first not in kinds:
            kinds[run.first] = self._kind_of_run(run)
        return kinds[run.first]

    def _kind_of_run(self, run: NameRun) -> str | None:
        m = self.mention_of(run)
        if m is not None and m.entity in self.entities:
            return self.entities[m.entity].kind
        key = self.norm(run)
        if key in self.club_names or key in self.lex.known_clubs:
            return "club"
        return "club" if self._club_like(run, key) else None

    def _club_like(self, run: NameRun, key: str) -> bool:
        """A name with no known kind that reads as a club: "... Rovers", "Valencia want"."""
        words = key.split()
        if words and words[-1] in self.lex.club_words:
            return True
        toks = self.toks
        nxt = toks[run.last + 1] if run.last + 1 < len(toks) and toks[run.last + 1].para == run.para else None
        prev = toks[run.first - 1].lower if run.first > 0 else ""
        return nxt is not None and nxt.lower in self.lex.plural_verbs and not run.possessive \
            and prev not in ("and", ",", "&")

    def is_outlet(self, run: NameRun) -> bool:
        outlets = self.__dict__.setdefault("_outlets", {})
        if run.first not in outlets:
            outlets[run.first] = self.lex.is_outlet(run.text) or self._outlet_with_lead(run) or \
                self._outlet_by_context(run)
        return outlets[run.first]

    def _outlet_with_lead(self, run: NameRun) -> bool:
        """"Sky Sport Italia": an outlet's name whose first words are no name words ("Sky",
        "Sport"), so the name run holds only its last word."""
        toks = self.toks
        k = run.first - 1
        while k >= 0 and run.first - k <= 3 and toks[k].para == run.para and toks[k].cap and toks[k].word \
                and toks[k].end < run.start:
            if self.lex.is_outlet(self.body[toks[k].start:run.end]):
                return True
            k -= 1
        k = run.last + 1                          # "Digi Sport", "Arena Sport": no-name words after it
        while k < len(toks) and k - run.last <= 2 and toks[k].para == run.para and toks[k].cap and \
                toks[k].word and k not in self.run_of:
            if self.lex.is_outlet(self.body[run.start:toks[k].end]):
                return True
            k += 1
        k = run.last + 1                          # "Lantern Sport reported", "Harbour News": a name
        if k < len(toks) and toks[k].para == run.para and toks[k].cap and k not in self.run_of and \
                toks[k].lower in _OUTLET_TAILS and not run.possessive and not toks[k].in_quote:
            m = self.mention_of(run)              # ... whose next word is a media word is a paper
            ent = self.entities.get(m.entity) if m is not None else None
            return ent is None or ent.kind not in ("player", "person")
        return False

    def _outlet_by_context(self, run: NameRun) -> bool:
        """A name the prose places a quote in or a journalist at, whatever it is called: "quoted
        by X", "told X" (unless X is a person the entities step knows), "speaking to X", "writing in
        X", "in an interview with X", "X football writer ...". ("According to X" stays a possible
        speaker unless X is a known outlet: "according to Saether, ...".)"""
        toks = self.toks
        i = run.first
        p1 = toks[i - 1].lower if i > 0 and toks[i - 1].para == run.para else ""
        p2 = toks[i - 2].lower if i > 1 and toks[i - 2].para == run.para else ""
        if p1 == "the":
            p1, p2 = p2, toks[i - 3].lower if i > 2 and toks[i - 3].para == run.para else ""
        cue = (p1 == "by" and p2 in _BY_CUES) or (p1 == "to" and p2 in _TO_CUES) or \
            (p1 == "in" and p2 in _IN_CUES) or (p1 == "with" and p2 in _WITH_CUES) or p1 == "told"
        if p1 in _STATION_WORDS and i > 0 and toks[i - 1].cap:
            return True                          # "BBC Radio London", "Sky TV Italia": a station
        if not cue and p1 == "of" and p2 in _EPISODE_WORDS:
            return True                          # "episode 87 of X", "this edition of X": a show
        if not cue and self._show_appositive(run):
            return True                          # "X, the weekly podcast on ...": a show
        if not cue:
            j = run.last + 1
            for k in range(j, min(j + 3, len(toks))):
                if toks[k].para != run.para or toks[k].in_quote:
                    break
                if toks[k].lower in _MEDIA_JOBS:
                    return not run.possessive
                if toks[k].lower not in _MEDIA_JOB_MODS:
                    break
            return False
        if p1 in ("told", "to") and p2 != "speaking" and p2 != "talking":
            m = self.mention_of(run)
            ent = self.entities.get(m.entity) if m is not None else None
            if ent is not None and ent.kind in ("player", "person"):
                return False                     # "told Jorge Mendes": a person
        return True

    def _show_appositive(self, run: NameRun) -> bool:
        """Is the name followed by ", the (weekly) podcast" / ", a radio show": a show or a paper?"""
        toks = self.toks
        j = run.last + 1
        if j + 1 >= len(toks) or toks[j].text != "," or toks[j + 1].lower not in ("the", "a", "an"):
            return False
        for k in range(j + 2, min(j + 5, len(toks))):
            if toks[k].para != run.para or not toks[k].word:
                return False
            if toks[k].lower in _SHOW_NOUNS:        # not "X, the show's host" / "the radio presenter"
                n = toks[k + 1] if k + 1 < len(toks) else None
                return n is None or n.para != run.para or not n.word or n.lower not in _SHOW_PEOPLE
        return False

    # -- names ----------------------------------------------------------------------------
    def fullest(self, run: NameRun) -> str:
        """The longest form of this name the article prints ("Pellegrino" -> "Mauricio Pellegrino")."""
        words = tuple(normalise(self.body[self.toks[i].start:self.toks[i].end]).removesuffix("'s")
                      for i in range(run.first, run.last + 1))
        cache = self.__dict__.setdefault("_fullest", {})
        if words not in cache:                   # once per name: an article may print it often
            cache[words] = self._fullest_form(words)
        return cache[words] or run.text

    def _fullest_form(self, words: tuple[str, ...]) -> str | None:
        cands = [r for r in self._by_tail.get(words, []) if r.last - r.first + 1 > len(words)
                 and not r.before_role and not self.is_outlet(r) and r.last - r.first < 5]
        if not cands and len(words) == 1:
            if "_by_first" not in self.__dict__:
                self._by_first: dict[str, list[NameRun]] = {}
                for r in self.runs:
                    if r.last > r.first and r.last - r.first < 4:
                        self._by_first.setdefault(normalise(self.toks[r.first].text), []).append(r)
            cands = [r for r in self._by_first.get(words[0], []) if not self.is_outlet(r)]
        if not cands:
            return None
        longest = max(r.last - r.first for r in cands)
        forms = {}
        for r in cands:
            if r.last - r.first == longest:
                forms.setdefault(normalise(r.text), r)
        if len(forms) > 1:       # two people share the surname: keep the short form
            return None
        return next(iter(forms.values())).text

    def speaker_for_run(self, run: NameRun) -> Speaker:
        """A named speaker: the fullest name printed, and the entity its mention points to."""
        m = self.mention_of(run)
        name = self.fullest(run)
        ent = m.entity if m is not None else self.entity_by_name(name) or self.entity_by_name(run.text)
        if m is not None and self._other_first_name(run, m.entity):
            ent = self.entity_by_name(run.text)  # "Per Lindahl" is not the player "Oskar Lindahl"
        if run.first == run.last and name == run.text:
            near = self._nearest_full_name(run)
            if near is not None and self._emphatic_main(run, m):
                return Speaker(self.entities[m.entity].name or name, m.entity)
            if near is not None and not self._main_player_kept(m, near):
                return near                      # two people share the surname: the one just named
            if near is None:
                other = self._spelling_variant(run, m)
                if other is not None:
                    return other                 # "Vasilis Papathanasiou ... Papathanassiou told X"
        return Speaker(name, ent)

    def _spelling_variant(self, run: NameRun, m: Mention | None) -> Speaker | None:
        """A bare surname that is a person of its own by that one word, printed with a doubled or
        single letter where a full name named before it has the other ("Papathanasiou" /
        "Papathanassiou", transliterations differ): that full name's person."""
        e = self.entities.get(m.entity) if m is not None else None
        word = normalise(self.toks[run.first].text).removesuffix("'s")
        if m is None or e is None or e.kind not in ("player", "person") or len(word) < 5 or \
                " " in normalise(e.name or "") or any(" " in normalise(a) for a in e.aliases or []):
            return None
        table = self.__dict__.get("_variants")
        if table is None:
            table = {}
            for r in self.runs:
                if r.last > r.first and r.last - r.first < 4:
                    last = normalise(self.toks[r.last].text).removesuffix("'s")
                    table.setdefault(_DOUBLED.sub(r"\1", last), []).append(r)
            self.__dict__["_variants"] = table
        for r in reversed(table.get(_DOUBLED.sub(r"\1", word), [])):
            if r.end > run.start:
                continue
            if normalise(self.toks[r.last].text).removesuffix("'s") == word:
                return None                      # the same spelling: not a variant
            rm = self.mention_of(r)
            if rm is None or rm.entity == m.entity or self.entities.get(rm.entity) is None or \
                    self.entities[rm.entity].kind not in ("player", "person") or self.is_outlet(r):
                return None
            return Speaker(self.entities[rm.entity].name or r.text, rm.entity)
        return None

    def _main_player_kept(self, m: Mention | None, near: Speaker) -> bool:
        """A bare surname the entity step gave to the article's player stays his when the other
        full name is another player (his brother at another club), not a coach or a relative."""
        if m is None or m.via == "description" or near.entity == m.entity:
            return False
        main = self.main_player()
        mm = self.mention_of(main) if main is not None else None
        if mm is None or mm.entity != m.entity:
            return False
        other = self.entities.get(near.entity)
        return other is not None and other.kind == "player"

    def _emphatic_main(self, run: NameRun, m: Mention | None) -> bool:
        """"Novak himself spoke to reporters": a bare surname with an emphatic "himself"/"herself",
        which the entity step gave to the article's own player, is that player, not the relative
        sharing his surname who was quoted just before."""
        k = run.last + 1
        if m is None or k >= len(self.toks) or self.toks[k].lower not in ("himself", "herself"):
            return False
        main = self.main_player()
        mm = self.mention_of(main) if main is not None else None
        return mm is not None and mm.entity == m.entity

    def _other_first_name(self, run: NameRun, entity: str) -> bool:
        """Does a full name in the prose give a different first name than the entity's (the
        player's father sharing his surname)?"""
        e = self.entities.get(entity)
        if e is None or run.last == run.first or e.kind == "club":
            return False
        mine = normalise(run.text)
        forms = [normalise(n) for n in [e.name, *e.aliases] if n]
        if mine in forms or any(f.endswith(" " + mine) for f in forms):
            return False
        if any(" " in f and mine.endswith(" " + f) for f in forms):
            return False          # "Commandant X Y", "Sheikh X Y": a title before the full name
        first, last = mine.split()[0], mine.split()[-1]
        for f in forms:
            w = f.split()
            if len(w) > 1 and w[-1] == last and len(first) > 2 and len(w[0]) > 2 and \
                    not (w[0].startswith(first) or first.startswith(w[0])):
                return True
        return False

    def _nearest_full_name(self, run: NameRun) -> Speaker | None:
        """For a bare surname several full names of the article end with: the speaker named in
        full most recently before it ("Lille coach Olivier Marchand ... Marchand said", while a
        Ryan Marchand plays elsewhere in the story)."""
        key = (normalise(self.toks[run.first].text).removesuffix("'s"),)
        cache = self.__dict__.setdefault("_fulls", {})
        if key not in cache:
            fulls = [r for r in self._by_tail.get(key, []) if r.last > r.first and not self.is_outlet(r)
                     and r.last - r.first < 4]
            cache[key] = (fulls, [r.end for r in fulls], len({normalise(r.text) for r in fulls}) > 1)
        fulls, ends, shared = cache[key]
        k = bisect.bisect_right(ends, run.start)
        if not shared or k == 0:
            return None
        r = fulls[k - 1]
        m = self.mention_of(r)
        if m is None or self.entities.get(m.entity) is None or \
                self.entities[m.entity].kind not in ("player", "person"):
            return None
        return Speaker(r.text, m.entity)

    def entity_by_name(self, name: str) -> str | None:
        """An entity whose name or alias is this name (or ends with it, if only one does)."""
        if not self.entities:
            return None
        key = _unhyphen(normalise(name))          # "Fonseca Alves" is "Fonseca-Alves"
        exact, tails = _name_index(self.entities)
        if key in exact:
            return exact[key]
        tail = tails.get(key, ())
        return tail[0] if len(tail) == 1 else None

    # -- referents ------------------------------------------------------------------------
    def person_like(self, run: NameRun) -> bool:
        if run.after_prep or run.after_det or run.possessive or run.before_role or self.is_outlet(run):
            return False
        if self.toks[run.last].lower in _VENUE_WORDS or self._native_place(run):
            return False
        return self.kind_of_run(run) in (None, "player", "person")

    def _native_place(self, run: NameRun) -> bool:
        """"in his native (Flemish) Brabant", "her native Galicia": a home region or town, never
        a person."""
        toks = self.toks
        for k in (run.first - 1, run.first - 2):
            if k < 0 or toks[k].para != run.para:
                return False
            if toks[k].lower == "native":
                return True
            if not (toks[k].word and toks[k].cap):
                return False
        return False

    def person_like_loose(self, run: NameRun) -> bool:
        """Like `person_like`, but a name after a role word or preposition still counts
        ("under coach Henrique Baptista")."""
        if run.possessive or run.before_role or self.is_outlet(run) or self.toks[run.last].lower in _VENUE_WORDS:
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
                r = next((r for r in self.runs if r.start <= m.start < r.end or m.start <= r.start < m.end), None)
                if r is not None and self.is_outlet(r):
                    continue                     # "episode 87 of X, the podcast": a show, no player
                if r is not None:
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
