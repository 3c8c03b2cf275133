"""Interview transcripts: questions and answers printed without quote marks.

"Q: Have you spoken to the club?" / "A: Yes, I have spoken to them. ..." -- each answer is the
interviewee's own words, a quote of theirs; each question is the interviewer's, never a quote.
The layout is read from paragraph labels: "Q:"/"A:", "Q."/"A.", "Question:"/"Answer:", or two
speakers' names or initials ("JT:", "Lindqvist:") taking turns, one of them asking, or questions
printed in bold as paragraphs of their own ("**Would he stay?**") after an intro that says it is
an interview ("we spoke to his agent, X"), the answers unlabelled. Several
question-and-answer pairs are required, so a stray "A:" in prose changes nothing. Unlabelled
paragraphs after an answer carry it on while another question follows; after the last answer
they are the writer's again. The interviewee is the one the label names, else the one the intro
says was interviewed ("we spoke to X", "X sat down with us", "coach X faced reporters"), else the
article's player. A speaker labelled in full, then by surname ("Ana Silva:", "Silva:"), is one label. Quotes
inside an answer stay its nested quotes: someone else's words when a speech verb reports them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..text import normalise
from .spans import Span
from .speakers import Speaker
from .tokens import is_age, is_sentence_end

_BOLD = r"(?:\*\*|__)?"
_QA = re.compile(r"[ \t\n]*" + _BOLD + r"(Q|A|Question|Answer|QUESTION|ANSWER)" + _BOLD +
                 # "A (Lindqvist):", "A [Hanna Lindqvist]:": a press conference's answers, each
                 # labelled with the one who gives it
                 r"(?:[ \t]*[(\[]([^\W\d_][^()\[\]\n:]{0,40})[)\]](?=[ \t]*[:.\u2013\u2014-]))?" +
                 r"[ \t]*(?:[:.)]|[\u2013\u2014-](?=[ \t]))" + _BOLD + r"[ \t]*(?=\S)")
# "Name:", and "Name (Town):" as a supporters' Q&A prints its fans: the place is no part of the label
_NAME = re.compile(r"[ \t\n]*" + _BOLD + r"([^\W\d_][\w'\u2019.\-]{0,30}(?: [^\W\d_][\w'\u2019.\-]{0,30}){0,2})"
                   + _BOLD + r"(?:[ \t]+\([^\W\d_][^()\n:]{0,30}\))?" + r"[ \t]*:" + _BOLD + r"[ \t]+(?=\S)")
# a question printed in bold as a paragraph of its own, its answer the unlabelled paragraphs after
# it ("**Would he stay in Croatia?**"); the text may go on past the question mark only within the
# bold ("**Last question: is there a club you would prefer?**")
_BOLD_Q = re.compile(r"[ \t\n]*(?:\*\*|__)([^*_\n]{3,400}\?)[ \t]*(?:\*\*|__)[ \t\n]*")
# the intro of a bold-questions interview says it is one: "we spoke to his agent", "in an
# interview with", "sat down with"; bold questions alone may be a column's subheadings
_ASKED = re.compile(r"\b(?:spoke|spoken|talked|chatted|sat down|caught up|interviewed|interview|q&a)\b", re.I)
_MIN_PAIRS = 2            # question-answer pairs a transcript has at least
_MIN_TURNS = 3            # changes of speaker between name-labelled paragraphs
# labels that head a paragraph without naming a speaker
_NOT_SPEAKERS = {"update", "updates", "note", "notes", "watch", "read", "read more", "breaking", "goal", "full-time",
                 "half-time", "kick-off", "statement", "live", "latest", "confirmed", "official", "team news",
                 "editor's note", "source", "sources", "pictured", "photo", "video", "verdict", "analysis",
                 "key quote", "listen", "more", "also", "exclusive", "done", "deal", "fee", "contract"}

# "we spoke to X", "X sat down with us", "in an interview with X"
_CUE_VERBS = {"spoke", "speaks", "spoken", "speaking", "talked", "talks", "talking", "chatted", "chats",
              "sat", "sits", "sitting", "caught", "catches", "met", "meets", "interviewed"}
_CUE_NOUNS = {"interview", "conversation", "chat", "q&a", "sit-down", "exclusive"}
_CUE_FILLER = {"down", "up", "exclusively", "recently", "at", "length", "briefly", "again", "properly"}
_US = {"us", "me", "our", "this", "the", "reporters", "journalists", "media"}
# "X faced reporters", "X addressed the media", "X fielded questions": a press conference, the
# one who faced them answers its questions
_FACE_VERBS = {"faced", "faces", "facing", "addressed", "addresses", "addressing", "fielded", "fields",
               "fielding", "briefed", "briefs", "took", "takes", "taking"}
_PRESS_FILLER = {"the", "local", "assembled", "waiting", "gathered", "visiting", "a", "few", "some", "several"}
_PRESS_NOUNS = {"reporters", "journalists", "media", "press", "questions", "newsmen", "pressmen"}
_MAX_PARAS = 400


@dataclass
class Layout:
    answers: list[int]             # paragraphs of the interviewee's answers
    leads: dict[int, int]          # labelled paragraph -> body offset past its label
    intro_end: int                 # the first labelled paragraph: the intro comes before it
    label: str | None = None       # the interviewee's label when it names them ("JT", "Lindqvist")
    # a conversation transcript (a podcast, a radio show: both voices state things, not one
    # asking throughout): the asker's turns that ask nothing are his own words, a quote of his
    # (paragraph -> label); quotes read out inside any turn keep their own speakers
    transcript: bool = False
    told: dict[int, str] = field(default_factory=dict)
    # answers labelled with their own answerer ("A (Lindqvist): ..."): paragraph -> that label,
    # for the answer's later, unlabelled paragraphs too
    by: dict[int, str] = field(default_factory=dict)


def layout(body: str, paras: list[tuple[int, int]]) -> Layout | None:
    """The interview layout of an article, None for ordinary prose. Linear in the paragraphs."""
    if len(paras) < 2 * _MIN_PAIRS or len(paras) > _MAX_PARAS:
        return None
    qa: list[tuple[int, str, int]] = []          # (paragraph, "q" | "a", offset past the label)
    named: list[tuple[int, str, int]] = []       # (paragraph, label, offset past it)
    by: dict[int, str] = {}                      # answer paragraph -> the answerer it names
    bold: list[tuple[int, str, int]] = []        # "**Would he stay in Croatia?**" paragraphs
    for k, (ps, pe) in enumerate(paras):
        m = _QA.match(body, ps, pe)
        if m is not None:
            qa.append((k, "q" if m.group(1)[0] == "Q" else "a", m.end()))
            if m.group(2) and m.group(1)[0] == "A" and m.group(2)[0].isupper():
                by[k] = m.group(2).strip()
            continue
        b = _BOLD_Q.fullmatch(body, ps, pe)
        if b is not None:
            bold.append((k, "q", b.start(1)))
            continue
        m = _NAME.match(body, ps, pe)
        if m is not None:
            label = m.group(1).strip(".")
            if all(w[:1].isupper() for w in label.split()) and label.lower() not in _NOT_SPEAKERS:
                named.append((k, label, m.end()))
    if named:
        named = _short_labels(named)
    if bold and not qa and len(bold) >= _MIN_PAIRS + 1 and _asked_in_intro(body, paras, bold[0][0]):
        qa = bold
    out = _qa_layout(qa, len(paras))
    if out is not None and by:
        _own_answerers(out, by)
    if out is not None and named:
        _name_labelled_answers(out, named)
    if out is None and len(named) >= 2 * _MIN_PAIRS:
        out = _named_layout(body, paras, named)
    if out is not None and not _conversation(body, paras, out):
        return None
    return out


def _short_labels(named: list[tuple[int, str, int]]) -> list[tuple[int, str, int]]:
    """A speaker labelled in full at first, then by the surname or first name ("Aminata Sawadogo:"
    then "Sawadogo:"): one label, the short one, when only one short label matches."""
    short = {lab for _, lab, _ in named if " " not in lab}
    if not short:
        return named
    to: dict[str, str] = {}
    fulls: dict[str, set[str]] = {}          # short label -> the full labels it would stand for
    for _, lab, _ in named:
        words = lab.split()
        if len(words) > 1:
            hits = {w for w in (words[0], words[-1]) if w in short}
            if len(hits) == 1:
                to[lab] = next(iter(hits))
                fulls.setdefault(to[lab], set()).add(lab)
    # two people with one surname ("Omar X:", "Ali X:", "X:"): the short label is nobody's
    to = {lab: sh for lab, sh in to.items() if len(fulls[sh]) == 1}
    return [(k, to.get(lab, lab), end) for k, lab, end in named]


_FIRST = re.compile(r"\bI\b|\b[Mm](?:e|y|yself|ine)\b")
_SECOND = re.compile(r"\b[Yy]ou(?:r|rs|rself)?\b")
_TALK = 0.5


def _asked_in_intro(body: str, paras: list[tuple[int, int]], first: int) -> bool:
    """Do the paragraphs before the first bold question say the text is an interview?"""
    if first <= 0:
        return False
    return _ASKED.search(body, paras[0][0], paras[first - 1][1]) is not None


def _conversation(body: str, paras: list[tuple[int, int]], lay: Layout) -> bool:
    """Is it a conversation, not the writer's own questions and answers ("Q: What is the release
    clause? A: The contract holds one of 10m")? Answers say "I"/"my", questions say "you"."""
    answers = set(lay.answers)
    questions = [k for k in lay.leads if k not in answers]
    if not answers:
        return False
    first = sum(1 for k in answers if _FIRST.search(body, lay.leads.get(k, paras[k][0]), paras[k][1])) / len(answers)
    second = sum(1 for k in questions if _SECOND.search(body, lay.leads[k], paras[k][1])) / len(questions) \
        if questions else first
    return first + second >= _TALK


