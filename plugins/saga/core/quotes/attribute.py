"""Attribution: find who said each quotation of an article.

Reads the words around a quotation the way news copy attributes speech, in this order:
a colon or comma lead-in ("X said:", "he continued, "), the words right after it
("..., said X", "..., X told Sky Sports"), reported speech before it ("X hopes he will
'review his feelings'"), an earlier quotation in the same paragraph or sentence, a previous
paragraph ending "X explained:", a quotation carried over from the previous paragraph, and
finally the article's last speaker for a stand-alone quote paragraph. Outlets ("according to
the Echo", "told the Mirror") are never speakers. A club statement that names its club at its
start ("Everton Football Club is delighted to ...") belongs to that club; a quote inside a
quote, reported with a speech verb, belongs to the person reported (see `nested.py`). An
interview transcript's answers belong to the interviewee (see `interview.py`).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

from ..text import line_label_start, normalise
from .nested import nested_quotes
from .spans import Span
from .speakers import ArticleText, Phrase, Speaker
from .tokens import is_age, is_sentence_end

_LOOK_BACK = 60       # tokens read before a quotation
_LOOK_AHEAD = 30      # tokens read after it
_LOOK_FAR = 3000      # tokens searched back for an earlier use of a description
PLAYER_AGE_LIMIT = 37
_DASHES = {"\u2013", "\u2014", "-", "--"}
_PASSIVE = {"was", "were", "been", "being", "is", "are", "am", "get", "got", "gets"}
# nouns for what someone said or the line he took ("X's response was ...", "gave a different nuance")
_VIEW_NOUNS = {"response", "reply", "answer", "reaction", "verdict", "message", "view", "views", "take",
               "stance", "position", "tone", "nuance", "assessment", "explanation", "version", "account",
               "words", "comments", "remarks", "perspective", "opinion", "warning", "retort", "rebuttal"}
# what someone sent "from" him ("a swift reply from X", "a message from his agent, Y")
_REPLY_NOUNS = {"response", "reply", "answer", "reaction", "message", "retort", "rebuttal", "statement", "riposte"}
_REPLY_LEADS = {"a", "an", "the", "swift", "quick", "sharp", "short", "brief", "terse", "pointed", "curt",
               "blunt", "furious", "angry", "public", "strong", "robust", "firm", "prompt", "immediate"}
_REPLY_TO = {"to", "for", "of", "about", "against", "at", "over"}
# a sentence-opening participle for a question put to someone ("Pressed on whether ...,")
_QUESTIONED = {"asked", "pressed", "quizzed", "questioned", "probed", "grilled", "challenged", "pushed"}
# a social-media account someone speaks through ("Harwick's official account replied:")
_ACCOUNT_NOUNS = {"account", "accounts", "page", "feed", "handle", "profile", "channel"}
_CAPTION = {"captioned", "captioning"}   # "X posted a photo (,) captioned '...'": X's words
_CAPTION_NOUNS = {"caption"}              # "X posted a photo with the caption '...'": X's words
# what a post or a statement "read" ("the statement read", "his caption read:", "it read")
_READ_NOUNS = {"statement", "it", "caption", "post", "tweet", "message", "note", "letter"}
# a person's own post ("His caption read:", "Her latest post said:"): the poster's words
_OWN_POSTS = {"caption", "post", "tweet", "message", "story"}
_POSTS_AND_ACCOUNTS = _OWN_POSTS | _ACCOUNT_NOUNS
_SUBHEAD_CHARS = 120        # a capitals subhead is a line, not a paragraph
_INDEFINITE = {"a", "an", "one", "another", "some"}     # a description that brings in someone new
_SUBJECT_PRONOUNS = {"he", "she", "they", "i", "we"}   # "said he felt": the reported clause's subject
_ANSWERS = {"asked"}          # "X was asked about the Pole": the one asked answers
_OFFICE_HEADS = {"head", "chief", "director"}   # "head of recruitment": a job, not a body part after "of"
# finite verbs after a joined clause's subject ("and the coach made it clear", "but the player is calm")
_CLAUSE_VERBS = {"is", "was", "has", "had", "made", "makes", "will", "would", "does", "did", "could", "can"}
# words before a description that is a short question's whole topic ("And the player?", "What about the coach?")
_TOPIC_OPENERS = {"and", "so", "what", "about", "how", "then", "now", "but"}
_SIDE_NOUNS = {"side", "team", "men", "squad", "charges", "outfit"}   # "X's side": the team X manages
# an interview write-up's topic heading: "On why he wants to leave:", "On the coach, X:"
_TOPIC_HEAD = re.compile(r"(?:On|About|Regarding)\s[^.!?\"\u201c\u201d\u00ab\u00bb:\n]{2,110}:")
_TOPIC_CHARS = 120
# the last word of a competition's name, and the nouns after it that make it a side's description
_COMPETITION_WORDS = {"league", "premiership", "premier", "division", "cup", "championship", "liga", "ligue",
                      "serie", "conference", "trophy", "shield", "bundesliga", "eredivisie", "superliga"}
# a governing body speaking ("a federation spokesperson", "the association said", "a UEFA official")
_BODY_WORDS = frozenset({"federation", "association", "fifa", "uefa", "caf", "afc", "concacaf", "conmebol"})
_BODY_HEADS = _BODY_WORDS | {"spokesperson", "spokesman", "spokeswoman", "statement", "official", "officials",
                             "source", "sources"}
# its full name in the prose: "Football Association of Bosnia and Herzegovina", "Kenya Football Federation"
_BODY_NAME = re.compile(r"(?:[A-Z][\w'\u2019-]*\s+){0,4}(?:Federation|Association)"
                        r"(?:\s+of(?:\s+(?:the|and)\b|\s+[A-Z][\w'\u2019-]*)+)?")
_SIDE_HEADS = {"champions", "holders", "winners", "title-holders", "leaders", "side", "club", "outfit",
               "team", "strugglers", "newcomers", "giants", "runners-up", "outfits", "sides", "clubs"}
# a statement that opens by naming its club in full ("X Football Club wishes to inform ...")
_FORMAL_CLUB = re.compile(r"\s*(?:[A-Z][\w'\u2019.\-]*\s){1,5}(?:Football\s+Club|Sports?\s+Club|Sporting\s+Club|"
                          r"Athletic\s+Club|F\.?C\.?|A\.?F\.?C\.?|S\.?C\.?)\b")
_ROLE_KIND = {"manager": "person", "agent": "person", "player": "player"}  # "the N-year-old" from this age on is not a player


@dataclass
class Attribution:
    speaker: Speaker | None
    how: str               # which rule decided (kept for tests and debugging)
    nested: list[tuple[int, int, Speaker]] = field(default_factory=list)   # quotes inside it said by others


class Attributor:
    """Walks one article's quotations in order, remembering the last speaker."""

    def __init__(self, text: ArticleText, spans: list[Span]):
        self.t = text
        self.toks = text.toks
        self.lex = text.lex
        self.spans = spans
        self.last: Speaker | None = None
        self.para_last: dict[int, Speaker] = {}
        self.spoken: set[str] = set()          # entities quoted so far
        self._titled: dict[str, tuple[int, str]] | None = None
        self._first_named: dict[str, int] | None = None
        self._quote_paras: set[int] | None = None
        self._labels: dict[str, list] | None = None

    # -- token windows ----------------------------------------------------------------------
    def _pre(self, idx: int) -> tuple[int, int]:
        """Token range [lo, hi) of the words before quotation `idx`, back to its sentence start."""
        s = self.spans[idx]
        hi = self.t.tok_index(s.open_pos)
        floor = self.spans[idx - 1].after if idx > 0 and self.spans[idx - 1].para == s.para else -1
        lo = hi
        while lo > 0 and hi - lo < _LOOK_BACK:
            tk = self.toks[lo - 1]
            if tk.para != s.para or tk.start < floor or tk.in_quote or is_sentence_end(self.toks, lo - 1):
                break
            lo -= 1
        return self._past_label(lo, hi), hi

    def _past_label(self, lo: int, hi: int) -> int:
        """`lo` moved past a transcript turn label the window opens with ("[01:47] NIKHIL RAO: And
        the director had this: '...'": the label's person is not the sentence's subject)."""
        toks = self.toks
        k = lo
        while k < hi and not toks[k].word:
            k += 1
        while k < hi and toks[k].text.isdigit() or k < hi and not toks[k].word and toks[k].text != ":":
            k += 1                           # "[01:47]"
        first = k
        while k < hi and k - first < 5 and toks[k].word and toks[k].cap:
            k += 1
        if k == first or k + 1 >= hi or toks[k].text != ":" or not self._turn_label(first, k - 1):
            return lo
        return k + 1

    def _post(self, idx: int) -> tuple[int, int]:
        s = self.spans[idx]
        lo = self.t.tok_index(s.after)
        ceil = self.spans[idx + 1].open_pos if idx + 1 < len(self.spans) else 1 << 60
        hi = lo
        while hi < len(self.toks) and hi - lo < _LOOK_AHEAD:
            tk = self.toks[hi]
            if tk.para != s.para or tk.start >= ceil or tk.in_quote or is_sentence_end(self.toks, hi):
                break
            hi += 1
        return lo, hi

    # -- phrases ------------------------------------------------------------------------------
    def _is_verb(self, i: int, lo: int) -> bool:
        w = self.toks[i].lower
        if w in self.lex.statement_only:
            return any(self.toks[k].lower in _READ_NOUNS for k in range(max(lo, i - 8), i)) or \
                i == lo and any(self.toks[k].lower == "statement"       # "'...,' read a club statement"
                                for k in range(i + 1, min(len(self.toks), i + 4)))
        if w in _PUT and i + 1 < len(self.toks) and self.toks[i + 1].lower == "it":
            return True                       # "as X put it, '...'": how X said it
        return w in self.lex.speech

    def np_back(self, j: int, lo: int, depth: int = 0) -> Phrase | None:
        """The noun phrase that ends at token `j` (a speaker before its verb)."""
        lex, toks = self.lex, self.toks
        verb_at = j
        while j >= lo and toks[j].lower in lex.skip_between and toks[j].lower not in lex.pronouns \
                and j not in self.t.run_of:
            j -= 1
        if j < lo:
            return None
        if j + 1 <= verb_at and toks[j + 1].lower in ("himself", "herself") and j - 1 >= lo and \
                toks[j - 1].lower == "the" and toks[j].lower in _SELF_NOUNS and j not in self.t.run_of:
            return Phrase("self", j - 1, j + 1)      # "The player himself said:": the story's own player
        t = toks[j]
        if t.lower == "who" and j - 2 >= lo and toks[j - 1].text == "," and depth <= 2 and \
                not any(toks[k].lower in _PASSIVE for k in range(j + 1, verb_at + 1)):
            return self.np_back(j - 2, lo, depth + 1)           # "... president X, who told reporters:"
            #                                                     (not "X, who has been dubbed the ...")
        if t.text == ",":
            if depth > 2:
                return None
            k = j - 1
            while k >= lo and toks[k].text != "," and j - k <= 26:
                k -= 1
            if j - k > 16 and not (k >= lo and toks[k].text == "," and toks[k + 1].lower == "who"):
                k = max(j - 17, lo - 1)     # a long aside only as a relative clause ("X, who has ...,")
            r = self.t.run_of.get(j - 1)
            if r is not None and r.first > k and not self.t.is_outlet(r) and self._np_words(k + 1, r.first):
                return Phrase("name", r.first, r.last, r)        # "His agent, Nuno Ferraz-Pinto, said"
            if k >= lo and toks[k].text == ",":
                return self.np_back(k - 1, lo, depth + 1)       # "Quiroga, speaking at X, said"
            return None
        if t.lower in lex.pronouns:
            return Phrase("pronoun", j, j)
        r = self.t.run_of.get(j)
        if r is not None:
            if r.after_det:
                k = r.first - 1
                if k - 1 >= lo and toks[k - 1].lower in lex.prepositions:
                    m = k - 2             # "a source close to the Spirit": the source, not the club
                    while m >= lo and k - m < 6 and toks[m].word and m not in self.t.run_of:
                        if toks[m].lower in lex.determiners:
                            return Phrase("desc", m, j)
                        m -= 1
                return Phrase("desc", r.first - 1, r.last, r)
            return Phrase("name", r.first, r.last, r)
        if t.word or is_age(t.lower):
            k = j
            office = False            # read back over "<head> of": only the job's holder may be meant
            while k >= lo and j - k < 7:
                tk = toks[k]
                if k < j and k - 1 >= lo and self._plural_possessive(k):
                    k -= 1            # "the Trotters' head of recruitment": read the owner as one word
                    tk = toks[k]
                    if office:
                        return Phrase("desc", k, j) if self._job_holder(k, j) else None
                    return Phrase("desc", k, j)
                if office and (tk.lower in lex.determiners or tk.possessive and tk.cap):
                    return Phrase("desc", k, j) if self._job_holder(k, j) else None
                if tk.lower in lex.determiners:
                    # "one source close to the player", "a spokesman for the club"
                    if k - 1 >= lo and toks[k - 1].lower in lex.prepositions:
                        m = k - 2
                        while m >= lo and k - m < 6 and toks[m].word:
                            if toks[m].lower in lex.determiners:
                                return Phrase("desc", m, j)
                            m -= 1
                    return Phrase("desc", k, j)
                if tk.possessive and tk.cap and k < j:
                    return Phrase("desc", k, j)
                if not tk.word or (k < j and (tk.lower in lex.phrase_stops or tk.lower in lex.speech)):
                    if not (tk.lower == "of" and j - k <= 2 and k - 1 >= lo and self._office(k - 1)):
                        break         # ("Bolton's head of recruitment told": a job "<head> of <field>")
                    office = True
                k -= 1
            if lex.role(t.lower) and (k < lo or not toks[k].word or toks[k].lower in ("and", "but", "while")):
                return Phrase("desc", k + 1, j)                  # "Saints boss said", "..., and X officials joked"
        return None

    def _office(self, i: int) -> bool:
        """Is token `i` the head of a job named "<head> of <field>" ("head of recruitment",
        "director of football", "chief of scouting")?"""
        w = self.toks[i].bare.lower()
        return w in _OFFICE_HEADS or self.lex.role(w) == "manager"

    def _np_words(self, a: int, b: int) -> bool:
        """Are tokens [a, b) the lead of an appositive noun phrase ("his cousin", "the club's")?"""
        lex = self.lex
        for i in range(a, b):
            t = self.toks[i]
            if not t.word or t.lower in lex.prepositions or t.lower in lex.phrase_stops or \
                    t.lower in lex.speech or t.lower.endswith("ing") or t.lower in lex.skip_between:
                return False
        return b - a <= 4

    def np_fwd(self, j: int, hi: int) -> Phrase | None:
        """The noun phrase that starts at token `j` (a speaker after its verb: "said the coach")."""
        lex, toks = self.lex, self.toks
        if j >= hi:
            return None
        t = toks[j]
        if t.lower in lex.pronouns:
            return Phrase("pronoun", j, j)
        r = self.t.run_of.get(j)
        if r is not None and not r.after_det:
            return self._name_after_role(r, hi) or self._owned_job(r, hi) or self._title_then_name(r, hi) \
                or Phrase("name", r.first, r.last, r)
        if r is None and t.word and not t.cap:
            ph = self._role_then_name(j, hi)
            if ph is not None:
                return ph                                        # "said sporting director X"
            if t.lower in lex.past_markers and j + 1 < hi and (j + 1) in self.t.run_of:
                ph = self.np_fwd(j + 1, hi)      # "said former Harwick president X": X, as without "former"
                if ph is not None and ph.kind == "name" and ph.first > j + 1:
                    return ph
        if t.lower in lex.determiners or (t.possessive and t.cap):
            k = j + 1
            while k < hi and k - j < 7 and toks[k].word and toks[k].lower not in lex.phrase_stops:
                k += 1
            if k > j + 1:
                last = k - 1
                r = self.t.run_of.get(last)
                if r is not None and not r.after_det and r.first > j + 1 and not toks[r.first - 1].possessive:
                    return Phrase("name", r.first, r.last, r)    # "said the Dutchman Van Dijk"
                if k + 1 < hi and toks[k].text == "," and last - j <= 4 and lex.role(toks[last].bare.lower()):
                    nr = self.t.run_of.get(k + 1)
                    if nr is not None and nr.first == k + 1 and not nr.after_det and not self.t.is_outlet(nr):
                        return Phrase("name", nr.first, nr.last, nr)   # "said his mother, Ana Silva"
                while last > j and not self._head_like(last):
                    last -= 1
                if last > j and last - j <= 5:
                    return Phrase("desc", j, last)
        return None

    def _name_after_role(self, r, hi: int) -> Phrase | None:
        """"said Leeds head coach Brian Cullen": the club name is followed by a role and the
        person's name, who is the speaker."""
        toks, lex = self.toks, self.lex
        k, role = r.last + 1, False
        if k + 1 < hi and self._plural_possessive(k):
            k += 1                    # "said Harwick Rovers' head coach Brian X"
        while k < hi and k - r.last <= 4 and toks[k].word and not toks[k].cap and k not in self.t.run_of:
            role = role or lex.role(toks[k].lower) is not None or \
                (k + 1 < hi and lex.role(toks[k].lower + " " + toks[k + 1].lower) is not None)
            k += 1
        nxt = self.t.run_of.get(k)
        if role and k < hi and nxt is not None and nxt.first == k and not self.t.is_outlet(nxt):
            return Phrase("name", nxt.first, nxt.last, nxt)
        return None

    def _title_then_name(self, r, hi: int) -> Phrase | None:
        """'said Crew President & General Manager Rashid X', 'said Rovers Head Coach Devon X': a club
        name and a capitalised job title (two joined by "&", "and" or "of") before the person's name:
        the person is the speaker."""
        toks, lex = self.toks, self.lex
        k, last_role = r.first, None
        while k < hi and k - r.first < 10:
            t = toks[k]
            if t.word and t.cap and not t.possessive:
                long = next((L for L in (4, 3, 2) if k + L <= hi and all(x.word for x in toks[k:k + L]) and
                             lex.role(" ".join(x.lower for x in toks[k:k + L])) is not None), 0)
                if long:
                    last_role, k = k + long - 1, k + long     # "General Manager", "President of Soccer Operations"
                    continue
                if lex.role(t.lower) is not None:
                    last_role = k
                k += 1
                continue
            if last_role is not None and (t.text == "&" or t.lower in ("and", "of")):
                k += 1
                continue
            break
        if last_role is None or last_role == r.last or last_role + 1 >= hi:
            return None
        start = last_role + 1
        nr = self.t.run_of.get(start)
        if nr is None or not toks[start].cap or lex.role(toks[start].lower) is not None or \
                self.t.is_outlet(nr):
            return None
        sub = replace(nr, first=start, start=toks[start].start, after_det=False, after_prep=False,
                      sentence_start=False)
        sub.text = self.t.body[sub.start:sub.end]
        return Phrase("name", sub.first, sub.last, sub)

    def _plural_possessive(self, k: int) -> bool:
        """Is token `k` the apostrophe of a plural possessive ("Trotters'", "Wolves'")?"""
        toks = self.toks
        return toks[k].text == "'" and k > 0 and toks[k - 1].end == toks[k].start and toks[k - 1].cap \
            and toks[k - 1].lower.endswith("s") and k + 1 < len(toks) and toks[k + 1].start > toks[k].end

    def _job_holder(self, a: int, b: int) -> bool:
        """Do tokens [a, b] ("Bolton's head of recruitment") carry a description the entity step
        resolved to a person?"""
        toks = self.toks
        m = self.t.mention_in(toks[a].start, toks[b].end, ("person", "player"))
        return m is not None and m.via == "description" and m.start <= toks[a].start + 4

    def _owned_job(self, r, hi: int) -> Phrase | None:
        """'said Everton's director of football', 'said Leeds' head coach': a club's job with no
        name after it, the one who holds it (not the club)."""
        toks, lex = self.toks, self.lex
        k = r.last + 1
        if not r.possessive:
            return None
        if k + 1 < hi and self._plural_possessive(k):
            k += 1                    # "said Harwick Rovers' chief executive"
        if k >= hi or not toks[k].word or toks[k].cap or k in self.t.run_of:
            return None
        end, k0 = None, k
        while k < hi and k - k0 <= 2 and toks[k].word and not toks[k].cap and k not in self.t.run_of:
            if lex.role(toks[k].lower) is not None or \
                    (k + 1 < hi and lex.role(toks[k].lower + " " + toks[k + 1].lower) is not None):
                end = k + 1 if lex.role(toks[k].lower) is None else k
            if self._office(k) and k + 2 < hi and toks[k + 1].lower == "of" and toks[k + 2].word:
                end = k + 2           # "director of football", "head of recruitment"
                break
            k += 1
        if end is not None and end + 2 < hi and toks[end + 1].text == ",":
            nr = self.t.run_of.get(end + 2)     # "said Leeds' chief executive, Brian X": Brian X
            if nr is not None and nr.first == end + 2 and not nr.after_det and not nr.possessive and \
                    not self.t.is_outlet(nr) and self.t.kind_of_run(nr) in (None, "player", "person"):
                return Phrase("name", nr.first, nr.last, nr)
        if end is None or (end + 1 < hi and end + 1 in self.t.run_of):
            return None               # "said Leeds' head coach Brian X": the name after is the speaker
        if not self._job_holder(r.first, end):
            return None               # no one holds that job in this article: the club speaks
        return Phrase("desc", r.first, end)

    def _role_then_name(self, j: int, hi: int) -> Phrase | None:
        """'said sporting director Rodrigo X', 'said head coach X': a job title in lower case with no
        article, then the name of who holds it."""
        toks, lex = self.toks, self.lex
        k, role = j, False
        while k < hi and k - j < 4 and toks[k].word and not toks[k].cap and k not in self.t.run_of:
            role = role or lex.role(toks[k].lower) is not None or \
                (k + 1 < hi and lex.role(toks[k].lower + " " + toks[k + 1].lower) is not None)
            k += 1
        if not role or k >= hi or lex.role(toks[k - 1].bare.lower()) is None:
            return None
        nxt = self.t.run_of.get(k)
        if nxt is not None and nxt.first == k and not nxt.after_det and not self.t.is_outlet(nxt):
            return Phrase("name", nxt.first, nxt.last, nxt)
        return None

    def _head_like(self, i: int) -> bool:
        t = self.toks[i]
        return bool(self.lex.role(t.bare.lower()) or is_age(t.lower) or (t.word and t.cap))

    def subject(self, lo: int, hi: int) -> Phrase | None:
        """The subject of the clause in [lo, hi): its first noun phrase, names and roles included."""
        lex, toks = self.lex, self.toks
        starts = [lo] + [i + 1 for i in range(lo, hi) if toks[i].text == ","]
        for st in starts:
            if st >= hi:
                continue
            t = toks[st]
            if t.lower in lex.pronouns:
                return Phrase("pronoun", st, st)
            if not (st in self.t.run_of or t.lower in lex.determiners or lex.role(t.bare.lower()) or
                    st + 1 < hi and t.word and lex.role(t.lower + " " + toks[st + 1].lower)):
                continue                # ("sporting director X is delighted:": a two-word job)
            k = st
            while k < hi:
                tk = toks[k]
                if k in self.t.run_of or tk.lower in lex.determiners or lex.role(tk.bare.lower()) or is_age(tk.lower):
                    k += 1
                    continue
                if k > st and (k - 1) in self.t.run_of and self._plural_possessive(k) and \
                        any(lex.role(toks[x].bare.lower()) for x in (k + 1, k + 2) if x < hi):
                    k += 1              # "the Bisons' general manager": the club's, a job follows
                    continue
                if tk.word and not tk.cap and k + 1 < hi and (lex.role(toks[k + 1].lower) or (k + 1) in self.t.run_of) \
                        and not (tk.lower in lex.prepositions and tk.lower != "of" and k - 1 in self.t.run_of) \
                        and not (k > st and (k + 1) in self.t.run_of and not lex.role(toks[k + 1].lower) and
                                 (lex.role(toks[k - 1].bare.lower()) or is_age(toks[k - 1].lower))):
                    k += 1              # "sporting director", "head coach" (not "X to Radio Y:",
                    continue            # nor "the midfielder joins X": a verb after the role)
                break
            if k == st:
                continue
            last = k - 1
            r = self.t.run_of.get(last)
            if r is not None and not r.after_det:
                if r.first - 1 > st and toks[r.first - 1].lower == "of" and k + 1 < hi and toks[k].text == ",":
                    a = self.t.run_of.get(k + 1)     # "Coach of Spartak, Vladimir X, is not hiding":
                    if a is not None and a.first == k + 1 and a.last + 1 < hi and \
                            toks[a.last + 1].text == "," and not self.t.is_outlet(a) and \
                            self.t.person_like_loose(a):
                        return Phrase("name", a.first, a.last, a)   # the name after the job's club
                return Phrase("name", r.first, r.last, r)
            if k + 1 < hi and toks[k].lower == "of" and lex.role(toks[last].bare.lower()) is not None:
                o = self.t.run_of.get(k + 1)     # "The president of X, Dimitris Y, speaking to ...":
                if o is not None and o.first == k + 1 and o.last + 2 < hi and toks[o.last + 1].text == ",":
                    k = o.last + 1               # the name in apposition after the role's club
                elif o is None and self._office(last):
                    f = k + 1                    # "the executive director of football, X, confirmed":
                    while f < hi and f - k <= 3 and toks[f].word and not toks[f].cap and f not in self.t.run_of:
                        f += 1                   # the name in apposition after the job's field
                    if f > k + 1 and f + 1 < hi and toks[f].text == ",":
                        k = f
            if k + 1 < hi and toks[k].text == ",":
                a = self.t.run_of.get(k + 1)     # "His father, Andrzej Wierzbicki, a former ...,"
                if a is not None and a.first == k + 1 and a.last + 1 < hi and \
                        toks[a.last + 1].text == "," and not self.t.is_outlet(a) and self.t.person_like_loose(a):
                    return Phrase("name", a.first, a.last, a)
                if a is None and toks[k + 1].lower == "the" and lex.role(toks[last].bare.lower()) is not None:
                    # "The player's agent, the Paraguayan Aníbal X, was brief:": a nationality or home
                    # town between "the" and the name in the apposition
                    for q in range(k + 2, min(hi, k + 5)):
                        a = self.t.run_of.get(q)
                        if a is not None:
                            if a.last + 1 < hi and toks[a.last + 1].text == "," and not self.t.is_outlet(a) \
                                    and a.last > a.first:
                                sub = replace(a, first=max(a.first, q), after_det=False)
                                return Phrase("name", sub.first, sub.last, sub)
                            break
            if last == st and toks[st].lower in lex.determiners:
                ph = self._name_past_headless(st + 1, hi)
                if ph is not None:
                    return ph
            return Phrase("desc", st, last)
        return None

    def _name_past_headless(self, j: int, hi: int) -> Phrase | None:
        """The person named after a determiner whose noun the lexicon does not know ("the
        technical commander X admitted", "The empresário of the player, X, told"): the name
        after at most three plain words, else the name set off by commas after a short phrase."""
        toks, t, lex = self.toks, self.t, self.lex
        i = j
        while i < hi and i - j < 3 and toks[i].word and not toks[i].cap and i not in t.run_of and \
                toks[i].lower not in lex.prepositions and toks[i].lower not in _HEADLESS_STOPS and \
                toks[i].lower not in lex.speech and toks[i].lower not in lex.spoke:
            i += 1
        if i > j:
            r = t.run_of.get(i)
            if r is not None and r.first == i and r.last < hi and t.person_like_loose(r) and r.last > r.first:
                return Phrase("name", r.first, r.last, r)
        for c in range(j, min(hi, j + 6)):
            if toks[c].text == ",":
                a = t.run_of.get(c + 1)
                if a is not None and a.first == c + 1 and a.last + 1 < hi and toks[a.last + 1].text == "," \
                        and t.person_like_loose(a) and a.last > a.first:
                    return Phrase("name", a.first, a.last, a)
                return None
            if c in t.run_of or not toks[c].word:
                return None
        return None

    def _according(self, lo: int, hi: int) -> Phrase | None:
        for i in range(lo, hi - 2):
            if self.toks[i].lower == "according" and self.toks[i + 1].lower == "to":
                ph = self.np_fwd(i + 2, hi)
                if ph is not None and not (ph.run is not None and self.t.is_outlet(ph.run)):
                    return ph
                if ph is not None:
                    return Phrase("outlet", ph.first, ph.last)     # "according to QNA, '...'"
        return None

    def from_pre(self, lo: int, hi: int, strong_only: bool) -> tuple[Phrase | None, bool]:
        """Speaker phrase from the words before a quotation. Returns (phrase, strong)."""
        toks, lex = self.toks, self.lex
        if hi <= lo:
            return None, False
        end = self._past_note_aside(lo, hi - 1)
        tail = toks[end].text
        strong = tail in (":", ",") or toks[end].lower == "that"
        if strong_only and not strong:
            return None, False
        if not strong_only and toks[end].lower == "as" and end - lo >= 3:
            # "the offer was rejected by the X management as '...'", "dismissed by Y as '...'":
            # the agent of the passive verb called it that
            k = next((k for k in range(end - 1, max(lo, end - 7), -1) if toks[k].lower == "by"), None)
            if k is not None and k > lo and toks[k - 1].lower.endswith(("ed", "en")) and \
                    all(toks[i].word for i in range(k + 1, end)):
                ph = self.np_fwd(k + 1, end)
                if ph is not None and not (ph.run is not None and self.t.is_outlet(ph.run)):
                    return ph, False
        cap = end - 1 if tail in (":", ",") and end > lo else end
        if toks[cap].lower in _CAPTION_NOUNS and cap > lo and toks[cap - 1].lower in lex.determiners:
            ph = self._poster(lo, cap)                # "a post on his account with the caption '...'"
            if ph is not None:
                return ph, strong
        # the last speech verb (reported verbs count only for partial quotes: weak)
        v = None
        commas = 0
        for i in range(end, lo - 1, -1):
            if not strong_only and i < end and toks[i].text == ",":
                if commas == 0 and self._clause_break(i + 1):
                    break                             # "X demanded more, leaving him 'in limbo'"
                commas += 1                           # (", speaking on Friday, that": an aside)
            if self._read_out(i, lo, end):
                continue                              # "the coach told TSN, quote, '...'": a marker
            if (self._is_verb(i, lo) or (not strong_only and toks[i].lower in lex.reported)) and \
                    not (i > lo and toks[i - 1].lower in lex.determiners and toks[i].lower not in lex.statement_only) \
                    and not self._noun_use(i, lo):
                v = i                                 # ("answered with a smile:": a noun after "a")
                break
        if v is None:
            if tail == ":":
                ph = self._colon_subject(lo, end)
                if ph is not None:
                    return ph, True
            return self._according(lo, hi), strong
        if strong and v < end - 8 and tail != "that":
            strong = False
        if tail == "that" and v - 1 > lo and toks[v - 1].lower == "had":
            ph = self._outer_reporter(lo, v)
            if ph is not None:               # "X insisted that the club had promised him that '...'":
                return ph, strong            # X reports the promise, in his own words
        if not strong_only and v - 1 > lo and toks[v - 1].lower in ("was", "is", "were", "are", "being", "been") \
                and toks[v].lower.endswith(("ed", "en")):
            ph = self._outer_reporter(lo, v, 4)
            if ph is not None:               # "X told Y that ... a decision was expected '...'":
                return ph, False             # a passive inside what X told: X's words
        if not strong_only and toks[v].lower not in lex.speech:
            s = self._reporting_verb(v, lo)
            if s is not None:
                ph = self.np_back(s - 1, lo)
                if ph is not None and not (ph.run is not None and self.t.is_outlet(ph.run)):
                    return ph, False      # "X added that Y wanted the 'spine': X's words, reported
                if ph is not None:
                    return Phrase("outlet", ph.first, ph.last), False   # "<outlet> claims Y want '...'"
        verb = toks[v].lower
        ph = None
        outlet = None
        if verb.endswith("ing") and v > lo and toks[v - 1].text == ",":
            ph = self.subject(self._last_clause(lo, v), v)     # "X hit back, saying: ..."
        if verb in _CAPTION:
            ph = self._poster(lo, v)                  # "Later, X posted a photo captioned '...'"
        if ph is None:
            ph = self.np_back(self._before_dash_aside(v - 1, lo), lo)
            if ph is not None and ph.run is not None and self.t.is_outlet(ph.run):
                outlet, ph = ph, None         # "X was quoted by <outlet> as saying": X, not the outlet
        if ph is None and (verb.endswith("ing") or self._after_and(v, lo)):
            ph = self.subject(lo, v)          # "X scored twice and has reportedly told friends he ..."

        if ph is None and verb not in lex.listener and (verb in lex.speech or verb in lex.spoke):
            ph = self.np_fwd(v + 1, hi)               # "Said Klopp: ..." (not "and wished the striker 'X'")
        if ph is None:
            ph = self._according(lo, hi)
        if ph is None and tail == ":":
            ph, strong = self._colon_subject(lo, end), True     # "Asked about it, Reid was blunt: ..."
        if ph is None and outlet is not None:
            ph = Phrase("outlet", outlet.first, outlet.last)   # "Kicker wrote that it was '...'": no person
        return ph, strong

    def _read_out(self, i: int, lo: int, end: int) -> bool:
        """A spoken quotation mark: "..., quote, '...'" / "Quote: '...'" (a transcript reading a
        quotation aloud), not a speech verb with a subject of its own."""
        toks = self.toks
        if toks[i].lower != "quote" or i + 1 > end or toks[i + 1].text not in (",", ":"):
            return False
        return i == lo or toks[i - 1].text in (",", ":", ";")

    def _noun_use(self, i: int, lo: int) -> bool:
        """Is the speech verb at `i` a noun after a modifier ("in an Instagram post:", "his
        latest tweet:"): one or two words after "a"/"an"/"his"/...?"""
        toks = self.toks
        if toks[i].lower not in _NOUN_VERBS:
            return False
        for k in (i - 2, i - 3):
            if k < lo or not toks[k + 1].word:
                return False
            if toks[k].lower in _NOUN_LEADS:
                return True
        return False

    def _poster(self, lo: int, v: int) -> Phrase | None:
        """Who posted the picture a caption belongs to: the first pronoun, name (not after a
        preposition) or role description of the sentence, before the picture."""
        toks, lex = self.toks, self.lex
        for i in range(lo, v):
            tk = toks[i]
            if tk.lower in lex.pronouns and tk.lower != "it":
                return Phrase("pronoun", i, i)
            r = self.t.run_of.get(i)
            if r is not None and r.first == i and not r.after_prep and not r.after_det and \
                    not r.possessive and not self.t.is_outlet(r):
                return Phrase("name", r.first, r.last, r)
            if tk.lower in lex.determiners and i + 1 < v and not toks[i + 1].possessive and \
                    (lex.role(toks[i + 1].bare.lower()) in ("player", "manager", "club") or
                     is_age(toks[i + 1].bare.lower())):   # (not "the player's partner")
                return Phrase("desc", i, i + 1)          # "the 25-year-old posted a clip with the caption"
        return None

    def _past_note_aside(self, lo: int, end: int) -> int:
        """"he said, and I wrote this down, '...'" / "he said – I quote – '...'": the reporter's
        own aside about taking the words down, between the speech verb and the quote, is left out
        (the token before the aside, else `end`)."""
        toks = self.toks
        if toks[end].text not in (",", ":") and toks[end].text not in _DASHES:
            return end
        for k in range(end - 1, max(lo, end - 8) - 1, -1):
            tk = toks[k]
            if tk.text in (",",) or tk.text in _DASHES:
                words = [toks[i].lower for i in range(k + 1, end) if toks[i].word]
                if words[:1] == ["and"]:
                    words = words[1:]
                if k > lo and words[:1] in (["i"], ["we"]) and any(w in _NOTE_VERBS for w in words[1:3]):
                    return k if tk.text == "," else k - 1 if toks[k - 1].text == "," else k
                return end
            if not tk.word:
                return end
        return end

    def _after_and(self, v: int, lo: int) -> bool:
        """Is the verb at `v` the second of two joined by "and"/"but", with at most three adverbs
        or auxiliaries between ("and has reportedly told")?"""
        toks, skip = self.toks, self.lex.skip_between
        k = v - 1
        while k > lo and v - k <= 3 and toks[k].lower in skip and toks[k].lower not in ("and", "but"):
            k -= 1
        return k >= lo and toks[k].lower in ("and", "but")

    def _before_dash_aside(self, j: int, lo: int) -> int:
        """"X – brother of the coach – described": the token before an aside between dashes
        that ends at `j`, else `j`."""
        toks = self.toks
        if j < lo or toks[j].text not in _DASHES:
            return j
        for k in range(j - 1, max(lo, j - 15) - 1, -1):
            if toks[k].text in _DASHES:
                return k - 1 if k > lo else j
            if is_sentence_end(toks, k) or toks[k].in_quote:
                break
        return j

    def _reporting_verb(self, v: int, lo: int) -> int | None:
        """The speech verb whose reported clause holds the verb at `v`: "Dunbar added that the
        coach wanted ...", "X said his client hoped ...". None when a comma, a passive ("was told
        that") or another clause comes between."""
        toks, lex = self.toks, self.lex
        for s in range(v - 1, max(lo, v - 12) - 1, -1):
            tk = toks[s]
            if not tk.word:
                return None
            if tk.lower in lex.speech and tk.lower not in lex.statement_only and \
                    not tk.lower.endswith("ing"):
                if s - 1 >= lo and toks[s - 1].lower in _PASSIVE:
                    return None
                k = base = s + 1
                r = self.t.run_of.get(k)
                if r is not None and r.first == k and r.last + 1 < v and self.t.is_outlet(r):
                    k = base = r.last + 1        # "told Het Laatste Nieuws he felt"
                while k < v and k - base <= 2 and toks[k].lower != "that" and \
                        (toks[k].lower in lex.pronouns or toks[k].lower in lex.skip_between or
                         toks[k].lower in ("reporters", "journalists", "fans", "supporters")):
                    k += 1                       # "told reporters that"
                if k < v and toks[k].lower == "that":
                    return s
                if k == v and toks[v - 1].lower in _SUBJECT_PRONOUNS:
                    return s                     # "the Belgian said he felt 'ready'": the one saying
                ph = self.np_back(v - 1, k)
                if ph is not None and k <= ph.first <= k + 2 and \
                        all(toks[i].word and not toks[i].cap for i in range(k, ph.first)):
                    return s                     # "said (his client) X hoped": the clause subject
                    return s
                return None
            if tk.lower in lex.speech or tk.lower in lex.reported or tk.lower in ("and", "but", "or"):
                return None
        return None

    def _colon_subject(self, lo: int, end: int) -> Phrase | None:
        """The subject before "...: 'quote'" with no speech verb: that of the last clause joined by
        ", and" / ", but" / ";" ("The Magpies saw a bid rejected, and Porto's coach was clear: ..."),
        else of the whole sentence."""
        toks = self.toks
        if end - lo == 1 and toks[lo].lower in _GENRE_LABELS:
            return None               # "INTERVIEW: '...'", "Exclusive: '...'": the piece's kind, no speaker
        if self._label_leadin(lo, end):
            return self._label_owner(lo)
        ph = self._words_from(lo, end) or self._in_own_words(lo, end)
        if ph is not None:
            return ph
        if end - lo <= 6 and toks[lo].lower in _COLON_OPENERS and lo + 1 < end:
            lo += 1                   # "And the player himself: '...'" / "Finally, Kane: '...'"
            if toks[lo].text == "," and lo + 1 < end:
                lo += 1
            j = lo
            if j + 2 < end and toks[j].lower in self.lex.determiners and toks[j + 1].word and \
                    toks[j + 2].lower in ("himself", "herself") and toks[j + 1].lower in _SELF_NOUNS:
                return Phrase("self", j, j + 2)      # "And the man himself:": the story's own subject
        for i in range(end - 1, lo, -1):
            if toks[i].text == ";" or (toks[i].lower in ("and", "but") and toks[i - 1].text == ","):
                ph = self.subject(i + 1, end)
                if ph is not None:
                    return ph
                break
        return self.subject(lo, end)

    def _label_leadin(self, lo: int, end: int) -> bool:
        """"Post 3 (Monday, 9.14am):", "Update 2:", "Tweet #4 -": a numbered label opening a
        paragraph of someone's posts, not a speaker's name."""
        toks = self.toks
        if end - lo > 14 or toks[lo].lower not in _LABELS or lo + 1 >= end:
            return False
        if lo > 0 and toks[lo - 1].para == toks[lo].para:
            return False
        j = lo + 1
        if toks[j].text == "#" and j + 1 < end:
            j += 1
        if not toks[j].text[:1].isdigit():
            return False
        j += 1
        if j < end and toks[j].text == "(":
            depth = 0
            while j < end:
                depth += toks[j].text == "("
                depth -= toks[j].text == ")"
                j += 1
                if depth == 0:
                    break
        return j >= end or all(toks[k].text in "-\u2013\u2014:," for k in range(j, end))

    def _label_owner(self, lo: int) -> Phrase:
        """Whose numbered posts these are: the one named with "his posts" / "Reid's tweets" in an
        earlier paragraph (the first person of that paragraph); else nobody (the writer's own)."""
        toks = self.toks
        t = self.t
        para = toks[lo].para
        for k in range(lo - 1, max(-1, lo - 400), -1):
            if toks[k].para == para or toks[k].lower not in _LABEL_PLURALS or toks[k].in_quote:
                continue
            p = toks[k - 1] if k > 0 else None
            if p is None:
                break
            r = t.run_of.get(k - 1)
            if r is not None and r.possessive and not t.is_outlet(r):
                return Phrase("name", r.first, r.last, r)       # "Reid's tweets"
            if p.lower in ("his", "her"):
                first = known = None
                for r in t.runs_before(p.start, p.para):
                    if t.person_like(r):
                        first = r                               # nearest first: keep the earliest
                        if t.kind_of_run(r) is not None:
                            known = r                           # a known person before a capital
                first = known or first
                if first is not None:
                    return Phrase("name", first.first, first.last, first)
            break
        return Phrase("outlet", lo, lo)

    def _in_own_words(self, lo: int, end: int) -> Phrase | None:
        """"In JP's own words:", "In the coach's words:", "In his own words:": the owner of the
        words said them."""
        toks = self.toks
        for i in range(lo, min(end - 2, lo + 3)):
            if toks[i].lower != "in":
                continue
            j = end - 1
            if toks[j].lower not in ("words", "word"):
                return None
            if toks[j - 1].lower == "own":
                j -= 1
            k = j - 1
            if k <= i:
                return None
            if k == i + 1 and toks[k].lower in ("his", "her"):
                return Phrase("pronoun", k, k)
            r = self.t.run_of.get(k)
            if r is not None and r.possessive and r.last == k and r.first > i:
                return Phrase("name", r.first, r.last, r)
            if toks[k].possessive and self.lex.role(toks[k].bare.lower()) and \
                    all(toks[x].word for x in range(i + 1, k)):
                return Phrase("desc", i + 1, k)
            return None
        return None

    def _words_from(self, lo: int, end: int) -> Phrase | None:
        """"A few words from the man himself, via APOEL TV:", "Reaction from Kessel boss Ruud Brandt:",
        "Statement from Omonia:": the one after "from" said it."""
        toks = self.toks
        for i in range(lo, min(end - 1, lo + 8)):
            if toks[i].lower == "from" and i > lo and toks[i - 1].bare.lower() in _SAYING_NOUNS:
                j = i + 1
                if j + 2 < end and toks[j].lower in self.lex.determiners and toks[j + 1].word and \
                        toks[j + 2].lower in ("himself", "herself") and toks[j + 1].lower in _SELF_NOUNS:
                    return Phrase("self", j, j + 2)      # "the man himself": the story's own subject
                return self.np_fwd(j, end)
            if toks[i].text in ".;" or toks[i].lower in self.lex.speech:
                break
        return None

    def _clause_break(self, i: int) -> bool:
        """Does a new clause, not the speaker's, start at token `i` (after a comma)? A participle
        or relative clause that is not speech: "..., leaving the striker", "..., which means"."""
        w = self.toks[i].lower
        if w in self.lex.clause_openers:
            return True
        return w.endswith("ing") and len(w) > 4 and not self.toks[i].cap and \
            w not in self.lex.speech and w not in self.lex.reported

    def from_post(self, lo: int, hi: int) -> Phrase | None:
        """Speaker phrase from the words after a quotation: "..., said X" / "..., X told Y"."""
        toks = self.toks
        i = lo
        if i < hi and toks[i].lower in _GOES_ON:
            return None                   # '... his son "wants to leave" and that the club had promised':
            #                               the writer's sentence goes on, no tag follows
        while i < hi and toks[i].text in ",-\u2014\u2013;":
            i += 1
        first = i
        appositive = None
        if i + 1 < hi and toks[i].lower in _END_QUOTE and toks[i + 1].lower in ("quote", "quotes") or \
                i < hi and toks[i].lower == "unquote":
            return None                   # '"...," end quote.': a transcript's spoken closing mark
        if i > lo and i < hi and toks[i].lower in _CONCESSIVE:
            return None                   # '..., though his agents are said to ...': the writer goes on
        for v in range(first, min(hi, first + 9)):
            tk = toks[v]
            if tk.lower == "according" and v + 1 < hi and toks[v + 1].lower == "to":
                ph = self.np_fwd(v + 2, hi)
                if ph is not None and not (ph.run is not None and self.t.is_outlet(ph.run)):
                    return ph
                return None
            if not tk.word:
                if self._plural_possessive(v):
                    continue              # "..., the Trotters' head of recruitment said"
                if tk.text == "." and v > first and v - 1 in self.t.run_of and not is_sentence_end(toks, v):
                    continue              # "..., St. Gallen sporting director X told": an abbreviation
                if tk.text == "," and appositive is None and self._owner_role(first, v):
                    appositive = v        # "..., Kane's agent, Ana Ruiz, said": the name after the job
                    continue
                r = self.t.run_of.get(v - 1)
                if tk.text == "," and appositive is not None and r is not None and r.first == appositive + 1:
                    continue              # the comma that closes the appositive name
                return None
            if not self._is_verb(v, first):
                continue
            if v + 1 < hi and toks[v + 1].lower == "to" and v > first and toks[v - 1].lower in _BE_FORMS:
                return None                   # "X are said to be keen": a report, not a tag
            if v == first:
                if tk.lower.endswith("ing"):
                    return None               # "..., insisting ...": the subject is before the quote
                return self.np_fwd(v + 1, hi)
            ph = self.np_back(v - 1, first)
            if tk.lower in self.lex.statement_only and (ph is None or ph.first - first > 2):
                # "'...,' a Kessel statement published on Monday evening read.": the document,
                # with a participle phrase between it and its verb
                k = next((k for k in range(v - 2, first - 1, -1) if toks[k].lower in _READ_NOUNS), None)
                if k is not None and toks[k + 1].lower.endswith("ed") and \
                        all(toks[x].word for x in range(k + 1, v)):
                    ph = self.np_back(k, first)
            if ph is not None and ph.first > first and toks[first].lower in self.lex.prepositions and \
                    toks[first].lower != "of":
                return None                   # '... "asked about X" for the midfielder but says': the
                #                               preposition's object, the writer's sentence going on
            if ph is not None and (ph.first - first <= 2 or self._role_lead(first, ph.first) or
                                   appositive is not None and ph.kind == "name" and ph.first == appositive + 1):
                return ph
            return None
        return None

    def _owner_role(self, a: int, b: int) -> bool:
        """Are tokens [a, b) someone's job ("Kane's agent", "the club's head coach", "his agent")
        with an appositive name to follow?"""
        toks, lex = self.toks, self.lex
        r = self.t.run_of.get(a)
        if r is not None and r.first == a and a < r.last < b - 1 and r.last - a < 4 and toks[r.last].possessive:
            a = r.last            # "St Joseph's president, X, told": a club of several words owns the job
        if b - a < 2 or b - a > 4 or not lex.role(toks[b - 1].bare.lower()):
            return False
        lead = toks[a]
        if not (lead.possessive and lead.cap or lead.lower in ("his", "her", "their") or lead.lower in lex.determiners):
            return False
        return all(toks[k].word and not toks[k].cap for k in range(a + 1, b))

    def _role_lead(self, a: int, b: int) -> bool:
        """Are tokens [a, b) a club and a job title before a name ("Augsburg sporting director")?"""
        toks, lex = self.toks, self.lex
        if b - a > 5 or b <= a or not lex.role(toks[b - 1].bare.lower()):
            return False
        for k in range(a, b):
            tk = toks[k]
            if k in self.t.run_of or lex.role(tk.bare.lower()):
                continue
            if tk.text == "." and k > a and k - 1 in self.t.run_of and not is_sentence_end(toks, k):
                continue              # "St. Gallen sporting director": an abbreviation's point
            if tk.word and not tk.cap and k + 1 < b and lex.role(toks[k + 1].bare.lower()):
                continue              # "sporting director", "technical director"
            return False
        return True

    # -- resolution ---------------------------------------------------------------------------
    def _verb_after(self, ph: Phrase) -> str:
        """The word after a phrase (its verb, for "he added"), or before it ("added he")."""
        i = ph.last + 1
        while i < len(self.toks) and self.toks[i].lower in self.lex.skip_between and i - ph.last < 4:
            i += 1
        after = self.toks[i].lower if i < len(self.toks) else ""
        before = self.toks[ph.first - 1].lower if ph.first > 0 else ""
        return after if after in self.lex.speech else before

    def resolve(self, ph: Phrase, span: Span) -> Speaker | None:
        """Turn a phrase into a speaker; None when it names an outlet or nothing usable."""
        sp = self._resolve(ph, span)
        if sp is not None and sp.kind is None and sp.name:
            sp.kind = self._kind(sp)
        return sp

    def _kind(self, sp: Speaker) -> str | None:
        """The speaker's kind: the entity's, else a guess from the article (its main player,
        a name printed after a manager's title)."""
        t = self.t
        if sp.entity in t.entities:
            return t.entities[sp.entity].kind
        key = normalise(sp.name)
        main = t.main_player()
        if main is not None and (key == normalise(main.text) or normalise(main.text).endswith(" " + key)
                                 or key.endswith(" " + normalise(main.text))):
            return "player"
        if self._titled is None:                 # each name's first printing after a title, once
            self._titled = {}
            for i, r in enumerate(t.runs):
                role = self._role_before(r)
                if role in ("manager", "player"):
                    self._titled.setdefault(normalise(r.text), (i, role))
        words = key.split(" ")
        hits = [self._titled[k] for k in (" ".join(words[n:]) for n in range(len(words))) if k in self._titled]
        if hits:
            return "person" if min(hits)[1] == "manager" else "player"
        return None

    def _resolve(self, ph: Phrase, span: Span) -> Speaker | None:
        t = self.t
        toks = self.toks
        if ph.kind == "name":
            if t.is_outlet(ph.run) or self._competition_modifier(ph.run):
                return None
            return t.speaker_for_run(ph.run)
        if ph.kind == "outlet":
            return Speaker(None, None, anonymous=True)   # an outlet's own words: nobody's quote
        start, end = toks[ph.first].start, toks[ph.last].end
        if ph.kind == "self":
            main = t.main_player()
            return t.speaker_for_run(main) if main is not None else self._described(ph, "player", start, span)
        if ph.last - ph.first <= 3 and toks[ph.first].lower in ("our", "the") and \
                toks[ph.first + 1].lower in ("new", "latest") and ph.last > ph.first + 1 and \
                toks[ph.first + 2].bare.lower() in _NEW_MAN:
            main = t.main_player()           # "our new number 4 said:", "our latest signing told":
            if main is not None:             # a club's release speaks of the player it signed
                return t.speaker_for_run(main)
        if ph.kind == "pronoun":
            if toks[ph.first].lower == "it":
                sp = self._own_post_writer(span)
                if sp is not None:
                    return sp         # "a post on his account hinted at it. '...,' it read": his words
                sp = self._body_said_it(ph.first)
                if sp is not None:
                    return sp         # "The Football Federation of X said it ...": the federation
                sp = self._club_in_quote(span) or self._club(start)
                if sp is not None:
                    sp.kind = "club"
                return sp
            return self._pronoun(start, span, self._verb_after(ph) in self.lex.continuing)
        r = ph.run
        if r is not None and r.after_det and r.last == ph.last and r.first == ph.first + 1 and \
                not r.possessive and not t.is_outlet(r) and t.kind_of_run(r) == "club":
            sp = t.speaker_for_run(r)             # "the Jets said:": the club by its short name
            sp.kind = "club"
            return sp
        j = ph.first + 1
        if ph.kind == "desc" and ph.first == ph.last and toks[ph.first].lower in _INDEFINITE and \
                j + 2 < len(toks) and toks[j].bare.lower() in _OWN_POSTS and toks[j + 1].lower in ("on", "in") \
                and toks[j + 2].lower in ("his", "her") and toks[j + 2].para == toks[ph.first].para:
            sp = self._pronoun(toks[j + 2].start, span)   # "a post on his Instagram account read:"
            if sp is not None:
                return sp
        if ph.kind == "desc" and toks[ph.last].cap:
            # "Erakor Golden Star issued a statement:", "Kessel United said": a club's name that
            # ends in a role word ("Star", "United"...) is the club, not a player it describes
            f = ph.first + 1 if toks[ph.first].lower == "the" and ph.last > ph.first else ph.first
            m = t.mention_in(toks[f].start, end, ("club",))
            if m is not None and m.via != "description" and m.start == toks[f].start and m.end == end \
                    and m.entity in t.entities:
                return Speaker(t.entities[m.entity].name, m.entity, kind="club")
        h = ph.last
        for i in range(ph.first + 1, ph.last):
            if toks[i].lower in self.lex.prepositions or toks[i].lower == "close":
                h = i - 1
                break
        head = toks[h].bare.lower()
        cls = _age_class(head) if is_age(head) else self.lex.role(head)
        if cls is None and h < ph.last and toks[h + 1].lower == "of" and ph.last - h <= 3 and self._office(h):
            cls = "manager"           # "the club's head of recruitment": a job at the club
        if cls is None and head in _POSTS_AND_ACCOUNTS:
            sp = self._account_owner(ph.first, h)      # "Harwick's official account replied:"
            if sp is not None:
                return sp
            if head in _OWN_POSTS and h - ph.first <= 2 and toks[ph.first].lower in ("his", "her"):
                return self._pronoun(start, span)      # "His caption read:": the one "his" means
        if cls is None and not is_age(head):
            cls = self._modifier_role(ph.first, h)     # "one fan account", "a supporters' group"
        if cls in ("player", "manager") and any(toks[i].lower in self.lex.past_markers or
                                                toks[i].lower.startswith("ex-") for i in range(ph.first, h)):
            cls = None
        body = self._governing_body(ph, h, start)
        if body is not None:
            return body               # "a federation spokesperson told X": the federation, not a club
        words = {toks[i].bare.lower() for i in range(ph.first, ph.last + 1)}
        if ph.last == ph.first + 1 and toks[ph.first].lower == "the" and toks[ph.last].lower in _DOC_NOUNS:
            _, sp = self._writer_in(span.para, span.open_pos)
            if sp is None or sp.kind not in ("player", "person"):
                # "The Gaborone side ... in a statement. 'X Ladies can confirm ...,' the statement
                # read": the club the statement names, over a description of a club
                own = self._club_in_quote(span)
                sp = own if own is not None else sp
            if sp is not None:
                return sp             # "X issued a brief statement. '...,' the statement read.": X's
        if cls is None and words & {"statement", "spokesperson", "spokesman", "spokeswoman"}:
            cls = "club"
        if cls not in ("club", "anonymous") and self.last is not None and \
                self._verb_after(ph) in self.lex.continuing and not self._verb_takes_object(ph) and \
                not any(self.lex.role(toks[i].bare.lower()) in ("club", "anonymous") for i in range(ph.first, ph.last + 1)):
            return self.last                              # "The Norwegian added:": still the last speaker
        if cls == "club" and not any(i in t.run_of and not self._competition_modifier(t.run_of[i])
                                     for i in range(ph.first, ph.last + 1)):
            # "Everton Football Club is delighted to ..." after "the club said", or after "the
            # Premiership champions said" (the competition names no side)
            sp = self._club_in_quote(span)
            if sp is not None:
                return sp
        if cls == "manager" and toks[ph.first].lower in _INDEFINITE:
            for i in range(ph.first + 1, h):      # "a Dunmore director told": someone unnamed at
                r = t.run_of.get(i)               # the club, speaking for it (not its named coach)
                if r is not None and r.first == i and r.last < h and not t.is_outlet(r) and \
                        t.kind_of_run(r) == "club":
                    sp = t.speaker_for_run(r)
                    sp.kind = "club"
                    return sp
        m_end = end
        if h < ph.last and cls in ("anonymous", "agent"):
            m_end = toks[h].end           # "one source close to the player", "the father of X": not X
        m = t.mention_in(start, m_end, ("club",) if cls == "club" else ("player", "person"))
        if m is not None and cls == "agent" and h > ph.first and m.end <= toks[h].start and \
                toks[h - 1].possessive:
            # "the player's agent told", "Marsh's agent said": the player's agent, never the player
            sp = self._described(ph, cls, start, span)
            return sp if sp is not None and sp.entity != m.entity else Speaker(None, None, anonymous=True)
        if m is not None and m.via == "description" and cls != "club" and self._object_in_clause(m.entity, ph.first):
            m = None              # "In an interview with X, the Argentine said": not X
        if m is not None and m.via != "description" and ph.run is not None and ph.run.after_det and \
                ph.run.first == ph.run.last and m.start >= ph.run.start:
            m = None              # "the Dubliner" read as somebody's name: it describes someone
        if m is not None and m.via == "description" and cls in _ROLE_KIND:
            r = self._para_referent(start, span.para, cls)      # "O'Rourke ... the Wolves boss told"
            if r is not None and (t.kind_of_run(r) == _ROLE_KIND[cls] or
                                  (r.sentence_start and self._named_only_later(m.entity, start))):
                return t.speaker_for_run(r)     # a description cannot mean someone named only later
            if r is not None and r.sentence_start and not self._named_since(m.entity, start, span.para) and \
                    t.kind_of_run(r) in ("player", "person"):
                rm = t.mention_of(r)
                if rm is not None and rm.entity != m.entity and rm.entity in t.entities and \
                        self._called(rm.entity, toks[h].bare.lower()):
                    # "Pieter V. made no secret of it. '...,' the agent told Y.": the paragraph's
                    # subject, whom the article calls an agent, not another man of his surname
                    return t.speaker_for_run(r)
        if m is not None and m.via == "description" and self._named_only_later(m.entity, start):
            m = None              # "The South African ... added:" linked to a man named further down
        if m is not None and m.via == "description" and self._label_person(m.entity, span.para):
            m = None              # "TOM: ... The coach told TSN": not the transcript's host
        if m is not None and m.via == "description" and ph.last == ph.first + 1 and \
                toks[ph.first].lower == "the" and toks[ph.last].lower == "player":
            main = t.main_player()
            mm = t.mention_of(main) if main is not None else None
            if mm is not None and mm.entity != m.entity and t.entities.get(mm.entity) is not None and \
                    t.entities[mm.entity].kind == "player" and self._para_referent(start, span.para, cls) is None \
                    and not self._named_since(m.entity, start, toks[ph.first].para - 1):
                return t.speaker_for_run(main)  # a bare "the player" is the story's own player
        if m is not None and m.via == "description" and cls is None:
            own = self._para_description(span.para, start)
            if own is not None and own.last < ph.first and (own.kind == "self" or self._emphatic(own)):
                # "The player himself has said little. ..., the Frenchman smiled:": the paragraph is
                # about the story's own player, and so is its later description of a nationality
                main = t.main_player()
                if main is not None:
                    return t.speaker_for_run(main)
        if m is not None and m.via == "description" and cls == "club" and \
                _FORMAL_CLUB.match(t.body, span.start, min(span.end, span.start + 90)):
            own = self._club_in_quote(span)  # "the champions published this statement: 'X Football
            if own is not None and own.entity and own.entity != m.entity:    # Club wishes to ...'"
                return own
        if m is not None and m.via == "description" and cls is None and self._entity_in_quote(m.entity, span):
            # "'X is a modern midfielder ...,' the Moroccan told Y": a description the entity step
            # linked to the man the quote talks about; the paragraph's other person says it
            r = self._para_referent(start, span.para, None)
            rm = t.mention_of(r) if r is not None else None
            if r is not None and t.kind_of_run(r) in ("player", "person") and \
                    (rm is None or rm.entity != m.entity) and not self._named_in_quote(r, span):
                return t.speaker_for_run(r)
        if m is not None:
            return Speaker(t.body[m.start:m.end] if m.via == "name" else t.entities[m.entity].name
                           if m.entity in t.entities else t.body[m.start:m.end], m.entity)
        if cls == "anonymous":
            if h < ph.last and toks[h + 1].lower in _INSIDE:
                c = t.mention_in(toks[h + 1].end, end, ("club",))
                if c is not None and c.entity in t.entities:
                    # "a source at the Soustara club told": someone speaking for that club
                    return Speaker(t.entities[c.entity].name, c.entity, kind="club")
            if h < ph.last and toks[h + 1].lower in _INSIDE and toks[ph.last].lower == "club" and \
                    ph.last - h == 3 and toks[h + 2].lower == "the" or \
                    h > ph.first and toks[h - 1].lower == "club" and toks[h].bare.lower() in _SOURCES:
                sp = self._para_club(span.para, start)      # "a source at the club", "one club source":
                if sp is not None:                          # the club the paragraph is about
                    return sp
            return Speaker(None, None, anonymous=True)
        if cls == "club":
            for i in range(ph.first, ph.last + 1):
                r = t.run_of.get(i)
                if r is not None and not t.is_outlet(r) and not self._competition_modifier(r):
                    if r.after_det and r.first == r.last and toks[r.first - 1].lower == "the" and \
                            r.last < ph.last and t.mention_of(r) is None:
                        # "the Hyderabad club said": a town that is no club here describes the
                        # club the paragraph is about
                        sp = self._para_club(span.para, start)
                        if sp is not None:
                            return sp
                    sp = t.speaker_for_run(r)
                    sp.kind = "club"
                    return sp
            sp = self._club(start)
            if sp is not None:
                sp.kind = "club"
            return sp
        if cls is None and toks[ph.first].lower in _INDEFINITE:
            return Speaker(None, None, anonymous=True)    # "one fan account replying:": someone new
        return self._described(ph, cls, start, span)

    def _governing_body(self, ph: Phrase, h: int, start: int) -> Speaker | None:
        """"a federation spokesperson", "the association said", "a FIFA spokesman": a governing
        body speaks, named by the article's last "... Federation/Association ..." before the
        quote (or by its own short name), never a club."""
        toks, t = self.toks, self.t
        head = toks[h].bare.lower()
        if head not in _BODY_HEADS or h - ph.first > 3:
            return None
        mod = next((i for i in range(ph.first, h + 1) if toks[i].bare.lower() in _BODY_WORDS), None)
        if mod is None or mod < h and head in _BODY_WORDS:
            return None
        r = t.run_of.get(mod)
        if r is not None and toks[mod].cap:
            m = t.mention_of(r)
            if m is not None and m.entity in t.entities:
                return None           # a club or person the entities step knows
            if toks[mod].lower not in ("federation", "association"):
                return Speaker(r.text, None)                   # "a UEFA spokesman": UEFA
        if toks[mod].lower not in ("federation", "association"):
            return Speaker(toks[mod].text, None) if r is None and toks[mod].text.isupper() else None
        lo = max(0, start - 3000)
        name = None
        for m in _BODY_NAME.finditer(t.body, lo, start):
            name = m.group()
        return Speaker(" ".join(name.split()), None) if name is not None else None

    def _body_said_it(self, i: int) -> Speaker | None:
        """"The Football Association of X said it ...": "it" after a speech verb whose subject is a
        governing body's full name is that body."""
        toks = self.toks
        if i < 2 or toks[i - 1].lower not in self.lex.speech or toks[i - 2].para != toks[i].para:
            return None
        end = toks[i - 2].end
        chunk = self.t.body[max(0, end - 120):end]
        m = None
        for m in _BODY_NAME.finditer(chunk):
            pass
        if m is None or m.end() != len(chunk):
            return None
        name = " ".join(m.group().split())
        return Speaker(name[4:] if name.startswith("The ") else name, None)

    def _competition_modifier(self, r) -> bool:
        """A competition's name that only qualifies a side ("the Namibia Premiership champions",
        "the Super League side"): the competition does not speak, the side it describes does."""
        toks = self.toks
        if toks[r.last].lower not in _COMPETITION_WORDS or r.last + 1 >= len(toks):
            return False
        m = self.t.mention_of(r)
        if m is not None and m.entity in self.t.entities and \
                self.t.entities[m.entity].kind in ("player", "person", "club"):
            return False
        return toks[r.last + 1].lower in _SIDE_HEADS

    def _emphatic(self, ph: Phrase) -> bool:
        """"The defender himself": a player's role with an emphatic "himself"/"herself", which
        points at the story's own player."""
        toks, k = self.toks, ph.last + 1
        return toks[ph.first].lower == "the" and ph.last == ph.first + 1 and k < len(toks) and \
            toks[k].lower in ("himself", "herself") and self.lex.role(toks[ph.last].bare.lower()) == "player"

    def _called(self, entity: str, word: str) -> bool:
        """Does the article give `entity` the role `word` by its name ("agent X", "X, a registered
        agent,", "X, his agent")?"""
        memo = self.__dict__.setdefault("_called_memo", {})
        if (entity, word) not in memo:
            memo[entity, word] = self._called_uncached(entity, word)
        return memo[entity, word]

    def _called_uncached(self, entity: str, word: str) -> bool:
        t, toks = self.t, self.toks
        for m in t.mentions:
            if m.entity != entity or m.via != "name":
                continue
            f, j = t.tok_index(m.start), t.tok_index(m.end)
            if f > 0 and toks[f - 1].bare.lower() == word:
                return True
            if j < len(toks) and toks[j].text == ",":
                for k in range(j + 1, min(j + 5, len(toks))):
                    if not toks[k].word or toks[k].para != toks[j].para:
                        break
                    if toks[k].bare.lower() == word:
                        return True
        return False

    def _named_since(self, entity: str, pos: int, para: int) -> bool:
        """Is `entity` printed by name before body offset `pos`, in paragraph `para` or later?"""
        t = self.t
        lo = t.paras[para][0] if 0 <= para < len(t.paras) else 0
        i = bisect.bisect_left(t.mention_starts, pos) - 1
        while i >= 0 and t.mentions[i].start >= lo:
            m = t.mentions[i]
            if m.entity == entity and m.via == "name":
                return True
            i -= 1
        return False

    def _account_owner(self, first: int, h: int) -> Speaker | None:
        """"Harwick's (official) account", "the striker's Instagram page": the owner of a social
        media account speaks through it."""
        t, toks = self.t, self.toks
        for i in range(h - 1, max(first, h - 3) - 1, -1):
            tk = toks[i]
            if tk.possessive:
                r = t.run_of.get(i)
                if r is None or r.last != i or t.is_outlet(r):
                    return None
                sp = t.speaker_for_run(r)
                sp.kind = t.kind_of_run(r)
                return sp
            if not tk.word or tk.lower in self.lex.determiners:
                return None
        return None

    def _modifier_role(self, first: int, h: int) -> str | None:
        """A noun before the head that names a crowd or a club ("one fan account", "the club
        account", "a supporters' group"): that class, when the head itself names no role."""
        toks = self.toks
        for i in range(h - 1, first - 1, -1):
            tk = toks[i]
            if not tk.word or tk.cap or tk.lower in self.lex.determiners:
                break
            cls = self.lex.role(tk.bare.lower())
            if cls in ("anonymous", "club"):
                return cls
        return None

    def _verb_takes_object(self, ph: Phrase) -> bool:
        """"The player later added a story to his Instagram": a continuing verb after the phrase
        with a determiner straight after it has an object: no speech goes on."""
        toks, i = self.toks, ph.last + 1
        while i < len(toks) and toks[i].lower in self.lex.skip_between and i - ph.last < 4:
            i += 1
        if i >= len(toks) or toks[i].lower not in self.lex.continuing:
            return False
        return i + 1 < len(toks) and toks[i + 1].para == toks[i].para and \
            toks[i + 1].lower in ("a", "an", "the", "his", "her", "their", "its", "some", "another")

    def _named_only_later(self, entity: str, pos: int) -> bool:
        """Is `entity` printed by name (not by description) in this article, first after `pos`?"""
        if self._first_named is None:
            self._first_named = {}
            for m in self.t.mentions:
                if m.via != "description":
                    self._first_named.setdefault(m.entity, m.start)
        first = self._first_named.get(entity)
        return first is not None and first > pos

    def _object_in_clause(self, entity: str, i: int) -> bool:
        """Is `entity` named earlier in this sentence, before token `i`, only as the object of a
        preposition or as a possessive? A description does not point back to such a name in its
        own sentence ("Speaking alongside X, the Dutchman said"); an apposition does ("X, the
        Dutchman, said")."""
        t, toks = self.t, self.toks
        para = toks[i].para
        k = i - 1
        found = False
        while k >= 0 and i - k <= _LOOK_BACK and toks[k].para == para and not is_sentence_end(toks, k):
            r = t.run_of.get(k)
            if r is not None and r.last == k:
                m = t.mention_in(r.start, r.end, ("player", "person"))
                if m is not None and m.entity == entity and m.via != "description":
                    if not (r.after_prep or r.possessive):
                        return False
                    found = True
            k -= 1
        return found

    def _role_before(self, r) -> str | None:
        return self.lex.role(self.toks[r.first - 1].bare.lower()) if r.first > 0 else None

    def _para_referent(self, pos: int, para: int, cls: str | None):
        """The person a pronoun or description most likely means, among the names of its paragraph."""
        t = self.t
        cands = [r for r in t.runs_before(pos, para)
                 if (t.person_like(r) or self._owned_words(r)) and not self._asked_topic(r)
                 and not self._with_clause(r) and not self._turn_label(r.first, r.last)]
        if cls in ("manager", "player", "agent"):
            same = [r for r in cands if self._role_before(r) == cls]
            if same:
                return same[0]
            if cls == "manager":
                boss = self._boss_of_side(pos, para)
                if boss is not None:
                    return boss                  # "X's side host Y, and the manager admitted"
            cands = [r for r in cands if self._role_before(r) in (None, cls)]
            if cls == "manager":
                main = t.main_player()
                cands = [r for r in cands if main is None or t.norm(r) != t.norm(main)]
        # "at the club's Farrowmead Lane base": a name after a role's possessive is something the
        # club owns (a ground, an academy), not a person the role word introduces
        subj = [r for r in cands if r.sentence_start or
                (self._role_before(r) is not None and not self.toks[r.first - 1].possessive) or
                (r.first > 0 and self.toks[r.first - 1].lower in (",", "and", "but", "while"))]
        return subj[0] if subj else (cands[0] if cands else None)

    def _label_person(self, entity: str, para: int) -> bool:
        """Is `entity` a transcript turn label's person, and never named in paragraph `para`'s
        words (only as its label)?"""
        if self._labels is None:              # entity -> (labelled?, paragraphs naming it in words)
            t = self.t
            self._labels = {}
            for r in t.runs:
                mm = t.mention_of(r)
                if mm is None or mm.via == "description":
                    continue
                cell = self._labels.setdefault(mm.entity, [False, set()])
                if self._turn_label(r.first, r.last):
                    cell[0] = True
                else:
                    cell[1].add(r.para)
        cell = self._labels.get(entity)
        return cell is not None and cell[0] and para not in cell[1]

    def _turn_label(self, first: int, last: int) -> bool:
        """Is the name at first..last a transcript's turn label ("[01:47] NIKHIL RAO: ...", "TOM:
        ...")? Its person is the one talking, never the subject the turn's words describe."""
        toks = self.toks
        if last + 1 >= len(toks) or toks[last + 1].text != ":" or toks[last + 1].para != toks[first].para:
            return False
        return line_label_start(self.t.body, toks[first].start)    # only a timestamp before it

    def _with_clause(self, r) -> bool:
        """Is the name inside a ", with (captain) X out injured" clause: an aside about someone
        else, never the subject a later "he said" means?"""
        toks, lex = self.toks, self.lex
        k = r.first - 1
        while k >= 0 and r.first - k <= 3 and toks[k].para == r.para and toks[k].word and \
                toks[k].lower != "with" and (toks[k].lower in lex.determiners or lex.role(toks[k].bare.lower())):
            k -= 1
        return k > 0 and toks[k].lower == "with" and toks[k - 1].text in (",", ";", "—", "–")

    def _boss_of_side(self, pos: int, para: int):
        """A person's name owning a team in this paragraph ("Llwyd-Evans' side", "Moreno's men"):
        the manager a later "the manager"/"the coach" of the paragraph means."""
        t, toks = self.t, self.toks
        for r in t.runs_before(pos, para):
            k = r.last + 1
            if k < len(toks) and toks[k].text == "'":
                k += 1                            # "Evans' side"
            if r.possessive and k < len(toks) and toks[k].para == para and toks[k].lower in _SIDE_NOUNS \
                    and not t.is_outlet(r) and t.kind_of_run(r) in (None, "person"):
                return r
        return None

    def _owned_words(self, r) -> bool:
        """"X's response, quoted by several outlets, was familiar. '...,' he said": a person's
        possessive opening the sentence before a noun for what he said is its subject."""
        toks, t = self.toks, self.t
        k = r.last + 1
        while k < len(toks) and k - r.last <= 2 and toks[k].lower in _WORDS_MODS:
            k += 1                        # "X's own words after the match were ..."
        if not (r.possessive and r.sentence_start and not r.after_det and k < len(toks) and
                toks[k].para == r.para and toks[k].bare.lower() in _VIEW_NOUNS):
            return False
        return not t.is_outlet(r) and t.kind_of_run(r) in (None, "player", "person")

    def _asked_topic(self, r) -> bool:
        """Is the name inside a sentence-opening clause about a reporter's question ("Pressed on
        whether X was his first choice, he replied", "Asked about X, he said"): the topic, never
        the one who answers?"""
        return self._asked_at(r.first)

    def _asked_at(self, first: int) -> bool:
        """`_asked_topic` for the phrase starting at token `first` ("Asked whether the midfielder
        would travel, he smiled": not the midfielder)."""
        toks = self.toks
        para = toks[first].para
        k = first - 1
        while k >= 0 and first - k <= 25 and toks[k].para == para and not is_sentence_end(toks, k):
            if toks[k].text in (",", ";", ":") or toks[k].in_quote:
                return False
            k -= 1
        if first - k > 25:
            return False
        return k + 1 < first and toks[k + 1].lower in _QUESTIONED

    def _pronoun(self, pos: int, span: Span, continuing: bool = False) -> Speaker | None:
        """"he said": the person of this paragraph, else the last person named before it (unless
        the last speaker spoke after that); "he added": the last speaker."""
        t = self.t
        sp = self._first_person_object(pos, span.para)
        if sp is not None:
            return sp
        sp = self._described_just_before(span) if not continuing else None
        if sp is not None:
            return sp
        r = self._para_referent(pos, span.para, None)
        if r is not None and not (self.last is not None and self._named_in_quote(r, span)):
            return t.speaker_for_run(r)
        if r is not None:
            # "Y countered that coach X had pushed. 'X has ...,' he said": the one opening the
            # paragraph's sentence, when the quote names X; else the last speaker
            r2 = next((q for q in t.runs_before(pos, span.para) if q.first < r.first
                       and (q.sentence_start or self._appositive_role(q)) and t.person_like(q) and t.norm(q) != t.norm(r) and not self._named_in_quote(q, span)),
                      None)
            return t.speaker_for_run(r2) if r2 is not None else self.last   # "X rang him. 'X is a good man,' he says": not X
        if self.para_last.get(span.para) is not None:
            return self.para_last[span.para]
        ph = self._para_description(span.para, pos)
        topic = None
        if ph is not None and self._asked_at(ph.first):
            # "Asked whether the midfielder would travel, he smiled": he is not the midfielder
            m = t.mention_in(self.toks[ph.first].start, self.toks[ph.last].end, ("player", "person"))
            topic = m.entity if m is not None else None
            ph = None
        if ph is not None:
            sp = self.resolve(ph, span)
            if sp is not None:
                return sp
        if not continuing and span.para > 0:
            r = next((r for r in t.runs_before(t.paras[span.para - 1][1], span.para - 1)
                      if t.person_like(r) and (r.sentence_start or self._role_before(r) or
                                               self._appositive_role(r) or self._clause_subject(r))
                      and not self._named_in_quote(r, span) and not self._is_entity(r, topic)), None)
            last_para = max(self.para_last) if self.para_last else -1
            if r is not None and last_para < span.para - 1:
                return t.speaker_for_run(r)
            if r is None and last_para < span.para - 1:
                sp = self._prev_para_subject(span.para - 1)     # "The winger spoke to NOS." / "he said"
                if sp is not None:
                    return sp
                if span.para > 1 and last_para < span.para - 2 and self._he_opens(span.para - 1):
                    # "X, an Australian, has made ...\n\nSpeaking on Monday, he would not confirm
                    # ...\n\n'...,' he said.": the "he" before is X, and so is this one
                    r = next((r for r in t.runs_before(t.paras[span.para - 2][1], span.para - 2)
                              if t.person_like(r) and (r.sentence_start or self._role_before(r) or
                                                       self._appositive_role(r))), None)
                    if r is not None:
                        return t.speaker_for_run(r)
                if span.para > 1 and self.last is None and last_para < 0:
                    # "X is wanted by Y.\n\nThe club have made an offer.\n\nAt 25, the native of Z
                    # is tempted. '...,' he said": nobody has spoken and the paragraph between
                    # names nobody; the person opening the one before is meant
                    r = next((r for r in t.runs_before(t.paras[span.para - 2][1], span.para - 2)
                              if t.person_like(r) and (r.sentence_start or self._role_before(r) or
                                                       self._appositive_role(r) or
                                                       self._clause_subject(r))
                              and not self._named_in_quote(r, span)
                              and not self._is_entity(r, topic)), None)
                    if r is None:
                        r = t.main_player()      # "the departure of X": the story's player
                        if r is not None and (r.end > pos or r.para < span.para - 3 or
                                              self._is_entity(r, topic)):
                            r = None
                    if r is not None:
                        return t.speaker_for_run(r)
        return self.last

    def _sentence_before(self, span: Span) -> tuple[int, int] | None:
        """The tokens [lo, hi) of the whole sentence that ends right before a quote opening a sentence
        in the same paragraph, with no quoted words in it; None if there is none."""
        toks = self.toks
        hi = self.t.tok_index(span.open_pos)
        if hi <= 0 or toks[hi - 1].para != span.para or not is_sentence_end(toks, hi - 1):
            return None
        lo = hi - 1
        while lo > 0 and hi - lo < _LOOK_BACK and toks[lo - 1].para == span.para and \
                not is_sentence_end(toks, lo - 1):
            lo -= 1
        if any(toks[i].in_quote for i in range(lo, hi)):
            return None
        return lo, hi

    def _described_just_before(self, span: Span) -> Speaker | None:
        """"Looking back, the player was almost relieved. '...,' he said": the "he" of a quote
        is the described subject of the sentence right before it, when that sentence names nobody."""
        toks, t = self.toks, self.t
        got = self._sentence_before(span)
        if got is None:
            return None
        lo, hi = got
        for r in t.runs_before(span.open_pos, span.para):
            if r.first < lo:
                break
            if t.person_like(r):
                return None               # the sentence names someone: the usual rules decide
        ph = self.subject(lo, hi - 1)
        if ph is None or ph.kind != "desc" or ph.run is not None:
            return None
        head = toks[ph.last].bare.lower()
        if not is_age(head) and self.lex.role(head) not in ("player", "manager", "agent"):
            return None
        sp = self.resolve(ph, span)
        return sp if sp is not None and sp.entity and not sp.anonymous else None

    def _first_person_object(self, pos: int, para: int) -> Speaker | None:
        """"I spoke to the chairman on Saturday and he said to me, '...'": the "he" of a sentence
        that "I"/"we" open is the official the speaker went to, by his job word, and the person
        the article names with that word ("Rovers chairman X"), before or after."""
        t, toks, lex = self.t, self.toks, self.lex
        i = t.tok_index(pos)
        if i >= len(toks) or toks[i].lower not in ("he", "she"):
            return None
        s = i
        while s > 0 and i - s < _OBJECT_SENTENCE and toks[s - 1].para == para and not is_sentence_end(toks, s - 1):
            s -= 1
        if s > 0 and toks[s - 1].para == para and not is_sentence_end(toks, s - 1):
            return None                          # a long sentence: its start is too far to tell
        if (s == 0 or toks[s - 1].para != para) and s + 1 < i and \
                any(toks[k].text == ":" for k in range(s + 1, min(i, s + 5))):
            s = next(k for k in range(s + 1, i) if toks[k].text == ":") + 1    # past a turn's label
        while s < i and toks[s].lower in ("and", "but", "so", "then", "look", "well", ","):
            s += 1
        if s >= i or toks[s].lower not in ("i", "we"):
            return None
        word = None
        for k in range(s + 1, i - 1):
            if toks[k].lower in ("the", "their", "his", "her", "your", "our") and \
                    lex.role(toks[k + 1].bare.lower()) in ("manager", "agent"):
                word = toks[k + 1].bare.lower()
            elif word is not None and k in t.run_of:
                return None                      # a name after the job word: he may be that one
        if word is None:
            return None

        def fits(r) -> bool:
            return r.first > 0 and toks[r.first - 1].bare.lower() == word and not toks[r.first].in_quote and \
                t.person_like_loose(r) and not t.is_outlet(r) and t.kind_of_run(r) != "club"
        for r in t.runs_before(pos):
            if fits(r):
                return t.speaker_for_run(r)
        k = bisect.bisect_left(t.run_starts, pos)
        for r in t.runs[k:k + _OBJECT_RUNS_AFTER]:
            if fits(r):
                return t.speaker_for_run(r)
        return None

    def _is_entity(self, r, entity: str | None) -> bool:
        """Is name run `r` a mention of this entity?"""
        if entity is None:
            return False
        m = self.t.mention_of(r)
        return m is not None and m.entity == entity

    def _entity_in_quote(self, entity: str, span: Span, vias: tuple[str, ...] = ("name", "alias", "first-name")
                         ) -> bool:
        """Does the quotation itself (not a quote nested in it) name this entity (by a mention
        found one of these `vias` ways)?"""
        t = self.t
        i = bisect.bisect_left(t.mention_starts, span.start)
        n = 0
        while i < len(t.mentions) and t.mentions[i].start < span.end and n < 200:
            m = t.mentions[i]
            i += 1
            n += 1
            if m.entity == entity and m.via in vias and m.end <= span.end and \
                    not any(a <= m.start < c for _, a, c, _ in span.nested):
                return True
        return False

    def _named_in_quote(self, r, span: Span) -> bool:
        """Does the quotation itself (not a quote nested in it) name this person ("I have a good
        relationship with Mr Kotrba," he says): then "he" is somebody else."""
        t, toks = self.t, self.toks
        if r.last > r.first and toks[r.first].cap:     # his first name ("Ansel is a good man," he says)
            first, k, n = toks[r.first].lower, t.tok_index(span.start), 0
            while k < len(toks) and toks[k].start < span.end and n < 400:
                if toks[k].lower == first and toks[k].cap and \
                        not any(a <= toks[k].start < c for _, a, c, _ in span.nested):
                    return True
                k += 1
                n += 1
        mine = t.mention_of(r)
        return mine is not None and mine.entity in t.entities and \
            self._entity_in_quote(mine.entity, span, ("name", "alias"))

    def _clause_subject(self, r) -> bool:
        """Does the name open its sentence after a joining word ("Because X was bullish after the
        game.", "And X said nothing.") or a clause after "but" ("..., but X believes the club will
        be realistic.") and go on with a verb: the clause's subject?"""
        toks = self.toks
        k = r.first - 1
        if k < 0 or toks[k].lower not in _JOINERS or toks[k].para != r.para:
            return False
        n = r.last + 1
        if n + 1 < len(toks) and toks[n].text == "," and toks[n + 1].lower in ("who", "whose"):
            # "..., and X, whose side face Y on Saturday, joked that ...": past the aside
            c = next((i for i in range(n + 2, min(len(toks), n + _ASIDE_WORDS))
                      if toks[i].text == "," or toks[i].para != r.para or is_sentence_end(toks, i)), None)
            if c is None or toks[c].text != ",":
                return False
            n = c + 1
        if k > 0 and toks[k - 1].para == r.para and not is_sentence_end(toks, k - 1) and \
                toks[k].lower not in _CLAUSE_JOINERS:
            # ", and X joked that ...": a joined clause when a verb of speech follows the name
            if not (toks[k].lower == "and" and toks[k - 1].text == "," and n < len(toks) and
                    toks[n].para == r.para and toks[n].lower in self.lex.speech):
                return False
        return n < len(toks) and toks[n].para == r.para and not toks[n].cap and toks[n].word

    def _he_opens(self, para: int) -> bool:
        """Does paragraph `para` name no person and open with "he"/"she" as its subject ("Speaking on
        Monday, he would not confirm the deal.")?"""
        toks = self.toks
        lo = self.t.tok_index(self.t.paras[para][0])
        hi = lo
        while hi < len(toks) and toks[hi].para == para and not is_sentence_end(toks, hi) and hi - lo < _LOOK_BACK:
            r = self.t.run_of.get(hi)
            if toks[hi].in_quote or (r is not None and self.t.person_like(r)):
                return False
            hi += 1
        ph = self.subject(lo, hi)
        return ph is not None and ph.kind == "pronoun" and toks[ph.first].lower in ("he", "she")

    def _appositive_role(self, r) -> bool:
        """Is the name an apposition to a role ("His father, Dario Vukic, spoke")?"""
        toks = self.toks
        if not (r.first >= 2 and toks[r.first - 1].text == "," and toks[r.first - 2].para == toks[r.first].para):
            return False
        if self.lex.role(toks[r.first - 2].bare.lower()) in ("manager", "player", "agent"):
            return True
        if r.first >= 3 and toks[r.first - 3].para == toks[r.first].para and self.lex.role(
                toks[r.first - 3].bare.lower() + " " + toks[r.first - 2].bare.lower()) in ("manager", "player", "agent"):
            return True          # "The federation's secretary general, X, told ...": a two-word job
        # "The club's director of football, Turki X, told ...": a job "<head> of <field>"
        return r.first >= 4 and toks[r.first - 2].word and toks[r.first - 3].lower == "of" and \
            toks[r.first - 4].para == toks[r.first].para and self._office(r.first - 4)

    def _prev_para_subject(self, para: int) -> Speaker | None:
        """A role description opening a sentence of paragraph `para` ("The winger himself ...
        when he spoke to NOS."), for a "he said" in the next paragraph that names nobody."""
        ps, pe = self.t.paras[para]
        sp = self._reported_by_description(para)
        if sp is not None:
            return sp
        ph = self._para_description(para, pe)
        if ph is None:
            return self._subject_description(para)
        k = ph.first
        if k > 0 and self.toks[k - 1].para == para and not is_sentence_end(self.toks, k - 1) and \
                not self._clause_speaker(ph) and not self._asked_about(ph):
            return None                                 # an object, not the sentence's subject
        return self.resolve(ph, Span(pe, pe, pe, pe, para, True))

    def _reported_by_description(self, para: int) -> Speaker | None:
        """'There were offers from abroad, the agent admitted, but ...': paragraph `para` reports
        someone's words through a speech verb whose subject is "the <job>"; that one goes on
        speaking in a "he said" of the next paragraph."""
        toks, lex = self.toks, self.lex
        ps, pe = self.t.paras[para]
        i, end = self.t.tok_index(ps), min(len(toks), self.t.tok_index(pe))
        end = min(end, i + _LOOK_BACK * 4)
        while i + 2 < end:
            if toks[i].lower == "the" and not toks[i].in_quote and toks[i + 1].word and \
                    not toks[i + 1].cap and lex.role(toks[i + 1].bare.lower()) not in (None, "club", "anonymous") \
                    and toks[i + 2].lower in lex.speech and toks[i + 2].para == para:
                sp = self.resolve(Phrase("desc", i, i + 1), Span(pe, pe, pe, pe, para, True))
                ent = self.t.entities.get(sp.entity) if sp is not None and sp.entity else None
                return sp if ent is not None and ent.kind in ("player", "person") else None
            i += 1
        return None

    def _asked_about(self, ph: Phrase) -> bool:
        """Is the description a short question's whole topic ("And the player?", "What about the
        coach?"): the one the answer after it talks about, its "he said"."""
        toks = self.toks
        j = ph.last + 1
        if j + 1 < len(toks) and toks[j].lower in _ASKED_SPEECH and toks[j + 1].text == "?" and \
                ph.first >= 2 and toks[ph.first - 1].lower in _ASKED_AUX and \
                toks[ph.first - 2].lower in ("what", "how") and toks[j + 1].para == toks[ph.first].para and \
                (ph.first < 3 or toks[ph.first - 3].para != toks[ph.first].para or
                 is_sentence_end(toks, ph.first - 3)):
            return True          # an explainer's heading "What has the player said?" over his words
        if self._question_heading_subject(ph):
            return True          # "Did the player want to go?" / "Yes. ... he said:"
        if j >= len(toks) or toks[j].text != "?" or toks[j].para != toks[ph.first].para:
            return False
        k = ph.first - 1
        while k >= 0 and toks[k].para == toks[ph.first].para and not is_sentence_end(toks, k):
            if not toks[k].word or toks[k].lower not in _TOPIC_OPENERS:
                return False
            k -= 1
        return True

    def _question_heading_subject(self, ph: Phrase) -> bool:
        """Is the description the subject of a one-question paragraph that opens with an
        auxiliary ("Did the player want to go?", "Why has the coach changed his mind?"): an
        explainer's heading whose answer below speaks of, and quotes, that person."""
        toks = self.toks
        p = toks[ph.first].para
        k = ph.first - 1
        if k < 0 or toks[k].para != p or toks[k].lower not in _QUESTION_AUX:
            return False
        k -= 1
        if k >= 0 and toks[k].para == p and toks[k].lower in _QUESTION_WH:
            k -= 1
        if k >= 0 and toks[k].para == p:
            return False
        ps, pe = self.t.paras[p]
        if pe - ps > 120:
            return False
        j = ph.last + 1
        while j < len(toks) and toks[j].para == p:
            if toks[j].text in (".", "!", ":", ";", "\u201c", "\u201d", '"'):
                return False
            j += 1
        return toks[j - 1].text == "?"

    def _clause_speaker(self, ph: Phrase) -> bool:
        """Is the description the subject of a joined clause, a verb after it ("..., and the
        manager admitted he'd be glad when ...", "and the Valur coach made it clear that ...")?"""
        toks = self.toks
        j = ph.last + 1
        if toks[ph.first - 1].lower not in ("and", "but") or j >= len(toks) or toks[j].para != toks[ph.first].para:
            return False
        w = toks[j].lower
        return w in self.lex.speech or w in _CLAUSE_VERBS or (toks[j].word and not toks[j].cap and w.endswith("ed"))

    def _subject_description(self, para: int, before: int | None = None) -> Speaker | None:
        """A person the linker found by description opening a sentence of paragraph `para` ("The
        Ivorian himself made his preference clear in an interview."), for a "he said" after it
        (only one printed before body offset `before`, when given)."""
        t, toks = self.t, self.toks
        ps, pe = t.paras[para]
        if before is not None:
            pe = min(pe, before)
        lo = bisect.bisect_left(t.mention_starts, ps)
        for m in t.mentions[lo:]:
            if m.start >= pe:
                break
            if m.via != "description" or m.entity not in t.entities or \
                    t.entities[m.entity].kind not in ("player", "person"):
                continue
            k = t.tok_index(m.start)
            if k < len(toks) and not toks[k].in_quote and \
                    (k == 0 or toks[k - 1].para != para or is_sentence_end(toks, k - 1)):
                return Speaker(t.entities[m.entity].name, m.entity)
        return None

    def _appositive_name(self, lo: int, v: int) -> Phrase | None:
        """"X's counterpart at Y, general manager Z, confirmed": the name in the appositive right
        before the verb, after its job title, not the description it renames."""
        toks, t = self.toks, self.t
        if v - 2 <= lo or toks[v - 1].text != ",":
            return None
        r = t.run_of.get(v - 2)
        if r is None or r.last != v - 2 or r.possessive or t.is_outlet(r) or t.kind_of_run(r) == "club":
            return None
        k, role = r.first - 1, False
        while k > lo and r.first - k <= 4 and toks[k].word and not toks[k].cap:
            role = role or bool(self.lex.role(toks[k].bare.lower()))
            k -= 1
        if k == r.first - 1 and k > lo:
            # "The club's football director, 'Mamosa X, said", "The defender's agent, Y, told": the
            # name right after a comma that closes a job description (a Sesotho name may open
            # with an apostrophe)
            if toks[k].text in "'\u2018\u2019" and toks[k].end == toks[r.first].start:
                k -= 1
            return Phrase("name", r.first, r.last, r) if k - 1 > lo and toks[k].text == "," and \
                self.lex.role(toks[k - 1].bare.lower()) in ("manager", "player", "agent") else None
        if not role or toks[k].text != "," or k <= lo:
            return None
        return Phrase("name", r.first, r.last, r)

    def _intro_sentence(self, s: Span) -> Speaker | None:
        """A quote opening a sentence after "The Brazilian spoke to the club's channel." in
        its own paragraph: the subject of that sentence, when it has a verb of speaking."""
        toks, lex = self.toks, self.lex
        got = self._sentence_before(s)
        if got is None:
            return None
        lo, hi = got
        if toks[lo].lower in _WH_HEADS and lo + 1 < hi:
            # "What the player says\nX broke his silence in a post.": an explainer's heading line
            # (no full stop, joined to the paragraph) ends at its verb; the sentence starts after
            v = next((i for i in range(lo + 1, min(hi - 1, lo + 7)) if toks[i].lower in lex.speech), None)
            r = self.t.run_of.get(v + 1) if v is not None else None
            if r is not None and r.first == v + 1 and toks[v + 1].cap and r.last + 1 < hi:
                lo = v + 1
        if toks[lo].lower in _QUESTIONED or self._passive_opening(lo, hi):
            # "Asked whether the midfielder wanted to leave, X smiled.", "Reached by telephone, X
            # was delighted.": the question put to him, or how he was reached, is an opening
            # clause; the sentence's own verb and subject come after its comma
            c = next((i for i in range(lo + 1, hi) if toks[i].text == ","), None)
            if c is None:
                return None
            lo = c + 1
        sp = self._reply_from(lo, hi)
        if sp is not None:
            return sp                       # "That prompted a swift reply from X's agent, Y."
        v = next((i for i in range(lo, hi) if (toks[i].lower in lex.spoke or toks[i].lower in lex.speech
                  or (toks[i].lower in lex.contacted and i + 1 < hi and toks[i + 1].lower == "by"))
                  and not (i > lo and toks[i].lower in _OWN_POSTS and
                           toks[i - 1].lower in ("a", "an", "the", "his", "her", "their"))), None)
        if v is None:       # ("in a post", "his statement": a noun, not the verb "post" / "state")
            # "The forward's agent, X, gave a different nuance.", "X struck a more cautious tone.":
            # the line someone took, as the object of the sentence, introduces his words
            v = next((i for i in range(lo + 2, hi) if toks[i].bare.lower() in _VIEW_NOUNS and
                      toks[i - 1].word and not toks[i - 1].cap and not toks[i - 1].possessive and
                      toks[i - 1].lower not in lex.prepositions), None)
            if v is not None:
                return self._person_before(lo, v, s)
        if v is None:
            # "X is not hiding that the winger is his first wish.", "X makes no secret of it.": what
            # someone does not hide he says, and his words follow
            v = self._not_hiding(lo, hi)
        if v is None:
            # "That advisor, X, was slightly more forthcoming.", "X was blunt.": how someone spoke,
            # said of a named person or role, introduces his words
            b = self._be_manner(lo, hi)
            if b is not None:
                return self._person_before(lo, b, s)
        if v is None:
            # "The president of the club, X, was delighted.": a named person's reaction to the
            # news introduces his words
            b = next((i for i in range(lo + 1, hi - 1) if toks[i].lower in _BE_FORMS and
                      toks[i + 1].lower in _REACTIONS), None)
            if b is not None:
                return self._person_before(lo, b, s)
        if v is None:
            # "The coach, X, welcomed the new arrival.": a named person greeting the news or the
            # signing introduces his words
            b = next((i for i in range(lo + 1, hi - 1) if toks[i].lower in _GREETED and
                      toks[i + 1].lower in ("the", "his", "her", "their", "a")), None)
            if b is not None:
                return self._person_before(lo, b, s)
        if v is None:
            # "The 22-year-old forward broke his silence to the Times on Saturday.": how a named
            # person or role spoke up introduces his words
            b = next((i for i in range(lo + 2, hi) if toks[i].lower in _VOICED and
                      any(toks[x].lower in _VOICED_LEADS for x in range(max(lo, i - 3), i))), None)
            if b is not None:
                return self._person_before(lo, b, s)
        if v is None:
            return None
        ph = None
        for i in range(v - 1, lo, -1):      # "The club face X next week, and Kolenc admitted that
            if toks[i].text == ";" or (toks[i].lower in ("and", "but") and toks[i - 1].text == ","):
                ph = self.subject(i + 1, v)  # time is short.": the subject of the verb's own clause
                break
        if ph is None:
            ph = self._appositive_name(lo, v) or self.subject(lo, v)
        if ph is None and v > lo:
            # "At the same time the head coach of the reds X admitted that ...": an opening phrase
            # with no comma before the subject; the person named right before the verb
            r = self.t.run_of.get(v - 1)
            if r is not None and r.last == v - 1 and not r.possessive and not r.after_prep and \
                    not self.t.is_outlet(r) and self.t.kind_of_run(r) in ("player", "person"):
                ph = Phrase("name", r.first, r.last, r)
        if ph is None or ph.kind == "pronoun" and toks[ph.first].lower == "it":
            return None
        return self.resolve(ph, s)

    def _reply_from(self, lo: int, hi: int) -> Speaker | None:
        """"... drew a swift reply on X from the player's agent, Y.": words "from" a named person,
        the noun for them a reply, a response, a message, right before: that person."""
        toks, t = self.toks, self.t
        for i in range(lo + 1, hi - 1):
            if toks[i].bare.lower() not in _REPLY_NOUNS or toks[i].cap or toks[i - 1].lower not in _REPLY_LEADS:
                continue
            j = next((j for j in range(i + 1, min(i + 5, hi)) if toks[j].lower == "from"), None)
            if j is None or any(toks[x].lower in _REPLY_TO for x in range(i + 1, j)):
                return None                      # "a reply to criticism from X": X criticised
            if any(toks[x].lower in self.lex.speech or toks[x].lower in self.lex.spoke for x in range(lo, i)):
                return None                      # "X said he had a message from Y": X speaks
            k, n = j + 1, 0
            while k < hi and n < 3:
                r = t.run_of.get(k)
                if r is not None and r.first == k:
                    if r.possessive:                     # "from Whitmore's agent, Y"
                        k, n = r.last + 1, n + 1
                        continue
                    if t.is_outlet(r) or t.kind_of_run(r) not in (None, "player", "person") or \
                            not t.person_like_loose(r):
                        return None
                    return t.speaker_for_run(r)
                if not toks[k].word and toks[k].text != ",":
                    return None
                k += 1
                n += toks[k - 1].word
            return None
        return None

    def _passive_opening(self, lo: int, hi: int) -> bool:
        """Does the sentence [lo, hi) open with a passive participle clause closed by a comma
        ("Met by our correspondent on Tuesday, ...", "Reached by telephone, ...", "Contacted by
        this newspaper, ...")?"""
        toks = self.toks
        w = toks[lo].lower
        return lo + 2 < hi and toks[lo + 1].lower == "by" and toks[lo].word and \
            (w.endswith(("ed", "en")) and w not in _NOT_PARTICIPLES or w in _IRREGULAR_PARTICIPLES) and \
            any(toks[i].text == "," for i in range(lo + 2, min(hi, lo + 16)))

    def _not_hiding(self, lo: int, hi: int) -> int | None:
        """The verb of "X is not hiding that ...", "X does not deny it", "X makes no secret of it"
        in [lo, hi): saying it; None without one."""
        toks = self.toks
        return next((i for i in range(lo + 1, hi) if (toks[i].lower in _HIDE and (
            toks[i - 1].lower in _NOT or toks[i - 1].lower.endswith("n't") or
            i - 2 >= lo and (toks[i - 2].lower in _NOT or toks[i - 2].lower.endswith("n't")))) or
            toks[i].lower == "secret" and toks[i - 1].lower == "no" or
            toks[i].lower == "clear" and self._made_clear(i, lo)), None)

    def _made_clear(self, i: int, lo: int) -> bool:
        """"made it clear", "made clear", "made his position clear" ending at token `i`."""
        toks = self.toks
        w1 = toks[i - 1].lower
        if w1 in _MAKE:
            return True
        if w1 == "it":
            return i - 2 >= lo and toks[i - 2].lower in _MAKE
        return i - 3 >= lo and toks[i - 3].lower in _MAKE and toks[i - 2].lower in _OWNERS_WORDS \
            and toks[i - 1].bare.lower() in _VIEW_NOUNS | _VOICED

    def _outer_reporter(self, lo: int, v: int, gap: int = 1) -> Phrase | None:
        """The subject of a speech verb with a "that" clause before the verb at `v`, in its own
        sentence ("X went further, insisting that the club had promised ..."); None without one.
        With `gap`, up to gap - 1 words may stand between the verb and "that" ("told reporters
        that")."""
        toks, lex = self.toks, self.lex
        for s in range(v - 2, lo - 1, -1):
            w = toks[s].lower
            if w not in lex.speech or w in lex.statement_only or s + 1 >= v:
                continue
            k = s + 1
            while k < min(v, s + gap) and toks[k].word and toks[k].lower != "that":
                k += 1
            if toks[k].lower != "that":
                continue
            if w.endswith("ing") and s > lo and toks[s - 1].text == ",":
                ph = self.subject(self._last_clause(lo, s - 1), s - 1)
            else:
                ph = self.np_back(s - 1, lo)
            if ph is None or ph.kind == "pronoun" or ph.run is not None and self.t.is_outlet(ph.run):
                return None
            return ph
        return None

    def _para_club(self, para: int, pos: int) -> Speaker | None:
        """The club a paragraph is about, before `pos`: the club opening one of its sentences,
        else the only club it names."""
        t = self.t
        clubs = []                                   # (run, its club entity), nearest first
        for r in t.runs_before(pos, para):
            m = t.mention_of(r) if not t.is_outlet(r) else None
            e = t.entities.get(m.entity) if m is not None else None
            if e is not None and e.kind == "club":
                clubs.append((r, e))
        lead = [e for r, e in clubs if r.sentence_start]
        e = lead[-1] if lead else clubs[0][1] if len({e.id for _, e in clubs}) == 1 else None
        return Speaker(e.name, e.id, kind="club") if e is not None else None

    def _last_clause(self, lo: int, v: int) -> int:
        """The start of the last clause in [lo, v) joined by ", and" / ", but" / ";" ("X's side
        finished seventh, and the coach has praised her, calling her '...'"), else `lo`."""
        toks = self.toks
        for i in range(v - 1, lo, -1):
            if toks[i].text == ";" or (toks[i].lower in ("and", "but", "with") and toks[i - 1].text == ","):
                # (", with the club's director, X, telling radio that ...": the one after "with")
                return i + 1 if self.subject(i + 1, v) is not None else lo
        return lo

    def _person_before(self, lo: int, at: int, s: Span) -> Speaker | None:
        """The person (or unknown) the clause [lo, at) opens with; "he"/"she" resolve, other
        pronouns do not."""
        ph = self.subject(lo, at)
        toks = self.toks
        r = self.t.run_of.get(at - 2) if at - 4 >= lo and toks[at - 1].text == "," else None
        if ph is not None and ph.kind == "desc" and r is not None and r.last == at - 2 and \
                r.first - 1 > ph.first and toks[r.first - 1].text == "," and not r.possessive and \
                not self.t.is_outlet(r) and self.t.kind_of_run(r) in ("player", "person"):
            ph = Phrase("name", r.first, r.last, r)   # "the president of the club, X, was delighted"
        if ph is None or ph.kind == "pronoun" and self.toks[ph.first].lower not in ("he", "she"):
            return None
        sp = self.resolve(ph, s)
        return sp if sp is not None and sp.kind in (None, "player", "person") else None

    def _be_manner(self, lo: int, hi: int) -> int | None:
        """The be-form of "was (slightly more) forthcoming" in [lo, hi): a word for how someone
        spoke, after "is/was" and at most two modifiers ("more", "far less", "typically")."""
        toks = self.toks
        for i in range(lo + 1, hi):
            if toks[i].lower not in _MANNER:
                continue
            j = i - 1
            while j > lo and i - j <= 2 and (toks[j].lower in _MANNER_MODS or toks[j].lower.endswith("ly")):
                j -= 1
            if j > lo and toks[j].lower in _BE_FORMS:
                return j
            return None
        return None

    def _speaker_subject(self, s: Span) -> Speaker | None:
        """A quote opening a sentence with no tag after a short sentence whose subject is someone
        already quoted ("Ekdahl was unconvinced. '...'", "X dismissed the idea. '...'", "X's final
        word was blunt. '...'"): that person takes the floor again, whoever spoke last."""
        toks, t = self.toks, self.t
        hi = t.tok_index(s.open_pos)
        if hi <= 0 or toks[hi - 1].para != s.para or not is_sentence_end(toks, hi - 1):
            return None
        lo = hi - 1
        while lo > 0 and hi - lo <= 14 and toks[lo - 1].para == s.para and not is_sentence_end(toks, lo - 1):
            lo -= 1
        if hi - lo > 13 or (lo > 0 and toks[lo - 1].para == s.para and not is_sentence_end(toks, lo - 1)):
            return None                                  # a long sentence: about something else
        r = t.run_of.get(lo)
        if r is None or r.first != lo or r.last + 1 >= hi or any(toks[i].in_quote for i in range(lo, hi)):
            return None
        nxt = toks[r.last + 1]
        if r.possessive:
            k = r.last + 1                              # "X's final word was blunt."
            while k < hi and k - r.last <= 3 and toks[k].word and not toks[k].cap and \
                    toks[k].bare.lower() not in _SAYING_NOUNS and toks[k].bare.lower() not in _VIEW_NOUNS:
                k += 1
            if k >= hi or (toks[k].bare.lower() not in _SAYING_NOUNS and toks[k].bare.lower() not in _VIEW_NOUNS):
                return None
        elif not (nxt.word and not nxt.cap) or r.before_role or t.is_outlet(r):
            return None
        if t.kind_of_run(r) not in ("player", "person"):
            return None
        m = t.mention_of(r)
        if m is None or m.entity not in self.spoken or self._named_in_quote(r, s):
            return None
        return t.speaker_for_run(r)

    def _para_description(self, para: int, pos: int) -> Phrase | None:
        """The nearest role description before `pos` in this paragraph ("the player has ... he")."""
        toks, lex = self.toks, self.lex
        i = self.t.tok_index(pos) - 1
        stop = i - _LOOK_BACK * 4
        while i >= 0 and i > stop and toks[i].para == para:
            t = toks[i]
            if not t.in_quote and (lex.role(t.bare.lower()) in ("player", "manager") or is_age(t.lower)):
                k = i - 1
                while k >= 0 and toks[k].para == para and i - k < 5 and toks[k].word:
                    if toks[k].lower in lex.determiners:
                        if k == i - 1 and toks[k].lower == "the" and t.bare.lower() in _SELF_NOUNS and \
                                i + 1 < len(toks) and toks[i + 1].lower in ("himself", "herself"):
                            return Phrase("self", k, i + 1)    # "the lad himself": the story's player
                        return Phrase("desc", k, i)
                    k -= 1
            i -= 1
        return None

    def _statement_club(self, s: Span, plo: int, phi: int) -> Speaker | None:
        """A statement the prose introduces as one ("The Rovers confirmed it in a short statement:",
        "A brief club statement followed:", "X's statement was short. '...'") whose words name a
        club as their subject ("Y FC confirms ...", "Following talks, Y have decided ..."): that
        club, whatever a description in the lead-in would resolve to. Never when the lead-in or
        the sentence before names a person ("Smith said in a statement:")."""
        toks = self.toks
        lo, hi = plo, phi
        if hi > lo and toks[hi - 1].text != ":":
            return None                     # 'a statement said the club "will not ...": words in a clause
        if hi <= lo:                        # the quote opens its sentence: the sentence before it
            hi = lo
            k = hi - 1
            if k < 0 or toks[k].para != s.para or toks[k].in_quote or not is_sentence_end(toks, k):
                return None
            lo = k
            while lo > 0 and k - lo < _LOOK_BACK:
                tk = toks[lo - 1]
                if tk.para != s.para or tk.in_quote or is_sentence_end(toks, lo - 1):
                    break
                lo -= 1
        noun = next((k for k in range(lo, hi) if toks[k].lower in _STATEMENT_NOUNS and not toks[k].in_quote), None)
        if noun is None:
            return None
        t = self.t
        a, b = toks[lo].start, toks[hi - 1].end
        i = bisect.bisect_left(t.mention_starts, a)
        while i < len(t.mentions) and t.mentions[i].start < b:
            m = t.mentions[i]
            i += 1
            e = t.entities.get(m.entity)
            if e is not None and e.kind in ("player", "person") and m.via != "description" and \
                    t.folded[max(0, m.start - 4):m.start].lower() != "the ":
                return None                 # "Smith said in a statement:": his words ("the X" names none)
        f = max(lo, noun - 3)                 # "A Dinamo statement read:", "X's statement was short."
        m = t.mention_in(toks[f].start, toks[noun].start, ("club",))
        if m is not None and m.via != "description" and m.entity in t.entities:
            return Speaker(t.entities[m.entity].name, m.entity, kind="club")
        sp = self._club_in_quote(s)
        if sp is not None:
            return sp
        # "Following the medical, Y have decided ...": a club the quote's first sentence has as a
        # subject, before one of the verbs a club announces with
        k = t.tok_index(s.start)
        end = min(s.end, s.start + 300)
        while k < len(toks) and toks[k].start < end and not is_sentence_end(toks, k):
            k += 1
        end = toks[k].start if k < len(toks) else end
        i = bisect.bisect_left(t.mention_starts, s.start)
        while i < len(t.mentions) and t.mentions[i].start < end:
            m = t.mentions[i]
            i += 1
            e = t.entities.get(m.entity)
            if e is None or e.kind != "club" or m.via == "description" or m.end > end:
                continue
            j, f = t.tok_index(m.end), t.tok_index(m.start)
            if j < len(toks) and toks[j].lower in self.lex.statement_verbs and toks[j - 1].end == m.end and \
                    not toks[j - 1].possessive and (f == 0 or toks[f - 1].lower not in self.lex.prepositions
                                                    and toks[f - 1].lower not in ("and", "&", "or")):
                return Speaker(e.name, m.entity, kind="club")
        return None

    def _club_in_quote(self, span: Span) -> Speaker | None:
        """A club statement that names its club as its subject: "Everton Football Club is delighted
        to announce", "Everyone at Rovers wishes him well", "Lyon can confirm"."""
        t, toks, lex = self.t, self.toks, self.lex
        i = t.tok_index(span.start)
        lead = 0
        while i < len(toks) and toks[i].start < span.end and lead < 3:
            tk = toks[i]
            if tk.word and tk.lower in lex.statement_lead:
                lead += 1
                i += 1
                continue
            if tk.cap and tk.word:
                break
            return None
        if i >= len(toks) or toks[i].start >= span.end or not toks[i].cap:
            return None
        m = t.mention_in(toks[i].start, toks[i].end, ("club",))
        j = i
        while j + 1 < len(toks) and toks[j + 1].start < span.end and toks[j + 1].cap and toks[j + 1].word:
            j += 1                                # the rest of the name ("... Football Club")
        after_at = lead > 0 and toks[i - 1].lower == "at"
        if not toks[j].possessive and (after_at or self._self_naming(j, span.end)):
            if m is not None:
                e = t.entities.get(m.entity)
                return Speaker(e.name if e is not None else t.body[m.start:m.end], m.entity, kind="club")
            tail = j
            while tail > i and toks[tail].lower in lex.club_suffixes:
                tail -= 1
            name = t.body[toks[i].start:toks[tail].end]
            key = normalise(name)
            # "PAE X Y has received": a club's legal-form initials ahead of its name
            prefix = j > i and toks[i].text.isupper() and 2 <= len(toks[i].text) <= 4 and toks[i].text.isalpha()
            if prefix:
                m = t.mention_in(toks[i + 1].start, toks[j].end, ("club",))
                if m is not None and m.start == toks[i + 1].start and m.entity in t.entities:
                    return Speaker(t.entities[m.entity].name, m.entity, kind="club")
            if tail < j or prefix or key in lex.known_clubs or key.split()[-1] in lex.club_words:
                return Speaker(name, t.entity_by_name(name), kind="club")   # "Wexford Athletic FC"
        return None

    def _club_later_in_quote(self, span: Span) -> Speaker | None:
        """A club's post or release that opens with a cry and names the club as the subject of
        a later sentence ("WELCOME HOME, X! The Rovers have completed the signing of ..."): the
        club's words. Only a name that is a known club mention counts; first three sentences."""
        t, toks = self.t, self.toks
        i = t.tok_index(span.start)
        seen = 0
        while i < len(toks) and toks[i].start < span.end and seen < 3:
            if not is_sentence_end(toks, i):
                i += 1
                continue
            seen += 1
            k = i + 1
            if k < len(toks) and toks[k].lower == "the":
                k += 1
            if k >= len(toks) or toks[k].start >= span.end or not toks[k].cap or not toks[k].word:
                i += 1
                continue
            m = t.mention_in(toks[k].start, toks[k].end, ("club",))
            j = k
            while j + 1 < len(toks) and toks[j + 1].start < span.end and toks[j + 1].cap and toks[j + 1].word:
                j += 1
            if m is not None and m.start <= toks[k].start and not toks[j].possessive and \
                    self._self_naming(j, span.end):
                e = t.entities.get(m.entity)
                return Speaker(e.name if e is not None else t.body[m.start:m.end], m.entity, kind="club")
            i += 1
        return None

    def _self_naming(self, j: int, end: int) -> bool:
        """After a name at a statement's start: "Football Club", "FC", or a verb a club announces with."""
        toks, lex = self.toks, self.lex
        if toks[j].lower in lex.club_suffixes:
            return True
        for k in range(j + 1, min(j + 4, len(toks))):
            if toks[k].start >= end or not toks[k].word:
                return False
            if toks[k].lower in lex.statement_verbs:
                return True
        return False

    def _club(self, pos: int) -> Speaker | None:
        """The club a "club statement" belongs to: the nearest club named as a subject before it,
        looked for in its own paragraph first."""
        t = self.t
        i = t.tok_index(pos)
        para = t.toks[min(i, len(t.toks) - 1)].para if t.toks else 0
        for r in t.runs_before(pos, para):
            # "absent from X's training session": the club owns the object, not after a preposition itself
            if t.is_outlet(r) or (r.after_prep and not r.possessive and not self._relative_subject(r)) or \
                    (not r.possessive and self._is_main_player(r)):
                continue
            if t.kind_of_run(r) == "club" or (t.kind_of_run(r) is None and (r.sentence_start or r.possessive)):
                return Speaker(r.text, t.speaker_for_run(r).entity)
        fallback = None
        for r in t.runs_before(pos):
            if t.is_outlet(r) or r.after_prep or (not r.possessive and self._is_main_player(r)):
                continue
            kind = t.kind_of_run(r)
            if kind == "club":
                return t.speaker_for_run(r)
            if kind is None and (r.sentence_start or r.possessive) and fallback is None:
                fallback = r
        if fallback is not None:
            return Speaker(fallback.text, t.entity_by_name(fallback.text))
        return None

    def _relative_subject(self, r) -> bool:
        """'It is a blow for St Mirren, who have ...': a club after a preposition that a relative
        clause goes on about is the topic of the paragraph (its statement follows)."""
        toks = self.toks
        k = r.last + 1
        return k + 1 < len(toks) and not r.possessive and toks[k].text == "," and \
            toks[k + 1].lower in ("who", "whose") and toks[k + 1].para == toks[r.last].para

    def _is_main_player(self, r) -> bool:
        """Is this name the player the article is about (never the club behind a statement)?"""
        main = self.t.main_player()
        if main is None:
            return False
        a, b = self.t.norm(r), self.t.norm(main)
        return a == b or b.endswith(" " + a)

    def _described(self, ph: Phrase, cls: str | None, pos: int, span: Span) -> Speaker | None:
        """A person named by description: "the Celtic manager", "the 19-year-old", "the Scot"."""
        t, toks, lex = self.t, self.toks, self.lex
        r = self._para_referent(pos, span.para, cls)
        if r is not None:
            return t.speaker_for_run(r)
        if cls in ("manager", "player", "agent"):
            for r in t.runs_before(pos):
                if r.first > 0 and lex.role(toks[r.first - 1].bare.lower()) == cls and t.person_like_loose(r):
                    return t.speaker_for_run(r)
            head = toks[ph.last].bare.lower()
            stop = max(-1, t.tok_index(pos) - 1 - _LOOK_FAR)
            for i in range(t.tok_index(pos) - 1, stop, -1):
                if toks[i].bare.lower() == head and not toks[i].in_quote and i < ph.first:
                    for r in t.runs_before(toks[i].start, toks[i].para):
                        if t.person_like_loose(r):
                            return t.speaker_for_run(r)
                    break
        if cls == "player":
            main = t.main_player()
            if main is not None:
                return t.speaker_for_run(main)
        if cls is None and self.last is None:
            # "The 22-year-old attended ..., where the Frenchwoman said she was '...'": nobody has
            # spoken yet; the description opening a sentence of this paragraph is the one meant
            sp = self._subject_description(span.para, pos)
            if sp is not None:
                return sp
        return self.last

    # -- the walk -----------------------------------------------------------------------------
    def attribute(self, idx: int) -> Attribution | None:
        """Attribute quotation `idx` (call in order). None means: not a quotation, drop it."""
        if self._echo(idx):
            return None
        att = self._attribute(idx)
        if att is not None and (att.speaker is None or att.speaker.anonymous) and self._fans_words(idx):
            return None
        return att

    def _echo(self, idx: int) -> bool:
        """A short quotation that repeats words already quoted earlier in the article ('... if a
        player says "I want to go", you listen.' / 'Did you hear that? "I want to go."'): the
        writer echoing a quote, not a new one."""
        s, body = self.spans[idx], self.t.body
        if s.answer or s.end - s.start > _ECHO_CHARS or idx == 0:
            return False
        key = self._echo_key(idx)
        if key.count(" ") < 4:
            return False                       # one or two words: a scare quote, kept as it is
        for k in range(idx - 1, max(-1, idx - _ECHO_BACK), -1):
            p = self.spans[k]
            if p.end - p.start > s.end - s.start and p.end <= s.open_pos and key in self._echo_key(k):
                return True
        return False

    def _echo_key(self, idx: int) -> str:
        """A quotation's words, lower-cased, one space apart (its first 4000 characters; once each)."""
        keys = self.__dict__.setdefault("_echo_keys", {})
        if idx not in keys:
            s = self.spans[idx]
            words = _ECHO_WORD.findall(self.t.folded[s.start:min(s.end, s.start + 4000)].lower())
            keys[idx] = " " + " ".join(words) + " "      # padded: whole words match only
        return keys[idx]

    def _fans_words(self, idx: int) -> bool:
        """Is a quotation with no named speaker written on a banner or a sign or sung in the stands
        ("one banner reading '...'", "a fan holds a sign reading '...'", "supporters chanted '...'")?
        The story's colour, not a quote of anyone in it."""
        lo, hi = self._pre(idx)
        qlo, qhi = self._post(idx)
        words = [self.toks[i].lower for i in (*range(lo, hi), *range(qlo, qhi))]
        return any(w in _FANS_WORDS for w in words) and not any(w in self.lex.listener for w in words)

    def _attribute(self, idx: int) -> Attribution | None:
        s = self.spans[idx]
        prev = self.spans[idx - 1] if idx > 0 else None
        if self._epithet(s):
            return None
        if self._salutation(s):
            return None                   # "Dear supporters of X," opening a quoted letter
        if s.continued and prev is not None and prev.para == s.para - 1 and \
                (self.para_last.get(prev.para) or self.last) is not None:
            return self._done(s, self.para_last.get(prev.para) or self.last, "continued")
        plo, phi = self._pre(idx)
        if self._capitals_subhead(s.para):
            sp = self._spoke_paragraph(s.para + 1)    # 'THE COACH: "HE STAYS"' / "X spoke to us."
            if sp is not None and sp.name and not sp.anonymous:
                return self._done(s, sp, "subhead")
        sp = self._statement_club(s, plo, phi)
        if sp is not None:
            return self._done(s, sp, "club-statement")    # "in a short statement: 'X FC confirms ...'"
        ph, strong = self.from_pre(plo, phi, strong_only=True)
        if ph is not None:
            sp = self.resolve(ph, s)
            if sp is not None:
                return self._done(s, sp, "lead-in")
        qlo, qhi = self._post(idx)
        ph = self.from_post(qlo, qhi)
        if ph is not None:
            sp = self.resolve(ph, s)
            if sp is not None:
                return self._done(s, sp, "tag")
        ph, _ = self.from_pre(plo, phi, strong_only=False)
        if ph is not None:
            sp = self.resolve(ph, s)
            if sp is not None:
                return self._done(s, sp, "reported")
        sp = self._addressee(plo, phi)
        if sp is not None:
            return self._done(s, sp, "addressee")
        if prev is not None and prev.para == s.para and s.para in self.para_last:
            return self._done(s, self.para_last[s.para], "same-paragraph")
        at_para_start = phi <= plo and self._starts_paragraph(s)
        if at_para_start and s.para > 0 and self._topic_heading(s.para - 1):
            sp = self._topic_interviewee()       # "On his future:" above a quoted answer
            if sp is not None:
                return self._done(s, sp, "topic-heading")
        if at_para_start and s.para > 0:
            pp = s.para - 1
            if pp > 0 and self._salutation_para(pp):
                pp -= 1                       # 'X wrote:' / "Dear fans," / the letter's first paragraph
            sp = self._colon_paragraph(pp, s)
            if sp is not None:
                return self._done(s, sp, "colon-paragraph")
        if not s.closed and not (phi <= plo):
            return None                                   # a stray mark mid-sentence
        if phi <= plo and not at_para_start and s.para not in self.para_last:
            sp = self._intro_sentence(s)
            if sp is not None:
                return self._done(s, sp, "intro-sentence")
        if s.continues_next and phi <= plo:
            sp = self._chain_tag(idx)
            if sp is not None:
                return self._done(s, sp, "chain-tag")
        if at_para_start and s.para > 0 and s.para - 1 not in self.para_last:
            sp = self._spoke_paragraph(s.para - 1)
            if sp is not None:
                return self._done(s, sp, "spoke-paragraph")
        if at_para_start and s.para > 0 and phi <= plo and s.para - 1 not in self.para_last:
            sp = self._document_writer(s.para)
            if sp is not None:
                return self._done(s, sp, "document")
        if at_para_start and s.para > 0 and phi <= plo:
            sp = self._post_sequence(s)
            if sp is not None:
                return self._done(s, sp, "post-sequence")
        if phi <= plo and not at_para_start and self._words(s) > 3:
            sp = self._speaker_subject(s)
            if sp is not None:
                return self._done(s, sp, "subject-sentence")
        if phi <= plo and self.last is not None and self._words(s) > 3:
            return self._done(s, self.last, "last-speaker")
        sp = self._club_in_quote(s) or self._club_later_in_quote(s)
        if sp is not None:
            return self._done(s, sp, "club-statement")    # a club's post or release, quoted bare
        return Attribution(None, "none")

    def _topic_heading(self, para: int) -> bool:
        """Is paragraph `para` an interview write-up's topic heading ("On his future:", "On the
        coach, X:"): a short line that opens with "On"/"About" and ends with a colon, no quote
        marks, no sentence end."""
        ps, pe = self.t.paras[para]
        if pe - ps > 2 * _TOPIC_CHARS:
            return False
        text = self.t.folded[ps:pe].strip()
        return len(text) <= _TOPIC_CHARS and _TOPIC_HEAD.fullmatch(text) is not None

    def _topic_interviewee(self) -> Speaker | None:
        """The one interviewed in a write-up whose answers come under topic headings: the person
        its intro (the paragraphs before the first heading) says was interviewed or spoke to
        the outlet ("X has told Y ...; the 25-year-old sat down with the newspaper")."""
        if "_topic_who" not in self.__dict__:
            from .interview import _from_intro
            first = next((p for p in range(len(self.t.paras)) if self._topic_heading(p)), 0)
            self._topic_who = _from_intro(self, first) if first > 0 else None
        sp = self._topic_who
        return replace(sp) if sp is not None else None

    def _capitals_subhead(self, para: int) -> bool:
        """A short subhead printed in capitals around a quote ('THE PRESIDENT: "I TOLD HIM TO
        STAY"'): its speaker is the one the next paragraph introduces."""
        paras = self.t.paras
        if para + 1 >= len(paras):
            return False
        ps, pe = paras[para]
        text = self.t.folded[ps:pe]
        return len(text) <= _SUBHEAD_CHARS and not any(c.islower() for c in text) and \
            sum(c.isalpha() for c in text) >= 3

    def _addressee(self, lo: int, hi: int) -> Speaker | None:
        """A writer talking to someone: "And to Kane himself: you said in May, '...'" / "Dear Ana,
        you told us '...'": "you" said it, the player or person the paragraph addresses by name
        ("to X", or "X," opening the paragraph) before the "you"."""
        toks, lex = self.toks, self.lex
        for i in range(lo, hi):
            if toks[i].lower != "you":
                continue
            v = i + 1
            while v < hi and v - i <= 3 and toks[v].lower in lex.skip_between and toks[v].lower not in lex.speech:
                v += 1
            if v >= hi or toks[v].lower not in lex.speech or toks[v].lower in lex.statement_only or \
                    toks[v].lower.endswith("ing"):
                continue
            para = toks[i].para
            ps = self.t.paras[para][0]
            for r in self.t.runs_before(toks[i].start, para):
                before = toks[r.first - 1].lower if r.first > 0 and toks[r.first - 1].para == para else ""
                vocative = toks[r.first].start - ps <= 4 and r.last + 1 < len(toks) and toks[r.last + 1].text == ","
                if (before == "to" or vocative and toks[r.first].lower != "dear") and not self.t.is_outlet(r) and \
                        self.t.kind_of_run(r) in ("player", "person"):
                    return self.t.speaker_for_run(r)
            return None
        return None

    def _chain_tag(self, idx: int) -> Speaker | None:
        """A quotation running over paragraphs with no speaker before it: the tag its last
        paragraph ends with ('"...for everybody," said X.' two paragraphs on)."""
        j = idx + 1
        while j < len(self.spans) and j - idx <= 5:
            s, prev = self.spans[j], self.spans[j - 1]
            if not (s.continued and prev.para == s.para - 1):
                return None
            ph = self.from_post(*self._post(j))
            if ph is not None and ph.kind != "pronoun":
                sp = self.resolve(ph, s)
                if sp is not None:
                    return sp
            if not s.continues_next:
                return None
            j += 1
        return None

    def _epithet(self, s: Span) -> bool:
        """A name in quote marks inside the writer's sentence: a nickname or its translation
        ("Leão, 'the Lion', ...", "known as 'the Wizard of Oss'"), not anybody's words: "the"
        and capitalised words only (with "of", "de", ...), never opening the paragraph."""
        if not s.closed or s.nested or s.end - s.start > 60:
            return False
        ps = self.t.paras[s.para][0]
        if not self.t.body[ps:s.open_pos].strip():
            return False
        words = self.t.body[s.start:s.end].strip(" ,.;:")
        return _EPITHET.fullmatch(words) is not None or self._media_title(s, words) or \
            self._nickname_in_name(s, words) or \
            _NICK.fullmatch(_NICK_ARTICLE.sub("", words, count=1)) is not None and \
            _NAMED_AS.search(self.t.body[max(0, s.open_pos - 40):s.open_pos]) is not None

    def _nickname_in_name(self, s: Span, words: str) -> bool:
        """'Francisco "Paco" Ruiz', 'Jean-Pierre "JP" Obi': one or two capitalised words in quote
        marks between a capitalised first name and a capitalised surname: a nickname."""
        if _NICK.fullmatch(words) is None:
            return False
        body = self.t.body
        before = body[max(0, s.open_pos - 40):s.open_pos]
        after = body[s.after:s.after + 40]
        return _NAME_BEFORE.search(before) is not None and _NAME_AFTER.match(after) is not None

    def _media_title(self, s: Span, words: str) -> bool:
        """A show's or a column's title in quote marks ('TRANSCRIPT: "Touchline Talk", Tuesday
        phone-in', "the 'Window Watch' podcast"): capitalised words only, a word for a show or
        a broadcast close by. A name, not anybody's words."""
        if _TITLE.fullmatch(words) is None:
            return False
        toks = self.toks
        lo, hi = self.t.tok_index(s.open_pos), self.t.tok_index(s.after)
        near = [toks[k].lower for k in (*range(max(0, lo - _TITLE_NEAR), lo),
                                         *range(hi, min(len(toks), hi + _TITLE_NEAR))) if toks[k].para == s.para]
        return any(w in _MEDIA_WORDS for w in near)

    def _quote_only(self, para: int) -> bool:
        """Is paragraph `para` one quotation and nothing else (past its timestamp)?"""
        if self._quote_paras is None:
            body, paras = self.t.body, self.t.paras
            self._quote_paras = {s.para for s in self.spans if s.closed and not s.nested and
                                 not body[paras[s.para][0]:s.open_pos].strip() and
                                 not body[s.after:paras[s.para][1]].strip()}
        return para in self._quote_paras

    def _post_sequence(self, s: Span) -> Speaker | None:
        """A paragraph that is nothing but a quoted post (after its timestamp), in a run of such
        paragraphs after a paragraph about someone's posts ("Here is how the story unfolded on
        his account, post by post."): the account holder's words."""
        if not self._quote_only(s.para):
            return None
        t, toks = self.t, self.toks
        para, n = s.para - 1, 0
        while para >= 0 and n < 12 and self._quote_only(para):
            para, n = para - 1, n + 1
        if para < 0:
            return None
        ps, pe = t.paras[para]
        i = t.tok_index(ps)
        while i < len(toks) and toks[i].start < pe:
            if toks[i].lower in _POST_CUES and not toks[i].in_quote and not (
                    toks[i].lower in _POST_NOUNS and (i + 1 < len(toks) and toks[i + 1].lower == "of" or
                                                      i > 0 and toks[i - 1].lower == "the")):
                r = self._para_referent(toks[i].start, para, None)
                return t.speaker_for_run(r) if r is not None else None
            i += 1
        return None

    def _salutation(self, s: Span) -> bool:
        """A quoted letter's salutation, a paragraph of its own ("Dear supporters of FC X,"):
        the opening of the letter, not a quote."""
        if s.end - s.start > 80 or not self._starts_paragraph(s):
            return False
        if self.t.body[s.after:self.t.paras[s.para][1]].strip():
            return False
        return _SALUTATION.fullmatch(self.t.body[s.start:s.end].strip()) is not None

    def _salutation_para(self, p: int) -> bool:
        """Is paragraph `p` nothing but a quoted letter's salutation ("Dear supporters,")?"""
        ps, pe = self.t.paras[p]
        return pe - ps <= 90 and _SALUTATION.fullmatch(
            self.t.body[ps:pe].strip(" \t\n\"'\u201c\u201d\u2018\u2019\u00ab\u00bb")) is not None

    def _document_writer(self, para: int) -> Speaker | None:
        """A quoted paragraph after paragraphs quoting nobody that speak of a letter or statement
        someone wrote ("Chairman X has written an open letter to supporters ... The letter is
        reproduced here in full."): the writer said it. Looks back at most three paragraphs."""
        t, toks = self.t, self.toks
        for p in range(para - 1, max(-1, para - 4), -1):
            if self._salutation_para(p):
                continue                       # the letter's "Dear supporters," above its first paragraph
            ps, pe = t.paras[p]
            if any(toks[k].in_quote for k in range(t.tok_index(ps), t.tok_index(pe))):
                return None
            found, sp = self._writer_in(p, pe)
            if sp is not None:
                return sp
            if not found:
                return None
        return None

    def _own_post_writer(self, span: Span) -> Speaker | None:
        """'... but a post on his Instagram account hinted at his thinking. "...," it read.': the
        sentence before the quotation (in its paragraph) speaks of a post or caption of "his" or
        "her": "it" is that post, and its writer is the person "his" means."""
        toks = self.toks
        i = self.t.tok_index(span.open_pos) - 1
        lo = max(0, i - _LOOK_BACK)
        while i >= lo and toks[i].para == span.para:
            tk = toks[i]
            if not tk.in_quote and tk.lower in _POSTS_AND_ACCOUNTS:
                for k in range(max(lo, i - 4), min(len(toks), i + 5)):
                    if toks[k].para == span.para and toks[k].lower in ("his", "her") and \
                            not toks[k].in_quote and toks[k].start < span.open_pos:
                        sp = self._pronoun(toks[k].start, span)
                        return sp if sp is not None and sp.name and sp.kind != "club" else None
                return None
            i -= 1
        return None

    def _writer_in(self, p: int, upto: int) -> tuple[bool, Speaker | None]:
        """The writer of a letter or statement paragraph `p` speaks of before offset `upto`
        ("X has written an open letter", "X issued a brief statement"): (a letter or statement
        is spoken of, its writer or None)."""
        t, toks = self.t, self.toks
        ps, pe = t.paras[p]
        i = t.tok_index(ps)
        if upto < pe:
            i = max(i, t.tok_index(upto) - 2 * _LOOK_BACK)     # only the sentences before the quote
        found = False
        while i < len(toks) and toks[i].start < min(pe, upto):
            if toks[i].lower in _DOC_NOUNS and not toks[i].in_quote:
                found = True
                lo = i
                while lo > 0 and toks[lo - 1].para == p and i - lo < _LOOK_BACK and \
                        not is_sentence_end(toks, lo - 1):
                    lo -= 1
                v = next((k for k in range(i - 1, lo - 1, -1) if toks[k].lower in _WROTE), None)
                if v is None and i > lo and toks[i - 1].lower in ("his", "her") and self.last is None:
                    # "Here is his letter in full:": the person the paragraphs before are about
                    sp = self._pronoun(toks[i - 1].start, Span(pe, pe, pe, pe, p, True))
                    if sp is not None and sp.name:
                        return True, sp
                if v is not None:
                    ph = self.subject(lo, v)
                    if ph is not None and ph.kind != "pronoun" and \
                            not any(toks[k].lower in _DOC_NOUNS for k in range(ph.first, ph.last + 1)):
                        sp = self.resolve(ph, Span(pe, pe, pe, pe, p, True))
                        if sp is not None and sp.name:
                            return True, sp
            i += 1
        return found, None

    def _words(self, s: Span) -> int:
        i = self.t.tok_index(s.start)
        n = 0
        while i < len(self.toks) and self.toks[i].start < s.end and n < 10:
            n += self.toks[i].word
            i += 1
        return n

    def _starts_paragraph(self, s: Span) -> bool:
        ps, pe = self.t.paras[s.para]
        if s.open_pos - ps > 8:
            return False
        return not self.t.body[ps:s.open_pos].strip()

    def _colon_paragraph(self, para: int, quote: Span | None = None) -> Speaker | None:
        """A paragraph ending "X said:" before the quotation `quote` opening a later paragraph."""
        ps, pe = self.t.paras[para]
        text = self.t.folded[ps:pe].rstrip()
        if not text.endswith(":"):
            return None
        hi = self.t.tok_index(pe)
        lo = hi
        while lo > 0 and self.toks[lo - 1].para == para and hi - lo < _LOOK_BACK and \
                not is_sentence_end(self.toks, lo - 1):
            lo -= 1
        ph, _ = self.from_pre(lo, hi, strong_only=True)
        if ph is None:
            return None
        if ph.kind == "pronoun" and self.toks[ph.first].lower in ("it", "this") and lo < hi:
            # "X published the letter on Wednesday. It reads, in part:": "it" is the letter,
            # and the letter's writer said it
            found, sp = self._writer_in(para, self.toks[lo].start)
            if found:
                return sp
        # the quotation's words stay readable ("... published this statement:" / "X Football
        # Club wishes to ...": the club the statement names)
        fake = Span(pe, quote.start, quote.end, quote.after, para, True) if quote is not None \
            else Span(pe, pe, pe, pe, para, True)
        return self.resolve(ph, fake)

    def _spoke_paragraph(self, para: int) -> Speaker | None:
        """A paragraph that opens with a quotation, after one that ends "X was philosophical
        when he spoke to Cadena SER." and quotes nothing itself: X said it."""
        ps, pe = self.t.paras[para]
        if not self.t.folded[ps:pe].rstrip().endswith("."):
            return None
        toks, lex = self.toks, self.lex
        hi = self.t.tok_index(pe)
        while hi > 0 and toks[hi - 1].start >= pe:
            hi -= 1
        lo = hi - 1
        while lo > 0 and toks[lo - 1].para == para and hi - lo < _LOOK_BACK and \
                not is_sentence_end(toks, lo - 1):
            lo -= 1
        if lo < 0 or toks[lo].para != para or any(toks[i].in_quote for i in range(lo, hi)):
            return None
        if self._passive_opening(lo, hi):
            # "Met by our correspondent after training, the 27-year-old agreed to explain his
            # choice.": how he was reached opens the sentence; its subject comes after the comma
            c = next((i for i in range(lo + 1, min(hi, lo + 16)) if toks[i].text == ","), None)
            if c is not None and c + 2 < hi:
                lo = c + 1
        v = next((i for i in range(lo, hi) if toks[i].lower in lex.spoke), None)
        if v == lo and toks[v].lower.endswith("ing"):
            # "Speaking to Y after training, the youngster explained his position.": an opening
            # participle clause; the sentence's subject and verb come after its comma
            c = next((i for i in range(lo + 1, min(hi, lo + 16)) if toks[i].text == ","), None)
            if c is not None and c + 2 < hi:
                lo, v = c + 1, next((i for i in range(c + 1, hi) if toks[i].lower in lex.spoke), None)
        if v is None:
            # "Lincoln head coach X explained why the club had moved quickly.": a verb of speech with
            # no quote of its own introduces the quote paragraph after it (not "X was told that ...")
            v = next((i for i in range(lo, hi) if toks[i].lower in lex.speech
                      and toks[i].lower not in lex.statement_only and not toks[i].lower.endswith("ing")
                      and not (toks[i].lower in lex.listener and toks[i].lower not in _ANSWERS
                               and i > lo and toks[i - 1].lower in _PASSIVE)), None)
        if v is None:
            # "X does not deny it.", "X did not hide his interest.", "X made it clear that ...":
            # what someone does not deny or hide, or makes clear, he says, in a paragraph that
            # introduces the quote paragraph after it
            v = self._not_hiding(lo, hi)
        if v is None:
            # "Cobblers boss X, who watched him three times, was equally pleased.": a named person
            # who "was pleased/delighted" in a paragraph of one sentence introduces the quote after it
            v = next((i for i in range(lo + 1, hi) if toks[i].lower in _REACTIONS and (
                toks[i - 1].lower in _BE_FORMS or (i - 2 >= lo and toks[i - 2].lower in _BE_FORMS
                                                   and toks[i - 1].lower.endswith("ly")))), None)
            if v is not None and (toks[lo].start > ps + 1 or self.t.run_of.get(lo) is None and
                                  not any(self.t.run_of.get(i) is not None for i in range(lo, min(lo + 4, v)))):
                v = None
            if v is not None:
                b = v - 1 if toks[v - 1].lower in _BE_FORMS else v - 2
                ph = self.subject(lo, b)
                if ph is None or ph.kind == "pronoun":
                    return None
                return self.resolve(ph, Span(pe, pe, pe, pe, para, True))
        if v is None and toks[lo].start <= ps + 1:
            # "Coquimbo's coach X made little attempt to hide his frustration after training.",
            # "The player broke his silence with a statement to Y.": a paragraph of one sentence
            # about how a named person spoke up introduces the quote paragraph after it
            v = next((i for i in range(lo + 2, hi) if toks[i].lower in _VOICED and
                      any(toks[x].lower in _VOICED_LEADS for x in range(max(lo, i - 3), i))), None)
            if v is not None:
                ph = self.subject(lo, v)
                for i in range(lo, v - 1):          # "X's Argentine coach Y": the name after the job
                    r = self.t.run_of.get(i + 1)
                    if r is not None and r.first == i + 1 and r.last < v and lex.role(toks[i].bare.lower()) \
                            and not toks[i].cap and not r.possessive and not self.t.is_outlet(r):
                        ph = Phrase("name", r.first, r.last, r)
                        break
                if ph is None or ph.kind == "pronoun":
                    return None
                sp = self.resolve(ph, Span(pe, pe, pe, pe, para, True))
                return sp if sp is not None and sp.kind != "club" else None
        if v is None:
            return None
        fake = Span(pe, pe, pe, pe, para, True)
        ph = None
        for i in range(v - 1, lo, -1):      # "X has two years left, and club president Y made it
            if toks[i].text == ";" or (toks[i].lower in ("and", "but") and toks[i - 1].text == ","):
                ph = self.subject(i + 1, v)  # clear that ...": the subject of the verb's own clause
                break
        ph = ph or self._appositive_name(lo, v) or self.subject(lo, v)
        if ph is not None and ph.kind == "pronoun":
            if toks[ph.first].lower not in ("he", "she"):
                return None
            r = self._para_referent(toks[ph.first].start, para, None)
            if r is None:
                # "The 23-year-old has kept his counsel, but he spoke to reporters after the
                # match.": no name in the paragraph, the description opening it is the "he"
                return self._subject_description(para, toks[ph.first].start)
            return self.t.speaker_for_run(r)
        return self.resolve(ph, fake) if ph is not None else None

    def _done(self, s: Span, sp: Speaker | None, how: str) -> Attribution:
        if sp is not None and not sp.anonymous and sp.name:
            self.last = sp
            self.para_last[s.para] = sp
            if sp.entity:
                self.spoken.add(sp.entity)
        return Attribution(sp, how)


