"""Sagas: a player's would-be move, grouped from the articles that tell it.

Which club he would leave, which he would join, who else is linked, the
status and the fees all come from words around the names (data/saga_cues.yaml);
nothing here knows a club or a player.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from functools import lru_cache, partial
from itertools import takewhile

from .cache import memo, text_key
from .datafiles import load
from .model import Article, Entity, Mention, Saga
from .slugs import SlugRegistry
from .text import fold
from .timeline.lexicon import lexicon as timeline_words
from .timeline.lexicon import sentence_spans

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


_TOKEN = re.compile(r"'s\b|'|[^\W_][\w'\-]*")
_TERM = re.compile(r"[^\W_][\w-]*-(?:year|month|season)s?")     # "two-year", "18-month": the cue word "nyear"
# a clause ends: the cue is not about this club (but "€700,000" or "19:52" goes on)
_STOP = re.compile(r"[!?;\n]|(?<!\d)[.:,]|[.:,](?!\d)")
_PAST = re.compile(r"\s*(?:in (?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* )?(?:19|20)\d\d|last (?:season|summer|year|january)|(?:two|three|four|five) (?:years|summers|seasons|windows) ago)\b")
_AT_AGE = r"(?:\w+ ){0,3}at the age of"
# "joined CLUB's academy", "joined CLUB as a boy", "... at the age of nine": the club he grew up at
_GREW_UP = re.compile(r"\s*(?:(?:'s? )?(?:academy|youth (?:set-up|setup|system|ranks|team|academy))"
                      rf"|as an? (?:boy|child|schoolboy|teenager|youngster)|{_AT_AGE})\b")
# "joined the club from CLUB at the age of seventeen": where he came from as a boy, his past
_AS_A_BOY = re.compile(rf"\s*{_AT_AGE}\b")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


def _sentence_start(low: str, pos: int, floor: int = 0) -> int:
    """Where the sentence holding `pos` starts: after the last stop or line break in [floor, pos),
    or at `floor` when there is none."""
    return max(floor, max(low.rfind(ch, floor, pos) for ch in ".!?\n") + 1)


def _sentence_end(low: str, pos: int) -> int:
    """Where the sentence holding `pos` ends (its stop or line break), or the end of the text."""
    end = _SENTENCE_END.search(low, pos)
    return end.start() if end else len(low)


class _Cues:
    """saga_cues.yaml as lookup tables of token tuples (longest match first)."""

    def __init__(self, c: dict) -> None:
        def table(d: dict) -> dict[tuple[str, ...], tuple[str, float]]:
            return {tuple(_TOKEN.findall(fold(k).lower())): (role, float(w)) for k, (role, w) in d.items()}
        self.before, self.after = table(c["before"]), table(c["after"])
        self.player_side = table(c.get("player_before", {}))
        self.before_len = max(map(len, [*self.before, *self.player_side]))
        self.after_len = max(map(len, self.after))
        self.skip: dict[str, list[tuple[str, ...]]] = {}
        for phrase in sorted((tuple(_TOKEN.findall(fold(k).lower())) for k in c["skip"]), key=len, reverse=True):
            self.skip.setdefault(phrase[0], []).append(phrase)
        nouns = c["club_then_player"]
        self.nouns = {w for k in nouns["nouns"] for w in _TOKEN.findall(fold(k).lower())}
        self.noun_weight = float(nouns["weight"])
        self.not_before_noun = frozenset(nouns.get("not_before_noun", ()))
        self.units = {w for k in nouns.get("units", ()) for w in _TOKEN.findall(fold(k).lower())}
        self.descriptors = frozenset(fold(w).lower() for w in c.get("descriptor_nouns", ()))
        self.descriptor_words = int(c.get("descriptor_words", 0))
        asides = sorted((re.escape(fold(a).lower()) for a in c.get("asides", ())), key=len, reverse=True)
        self.aside = re.compile(r"\s*,\s*(?:%s)\s*," % "|".join(asides)) if asides else None
        self.after_scan = int(c.get("after_scan_words", 5))
        self.bid_nouns = frozenset(c.get("bid_for", {}).get("nouns", ()))
        self.bid_verbs = frozenset(c.get("bid_for", {}).get("verbs", ()))
        self.bid_weight = float(c.get("bid_for", {}).get("weight", 0))
        self.offer_nouns = frozenset(c.get("offer_from", {}).get("nouns", ()))
        self.sum_words = frozenset(c.get("sum_words", ()))
        self.past = tuple(c["past_club_prefixes"])
        self.lead = float(c.get("lead_weight", 1))
        self.also = float(c.get("also_weight", 1))
        self.from_to = float(c.get("from_to_weight", 3))
        self.named_most = float(c.get("named_most_weight", 0))
        self.clubless = _phrases(c.get("clubless", ()))
        sale = c.get("sale_talks") or {}
        self.talks = frozenset(fold(w).lower() for w in sale.get("talks", ()))
        self.sale = _phrases(sale.get("sale", ()))
        self.left_state = _phrases(c.get("left_states", ()), r"\s*")
        self.swoop = _phrases(c.get("rival_swoop", ()))
        self.swap = _phrases(c.get("swap", ()))
        self.stays = _phrases(c.get("stays", ()), r"\s*(?:(?:is|will|would|has|must)\s+)?")

    def sale_talks(self, low: str, at: int) -> bool:
        """Whether the sentence of the club named at `at` holds talks about a sale of the player
        after it ("CLUB have opened talks with CLUB2 over the sale of PLAYER")."""
        if self.sale is None:
            return False
        sale = self.sale.search(low, at, _sentence_end(low, at))
        start = _sentence_start(low, at)
        return sale is not None and any(w in self.talks for w in _TOKEN.findall(low[start:sale.start()]))

    def his_club(self, between: list[str]) -> bool:
        """Whether the words between a club and the player make it his club: nothing but a
        possessive ("CLUB's PLAYER"), or a role noun with at most one word before it
        ("CLUB striker", "CLUB's Brazilian winger")."""
        words = [w for w in between if w not in ("'s", "'")]
        if not words:
            return bool(between)
        return len(words) <= 2 and words[-1] in self.nouns and words[0] not in self.not_before_noun

    def his_club_after(self, after: list[str]) -> bool:
        """Whether the words after a club in apposition to the player make it his club:
        "PLAYER, CLUB's (best) left-back"."""
        return after[:1] in (["'s"], ["'"]) and any(w in self.nouns for w in after[1:4])

    def through_descriptor(self, before: list[str], player_side: dict | None) -> tuple[str, float] | None:
        """The cue before a describing phrase ("a bid from [League Two rivals] CLUB")."""
        if not before or before[-1] not in self.descriptors:
            return None
        for d in range(2, min(self.descriptor_words, len(before)) + 1):
            head = before[:-d]
            if head and head[-1] in ("the", "a", "an", "fellow"):
                continue                                # the phrase goes on: "a [Serie A side]"
            hit = _longest(self.before, head, self.before_len, True, player_side)
            if hit:
                return hit
        return None


def _phrases(words, head: str = "") -> re.Pattern | None:
    """One whole-word pattern of cue phrases (folded, lower-cased), longest first; `head` anchors it."""
    alternatives = sorted((re.escape(fold(w).lower()) for w in words), key=len, reverse=True)
    return re.compile(r"%s\b(?:%s)\b" % (head, "|".join(alternatives))) if alternatives else None


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    return _Cues(cues())


def _longest(table: dict, tokens: list[str], most: int, from_end: bool,
             first: dict | None = None) -> tuple[str, float] | None:
    """The cue of the longest phrase of `table` (or of `first`, looked up before it) that ends
    (`from_end`) or starts `tokens`."""
    for k in range(min(most, len(tokens)), 0, -1):
        key = tuple(tokens[-k:] if from_end else tokens[:k])
        got = (first or {}).get(key) or table.get(key)
        if got is not None:
            return got
    return None


def _through_amount(tokens: list[str], sum_words: frozenset[str]) -> list[str] | None:
    """`tokens` (ending in "to") without the sum before that "to" ("offer of 1 2 million bonuses
    included to" -> "offer to"), or None when no sum stands there."""
    k = len(tokens) - 1
    while k > 0 and len(tokens) - 1 - k < 8 and (tokens[k - 1] in sum_words or tokens[k - 1][:1].isdigit()):
        k -= 1
    if k == len(tokens) - 1 or not any(t[:1].isdigit() for t in tokens[k:]):
        return None
    return tokens[:k] + ["to"]


def _ends_between(ends: list[int], lo: int, hi: int) -> bool:
    """Whether one of the sorted `ends` lies in [lo, hi]."""
    i = bisect.bisect_left(ends, lo)
    return i < len(ends) and ends[i] <= hi


def _skip(tokens: list[str], skips: dict[str, list[tuple[str, ...]]], most: int = 6) -> tuple[list[str], bool]:
    """`tokens` without the auxiliaries and adverbs that open them ("have this week"), and
    whether "also" was among them. `skips`: the skip phrases by first word, longest first."""
    i, also = 0, False
    while i < len(tokens) and most > 0:
        for phrase in skips.get(tokens[i], ()):
            if tuple(tokens[i:i + len(phrase)]) == phrase:
                also = also or phrase == ("also",)
                i += len(phrase)
                most -= 1
                break
        else:
            break
    return tokens[i:], also


def _closes_apposition(low: str, ordered: list[Mention], i: int) -> bool:
    """Whether the club mention `ordered[i]` ends an apposition of its own club in its sentence
    ("CLUB, the Superliga side known as the N, have ..."): the verb after the comma is the club's."""
    m = ordered[i]
    j = i - 1
    while j >= 0 and ordered[j].entity == m.entity and not _SENTENCE_END.search(low, ordered[j].end, m.start):
        if low.startswith(", ", ordered[j].end):
            return True
        j -= 1
    return False


def _club_roles(low: str, club_mentions: list[Mention], subject_starts: list[int] = (),
                lead_end: int = 0, subject_ends: list[int] = (),
                subject_descs: list[tuple[int, int]] = ()) -> tuple[Counter, Counter]:
    """Score each club as the one being left (from) and the one being joined (to).

    `low` is the folded, lower-cased body. A mention's role comes from the words just before it
    ("a move to CLUB") and just after it ("CLUB have made an offer", "CLUB striker PLAYER"), each
    the longest phrase of the cue data that fits; cues in the lead sentence weigh more.
    `subject_descs`: the spans of descriptions of the player, in text order ("the CLUB striker").
    """
    c = _cues()
    frm, to = Counter(), Counter()
    ordered = sorted(club_mentions, key=lambda m: m.start)
    moved_from = False
    rival_until: dict[str, int] = {}    # "CLUB are also watching, with NICKNAME set to bid": one rival
    for i, m in enumerate(ordered):
        left_edge = max(0, m.start - 60, ordered[i - 1].end if i else 0)
        left = low[left_edge:m.start]
        if left[-30:].endswith(c.past):
            continue
        clause = left_edge + max((s.end() for s in _STOP.finditer(left)), default=0)
        left = low[clause:m.start]
        right_edge = min(len(low), m.end + 80, ordered[i + 1].start if i + 1 < len(ordered) else len(low))
        right = low[m.end:right_edge]
        aside = c.aside.match(right) if c.aside else None
        if aside:                                      # "CLUB, however, are ...": often a rival's
            right = right[aside.end():]
        cut = _STOP.search(right)
        if cut is not None and cut.start() == 0 and right[:1] == "," and _closes_apposition(low, ordered, i):
            right = right[1:]                          # "CLUB, the Superliga side known as the N, have tabled a bid"
            cut = _STOP.search(right)
        right = right[:cut.start()] if cut else right
        weight = c.lead if m.start < lead_end else 1.0
        got = []
        before = [("nyear" if _TERM.fullmatch(t) else t) for t in _TOKEN.findall(left)]
        indefinite = bool(before) and before[-1] in ("a", "an")
        if before and before[-1] in ("the", "a", "an"):
            before.pop()
        # "PLAYER has turned down a new deal and is in talks with CLUB": he holds the talks, however
        # long the clause (only the last 60 characters are read for the club's own cue)
        far = low.rfind("\n", max(0, m.start - 240), m.start)
        far = max(far, *(low.rfind(ch, max(0, m.start - 240), m.start) for ch in ".!?;:"))
        player_side = c.player_side if _ends_between(subject_ends, far + 1, m.start) else None
        hit = _longest(c.before, before, c.before_len, True, player_side) \
            or c.through_descriptor(before, player_side)
        offer = bool(hit) and before[-1:] == ["from"] and hit == c.before.get(("from",)) \
            and any(t in c.offer_nouns for t in before[-9:-1])
        if offer:
            hit = ("to", c.bid_weight)                 # "a first approach for X earlier this month from CLUB"
        if not hit and before == ["to"]:
            # "an offer of €1.2 million, bonuses included, to CLUB": the cue before the sum
            wide = _through_amount(_TOKEN.findall(low[left_edge:m.start]), c.sum_words)
            hit = _longest(c.before, wide, c.before_len, True, player_side) if wide else None
        if not hit and moved_from and before[:1] in (["to"], ["for"]) and len(before) <= 4:
            hit = ("to", c.from_to)                    # "a move from CLUB to (Saudi side) CLUB2", "left CLUB for CLUB2"
        if not hit and "to" in before[-4:]:
            k = len(before) - 1 - before[::-1].index("to")
            at = low.rfind(" to ", left_edge, m.start)
            if (k == len(before) - 1 or before[-1] in c.descriptors) and at > 0 \
                    and _ends_between(subject_ends, at - 1, at):
                hit = ("to", c.noun_weight)            # "the departure of PLAYER to (Moroccan club) CLUB"
        if hit and hit[0] == "from" and c.left_state and c.left_state.match(right):
            hit = None                                 # "leaving CLUB furious": not his departure
        moved_from = bool(hit) and hit[0] == "from" and hit[1] >= c.from_to
        if hit:
            if _PAST.match(right):
                if hit[0] == "from":
                    continue                           # "joined X from CLUB in 2022": his past
                if hit[0] == "to":
                    hit = ("from", hit[1])             # "joined CLUB in 2022": his club since
            elif hit[0] == "to" and _GREW_UP.match(right):
                hit = ("from", hit[1])
            elif hit[0] == "from" and before[-1:] == ["from"] and _AS_A_BOY.match(right):
                continue
            at = m.start - len(" from ")                 # where the player's name would end
            if before[-1:] == ["from"] and not offer and low[left_edge:m.start].rstrip().endswith(" from") \
                    and _ends_between(subject_ends, at - 4, at + 4):
                hit = ("from", c.noun_weight)          # "the signing of PLAYER from CLUB"
            got.append(hit)
        d = bisect.bisect_left(subject_descs, (m.start,)) - 1
        if d >= 0 and subject_descs[d][1] >= m.end and c.his_club(_TOKEN.findall(low[m.end:subject_descs[d][1]])):
            frm[m.entity] += c.noun_weight * weight    # "the CLUB striker" (him; "the ex-CLUB man" stopped above)
            continue
        nxt = bisect.bisect_left(subject_starts, m.end)
        if nxt < len(subject_starts) and subject_starts[nxt] - m.end <= 40 \
                and not _SENTENCE_END.search(low, m.end, subject_starts[nxt]) \
                and c.his_club(_TOKEN.findall(low[m.end:subject_starts[nxt]])):
            got.append(("from", c.noun_weight))        # "CLUB striker PLAYER", "CLUB's PLAYER"
        elif not hit and low.endswith(", ", 0, m.start) and _ends_between(subject_ends, m.start - 2, m.start - 2) \
                and c.his_club_after(_TOKEN.findall(right)):
            got.append(("from", c.noun_weight))        # "PLAYER, CLUB's best left-back,"
        elif not hit:                                  # the object of a cue is no verb's subject
            words = _TOKEN.findall(right)
            if indefinite and words[:1] and words[0] in c.nouns:
                # "he is a CLUB player", "an CLUB man"; but "his first words as a CLUB player"
                first_as = before[-1:] == ["as"] and "first" in before[-4:-1]
                now = before[-1:] in (["now"], ["become"], ["becomes"]) or before[-2:] in (
                    ["is", "officially"], ["is", "finally"], ["to", "be"])      # "going to be an CLUB player"
                # the story's first sentence: "X is a CLUB player." announces the move
                lead = m.start < lead_end and before[-1:] == ["is"] and low.startswith(".", m.end + len(words[0]) + 1)
                got.append(("to" if first_as or now or lead else "from", c.noun_weight))   # "is now a CLUB player"
                words = []
            after, also = _skip(words, c.skip)
            also = also or bool(aside)
            # a rival's sentence counts once, however often it names the club
            again = rival_until.get(m.entity, -1) > m.start
            if also and not again:
                end = _SENTENCE_END.search(low, m.end, m.end + 400)
                rival_until[m.entity] = end.start() if end else m.end + 400
            mult = 0.0 if again else c.also if also else 1.0
            scan, possessive = c.after_scan, words[:1] in (["'s"], ["'"])
            if possessive:
                # "CLUB's (opening) bid": the cue is in the possessed noun phrase, which ends at
                # a preposition ("CLUB's resolve with a bid" is someone else's bid)
                scan = next((k for k, w in enumerate(after[:3]) if w in c.not_before_noun), min(3, len(after)))
                if any(w in c.nouns or w in c.units for w in after[:min(scan, 2)]):
                    got.append(("from", c.noun_weight * mult))   # "CLUB's top scorer", "CLUB's defence"
                    scan = 0
            for k in range(min(len(after), scan)):   # the first cue among its next words
                hit = _longest(c.after, after[k:], c.after_len, False)
                if hit:
                    got.append((hit[0], hit[1] * mult))
                    break
            if not got and not possessive:
                # "CLUB are ready to test X's resolve with a second bid for (striker) PLAYER": the
                # clause's bid is for him, however far from the club's name
                k = bisect.bisect_left(subject_starts, m.end)
                stop = _STOP.search(low, m.end, m.end + 200)
                if k < len(subject_starts) and subject_starts[k] < (stop.start() if stop else m.end + 200) \
                        and all(low.startswith("'", o.end) or low.endswith(" with ", 0, o.start) for o in takewhile(
                            lambda o: o.start < subject_starts[k], ordered[i + 1:i + 6])):
                    # only "X's resolve" or the seller ("an agreement with X") between
                    tail = _TOKEN.findall(low[m.end:subject_starts[k]])[-4:]
                    if any(a in c.bid_nouns and b == "for" or a == "to" and b in c.bid_verbs
                           for a, b in zip(tail, tail[1:])):
                        got.append(("to", c.bid_weight * mult))
        if got and c.sale_talks(low, m.start):
            got = [({"from": "to", "to": "from"}.get(role, role), w) for role, w in got]
        for role, w in got:
            if role == "from":
                frm[m.entity] += w * weight
            elif role == "to":
                to[m.entity] += w * weight
    return frm, to


def _sides(frm: Counter, to: Counter) -> tuple[str | None, str | None]:
    """The club he would leave and the one he would join: the two different clubs whose scores
    add up most (a club the articles call both keeps the side it scores higher on)."""
    cands_f = [None] + [c for c, _ in frm.most_common(6)]
    cands_t = [None] + [c for c, _ in to.most_common(6)]
    best = max(((frm.get(f, 0) + to.get(t, 0), -(f is None), -(t is None), f or "", t or "", f, t)
                for f in cands_f for t in cands_t if f is None or f != t),
               key=lambda row: row[:5])
    f, t = best[5], best[6]
    return (f if f and frm[f] > 0 else None), (t if t and to[t] > 0 else None)


@lru_cache(maxsize=1)
def _status_phrases() -> tuple[re.Pattern, dict[str, str | None]]:
    """One pattern of every status phrase, longest first (at one place the longer phrase wins:
    "has signed a new contract" is not "has signed"), and each phrase's status. Whole words only:
    "is off" is not "is offering"."""
    status = {fold(p).lower(): st for st, phrases in cues()["status"].items() for p in phrases}
    status.update({fold(p).lower(): None for p in cues().get("not_status", [])})
    # (a phrase may open with a comma: ", signing for CLUB", a clause that tells the move as done;
    # one look-behind for all the others keeps the pattern fast)
    ordered = sorted(status, key=len, reverse=True)
    words = "|".join(re.escape(p) for p in ordered if p[:1].isalnum())
    others = "|".join(re.escape(p) for p in ordered if not p[:1].isalnum())
    return re.compile(rf"(?:(?<!\w)(?:{words}){'|' + others if others else ''})(?!\w)"), status


@lru_cache(maxsize=1)
def _status_patterns() -> tuple[re.Pattern | None, re.Pattern | None, re.Pattern | None]:
    """The status patterns with words between ("paid the full $9m release clause") as one
    pattern with a group per status, the words that make a completion one still to come
    ("expected to put pen to paper") and those that make a deal hearsay ("reports that he is
    set to join")."""
    groups = "|".join(f"(?P<{st}>{'|'.join(ps)})" for st, ps in (cues().get("status_patterns") or {}).items() if ps)
    pats = re.compile(rf"(?<!\w)(?:{groups})(?!\w)") if groups else None
    return pats, _phrases(cues().get("prospective", ())), _phrases(cues().get("hearsay", ()))


# "if she walked away", "unless the deal collapses": a condition, not where things stand (in the
# same clause, a few words before the phrase)
_HYPOTHETICAL = re.compile(r"\b(?:if|unless|whether)\b[^.,;:!?\n]{0,40}\Z")
# a club's "IF" ("Helsingborgs IF", "Ekhamns IF have accepted a bid") is no condition: _cue_text
# writes it with a dotless i, the same length, so that offsets still hold
_CLUB_IF = re.compile(r"(?<=\w )IF\b")


def _cue_text(body: str) -> str:
    """The folded, lower-cased body the cues are read in."""
    return _CLUB_IF.sub("\u0131f", fold(body)).lower()


def _status(low: str, oldest_first: bool = False, others: list[tuple[int, int]] = ()) -> str | None:
    """The status this article reports (from its folded, lower-cased body), or None: that of
    the phrase that comes first, as a news story's lead says where things stand; or last, in
    timestamped entries written oldest first (a run of posts), where the last entry does.
    `others`: sentences (sorted spans) about another player, not him ("his backup, X, will stay
    at the club"): their phrases are that player's."""
    pattern, status = _status_phrases()
    starts = [a for a, _ in others]

    def theirs(pos: int) -> bool:
        k = bisect.bisect_right(starts, pos) - 1
        return k >= 0 and pos < others[k][1]
    swoop = _cues().swoop

    def rivals(pos: int) -> bool:
        """"his move to CLUB collapsed after CLUB2 hijacked the deal": a rival's collapse."""
        return swoop is not None and swoop.search(low, _sentence_start(low, pos), _sentence_end(low, pos)) is not None
    patterns, prospective, hearsay = _status_patterns()
    hits = [(m.start(), status[m.group()], m.group()) for m in pattern.finditer(low)]
    hits += [(m.start(), m.lastgroup, m.group()) for m in (patterns.finditer(low) if patterns else ())]
    found = []
    for at, st, phrase in sorted(hits):
        if st is None or _HYPOTHETICAL.search(low, max(0, at - 50), at) or theirs(at) \
                or st == "collapsed" and rivals(at):
            continue
        if st == "completed" and prospective is not None and prospective.search(low[max(0, at - 30):at]):
            st = "agreed"           # "expected to put pen to paper at CLUB": done but for the signing
        if st in ("agreed", "completed") and hearsay is not None:
            if hearsay.search(low, _sentence_start(low, at, max(0, at - 150)), at):
                st = "open"         # "fuelling reports that he is set to join CLUB": a rumour
        found.append((at, st, phrase))
    if not found:
        return None
    if oldest_first:
        return found[-1][1]
    at, first, phrase = found[0]
    stop = _sentence_end(low, at)
    if first == "agreed":
        # "passed his medical and signed a four-year contract": the next step, in the same clause
        if any(st == "completed" and pos < stop and " and " in low[at:pos] and not _STOP.search(low, at, pos)
               for pos, st, _ in found):
            first = "completed"
    if "personal terms" in phrase:
        # "he agreed personal terms on June 15, and the clubs have accepted a fee": terms with
        # the player leave the move open, unless the sentence goes on to the clubs' deal
        first = next((st for pos, st, _ in found[1:] if pos < stop and st in ("agreed", "completed")), first)
    return first


_STAMP = re.compile(r"\W{0,2}(?:(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(\d{1,2})[:.h](\d{2})\s*(am|pm)?\b")
_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _oldest_first(low: str, paragraphs: list[tuple[int, int]]) -> bool:
    """Whether the article is a run of timestamped entries ("[Tuesday, 08:41]", "14:05 –") in
    time order; a live blog with the newest entry on top is not."""
    stamps, day = [], 0
    for start, _ in paragraphs:
        m = _STAMP.match(low, start)
        if m:
            day = _DAYS.index(m[1]) if m[1] else day          # a time alone is on the day last named
            hour = int(m[2]) % 12 + (12 if m[4] == "pm" else 0) if m[4] else int(m[2])
            stamps.append((day, hour * 60 + int(m[3])))
    if len(stamps) < 3:
        return _told_in_order(low, paragraphs)
    later = sum(b > a for a, b in zip(stamps, stamps[1:]))
    return later > (len(stamps) - 1) / 2


_IN_ORDER_MONTHS = 4


@lru_cache(maxsize=1)
def _month_words() -> tuple[re.Pattern, dict[str, int]]:
    """The month names and abbreviations of the timeline's word list, as one pattern and their numbers."""
    words = timeline_words()
    months = {**words.month_abbreviations, **words.months}
    names = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    return re.compile(rf"\b({names})\b"), months


def _told_in_order(low: str, paragraphs: list[tuple[int, int]]) -> bool:
    """Whether a feature retells the saga from its start ("In March ... On 14 May ... In June ..."):
    the first month each paragraph names never goes back, over at least four different months
    (a month word must be a date's: "may" only after a number or "in"/"on"/"of"/"by")."""
    pattern, months = _month_words()
    seen: list[int] = []
    for start, end in paragraphs:
        for m in pattern.finditer(low, start, end):
            if m[1] == "may" and not re.search(r"(?:\d|\b(?:in|on|of|by|early|late|mid))[ -]\Z", low[max(start, m.start() - 8):m.start()]):
                continue
            seen.append(months[m[1]])
            break
    if len(set(seen)) < _IN_ORDER_MONTHS:
        return False
    return all(b >= a for a, b in zip(seen, seen[1:]))


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


def _clubs_in_his_story(art: Article, ms: list[Mention], kinds: dict[str, str], subject: str) -> list[Mention]:
    """The article's club mentions, but for paragraphs that name other players and not him: in a
    round-up of several moves, or a paragraph on a rival target, the clubs are another story's.
    A description ("the winger") beside another player's name is more likely that player's, so
    only names count. A club in the opening paragraph (a headline listing several items) that the
    rest of the article names only in other players' paragraphs is another item's too."""
    paragraphs = art.paragraphs
    starts = [s for s, _ in paragraphs]
    named: dict[int, set[str]] = defaultdict(set)
    for m in ms:
        if kinds.get(m.entity) == "player" and m.via != "description":
            named[bisect.bisect_right(starts, m.start) - 1].add(m.entity)
    elsewhere = {i for i, players in named.items() if subject not in players}
    clubs = [(bisect.bisect_right(starts, m.start) - 1, m) for m in ms if kinds.get(m.entity) == "club"]
    theirs = {m.entity for i, m in clubs if i in elsewhere}
    his = {m.entity for i, m in clubs if i not in elsewhere and i > 0}
    return [m for i, m in clubs if i not in elsewhere
            and not (i == 0 and len(paragraphs) > 2 and m.entity in theirs and m.entity not in his)]


def _one_article(art: Article, ms: list[Mention], kinds: dict[str, str]) -> list[tuple]:
    """For the player an article is about (for each item's player in a round-up of items): how it
    scores each club as his from and to club, the fees it gives for him and the status it reports."""
    ms = sorted(ms, key=lambda m: m.start)
    spans = sentence_spans(art.body)
    items = _items(art, ms, kinds, spans)
    first_sentence_end = (spans or [(0, 0)])[0][1]
    low = _cue_text(art.body)
    subject = None if items else _subject(ms, kinds, first_sentence_end, _staying(low, ms, kinds, art.paragraphs))
    if not items and subject is None:
        return []                           # about no player: nothing more to read
    near = _Players(spans, ms, kinds)
    fees = find_fees(art.body)
    if items:
        return [_story(own, [m for m in own if kinds.get(m.entity) == "club"], player, lead_end, low,
                       _status(low[start:end]), [f for f in fees if start <= f["start"] < end], near)
                for start, end, own, player, lead_end in items]
    other = _swapped_with(ms, kinds, subject, first_sentence_end, low)
    if other is not None:
        return _swap(ms, kinds, (subject, other), spans, first_sentence_end, low,
                     _status(low, _oldest_first(low, art.paragraphs)), fees, near)
    return [_story(ms, _clubs_in_his_story(art, ms, kinds, subject), subject, first_sentence_end, low,
                   _status(low, _oldest_first(low, art.paragraphs), _others_sentences(spans, ms, kinds, subject)),
                   fees, near)]


def _swapped_with(ms: list[Mention], kinds: dict[str, str], subject: str, lead_end: int, low: str) -> str | None:
    """The other player of a swap the lead announces ("CLUB and CLUB2 have agreed a swap that will
    send PLAYER to ... and bring PLAYER2 the other way"), if it does."""
    swap = _cues().swap
    if swap is None or not swap.search(low, 0, lead_end):
        return None
    named = [m.entity for m in ms if m.start < lead_end and m.entity != subject
             and kinds.get(m.entity) == "player" and m.via != "description"]
    return named[0] if named else None


def _swap(ms: list[Mention], kinds: dict[str, str], players: tuple[str, str], spans: list[tuple[int, int]],
          lead_end: int, low: str, status: str | None, fees: list[dict], near: "_Players") -> list[tuple]:
    """The two stories of a swap: each player goes where the other comes from. The lead names
    both clubs alike ("CLUB and CLUB2 have agreed a swap"), so the sentences about one player and
    not the other decide whose club is whose; without them the two stories are scored as usual."""
    clubs = [m for m in ms if kinds.get(m.entity) == "club"]
    lead_clubs = list(dict.fromkeys(m.entity for m in clubs if m.start < lead_end))
    stories = []
    for p in players:
        elsewhere = _others_sentences(spans, ms, kinds, p)       # sentences about the other one
        own = [m for m in clubs if m.start >= lead_end and not any(a <= m.start < b for a, b in elsewhere)]
        stories.append(_story(ms, own, p, 0, low, status, fees, near))
    (a, fa, ta, fees_a, _), (b, fb, tb, fees_b, _) = stories
    if len(lead_clubs) == 2:
        x, y = lead_clubs
        lean = (fa[x] - fa[y]) - (fb[x] - fb[y]) + (tb[x] - tb[y]) - (ta[x] - ta[y])
        if lean:
            x, y = (x, y) if lean > 0 else (y, x)       # a leaves x for y, b the other way
            weight = _cues().from_to
            return [(a, Counter({x: weight}), Counter({y: weight}), fees_a, status),
                    (b, Counter({y: weight}), Counter({x: weight}), fees_b, status)]
    return [(a, fa + tb, ta + fb, fees_a, status), (b, fb + ta, tb + fa, fees_b, status)]


def _others_sentences(spans: list[tuple[int, int]], ms: list[Mention], kinds: dict[str, str],
                      subject: str) -> list[tuple[int, int]]:
    """The sentences that name another player by name and never him (mentions sorted by start)."""
    out = []
    starts = [m.start for m in ms]
    for a, b in spans:
        inside = ms[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]
        players = {m.entity for m in inside if kinds.get(m.entity) == "player"}
        if subject not in players and any(m.via != "description" and kinds.get(m.entity) == "player"
                                          for m in inside):
            out.append((a, b))
    return out


def _subject(ms: list[Mention], kinds: dict[str, str], lead_end: int, staying: frozenset[str] = frozenset()
             ) -> str | None:
    """The player a story is about: the one named most, a name in its lead counting two more, and
    of two named as often the one named first ("X will leave CLUB, but his brother Y stays");
    None when no player is named twice or in the lead. A player the opening says stays while
    it names another (`staying`) is not the one who moves."""
    players = Counter(m.entity for m in ms if kinds.get(m.entity) == "player" and m.entity not in staying)
    if not players:
        return None
    lead = {m.entity for m in ms if m.start < lead_end and kinds.get(m.entity) == "player"}
    first: dict[str, int] = {}
    for m in ms:
        first.setdefault(m.entity, m.start)
    subject, count = max(players.items(), key=lambda kv: (kv[1] + 2 * (kv[0] in lead), -first[kv[0]]))
    return subject if count >= 2 or subject in lead else None


def _staying(low: str, ms: list[Mention], kinds: dict[str, str], paragraphs: list[tuple[int, int]]
             ) -> frozenset[str]:
    """The players the opening paragraph says stay where they are ("while his older brother Lazar
    stays put"): a story about two players is that of the one who moves."""
    stays = _cues().stays
    end = paragraphs[0][1] if paragraphs else len(low)
    if stays is None:
        return frozenset()
    opening = [m for m in ms if m.start < end and kinds.get(m.entity) == "player"]
    staying = frozenset(m.entity for m in opening if stays.match(low, m.end) is not None)
    # (the only player the opening names is the story's, whether he stays or goes)
    return staying if any(m.entity not in staying for m in opening) else frozenset()


def _opening_end(low: str, lead_end: int) -> int:
    """The end of a story's first two paragraphs (at least its lead sentence)."""
    end = low.find("\n\n", lead_end)
    end = low.find("\n\n", end + 2) if end >= 0 else -1
    return len(low) if end < 0 else end


def _story(ms: list[Mention], clubs: list[Mention], subject: str, lead_end: int, low: str,
           status: str | None, fees: list[dict], near: "_Players") -> tuple:
    """(player, from scores, to scores, his fees, status) of one story: `ms` and `clubs` its mentions,
    `fees` those found in its stretch of the article."""
    subject_starts = [m.start for m in ms if m.entity == subject]
    subject_ends = sorted(m.end for m in ms if m.entity == subject)
    descs = sorted((m.start, m.end) for m in ms if m.entity == subject and m.via == "description")
    frm, to = _club_roles(low, clubs, subject_starts, lead_end, subject_ends, descs)
    clubless = _cues().clubless
    if clubless is not None and clubless.search(low, 0, _opening_end(low, lead_end)):
        frm = Counter()                         # "without a club since leaving CLUB": he signs from none
    elif to and not frm:
        # no words say which club he would leave: the one the story names most (twice at least,
        # more than any other) among those he is not said to join ("Bayamón playmaker X" unread)
        named = Counter(m.entity for m in clubs if m.entity not in to).most_common(2)
        if named and named[0][1] >= 2 and (len(named) == 1 or named[0][1] > named[1][1]):
            frm[named[0][0]] += _cues().named_most
    return subject, frm, to, [f for f in fees if near.nearest(f) in (subject, None)], status


_CLOSED = (".", "!", "?", ":", ";", ",", '"', "\u201d", "'", "\u2019", ")")


def _items(art: Article, ms: list[Mention], kinds: dict[str, str], spans: list[tuple[int, int]]
           ) -> list[tuple[int, int, list[Mention], str, int]]:
    """A round-up's items ("OTELUL EYE UTA KEEPER" and the paragraphs under it, up to the next
    such heading), each (start, end, its mentions, its player, the end of its first sentence): only when
    headings (short lines that end in no stop, after the opening paragraph) part at least two
    items about different players. A listicle about one player ("1. The fee held firm") is one story."""
    paras = art.paragraphs
    heads = [i for i, (a, b) in enumerate(paras[:-1]) if i > 0 and b - a <= 80
             and not art.body[a:b].rstrip().endswith(_CLOSED)]
    if len(heads) < 2:
        return []
    out = []
    ends = [b for _, b in spans]
    starts = [m.start for m in ms]                      # in text order (mentions are sorted)
    for h, nxt in zip(heads, [*heads[1:], len(paras)]):
        start, end = paras[h][0], paras[nxt - 1][1]
        k = bisect.bisect_right(ends, paras[h + 1][0])
        first_end = ends[k] if k < len(ends) else end
        own = ms[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]
        subject = _subject(own, kinds, first_end)
        if subject is not None:
            out.append((start, end, own, subject, first_end))
    return out if len({item[3] for item in out}) >= 2 else []


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
        rows = tuple((m.start, m.end, m.entity, kinds.get(m.entity)) for m in ms)
        for subject, *sides in memo("sagas.article", (text_key(art.body or ""), rows),
                                    partial(_one_article, art, ms, kinds)):
            groups[subject].append((art, *sides))
    sagas = []
    ids = SlugRegistry()                # two players whose names slug alike still get two sagas
    for player, items in sorted(groups.items()):
        items.sort(key=lambda it: (it[0].date is None, it[0].date or 0, it[0].source))
        frm, to = Counter(), Counter()
        for _, f, t, _, _ in items:
            frm.update(f)
            to.update(t)
        from_club, to_club = _sides(frm, to)
        linked = sorted((c for c, s in to.items() if c not in (to_club, from_club) and s > 0),
                        key=lambda c: (-to[c], c))
        status = "open"
        for _, _, _, _, st in items:
            status = st or status
        fees = [dict(f, article=art.id) for art, _, _, fs, _ in items for f in fs]
        slug = ids.get(player, f"{names.get(player, player)} {names.get(to_club, '')}".strip())
        sagas.append(Saga(id=f"saga:{slug}", player=player, from_club=from_club, to_club=to_club,
                          linked_clubs=linked, status=status, fee=fees, articles=[it[0].id for it in items]))
    return sagas