def _qa_layout(qa: list[tuple[int, str, int]], n: int) -> Layout | None:
    pairs = sum(1 for x, y in zip(qa, qa[1:]) if x[1] == "q" and y[1] == "a")
    qs = sum(1 for x in qa if x[1] == "q")
    if pairs < _MIN_PAIRS and not (pairs == 0 and qs >= _MIN_PAIRS + 1 and qs == len(qa)):
        return None
    leads = {k: end for k, _, end in qa}
    answers: list[int] = []
    if pairs:
        for i, (k, kind, _) in enumerate(qa):
            if kind != "a":
                continue
            answers.append(k)
            nxt = qa[i + 1] if i + 1 < len(qa) else None
            if nxt is not None and nxt[1] == "q":          # the answer's later paragraphs
                answers.extend(range(k + 1, nxt[0]))
    else:                                                  # questions labelled, answers not
        for i, (k, _, _) in enumerate(qa):
            stop = qa[i + 1][0] if i + 1 < len(qa) else min(k + 2, n)
            answers.extend(range(k + 1, stop))
    return Layout(answers, leads, qa[0][0])


def _own_answerers(lay: Layout, by: dict[int, str]) -> None:
    """"A (Lindqvist): ..." answers: each answer paragraph, and the unlabelled ones carrying it on,
    get the answerer its label names."""
    cur = None
    for k in sorted(lay.answers):
        if k in lay.leads:
            cur = by.get(k)
        if cur:
            lay.by[k] = cur