# a quotation repeating earlier quoted words: at most this long, looked for this many quotes back
_ECHO_CHARS = 120
_ECHO_BACK = 12
_ECHO_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
# words for the fans' displays and chants: a quote they introduce (with nobody named) is a banner, a
# sign or a song in the stands, nobody's statement
_FANS_WORDS = {"banner", "banners", "sign", "signs", "placard", "placards", "tifo", "flag", "flags", "graffiti",
               "mural", "chant", "chants", "chanted", "chanting", "sang", "song", "songs"}

# a nickname printed in quote marks: "the" and capitalised words, joined by small name words
# a nickname between a first name and a surname ('Francisco "Paco" Ruiz'): the quoted word(s), the
# capitalised first name right before the opening mark, the capitalised surname right after the close
# a nickname right after the words that bring one in ("nicknamed 'Petit Ali'", "known as 'Zizou'")
_NAMED_AS = re.compile(r"\b(?:nicknamed|nickname|dubbed|known(?: to [\w'\u2019]+(?: [\w'\u2019]+)?)? as|alias|aka)"
                       r"[,:]?\s*\Z", re.IGNORECASE)
_NICK_ARTICLE = re.compile(r"^(?:el|la|le|il|lo|o|a|the|der|die|das) ")
_NICK = re.compile(r"[A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*)?")
_NAME_BEFORE = re.compile(r"(?:^|[\s(])[A-Z][^\W\d_]*(?:-[A-Z][^\W\d_]*)? \Z")
_NAME_AFTER = re.compile(r" [A-Z][^\W\d_]")
_EPITHET = re.compile(r"(?:[Tt]he) [A-Z][\w'\u2019.-]*(?: (?:(?:of|de|do|da|dos|das|del|della|di|du|von|van|der|la|le)(?: the)? )?"
                      r"[A-Z][\w'\u2019.-]*){0,4}")

