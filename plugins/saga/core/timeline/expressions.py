"""Find temporal expressions in text and normalise them against an anchor (publication) date.

`find_time_expressions(text, anchor)` returns every expression with its ISO value at the
precision the text gives: YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY or a season YYYY-YY. Absolute
dates ("14 July 2023", "the 2022-23 season") resolve without an anchor; relative ones
("last week", "on Tuesday", "deadline day") get value None when there is no anchor.

One alternation of bounded patterns scans the text once (linear time, nothing that can
backtrack badly); the rules that need context (tense, "the", adjunct nouns such as
"pre-season trip") look at a few words around each match.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from dateutil.relativedelta import relativedelta

from ..text import fold
from .football import calendar, season_label
from .lexicon import lexicon, sentence_spans
from .tense import direction

YEAR_CUES = frozenset({"in", "since", "until", "till", "by", "from", "during", "before", "after",
                       "throughout", "early", "late", "mid", "around", "circa", "through", "into"})
SUMMER_CUES = frozenset({"in", "during", "over", "until", "till", "through", "throughout", "by",
                         "before", "after", "for", "since", "across"})
SEASON_START_CUES = ("ahead of", "before", "until", "till", "by", "start of", "beginning of")
SEASON_START_VERBS = frozenset({"starts", "begins", "kicks", "gets", "opens", "started", "began", "kicked"})


# First words of the fixed patterns below (months, weekdays, numbers and holidays come from data).
_STARTERS = ("the", "summer", "winter", "spring", "autumn", "january", "transfer", "window", "deadline",
             "start", "beginning", "end", "close", "final", "last", "first", "opening", "in", "next",
             "this", "previous", "past", "coming", "following", "upcoming", "current", "new", "at",
             "over", "during", "today", "tonight", "yesterday", "tomorrow", "pre", "mid", "christmas")


@dataclass(frozen=True)
class TimeExpr:
    """One temporal expression: where it is, what it says, and its ISO value (None: unresolved)."""
    start: int
    end: int
    text: str
    value: str | None
    kind: str          # day | week | month | year | season
    relative: bool     # resolving it needed the anchor date


@cache
def _pattern() -> re.Pattern:
    lx = lexicon()
    months = "|".join(sorted(lx.months, key=len, reverse=True))
    abbr = "|".join(sorted(lx.month_abbreviations, key=len, reverse=True))
    mon = f"(?:{months}|{abbr})"
    wd = "|".join(lx.weekdays)
    num = "|".join(sorted(lx.numbers, key=len, reverse=True))
    y = r"(?:19|20)\d{2}"
    hol = "|".join(re.escape(h).replace("'", "'?") for h in sorted(lx.holidays, key=len, reverse=True))
    parts = [
        ("iso", rf"(?<![\d-])(?P<iso_y>{y})-(?P<iso_m>\d{{1,2}})-(?P<iso_d>\d{{1,2}})(?![\d-])"),
        ("num", rf"(?<![\d/.])(?P<num_d>\d{{1,2}})(?P<num_sep>[/.])(?P<num_m>\d{{1,2}})(?P=num_sep)(?P<num_y>\d{{4}}|\d{{2}})(?!\d|[/.]\d)"),
        ("season", rf"(?<![\d£€$])(?P<se_a>{y})\s?[-/–]\s?(?P<se_b>\d{{4}}|\d{{2}})(?![\d-])"),
        ("dm", rf"(?<![\d£€$.,])(?P<dm_d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<dm_m>{mon})\b\.?(?:,?\s+(?P<dm_y>{y})\b)?"),
        ("md", rf"\b(?P<md_m>{mon})\.?\s+(?P<md_d>\d{{1,2}})(?:st|nd|rd|th)?(?![%£€$.,]\d|\d|\s*(?:%|per\b|m\b|million|bn\b|goals?\b|games\b|matches\b|appearances\b|points\b|years?\b|clubs\b|players\b|days\b|weeks\b|minutes\b))(?:,?\s+(?P<md_y>{y})\b)?"),
        ("my", rf"\b(?P<my_m>{mon})\.?\s+(?:of\s+)?(?P<my_y>{y})\b"),
        ("poy", rf"\b(?:summer|winter|spring|autumn)\s+(?:of\s+)?(?P<poy_y>{y})\b"),
        ("hol", rf"\b(?P<hol>{hol})\b"),
        ("closes", r"\b(?:the\s+)?(?:(?P<wc_w>summer|january|winter)\s+)?(?:transfer\s+)?window\s+(?:closes|shuts|slams\s+shut|is\s+shut|ends)\b"),
        ("window", r"\b(?P<win_w>summer|january|winter)(?:'s)?\s+(?:transfer\s+)?window\b"),
        ("dday", r"\bdeadline[-\s]day\b"),
        ("deadline", r"\bthe\s+(?:(?P<dl_w>summer|january|winter)\s+)?(?:transfer\s+)?deadline\b"),
        ("seasonpart", r"\b(?P<sp_pos>start|beginning|end|close|final\s+day|last\s+day|first\s+day|opening\s+day|opening\s+weekend)\s+of\s+(?:the\s+)?(?:(?P<sp_mod>new|this|next|last|coming|current|previous|upcoming)\s+)?(?:season|campaign)\b"),
        ("unitpart", r"\b(?P<up_pos>start|beginning|end)\s+of\s+(?:the\s+)?(?:(?P<up_mod>this|next|last)\s+)?(?P<up_unit>week|month|year)\b"),
        ("opening", r"\bopening[-\s](?P<op>day|weekend)\b"),
        ("ago", rf"\b(?P<ago_n>\d{{1,2}}|{num})\s+(?P<ago_u>day|week|fortnight|month|year|season)s?\s+ago\b"),
        ("in_n", rf"\bin\s+(?P<in_n>\d{{1,2}}|{num})\s+(?P<in_u>day|week|month)s?(?:'?\s*time)?\b"),
        ("unit", r"\b(?P<u_mod>last|next|this|previous|past|coming|following|upcoming|current|new)\s+(?P<u_unit>weekend|week|month|year|season|campaign|summer)\b"),
        ("weekend", r"\b(?:at|over|during)\s+the\s+weekend\b"),
        ("rel", r"\b(?P<rel>today|tonight|yesterday|tomorrow)\b"),
        ("part", r"\bthis\s+(?:morning|afternoon|evening)\b"),
        ("lastnight", r"\blast\s+night\b"),
        ("pre", r"\bpre[-\s]?season\b"),
        ("wd", rf"\b(?P<wd>{wd})\b(?:'s)?(?:\s+(?:morning|afternoon|evening|night))?"),
        ("mo", rf"\b(?:(?P<mo_mid>mid)[-\s]?)?(?P<mo>{months})\b"),
        ("py", r"\b(?P<py>summer|christmas)\b"),
        ("yr", rf"(?<![£€$\d.,])\b(?P<yr>{y})\b(?![-/–]\d)"),
    ]
    # Every expression starts a word with a digit or one of these words: a cheap look-ahead on
    # their first letters lets the scan skip every other position before trying the branches.
    starters = {*lx.months, *lx.month_abbreviations, *lx.weekdays, *lx.numbers,
                *(h.split()[0] for h in lx.holidays), *_STARTERS}
    heads = sorted({w[:3] if len(w) >= 3 else w + r"\b" for w in starters}, key=len, reverse=True)
    trigger = r"\b(?=\d|(?:" + "|".join(heads) + "))"
    return re.compile(trigger + "(?:" + "|".join(f"(?P<k_{name}>{p})" for name, p in parts) + ")",
                      re.IGNORECASE)


class _Ctx:
    """Per-call state: the folded text, its sentences and the anchor."""

    def __init__(self, text: str, anchor: dt.date | None, league_key: str | None):
        self.text = fold(text)
        self.anchor = anchor
        cal = calendar()
        self.league = cal.league(league_key or cal.league_of(text))
        self.spans = sentence_spans(self.text)
        self.starts = [s for s, _ in self.spans]

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and self.spans[i][0] <= pos < self.spans[i][1]:
            return self.spans[i]
        para_start = self.text.rfind("\n\n", 0, pos)
        para_end = self.text.find("\n\n", pos)
        return (0 if para_start < 0 else para_start + 2, len(self.text) if para_end < 0 else para_end)

    def left(self, pos: int, n: int = 4) -> list[str]:
        """Up to `n` lower-case words just before `pos`, inside its sentence."""
        s, _ = self.sentence(pos)
        return [w.lower() for w in re.findall(r"[A-Za-z']+", self.text[max(s, pos - 60):pos])][-n:]

    def right(self, pos: int, n: int = 3) -> list[str]:
        _, e = self.sentence(max(pos - 1, 0))
        return [w.lower() for w in re.findall(r"[A-Za-z']+", self.text[pos:min(e, pos + 50)])][:n]

    def tense(self, start: int, end: int) -> str | None:
        s, e = self.sentence(start)
        return direction(self.text[s:start], self.text[end:e])


def _day(d: dt.date) -> str:
    return d.isoformat()


def _week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _month(y: int, m: int) -> str:
    return f"{y}-{m:02d}"


def month_year(m: int, anchor: dt.date, tense: str | None, mod: str | None = None) -> int:
    """The year of a month named without one: last/next/this, else by tense, else nearest."""
    a = anchor
    if mod == "last":
        return a.year if m < a.month else a.year - 1
    if mod == "next":
        return a.year if m > a.month else a.year + 1
    if mod == "this":
        return a.year
    if tense == "past":
        return a.year if m <= a.month else a.year - 1
    if tense == "future":
        return a.year if m >= a.month else a.year + 1
    best = min((a.year - 1, a.year, a.year + 1), key=lambda yy: (abs((yy - a.year) * 12 + m - a.month), yy > a.year))
    return best


def day_in_year(m: int, d: int, anchor: dt.date, tense: str | None) -> dt.date:
    """A day and month without a year: the past one, the coming one, or the nearest."""
    cands = []
    for yy in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            cands.append(dt.date(yy, m, d))
        except ValueError:
            continue
    if not cands:
        raise ValueError("no such day")
    if tense == "past":
        past = [c for c in cands if c <= anchor]
        if past:
            return past[-1]
    if tense == "future":
        fut = [c for c in cands if c >= anchor]
        if fut:
            return fut[0]
    return min(cands, key=lambda c: (abs((c - anchor).days), c > anchor))


def weekday_date(wd: int, anchor: dt.date, tense: str | None, mod: str | None) -> dt.date:
    """"on Tuesday" is the most recent Tuesday in news past tense; "next"/future looks forward."""
    back = (anchor.weekday() - wd) % 7
    ahead = (wd - anchor.weekday()) % 7
    if mod == "last":
        return anchor - dt.timedelta(days=back or 7)
    if mod == "next":
        return anchor + dt.timedelta(days=ahead or 7)
    if mod in ("this", "by", "until", "till", "before", "coming") or tense == "future":
        return anchor + dt.timedelta(days=ahead)
    return anchor - dt.timedelta(days=back)


def weekend_date(anchor: dt.date, tense: str | None, mod: str | None) -> dt.date:
    """The Saturday of the weekend meant by "at the weekend", "last/this/next weekend"."""
    sat = 5
    if mod == "last":
        if anchor.weekday() >= 5:
            return anchor - dt.timedelta(days=anchor.weekday() - sat + 7)
        return anchor - dt.timedelta(days=(anchor.weekday() - sat) % 7)
    this = anchor + dt.timedelta(days=sat - anchor.weekday())   # this week's Saturday
    if mod == "next":
        return this + dt.timedelta(days=7)
    if mod == "this" or tense == "future" or anchor.weekday() >= 5:
        return this
    return this - dt.timedelta(days=7)


def summer_year(anchor: dt.date, tense: str | None, mod: str | None) -> int:
    a = anchor
    if mod == "this":
        return a.year
    if mod in ("last", "previous", "past"):
        return a.year - 1 if a.month <= 8 else a.year
    if mod in ("next", "coming", "upcoming"):
        return a.year if a.month < 6 else a.year + 1
    if tense == "past":
        return a.year if a.month >= 6 else a.year - 1
    if tense == "future":
        return a.year if a.month <= 8 else a.year + 1
    return a.year if a.month <= 9 else a.year + 1


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return lexicon().numbers.get(word.lower())


class _Finder:
    def __init__(self, ctx: _Ctx):
        self.c = ctx
        self.lx = lexicon()

    # Each handler returns (value, kind, relative, start, end), or None to drop the match.
    def handle(self, m: re.Match):
        return getattr(self, "h_" + m.lastgroup[2:])(m, m.groupdict())

    # --- absolute -------------------------------------------------------------------------
    def h_iso(self, m, g):
        d = dt.date(int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"]))
        return _day(d), "day", False, m.start(), m.end()

    def h_num(self, m, g):
        y = int(g["num_y"])
        if y < 100:
            if g["num_sep"] != "/":
                return None
            y += 2000 if y < 70 else 1900
        a, b = int(g["num_d"]), int(g["num_m"])
        day, month = (a, b) if b <= 12 else (b, a)       # day first, as British copy writes it
        d = dt.date(y, month, day)
        return _day(d), "day", False, m.start(), m.end()

    def h_season(self, m, g):
        a, b = int(g["se_a"]), g["se_b"]
        nb = int(b)
        if (len(b) == 2 and nb != (a + 1) % 100) or (len(b) == 4 and nb != a + 1):
            return None
        end = m.end()
        r = self.c.right(end, 1)
        s = m.start()
        lw = self.c.left(s, 1)
        if lw and lw[-1] == "the" and self.c.text[max(0, s - 4):s].lower() == "the ":
            s -= 4
        if r and r[0] in ("season", "campaign", "seasons", "campaigns"):
            end = self.c.text.lower().index(r[0], end) + len(r[0])
        return season_label(a), "season", False, s, end

    def _month_num(self, name: str) -> int:
        low = name.lower().rstrip(".")
        return self.lx.months.get(low) or self.lx.month_abbreviations[low]

    def _may_ok(self, name: str) -> bool:
        return name.lower() != "may" or name == "May"

    def _year_suffix(self, end: int) -> tuple[int | None, int]:
        """"... last year" / "this year" / "next year" right after a date: (offset, new end)."""
        mm = re.match(r"\s+(last|this|next)\s+year\b", self.c.text[end:end + 20], re.I)
        if not mm:
            return None, end
        return {"last": -1, "this": 0, "next": 1}[mm.group(1).lower()], end + mm.end()

    def h_dm(self, m, g):
        return self._day_month(m, g["dm_m"], int(g["dm_d"]), g["dm_y"])

    def h_md(self, m, g):
        return self._day_month(m, g["md_m"], int(g["md_d"]), g["md_y"])

    def _day_month(self, m, mname, day, year):
        if not self._may_ok(mname) or not 1 <= day <= 31:
            return None
        month = self._month_num(mname)
        start, end = m.start(), m.end()
        if self.c.text[end - 1] == "." and not year:      # a full stop, not an abbreviation's dot
            end -= 1
        if year:
            return _day(dt.date(int(year), month, day)), "day", False, start, end
        off, end = self._year_suffix(end)
        if self.c.anchor is None:
            return None, "day", True, start, end
        if off is not None:
            return _day(dt.date(self.c.anchor.year + off, month, day)), "day", True, start, end
        d = day_in_year(month, day, self.c.anchor, self.c.tense(start, end))
        return _day(d), "day", True, start, end

    def h_my(self, m, g):
        if not self._may_ok(g["my_m"]):
            return None
        return _month(int(g["my_y"]), self._month_num(g["my_m"])), "month", False, m.start(), m.end()

    def h_poy(self, m, g):
        return g["poy_y"], "year", False, m.start(), m.end()

    def h_yr(self, m, g):
        lw = self.c.left(m.start(), 1)
        if not lw or lw[-1] not in YEAR_CUES:
            return None
        return g["yr"], "year", False, m.start(), m.end()

    # --- relative to the anchor -----------------------------------------------------------
    def h_hol(self, m, g):
        key = re.sub(r"\s+", " ", g["hol"].lower())
        key = key if key in self.lx.holidays else key.replace("years", "year's")
        month, day = self.lx.holidays[key]
        if self.c.anchor is None:
            return None, "day", True, m.start(), m.end()
        d = day_in_year(month, day, self.c.anchor, self.c.tense(m.start(), m.end()))
        return _day(d), "day", True, m.start(), m.end()

    def h_closes(self, m, g):
        return self.deadline(m, (g.get("wc_w") or "").lower() or None)

    def h_deadline(self, m, g):
        return self.deadline(m, (g.get("dl_w") or "").lower() or None)

    def deadline(self, m, window):
        if window == "winter":
            window = "january"
        r = self.c.right(m.end(), 1)
        if r and r[0] in self.lx.adjunct_nouns:
            return None
        if self.c.anchor is None:
            return None, "day", True, m.start(), m.end()
        d = self.c.league.deadline_near(self.c.anchor, self.c.tense(m.start(), m.end()), window)
        return _day(d), "day", True, m.start(), m.end()

    def h_dday(self, m, g):
        return self.deadline(m, None)

    def h_window(self, m, g):
        if re.match(r"\s+(?:opens|reopens|opened|reopened|opening)\b", self.c.text[m.end():m.end() + 12], re.I):
            return None
        start = m.start()
        if self.c.text[max(0, start - 4):start].lower() == "the ":
            start -= 4
        if self.c.anchor is None:
            return None, "month", True, start, m.end()
        tense = self.c.tense(m.start(), m.end())
        if g["win_w"].lower() == "summer":
            return str(summer_year(self.c.anchor, tense, None)), "year", True, start, m.end()
        return _month(month_year(1, self.c.anchor, tense), 1), "month", True, start, m.end()

    def h_seasonpart(self, m, g):
        if self.c.anchor is None:
            return None, "month", True, m.start(), m.end()
        pos = re.sub(r"\s+", " ", g["sp_pos"].lower())
        mod = (g.get("sp_mod") or "the").lower()
        tense = self.c.tense(m.start(), m.end())
        lw = self.c.left(m.start(), 1)
        if mod == "the" and lw and lw[-1] == "since":
            tense = "past"
        year = self.c.league.season_year(self.c.anchor, mod, tense)
        first, last = self.c.league.season(year)
        if pos in ("start", "beginning"):
            return _month(first.year, first.month), "month", True, m.start(), m.end()
        if pos in ("end", "close"):
            return _month(last.year, last.month), "month", True, m.start(), m.end()
        if pos in ("final day", "last day"):
            return _day(last), "day", True, m.start(), m.end()
        if pos == "opening weekend":
            return _week(first), "week", True, m.start(), m.end()
        return _day(first), "day", True, m.start(), m.end()

    def h_unitpart(self, m, g):
        a = self.c.anchor
        if a is None:
            return None, "month", True, m.start(), m.end()
        unit, mod = g["up_unit"].lower(), (g.get("up_mod") or "this").lower()
        step = {"this": 0, "next": 1, "last": -1}[mod]
        pos = g["up_pos"].lower()
        if unit == "week":
            return _week(a + dt.timedelta(weeks=step)), "week", True, m.start(), m.end()
        if unit == "month":
            d = a + relativedelta(months=step)
            return _month(d.year, d.month), "month", True, m.start(), m.end()
        return _month(a.year + step, 12 if pos == "end" else 1), "month", True, m.start(), m.end()

    def h_opening(self, m, g):
        r = self.c.right(m.end(), 1)
        if r and r[0] in self.lx.adjunct_nouns:
            return None
        if self.c.anchor is None:
            return None, "day", True, m.start(), m.end()
        year = self.c.league.season_year(self.c.anchor, "the", self.c.tense(m.start(), m.end()))
        first = self.c.league.season(year)[0]
        if g["op"].lower() == "weekend":
            return _week(first), "week", True, m.start(), m.end()
        return _day(first), "day", True, m.start(), m.end()

    def h_ago(self, m, g):
        n = _number(g["ago_n"])
        a = self.c.anchor
        if n is None or n > 60:
            return None
        if a is None:
            return None, "day", True, m.start(), m.end()
        unit = g["ago_u"].lower()
        if unit == "day":
            return _day(a - dt.timedelta(days=n)), "day", True, m.start(), m.end()
        if unit in ("week", "fortnight"):
            return _week(a - dt.timedelta(weeks=n * (2 if unit == "fortnight" else 1))), "week", True, m.start(), m.end()
        if unit == "month":
            d = a - relativedelta(months=n)
            return _month(d.year, d.month), "month", True, m.start(), m.end()
        if unit == "year":
            return str(a.year - n), "year", True, m.start(), m.end()
        return season_label(self.c.league.season_year(a, "this") - n), "season", True, m.start(), m.end()

    def h_in_n(self, m, g):
        n = _number(g["in_n"])
        a = self.c.anchor
        if n is None or n > 60:
            return None
        if a is None:
            return None, "day", True, m.start(), m.end()
        unit = g["in_u"].lower()
        if unit == "day":
            return _day(a + dt.timedelta(days=n)), "day", True, m.start(), m.end()
        if unit == "week":
            return _week(a + dt.timedelta(weeks=n)), "week", True, m.start(), m.end()
        d = a + relativedelta(months=n)
        return _month(d.year, d.month), "month", True, m.start(), m.end()

    def h_unit(self, m, g):
        mod, unit = g["u_mod"].lower(), g["u_unit"].lower()
        if unit == "campaign":
            unit = "season"
        start, end = m.start(), m.end()
        lw = self.c.left(start, 1)
        the = bool(lw) and lw[-1] == "the"
        if unit == "season":
            if the and mod == "past":
                return None
        else:
            if the or mod in ("coming", "following", "current", "new"):
                return None
        if the:
            start = self.c.text.lower().rindex("the", 0, start)
        a = self.c.anchor
        if a is None:
            return None, unit, True, start, end
        tense = self.c.tense(m.start(), m.end())
        if mod in ("previous", "past"):
            mod = "last"
        if unit == "week":
            step = {"last": -1, "next": 1}.get(mod, 0)
            return _week(a + dt.timedelta(weeks=step)), "week", True, start, end
        if unit == "weekend":
            return _week(weekend_date(a, tense, mod if mod in ("last", "next", "this") else None)), "week", True, start, end
        if unit == "month":
            d = a + relativedelta(months={"last": -1, "next": 1}.get(mod, 0))
            return _month(d.year, d.month), "month", True, start, end
        if unit == "year":
            return str(a.year + {"last": -1, "next": 1}.get(mod, 0)), "year", True, start, end
        if unit == "summer":
            return str(summer_year(a, tense, mod)), "year", True, start, end
        year = self.c.league.season_year(a, mod, tense)
        if mod in ("new", "coming", "upcoming", "next") and self._season_start_context(start, end):
            return _day(self.c.league.season(year)[0]), "day", True, start, end
        return season_label(year), "season", True, start, end

    def _season_start_context(self, start: int, end: int) -> bool:
        s, _ = self.c.sentence(start)
        before = self.c.text[max(s, start - 30):start].lower()
        if any(before.rstrip().endswith(cue) for cue in SEASON_START_CUES):
            return True
        r = self.c.right(end, 1)
        return bool(r) and r[0] in SEASON_START_VERBS

    def h_weekend(self, m, g):
        if self.c.anchor is None:
            return None, "week", True, m.start(), m.end()
        d = weekend_date(self.c.anchor, self.c.tense(m.start(), m.end()), None)
        return _week(d), "week", True, m.start(), m.end()

    def h_rel(self, m, g):
        if self.c.anchor is None:
            return None, "day", True, m.start(), m.end()
        step = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[g["rel"].lower()]
        return _day(self.c.anchor + dt.timedelta(days=step)), "day", True, m.start(), m.end()

    def h_part(self, m, g):
        if self.c.anchor is None:
            return None, "day", True, m.start(), m.end()
        return _day(self.c.anchor), "day", True, m.start(), m.end()

    def h_lastnight(self, m, g):
        if self.c.anchor is None:
            return None, "day", True, m.start(), m.end()
        return _day(self.c.anchor - dt.timedelta(days=1)), "day", True, m.start(), m.end()

    def h_pre(self, m, g):
        r = self.c.right(m.end(), 1)
        if r and r[0] in self.lx.adjunct_nouns:
            return None
        a = self.c.anchor
        if a is None:
            return None, "month", True, m.start(), m.end()
        year, inside = self.c.league.position(a)
        if not inside:
            year += 1
        elif self.c.tense(m.start(), m.end()) == "future":
            year += 1
        return self.c.league.preseason_month(year), "month", True, m.start(), m.end()

    def h_wd(self, m, g):
        name = g["wd"]
        if not name[0].isupper():
            return None
        lw = self.c.left(m.start(), 1)
        if lw and lw[-1] in self.lx.weekday_names_after:
            return None
        start, end = m.start(), m.end()
        mod = lw[-1] if lw else None
        if mod in ("last", "next", "this"):
            start = self.c.text.lower().rindex(mod, 0, start)
        if self.c.anchor is None:
            return None, "day", True, start, end
        wd = self.lx.weekdays.index(name.lower())
        d = weekday_date(wd, self.c.anchor, self.c.tense(m.start(), m.end()), mod)
        return _day(d), "day", True, start, end

    def h_mo(self, m, g):
        name = g["mo"]
        if not name[0].isupper() or not self._may_ok(name):
            return None
        start, end = m.start(), m.end()
        lw = self.c.left(start, 2)
        if not g.get("mo_mid") and (not lw or lw[-1] not in self.lx.month_cues):
            return None
        month = self._month_num(name)
        mod = lw[-1] if lw and lw[-1] in ("last", "next", "this") else None
        start = self._widen(start)
        off, end = self._year_suffix(end)
        if self.c.anchor is None:
            return None, "month", True, start, end
        if off is not None:
            return _month(self.c.anchor.year + off, month), "month", True, start, end
        tense = self.c.tense(m.start(), m.end())
        if lw and lw[-1] == "since":
            tense = "past"
        return _month(month_year(month, self.c.anchor, tense, mod), month), "month", True, start, end

    def _widen(self, start: int) -> int:
        """Take in "the end of", "early", "last" ... before a month, for the shown text."""
        mm = re.search(r"(?:(?:the\s+)?(?:end|start|beginning|middle|turn)\s+of\s+(?:the\s+month\s+of\s+)?"
                       r"|(?:early|late|mid)[-\s]+|(?:last|next|this)\s+)$", self.c.text[max(0, start - 40):start], re.I)
        return start - len(mm.group(0)) if mm else start

    def h_py(self, m, g):
        word = g["py"].lower()
        lw = self.c.left(m.start(), 2)
        a = self.c.anchor
        if word == "christmas":
            if not lw or lw[-1] not in SUMMER_CUES | {"at"}:
                return None
            if a is None:
                return None, "month", True, m.start(), m.end()
            tense = self.c.tense(m.start(), m.end())
            return _month(month_year(12, a, tense), 12), "month", True, m.start(), m.end()
        if len(lw) < 2 or lw[-1] != "the" or lw[-2] not in SUMMER_CUES:
            return None
        r = self.c.right(m.end(), 1)
        if r and r[0] in self.lx.adjunct_nouns:
            return None
        start = m.start() - 4 if self.c.text[max(0, m.start() - 4):m.start()].lower() == "the " else m.start()
        if a is None:
            return None, "year", True, start, m.end()
        return str(summer_year(a, self.c.tense(m.start(), m.end()), None)), "year", True, start, m.end()


def _merge_weekday_dates(found: list[TimeExpr], text: str) -> list[TimeExpr]:
    """"Saturday 12 August" is one date: drop the weekday and widen the date to cover it."""
    weekdays = lexicon().weekdays
    out: list[TimeExpr] = []
    for ex in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "day" and ex.kind == "day"
                and prev.text.split()[0].lower().removesuffix("'s") in weekdays
                and re.fullmatch(r"[\s,]*(?:the\s+)?", text[prev.end:ex.start], re.I)):
            out[-1] = TimeExpr(prev.start, ex.end, text[prev.start:ex.end], ex.value, ex.kind, ex.relative)
            continue
        out.append(ex)
    return out


def find_time_expressions(text: str, anchor: dt.date | None, league: str | None = None) -> list[TimeExpr]:
    """Every temporal expression in `text`, resolved against `anchor` where it needs one.

    `league` is a key of data/calendar.yaml; by default the league the text names most.
    Never raises: an impossible date ("31 February") is skipped.
    """
    if not isinstance(text, str) or not text:
        return []
    return list(_cached(text, anchor, league))


@lru_cache(maxsize=4096)
def _cached(text: str, anchor: dt.date | None, league: str | None) -> tuple[TimeExpr, ...]:
    ctx = _Ctx(text, anchor, league)
    finder = _Finder(ctx)
    found: list[TimeExpr] = []
    covered = -1
    for m in _pattern().finditer(ctx.text):
        if m.start() < covered:
            continue
        try:
            res = finder.handle(m)
        except (ValueError, OverflowError, KeyError, IndexError):
            continue
        if res is None:
            continue
        value, kind, relative, start, end = res
        if found and start < found[-1].end:
            start = found[-1].end if found[-1].end < end else start
            if start >= end:
                continue
        covered = end
        found.append(TimeExpr(start, end, text[start:end], value, kind, relative))
    return tuple(_merge_weekday_dates(found, text))
