"""Context cues: what the words around a name say about it.

"Southampton manager Mauricio Pellegrino" -> person, role manager, club Southampton;
"Lazio centre-half Wesley Hoedt" -> player, defender, club Lazio; "X, 24," -> age 24;
"Klopp's men" -> Klopp manages a club. Each cue adds weight to player or person; the
identity step adds the weights up over every mention in the corpus.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .gazetteer import Match
from .lexicon import Lexicon
from .tokens import HARD, HYPHEN, Tok

# words just before a name that make it the object of a transfer: a player
_TRANSFER_BEFORE = {("signed",), ("sign",), ("signing", "of"), ("signings", "of"), ("bid", "for"),
                    ("move", "for"), ("offer", "for"), ("offers", "for"), ("deal", "for"), ("swoop", "for"),
                    ("interest", "in"), ("pursuit", "of"), ("replacement", "for"), ("sold",), ("selling",),
                    ("sell",), ("recruit",), ("loaned",), ("arrival", "of"), ("arrivals", "of"), ("sale", "of"),
                    ("departure", "of"), ("capture", "of"), ("chase", "for"), ("race", "for"), ("move", "of"),
                    ("bids", "for"), ("approach", "for"), ("enquiry", "for"), ("enquired", "about"),
                    ("fee", "for"), ("price", "for"), ("valuation", "of"), ("target",), ("loan", "of"),
                    ("successor", "for"), ("such", "as"), ("including",), ("linked", "with"), ("tabs", "on"),
                    ("monitoring",), ("watching",), ("scouting",), ("eyeing",), ("admirer", "of")}
_PERSON_BEFORE = {("under",), ("appointed",), ("sacked",), ("hired",), ("managed", "by"), ("coached", "by"),
                  ("owned", "by"), ("chaired", "by")}
# "X, who took over at ..." / "the Norwegian who managed ..."
PERSON_VERBS = {"managed", "coached", "replaced", "appointed", "took", "manages", "coaches",
                "oversaw", "oversees", "steered", "sacked", "hired", "succeeded", "led"}
# after "X's"
_MAN_FORM = {"men", "side", "team", "charges", "troops", "squad", "boys", "lads", "outfit"}
_PLAYER_POSS = {"agent", "agents", "representative", "representatives", "advisors", "advisers", "adviser",
                "advisor", "entourage", "camp", "release", "contract", "signature", "future", "move",
                "transfer", "debut", "goal", "goals", "medical", "departure", "arrival", "wages", "insistence",
                "desire", "stance", "fitness", "injury", "form", "performances", "career", "sale", "loan"}
_TEAMMATE = {("team", "mate"), ("teammate",), ("team-mate",), ("target",), ("signing",), ("loanee",),
             ("recruit",), ("arrival",), ("purchase",), ("youngster",), ("teenager",), ("man",)}
_RELATIVE = {"father", "uncle", "cousin", "mother", "dad", "grandfather", "wife"}
_PLAYER_VERBS = {"scored", "scores", "joined", "signed", "plays", "played", "netted", "kept", "came",
                 "started", "trained", "trains", "passed", "completed", "underwent", "featured", "captained",
                 "assisted", "debuted", "moved", "arrived", "wants", "refused", "remains", "made", "grew"}
_SPEECH = {"said", "says", "told", "added", "insisted", "admitted", "explained", "revealed", "claimed",
           "stated", "commented", "continued", "declared", "confirmed", "replied", "warned", "believes",
           "reiterated", "urged", "concluded", "remarked", "joked", "stressed"}
_MODIFIERS = {"the", "a", "an", "his", "their", "its", "former", "ex", "new", "veteran", "experienced", "young",
              "interim", "caretaker", "club", "club's", "current", "long-time", "long", "time", "highly",
              "rated", "teenage", "talented", "powerful", "prolific", "towering", "exciting", "promising",
              "departing", "outgoing", "incoming", "departed", "loan", "loanee", "star", "wantaway",
              "record", "signing", "first", "team", "senior", "youth", "under", "21", "23", "u21", "u23", "fellow",
              "international", "then", "fellow", "compatriot", "countryman", "german-born", "older", "younger",
              "elder", "twin", "late", "legendary", "iconic", "respected", "renowned", "well", "known",
              "respected", "influential", "academy", "product", "graduate", "homegrown", "boyhood", "own",
              "left", "right", "footed", "dutch-born", "main", "top", "key", "second", "third", "first-choice",
              "first", "choice", "regular", "reserve", "backup", "back-up", "deputy", "number", "one", "two",
              "new", "big", "money", "bargain", "free", "agent", "contract", "aging", "ageing",
              "injured", "in-form", "form", "demand", "sought", "after", "attacking", "defensive",
              "central", "wide", "holding", "creative", "teammate", "team-mate", "long-serving", "serving",
              "also", "sporting", "technical", "football", "head", "chief", "assistant", "executive",
              "general", "managing", "vice", "co", "first-team", "goalkeeping", "fitness", "recruitment"}


@dataclass
class Cues:
    """What the context of one mention says."""
    player: float = 0.0
    person: float = 0.0
    role: str | None = None
    position: str | None = None
    nationality: str | None = None
    age: int | None = None
    club: str | None = None          # club key (local) the mention is attached to ("Southampton manager X")
    former: list[str] = field(default_factory=list)
    manager_form: tuple[int, int] | None = None   # char span of "X's men"
    speaker: bool = False
    club_evidence: list[str] = field(default_factory=list)   # why an unknown run would be a club

    def add(self, other: "Cues") -> None:
        self.player += other.player
        self.person += other.person
        for name in ("role", "position", "nationality", "age", "club"):
            if getattr(self, name) is None and getattr(other, name) is not None:
                setattr(self, name, getattr(other, name))
        self.former += [f for f in other.former if f not in self.former]
        self.speaker = self.speaker or other.speaker


_AGE = re.compile(r"\d{1,2}")


class Context:
    """Token-level view of one article that cue readers share."""

    def __init__(self, toks: list[Tok], matches: list[Match], body: str, lex: Lexicon,
                 club_key_of: dict[int, str]) -> None:
        self.toks = toks
        self.body = body
        self.lex = lex
        self.match_at: dict[int, Match] = {}      # token index -> match covering it
        for m in matches:
            for k in range(m.i, m.j):
                self.match_at[k] = m
        self.club_key_of = club_key_of           # match.i -> local club key, for resolved club matches

    # -- helpers ---------------------------------------------------------------------------
    def phrase_before(self, i: int, table: dict | set, maxlen: int) -> tuple[int, object] | None:
        """Longest phrase from `table` ending just before token i: (its first token, value)."""
        toks = self.toks
        if i == 0 or toks[i - 1].norm not in self.lex.lasts.get(id(table), ()):
            return None
        for L in range(min(maxlen, i), 0, -1):
            a = i - L
            if any(toks[k].sep == HARD for k in range(a + 1, i)):
                continue
            key = tuple(toks[k].norm for k in range(a, i))
            if key in table:
                return a, (table[key] if isinstance(table, dict) else key)
        return None

    def phrase_at(self, i: int, table: dict | set, maxlen: int) -> tuple[int, object] | None:
        """Longest phrase from `table` starting at token i: (one past its end, value)."""
        toks = self.toks
        n = len(toks)
        if i >= n or toks[i].norm not in self.lex.firsts.get(id(table), ()):
            return None
        for L in range(min(maxlen, n - i), 0, -1):
            b = i + L
            if any(toks[k].sep == HARD for k in range(i + 1, b)):
                continue
            key = tuple(toks[k].norm for k in range(i, b))
            if key in table:
                return b, (table[key] if isinstance(table, dict) else key)
        return None

    def age_before(self, i: int) -> tuple[int, int] | None:
        """'24-year-old' ending just before token i: (first token, age)."""
        t = self.toks
        if i >= 3 and t[i - 1].norm == "old" and t[i - 2].norm == "year" and t[i - 1].sep == HYPHEN \
                and t[i - 2].sep == HYPHEN and _AGE.fullmatch(t[i - 3].norm):
            return i - 3, int(t[i - 3].norm)
        return None

    def gap_text(self, a_tok: int, b_tok: int) -> str:
        """The characters between token a_tok's end and token b_tok's start."""
        return self.body[self.toks[a_tok].poss_end:self.toks[b_tok].start]

    # -- cues for a name at tokens [i, j) ---------------------------------------------------
    def name_cues(self, i: int, j: int) -> Cues:
        c = Cues()
        self._left(i, c)
        self._right(j, c)
        return c

    def _left(self, i: int, c: Cues) -> None:
        toks, lex = self.toks, self.lex
        if i == 0:
            return
        k = i
        appos = False
        if toks[i].sep == HARD and self.gap_text(i - 1, i).strip() == ",":
            appos = True          # "His agent, Paulo Sequeira," / "Villa's president ..., Henrik X"
        elif toks[i].sep == HARD:
            return
        # honorifics
        if toks[k - 1].norm in lex.honorifics:
            k -= 1
        hit = self.phrase_before(k, lex.person_roles, lex.role_max)
        pos = self.phrase_before(k, lex.positions, lex.role_max)
        pw = self.phrase_before(k, lex.player_words, lex.role_max)
        best = max((x for x in (hit and ("role", hit), pos and ("pos", pos), pw and ("pw", pw)) if x),
                   key=lambda x: -x[1][0], default=None)
        w = 2.0 if appos else 3.0
        if best:
            what, (a, val) = best
            if what == "role":
                c.person += w
                c.role = val
            elif what == "pos":
                c.player += w
                c.position = val
            else:
                c.player += w * 0.7
            self._modifiers(a, c)
            if what != "role" and val not in _TEAMMATE and self._former_before(a):
                # "Former Gunners captain Tony X said on talkSPORT": a retired player, now quoted
                c.player -= w
                c.person += 1.0
                c.role = c.role or "former player"
                c.position = None
            return
        if toks[k - 1].norm in _RELATIVE:
            c.person += 0.5
            # "Di Lauro's agent, his cousin Stefano Di Lauro": the role before the relative
            r = k - 1
            if r > 0 and toks[r - 1].norm in ("his", "her", "their", "the") and toks[r].sep != HARD:
                r -= 1
            if r > 0 and toks[r].sep == HARD and self.gap_text(r - 1, r).strip() == ",":
                role = self.phrase_before(r, lex.person_roles, lex.role_max)
                if role:
                    c.person += 2.0
                    c.role = role[1]
            return
        if appos:
            return
        age = self.age_before(k)
        if age:
            c.age = age[1]
            if age[1] <= 37:
                c.player += 1.5
            elif age[1] >= 40:
                c.person += 1.5
            self._modifiers(age[0], c)
            return
        m = self.match_at.get(k - 1)
        if m and m.best.cat == "nat_noun":          # "the departing Dane Mikkel Sørbø"
            c.nationality = m.best.ref
            return
        if m and m.best.cat == "club" and toks[k - 1].poss and m.j == k:   # "Twente's Sem X"
            c.club = self.club_key_of.get(m.i)
            c.player += 0.5
            return
        for L in (2, 1):
            if k - L >= 0 and all(toks[x].sep != HARD for x in range(k - L + 1, k + 1)):
                key = tuple(toks[x].norm for x in range(k - L, k))
                if key in _TRANSFER_BEFORE:
                    c.player += 1.5
                    return
                if key in _PERSON_BEFORE:
                    c.person += 2.0
                    c.role = c.role or "manager"
                    return
        if toks[k - 1].norm in _SPEECH:
            c.speaker = True

    def _former_before(self, a: int) -> bool:
        """'former' / 'ex-' within the modifiers just before token a (a club name may sit between)."""
        toks = self.toks
        k = a
        for _ in range(4):
            if k <= 0 or toks[k].sep == HARD:
                return False
            m = self.match_at.get(k - 1)
            if m is not None:
                k = m.i
                continue
            if toks[k - 1].norm in ("former", "ex"):
                return True
            k -= 1
        return False

    def _modifiers(self, a: int, c: Cues) -> None:
        """Read leftwards from token a over '[the] [former] Club's Dutch ...' modifiers."""
        toks, lex = self.toks, self.lex
        k = a
        steps = 0
        while k > 0 and steps < 7 and toks[k].sep != HARD:
            steps += 1
            m = self.match_at.get(k - 1)
            if m:
                e = m.best
                if e.cat in ("nat_adj", "country"):
                    c.nationality = c.nationality or e.ref
                elif e.cat == "club":
                    key = self.club_key_of.get(m.i)
                    before = toks[m.i - 1].norm if m.i > 0 else ""
                    if key and (before in ("former", "ex") or (m.i > 0 and toks[m.i].sep == HYPHEN and before == "ex")):
                        c.former.append(key)
                    elif key and c.club is None:
                        c.club = key
                elif e.cat == "notpage":
                    pass
                else:
                    break
                k = m.i
                continue
            age = self.age_before(k)
            if age:
                c.age = age[1]
                k = age[0]
                continue
            t = toks[k - 1]
            if t.norm in _MODIFIERS or t.norm in lex.particles:
                k -= 1
                continue
            break

    def _right(self, j: int, c: Cues) -> None:
        toks, lex = self.toks, self.lex
        n = len(toks)
        last = toks[j - 1]
        if last.poss and j < n:
            nxt = toks[j].norm
            if nxt in _MAN_FORM:
                c.person += 3.0
                c.role = c.role or "manager"
                c.manager_form = (toks[j - 1].start, toks[j].end)
                # "Jurgen Klopp's men": the span starts at the name, set by the caller
            elif nxt in _PLAYER_POSS:
                c.player += 0.7
            return
        if j >= n:
            return
        gap = self.gap_text(j - 1, j)
        t = toks[j]
        if gap.strip() in (",", "(") and _AGE.fullmatch(t.norm) and j + 1 <= n:
            after = self.body[t.end:t.end + 1]
            if after in (",", ")", " ") and 15 <= int(t.norm) <= 80:
                age = int(t.norm)
                c.age = age
                if age <= 37:
                    c.player += 1.5
                elif age >= 40:
                    c.person += 1.5
                return
        if gap.strip() == "," and t.norm in ("the", "a", "an", "his", "their", "who"):
            if t.norm == "who" and j + 1 < n:
                nv = toks[j + 2].norm if toks[j + 1].norm in ("also", "previously", "once", "has", "had") \
                    and j + 2 < n else toks[j + 1].norm
                if nv in PERSON_VERBS:
                    c.person += 1.5
                    return
                if toks[j + 1].norm in _PLAYER_VERBS or (toks[j + 1].norm in ("has", "had", "was", "is")
                                                          and j + 2 < n and toks[j + 2].norm in _PLAYER_VERBS):
                    c.player += 1.0
                return
            self._apposition(j + 1, c)
            return
        if toks[j].sep == HARD:
            return
        if t.norm in _SPEECH:
            c.speaker = True
            return
        if t.norm in _PLAYER_VERBS:
            c.player += 0.8
        elif t.norm in ("has", "had", "is", "was") and j + 1 < n and toks[j + 1].norm in _PLAYER_VERBS:
            c.player += 0.8

    def _apposition(self, k: int, c: Cues) -> None:
        """', the Dutch international,' / ', a former Braga youth player,' after a name."""
        toks, lex = self.toks, self.lex
        n = len(toks)
        steps = 0
        while k < n and steps < 7:
            steps += 1
            if steps > 1 and toks[k].sep == HARD:
                return
            m = self.match_at.get(k)
            if m:
                e = m.best
                if e.cat in ("nat_adj", "country"):
                    c.nationality = c.nationality or e.ref
                elif e.cat == "nat_noun":
                    c.nationality = c.nationality or e.ref
                    return
                elif e.cat == "club":
                    key = self.club_key_of.get(m.i)
                    before = toks[m.i - 1].norm if m.i > 0 else ""
                    if key and before in ("former", "ex"):
                        c.former.append(key)
                    elif key and c.club is None:
                        c.club = key
                k = m.j
                continue
            hit = self.phrase_at(k, lex.person_roles, lex.role_max)
            pos = self.phrase_at(k, lex.positions, lex.role_max)
            if hit or pos:
                if pos and (not hit or pos[0] >= hit[0]):
                    c.player += 2.0
                    c.position = pos[1]
                else:
                    c.person += 2.0
                    c.role = hit[1]
                return
            pw = self.phrase_at(k, lex.player_words, lex.role_max)
            if pw and toks[k].norm != "man":
                c.player += 1.2
                return
            if toks[k].norm == "who" and k + 1 < n:
                nv = toks[k + 2].norm if toks[k + 1].norm in ("also", "previously", "once", "has", "had") \
                    and k + 2 < n else toks[k + 1].norm
                if nv in PERSON_VERBS:
                    c.person += 1.5
                return
            if toks[k].norm in _MODIFIERS or _AGE.fullmatch(toks[k].norm) or toks[k].norm in ("year", "old"):
                if toks[k].norm == "old" and k >= 2 and toks[k - 1].norm == "year" and _AGE.fullmatch(toks[k - 2].norm):
                    c.age = int(toks[k - 2].norm)
                k += 1
                continue
            return

    # -- cues that an unknown run is a club --------------------------------------------------
    def club_cues(self, i: int, j: int) -> list[str]:
        toks, lex = self.toks, self.lex
        n = len(toks)
        why: list[str] = []
        if i > 0 and toks[i].sep != HARD:
            for L in (2, 1):
                if i - L < 0 or any(toks[x].sep == HARD for x in range(i - L + 1, i + 1)):
                    continue
                key = tuple(toks[x].norm for x in range(i - L, i))
                if key in _CLUB_BEFORE:
                    why.append(" ".join(key) + " X")
                    break
            prev = self.match_at.get(i - 1)
            if prev is None and i >= 2 and toks[i - 1].norm in _CLUB_HEAD_WORDS:
                m2 = self.match_at.get(i - 2)
                if m2 and m2.best.cat in ("nat_adj", "country", "notpage") and toks[i - 1].sep != HARD:
                    why.append(f"{toks[i - 2].text} {toks[i - 1].text} X")
        if j < n and toks[j].sep != HARD:
            if toks[j - 1].poss:
                if toks[j].norm in _CLUB_AFTER_POSS:
                    why.append(f"X's {toks[j].norm}")
            else:
                hit = self.phrase_at(j, lex.person_roles, lex.role_max)
                pos = self.phrase_at(j, lex.positions, lex.role_max)
                for h in (hit, pos):
                    if h and h[0] < n and toks[h[0]].cap and toks[h[0]].sep != HARD \
                            and self.match_at.get(h[0]) is None:
                        why.append(f"X {toks[j].norm} <name>")
                        break
                else:
                    if toks[j].norm in _CLUB_AFTER:
                        why.append(f"X {toks[j].norm}")
        return why