# a title in quote marks: two to five capitalised words ("Touchline Talk", "The Final Whistle")
_TITLE = re.compile(r"[A-Z][\w'\u2019&-]*(?: (?:of|the|and|de|&|[A-Z][\w'\u2019&-]*)){1,4}")
_TITLE_NEAR = 6
_OBJECT_SENTENCE = 30      # tokens back to the start of a "he" sentence
_OBJECT_RUNS_AFTER = 60    # names read on for the one an official's job word means
# words for what a title names: a show, a broadcast, a column
_MEDIA_WORDS = {"show", "programme", "program", "podcast", "phone-in", "segment", "series", "documentary",
                "column", "broadcast", "episode", "radio", "tv", "television", "transcript", "newsletter",
                "blog", "vlog", "channel"}

# a letter's salutation quoted as a paragraph of its own ("Dear supporters of FC X,")
_SALUTATION = re.compile(r"(?:(?:My )?[Dd]ear|To all)(?: [\w'\u2019.&+-]+){1,8}[,:!]?")
# what someone writes whose paragraphs an article then quotes, and the verbs of writing it
# a named person greeting news in a sentence before his words ("X welcomed the new arrival.")
_GREETED = {"welcomed", "welcomes", "hailed", "hails", "greeted", "greets"}
# "What has the player said?", "What did the coach say?": a heading asking for someone's words
_ASKED_SPEECH = {"said", "say", "says", "told"}
_ASKED_AUX = {"has", "have", "did", "does", "do", "had"}
_QUESTION_AUX = {"did", "does", "has", "is", "was", "will", "would", "can", "could", "should"}
_QUESTION_WH = {"what", "why", "how", "when", "where"}
_WH_HEADS = {"what", "how", "why", "where"}    # an explainer's heading ("What the player says")
# a headline's label naming the kind of piece before its colon ("INTERVIEW: '...'"): nobody speaks
_GENRE_LABELS = {"interview", "exclusive", "watch", "analysis", "opinion", "revealed", "breaking",
                 "explained", "listen", "video", "feature", "profile", "column", "podcast", "q&a"}