def _name_labelled_answers(lay: Layout, named: list[tuple[int, str, int]]) -> None:
    """"Q: ..." then "Mendes: ...": answers that open with the interviewee's name as their label."""
    answers = set(lay.answers)
    counts: dict[str, int] = {}
    for k, label, end in named:
        if k in answers and k not in lay.leads:
            lay.leads[k] = end
            counts[label] = counts.get(label, 0) + 1
    if counts:
        lay.label = max(counts, key=lambda x: counts[x])


def _named_layout(body: str, paras: list[tuple[int, int]], named: list[tuple[int, str, int]]) -> Layout | None:
    counts: dict[str, int] = {}
    for _, label, _ in named:
        counts[label] = counts.get(label, 0) + 1
    top = sorted(counts, key=lambda x: -counts[x])[:2]
    if len(top) < 2 or counts[top[1]] < _MIN_PAIRS:
        return None
    two = [x for x in named if x[1] in top]
    if sum(1 for x, y in zip(two, two[1:]) if x[1] != y[1]) < _MIN_TURNS:
        return None

    def asks(label: str) -> float:
        mine = [k for k, lab, _ in two if lab == label]
        return sum("?" in body[paras[k][0]:paras[k][1]] for k in mine) / len(mine)
    a0, a1 = asks(top[0]), asks(top[1])
    if (max(a0, a1) < 0.5 or a0 == a1) and not all(_person_label(x) for x in top):
        return None                    # nobody asks: two voices, not an interview
    them = top[1] if a0 > a1 else top[0]       # (two people's talk: the one who asks less answers)
    leads = {k: end for k, _, end in two}
    told: dict[int, str] = {}
    show = max(a0, a1) < _INTERVIEW_ASKS
    if show:
        # the asker states as often as he asks: two voices of a show, each turn his own words
        told = {k: lab for k, lab, end in two if lab != them and "?" not in body[paras[k][0]:paras[k][1]]
                and not _courtesy(body[end:paras[k][1]])}
    # further voices printed in the same way ("KAGISO:" after "HOST NAME:", "Fan (Town):" after
    # "Director:"): a show's callers each say their own words; an interview's other askers ask
    upper = all(x.isupper() for x in top)
    voices = [x for x in named if x[1] not in top and x[1].isupper() == upper and
              (upper or _person_label(x[1]) or len(x[1].split()) >= 2)]
    if not show:                       # only their questions: what else they say carries an answer on
        voices = [x for x in voices if "?" in body[paras[x[0]][0]:paras[x[0]][1]]]
    leads.update((k, end) for k, _, end in voices)
    if show:
        told.update((k, lab) for k, lab, end in voices if not _courtesy(body[end:paras[k][1]]))
    allv = sorted(two + voices)
    answers: list[int] = []
    for i, (k, label, _) in enumerate(allv):
        if label != them:
            continue
        answers.append(k)
        nxt = allv[i + 1] if i + 1 < len(allv) else None
        if nxt is not None and nxt[1] != them:
            answers.extend(range(k + 1, nxt[0]))
    return Layout(answers, leads, allv[0][0], them, bool(told), told)



