"""Find temporal expressions in text and normalise them against an anchor (publication) date.

`find_time_expressions(text, anchor)` returns every expression with its ISO value at the
precision the text gives: YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY or a season YYYY-YY (YYYY in a
calendar-year league such as MLS). Absolute dates ("14 July 2023", "the 2022-23 season", "the
2026 MLS season") resolve without an anchor; relative ones
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
from functools import cache, lru_cache, partial

from dateutil.relativedelta import relativedelta

from ..cache import memo, prefetch, text_key
from ..datafiles import club_records
from ..text import fold
from .football import calendar, season_label, unmodelled_nationalities
from .lexicon import lexicon, sentence_spans
from .tense import FIXTURE_NOUNS, direction, first_cue, fronted_past

YEAR_CUES = frozenset({"in", "since", "until", "till", "by", "from", "during", "before", "after",
                       "throughout", "early", "late", "mid", "around", "circa", "through", "into"})
SUMMER_CUES = frozenset({"in", "during", "over", "until", "till", "through", "throughout", "by",
                         "before", "after", "for", "since", "across"})
PERIOD_DETERMINERS = frozenset({"the", "our", "their", "his", "her", "its", "my", "your", "this"})
PERIOD_OF_HEADS = frozenset({"ahead", "start", "beginning", "end", "middle"})
# Expressions that date no event of their own (see _Finder.is_event_time)
_OPEN_ENDED = re.compile(r"\b(?:(?:until|till)\s+at\s+least|at\s+least\s+(?:until|till))\s+(?:the\s+)?$", re.I)
# ... unless a clause that follows says what happens then: "until at least January, when they
# could return with a new offer" dates the return
# "a saga that dragged on for most of the winter window", "for much of the summer": the
# stretch a thing lasted over, not a time it happened (only "the" period: "for much of last
# season" is a record the reader dates)
_MOST_OF = re.compile(r"\b(?:for|during|throughout|over)\s+(?:most|much)\s+of\s+(?:the\s+)?$", re.I)
_WHEN_CLAUSE = re.compile(r"\s*,?\s*(?:when|at\s+which\s+point)\s", re.I)
# "every night, even in the summer", "the same story every winter: they panic in January": a
# time in a clause about a habit is no date
_HABIT = re.compile(r"\b(?:every|each)\s+(?:single\s+)?(?:day|night|morning|evening|week|weekend|month|year|"
                    r"season|summer|winter|spring|autumn|window|january)\b[^.;!?]{0,60}$", re.I)
# "which is what clubs do in January", "that's what managers always do in the summer": what a
# kind of people (a bare plural, no one in particular) habitually do at that time of year
_GENERIC_HABIT = re.compile(r"\bwhat\s+(?:most\s+|all\s+|other\s+|big\s+|some\s+)?(?:clubs|teams|sides|managers|"
                            r"coaches|players|agents|buyers|sellers|people|everyone|everybody|chairmen|"
                            r"directors|scouts|fans|supporters)\s+(?:always\s+|usually\s+|normally\s+|often\s+|"
                            r"tend\s+to\s+)?do(?:es)?\s+(?:in|during|at|over)\s+(?:the\s+)?$", re.I)
# "he is not a player we sell in May and replace in June", "the kind of deal you do in January":
# a kind of thing someone does at that time of year (a generic present after an indefinite noun)
_GENERIC_KIND = re.compile(r"\b(?:a|an|the\s+(?:kind|sort|type)\s+of)\s+(?:player|club|team|side|deal|signing|"
                           r"thing|move)\s+(?:that\s+|who\s+|which\s+)?(?:we|you|they)\s+(?:can\s+|could\s+|would\s+)?"
                           r"[a-z]+\s+(?:in|during|at)\s+(?:(?:the\s+)?[A-Za-z]+\s+and\s+[a-z]+\s+(?:in|during|at)\s+)?"
                           r"(?:the\s+)?$", re.I)
# a game a weekday may date ("Saturday's match", "the last friendly ... on Saturday")
GAME_NOUNS = FIXTURE_NOUNS | {"friendly", "friendlies", "opener"}
_SCORE = re.compile(r"\d\s?[-\u2013]\s?\d")
_CLAUSE_BREAK_RE = re.compile(r"[,;:]\s")
_MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# "returns for pre-season on July 7", "report for pre-season with the squad on Monday": a day
# of the same clause (no clause break between) that dates the return
_OWN_DAY_AFTER = re.compile(r"(?:(?!\b(?:and|but|then|before|after|when|while|until|or)\b)"
                            r"[^,;:.!?\"\u201c\u201d\n]){0,40}?"
                            r"\bon\s+(?:(?P<od_wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                            r"|\d{1,2}(?:st|nd|rd|th)?\s+(?P<od_m1>" + _MONTH_NAMES + r")|(?P<od_m2>" + _MONTH_NAMES
                            + r")\s+\d{1,2})\b")
_WINDOW_OWN_DAY = re.compile(r"(?:\s+in\s+[A-Z][\w-]*)?\s+"
                             r"(?:closes|shuts|ends|closed|shut|ended|will\s+(?:close|shut|end))"
                             r"\s+(?:at\s+\S+\s+)?on\s+(?:the\s+)?(?:\d|(?:Monday|Tuesday|Wednesday|Thursday|Friday"
                             r"|Saturday|Sunday)\b|" + _MONTH_NAMES + r"\b)")
# "The January window closes on January 31", "the transfer window shuts on 2 September": the
# article's own closing day for its window (see _Context.stated_deadline)
_STATED_CLOSE = re.compile(r"\bwindow\s+(?:closes|shuts|ends|will\s+(?:close|shut|end))\s+(?:at\s+\S+\s+)?on\s+"
                           r"(?:\w+day,?\s+)?(?:(?:the\s+)?(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>" + _MONTH_NAMES
                           + r")|(?P<m2>" + _MONTH_NAMES + r")\s+(?P<d2>\d{1,2})(?!\d))")
STATED_DEADLINE_DAYS = 20
STATED_OWN_REACH = 40       # characters before "window" that still belong to the stating phrase
_WINDOW_PREFIX = re.compile(r"((?:[\w'\u2019.-]+\s+){0,4})$")


def _qualified_window(text: str, start: int) -> bool:
    """Is the window at `start` named with a capitalised qualifier other than a month ("the
    Dutch window", "the Slovenian winter transfer window", "the NIFL window")? It may be
    another league's than the story's."""
    words = _WINDOW_PREFIX.search(text, max(0, start - 60), start).group(1).split()
    for w in reversed(words):
        if w.lower() in ("the", "this", "a"):
            break
        if w[:1].isupper() and w.lower().strip(".") not in lexicon().months:
            return True
    return False
# "said on Thursday", "told reporters on Monday": a reporting verb dating the speaking
_SAID_ON = re.compile(r"\b(?:said|told|added|insisted|claimed|explained|admitted|revealed|confirmed|stressed"
                      r"|warned|declared)\s+(?:[\w'-]+\s+){0,2}?on\s+$", re.I)
_DEICTIC_START = re.compile(r"(?:this|last|next)\s", re.I)
_LETTERS = re.compile(r"[A-Za-z'\u00c0-\u024f]+")     # a word, accented Latin letters too ("Süper")
# "We would have loved to keep her until the summer", "I'd have liked to sign him in January":
# a wish that did not come true (same clause); the time names what will not happen
_MISSED_WISH = re.compile(r"\b(?:would|'d)(?:\s+not|n't)?\s+have\s+(?:loved|liked|preferred|wanted|wished|hoped)"
                          r"\b[^,;:.!?\"]*$", re.I)
_FIRST_WORDS = re.compile(r"[\s\"'\u201c\u2018(]*([A-Za-z']+)\s+([A-Za-z']+)")
# "twice in ten days", "three bids in a week", "his second offer in ten days": a count before
# "in N days" makes it the span the things were counted over, not a time N days from now
_SPAN_COUNT = re.compile(r"(?:\b(?:once|twice|thrice|times)"
                         r"|\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                         r"\s+(?:[a-z'-]+\s+)?[a-z'-]+s"
                         r"|\b(?:second|third|fourth|fifth)\s+(?:[a-z'-]+\s+)?[a-z'-]+)\s+$", re.I)
_CLAUSE_BREAK = re.compile(r"[,;:\u2013\u2014]| - ")
_PERFECT = re.compile(r"\b(?:has|have|'ve)\s+(?:been\s+)?(?:[a-z]+ed|[a-z]+en|made|put|set|sent|brought|"
                      r"told|held|kept|left|won|lost|paid|sold|bought|spent|become)\b(?:\s+(?:up|in|out|off))?",
                      re.I)
PERFECT_NOT_PRESENT = frozenset({"to", "would", "could", "should", "might", "may", "must", "will", "shall",
                                 "not", "never"})
_ANOTHER = re.compile(r"\banother\s+(?:(?!(?:on|in|at|by|before|after|until|till|from|during|for|over|since|around|"
                      r"to|of|the|this|next|last|that|when|and|or|but)\s)[a-z]+\s+)?$", re.I)
IMPERATIVE_OBJECTS = frozenset({"me", "us", "him", "her", "them", "it", "until", "till", "and"})
DEICTIC = frozenset({"today", "tonight", "tomorrow", "yesterday", "this morning", "this afternoon",
                     "this evening", "last night"})
_WEEKDAY_DEADLINE = re.compile(r"\s+(?:(?P<wdl_w>summer|january|winter)\s+)?(?:transfer\s+)?deadline(?:[-\s]day)?\b",
                               re.I)
QUOTE_LOOKBACK = 2000
# "the day before" ends its phrase (a comma, the sentence's end, a new clause): with an object
# ("the day before the final") it counts from that noun, not from the date given before it
_ANAPHOR_END = re.compile(r"\s*(?:[,.;:!?)\"']|$|(?:and|but|when|while|as|so|or|then|he|she|they|it|we|i)\b)", re.I)
ANAPHOR_REACH = 400      # characters back to the date an anaphoric day counts from
ANAPHOR_CHAIN_REACH = 1200  # ... for "Ten days later," opening a sentence of a told story
# "travelled on Monday after the clubs agreed a fee at the end of last week, but ... the following
# day": a day inside a clause that goes back to what came before the sentence's day (after,
# having, since) is background; a later clause's "the following day" counts from the sentence's day
_BACKGROUND_CLAUSE = re.compile(r"\b(?:after|having|since)\b", re.I)
_PLUPERFECT = re.compile(r"\bhad\s+(?:been\s+|already\s+)?[a-z]+(?:ed|en|n|t)\b", re.I)
_ANAPHOR_CLAUSE_BREAK = re.compile(r"[;:\u2013\u2014]|,(?!\d)| - ")
# "over a January move", "his proposed June switch": a month before a move noun names its time
# "November's friendlies", "January's window": nouns a month's possessive dates
_MONTH_POSSESSIVE = re.compile(r"[A-Za-z]+")
MONTH_POSSESSIVE_NOUNS = frozenset({"friendly", "friendlies", "qualifier", "qualifiers", "international",
                                    "internationals", "window", "break", "game", "games", "match", "matches",
                                    "fixture", "fixtures", "final", "finals", "derby", "camp", "tournament",
                                    "draw", "meeting", "deadline", "squad", "tie", "ties", "clash", "opener",
                                    "transfer", "move", "bid", "offer", "deal", "loan", "signing", "switch"})
MONTH_ATTRIBUTIVE_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "any", "possible",
                                           "potential", "proposed", "mooted", "planned"})
# "until the end of 2026": the part of the year that a year after "the end of" ... names
_YEAR_PART = re.compile(r"(?:the\s+)?(?P<yp>end|close|start|beginning|middle)\s+of\s+$", re.I)
# A time that belongs to a move still to come, not to the clause's verb: "talks about a move at
# the end of the season", "agreed to join them at the end of the season" (the text just before it)
_PROSPECTIVE = re.compile(
    r"\b(?:(?:about|over|regarding|for|on)\s+(?:(?:a|an|the|his|her|their|its|any|possible|potential|"
    r"permanent|free|summer)\s+){0,2}(?:move|switch|transfer|exit|departure|sale|return|swoop)"
    r"(?:\s+(?:away|abroad|elsewhere|back|home))?(?:\s+to\s+[^\s,;:.]+(?:\s+[^\s,;:.]+){0,2}?)?"
    r"|to\s+(?:join|leave|move|sign(?:\s+for)?|depart|return\s+to|switch\s+to|link\s+up\s+with|reunite\s+with)"
    r"(?:\s+[^\s,;:.]+){0,3}?)\s+(?:at|in|during|by|before|after|until)\s+(?:the\s+)?$", re.I)
RECENT_DEADLINE_DAYS = 7
HOLIDAY_RECENT_DAYS = 100   # "spoke to her before Christmas" in a past clause: a holiday this recent
# "I'd take him tomorrow": a first- or second-person conditional (see _Finder._hypothetical)
_CONDITIONAL = re.compile(r"\b(?:i|we|you)(?:\s+would|(?P<had>'d))\s+(?:(?:not|never|just|still|even|happily|"
                          r"gladly|definitely|certainly|honestly|really|probably)\s+)?(?P<v>[a-z]+)\b", re.I)
_CLAUSE_END = re.compile(r"[,;:!?.\"]|\b(?:if|when|but|and|because|so|unless|until|after|before)\b", re.I)
# ... but a wish or a plan ("we'd like to finish it tomorrow") or an opinion on what will happen
# ("I would say he signs tomorrow") dates the thing wished or foreseen
WISH_VERBS = frozenset({"like", "love", "prefer", "hope", "expect", "want", "wish", "plan", "aim", "intend",
                        "say", "think", "guess", "imagine", "bet", "reckon", "predict", "suggest"})
_WINDOW_CLOSED = re.compile(r"\s+(?:had\s+)?(?:closed|shut|ended|slammed\s+shut)\b", re.I)
WEEKEND_CUES = frozenset({"by", "before", "until", "till", "as", "over", "during", "at", "since"})
# "have set aside £50m for the January window": money or plans for a window look forward
WINDOW_FORWARD = frozenset({"for"})
# "set a deadline of Friday for any bid": the day a deadline names lies ahead of its setting
DEADLINE_OF = frozenset({"of"})
SEASON_START_CUES = ("ahead of", "before", "until", "till", "by", "start of", "beginning of")
SEASON_START_VERBS = frozenset({"starts", "begins", "kicks", "gets", "opens", "started", "began", "kicked"})


# "the first of September": ordinal words for a day of the month
_ORD_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
ORDINAL_WORDS = {**{w: i + 1 for i, w in enumerate(_ORD_UNITS)},
                 **{w: i + 10 for i, w in enumerate(("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
                                                     "fifteenth", "sixteenth", "seventeenth", "eighteenth",
                                                     "nineteenth", "twentieth"))},
                 **{f"twenty-{w}": 21 + i for i, w in enumerate(_ORD_UNITS)},
                 "thirtieth": 30, "thirty-first": 31}
_ORDINAL_RE = "|".join(sorted((k.replace("-", r"[\s-]") for k in ORDINAL_WORDS), key=len, reverse=True))


# First words of the fixed patterns below (months, weekdays, numbers and holidays come from data).
_STARTERS = ("the", "summer", "winter", "spring", "autumn", "january", "transfer", "window", "deadline",
             "start", "beginning", "end", "close", "final", "last", "first", "opening", "in", "next",
             "this", "previous", "past", "coming", "following", "upcoming", "current", "new", "at",
             "over", "during", "today", "tonight", "yesterday", "tomorrow", "pre", "mid", "christmas", "off")


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
    cal_names = "|".join(re.escape(n) for n in sorted({n for lg in calendar().leagues.values() if lg.calendar_year
                                                       for n in lg.names}, key=len, reverse=True)) or "(?!)"
    parts = [
        ("iso", rf"(?<![\d-])(?P<iso_y>{y})-(?P<iso_m>\d{{1,2}})-(?P<iso_d>\d{{1,2}})(?![\d-])"),
        ("num", rf"(?<![\d/.])(?P<num_d>\d{{1,2}})(?P<num_sep>[/.])(?P<num_m>\d{{1,2}})(?P=num_sep)(?P<num_y>\d{{4}}|\d{{2}})(?!\d|[/.]\d)"),
        ("season", rf"(?<![\d£€$])(?P<se_a>{y})\s?[-/–]\s?(?P<se_b>\d{{4}}|\d{{2}})(?![\d-])"),
        ("dm", rf"(?<![\d£€$.,])(?P<dm_d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<dm_m>{mon})\b\.?(?:,?\s+(?P<dm_y>{y})\b)?"),
        ("md", rf"\b(?P<md_m>{mon})\.?\s+(?P<md_d>\d{{1,2}})(?:st|nd|rd|th)?(?![%£€$.,]\d|\d|\s*(?:%|per\b|m\b|million|bn\b|goals?\b|games\b|matches\b|appearances\b|points\b|years?\b|clubs\b|players\b|days\b|weeks\b|minutes\b))(?:,?\s+(?P<md_y>{y})\b)?"),
        # "the first of September", "the twenty-first of March 2026": an ordinal word, a month
        ("wdm", rf"\bthe\s+(?P<wdm_d>{_ORDINAL_RE})\s+of\s+(?P<wdm_m>{months})\b(?:,?\s+(?P<wdm_y>{y})\b)?"),
        ("my", rf"\b(?P<my_m>{mon})\.?\s+(?:of\s+)?(?P<my_y>{y})\b"),
        # "reported on the 18th", "On the 17th, ...": a day of the month alone (see h_oday)
        ("oday", rf"\bthe\s+(?P<od_d>[12]?\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?{mon}\b|[-\u2013]|\d)"),
        ("poy", rf"\b(?:summer|winter|spring|autumn)\s+(?:of\s+)?(?P<poy_y>{y})\b"),
        ("hol", rf"\b(?P<hol>{hol})\b"),
        ("closes", r"\b(?:the\s+)?(?:(?P<wc_w>summer|january|winter)\s+)?(?:transfer\s+)?window\s+(?:closes|shuts|slams\s+shut|is\s+shut|ends)\b"),
        ("window", r"\b(?P<win_w>summer|january|winter)(?:'s)?\s+(?:transfer\s+)?window\b"),
        ("winend", r"\b(?:the\s+)?(?:end|close)\s+of\s+the\s+(?:(?P<we_w>summer|january|winter)\s+)?(?:transfer\s+)?window\b"),
        ("dday", r"\bdeadline[-\s]day\b"),
        ("sstart", r"\bthe\s+(?P<ss_new>new\s+)?(?:season|campaign)\s+(?P<ss_v>starts|begins|kicks\s+off|gets\s+under\s*way|started|began|kicked\s+off|got\s+under\s*way)\b"),
        # not "the deadline-day signing": "deadline-day" is the dday branch's, which knows adjuncts
        ("deadline", r"\bthe\s+(?:(?P<dl_w>summer|january|winter)\s+)?(?:transfer\s+)?deadline\b(?![-\s]day\b)"),
        ("seasonpart", r"\b(?P<sp_pos>start|beginning|end|close|(?:final|last|first|opening)\s+(?:day|weekend|game|match|fixture))\s+of\s+(?:the\s+)?(?:(?P<sp_mod>new|this|next|last|coming|current|previous|upcoming)\s+)?(?:season|campaign|term)\b"),
        ("unitpart", r"\b(?P<up_pos>start|beginning|end)\s+of\s+(?:the\s+)?(?:(?P<up_mod>this|next|last)\s+)?(?P<up_unit>week|month|year)\b"),
        ("opening", r"\bopening[-\s](?P<op>day|weekend)\b"),
        # "the day before", "the following day", "two days later": counted from the date just given
        ("anaph", rf"\b(?:the\s+(?P<an_rel>following|next|previous|preceding)\s+(?:day|morning|afternoon|evening|night)"
                  rf"|the\s+(?:day|night|morning|evening)\s+(?P<an_d1>before|after)"
                  rf"|(?P<an_n>\d{{1,2}}|{num})\s+(?P<an_u>day|week)s?\s+(?P<an_d2>later|earlier|afterwards|before|after))\b"),
        ("ago", rf"\b(?P<ago_n>\d{{1,2}}|{num})\s+(?P<ago_u>day|week|fortnight|month|year|season)s?\s+ago\b"),
        ("in_n", rf"\bin\s+(?P<in_n>\d{{1,2}}|{num})\s+(?P<in_u>day|week|month)s?(?:'?\s*time)?\b"),
        ("unit", r"\b(?P<u_mod>last|next|this|previous|past|coming|following|upcoming|current|new)\s+(?P<u_unit>weekend|week|month|year|season|campaign|term|summer|(?:transfer\s+)?window)\b"),
        ("weekend", r"\b(?:(?:at|over|during)\s+)?the\s+weekend\b"),
        ("rel", r"\b(?P<rel>today|tonight|yesterday|tomorrow)\b"),
        ("part", r"\bthis\s+(?:morning|afternoon|evening)\b"),
        ("lastnight", r"\blast\s+night\b"),
        ("pre", r"\bpre[-\s]?season\b"),
        ("wd", rf"\b(?P<wd>{wd})\b(?:'s)?(?:\s+(?:morning|afternoon|evening|night))?"),
        ("mo", rf"\b(?:(?P<mo_mid>mid)[-\s]?)?(?P<mo>{months})\b"),
        ("py", r"\b(?P<py>summer|christmas|(?:close|off)[-\s]?season)\b"),
        # "the 2026 MLS season", "his 2024 campaign", "the 2025 Brasileirão": a calendar-year season
        ("yseason", rf"(?<![£€$\d.,])\b(?P<ys_y>{y})\s+(?:(?-i:(?:[A-Z0-9\u00c0-\u00de][\w.'-]*\s+){{0,3}}?)"
                    rf"(?:season|campaign)\b|(?:{cal_names})(?![\w-]))"),
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


# Before a weekday these make it a day even where a club shares its name ("on Wednesday").
WEEKDAY_DATE_CUES = frozenset({"on", "last", "next", "this", "by", "until", "till", "since", "from",
                               "before", "after", "every", "each", "early", "late", "midnight"})
# "Saturday's 2-2 draw", "Sunday's 3-1 defeat at ...": a score after a weekday's game
_PLAYED_RESULT = re.compile(r"\s+\d{1,2}\s?[-\u2013]\s?\d{1,2}\s+(?:home\s+|away\s+)?"
                            r"(?:draw|win|victory|defeat|loss|thrashing|rout|stalemate)\b", re.I)
_DAY_PART = re.compile(r"(?:['\u2019]s)?\s+(?:morning|afternoon|evening|night|lunchtime)\b", re.I)


@cache
def _weekday_clubs() -> dict[str, tuple[str, ...]]:
    """Weekday -> the club names and short forms (data/clubs.yaml) that end in it."""
    weekdays = set(lexicon().weekdays)
    out: dict[str, set[str]] = {}
    for _, rec in club_records():
        for form in [rec.get("name"), *(rec.get("short") or [])]:
            if not isinstance(form, str):
                continue
            words = form.split()
            if len(words) > 1 and words[-1].lower() in weekdays:
                out.setdefault(words[-1].lower(), set()).add(" ".join(words))
    return {w: tuple(sorted(f)) for w, f in out.items()}


# "the Romanian window closes", "the Cypriot transfer deadline": a nation's own window
_NATIONAL_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+(?:transfer\s+)?(?:window\s+|deadline\s+)?$")
# A possessive weekday after these is a game looked forward to ("ahead of Friday's meeting")
_PREVIEW_LEAD = re.compile(r"\b(?:ahead\s+of|focus(?:ed|ing)?\s+on|prepar(?:e|es|ing|ations?)\s+for|build-?up\s+to"
                           r"|run-?up\s+to)\s+$", re.I)
# "before the league opener on Sunday", "ahead of the derby on Saturday"
_PREVIEW_FIXTURE_ON = re.compile(r"\b(?:ahead\s+of|before|focus(?:ed|ing)?\s+on|prepar(?:e|es|ing|ations?)\s+for)"
                                 r"\s+(?:the|their|our|his|her|this)\s+(?:[\w-]+\s+){0,3}?"
                                 r"(?:game|match|fixture|tie|derby|final|clash|opener|meeting|trip|visit)\s+on\s+$", re.I)
# "the boy from 2017", "the player from 2019": a person as he was in a year, no event then
_PERSON_FROM = re.compile(r"\bthe\s+(?:same\s+|young\s+)?(?:boy|girl|kid|man|lad|player|version|one)\s+from\s+$", re.I)
# an opening single quote mark (not an apostrophe: "Morecambe's", "'til") and a closing one
# after the quote's last punctuation ("... the weekend,' he said")
_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(:\u2014\u2013]))'(?=[A-Z0-9])")
_SINGLE_CLOSE = re.compile(r"[.,!?]'(?=\s|$)")
# "In January I could still ...", "In May we couldn't ...": a fronted month, a pronoun and
# "could": ability then, or a chance to come; the nearer month decides
_FRONTED_COULD = re.compile(r"\s*,?\s*(?:I|we|he|she|they|you|it)\s+(?:could|couldn't|couldn\u2019t|could\s+not)\b")
_PAST_AUX = re.compile(r"\b(?:was|were|had|did|wasn't|weren't|hadn't|didn't)\b", re.I)
_FORWARD_MODAL = re.compile(r"\b(?:will|would|wants?|hopes?|hoping|expects?|plans?|aims?|must|needs?|should"
                            r"|intends?)\b|['\u2019]ll\b", re.I)
_EVERY_IN = re.compile(r"\b(?:every|each)\s+(?:[\w'-]+\s+){0,2}?(?:day|night|evening|morning|afternoon|week|weekend"
                       r"|game|match|year|season|summer|winter)\s+in\s+$", re.I)
_FRONTED_SPEAKING = re.compile(r"[\"'\u201c\u2018]?(?:Speaking|Talking|Writing)\b")
_PAST_REPORT = re.compile(r"\b(?:said|told|admitted|added|explained|insisted|wrote|revealed|confirmed)\b")
_RESULT_NOUNS = frozenset({"win", "victory", "defeat", "loss", "draw", "thrashing", "rout", "stalemate", "result"})
_PREVIEW_BREAK = re.compile(r"[;:\u2013\u2014\"\u201c\u201d]| - ")
_ON_WEEKDAY = re.compile(r"\bon\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!['\u2019])")
_NAMED_WEEKDAY = re.compile(r"(?<![A-Za-z'\u2019])(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                            r"[ \t]+(?P<next>[A-Z][^\W\d_]*(?:['\u2019-][^\W\d_]+)*)")


def _weekday_surname(text: str, m: re.Match) -> bool:
    """Is the weekday of `m` (see _NAMED_WEEKDAY) a first name: "striker Sunday Oyelaran-Bakare"?
    The word after it looks like a surname (not a month, weekday, stopword, title or day part:
    "the Sunday Times", "Saturday Night Football", "on Sunday The club ...") and no date cue
    ("on", "last", "by" ...) or "the" stands before it ("On Saturday Arsenal won")."""
    lx = lexicon()
    nxt = m.group("next").lower()
    if (nxt in lx.months or nxt in lx.weekdays or nxt in lx.month_abbreviations or nxt in lx.stopwords
            or nxt in lx.weekday_not_surnames or nxt in WEEKDAY_DATE_CUES):
        return False
    before = re.findall(r"[A-Za-z']+", text[max(0, m.start() - 20):m.start()])
    prev = before[-1].lower() if before else ""
    return prev not in WEEKDAY_DATE_CUES and prev not in ("the", "at", "of", "in", "for", "and", "or", "to")


def _person_weekdays(text: str) -> frozenset[str]:
    """Weekdays that are, in this text, a person's first name ("Sunday Oyelaran-Bakare"): one
    scan. Elsewhere in the text the bare weekday as a subject ("Sunday has a contract until
    2027") is then the person, as a club's weekday is the club ("Wednesday will pay")."""
    if not any(w in text for w in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")):
        return frozenset()
    return frozenset(m.group("wd").lower() for m in _NAMED_WEEKDAY.finditer(text) if _weekday_surname(text, m))


class _Ctx:
    """Per-call state: the folded text, its sentences and the anchor."""

    def __init__(self, text: str, anchor: dt.date | None, league_key: str | None):
        self.text = fold(text)
        self.anchor = anchor
        cal = calendar()
        self.league = cal.league_for(text, league_key)
        self.spans = sentence_spans(self.text)
        # weekdays that are, in this text, also a club it names ("Sheffield Wednesday" ...
        # "Wednesday's first friendly", "Wednesday will pay")
        self.club_weekdays = frozenset(w for w, forms in _weekday_clubs().items()
                                       if any(f in self.text for f in forms))
        self.starts = [s for s, _ in self.spans]
        self.person_weekdays = _person_weekdays(self.text)
        self._unmodelled: bool | None = None
        self._outside: bool | None = None
        self._raw = text
        self._stated: list | None = None

    def stated_deadline(self, near: dt.date, at: int) -> dt.date | None:
        """The closing day the article itself gives its window ("The January window closes on
        January 31"), in the year that puts it nearest `near` (the calendar's day), when within
        a few weeks of it: the league's own day, which the calendar may not know. Lazy: one
        search of the text."""
        if self._stated is None:
            self._stated = []
            for m in _STATED_CLOSE.finditer(self._raw):
                if _qualified_window(self._raw, m.start()):
                    continue     # "the Dutch window closes on 2 September": another league's, maybe
                day = m.group("d1") or m.group("d2")
                month = lexicon().months.get((m.group("m1") or m.group("m2")).lower())
                if month and day and 1 <= int(day) <= 31:
                    self._stated.append((month, int(day), m.start(), m.end()))
                if len(self._stated) >= 4:
                    break
        best = None
        for month, day, s0, s1 in self._stated:
            if s0 - STATED_OWN_REACH <= at <= s1:
                continue         # the stating sentence itself ("The January window closes on ..."): its own reading
            for year in (near.year - 1, near.year, near.year + 1):
                try:
                    d = dt.date(year, month, day)
                except ValueError:
                    continue
                if abs((d - near).days) <= STATED_DEADLINE_DAYS and (
                        best is None or abs((d - near).days) < abs((best - near).days)):
                    best = d
        return best

    def unmodelled_league(self) -> bool:
        """Is the story about a league the calendar does not model (see Calendar)? Lazy."""
        if self._unmodelled is None:
            self._unmodelled = calendar().names_unmodelled_league(self._raw)
        return self._unmodelled

    def league_approximate(self) -> bool:
        """Does the calendar know the story's league only roughly: a league it does not model,
        or one it models only the seasons of (own_windows: false: the months are right)? Then
        its registration windows are unknown and a first matchday is no day to give."""
        return not self.league.own_windows or self.unmodelled_league()

    def unmodelled_outside_europe(self) -> bool:
        """A story of a league the calendar does not model, outside Europe (Nigeria, Egypt,
        Thailand ...): none of its window days is known. Lazy."""
        if self._outside is None:
            self._outside = self.league_approximate() and calendar().leads_outside_europe(self._raw)
        return self._outside

    def outside_europe_unknown(self) -> bool:
        """A story of a league outside Europe the calendar does not list at all (Oman, Iraq,
        Nigeria ...; not one whose seasons it approximates, as Saudi Arabia's): no season day or
        month of the default league is this league's."""
        return self.unmodelled_league() and self.unmodelled_outside_europe()

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
        return [w.lower() for w in _LETTERS.findall(self.text[max(s, pos - 60):pos])][-n:]

    def right(self, pos: int, n: int = 3) -> list[str]:
        _, e = self.sentence(max(pos - 1, 0))
        return [w.lower() for w in _LETTERS.findall(self.text[pos:min(e, pos + 50)])][:n]

    def _around(self, start: int, end: int) -> tuple[str, str]:
        s, e = self.sentence(start)
        lo = max(s, start - 300)
        # inside a quote the speaker's clause starts at the quote mark: "He was categorical:
        # 'He stays until the summer'" reads forward, not in the reporter's past tense
        # (counted from the paragraph's start: a sentence may begin inside a quote, as in
        # 'I want to stay," he said, adding: "What happens in the summer, we will see.')
        qs = max(0, start - QUOTE_LOOKBACK)                     # bounded: linear on huge text
        para = self.text.rfind("\n\n", qs, start)
        qs = para + 2 if para >= 0 else qs
        hi = min(e, end + 120)
        if self.text.count('"', qs, start) % 2 == 1:
            lo = max(lo, self.text.rfind('"', qs, start) + 1)
            # ... and ends at the closing mark: '"he is preparing for Thursday," the agent told
            # the paper' reads in the speaker's tense, not in the reporter's past after the quote
            close = self.text.find('"', end, hi)
            hi = close if close >= 0 else hi
        elif self.text.find("'", qs, start) >= 0:
            # a single-quoted quote (British style): "told the radio: 'He is focused on the game at
            # the weekend'": the speaker's clause starts at its opening mark, if still open
            opening = None
            for q in _SINGLE_OPEN.finditer(self.text, qs, start):
                opening = q.start()
            if opening is not None and not _SINGLE_CLOSE.search(self.text, opening, start):
                lo = max(lo, opening + 1)
                close = _SINGLE_CLOSE.search(self.text, end, hi)
                hi = close.start() + 1 if close else hi
        # direction() reads 20 words left and 6 right: bounded slices keep a huge sentence linear
        return self.text[lo:start], self.text[end:hi]

    def tense(self, start: int, end: int, forward_words: frozenset[str] = frozenset()) -> str | None:
        if self.in_command(start):
            return "future"          # "Call me on Friday": a command looks forward
        if self._fronted_speaking(start):
            return "past"            # "Speaking to reporters before the weekend, she said: ..."
        return direction(*self._around(start, end), forward_words)

    def _fronted_speaking(self, start: int) -> bool:
        """Is `start` inside a sentence-opening "Speaking/Talking to ..." clause whose main
        clause reports in the past ("Speaking to her club's channel before the weekend, the
        midfielder said ...")? The speaking is the reported saying, done."""
        s, e = self.sentence(start)
        if start - s > 150 or not _FRONTED_SPEAKING.match(self.text, s):
            return False
        comma = self.text.find(",", start, min(e, start + 120))
        if comma < 0 or "," in self.text[s:start]:
            return False
        return _PAST_REPORT.search(self.text[comma:min(e, comma + 80)]) is not None

    def in_command(self, start: int) -> bool:
        """Is `start` inside a command ("Ask me after ...", "Don't expect ...") that opens its
        sentence or quote, in the command's own clause?"""
        t, lx = self.text, lexicon()
        s, _ = self.sentence(start)
        lo = max(s, start - 300)                               # bounded: linear on huge sentences
        heads = [s] if start - s <= 300 else []
        q = max(t.rfind('"', lo, start), t.rfind(": ", lo, start) + 1)
        if q >= lo:
            heads.append(q + 1)
        for h in heads:
            mm = _FIRST_WORDS.match(t, h, start)
            # the time must belong to the command itself: "Believe me, he left in May" or
            # "Let me be clear: we bid on Tuesday" go on with a clause of their own
            if mm and mm.group(1)[0].isupper() and not _CLAUSE_BREAK.search(t, mm.end(), start) and (
                    mm.group(1).lower() in lx.imperative_words
                    or mm.group(1).lower() in lx.imperative_verbs and mm.group(2).lower() in IMPERATIVE_OBJECTS):
                return True
        return False

    def fronted_past(self, start: int, end: int) -> bool:
        """"and by Saturday night the deal was off": see tense.fronted_past."""
        return fronted_past(*self._around(start, end))


# "a wet Tuesday night in Stoke", "a cold, rainy Wednesday": the weather makes the day a type of
# day (the football cliche), not a date
_GENERIC_WEEKDAY = re.compile(r"\b(?:an?|any)\s+(?:(?:wet|cold|rainy|windy|wintry|freezing|miserable|"
                              r"damp|dreary|chilly|foggy|rain-soaked|windswept)\b,?\s+){1,2}$", re.I)


# a sentence opening with a short subject and a non-restrictive relative clause on it, up to a
# point inside that clause ("The 20-year-old, who has scored seven goals in 12 games ")
# "the best (offer) that a player has received this season", "one of the most exciting players in
# the league this season": the season is the field a superlative ranks over, not when anything
# happened (same clause, no break before the season)
_SUPERLATIVE_SCOPE = re.compile(r"\b(?:the|its|his|her|their)\s+(?:best|most|biggest|highest|largest|greatest|"
                                r"worst|fewest|least)\b[^,;:.!?\"\u201c\u201d()]{0,80}$", re.I)
SEASON_UNITS = frozenset({"season", "campaign"})
_SUBJECT_ASIDE = re.compile(r"\s*(?:[^\W\d_][\w'.-]*|\d+[\w-]*)(?:\s+[\w'.-]+){0,5},\s+(?:who|which)\s+[^,;:()\"]*$")


def _rfind_word(text: str, word: str, pos: int) -> int:
    """Start of the last `word` (any case) in the 60 characters before `pos`."""
    lo = max(0, pos - 60)
    hits = list(re.finditer(rf"\b{re.escape(word)}\b", text[lo:pos], re.I))
    return lo + hits[-1].start() if hits else pos


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
    if mod == "this" and tense == "past" and back <= anchor.weekday():
        # "travelled to Madrid this Monday" (a Tuesday's copy): the Monday of this week, gone by
        return anchor - dt.timedelta(days=back)
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
    if mod == "next":
        # written in spring, "this summer" is the one just ahead; "next summer" the year after
        # ("her contract runs until next summer", in May: a year left)
        return a.year if a.month < 4 else a.year + 1
    if mod in ("coming", "upcoming"):
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


# "on the 18th": the prepositions before a day of the month alone, and what may follow it
ODAY_PREPOSITIONS = frozenset({"on", "since", "from", "by", "until", "till", "before", "after"})
_ODAY_AFTER = re.compile(r"\s*(?:[,.;:!?)\"'\u201d\u2019\u2013\u2014]|$)|\s+(?:and|but|when|while|as|at|in|"
                         r"after|before|with|to|that|he|she|they|it|we|i|the|his|her|their|its|"
                         r"of\s+(?:this|the)\s+month|was|were|is|will|would|had|has|said|told|"
                         r"came|went|drew|met|made|saw|[a-z]+ed)\b", re.I)
_ODAY_THIS_MONTH = re.compile(r"\s+of\s+(?:this|the)\s+month\b", re.I)


# "the 30 June Stadium", "the 3 July Arena": a place named after a date (case matters: a name)
_DATE_NAMED_PLACE = re.compile(r"\s+(?:Stadium|Arena|Street|Square|Avenue|Boulevard|Bridge|Stadion|Ground)\b")
# "3 June – Reports claim ...", "- 15 July: returns to training": a day that opens its line as a
# chronology's label, told in the historic present; the verbs after it give no direction
_LABEL_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-*\u2022\u00b7]+[ \t]*)?(?:\*\*)?$")
_LABEL_AFTER = re.compile(r"(?:\*\*)?[ \t]*(?:[\u2013\u2014]|-(?=\s)|:(?=\s))")
# "the window closes on that date", "... on the same day": the day the text just gave
_THAT_DATE = re.compile(r"\s+(?:on\s+)?(?:that|the\s+same)\s+(?:date|day)\b", re.I)
# a day named as a deadline ("set 30 September as the deadline", "fixed June 1 as the cut-off date")
_NAMED_AS_DEADLINE = re.compile(r"\s+as\s+(?:the|a|its|their|his|her|our)\s+(?:[a-z-]+\s+){0,2}?"
                                r"(?:deadline|cut-?off|closing\s+date|final\s+day|last\s+day|"
                                r"(?:end|close|start|opening)\s+of)\b", re.I)


# "said no signings were planned before the registration deadline on March 31": the day a
# deadline falls on is fixed, the verb's past dates the saying; no direction, the nearest such day
_DEADLINE_ON = re.compile(r"\b(?:deadline|cut-?off|closing\s+date)\s+(?:on|of)\s+(?:the\s+)?$", re.I)


# the first finite verb of a main clause ("Until June, the club was known as X")
_MAIN_FINITE = re.compile(r"\b(was|were|had|is|are|has|have|will|would|remains?|stays?)\b|[.;!?]", re.I)


# a deal made now for a move in a named month ("agreed a January move", "lined up a summer switch")
_ARRANGED = frozenset({"agreed", "arranged", "negotiated", "sealed", "secured", "finalised", "finalized",
                       "planned", "lined", "set", "tied"})


class _Finder:
    def __init__(self, ctx: _Ctx):
        self.c = ctx
        self.lx = lexicon()
        self.found: list[TimeExpr] = []      # the expressions kept so far (see h_anaph)

    def is_event_time(self, start: int, end: int) -> bool:
        """False for a time that dates no event: an open-ended lower bound ("until at least
        the end of the season"), a habit ("every summer") or a time inside a command ("Ask me
        after the window closes")."""
        t = self.c.text
        pre = t[max(0, start - 30):start]
        if "least" in pre and _OPEN_ENDED.search(pre) and not _WHEN_CLAUSE.match(t, end):
            return False
        if "of" in pre and _MOST_OF.search(pre) and (pre.endswith(("the ", "The ")) or t[start:start + 4].lower() == "the "):
            return False
        # (a quote may open on it: "'Every Friday is a war,' he said")
        last = pre.rsplit(None, 1)[-1].lower().lstrip("'\"\u2018\u201c\u00ab\u201e(") if pre.strip() else ""
        if last in ("every", "each") and pre[-1:].isspace():   # "every January": a habit, not a date
            return False
        if "other" in pre and _ANOTHER.search(pre) and not self._counted(start, end):
            return False     # "another chaotic deadline day", "another summer": a kind of time, no date
        if not any(c.isdigit() for c in t[start:end]):
            s0, _ = self.c.sentence(start)
            # ("is each day stronger, and this Thursday they came back": a time its own
            # "this/last/next" singles out is no habit's)
            if _HABIT.search(t, max(s0, start - 90), start) and not _DEICTIC_START.match(t, start):
                return False
            if "what" in t[max(s0, start - 70):start].lower() and _GENERIC_HABIT.search(t, max(s0, start - 70), start):
                return False
            if _GENERIC_KIND.search(t, max(s0, start - 90), start):
                return False
            if "have" in t[max(s0, start - 90):start] and _MISSED_WISH.search(t, max(s0, start - 90), start):
                return False
        # "Ask me again on Friday": a command that sets a day is an appointment, a time to come;
        # only an open bound ("Ask me after the window closes") dates nothing
        return pre.rsplit(None, 1)[-1:] == ["on"] or not self.c.in_command(start)

    def _counted(self, start: int, end: int) -> bool:
        """Does the expression open with a count ("two weeks", "10 days")? "in another two
        weeks" is a span from now, not a kind of time."""
        first = self.c.text[start:end].split(None, 1)[:1]
        return bool(first) and (first[0][:1].isdigit() or first[0].lower() in self.lx.numbers)

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
            mm = re.search(rf"\b{r[0]}\b", self.c.text[end:end + 60], re.I)
            end = end + mm.end() if mm else end
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

    def h_wdm(self, m, g):
        return self._day_month(m, g["wdm_m"], ORDINAL_WORDS[re.sub(r"[\s-]+", "-", g["wdm_d"].lower())],
                               g["wdm_y"])

    def h_md(self, m, g):
        return self._day_month(m, g["md_m"], int(g["md_d"]), g["md_y"])

    def _day_month(self, m, mname, day, year):
        if not self._may_ok(mname) or not 1 <= day <= 31:
            return None
        month = self._month_num(mname)
        start, end = m.start(), m.end()
        if self.c.text[end - 1] != "." and _DATE_NAMED_PLACE.match(self.c.text, end):
            return None      # "a friendly at the 30 June Stadium": a place named after a date
        if self.c.text[end - 1] == "." and not year:      # a full stop, not an abbreviation's dot
            end -= 1
        if year:
            return _day(dt.date(int(year), month, day)), "day", False, start, end
        off, end = self._year_suffix(end)
        if self.c.anchor is None:
            return None, "day", True, start, end
        if off is not None:
            return _day(dt.date(self.c.anchor.year + off, month, day)), "day", True, start, end
        label = _LABEL_AFTER.match(self.c.text, end) and _LABEL_BEFORE.search(self.c.text, max(0, start - 12), start)
        # "the league has set September 30 as the deadline": the verb dates the setting, not
        # the day set (a deadline fixed now for later): no direction, the nearest such day
        named_as = _NAMED_AS_DEADLINE.match(self.c.text, end) or \
            _DEADLINE_ON.search(self.c.text, max(0, start - 24), start)
        d = day_in_year(month, day, self.c.anchor, None if label or named_as else self.c.tense(start, end))
        return _day(d), "day", True, start, end

    def h_oday(self, m, g):
        """"reported on the 18th", "since the 3rd": after a time preposition and before a clause
        break or a function word, a day of the month alone is in the article's month (the latest
        such day gone by in past tense, the next one ahead in future tense). Not "the 18th
        minute", "18th place", "the 17th century": a noun after the ordinal is no date."""
        lw = self.c.left(m.start(), 1)
        if not lw or lw[-1] not in ODAY_PREPOSITIONS:
            return None
        if not _ODAY_AFTER.match(self.c.text, m.end()):
            return None
        day = int(g["od_d"])
        if not 1 <= day <= 31:
            return None
        start, end = m.start(), m.end()
        mm = _ODAY_THIS_MONTH.match(self.c.text, end)
        if mm:
            end = mm.end()
        if self.c.anchor is None:
            return None, "day", True, start, end
        a = self.c.anchor
        tense = self.c.tense(start, end)
        if tense is None and lw[-1] in ("by", "until", "till", "before"):
            tense = "future"
        step = 1 if tense == "future" and day < a.day else -1 if tense != "future" and day > a.day else 0
        if mm:
            step = 0                 # "on the 3rd of this month"
        y, mo = a.year, a.month
        for _ in range(3):           # a 31st in a 30-day month: the month before (or after) that
            mo += step
            if mo < 1:
                y, mo = y - 1, 12
            elif mo > 12:
                y, mo = y + 1, 1
            try:
                return _day(dt.date(y, mo, day)), "day", True, start, end
            except ValueError:
                step = step or -1
        return None

    def h_my(self, m, g):
        if not self._may_ok(g["my_m"]):
            return None
        return _month(int(g["my_y"]), self._month_num(g["my_m"])), "month", False, m.start(), m.end()

    def h_poy(self, m, g):
        return g["poy_y"], "year", False, m.start(), m.end()

    def h_yseason(self, m, g):
        start = m.start()
        if self.c.text[max(0, start - 4):start].lower() == "the ":
            start -= 4
        return g["ys_y"], "season", False, start, m.end()

    def h_yr(self, m, g):
        lw = self.c.left(m.start(), 1)
        part = _YEAR_PART.search(self.c.text, max(0, m.start() - 30), m.start())
        if part:
            # "until the end of 2026": the year's last month; "the start of 2027": its first
            pos = part.group("yp").lower()
            y = int(g["yr"])
            if pos == "middle":
                return g["yr"], "year", False, part.start(), m.end()
            return _month(y, 12 if pos in ("end", "close") else 1), "month", False, part.start(), m.end()
        if not lw or lw[-1] not in YEAR_CUES:
            return None
        if lw[-1] == "from" and _PERSON_FROM.search(self.c.text, max(0, m.start() - 30), m.start()):
            return None          # "we are not signing the boy from 2017": who he was then, no event
        return g["yr"], "year", False, m.start(), m.end()

    # --- relative to the anchor -----------------------------------------------------------
    def h_hol(self, m, g):
        key = re.sub(r"\s+", " ", g["hol"].lower())
        key = key if key in self.lx.holidays else key.replace("years", "year's")
        month, day = self.lx.holidays[key]
        if self.c.anchor is None:
            return None, "day", True, m.start(), m.end()
        d = day_in_year(month, day, self.c.anchor, self._holiday_tense(m.start(), m.end(), month, day))
        return _day(d), "day", True, m.start(), m.end()

    def _holiday_tense(self, start: int, end: int, month: int, day: int) -> str | None:
        """"When I spoke to her before Christmas", written in January: a forward preposition
        before a holiday sets no direction of its own when the clause it hangs on is past (the
        tense read from the preposition) and that holiday went by only weeks ago."""
        tense = self.c.tense(start, end)
        lw = self.c.left(start, 1)
        a = self.c.anchor
        if tense == "future" and a is not None and lw and lw[-1] in self.lx.forward_prepositions \
                and lw[-1] not in ("until", "till"):
            last = day_in_year(month, day, a, "past")
            if 0 < (a - last).days <= HOLIDAY_RECENT_DAYS:
                p = _rfind_word(self.c.text, lw[-1], start)
                if self.c.tense(p, p) == "past" and not self.c.in_command(start):
                    return "past"
        return tense

    def h_closes(self, m, g):
        return self.deadline(m, (g.get("wc_w") or "").lower() or None)

    def h_deadline(self, m, g):
        return self.deadline(m, (g.get("dl_w") or "").lower() or None)

    def deadline(self, m, window):
        named_january = window == "january"     # "winter" names no month: the calendar's day stands
        if window == "winter":
            window = "january"
        r = self.c.right(m.end(), 1)
        if r and r[0] in self.lx.adjunct_nouns:
            return None
        nat = _NATIONAL_BEFORE.search(self.c.text, max(0, m.start() - 30), m.start())
        if nat and nat.group(1) in unmodelled_nationalities():
            return None      # "before the Romanian window closes": a window the calendar does not know
        if not self.c.league.windows_known:
            return None      # a calendar-year league's own window (Norway, Iceland ...): not modelled
        if self.c.anchor is None:
            return None, "day", True, m.start(), m.end()
        same = _THAT_DATE.match(self.c.text, m.end())
        if same:
            # "I hope we find a solution before February 15." / "The registration window closes
            # on that date.": the window's day is the one the text just gave, not the calendar's
            prev = self.found[-1] if self.found else None
            if (prev is None or prev.kind != "day" or prev.value is None or len(prev.value) != 10
                    or m.start() - prev.end > ANAPHOR_REACH):
                return None
            return prev.value, "day", True, m.start(), same.end()
        tense = self.c.tense(m.start(), m.end())
        d = self.c.league.deadline_near(self.c.anchor, tense, window)
        stated = self.c.stated_deadline(d, m.start())
        if stated is not None and (tense != "future" or stated >= self.c.anchor):
            return _day(stated), "day", True, m.start(), m.end()     # the article's own day for it
        if tense == "future":
            # "failed to agree terms before the deadline", written just after it: the verb's
            # past, which the forward preposition hid, dates a deadline a few days gone
            last = self.c.league.deadline_near(self.c.anchor, "past", window)
            lw = [w for w in self.c.left(m.start(), 2) if w != "the"][-1:]   # "before (the) deadline day"
            if (0 < (self.c.anchor - last).days <= RECENT_DEADLINE_DAYS and lw
                    and lw[-1] in self.lx.forward_prepositions):
                p = _rfind_word(self.c.text, lw[-1], m.start())
                if self.c.tense(p, m.end()) == "past":
                    d = last
        if named_january and d.month != 1:
            # "before the January window closes": the writer names January; a deadline the
            # calendar moves into February is not the month they mean
            return _month(d.year, 1), "month", True, m.start(), m.end()
        if self.c.unmodelled_outside_europe():
            return None      # "before the window closes" in a Nigerian story: not Europe's summer day
        if (d.month < 7 or (self.c.anchor.month <= 3 and d.year == self.c.anchor.year)) and self.c.league_approximate():
            # a story of a league the calendar does not model (Slovenia, Armenia ...): Europe's
            # summer windows close within days of each other, but the winter ones are spread over
            # January to March; the default league's winter deadline is not this league's (nor,
            # in February or March, the summer one: this league's winter window may still be open)
            return None
        return _day(d), "day", True, m.start(), m.end()

    def h_winend(self, m, g):
        return self.deadline(m, (g.get("we_w") or "").lower() or None)

    def h_sstart(self, m, g):
        """"before the season starts", "since the campaign began": a first matchday."""
        a = self.c.anchor
        if a is None:
            return None, "day", True, m.start(), m.end()
        if self.c.outside_europe_unknown():
            return None      # "before the season starts" in an Omani story: not Europe's first matchday
        past = g["ss_v"].lower().split()[0] in ("started", "began", "kicked", "got")
        which = "new" if g.get("ss_new") else "the"
        year = self.c.league.season_year(a, which, "past" if past else "future")
        first = self.c.league.season(year)[0]
        if not past and which == "the" and first < a:
            first = self.c.league.season(year + 1)[0]
        if not self.c.league.own_windows:
            # a league whose matchdays the calendar only approximates: the month is what is sure
            return _month(first.year, first.month), "month", True, m.start(), m.end()
        return _day(first), "day", True, m.start(), m.end()

    def h_dday(self, m, g):
        return self.deadline(m, None)

    def h_window(self, m, g):
        if re.match(r"\s+(?:opens|reopens|opened|reopened|opening)\b", self.c.text[m.end():m.end() + 12], re.I):
            return None
        start = m.start()
        if re.search(r"\b(?:a|any|every|each)\s+$", self.c.text[max(0, start - 8):start], re.I):
            return None      # "in a summer transfer window, 'over' means little": any window, no date
        if self.c.text[max(0, start - 4):start].lower() == "the ":
            start -= 4
        if self.c.anchor is None:
            return None, "month", True, start, m.end()
        if _WINDOW_OWN_DAY.match(self.c.text, m.end()):
            return None        # "the winter window in France closes on February 2": that day dates it
        tense = self.c.tense(m.start(), m.end(), WINDOW_FORWARD)
        if _WINDOW_CLOSED.match(self.c.text, m.end()):
            tense = "past"     # "after the summer window closed": the window's own verb decides
        if g["win_w"].lower() == "summer":
            return str(summer_year(self.c.anchor, tense, None)), "year", True, start, m.end()
        if g["win_w"].lower() == "winter" and (not self.c.league.windows_known or self.c.league_approximate()):
            return None        # a league whose winter window the calendar does not know (it may run to March)
        return _month(month_year(1, self.c.anchor, tense), 1), "month", True, start, m.end()

    def h_seasonpart(self, m, g):
        if self.c.anchor is None:
            return None, "month", True, m.start(), m.end()
        if self.c.outside_europe_unknown():
            return None      # "since the start of the season" in an Iraqi story: not Europe's August
        pos = re.sub(r"\s+", " ", g["sp_pos"].lower())
        mod = (g.get("sp_mod") or "the").lower()
        tense = self.c.tense(m.start(), m.end())
        lw = self.c.left(m.start(), 1)
        if mod == "the" and lw and lw[-1] == "since":
            tense = "past"
        elif mod == "the" and self.c.left(m.start(), 3)[-3:-1] == ["close", "to"]:
            tense = None       # "so close to the start of the campaign": the nearest start, whatever tense reports it
        year = self.c.league.season_year(self.c.anchor, mod, tense)
        first, last = self.c.league.season(year)
        if mod == "the":
            # a bare "the season" follows the tense: mid-season, "since the end of the season"
            # is last season's end, "until the start of the season" the next one's start
            day = last if pos.startswith(("end", "close", "final", "last")) else first
            if (tense == "past" and day > self.c.anchor and first <= self.c.anchor
                    and _PROSPECTIVE.search(self.c.text, max(0, m.start() - 80), m.start())):
                # "had asked about a move at the end of the season", "has agreed to join them at
                # the end of the season": the time is the move's, still ahead, not the asking's
                tense = None
            step = -1 if tense == "past" and day > self.c.anchor else (
                1 if tense == "future" and day < self.c.anchor else 0)
            if step:
                year += step
                first, last = self.c.league.season(year)
        if pos in ("start", "beginning"):
            return _month(first.year, first.month), "month", True, m.start(), m.end()
        if pos in ("end", "close"):
            return _month(last.year, last.month), "month", True, m.start(), m.end()
        # "final day", "last game", "opening weekend", "first match" of the season
        day = last if pos.startswith(("final", "last")) else first
        if pos.endswith("weekend"):
            return _week(day), "week", True, m.start(), m.end()
        return _day(day), "day", True, m.start(), m.end()

    def h_unitpart(self, m, g):
        a = self.c.anchor
        if a is None:
            return None, "month", True, m.start(), m.end()
        unit, mod = g["up_unit"].lower(), (g.get("up_mod") or "this").lower()
        step = {"this": 0, "next": 1, "last": -1}[mod]
        pos = g["up_pos"].lower()
        if unit == "week":
            if pos == "end":
                # "by the end of the week": its Friday, the working week's last day (Sunday when
                # the week's Friday is already behind a weekend anchor)
                d = a + dt.timedelta(weeks=step)
                fri = d + dt.timedelta(days=4 - d.weekday())
                if step == 0 and fri < a:
                    fri += dt.timedelta(days=2)
                return _day(fri), "day", True, m.start(), m.end()
            return _week(a + dt.timedelta(weeks=step)), "week", True, m.start(), m.end()
        if unit == "month":
            told = None if g.get("up_mod") else self._told_month(m.start())
            if told is not None:
                return told, "month", True, m.start(), m.end()
            d = a + relativedelta(months=step)
            return _month(d.year, d.month), "month", True, m.start(), m.end()
        return _month(a.year + step, 12 if pos == "end" else 1), "month", True, m.start(), m.end()

    def h_opening(self, m, g):
        r = self.c.right(m.end(), 1)
        if r and r[0] in self.lx.adjunct_nouns:
            return None
        if self.c.anchor is None:
            return None, "day", True, m.start(), m.end()
        if self.c.league_approximate():
            return None      # a league the calendar does not model: its opening weekend is not known
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
        return self.c.league.label(self.c.league.season_year(a, "this") - n), "season", True, m.start(), m.end()

    def h_anaph(self, m, g):
        """"put pen to paper on Thursday after passing a medical the day before", "he flew in on
        1 July and signed two days later": a day counted from the day the text gave just before
        (same paragraph, close by). Not "the day before the final", whose day is the noun's."""
        t = self.c.text
        word = (g.get("an_rel") or g.get("an_d1") or g.get("an_d2")).lower()
        if word in ("before", "after") and not _ANAPHOR_END.match(t, m.end()):
            return None
        prev = self.found[-1] if self.found else None
        if (prev is not None and prev.kind != "day" and len(self.found) >= 2
                and self._flashback(prev, m.start())):
            prev = self.found[-2]
        if prev is None or prev.kind != "day":
            return None
        if m.start() - prev.end > ANAPHOR_REACH or "\n\n" in t[prev.end:m.start()]:
            # "On 8 July he told the paper ... [a quoted paragraph] ... Ten days later, the club
            # returned": a count that opens its sentence goes on with the story's last day,
            # across a paragraph or a quote, as long as no other time came in between
            if not (g.get("an_d2") and g["an_d2"].lower() in ("later", "afterwards")
                    and self._opens_sentence(m.start())
                    and m.start() - prev.end <= ANAPHOR_CHAIN_REACH):
                return None
        n = _number(g["an_n"]) if g.get("an_n") else 1
        if n is None or n > 60:
            return None
        unit = (g.get("an_u") or "day").lower()
        if prev.value is None or len(prev.value) != 10:
            return None, unit, True, m.start(), m.end()
        prev = self._foreground_day(prev, m.start())
        sign = -1 if word in ("before", "earlier", "previous", "preceding") else 1
        d = dt.date.fromisoformat(prev.value) + dt.timedelta(days=sign * n * (7 if unit == "week" else 1))
        # "three weeks later" from 14 May is 4 June: counted from a day, a count of weeks
        # gives the day, as a count of days does
        return _day(d), "day", True, m.start(), m.end()

    def _told_month(self, at: int) -> str | None:
        """"In March, the scout watched him twice. By the end of the month, his name was on the
        list": "the month" (no "this") right after a sentence dated in another month is that
        month (same paragraph, close by), not the article's."""
        prev = self.found[-1] if self.found else None
        if (prev is None or prev.value is None or prev.kind not in ("month", "day")
                or len(prev.value) < 7 or at - prev.end > ANAPHOR_REACH
                or "\n\n" in self.c.text[prev.end:at] or self.c.sentence(prev.start)[1] > at
                or self.c.anchor is None or prev.value[:7] >= _month(self.c.anchor.year, self.c.anchor.month)):
            return None       # (a month to come, "the window closes on 1 September", is no story told)
        return prev.value[:7]

    def _opens_sentence(self, pos: int) -> bool:
        """Does the expression at `pos` open its sentence ("Ten days later, ...")?"""
        s, _ = self.c.sentence(pos)
        lo = max(s, pos - 8)                    # bounded: linear on huge sentences
        return lo == s and not self.c.text[lo:pos].strip(" \t\n\"'\u201c\u2018")

    def _flashback(self, prev: "TimeExpr", at: int) -> bool:
        """"The deal was agreed on Friday. Their bid had been turned down a fortnight ago. He
        flew in the following day": a time in a sentence of its own, before the anaphor's, told
        in the pluperfect is a flashback; the story's day goes on from the day before it."""
        s, e = self.c.sentence(prev.start)
        if at < e:
            return False
        return bool(_PLUPERFECT.search(self.c.text, max(s, prev.start - 300), prev.start))  # bounded: linear

    def _foreground_day(self, prev: "TimeExpr", at: int) -> "TimeExpr":
        """The day an anaphor at `at` counts from, given the day just before it: that day, unless
        it sits in a background clause ("after ...", "having ...") hanging on an earlier day of
        the same sentence and the anaphor is in a later clause; then that earlier day."""
        if len(self.found) < 2:
            return prev
        main = self.found[-2]
        t = self.c.text
        s, _ = self.c.sentence(prev.start)
        if (main.kind != "day" or main.value is None or len(main.value) != 10 or main.start < s
                or main.value <= prev.value or at - main.end > ANAPHOR_REACH):
            return prev
        subs = list(_BACKGROUND_CLAUSE.finditer(t, main.end, prev.start))
        if (not subs or _ANAPHOR_CLAUSE_BREAK.search(t[main.end:subs[0].start()].rstrip(", "))
                or _ANAPHOR_CLAUSE_BREAK.search(t, subs[-1].end(), prev.start)
                or not _ANAPHOR_CLAUSE_BREAK.search(t, prev.end, at)):
            return prev
        return main

    def h_in_n(self, m, g):
        n = _number(g["in_n"])
        a = self.c.anchor
        if n is None or n > 60:
            return None
        if _SPAN_COUNT.search(self.c.text, max(0, m.start() - 40), m.start()):
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
        if unit in ("campaign", "term"):       # "last term" is last season in football copy
            unit = "season"
        start, end = m.start(), m.end()
        lw = self.c.left(start, 1)
        the = bool(lw) and lw[-1] == "the"
        if unit.endswith("window"):
            return self._window_unit(mod, start, end, the)
        if unit == "season":
            if the and mod == "past":
                return None
            lw3 = self.c.left(start, 3) if the and mod in ("new", "coming", "upcoming") else []
            if lw3[-2:] == ["for", "the"] and lw3[:1] != ["time"] and \
                    self.c.right(end, 1)[:1] not in (["opener"], ["start"], ["kick"], ["opening"]):
                # "their priority for the new season", "strengthen the squad for the new
                # season": the season as a goal, not a time anything happens ("in time for
                # the new season" and "ahead of/before the new season" still date)
                return None
        elif unit == "year" and mod == "new" and the:
            # "in the new year": the coming January
            lw2 = self.c.left(start, 2)
            if len(lw2) < 2 or lw2[-2] not in SUMMER_CUES | {"at", "into"}:
                return None
            a = self.c.anchor
            start = _rfind_word(self.c.text, "the", start)
            if a is None:
                return None, "month", True, start, end
            year = a.year + (1 if a.month >= 7 else 0)
            if lw2[-2] in ("before", "until", "till"):
                # "an announcement expected before the new year": the December before it
                return _month(year - 1, 12), "month", True, start, end
            return _month(year, 1), "month", True, start, end
        else:
            if the or mod in ("coming", "following", "current", "new"):
                return None
        if the:
            start = _rfind_word(self.c.text, "the", start)
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
            # a weekend is its Saturday: the days a reader means, not the ISO week around them
            return _day(weekend_date(a, tense, mod if mod in ("last", "next", "this") else None)), "day", True, start, end
        if unit == "month":
            d = a + relativedelta(months={"last": -1, "next": 1}.get(mod, 0))
            return _month(d.year, d.month), "month", True, start, end
        if unit == "year":
            return str(a.year + {"last": -1, "next": 1}.get(mod, 0)), "year", True, start, end
        if unit == "summer":
            return str(summer_year(a, tense, mod)), "year", True, start, end
        if mod in ("this", "current") and unit in SEASON_UNITS and _SUPERLATIVE_SCOPE.search(
                self.c.text, max(0, m.start() - 90), m.start()):
            return None      # "the best offer a player has received this season": a ranking's scope
        if mod in ("this", "current") and self._subject_aside(m.start(), m.end()):
            return None      # "The 20-year-old, who has scored seven goals this season, is ...": a tally
        league = self._sentence_league(start)
        if mod in ("this", "current") and tense == "past" and self._present_perfect(m.start()):
            tense = None     # "have signed three players this season": the season under way or to come
        year = league.season_year(a, mod, tense)
        if (mod in ("new", "coming", "upcoming", "next") and self._season_start_context(start, end)
                and not (league is self.c.league and self.c.league_approximate())):
            # (in a story of a league the calendar does not model, the season is all that is sure)
            first = league.season(year)[0]
            if first >= a:
                return _day(first), "day", True, start, end
            # "ahead of the new season" after the calendar's first matchday: the writer's
            # league starts later than the calendar says; the season is all that is sure
        return league.label(year), "season", True, start, end

    def _subject_aside(self, start: int, end: int) -> bool:
        """Is `start` inside an aside on the sentence's opening subject ("The 23-year-old, who
        has started every game this season, is ...")? The season so far is the player's
        record, background to the news, not a happening of its own."""
        s, e = self.c.sentence(start)
        if start - s > 300:
            return False
        if not _SUBJECT_ASIDE.match(self.c.text, s, start):
            return False
        return _CLAUSE_BREAK.match(self.c.text, end, min(e, end + 2)) is not None

    def _present_perfect(self, start: int) -> bool:
        """Does the clause before `start` use "has/have" + participle ("have spent £80m this season")?"""
        s, _ = self.c.sentence(start)
        clause = _CLAUSE_BREAK.split(self.c.text[max(s, start - 120):start])[-1]
        return bool(re.search(r"\b(?:has|have|'ve)\s+(?:\w+\s+)?\w+(?:ed|en|t)\b", clause, re.I))

    def _perfect_only(self, start: int) -> bool:
        """Is the only past of the clause before `start` a present perfect ("has been added to a
        national team camp in January", "have been linked with a move in June")? English puts no
        finished time on a present perfect: the month is not when it happened but the time of
        the thing it names, which may be ahead; no direction (the nearest such month)."""
        s, _ = self.c.sentence(start)
        clause = _CLAUSE_BREAK.split(self.c.text[max(s, start - 120):start])[-1]
        mm = None
        for mm in _PERFECT.finditer(clause):
            pass
        if mm is None or re.search(r"\b(?:was|were|had|did)\b", clause[:mm.start()], re.I):
            return False
        before = clause[:mm.start()].split()[-1:]
        if before and before[0].lower() in PERFECT_NOT_PRESENT:
            return False         # "is said to have asked in May", "would have signed in June": past
        return direction(clause[mm.end():], "") is None

    def _sentence_league(self, pos: int):
        """The league a season at `pos` belongs to: the one its clause names, when it names
        exactly one ("who captained Ulsan to the K League 1 title last season" in a Bundesliga
        story is the Korean, calendar-year season), else the article's. Only the clause: "who
        won the Allsvenskan with Malmo, said he scored nine goals last season" is the story's."""
        s, e = self.c.sentence(pos)
        t = self.c.text
        lo, hi = max(s, pos - 150), min(e, pos + 150)
        breaks = list(_CLAUSE_BREAK.finditer(t, lo, pos))
        lo = breaks[-1].end() if breaks else lo
        nxt = _CLAUSE_BREAK.search(t, pos, hi)
        sent = t[lo:nxt.start() if nxt else hi]
        named = {key: [n for n in lg.names if n in sent and _names_league(sent, n)]
                 for key, lg in calendar().leagues.items()}
        named = {k: ns for k, ns in named.items() if ns}
        if len(named) > 1:
            # "the Canadian Premier League" names one league, not also England's "Premier League"
            longer = [n for ns in named.values() for n in ns]
            named = {k: ns for k, ns in named.items()
                     if not all(any(n != o and n in o for o in longer) for n in ns)}
        keys = set(named)
        if len(keys) != 1:
            return self.c.league
        key = keys.pop()
        return self.c.league if key == self.c.league.key else calendar().league(key)

    def _window_unit(self, mod: str, start: int, end: int, the: bool):
        """"the last window" (the one that closed most recently), "the next window" (the one
        after the window now open, else the coming one). Not "this/current window": the copy
        uses it for the market in general as much as for a date."""
        if mod not in ("last", "previous", "next"):
            return None
        if the:
            start = _rfind_word(self.c.text, "the", start)
        a = self.c.anchor
        if a is None:
            return None, "month", True, start, end
        wins = []
        for y in (a.year - 1, a.year, a.year + 1):
            wins.append((dt.date(y, 1, 1), self.c.league.deadline("january", y), _month(y, 1), "month"))
            wins.append((dt.date(y, 6, 1), self.c.league.deadline("summer", y), str(y), "year"))
        wins.sort()
        if mod == "next":
            ahead = [w for w in wins if w[0] > a]
            if not ahead:
                return None
            _, _, value, kind = ahead[0]
        else:
            closed = [w for w in wins if w[1] < a]
            if not closed:
                return None
            _, _, value, kind = closed[-1]
        return value, kind, True, start, end

    def _season_start_context(self, start: int, end: int) -> bool:
        if self.c.text[end:end + 2] in ("'s", "\u2019s"):
            return False     # "ahead of next season's return to Europe": the season is no start
        s, _ = self.c.sentence(start)
        before = self.c.text[max(s, start - 30):start].lower()
        if any(before.rstrip().endswith(cue) for cue in SEASON_START_CUES):
            return True
        r = self.c.right(end, 1)
        return bool(r) and r[0] in SEASON_START_VERBS

    def h_weekend(self, m, g):
        if m.group(0)[:3].lower() == "the":
            # "by the weekend", "as early as the weekend"; not "the weekend's games"
            lw = self.c.left(m.start(), 1)
            if not lw or lw[-1] not in WEEKEND_CUES or self.c.text[m.end():m.end() + 2] in ("'s", "\u2019s"):
                return None
        if self.c.anchor is None:
            return None, "week", True, m.start(), m.end()
        tense = self.c.tense(m.start(), m.end())
        lw = self.c.left(m.start(), 1)
        if lw and lw[-1] == "since":
            tense = "past"       # "has been in Istanbul since the weekend": the one gone by
        elif tense is None and self._in_quote(m.start()):
            tense = "future"     # see _spoken_present
        d = weekend_date(self.c.anchor, tense, None)
        return _day(d), "day", True, m.start(), m.end()

    def h_rel(self, m, g):
        if g["rel"].lower() == "today" and self._in_quote(m.start()):
            # "I am proud to be here today", "today I only think about my club": a speaker's
            # today is the day they spoke (often not the article's) and dates no event
            return None
        if g["rel"].lower() == "tomorrow" and self._hypothetical(m.start()):
            return None
        if g["rel"].lower() in ("today", "tonight") and self._no_day(m):
            return None
        if self.c.anchor is None:
            return None, "day", True, m.start(), m.end()
        step = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[g["rel"].lower()]
        said = self._said_on(m.start()) if step and self._in_quote(m.start()) else None
        if not said and g["rel"].lower() == "tonight" and self._in_quote(m.start()):
            said = self._match_night()
        base = dt.date.fromisoformat(said) if said else self.c.anchor
        return _day(base + dt.timedelta(days=step)), "day", True, m.start(), m.end()

    def _no_day(self, m) -> bool:
        """A "today"/"tonight" that dates nothing: a live blog's sign-off ("That's it from us
        tonight"), or the present of who someone has become ("the player I am today",
        "where we are today")."""
        lw = self.c.left(m.start(), 2)
        if len(lw) == 2 and lw[0] == "from" and lw[1] in ("us", "me"):
            return True
        if m.group(0).lower() != "today" or not lw:
            return False
        nxt = self.c.text[m.end():m.end() + 1]
        if not (nxt == "" or nxt in ".!?,;\"\u201d\u2019'"):
            return False
        return lw[-1] in ("i'm", "we're", "you're", "they're") or (
            len(lw) == 2 and lw[1] in ("am", "are", "m", "re") and lw[0] in ("i", "we", "you", "they"))

    def _match_night(self) -> str | None:
        """A report the morning after an evening game ("won 2-1 on Friday night"): a quote's
        "tonight" is that night, when the speaker spoke (the last evening the article names,
        the day before its own)."""
        eve = _day(self.c.anchor - dt.timedelta(days=1))
        for ex in self.found[-1:-9:-1]:
            if ex.kind == "day" and ex.value == eve and ex.text.lower().endswith(("night", "evening")):
                return eve
        return None

    def _said_on(self, pos: int) -> str | None:
        """'X said on Thursday that he is "ready to sign tomorrow"': a speaker's tomorrow or
        yesterday counts from the day the sentence says they spoke (the day found just before,
        in the same sentence, right after a reporting verb), when that day is before the
        article's."""
        if not self.found:
            return None
        prev = self.found[-1]
        if prev.kind != "day" or not prev.value or prev.value >= _day(self.c.anchor):
            return None
        if self.c.sentence(prev.start) != self.c.sentence(pos):
            return None
        if not _SAID_ON.search(self.c.text, max(0, prev.start - 40), prev.start):
            return None
        return prev.value

    def _hypothetical(self, pos: int) -> bool:
        """"I'd take him tomorrow", "I would pay the money tomorrow": a speaker's conditional
        (the clause's own "I/we/you would", no "will") says how keen they are, not when
        anything happens. Not a wish ("we'd like to finish it tomorrow") nor "I'd (had) agreed"."""
        s, _ = self.c.sentence(pos)
        clause = self.c.text[max(s, pos - 80):pos]
        mm = None
        for mm in _CONDITIONAL.finditer(clause):
            pass
        if mm is None or _CLAUSE_END.search(clause, mm.end()):
            return False
        verb = mm.group("v").lower()
        if verb in WISH_VERBS:
            return False
        return not (mm.group("had") and (verb.endswith(("ed", "en")) or verb in self.lx.past_words
                                          or verb in ("done", "gone", "had", "got")))

    # _spoken_present: news copy tells in the past, so a weekday with no tense cue is the last
    # one; a speaker talks in the present, and a weekday in their words with no past cue
    # ("Maybe on Saturday he scores again", "Saturday is a big game for us") is the coming one.

    def _in_quote(self, pos: int) -> bool:
        """Is `pos` inside a double-quoted passage of its paragraph (an odd number of quote
        marks before it; bounded look-back)?"""
        t = self.c.text
        lo = max(0, pos - QUOTE_LOOKBACK)
        para = t.rfind("\n\n", lo, pos)
        lo = para + 2 if para >= 0 else lo
        if t.count('"', lo, pos) % 2 == 1:
            return True
        # single-quoted speech (tabloid and agency style): the last plain opening mark
        # ("told reporters: 'We have ...") with no closing mark (",' he said") after it
        if "'" not in t[lo:pos]:
            return False
        opening = closing = -1
        for mm in _SINGLE_QUOTE.finditer(t, lo, pos):
            if mm.group("open") is not None:
                opening = mm.start()
            else:
                closing = mm.start()
        return opening > closing

    def h_part(self, m, g):
        if self.c.anchor is None:
            return None, "day", True, m.start(), m.end()
        spoke = self._speaking_day(m.start()) if self._in_quote(m.start()) else None
        return (spoke or _day(self.c.anchor)), "day", True, m.start(), m.end()

    def _speaking_day(self, pos: int) -> str | None:
        """'Speaking to reporters on Tuesday, the coach said ...' then '"I spoke with him this
        morning"': a speaker's "this morning" is the morning of the day they spoke, when the
        last day found, just before (this paragraph or the one before), dates that speaking
        ("Speaking ... on Tuesday") and lies before the article's day."""
        if not self.found:
            return None
        prev = self.found[-1]
        t = self.c.text
        if prev.kind != "day" or not prev.value or prev.value >= _day(self.c.anchor) or pos - prev.end > 600:
            return None
        if t.count("\n\n", prev.end, pos) > 1:
            return None
        s, _ = self.c.sentence(prev.start)
        first = _FIRST_WORDS.match(t, s, prev.start)
        if not first or first.group(1).lower() not in self.lx.reporting_participles:
            return None
        return prev.value

    def h_lastnight(self, m, g):
        if self.c.anchor is None:
            return None, "day", True, m.start(), m.end()
        return _day(self.c.anchor - dt.timedelta(days=1)), "day", True, m.start(), m.end()

    def h_pre(self, m, g):
        r = self.c.right(m.end(), 1)
        if r and r[0] in self.lx.adjunct_nouns:
            return None
        if not self._time_adverbial(m.start()):
            return None
        if _OWN_START.match(self.c.text, m.end()):
            return None      # "the pre-season that started on Monday": the clause dates it, not the calendar
        own = _OWN_DAY_AFTER.match(self.c.text, m.end())
        if own and own.group("od_wd"):
            # "report for pre-season with everybody else on Monday": the day dates the return;
            # the calendar's month for pre-season (four weeks before its opener) may not be its
            return None
        a = self.c.anchor
        if a is None:
            return None, "month", True, m.start(), m.end()
        if self.c.outside_europe_unknown():
            return None      # a Kenyan or Egyptian story: the default league's pre-season is not its league's
        year, inside = self.c.league.position(a)
        if not inside:
            year += 1
        elif self.c.tense(m.start(), m.end()) == "future":
            year += 1
        value = self.c.league.preseason_month(year)
        if own and int(value[5:]) != self._month_num(own.group("od_m1") or own.group("od_m2")):
            # "returns for pre-season on January 8" where the calendar has pre-season in July:
            # this league's calendar is not the one modelled; the day dates the return
            return None
        return value, "month", True, m.start(), m.end()

    def _time_adverbial(self, start: int) -> bool:
        """Is the period word at `start` the object of a time preposition ("during pre-season",
        "for our pre-season", "ahead of pre-season")? "missing much of pre-season" or "the rest
        of pre-season" name a stretch of time, not when something happened."""
        lw = [w for w in self.c.left(start, 4) if w not in PERIOD_DETERMINERS]
        if not lw:
            return False
        if lw[-1] == "of":
            return len(lw) > 1 and lw[-2] in PERIOD_OF_HEADS
        return lw[-1] in SUMMER_CUES or lw[-1] in ("on", "at")

    def h_wd(self, m, g):
        name = g["wd"]
        if not name[0].isupper():
            return None
        lw = self.c.left(m.start(), 1)
        if lw and lw[-1] in self.lx.weekday_names_after:
            return None
        if (lw and lw[-1] in ("a", "an", "any") and self.c.text[m.start() - 1:m.start()].isspace()
                and not m.group(0).lower().endswith("'s")):    # not "set a Friday's deadline"
            return None      # "a shop that closes early on a Friday": any Friday, a habit, no date
        if _GENERIC_WEEKDAY.search(self.c.text, max(0, m.start() - 40), m.start()):
            return None      # "never seen a wet Tuesday in Stoke": the proverbial day, any one
        if (name.lower() in self.c.club_weekdays and not (lw and lw[-1] in WEEKDAY_DATE_CUES)
                and not _DAY_PART.match(self.c.text, m.start() + len(name))):
            return None      # the club the article names, not the day ("Wednesday will pay")
        if name.lower() in self.c.person_weekdays:
            nm = _NAMED_WEEKDAY.match(self.c.text, m.start())
            if nm and nm.group("wd") == name and _weekday_surname(self.c.text, nm):
                return None  # "striker Sunday Oyelaran-Bakare": a first name
            r = self.c.right(m.end(), 1)
            fixture = (m.group(0).lower().endswith("'s") and bool(r)
                       and (r[0] in FIXTURE_NOUNS or r[0] in ("deadline", "transfer")))
            if (not (lw and lw[-1] in WEEKDAY_DATE_CUES) and not fixture
                    and not _DAY_PART.match(self.c.text, m.start() + len(name))):
                return None  # "Sunday has a contract until 2027", "Sunday's agent": the person
        start, end = m.start(), m.end()
        mod = lw[-1] if lw else None
        if mod in ("last", "next", "this"):
            start = _rfind_word(self.c.text, mod, start)
        possessive = m.group(0).lower().endswith("'s")
        dl = _WEEKDAY_DEADLINE.match(self.c.text, end) if possessive else None
        if dl:
            end = dl.end()
        if self.c.anchor is None:
            return None, "day", True, start, end
        wd = self.lx.weekdays.index(name.lower())
        # "for Saturday's game" looks forward like "by Saturday"
        fw = WINDOW_FORWARD if possessive else frozenset()
        if self.c.left(m.start(), 2) == ["deadline", "of"]:
            fw = DEADLINE_OF      # "set a deadline of Friday": a day ahead of the setting
        tense = self.c.tense(m.start(), m.end(), fw)
        if possessive and _PLAYED_RESULT.match(self.c.text, m.end()):
            tense = "past"       # "Saturday's 2-2 draw", "Sunday's 3-1 win": a score is a game played
        if tense != "future" and self._fixture_ahead(m.start(), end, possessive):
            # "ahead of Friday's game", "before the opener on Sunday": a game to come; in a past
            # clause ("was rested ahead of Friday's game") a game much nearer gone by than to come
            # (written the day after) is the one gone by
            ahead = (wd - self.c.anchor.weekday()) % 7
            if not (tense == "past" and possessive and 2 * ((self.c.anchor.weekday() - wd) % 7) < ahead):
                tense = "future"
        if tense is None and possessive and self._present_fixture(m.start(), end):
            tense = "future"     # "My focus is on Sunday's game": a fixture in the present is to come
        if tense is None and self._in_quote(m.start()):
            tense = "future"     # see _spoken_present
        if tense is None:
            tense = self._fixture_tense(m.start(), end, possessive)
        if dl:
            # "Friday's deadline": the calendar's deadline moved to the named day, when one is near
            window = (dl.group("wdl_w") or "").lower().replace("winter", "january") or None
            near = self.c.league.deadline_near(self.c.anchor, tense, window)
            if abs((near - self.c.anchor).days) <= 10:
                return _on_weekday(_day(near), wd), "day", True, start, end
        if mod in self.lx.forward_prepositions and self.c.fronted_past(m.start(), m.end()):
            mod = None      # "and by Saturday night the deal was off": a Saturday gone by
        d = weekday_date(wd, self.c.anchor, tense, mod)
        before = self._preview_of(m.start())
        if before is not None:
            # "spoke on Tuesday ahead of Saturday's game": the first such day after that day
            d = before + dt.timedelta(days=(wd - before.weekday()) % 7 or 7)
        return _day(d), "day", True, start, end

    def _fixture_tense(self, start: int, end: int, possessive: bool) -> str | None:
        """The tense of a weekday's game whose nearby words carry none. "Saturday's match at
        home to Rovers, a derby of sorts, could be his last": the sentence's main verb, further
        on, decides. "The squad play the last
        friendly of pre-season on Saturday": a game in a clause with no past verb (a present
        timetable) is to come; copy reporting a game played says so ("played", "won")."""
        s, e = self.c.sentence(start)
        before = self.c.text[max(s, start - 150):start]
        if _SCORE.search(before) or any(w.lower() in _RESULT_NOUNS for w in _LETTERS.findall(before)):
            return None      # "Nobody expected the 4-0 defeat in Saturday's game": a game played
        if possessive:
            r = self.c.right(end, 1)
            if not r or r[0] not in GAME_NOUNS:
                return None
            return first_cue(self.c.text[end:min(e, end + 300)])
        clause = _CLAUSE_BREAK_RE.split(before)[-1]
        if any(w.lower() in GAME_NOUNS for w in _LETTERS.findall(clause)):
            return "future"
        return None

    def _preview_of(self, start: int) -> dt.date | None:
        """The day a preview ("ahead of Saturday's game", "before Sunday's match") is written
        from, when its clause names one just before ("on Tuesday ahead of ..."), else None."""
        lw = self.c.left(start, 2)
        if lw[-2:] != ["ahead", "of"] and lw[-1:] != ["before"]:
            return None
        s, _ = self.c.sentence(start)
        prev = None
        for prev in _ON_WEEKDAY.finditer(self.c.text, max(s, start - 60), start):
            pass
        if prev is None or _PREVIEW_BREAK.search(self.c.text, prev.end(), start):
            return None
        wd0 = self.lx.weekdays.index(prev.group(1).lower())
        if prev.group(1).lower() in self.c.person_weekdays | self.c.club_weekdays:
            return None
        return weekday_date(wd0, self.c.anchor, self.c.tense(prev.start(), prev.end()), None)

    def _fixture_ahead(self, start: int, end: int, possessive: bool) -> bool:
        """A weekday's game looked forward to: "ahead of Friday's meeting", "focused on Saturday's
        game", "before the league opener on Sunday". Not a game already scored or reported as a
        result ("ahead of Saturday's 2-1 win", "before Sunday's defeat")."""
        before = self.c.text[max(0, start - 60):start]
        if possessive:
            if not _PREVIEW_LEAD.search(before):
                return False
            if _PLAYED_RESULT.match(self.c.text, end):
                return False
            r = self.c.right(end, 4)
            return not any(w in _RESULT_NOUNS for w in r)
        if not _PREVIEW_FIXTURE_ON.search(before):
            return False
        # "he was hurt before the game on Saturday": a past clause tells of a game played; a
        # wish or plan ("would like it settled before ...") looks ahead
        s0 = max(self.c.sentence(start)[0], start - 300)      # bounded: linear on huge text
        if _PAST_AUX.search(self.c.text, s0, start):
            return False
        return (_FORWARD_MODAL.search(self.c.text, s0, start) is not None
                or self.c.tense(start, end) is None)

    def _present_fixture(self, start: int, end: int) -> bool:
        """A possessive weekday naming a fixture ("Sunday's game") in a present-tense clause
        ("my focus is on", "all that matters is")."""
        r = self.c.right(end, 1)
        if not r or r[0] not in FIXTURE_NOUNS:
            return False
        before = re.split(r"[,;:]\s", self.c.text[self.c.sentence(start)[0]:start])[-1]
        return any(w.lower() in ("is", "are", "am") for w in re.findall(r"[A-Za-z']+", before))

    def h_mo(self, m, g):
        name = g["mo"]
        if not name[0].isupper() or not self._may_ok(name):
            return None
        start, end = m.start(), m.end()
        lw = self.c.left(start, 2)
        # "player of the month for May": the month an award is for
        if (not g.get("mo_mid") and (not lw or lw[-1] not in self.lx.month_cues)
                and lw[-2:] not in (["at", "least"], ["month", "for"]) and not self._attributive_month(lw, end)
                and not self._possessive_month(start, end)):
            return None
        if lw and lw[-1] == "in" and _EVERY_IN.search(self.c.text, max(0, start - 50), start):
            return None          # "every cold evening in November": any November, a habit, no date
        month = self._month_num(name)
        mod = lw[-1] if lw and lw[-1] in ("last", "next", "this") else None
        start = self._widen(start)
        off, end = self._year_suffix(end)
        if self.c.anchor is None:
            return None, "month", True, start, end
        if off is not None:
            return _month(self.c.anchor.year + off, month), "month", True, start, end
        tense = self.c.tense(m.start(), m.end())
        if tense == "past" and mod is None and lw and lw[-1] == "in" and self._perfect_only(m.start()):
            tense = None         # "has been added to a camp in January": see _perfect_only
        if tense == "past" and mod is None and len(lw) == 2 and lw[0] in _ARRANGED and \
                self._attributive_month(lw, end):
            tense = None         # "agreed a January move": the verb dates the deal, not the move
        if lw and lw[-1] == "since":
            tense = "past"
        elif tense != "past" and mod is None and lw and lw[-1] in ("until", "till") and \
                self._fronted_until_past(m.start(), end):
            tense = "past"       # "Until June, the club was known as X": the main clause's past
        elif tense != "past" and mod is None and _FRONTED_COULD.match(self.c.text, end) and self._fronted(m.start()):
            tense = None         # "In January I could still ignore it": "could" may be a past "can"
        elif tense is None and mod is None and self._in_quote(m.start()):
            tense = "future"     # "he comes for free in July": see _spoken_present
        return _month(month_year(month, self.c.anchor, tense, mod), month), "month", True, start, end

    def _fronted_until_past(self, start: int, end: int) -> bool:
        """Does the sentence open with "Until <month>," and its main clause's first finite verb
        ("was", "were", "had", a "-ed" past after "had") tell of the past?"""
        t = self.c.text
        j = start - 1
        while j >= 0 and t[j] == " ":
            j -= 1
        j -= 5 if t[max(0, j - 4):j + 1].lower() == "until" else 4
        while j >= 0 and t[j] in " \t\"'\u201c\u2018":
            j -= 1
        if not (j < 0 or t[j] in ".!?:\n") or t[end:end + 1] != ",":
            return False
        mm = _MAIN_FINITE.search(t, end, min(len(t), end + 140))
        return mm is not None and mm.group(1).lower() in ("was", "were", "had")

    def _fronted(self, start: int) -> bool:
        """Does the sentence (or a quote) open with this "In <month>"?"""
        t = self.c.text
        j = start - 1
        while j >= 0 and t[j] == " ":
            j -= 1
        if j < 1 or t[j - 1:j + 1].lower() != "in":
            return False
        j -= 2
        while j >= 0 and t[j] in " \t\"'\u201c\u2018\u00ab\u201e":
            j -= 1
        return j < 0 or t[j] in ".!?:\n"

    def _attributive_month(self, lw: list[str], end: int) -> bool:
        """"over a January move", "his proposed June switch": the month describes a move noun."""
        r = self.c.right(end, 1)
        return bool(lw) and lw[-1] in MONTH_ATTRIBUTIVE_DETERMINERS and bool(r) and r[0] in self.lx.month_attributive_nouns

    def _possessive_month(self, start: int, end: int) -> bool:
        """"called up for November's friendlies", "ahead of January's window": a month's
        possessive before a fixture or window noun dates it (not "Solly March's goal": after a
        capitalised word the month is a surname)."""
        t = self.c.text
        if not t.startswith("'s ", end):
            return False
        # the noun may come after a name or two ("November's Asian Cup qualifiers")
        if not any(w.lower() in MONTH_POSSESSIVE_NOUNS for w in _MONTH_POSSESSIVE.findall(t, end + 3, end + 50)[:4]):
            return False
        j = start - 1
        while j >= 0 and t[j] == " ":
            j -= 1
        return not (j >= 0 and j < start - 1 and t[j].isalpha() and self._word_before_capitalised(j))

    def _word_before_capitalised(self, j: int) -> bool:
        t = self.c.text
        k = j
        while k > 0 and (t[k - 1].isalpha() or t[k - 1] in "-'"):
            k -= 1
        return t[k].isupper()

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
            tense = self._holiday_tense(m.start(), m.end(), 12, 25)
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


# a single quote mark that opens speech (after a space, colon or bracket, before a capital) or
# closes it (after the speech's last punctuation); an apostrophe ("the players' bonus") is neither
_SINGLE_QUOTE = re.compile(r"(?:(?<=[\s:(])|^)(?P<open>')(?=[A-Z])|(?<=[.,!?])'(?=\s|$)", re.M)
_BARE_WEEKDAY = re.compile(r"([A-Za-z]+)(?:['\u2019]s)?(?:\s+(?:morning|afternoon|evening|night))?", re.I)


_TWO_CAPS_BEFORE = re.compile(r"(?-i:[A-Z][\w.'-]*\s+[A-Z][\w.'-]*\s+)$")


def _names_league(text: str, name: str) -> bool:
    """Does `text` name the league `name`? Not inside a longer proper name that two capitalised
    words open ("Korea Professional Football League" is no "Football League")."""
    i = text.find(name)
    while i >= 0:
        j = i + len(name)
        whole = not (i > 0 and text[i - 1].isalnum()) and not (j < len(text) and text[j].isalnum())
        if whole and not _TWO_CAPS_BEFORE.search(text[max(0, i - 60):i]):    # "MLSZ" is no "MLS"
            return True
        i = text.find(name, i + 1)
    return False


def _on_weekday(value: str | None, weekday: int) -> str | None:
    """The day named `weekday` within three days of the ISO day `value`."""
    if value is None:
        return None
    d = dt.date.fromisoformat(value)
    return _day(d + dt.timedelta(days=(weekday - d.weekday() + 3) % 7 - 3))


def _merge_weekday_dates(found: list[TimeExpr], text: str) -> list[TimeExpr]:
    """"Saturday 12 August" is one date: drop the weekday and widen the date to cover it.

    Before a day the calendar gives ("Thursday's deadline day", "Monday's deadline") the
    weekday is the writer's own word for it: the value moves to that weekday (at most three
    days), which corrects a deadline the calendar data has a day off.
    """
    weekdays = lexicon().weekdays
    out: list[TimeExpr] = []
    for ex in found:
        prev = out[-1] if out else None
        # only a bare weekday joins the date after it ("Friday, Saturday" stay two days)
        bare = _BARE_WEEKDAY.fullmatch(prev.text) if prev else None
        wd = bare.group(1).lower() if bare else ""
        ex_wd = ex.text.split()[0].lower().removesuffix("'s").removesuffix("\u2019s") if ex.text.split() else ""
        if (prev is not None and prev.kind == "day" and ex.kind == "day" and wd in weekdays
                and ex_wd not in weekdays
                and re.fullmatch(r"[\s,]*(?:the\s+)?", text[prev.end:ex.start], re.I)):
            value = ex.value
            if ex.relative and not any(c.isdigit() for c in ex.text):
                value = _on_weekday(ex.value, weekdays.index(wd))
            out[-1] = TimeExpr(prev.start, ex.end, text[prev.start:ex.end], value, ex.kind, ex.relative)
            continue
        out.append(ex)
    return out


# Branches whose value is the calendar's day for a named moment ("the window shuts", "the
# deadline", "the season kicks off"), not a date the text gives.
# ("pre": "she will report for pre-season on January 2": the writer's day is the claim, and a
# league whose pre-season the calendar does not know, a women's or a split-season one, is not
# misdated by the default's)
CALENDAR_KINDS = frozenset({"closes", "deadline", "dday", "winend", "sstart", "seasonpart", "opening", "pre"})
# "on January 25, when they host their first game of the season", "on 2 February, when the
# window closes": a clause on the writer's own date that names the calendar moment falling then
# (a short clause, no break, no second time between)
_WHEN_DATED = re.compile(r"\s*,?\s*when\s+[^,.;:!?\"\u201c\u201d()]{0,60}$", re.I)
# "closes on March 31, a week before the new season starts": the writer's day, then the calendar
# moment as a reference point some way off it (the moment's own day is implied, not the
# calendar's generated one)
_OFFSET_DATED = re.compile(r"\s*,\s*(?:just\s+|only\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}|a\s+few|several)"
                           r"\s+(?:days?|weeks?|fortnight)\s+(?:before|after|ahead\s+of|prior\s+to)\s+"
                           r"[^,.;:!?\"\u201c\u201d()]{0,30}$", re.I)
# Between such a moment and the writer's own date for it: "the window shuts at the end of the
# month", "the window closes at 11pm on Monday" (no comma: "before the window shuts, on Monday
# he ..." is two times)
_OWN_START = re.compile(r"\s*,?\s*(?:that|which)\s+(?:(?:had|has|have)\s+)?(?:started|began|begun|begins|"
                        r"starts|opened|opens|kicked\s+off|got\s+under\s*way)\b", re.I)
RESTATED_REACH = 60     # characters from a calendar moment to its restated twin
_AS_DATED = re.compile(r"\s+as\s+", re.I)
_RESTATED_GAP = re.compile(r"\s*,?\s*(?:(?:on|at|in|by|around|from)\s+)?"
                           r"(?:(?:\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm)|midnight|noon|midday)\s+(?:on\s+)?)?"
                           r"(?:the\s+)?", re.I)

# "the deadline to register players with the federation is July 15", "the deadline for
# registrations falls on 2 February": the moment is the subject, the writer's date its value
_RESTATED_COPULA = re.compile(r"(?:\s+(?:to|for|of)\s[^,.;:!?\"\u201c\u201d]{0,100}?)?"
                              r"\s+(?:is|was|will\s+be|falls|fell)\s+(?:on\s+)?(?:the\s+)?", re.I)


# "since the final game of the season, a 1-0 win over Rovers at the Showgrounds on October 24":
# the moment named, then an appositive match the writer dates (a day near the calendar's own)
_RESTATED_APPOSITION = re.compile(r"\s*,\s*(?:a|an)\s+[^,.;:!?\"\u201c\u201d()]{0,80}?\s(?:on|at)\s+(?:the\s+)?",
                                  re.I)
APPOSITION_DAYS = 45    # the calendar's generated day and the writer's match day this far apart at most


def _apposed_day(ex: TimeExpr, nxt: TimeExpr, text: str) -> bool:
    if ex.kind != "day" or nxt.kind != "day" or not _RESTATED_APPOSITION.fullmatch(text, ex.end, nxt.start):
        return False
    try:
        gap = abs((dt.date.fromisoformat(ex.value) - dt.date.fromisoformat(nxt.value)).days)
    except (TypeError, ValueError):
        return False
    return gap <= APPOSITION_DAYS


# "the winter window closes on February 27, with the new season starting on March 6", "the
# summer transfer window runs until August 31": a season or window the writer dates with a verb
# right after naming it; the day is the claim, the period (its year or season) is not another one
_PERIOD_VERBS = (r"(?:runs?|running|ran|clos(?:es?|ing|ed)|shut(?:s|ting)?|start(?:s|ing|ed)?|"
                 r"begin(?:s|ning)?|began|begun|(?:kick(?:s|ing|ed)?)\s+off|open(?:s|ing|ed)?|"
                 r"end(?:s|ing|ed)?|finish(?:es|ing|ed)?)")
_PERIOD_DATED = re.compile(r"\s+(?:(?:is|was|will\s+be)\s+)?(?:due\s+to\s+)?" + _PERIOD_VERBS +
                           r"\s+(?:on|until|till|through|to|at)\s+(?:the\s+)?", re.I)
# a season (not a bare year: "signed in 2025, which ends in ...") dated to a month or a day by a
# relative clause: "the 2026 season, which starts in early March"
_SEASON_DATED = re.compile(r"(?:\s*,\s*(?:(?:which|that)\s+)?|\s+)(?:(?:is|was|will\s+be|has|had)\s+)?"
                           r"(?:due\s+to\s+)?" + _PERIOD_VERBS +
                           r"\s+(?:on|until|till|through|to|at|in)\s+(?:the\s+)?", re.I)
# "in time for the start of the 2026 season in February": the period's start or end, dated
_PERIOD_EDGE_OF = re.compile(r"\b(?:start|beginning|opening|kick-?off|end|close|finish)\s+of\s+$", re.I)
_PERIOD_EDGE_DATED = re.compile(r"\s+(?:in|on)\s+(?:the\s+)?", re.I)


def _within_period(period: str, day: str) -> bool:
    years = {period[:4]}
    if len(period) == 7 and period[4] == "-":          # "2025-26"
        years.add(str(int(period[:4]) + 1))
    elif len(period) != 4:
        return False
    return day[:4] in years


def _drop_dated_periods(found: list[TimeExpr], text: str) -> list[TimeExpr]:
    out: list[TimeExpr] = []
    for i, ex in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (nxt is not None and ex.kind in ("season", "year") and ex.value and nxt.kind in ("day", "month")
                and nxt.value and nxt.start >= ex.end and nxt.start - ex.end <= 40
                and _within_period(ex.value, nxt.value)
                and ((nxt.kind == "day" and _PERIOD_DATED.fullmatch(text, ex.end, nxt.start))
                     or (ex.kind == "season" and (
                         _SEASON_DATED.fullmatch(text, ex.end, nxt.start)
                         or (_PERIOD_EDGE_DATED.fullmatch(text, ex.end, nxt.start)
                             and _PERIOD_EDGE_OF.search(text, max(0, ex.start - 20), ex.start)))))):
            continue
        out.append(ex)
    return out


def _drop_restated_calendar(found: list[TimeExpr], from_calendar: set[int], text: str) -> list[TimeExpr]:
    """"before the window shuts at the end of the month": the writer dates the moment right
    after naming it, and that date is the claim; the calendar's day for the moment (a deadline
    a few days off the writer's) is dropped. The calendar's day stays when nothing follows."""
    out: list[TimeExpr] = []
    restated: list[TimeExpr] = []           # calendar days the writer dated right after
    calendar_ids = {id(found[i]) for i in from_calendar}
    for i, ex in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (i in from_calendar and nxt is not None and i + 1 not in from_calendar
                and nxt.value is not None and nxt.start >= ex.end
                # ("report back for pre-season on July 7": a month the writer's day falls in agrees)
                and not (ex.kind == "month" and ex.value and nxt.value.startswith(ex.value))
                and (_RESTATED_GAP.fullmatch(text, ex.end, nxt.start)
                     or _RESTATED_COPULA.fullmatch(text, ex.end, nxt.start)
                     or _apposed_day(ex, nxt, text))):
            restated.append(ex)
            continue
        out.append(ex)
    # the calendar's day for a moment in a "when" clause on the writer's own day just before
    # (or a stated way off it: "on March 31, a week before the new season starts")
    out = [ex for i, ex in enumerate(out) if not (
        id(ex) in calendar_ids and ex.kind in ("day", "week", "month") and i > 0
        and out[i - 1].value is not None and out[i - 1].kind == "day"
        and id(out[i - 1]) not in calendar_ids
        and ((ex.kind != "month" and _WHEN_DATED.fullmatch(text, out[i - 1].end, ex.start))
             or _OFFSET_DATED.fullmatch(text, out[i - 1].end, ex.start)
             # "has set September 30 as the deadline": the writer's day is the deadline's
             or _AS_DATED.fullmatch(text, out[i - 1].end, ex.start)))]
    if restated:
        # "before the window closes - possibly even on deadline day, February 3": the same
        # calendar moment named just before the restated one is the writer's date too
        out = [ex for ex in out if not (id(ex) in calendar_ids and any(
            r.value == ex.value and 0 <= r.start - ex.end <= RESTATED_REACH for r in restated))]
    return out


_REPORTING = re.compile(r"\b(?:said|told|asked|promised|insisted|explained|replied|admitted|added)\b", re.I)


def _drop_shifted_deixis(found: list[TimeExpr], ctx: "_Ctx") -> list[TimeExpr]:
    """"He came to me in May and said ... I told him one day is not today": a "today" inside
    speech that the sentence dates earlier is that day's today, not the article's. Dropped
    when an earlier, different date of the same sentence comes before a reporting verb that
    comes before the deictic word (not right before it: "said today" is the article's day)."""
    out: list[TimeExpr] = []
    for ex in found:
        if ex.value and ex.text.lower() in DEICTIC:
            sent = ctx.sentence(ex.start)
            shifted = False
            for prev in out[-1:-6:-1]:                     # a few earlier ones, close by
                if prev.start < sent[0] or ex.start - prev.end > 300:
                    break
                if (prev.value and prev.end <= ex.start
                        and prev.value < ex.value and not ex.value.startswith(prev.value)):
                    between = ctx.text[prev.end:ex.start]
                    verbs = list(_REPORTING.finditer(between))
                    if verbs and re.search(r"[A-Za-z]", between[verbs[-1].end():]):
                        shifted = True
                        break
            if shifted:
                continue
        out.append(ex)
    return out


# "with one fan account replying: “Two weeks ago he was kissing the crest”", "“Never
# forget last week,” wrote one supporter": an anonymous fan's post or reply, quoted. Its "two
# weeks ago" counts from when the fan wrote (unknown) and it is a reaction, no report of the story
_FAN_POSTER = (r"\b(?:one|a|an|another|some|several|many)\s+(?:[\w'\u2019-]+\s+){0,2}?"
               r"(?:fan|supporter|follower|user|commenter|reader)s?(?:\s+(?:account|page|group))?")
_FAN_VERB = (r"(?:replying|replied|wrote|writing|posted|posting|commented|commenting|tweeted|tweeting|"
             r"responded|responding|added|adding)")
# (found from the noun, the rarer word, by str.find; the determiner is checked behind it)
FAN_NOUNS = ("fan", "supporter", "follower", "user", "commenter", "reader")
_FAN_BEFORE = re.compile(r"(?:fan|supporter|follower|user|commenter|reader)s?(?:\s+(?:account|page|group))?"
                         r"\s+" + _FAN_VERB + r"\b(?:\s+(?:underneath|below|back))?"
                         r"\s*[:,]?\s*[\"\u201c\u2018']", re.I)
_FAN_DETERMINER = re.compile(r"(?:^|[^\w'\u2019-])(?:one|a|an|another|some|several|many)\s+"
                             r"(?:[\w'\u2019-]+\s+){0,2}$", re.I)
_FAN_AFTER = re.compile(r"[\"\u201d\u2019']\s*(?:" + _FAN_VERB + r"\s+" + _FAN_POSTER + "|"
                        + _FAN_POSTER + r"\s+" + _FAN_VERB + r"\b)", re.I)
_QUOTE_OPEN = re.compile(r"[\"\u201c\u2018']")
_DOUBLE_CLOSE = re.compile(r"[\"\u201d]")
_SINGLE_CLOSE = re.compile(r"[\u2019'](?![A-Za-z])")
FAN_QUOTE_REACH = 400      # characters of a fan's quoted post searched for its closing mark


def _fan_quotes(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quoted post of an anonymous fan: from the lead-in's opening mark to
    the closing mark or the paragraph's end; or, attribution after, back to the opening mark."""
    out: list[tuple[int, int]] = []
    at = []
    for noun in FAN_NOUNS:
        i = text.find(noun)
        while i >= 0:
            if i == 0 or not text[i - 1].isalnum():
                at.append(i)
            i = text.find(noun, i + 1)
    if not at:
        return out
    for i in sorted(at):
        m = _FAN_BEFORE.match(text, i)
        if m is None or not _FAN_DETERMINER.search(text, max(0, i - 40), i):
            continue
        stop = text.find("\n\n", m.end(), m.end() + FAN_QUOTE_REACH)
        stop = m.end() + FAN_QUOTE_REACH if stop < 0 else stop
        close = _DOUBLE_CLOSE if text[m.end() - 1] in "\"\u201c" else _SINGLE_CLOSE
        c = close.search(text, m.end(), stop)
        out.append((m.end(), c.start() if c else min(stop, len(text))))
    for m in _FAN_AFTER.finditer(text):
        lo = max(0, m.start() - FAN_QUOTE_REACH)
        para = text.rfind("\n\n", lo, m.start())
        lo = para + 2 if para >= 0 else lo
        opens = [o.end() for o in _QUOTE_OPEN.finditer(text, lo, m.start())
                 if o.start() == lo or not text[o.start() - 1].isalnum()]
        if opens:
            out.append((opens[-1], m.start()))
    return out


def _drop_fan_post_times(found: list[TimeExpr], text: str) -> list[TimeExpr]:
    """Drop the times counted from "now" (no number, no month's name: "two weeks ago",
    "yesterday", "last week") inside an anonymous fan's quoted post (see _FAN_POSTER)."""
    spans = sorted(_fan_quotes(text))
    if not spans:
        return found
    lx = lexicon()
    starts, reach, top = [a for a, _ in spans], [], -1
    for _, b in spans:                      # running maximum: any span so far reaching this far
        top = max(top, b)
        reach.append(top)

    def in_post(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and pos < reach[i]

    def counted_from_now(ex: TimeExpr) -> bool:
        return (ex.relative and ex.kind in ("day", "week", "month")
                and not any(c.isdigit() for c in ex.text)
                and not any(w in lx.months or w in lx.month_abbreviations
                            for w in _LETTERS.findall(ex.text.lower())))
    return [ex for ex in found
            if not (counted_from_now(ex) and in_post(ex.start))]


def find_time_expressions(text: str, anchor: dt.date | None, league: str | None = None) -> list[TimeExpr]:
    """Every temporal expression in `text`, resolved against `anchor` where it needs one.

    `league` is a key of data/calendar.yaml; by default the league the text names most.
    Never raises: an impossible date ("31 February") is skipped.
    """
    if not isinstance(text, str) or not text:
        return []
    return list(memo("timeline.expressions", (text_key(text), anchor, league),
                     lambda: _cached(text, anchor, league)))


def prefetch_expressions(items: list[tuple[str, dt.date | None]]) -> None:
    """Before many `find_time_expressions(text, anchor)` calls: work out the missing ones in one
    batch (see parallel.py)."""
    prefetch("timeline.expressions", [((text_key(text), anchor, None), partial(_cached, text, anchor, None))
                                      for text, anchor in items if isinstance(text, str) and text])


# A post's own stamp opening its paragraph, in a story told post by post (a reporter's feed, a
# live blog): "[Tuesday, 08:41] ...", "Wednesday 11:20 - ..."; "[19:05]" goes on with that day
_POST_STAMP = re.compile(r"^[ \t]*\[?(?:(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?[ \t]+)?"
                         r"(?:[01]?\d|2[0-3])[:.][0-5]\d\b\]?", re.M)
POST_DAYS_BACK = 6


def _post_days(text: str, anchor: dt.date, found: tuple[TimeExpr, ...]) -> list[tuple[int, int, dt.date]]:
    """(start, end, day) of each run of posts stamped with a weekday before the anchor's day:
    the paragraph of "[Tuesday, 08:41]" and the paragraphs right after it stamped with a time
    only. The day is the stamp's weekday as the article reads it, when that is a day gone by
    within the week (a feed is told looking back; a fixture list's coming Saturday is no post)."""
    out: list[list] = []
    days = {ex.start: ex.value for ex in found if ex.kind == "day" and ex.value}
    cur: list | None = None
    for m in _POST_STAMP.finditer(text):
        if m.group("wd"):
            cur = None
            value = days.get(m.start("wd"))
            if value:
                day = dt.date.fromisoformat(value)
                if 0 < (anchor - day).days <= POST_DAYS_BACK:
                    # (from after the stamp: the stamp's own weekday keeps the article's reading)
                    cur = [m.end(), m.end(), day]
                    out.append(cur)
        elif cur is None or text[cur[1]:m.start()].strip():
            cur = None            # a time-only stamp after some other paragraph: no known day
            continue
        if cur is not None:
            nl = text.find("\n", m.end())
            cur[1] = len(text) if nl < 0 else nl
    return [(a, b, d) for a, b, d in out]


# A transcript's question paragraph ("Q: Coach, is he coming?") and a speaker's label opening
# a transcript paragraph ("Kalsakau: ...", "A: ..."), or an answer's paragraph going on in quotes
_QUESTION_PARA = re.compile(r"^[ \t]*(?:Q|Question)[ \t]*[:.\u2013\u2014-][ \t]*\S", re.M)
_TRANSCRIPT_PARA = re.compile(r"[ \t]*(?:(?:Q|A|Question|Answer)[ \t]*[:.\u2013\u2014-]"
                              r"|[A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){0,2}[ \t]*:"
                              r"|[\"\u201c\u2018'])")
# Speech reported on a day and quoted right after: "... told the Daily Echo on Saturday. \u201cI
# will ...\u201d", "said on Monday: \"...\"". The cue comes before the day in its sentence
_SPEECH_CUE = re.compile(r"\b(?:told|said|says|spoke|speaking|silence|interview|insisted|explained|"
                         r"admitted|added|declared|revealed|stated|replied)\b", re.I)
_SPEECH_OPEN = re.compile(r"[ \t]*(?:[.:,;][ \t]*|,?[ \t]+(?:saying|adding)[ \t]*[:,]?[ \t]*)"
                          r"(?P<q>[\"\u201c])")
SPEECH_DAYS_BACK = 6
QUOTE_REACH = 1500          # characters searched for a quote's closing mark
SENTENCE_REACH = 300        # characters searched back for a speech cue before the day


def _speech_days(text: str, anchor: dt.date, found: tuple[TimeExpr, ...]) -> list[tuple[int, int, dt.date]]:
    """(start, end, day) of speech given on a day gone by within the week, whose relative
    times count from that day: a transcript ("Q: ... / Coach: \"...\"") after an opening that
    dates the session ("sat down with supporters on Wednesday evening"), up to its first
    paragraph of narrative; and a quote right after a sentence that reports speech on a day
    ("broke his silence to the Times on Saturday. \u201c... on Sunday.\u201d")."""
    out: list[tuple[int, int, dt.date]] = []

    def past_day(ex: TimeExpr) -> dt.date | None:
        if ex.kind != "day" or not ex.relative or not ex.value or len(ex.value) != 10:
            return None
        day = dt.date.fromisoformat(ex.value)
        return day if 0 < (anchor - day).days <= SPEECH_DAYS_BACK else None

    q = _QUESTION_PARA.search(text)
    if q is not None:
        para = text.rfind("\n", 0, q.start())
        intro = [ex for ex in found if ex.end <= max(para, 0)]
        day = past_day(intro[-1]) if intro else None
        if day is not None:
            end = start = max(para, 0)
            for m in re.finditer(r"[^\n]+", text[start:]):
                if not _TRANSCRIPT_PARA.match(m.group()):
                    break
                end = start + m.end()
            if end > start:
                out.append((start, end, day))
    covered = out[0][:2] if out else (0, 0)
    reach = 0
    for ex in found:
        day = past_day(ex)
        if day is None or covered[0] <= ex.start < covered[1] or ex.start < reach:
            continue
        m = _SPEECH_OPEN.match(text, ex.end)
        if m is None:
            continue
        lo = max(0, ex.start - SENTENCE_REACH)         # bounded searches: linear on any input
        line = max(text.rfind("\n", lo, ex.start), text.rfind(". ", lo, ex.start), lo - 1) + 1
        if not _SPEECH_CUE.search(text, line, ex.start):
            continue
        close = "\u201d" if m.group("q") == "\u201c" else '"'
        stop = text.find("\n", m.end(), m.end() + QUOTE_REACH)
        stop = min(len(text), m.end() + QUOTE_REACH) if stop < 0 else stop
        c = text.find(close, m.end(), stop)
        reach = c if c >= 0 else stop
        out.append((m.end(), reach, day))
    return out


def _cached(text: str, anchor: dt.date | None, league: str | None) -> tuple[TimeExpr, ...]:
    found = _cached_one(text, anchor, league)
    if anchor is None:
        return found
    posts = _post_days(text, anchor, found) if ("[" in text or ":" in text) and _POST_STAMP.search(text) else []
    if not posts:
        try:
            posts = _speech_days(text, anchor, found)
        except (ValueError, OverflowError):
            posts = []
        # (only a span holding a relative time is read again: nothing else changes with the day)
        rel = [ex.start for ex in found if ex.relative]
        posts = [(a, b, d) for a, b, d in posts
                 if bisect.bisect_left(rel, b) > bisect.bisect_left(rel, a)]
    if not posts:
        return found
    # a relative time inside a post counts from the post's day ("tomorrow" in Tuesday's post)
    again = {d: {ex.start: ex for ex in _cached_one(text, d, league)} for d in {d for _, _, d in posts}}
    posts.sort(key=lambda p: p[0])
    firsts = [a for a, _, _ in posts]
    out = []
    for ex in found:
        if ex.relative:
            i = bisect.bisect_right(firsts, ex.start) - 1      # the span starting last before it
            if i >= 0 and ex.start < posts[i][1]:
                ex = again[posts[i][2]].get(ex.start, ex)
        out.append(ex)
    return tuple(out)


@lru_cache(maxsize=4096)
def _cached_one(text: str, anchor: dt.date | None, league: str | None) -> tuple[TimeExpr, ...]:
    ctx = _Ctx(text, anchor, league)
    finder = _Finder(ctx)
    found: list[TimeExpr] = []
    from_calendar: set[int] = set()         # indexes in `found` of days the calendar gave
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
        if not finder.is_event_time(start, end):
            continue
        if found and start < found[-1].end:
            start = found[-1].end if found[-1].end < end else start
            if start >= end:
                continue
        covered = end
        finder.found = found
        if m.lastgroup[2:] in CALENDAR_KINDS:
            from_calendar.add(len(found))
        found.append(TimeExpr(start, end, text[start:end], value, kind, relative))
    if from_calendar:
        found = _drop_restated_calendar(found, from_calendar, ctx.text)
    found = _drop_shifted_deixis(found, ctx)
    if len(found) > 1:
        found = _drop_dated_periods(found, ctx.text)
    if found:
        found = _drop_fan_post_times(found, text)
    return tuple(_merge_weekday_dates(found, text))