_DOC_NOUNS = {"letter", "statement", "message", "note", "notice"}
# what introduces a club's statement in the prose ("in a brief statement:", "the club communique")
_STATEMENT_NOUNS = {"statement", "communique", "release"}
_WROTE = {"written", "wrote", "writes", "penned", "pens", "issued", "issues", "published", "publishes",
          "released", "releases", "sent", "sends", "addressed", "posted", "posts", "signed"}

# words of a paragraph that introduces a run of quoted social-media posts ("on his account,
# post by post", "she tweeted throughout the day")
_POST_CUES = {"post", "posts", "posted", "tweet", "tweets", "tweeted", "account", "feed", "thread"}
_POST_NOUNS = {"post", "account"}    # not "the post of sporting director", "on account of", "hit the post"

# words that open a clause mid-sentence before its subject ("..., but X believes ...")
_ASIDE_WORDS = 24          # words of a "who ..." aside between a clause's subject and its verb
_CLAUSE_JOINERS = {"but", "whereas", "while", "although", "though"}
# words that open a sentence before its subject ("Because X was bullish ...")
_JOINERS = {"because", "and", "but", "so", "although", "though", "while", "whereas", "since", "yet"}
# the reporter taking words down: "and I wrote this down", "I quote", "we noted"
_NOTE_VERBS = {"wrote", "write", "quote", "quoting", "noted", "jotted", "scribbled", "copied", "transcribed"}