_CLUB_BEFORE = {("joined",), ("join",), ("joining",), ("signed", "for"), ("sign", "for"), ("signing", "for"),
                ("move", "to"), ("moved", "to"), ("switch", "to"), ("loan", "at"), ("loan", "to"),
                ("loan", "with"), ("spell", "at"), ("spell", "with"), ("played", "for"), ("plays", "for"),
                ("playing", "for"), ("against",), ("from",), ("win", "over"), ("victory", "over"),
                ("defeat", "to"), ("defeat", "by"), ("draw", "with"), ("friendly", "with"), ("rivals",),
                ("stint", "at"), ("stint", "with"), ("left",), ("leave",), ("joins",), ("re-joined",),
                ("rejoined",), ("rejoin",), ("loan", "from"), ("arrived", "from"), ("signed", "from"),
                ("friendly", "against"), ("debut", "at"), ("debut", "for"), ("charge", "of"), ("coach", "of"),
                ("manager", "of"), ("boss", "of"), ("coached",), ("managed",)}
WEAK_CLUB_BEFORE = {"from X", "left X", "leave X", "rivals X"}
_CLUB_HEAD_WORDS = {"side", "club", "outfit", "giants", "team", "champions", "minnows", "rivals"}
_CLUB_AFTER = {"boss", "manager", "coach", "chairman", "president", "director", "owner", "owners", "fans",
               "supporters", "academy", "youth", "board", "hierarchy", "captain", "striker", "defender",
               "midfielder", "goalkeeper", "keeper", "winger", "forward", "first"}
_CLUB_AFTER_POSS = {"academy", "youth", "first", "fans", "supporters", "president", "boss", "manager",
                    "coach", "chairman", "owner", "owners", "board", "hierarchy", "squad", "stadium",
                    "ground", "captain", "striker", "defender", "midfielder", "goalkeeper", "winger",
                    "forward", "reserves", "under-21s", "b", "manager", "sporting", "technical",
                    "director", "training"}