def _person_label(label: str) -> bool:
    """A label that names a person in full, printed in capitals ("DAN WHITCOMBE"), or a part in a show
    ("Host"), not a side or a heading ("Kessel", "Pros")."""
    return normalise(label) in _ROLE_LABELS or (len(label.split()) >= 2 and label.isupper())


# ... or hands the line to a caller ("Nomvula in Durban, go ahead", "you're on air") or breaks
# off ("We'll be right back after the news")
_THANKS = re.compile(r"\b(?:thank|thanks|cheers|welcome|go ahead|you(?:'|\u2019)re on(?: the)? air|"
                     r"(?:be|come) right back|after the (?:break|news|adverts?|ads))\b", re.I)
_COURTESY_WORDS = 14


def _courtesy(text: str) -> bool:
    """A host's short welcome or sign-off ("We'll leave it there. Thanks for joining us."): no
    statement of his."""
    return len(text.split()) <= _COURTESY_WORDS and _THANKS.search(text) is not None


_INTERVIEW_ASKS = 0.8      # an interviewer's share of turns that ask: below it, a conversation


# labels that name a part in the talk, not a person: the intro names who plays it
_HOST_LABELS = {"host", "presenter", "interviewer", "moderator", "anchor", "co-host", "cohost"}
# "the podcast, hosted by X": X is its host
_HOSTED = {"hosted", "presented", "fronted", "moderated", "anchored", "co-hosted"}
_GUEST_CUES = {"by", "with", "guest", "reporter", "journalist", "writer", "correspondent", "pundit", "analyst"}
_ROLE_LABELS = _HOST_LABELS | {"guest", "reporter", "journalist", "caller", "pundit", "commentator",
                               "panellist", "panelist", "expert", "analyst"}