# "words from X:": nouns for what someone said, and the plain nouns of "the man himself"
_SAYING_NOUNS = {"words", "word", "statement", "message", "reaction", "reactions", "response", "comment",
                 "comments", "verdict", "thoughts", "quote", "quotes", "tribute", "update"}
_SELF_NOUNS = {"man", "woman", "player", "lad", "boy", "girl", "star", "youngster"}
# a word opening a short colon lead-in before its speaker ("And the player himself: '...'")
_COLON_OPENERS = {"and", "finally", "then", "also", "lastly", "plus"}
# a numbered label opening a paragraph of someone's posts ("Post 3 (Monday, 9.14am):"), and the
# plural that names the series earlier ("here are his posts")
_LABELS = {"post", "tweet", "update", "entry", "message", "story"}
_LABEL_PLURALS = {"posts", "tweets", "updates", "entries", "messages", "stories"}


# a word after a closing quote and a comma that carries on the writer's sentence
_CONCESSIVE = {"though", "although", "whereas", "while", "whilst"}
_BE_FORMS = {"is", "are", "was", "were", "be", "been"}
# participles that do not end in -ed/-en, opening "Met by our reporter, ..."
_IRREGULAR_PARTICIPLES = {"met", "caught", "told", "sought", "brought", "approached", "reached", "found"}
_NOT_PARTICIPLES = {"even", "then", "when", "often", "seven", "eleven", "ten", "indeed", "speed", "need", "men",
                    "women", "children", "between"}
