"""Publication dates for undated articles, inferred from what they repeat of dated ones.

An undated article that prints the same quote or the same sentence as a dated article of its
story (one naming the same player) was published around that article's date. The evidence is
counted per dated article; the strongest (then the latest) wins, and the reason names it.

An undated article that repeats nothing can still be dated by a later article of its story that
says how long before it the undated article's news came: "passed a medical on Monday, a week
after Cruz Azul agreed a fee" dates an article leading with "X have agreed a fee" to that week.
An article the corpus does not date can date itself when it says which month comes next and
names that month's day and the year ("the window opens next month, on 1 July" and "for the
2025-26 season": June 2025); see `_own_date`.
Nothing is inferred without such evidence: an article that shares nothing stays undated.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Hamming

from ..model import Article, Mention, Quote
from .expressions import find_time_expressions
from .lexicon import lexicon, norm_text, sentence_spans
from .tense import direction

MIN_SENTENCE = 40      # shorter sentences ("He added:") are too common to be evidence
SAME_SENTENCE = 90     # rapidfuzz ratio (0-100) for "the same sentence, re-spelled"
ROUNDS = 3             # an article dated by inference can date another in the next round
_UNARY_CAP = 32        # counts above this compare as equal: the code of one long sentence stays short


def _long_sentences(article: Article) -> list[str]:
    out = []
    for s, e in sentence_spans(article.body):
        norm = norm_text(article.body[s:e])
        if len(norm) >= MIN_SENTENCE:
            out.append(norm)
    return out


class _Choices:
    """Sentences of dated articles, article by article in list order, and who wrote each.

    `best(query)` gives the owner of what `process.extractOne` would pick from all their
    sentences in that order (the best score, the first such sentence), without scoring the
    query against every one:

    - a sentence printed word for word is found without scoring (only the same text scores 100);
    - otherwise only sentences that can reach SAME_SENTENCE are scored. A ratio of 90 allows at
      most d = 10% of the two lengths in insertions and deletions, each of which changes one
      character's count by one: so the lengths differ by at most d, and so do the character
      counts, summed over all characters. Sentences are kept sorted by length; the counts of a
      whole length band are compared with the query's in one rapidfuzz call (the Hamming
      distance of counts written in unary). The few that pass are scored in list order, so the
      choice is the one a scan of every sentence makes.
    """

    def __init__(self) -> None:
        self.texts: list[str] = []                      # each text once, in list order
        self.first: dict[str, str] = {}                 # text -> its first article
        self._index: tuple | None = None

    def add(self, texts: list[str], owner: str) -> None:
        for t in texts:
            if t not in self.first:
                self.first[t] = owner
                self.texts.append(t)
        self._index = None

    def _built(self) -> tuple:
        """(positions by length, their lengths, their codes, code of a query) for the texts."""
        if self._index is None:
            counts = [Counter(t) for t in self.texts]
            width: dict[str, int] = {}
            for c in counts:
                for ch, n in c.items():
                    if n > width.get(ch, 0):
                        width[ch] = min(n, _UNARY_CAP)
            chars = sorted(width)
            slot = {ch: k for k, ch in enumerate(chars)}
            units = [["1" * n + "0" * (width[ch] - n) for n in range(width[ch] + 1)] for ch in chars]
            blank = [u[0] for u in units]

            def code(c: Counter) -> str:
                """Each character's count in unary, in a field as wide as its largest count (capped)."""
                parts = blank.copy()
                for ch, n in c.items():
                    k = slot.get(ch)
                    if k is not None:
                        u = units[k]
                        parts[k] = u[n] if n < len(u) else u[-1]
                return "".join(parts)

            order = sorted(range(len(self.texts)), key=lambda k: len(self.texts[k]))
            self._index = (order, [len(self.texts[k]) for k in order], [code(counts[k]) for k in order], code)
        return self._index

    def best(self, query: str) -> str | None:
        """The owner of the sentence `query` repeats, if any."""
        at = self.first.get(query)
        if at is not None or not self.texts:
            return at
        order, lengths, codes, code = self._built()
        # |len(q) - len(t)| <= d <= f * (len(q) + len(t)); the half is a margin for rounding
        f, n = 1 - SAME_SENTENCE / 100, len(query)
        low, high = ((1 - f) * n - 0.5) / (1 + f), ((1 + f) * n + 0.5) / (1 - f)
        lo, hi = bisect.bisect_left(lengths, low), bisect.bisect_right(lengths, high)
        if lo >= hi:
            return None
        most = int(f * (n + high) + 0.5)
        near = process.extract(code(Counter(query)), codes[lo:hi], scorer=Hamming.distance,
                               score_cutoff=most, limit=None)
        if not near:
            return None
        texts = [self.texts[k] for k in sorted(order[lo + at] for _, _, at in near)]
        hit = process.extractOne(query, texts, scorer=fuzz.ratio, score_cutoff=SAME_SENTENCE)
        return None if hit is None else self.first[hit[0]]