def with_answers(body: str, paras: list[tuple[int, int]], spans: list[Span], lay: Layout) -> list[Span]:
    """The article's quotations with each answer paragraph as one quotation (answer=True); the
    quotations printed inside an answer become its nested quotes."""
    inner: dict[int, list[Span]] = {}
    answers = set(lay.answers) | set(lay.told)
    rest = []
    for s in spans:
        if s.para in answers:
            inner.setdefault(s.para, []).append(s)
        else:
            rest.append(s)
    for k in sorted(answers):
        ps, pe = paras[k]
        start = max(ps, lay.leads.get(k, ps))
        while start < pe and body[start].isspace():
            start += 1
        end = pe
        while end > start and body[end - 1].isspace():
            end -= 1
        if end <= start:
            continue
        mine = [s for s in inner.get(k, ()) if s.start >= start]
        whole = mine[0] if len(mine) == 1 and mine[0].open_pos == start and mine[0].after >= end else None
        if whole is not None:            # 'A: "I think so."': the answer printed in quote marks
            sp = Span(whole.open_pos, whole.start, whole.end, whole.after, k, True, answer=True)
            sp.nested = list(whole.nested)
        elif lay.transcript:             # a quote read out in a turn: a quote of its own, its own speaker
            sp = Span(start, start, end, end, k, True, answer=True)
            rest.extend(mine)
        else:
            sp = Span(start, start, end, end, k, True, answer=True)
            sp.nested = [(s.open_pos, s.start, s.end, s.after) for s in mine if s.closed]
        rest.append(sp)
    rest.sort(key=lambda s: s.start)
    return rest


def interviewee(at, lay: Layout) -> Speaker | None:
    """Who answers: the label's person, else the one the intro names, else the article's player."""
    t = at.t
    role = bool(lay.label) and normalise(lay.label) in _ROLE_LABELS
    if role:
        sp = _role_label(at, lay, lay.label)            # "Guest:": the guest the intro names
        if sp is not None:
            return sp
    elif lay.label:
        sp = _by_label(t, lay.label)
        if sp is not None:
            return sp
    sp = _from_intro(at, lay.intro_end)
    if sp is not None:
        return sp
    main = t.main_player()
    if main is not None:
        sp = t.speaker_for_run(main)
        sp.kind = sp.kind or "player"
        return sp
    return Speaker(lay.label, None) if lay.label and not role else None


def answerer_of(at, lay: Layout, para: int, default: Speaker | None) -> Speaker | None:
    """Who gives the answer in paragraph `para`: the person its own label names ("A (Lindqvist):"),
    else the interviewee."""
    label = lay.by.get(para)
    if not label:
        return default
    sp = _by_label(at.t, label)
    return sp if sp is not None else default


def turn_speaker(at, lay: Layout, para: int) -> Speaker | None:
    """Who speaks an asker's turn of a transcript (`Layout.told`): the person its label names."""
    label = lay.told.get(para)
    if not label:
        return None
    if normalise(label) in _ROLE_LABELS:
        return _role_label(at, lay, label)
    return _by_label(at.t, label)