# "our new number 9", "the latest signing": the player a club's release announces
_NEW_MAN = {"signing", "number", "no", "recruit", "arrival", "acquisition", "addition", "boy", "player"}
# a person's reaction to the news, in a paragraph that only introduces the quote after it
_REACTIONS = {"pleased", "delighted", "thrilled", "happy", "elated", "satisfied"}
# what a person voiced ("hid little of his frustration", "broke his silence with a statement"), in a
# paragraph that only introduces the quote after it; and the words a word or three before it
_VOICED = {"frustration", "frustrations", "disappointment", "anger", "annoyance", "irritation", "delight",
           "satisfaction", "optimism", "pessimism", "feelings", "silence", "statement", "views", "thoughts",
           "stance", "position", "displeasure", "unhappiness", "surprise", "confidence", "emotions"}
_VOICED_LEADS = {"his", "her", "their", "a", "an", "brief", "short", "own"}
# how someone spoke ("X was more forthcoming.", "the coach was blunt."), introducing his words
_MANNER = {"forthcoming", "blunt", "candid", "frank", "forthright", "outspoken", "diplomatic", "direct",
           "emphatic", "categorical", "unequivocal", "defiant", "philosophical", "guarded", "cautious",
           "measured", "talkative", "coy", "evasive", "bullish", "upbeat", "effusive", "scathing",
           "firm", "adamant", "resolute", "curt", "terse", "succinct"}