# "a little over a week after Cruz Azul agreed a fee", "had a bid rejected two weeks ago": how
# long before the sentence's day (or the article's) a stage of the story came. Found from the
# unit ("weeks after", "days ago"); the count is read just before it, the clause beside it.
_UNIT_AT = re.compile(r"\b(?P<unit>days?|weeks?|fortnights?|months?)\s+(?P<rel>after|ago)\b", re.I)
_COUNT = re.compile(r"(?:\b(?:a\s+little|just|only|barely)\s+(?:over|under|more\s+than|less\s+than)\s+|"
                    r"\b(?:about|around|almost|nearly|more\s+than|less\s+than|over|under|some|roughly)\s+)?"
                    r"\b(?P<n>a\s+couple\s+of|a\s+few|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
                    r"\d{1,2})\s+$", re.I)
COUNT_CHARS = 40       # "a little more than a couple of " fits
CLAUSE_CHARS = 120     # the clause a gap dates, at most this long, up to a clause break
_BREAK = re.compile(r"[;:!?,()\u2013\u2014]|\.(?!\d)")
_GAP_NUMBERS = {"a couple of": 2, "a few": 3, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4,
                "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14, "month": 30}
_WORD = re.compile(r"[a-z]+")


def _stages(text: str) -> set[str]:
    """The stages of a transfer story (data: story_stages) that `text` reports."""
    table = lexicon().story_stages
    return {table[w] for w in _WORD.findall(norm_text(text)) if w in table}


def _backreferences(article: Article, date: dt.date) -> list[tuple[set[str], dt.date, str]]:
    """(stages, day, phrase) for each stage of its story an article dated `date` says came a
    stated time before a day of its own: "N weeks after <clause>" counts back from the day of the
    sentence's last precise date before it ("on Monday, a week after ..."), else from `date`;
    "<clause> N weeks ago" from `date`. One pass over the text."""
    body, out = article.body, []
    spans = sentence_spans(body)
    starts = [st for st, _ in spans]
    days: list | None = None
    ends: list[int] = []
    for m in _UNIT_AT.finditer(body):
        i = bisect.bisect_right(starts, m.start()) - 1
        if i < 0:
            continue
        s, e = spans[i]
        c = _COUNT.search(body, max(s, m.start() - COUNT_CHARS), m.start())
        if c is None:
            continue
        if m.group("rel").lower() == "after":
            hi = min(e, m.end() + CLAUSE_CHARS)
            cut = _BREAK.search(body, m.end(), hi)
            clause = body[m.end():cut.start() if cut else hi]
            phrase = body[c.start():m.end()] + clause
        else:
            lo = max(s, c.start() - CLAUSE_CHARS)
            cut = [b.end() for b in _BREAK.finditer(body, lo, c.start())]
            clause = body[cut[-1] if cut else lo:c.start()]
            phrase = clause + body[c.start():m.end()]
        stages = _stages(clause)
        if not stages:
            continue
        ref = date
        if m.group("rel").lower() == "after":
            if days is None:
                days = [x for x in find_time_expressions(body, date) if x.kind == "day" and x.value]
                ends = [x.end for x in days]            # in text order, not overlapping
            k = bisect.bisect_right(ends, c.start()) - 1
            if k >= 0 and days[k].start >= s:
                ref = dt.date.fromisoformat(days[k].value)
        n = " ".join(c.group("n").lower().split())
        gap = (_GAP_NUMBERS.get(n) or int(n)) * _UNIT_DAYS[m.group("unit").lower().rstrip("s")]
        out.append((stages, ref - dt.timedelta(days=gap), " ".join(phrase.split())))
    return out


def _stories(articles: list[Article], mentions: list[Mention], kinds: dict[str, str]) -> dict[str, set[str] | None]:
    """For each article, the other articles of its story: those naming one of its players (or,
    if it names none, one of its people; failing those, one of its clubs; None, every article,
    if it names nobody). A sentence repeated across articles is repeated within a story, and
    looking only there keeps the cost of a look-up bounded by the story, not the corpus."""
    named: dict[str, dict[str, set[str]]] = {}          # article -> kind -> entity ids
    by_entity: dict[str, set[str]] = {}
    for m in mentions:
        kind = kinds.get(m.entity)
        if kind:
            named.setdefault(m.article, {}).setdefault(kind, set()).add(m.entity)
            by_entity.setdefault(m.entity, set()).add(m.article)
    out: dict[str, set[str] | None] = {}
    for art in articles:
        kinds_named = named.get(art.id, {})
        keys = kinds_named.get("player") or kinds_named.get("person") or kinds_named.get("club")
        out[art.id] = set().union(*(by_entity[e] for e in keys)) - {art.id} if keys else None
    return out


def infer_dates(articles: list[Article], quotes: list[Quote], mentions: list[Mention] | None = None,
                kinds: dict[str, str] | None = None, month_only: set[str] | None = None) -> dict[str, tuple[str, str]]:
    """{article id: (ISO date, reason)} for undated articles the corpus dates.

    With `mentions` (and the entities' `kinds`), repeated sentences are looked for only in the
    article's story (see `_stories`); without them, in every dated article. The ids of articles
    dated to a month only (their day is a stand-in) are added to `month_only`.
    """
    month_only = set() if month_only is None else month_only
    dates: dict[str, dt.date] = {a.id: a.date for a in articles if a.date}
    by_id = {a.id: a for a in articles}
    undated = [a for a in articles if a.date is None]
    if not undated:
        return {}
    if not dates:
        own: dict[str, tuple[str, str]] = {}
        _date_by_own_words(undated, own, month_only)
        return own
    sents = {a.id: _long_sentences(a) for a in articles}
    stories = _stories(articles, mentions, kinds or {}) if mentions is not None else None
    quote_arts = [{s.article for s in q.sources} for q in quotes if len({s.article for s in q.sources}) > 1]
    inferred: dict[str, tuple[str, str]] = {}
    # An article left undated in one round had no sentence matching any choice of that
    # round, so the next round need only look among the sentences added since (the result is
    # the same as searching all of them: a new sentence is after every older one in the list).
    fresh = list(dates)
    for _ in range(ROUNDS):
        changed = False
        round_owners, fresh = fresh, []
        rank = {a: n for n, a in enumerate(round_owners)}
        choices: dict[tuple[str, ...], _Choices] = {}        # one per set of candidate articles

        def choices_for(owners: tuple[str, ...]) -> _Choices:
            got = choices.get(owners)
            if got is None:
                got = choices[owners] = _Choices()
                for owner in owners:
                    got.add(sents.get(owner, []), owner)
            return got

        for art in undated:
            if art.id in inferred:
                continue
            evidence: Counter = Counter()
            for arts in quote_arts:
                if art.id in arts:
                    for other in arts:
                        if other in dates and other != art.id:
                            evidence[other] += 1
            story = None if stories is None else stories[art.id]
            owners = (tuple(round_owners) if story is None else
                      tuple(sorted((a for a in story if a in rank), key=rank.__getitem__)))
            if owners:
                found = choices_for(owners)
                for s in sents[art.id]:
                    owner = found.best(s)
                    if owner is not None:
                        evidence[owner] += 1
            if not evidence:
                continue
            best = max(evidence, key=lambda k: (evidence[k], dates[k], k))
            n, src = evidence[best], by_id[best]
            what = "sentence or quote" if n == 1 else "sentences or quotes"
            reason = (f"repeats {n} {what} of {src.source} (dated {dates[best].isoformat()}), "
                      f"so taken as published around then")
            inferred[art.id] = (dates[best].isoformat(), reason)
            dates[art.id] = dates[best]
            fresh.append(art.id)
            changed = True
        if not changed:
            break
    _date_by_backreference([a for a in undated if a.id not in inferred], dates, by_id, stories, inferred)
    _date_by_own_words([a for a in undated if a.id not in inferred], inferred, month_only)
    return inferred


def _date_by_backreference(undated: list[Article], dates: dict[str, dt.date], by_id: dict[str, Article],
                           stories: dict[str, set[str] | None] | None,
                           inferred: dict[str, tuple[str, str]]) -> None:
    """Date each article of `undated` whose first sentence reports a stage of its story that a
    dated article of the story says came a stated time before one of its days (see
    `_backreferences`); the latest such day wins. Only within a story: "a week after they agreed a
    fee" says nothing about another player's article."""
    if stories is None:
        return
    refs: dict[str, list] = {}
    for art in undated:
        story = stories.get(art.id)
        spans = sentence_spans(art.body)
        if not story or not spans:
            continue
        lead = _stages(art.body[spans[0][0]:spans[0][1]])
        if not lead:
            continue
        best = None
        for other in sorted(a for a in story if a in dates):
            if other not in refs:
                refs[other] = _backreferences(by_id[other], dates[other])
            for stages, day, phrase in refs[other]:
                if stages & lead and day <= dates[other] and (best is None or day > best[0]):
                    best = (day, phrase, other)
        if best is not None:
            day, phrase, other = best
            src = by_id[other]
            inferred[art.id] = (day.isoformat(),
                                f"{src.source} (dated {dates[other].isoformat()}) dates the news it leads with: "
                                f"\u201c{phrase}\u201d, so taken as published around {day.isoformat()}")


# An undated article can date itself to a month when it says which month comes next (or came
# last) and names that month's day: "the window opens next month, on 1 July" was written in June.
# The year needs evidence too: a year printed with that day ("on 1 July 2025"), or, when the month
# is in the summer between two seasons, the split season the text looks ahead to ("for the
# 2025-26 season", "ahead of the 2025-26 season"): that June is the one before it. Without a year
# the article stays undated. The day is unknown: the middle of the month is taken, and said so.
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")
_MONTHS = "|".join(_MONTH_NAMES)
_OWN_MONTH = re.compile(
    rf"\b(?P<rel>next|last)\s+month\s*[,(\u2013\u2014-]?\s*(?:on\s+)?(?:the\s+)?"
    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTHS})|(?P<m2>{_MONTHS})\s+(?P<d2>\d{{1,2}})"
    rf"(?:st|nd|rd|th)?)\b(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?", re.I)