def _role_label(at, lay: Layout, label: str) -> Speaker | None:
    """The person a role label ("Host:", "Guest:") stands for, from the intro: the name after
    the host's title ("presenter Mark Aldous") for the host, the other person the intro names
    ("... is joined by reporter Hanna Lindqvist") for a guest. None when the intro does not say."""
    t = at.t
    if lay.intro_end <= 0:
        return None
    end = t.paras[lay.intro_end - 1][1]
    host, others = None, []
    for r in t.runs:
        if r.start >= end:
            break
        if t.is_outlet(r) or t.kind_of_run(r) == "club" or r.possessive or r.after_det or \
                (r.first == 0 or at.toks[r.first - 1].para != r.para) and r.last == r.first or \
                not t.person_like_loose(r):
            continue                           # not the show ("The Terrace Talk") nor a heading
        toks = at.toks
        before = toks[r.first - 1].lower if r.first > 0 else ""
        if toks[r.first].lower in _HOST_LABELS and r.last - r.first >= 2 and host is None:
            name = t.body[toks[r.first + 1].start:r.end]          # "Presenter Mark Aldous"
            host = Speaker(name, t.entity_by_name(name))
        elif (before in _HOST_LABELS or before == "by" and r.first > 1 and
              toks[r.first - 2].lower in _HOSTED) and host is None:
            host = t.speaker_for_run(r)                           # "hosted by Mark Aldous"
        elif len(others) < 3 and r.last > r.first:
            others.append(r)
    if normalise(label) in _HOST_LABELS:
        return host
    cued = [r for r in others if r.first > 0 and (at.toks[r.first - 1].lower in _GUEST_CUES or
                                                  at.lex.role(at.toks[r.first - 1].bare.lower()) is not None)]
    pick = cued[0] if len(cued) == 1 else others[0] if len(others) == 1 else None
    return t.speaker_for_run(pick) if pick is not None else None


def _by_label(t, label: str) -> Speaker | None:
    """The player or person a label names: initials ("AIT", "JT") or a name or part of it."""
    people = {}
    for m in t.mentions:
        e = t.entities.get(m.entity)
        if e is not None and e.kind in ("player", "person"):
            people[e.id] = e
    if label.isupper() and 1 < len(label) <= 4 and label.isalpha():
        hits = []
        for e in people.values():
            words = [w for w in re.split(r"[\s\-]+", e.name) if w]
            full = "".join(w[0] for w in words).upper()
            short = (words[0][0] + words[-1][0]).upper() if len(words) > 1 else ""
            if label in (full, short):
                hits.append(e)
        if len(hits) == 1:
            return Speaker(hits[0].name, hits[0].id, kind=hits[0].kind)
        # "LENA:", "IVAN:": a short first name in capitals, not initials, when the text prints it
        # as a name ("Lena in Harwick, go ahead")
        if hits or len(label) < 3 or re.search(r"\b" + re.escape(label.title()) + r"\b", t.body) is None:
            return None
    key = normalise(label)
    hits = [e for e in people.values() if any(normalise(n) == key or normalise(n).endswith(" " + key)
                                             or normalise(n).startswith(key + " ") for n in [e.name, *e.aliases] if n)]
    if len(hits) == 1:
        return Speaker(hits[0].name, hits[0].id, kind=hits[0].kind)
    ent = t.entity_by_name(label)
    shown = label.title() if label.isupper() and (len(label) > 4 or not hits) else label    # "DAN WHITCOMBE:"
    return Speaker(shown, ent) if not hits else None


def _subject(at, i: int, lo: int, here: Span) -> Speaker | None:
    """The person who did the talking of cue verb `i` ("X spoke to Y", "he sat down with Y"),
    when the sentence names one before the verb; None for "we"/"I" (the writer: then the object
    is the one interviewed) and when no subject precedes it."""
    ph = at.np_back(i - 1, lo)
    if ph is None or ph.first < lo:
        return None
    if ph.kind == "pronoun":
        return _he_of_intro(at, ph.first) if at.toks[ph.first].lower in ("he", "she") else None
    sp = at.resolve(ph, here)
    if sp is None or not sp.name or sp.anonymous or sp.kind == "club":
        return None
    return sp


_SUBJECT_LEAD = 6           # words a sentence's subject name may follow ("Kessel's sporting director X")


def _he_of_intro(at, i: int) -> Speaker | None:
    """The person an intro's "he"/"she" at token `i` means: the nearest earlier sentence subject
    that is a person's name ("Kessel's sporting director X rarely talks about Y. ... he sat down
    with Z": X, not Y). None when no sentence opens with one."""
    t, toks, lex = at.t, at.toks, at.lex
    for r in t.runs_before(toks[i].start):
        if r.para < toks[i].para - 1:
            return None
        if not t.person_like_loose(r) or t.kind_of_run(r) not in ("player", "person") or r.possessive:
            continue
        k = r.first - 1
        while k >= 0 and r.first - k <= _SUBJECT_LEAD and toks[k].para == r.para and \
                not is_sentence_end(toks, k):
            w = toks[k].lower
            if not toks[k].word or w in lex.speech or w in lex.prepositions:
                break
            k -= 1
        if k < 0 or toks[k].para != r.para or is_sentence_end(toks, k):
            return t.speaker_for_run(r)
    return None