# words that end a headless description: what follows is a clause, not the person it names
_HEADLESS_STOPS = {"that", "who", "which", "whom", "whose", "and", "but", "or", "if", "when", "as", "than", "to"}
# speech verbs that are nouns too, and the words that make them nouns a word or two before
# (singular only: "his agent replies:" is a verb)
_NOUN_VERBS = {"post", "tweet", "comment", "reply", "message", "update", "answer", "response", "statement"}
_NOUN_LEADS = {"a", "an", "his", "her", "their", "its", "my", "our", "your", "this", "that"}
_PUT = {"put", "puts", "putting"}          # "as the coach put it": a verb of speech with "it"
_INSIDE = {"at", "inside", "within"}      # "a source at the club": someone of the club
_SOURCES = {"source", "sources", "insider", "insiders"}
# not hiding something ("X is not hiding that ...", "X does not hide his interest"): saying it
_HIDE = {"hide", "hides", "hid", "hiding", "hidden", "conceal", "conceals", "concealed", "concealing",
         "deny", "denies", "denied", "denying"}
_NOT = {"not", "never"}
_MAKE = {"make", "makes", "made", "making"}          # "made it clear": said it
_OWNERS_WORDS = {"his", "her", "their", "its"}
_WORDS_MODS = {"own", "first", "last", "final", "latest", "only", "exact", "immediate", "public", "initial"}
_MANNER_MODS = {"more", "less", "much", "far", "even", "rather", "somewhat", "equally", "very", "no", "as"}