_AHEAD_SEASON = re.compile(r"\b(?:for|ahead\s+of|before|upcoming|coming|new)\s+(?:the\s+)?"
                           r"(?P<y1>(?:19|20)\d\d)[-/\u2013](?P<y2>\d\d)\s+season\b", re.I)
SUMMER_MONTHS = (5, 6, 7, 8)     # months between two seasons in a split-season league


def _own_date(body: str) -> tuple[dt.date, str] | None:
    """(a day in the month `body` says it was written in, why) or None; see _OWN_MONTH."""
    months = lexicon().months
    found: set[tuple[int, int | None]] = set()
    phrase = ""
    for m in _OWN_MONTH.finditer(body):
        month = months[(m.group("m1") or m.group("m2")).lower()]
        own = month - 1 if m.group("rel").lower() == "next" else month + 1
        year = int(m.group("y")) if m.group("y") else None
        if own == 0:
            own, year = 12, (year - 1 if year else None)
        elif own == 13:
            own, year = 1, (year + 1 if year else None)
        found.add((own, year))
        phrase = phrase or m.group(0)
    if len({own for own, _ in found}) != 1:
        return None                      # none, or two that disagree
    own = next(iter(found))[0]
    years = {y for _, y in found if y}
    why = f"the text says \u201c{' '.join(phrase.split())}\u201d"
    if not years and own in SUMMER_MONTHS:
        spans = sentence_spans(body)
        for m in _AHEAD_SEASON.finditer(body):
            y1, y2 = int(m.group("y1")), int(m.group("y2"))
            if (y1 + 1) % 100 != y2:
                continue
            s = next((st for st, en in spans if st <= m.start() < en), 0)
            # a past clause ("scored 20 goals for the 2023-24 season") looks back; the words after
            # the season are another clause's
            if direction(body[max(s, m.start() - 300):m.start()], "") == "past":
                continue
            years.add(y1)
            why += f" and looks ahead to \u201c{' '.join(m.group(0).split())}\u201d"
    if len(years) != 1:
        return None
    year = years.pop()
    return dt.date(year, own, 15), why


def _date_by_own_words(undated: list[Article], inferred: dict[str, tuple[str, str]], month_only: set[str]) -> None:
    """Date each of `undated` that dates itself (see _own_date): one scan of each text."""
    for art in undated:
        got = _own_date(art.body)
        if got is None:
            continue
        day, why = got
        inferred[art.id] = (day.isoformat(),
                            f"{why}, so taken as published in {_MONTH_NAMES[day.month - 1]} {day.year} "
                            f"(the day is not known: the middle of the month is used)")
        month_only.add(art.id)