def _from_intro(at, intro_end: int) -> Speaker | None:
    """"We spoke to X", "In an interview with X", "X sat down with us", "The 22-year-old, who ...,
    spoke to Radio Y": the one interviewed, named in the paragraphs before the first label."""
    t, toks, lex = at.t, at.toks, at.lex
    if intro_end <= 0:
        return None
    hi = t.tok_index(t.paras[intro_end - 1][1])
    lo_sent = 0
    for i in range(min(hi, 600)):
        tk = toks[i]
        if i == 0 or toks[i - 1].para != tk.para or is_sentence_end(toks, i - 1):
            lo_sent = i
        if tk.in_quote:
            continue
        w = tk.lower
        obj = None
        if w in _CUE_VERBS:
            j = i + 1
            while j < hi and toks[j].lower in _CUE_FILLER and j - i < 4:
                j += 1
            if j < hi and toks[j].lower in ("to", "with") and w not in ("met", "meets", "interviewed"):
                obj = j + 1
            elif w in ("met", "meets", "interviewed") and j < hi and toks[j].lower not in ("by", "with", "to"):
                obj = j
        elif w in _CUE_NOUNS and i + 1 < hi and toks[i + 1].lower == "with":
            obj = i + 2
        elif w in _FACE_VERBS:
            j = i + 1
            while j < hi and toks[j].lower in _PRESS_FILLER and j - i < 4:
                j += 1
            if j < hi and toks[j].lower in _PRESS_NOUNS and toks[j].para == tk.para:
                ph = at.np_back(i - 1, lo_sent)          # "coach X faced reporters": the subject
                if ph is not None and ph.kind == "name" and ph.first >= lo_sent:
                    here = Span(tk.start, tk.start, tk.start, tk.start, tk.para, True)
                    sp = at.resolve(ph, here)
                    if sp is not None and sp.name and not sp.anonymous and sp.kind != "club":
                        return sp
            continue
        if obj is None or obj >= hi or toks[obj].para != tk.para:
            continue
        here = Span(toks[i].start, toks[i].start, toks[i].start, toks[i].start, tk.para, True)
        subj = _subject(at, i, lo_sent, here) if w in _CUE_VERBS else None
        if subj is not None:
            return subj                # "he sat down with Radio X": the one who sat down
        ph = at.np_fwd(obj, min(hi, obj + 10)) if toks[obj].lower in ("the", "his", "her", "their") else None
        if ph is not None and ph.kind == "name" and ph.first > obj + 1 and not t.is_outlet(ph.run) and \
                t.kind_of_run(ph.run) in (None, "player", "person"):
            return t.speaker_for_run(ph.run)        # "we spoke to the 20-year-old's agent, X"
        if toks[obj].lower not in _US:
            # "we spoke to X", "we sat down with Kessel boss X", "... with the 22-year-old"
            ph = at.np_fwd(obj, min(hi, obj + 10))
            if ph is not None and ph.kind == "name" and not t.is_outlet(ph.run) and \
                    t.kind_of_run(ph.run) in (None, "player", "person"):
                return t.speaker_for_run(ph.run)
            if ph is not None and ph.kind == "desc":
                head = toks[ph.last].bare.lower()
                if lex.role(head) in ("player", "manager", "agent") or is_age(head):
                    sp = at.resolve(ph, here)
                    if sp is not None and sp.name and not sp.anonymous:
                        return sp
        ph = at.np_back(i - 1, lo_sent)                 # "X sat down with us": the subject
        if ph is not None and ph.kind != "pronoun" and ph.first >= lo_sent:
            sp = at.resolve(ph, here)
            if sp is not None and sp.name and not sp.anonymous and sp.kind != "club":
                return sp
    return None