# a word straight after a closing quote mark (no comma) that carries on the writer's sentence
_END_QUOTE = {"end", "close", "closed"}   # '"...," end quote.': no speaker after it
_GOES_ON = {"and", "but", "that", "which", "while", "whereas", "because", "although", "though", "or", "so"}


def _age_class(word: str) -> str:
    """"the 24-year-old" is a player; "the 61-year-old" is a manager or an official."""
    digits = word.split("-", 1)[0]
    return "manager" if digits.isdigit() and int(digits) >= PLAYER_AGE_LIMIT else "player"


def attribute_all(text: ArticleText, spans: list[Span], interview=None) -> list[Attribution | None]:
    """One attribution per quotation (None: drop it, it was a stray mark). `interview`: the
    article's interview layout (`interview.Layout`), whose answers are the interviewee's."""
    if interview is not None and interview.transcript:
        return _transcript(text, spans, interview)
    a = Attributor(text, spans)
    out = []
    answerer = None
    if interview is not None:
        from .interview import answerer_of, interviewee
        answerer = interviewee(a, interview)
    for i in range(len(spans)):
        if spans[i].answer:
            who = answerer_of(a, interview, spans[i].para, answerer) if interview.by else answerer
            att = a._done(spans[i], replace(who), "interview") if who is not None \
                else Attribution(None, "interview")
        else:
            att = a.attribute(i)
        if att is not None and spans[i].nested:
            att.nested = nested_quotes(a, i, att.speaker)
        out.append(att)
    if spans and spans[0].para == 0 and out[0] is not None and out[0].speaker is None and _interview_label(a):
        # "INTERVIEW: '...'": the headline quotes the one interviewed, the article's main voice
        counts: dict[str, int] = {}
        for att in out[1:]:
            sp = att.speaker if att is not None else None
            if sp is not None and sp.entity and sp.name and not sp.anonymous and sp.kind != "club":
                counts[sp.entity] = counts.get(sp.entity, 0) + 1
        if counts:
            best = max(counts, key=lambda e: counts[e])
            if 2 * counts[best] > sum(counts.values()):
                who = next(att.speaker for att in out[1:] if att is not None and att.speaker is not None
                           and att.speaker.entity == best)
                out[0] = a._done(spans[0], replace(who), "interview-headline")
    return out


def _interview_label(a: "Attributor") -> bool:
    """Does the article open with an interview's label ("INTERVIEW:", "Exclusive interview:")?"""
    toks = a.toks
    for i in range(min(3, len(toks) - 1)):
        if toks[i].para != 0:
            return False
        if toks[i].lower in ("interview", "q&a") and toks[i + 1].text == ":":
            return True
    return False


def _transcript(text: ArticleText, spans: list[Span], lay) -> list[Attribution | None]:
    """A conversation transcript: each turn is its label's person's words; the quotes read out in
    the turns are attributed as in prose ("he said, and I wrote it down: '...'"), the turns' talk
    being the text around them."""
    from .interview import interviewee, turn_speaker
    plain = [s for s in spans if not s.answer]
    a = Attributor(text, plain)
    answerer = interviewee(a, lay)
    turns = {k: turn_speaker(a, lay, k) for k in lay.told}
    said = iter(attribute_all(text, plain))
    out: list[Attribution | None] = []
    for s in spans:
        if not s.answer:
            out.append(next(said))
            continue
        who = turns.get(s.para) if s.para in lay.told else answerer
        out.append(Attribution(replace(who) if who is not None else None, "interview"))
    return out
