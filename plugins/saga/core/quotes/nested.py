"""Quotes inside quotes: words the speaker reports someone else saying.

"He came to me in May and said, 'Coach, I want to play in England'" is the manager's quote,
and inside it the player's. The inner quote is kept on its own, attributed to the person the
outer speaker reports ("he", "the boy", a name printed inside the quote), only when a speech
verb introduces it inside the outer quote and that person is someone other than the outer
speaker ("I told him: 'you can go'" stays the outer speaker's own words: no second quote).
"""
from __future__ import annotations

import bisect

from ..text import normalise
from .speakers import Speaker

_GAP = 4              # words allowed between the speech verb and the inner quote
_TIME_PHRASE = 8      # tokens of a time phrase between them ("told me after two days of training,")
_BACK = 24            # tokens read back from the inner quote, inside the outer one
_CARRY = 8            # quotations read back for the person a speaker talks about
_SELF = {"i", "we"}   # the outer speaker himself
_THIRD = {"he", "she"}
# verbs of a written message (a reply under a post, a letter): its "you" is the one written to
_WRITTEN = {"wrote", "writes", "write", "writing", "posted", "posts", "tweeted", "tweets", "replied",
            "commented", "comments", "messaged", "texted", "captioned"}
# determiners of someone hypothetical ("if a player says '...'", "any agent will tell you '...'")
_ANYONE = {"a", "an", "any", "every", "some", "another"}
_PASSIVE = {"was", "were", "been", "being", "is", "are", "am", "get", "got", "gets"}
# relatives: someone's own family, never another person who holds the same role (an agent)
_FAMILY = {"father", "mother", "dad", "mum", "mom", "brother", "sister", "uncle", "aunt", "grandfather",
           "grandmother", "grandad", "granddad", "grandma", "wife", "husband", "cousin"}


def nested_quotes(at, idx: int, outer: Speaker | None) -> list[tuple[int, int, Speaker]]:
    """(start, end, speaker) of each quote nested in quotation `idx` that someone other than
    its speaker said. `at` is the article's Attributor."""
    span = at.spans[idx]
    out = []
    for open_pos, start, end, after in span.nested:
        who = _before(at, span, open_pos)
        upto = _pronoun_at(at, open_pos, who[1]) if who is not None and who[0] == "pronoun" else open_pos
        who = who or _after(at, span, after)
        if who is None:
            continue
        sp = _speaker(at, idx, who, open_pos, outer, upto)
        if sp is None and who[0] == "pronoun" and who[1] == "they":
            sp = _their_club(at, idx, open_pos, start, end, outer)
        if sp is not None and not _same(sp, outer):
            out.append((start, end, sp))
    return out


def _before(at, span, open_pos: int):
    """The subject of the speech verb right before an inner quote: "he said to me was '...'"."""
    toks, lex = at.toks, at.lex
    hi = at.t.tok_index(open_pos)
    lo = hi
    while lo > 0 and hi - lo < _BACK:
        tk = toks[lo - 1]
        if tk.start < span.start or tk.para != span.para or tk.text in ".!?":
            break
        lo -= 1
    owner = _words_owner(at, lo, hi)
    if owner is not None:
        return owner
    v, gap = hi - 1, 0
    while v >= lo:
        tk = toks[v]
        if tk.word and tk.lower in lex.speech and tk.lower not in lex.statement_only:
            break
        if tk.word:
            gap += 1
            if tk.lower not in lex.nested_gap or gap > _GAP:
                v = _verb_before_time_phrase(at, lo, hi)
                break
        elif tk.text not in ",:\u2014\u2013-":
            return None
        v -= 1
    if v is None or v < lo or _passive(at, v, lo):
        return _colon_lead(at, lo, hi)
    return _subject_back(at, v - 1, lo)


_TO_ME = {"me", "my", "us", "our"}
# verbs before "to" and a speech verb that leave its subject theirs ("he used to tell us")
_TO_AUX = {"used", "wanted", "tried", "liked", "loved", "came", "went"}


def _replied_to_me(at, lo: int, c: int):
    """"X has replied to my messages: '...'", "X wrote back to me:": the speech verb's subject,
    the verb followed by "to me" / "to my <noun>" right before the colon."""
    toks, lex = at.toks, at.lex
    for v in range(c - 2, max(lo, c - 5) - 1, -1):
        if toks[v].lower == "to" and v + 1 < c and toks[v + 1].lower in _TO_ME and c - v <= 3:
            u = v - 1
            if u > lo and toks[u].lower == "back":
                u -= 1
            if u > lo and toks[u].lower in lex.speech:
                return _subject_back(at, u - 1, lo)
            return None
    return None


# what a colon lead-in with no verb names ("His words: '...'", "Kessel statement just now: '...'")
_LEAD_NOUNS = {"words", "word", "statement", "reply", "response", "reaction", "message", "verdict"}
_LEAD_SELF = {"himself", "herself"}
_LEAD_MAX = 8          # tokens of a short colon lead-in


def _colon_lead(at, lo: int, hi: int):
    """A short lead-in with no speech verb, ending in a colon right before the inner quote,
    inside a post or a reporter's note: "His words: '...'" (he), "Kessel statement: '...'" (the
    club), "Ortiz himself, after training: '...'" (Ortiz)."""
    toks = at.toks
    c = hi - 1
    while lo < c and toks[lo].text in "'\"\u2018\u2019\u201c\u201d":
        lo += 1                            # after a closing quote mark: "...' Ortiz himself:"
    if c <= lo or toks[c].text != ":":
        return None
    if c - lo > _LEAD_MAX:
        return _replied_to_me(at, lo, c)
    w = toks[lo].lower
    if w in _POSSESSIVE_PRONOUNS and lo + 1 < c and toks[lo + 1].bare.lower() in _LEAD_NOUNS:
        return ("pronoun", _POSSESSIVE_PRONOUNS[w])          # "His words:"
    k = lo                                 # the name: capitalised words opening the lead-in
    while k + 1 < c and k - lo < 4 and toks[k + 1].cap and toks[k + 1].word:
        k += 1
    if not (toks[lo].cap and toks[lo].word) or k + 1 >= c:
        return None
    nxt = toks[k + 1].lower
    if nxt in _LEAD_SELF:                                      # "Ortiz himself, after training:"
        m = _name_at(at, k)
        return ("speaker", m) if m is not None else None
    if nxt in _LEAD_NOUNS:
        m = at.t.mention_in(toks[lo].start, toks[k].end)
        e = at.t.entities.get(m.entity) if m is not None else None
        if e is not None:                                      # "Kessel statement just now:"
            return ("speaker", Speaker(e.name, e.id, kind=e.kind))
    return None
    nxt = toks[r.last + 1].lower
    if nxt in _LEAD_SELF:                                      # "Ortiz himself, after training:"
        m = _name_at(at, r.last)
        return ("speaker", m) if m is not None else None
    if nxt in _LEAD_NOUNS or toks[r.last].possessive and nxt in _LEAD_NOUNS:
        m = at.t.mention_in(toks[lo].start, toks[r.last].end)
        e = at.t.entities.get(m.entity) if m is not None else None
        if e is not None:                                      # "Kessel statement just now:"
            return ("speaker", Speaker(e.name, e.id, kind=e.kind))
    return None


# "his first words were, '...'", "her reply was: '...'": the words of the one who owns them
_WORDS_NOUNS = {"words", "word", "reply", "answer", "response", "reaction", "message", "question"}
_WORDS_ADJ = {"first", "last", "only", "exact", "very", "own", "immediate", "simple", "short", "final"}
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she"}


def _words_owner(at, lo: int, hi: int):
    """"his first words were, '...'": ("pronoun", "he") for his/her, ("speaker", X) for "X's"."""
    toks = at.toks
    k = hi - 1
    while k >= lo and not toks[k].word and toks[k].text in ",:\u2014\u2013-":
        k -= 1
    if k - 1 > lo and toks[k].lower == "quote" and toks[k - 1].lower == "i":
        k -= 2                    # "was, and I quote, '...'": the aside quotes the words after
        if toks[k].lower == "and":
            k -= 1
        while k >= lo and not toks[k].word and toks[k].text in ",:\u2014\u2013-":
            k -= 1
    if k < lo or toks[k].lower not in ("were", "was"):
        return None
    k -= 1
    if k >= lo and toks[k].bare.lower() not in _WORDS_NOUNS:
        # "the club's answer to my second letter was '...'": a short phrase after the noun
        j = next((j for j in range(k - 1, max(lo, k - 6) - 1, -1) if toks[j].lower in ("to", "of", "on")
                  and j > lo and toks[j - 1].bare.lower() in _WORDS_NOUNS), None)
        if j is not None and all(toks[x].word for x in range(j, k + 1)):
            k = j - 1
    if k < lo or toks[k].bare.lower() not in _WORDS_NOUNS:
        return None
    k -= 1
    while k >= lo and toks[k].lower in _WORDS_ADJ and hi - k < 8:
        k -= 1
    if k < lo:
        return None
    w = toks[k].lower
    if w in _POSSESSIVE_PRONOUNS:
        return ("pronoun", _POSSESSIVE_PRONOUNS[w])
    if toks[k].possessive:
        m = _name_at(at, k)
        if m is not None:
            return ("speaker", m)
        if toks[k].bare.lower() == "club" and k - 1 >= lo and toks[k - 1].lower == "the":
            # "the club's answer was '...'": the club of the quote's paragraph, else the story's
            sp = at._para_club(toks[k].para, toks[k].start) or _first_club(at)
            if sp is not None:
                return ("speaker", sp)
    return None


def _first_club(at) -> Speaker | None:
    """The first club the article names (its story's club)."""
    t = at.t
    for r in t.runs[:200]:
        if t.is_outlet(r) or t.kind_of_run(r) != "club":
            continue
        m = t.mention_of(r)
        e = t.entities.get(m.entity) if m is not None else None
        if e is not None and e.kind == "club":
            return Speaker(e.name, e.id, kind="club")
    return None


def _verb_before_time_phrase(at, lo: int, hi: int) -> int | None:
    """"Pat told me after the second match, '...'": the speech verb before a time phrase that a
    comma closes right before the inner quote. The verb's listener ("me", "us") may come first."""
    toks, lex = at.toks, at.lex
    c = hi - 1
    if c < lo or toks[c].text not in ",:":
        return None
    opener = None
    for v in range(c - 1, max(lo, c - 1 - _TIME_PHRASE) - 1, -1):
        tk = toks[v]
        if not tk.word and tk.text not in "-\u2010\u2011":
            return None
        if tk.lower in lex.speech and tk.lower not in lex.statement_only:
            k = v + 1
            while k < c and toks[k].lower in lex.nested_gap and k - v <= 2 and toks[k].lower not in lex.nested_adverbial:
                k += 1
            return v if opener is not None and k == opener else None
        if tk.lower in lex.nested_adverbial:
            opener = v
    return None


def _passive(at, v: int, lo: int) -> bool:
    """"My son was told: '...'": the subject heard the words, somebody else said them."""
    toks = at.toks
    return toks[v].lower in at.lex.listener and v - 1 >= lo and toks[v - 1].lower in _PASSIVE


def _subject_back(at, j: int, lo: int):
    """("pronoun", word) | ("speaker", Speaker) | ("desc", head) for the words ending at token `j`."""
    toks, lex = at.toks, at.lex
    while j >= lo and toks[j].lower in lex.skip_between and toks[j].lower not in lex.pronouns:
        j -= 1
    if j >= lo and toks[j].lower in _TO_AUX and j + 1 < len(toks) and toks[j + 1].lower == "to":
        j -= 1                                   # "He used to tell us, '...'": the subject of "used"
        while j >= lo and toks[j].lower in lex.skip_between and toks[j].lower not in lex.pronouns:
            j -= 1
    if j < lo:
        return None
    if toks[j].text == "," and j - 1 >= lo and toks[j - 1].cap and toks[j - 1].word:
        m = _name_at(at, j - 1)                  # "The president there, Mr X, told me: '...'"
        if m is not None:
            return ("speaker", m)
    t = toks[j]
    if t.lower in lex.pronouns or t.lower == "you":
        return ("pronoun", t.lower)
    m = _name_at(at, j)
    if m is not None:
        return ("speaker", m)
    if t.lower in ("and", "but", "then"):
        # "When I told him, he looked at me and said": the subject of the verb's own clause, after
        # the last comma, before the sentence's first one
        c = next((k for k in range(j - 1, lo - 1, -1) if toks[k].text == ","), None)
        starts = (c + 1, lo) if c is not None and c + 1 < j else (lo,)
        for first in starts:
            got = _clause_subject(at, first, j)
            if got is not False:
                return got
        return None
    if t.word and j - 1 >= lo and toks[j - 1].lower in lex.determiners and toks[j - 1].lower not in _ANYONE:
        return ("desc", t.bare.lower())          # "the boy said to me"
    if t.word and not t.cap and j - 1 >= lo and toks[j - 1].possessive and toks[j - 1].cap and \
            lex.role(t.bare.lower()) in ("manager", "agent"):
        return ("desc", t.bare.lower())          # "Yanis's agent told me": the agent the article names
    return None


def _clause_subject(at, lo: int, j: int):
    """The subject a clause [lo, j) opens with (a _subject_back answer or None), or False when
    the clause names none."""
    toks, lex = at.toks, at.lex
    for k in range(lo, j):                   # "He came to me and said": the clause subject
        if toks[k].lower in lex.pronouns:
            return ("pronoun", toks[k].lower)
        m = _name_at(at, k)
        if m is not None:
            return ("speaker", m)
        if toks[k].lower in _ANYONE:             # "if a player comes to you and says": nobody
            return None
        if toks[k].lower in lex.determiners:     # "The coach called me and said"
            for h in range(k + 1, min(k + 4, j)):
                w = toks[h].bare.lower()
                if lex.role(w) or w in lex.third_party:
                    return ("desc", w)
            return None
    return False


def _after(at, span, after: int):
    """A tag after the inner quote, inside the outer one: "'...,' he told me" / "said the boy"."""
    toks, lex = at.toks, at.lex
    i = at.t.tok_index(after)
    while i < len(toks) and toks[i].text in ",\u2014\u2013-" and toks[i].start < span.end:
        i += 1
    if i >= len(toks) or toks[i].start >= span.end or toks[i].para != span.para:
        return None
    ws = [k for k in range(i, min(i + 4, len(toks))) if toks[k].start < span.end]
    if not ws:
        return None
    t = toks[ws[0]]
    if t.lower in lex.speech and len(ws) > 1:              # "said the boy" / "said he"
        k = ws[1]
        if toks[k].lower in lex.pronouns:
            return ("pronoun", toks[k].lower)
        m = _name_at(at, k)
        if m is not None:
            return ("speaker", m)
        if toks[k].lower in lex.determiners and len(ws) > 2 and toks[ws[2]].word:
            return ("desc", toks[ws[2]].bare.lower())
        return None
    k = ws[0]
    subj = None
    if t.lower in lex.pronouns:
        subj = ("pronoun", t.lower)
    else:
        m = _name_at(at, k)
        if m is not None:
            subj = ("speaker", m)
            while k + 1 < len(toks) and toks[k + 1].start < span.end and toks[k + 1].cap and toks[k + 1].word:
                k += 1                               # the rest of the name
    if subj is None:
        return None
    k += 1
    while k < len(toks) and toks[k].start < span.end and toks[k].lower in lex.skip_between and \
            toks[k].lower not in lex.pronouns:
        k += 1
    if k < len(toks) and toks[k].start < span.end and toks[k].lower in lex.speech and \
            toks[k].lower not in lex.statement_only and not _passive(at, k, i):
        return subj
    return None


def _name_at(at, i: int) -> Speaker | None:
    """The player or person a capitalised word inside a quotation names: its mention's entity,
    else a name printed in the prose that starts or ends with the word ("Kofi" for "Kofi Mensah")."""
    t = at.toks[i]
    if not t.cap or not t.word or t.bare.lower() in at.lex.not_names or at.lex.role(t.bare.lower()):
        return None
    m = at.t.mention_in(t.start, t.end)
    if m is not None:
        e = at.t.entities.get(m.entity)
        return Speaker(e.name, e.id, kind=e.kind) if e is not None and e.kind in ("player", "person") else None
    word = normalise(t.bare)
    index = at.t.__dict__.get("_name_words")
    if index is None:                    # first and last words of the prose's names, built once
        index = {}
        for r in at.t.runs:
            if r.last - r.first < 4:
                for k in (r.first, r.last):
                    index.setdefault(normalise(at.toks[k].bare), []).append(r)
        at.t.__dict__["_name_words"] = index
    cands = [r for r in index.get(word, [])[:50] if r.last > r.first and at.t.kind_of_run(r) != "club"
             and not at.t.is_outlet(r)]
    if not cands:
        return _titled_surname(at, i)
    return _from_runs(at, t, cands)


# titles printed before a surname ("Mr Kowalczyk told me"): the word after one names a person
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "herr", "frau", "señor", "senor", "senhor",
               "signor", "monsieur", "madame", "pan", "pani"}


def _titled_surname(at, i: int) -> Speaker | None:
    """A surname after a courtesy title that the article prints nowhere in full ("The president
    there, Mr Kowalczyk, told me: '...'"): that person, by the surname."""
    toks = at.toks
    k = i - 1
    if k >= 0 and toks[k].text == "." and k > 0:
        k -= 1                                       # "Mr. Kowalczyk"
    if k < 0 or toks[k].para != toks[i].para or toks[k].lower not in _HONORIFICS:
        return None
    if i + 1 < len(toks) and toks[i + 1].para == toks[i].para and toks[i + 1].cap and toks[i + 1].word:
        return None                                  # "Mr Jan Kowalczyk": a full name, found elsewhere
    name = toks[i].bare
    ent = at.t.entity_by_name(name)
    e = at.t.entities.get(ent) if ent else None
    if e is not None and e.kind == "club":
        return None
    return Speaker(e.name if e is not None else name, ent, kind=e.kind if e is not None else "person")


def _from_runs(at, t, cands) -> Speaker | None:
    before = [r for r in cands if r.start < t.start]
    sp = at.t.speaker_for_run(before[-1] if before else cands[0])
    if sp.kind is None and sp.entity in at.t.entities:
        sp.kind = at.t.entities[sp.entity].kind
    return sp


def _pronoun_at(at, open_pos: int, word: str) -> int:
    """Where the pronoun subject of the speech verb before an inner quote stands ("He called X into
    his office and said, '...'"): a person named after it, in its own clause, is not who it means."""
    toks = at.toks
    hi = at.t.tok_index(open_pos)
    for k in range(hi - 1, max(-1, hi - 1 - _BACK), -1):
        if toks[k].lower == word:
            return toks[k].start
        if toks[k].text in ".!?":
            break
    return open_pos


def _speaker(at, idx: int, who, open_pos: int, outer: Speaker | None, upto: int | None = None) -> Speaker | None:
    kind, val = who
    if kind == "speaker":
        return val
    if kind == "pronoun":
        if val == "you":
            return _addressee(at, idx, outer)
        if val in _SELF or val not in _THIRD:
            return None                          # the outer speaker's own words, or "they"/"you"
        sp = _role_antecedent(at, idx, upto if upto is not None else open_pos, outer)
        if sp is not None:
            return sp
        return _third_party(at, idx, upto if upto is not None else open_pos, outer)
    if kind == "desc" and (val in at.lex.third_party or at.lex.role(val) == "player"):
        return _third_party(at, idx, open_pos, outer)
    if kind == "desc" and val in _FAMILY:
        # "my father said to me, '...'": the father the article names as such, not any agent
        return _with_word(at, val, open_pos)
    if kind == "desc" and at.lex.role(val) in ("manager", "agent"):
        # "the gaffer rang and said: '...'": the one the article names with that job
        sp = _with_word(at, val, open_pos) or _with_role(at, at.lex.role(val), open_pos)
        return None if sp is not None and _rival_official(at, sp, outer, val, open_pos) else sp
    return None


def _role_antecedent(at, idx: int, pos: int, outer: Speaker | None) -> Speaker | None:
    """"When I told the president, he looked at me and said, '...'": the "he" of a sentence that
    first names a job ("the president", "my agent") is the person the article names with it."""
    toks = at.toks
    span = at.spans[idx]
    k = at.t.tok_index(pos) - 1
    n = 0
    while k > 0 and n < 12 and toks[k].start >= span.start and toks[k].text not in ".!?;":
        w = toks[k].bare.lower()
        if toks[k].word and not toks[k].cap and toks[k - 1].lower in ("the", "my", "our") and \
                at.lex.role(w) in ("manager", "agent"):
            sp = _with_word(at, w, pos)
            return None if sp is None or _rival_official(at, sp, outer, w, pos) else sp
        k -= 1
        n += 1
    return None


def _addressee(at, idx: int, outer: Speaker | None) -> Speaker | None:
    """"When you told me 'one more season' ...," X wrote under the post: in a written message
    to the story's player (a reply, a post, a letter), "you" is that player. Spoken words ("as
    you told me") are left alone: "you" there may be the reporter."""
    toks = at.toks
    lo, hi = at._pre(idx)
    plo, phi = at._post(idx)
    if not any(toks[k].lower in _WRITTEN for k in (*range(lo, hi), *range(plo, phi))):
        return None
    main = at.t.main_player()
    if main is None:
        return None
    sp = at.t.speaker_for_run(main)
    if sp.kind is None:
        sp.kind = "player"
    return None if _same(sp, outer) else sp


def _with_word(at, word: str, pos: int) -> Speaker | None:
    """"the coach told me: '...'": the person the article names with that very job word ("head
    coach Ana Ruiz"), nearest before the quote, else the first after it in the next paragraphs
    (not the sporting director named earlier)."""
    toks, t = at.toks, at.t

    def fits(r) -> bool:
        k = r.first - 1
        if k > 0 and toks[k].text == "," and toks[k - 1].para == r.para:
            k -= 1                           # "The president, X," / "The president in question, X,"
            if toks[k].lower == "question" and k >= 2 and toks[k - 1].lower == "in":
                k -= 2
        return k >= 0 and toks[k].bare.lower() == word and t.person_like_loose(r) and \
            not t.is_outlet(r) and t.kind_of_run(r) != "club"

    r = _with_word_run(at, fits, pos)
    return t.speaker_for_run(r) if r is not None else None


def _with_word_run(at, fits, pos: int):
    toks, t = at.toks, at.t
    for r in t.runs_before(pos):
        if fits(r):
            return r
    i = bisect.bisect_left(t.run_starts, pos)
    para = toks[t.tok_index(pos)].para if t.tok_index(pos) < len(toks) else 0
    n = 0
    while i < len(t.runs) and n < 60 and t.runs[i].para <= para + 2:
        r = t.runs[i]
        i += 1
        n += 1
        if not toks[r.first].in_quote and fits(r):
            return r
    return None


_CLUB_VOICE = {"we", "our", "us", "ours"}
_CLUB_BACK = 40       # mentions read back for the club "they" means


def _their_club(at, idx: int, open_pos: int, start: int, end: int, outer: Speaker | None) -> Speaker | None:
    """"Nobody at X told us. They said, 'We need him back,'": "they" who speak as "we" are a
    club, the nearest one named before (in the quotes too) that is not the outer speaker's own
    ("Y coach Z": not Y), in this paragraph or the one before."""
    toks, t = at.toks, at.t
    i, n = t.tok_index(start), 0
    while i < len(toks) and toks[i].start < end and n < 60 and toks[i].lower not in _CLUB_VOICE:
        i += 1
        n += 1
    if i >= len(toks) or toks[i].start >= end or n >= 60:
        return None                          # "they told me 'he can go'": not a club's voice
    para = at.spans[idx].para
    floor = t.paras[max(0, para - 1)][0]
    own = set()
    if outer is not None and outer.entity:
        for r in t.runs:
            m = t.mention_of(r)
            if m is not None and m.entity == outer.entity:
                e = _employer(at, r)
                if e is not None:
                    own.add(e)
                    break
    k = bisect.bisect_left(t.mention_starts, open_pos) - 1
    seen = 0
    while k >= 0 and seen < _CLUB_BACK and t.mentions[k].start >= floor:
        m = t.mentions[k]
        k -= 1
        seen += 1
        e = t.entities.get(m.entity)
        if e is None or e.kind != "club" or m.end > open_pos:
            continue
        if m.entity in own:
            continue
        return Speaker(e.name, e.id, kind="club")
    return None


def _employer(at, r) -> str | None:
    """The club printed before a person's job word ("Hassania coach X", "FAR sporting director
    Y"): that club's entity, else None."""
    toks, t = at.toks, at.t
    k = r.first - 1
    n = 0
    while k >= 0 and toks[k].para == r.para and n < 3 and toks[k].word and not toks[k].cap:
        k -= 1                                   # the job words ("sporting director")
        n += 1
    if n == 0 or k < 0 or toks[k].para != r.para:
        return None
    q = t.run_of.get(k)
    if q is None or q.last != k or t.kind_of_run(q) != "club":
        return None
    m = t.mention_of(q)
    return m.entity if m is not None else t.norm(q)


def _rival_official(at, sp: Speaker, outer: Speaker | None, word: str, open_pos: int) -> bool:
    """"Our coach told me, '...'" in one club's official's mouth: the coach of his own club, not
    the one the article names at another club."""
    if outer is None or sp.entity is None or outer.entity is None:
        return False
    toks, t = at.toks, at.t
    hi = t.tok_index(open_pos)
    k = next((k for k in range(hi - 1, max(-1, hi - 1 - _BACK), -1) if toks[k].bare.lower() == word), None)
    if k is None or k == 0 or toks[k - 1].lower != "our":
        return False
    mine = theirs = None
    for r in t.runs:
        m = t.mention_of(r)
        if m is None or toks[r.first].in_quote:
            continue
        if m.entity == sp.entity and theirs is None:
            theirs = _employer(at, r)
        elif m.entity == outer.entity and mine is None:
            mine = _employer(at, r)
        if mine is not None and theirs is not None:
            break
    return mine is not None and theirs is not None and mine != theirs


def _with_role(at, cls: str, pos: int) -> Speaker | None:
    """The person the article names with this role ("Kessel boss Ruud Brandt"), nearest first."""
    toks = at.toks
    for r in at.t.runs_before(pos):
        if (at._role_before(r) == cls or                  # "Their manager, Ruud Brandt, rang me"
            r.first >= 2 and toks[r.first - 1].text == "," and toks[r.first - 2].para == r.para and
                at.lex.role(toks[r.first - 2].bare.lower()) == cls) and at.t.person_like_loose(r):
            return at.t.speaker_for_run(r)
    return None


def _third_party(at, idx: int, open_pos: int, outer: Speaker | None) -> Speaker | None:
    """Who "he" is in a speaker's own words: the last person he named in his quotes of this
    paragraph (or of the quote's earlier paragraphs), else the player the article is about."""
    t = at.t
    span = at.spans[idx]
    ps = t.paras[span.para][0]
    first_para = span.para
    k = idx
    while k > 0 and idx - k < _CARRY and at.spans[k].continued and at.spans[k - 1].para == at.spans[k].para - 1:
        k -= 1                                   # a quote running over paragraphs: read them all
        first_para = at.spans[k].para
    lo = t.paras[first_para][0] if first_para < span.para else ps
    j = k
    while j > 0 and k - j < _CARRY and at.spans[j - 1].para >= first_para:
        j -= 1                                   # earlier quotations of the same paragraph
    quoted = [(at.spans[x].start, at.spans[x].end) for x in range(j, idx + 1)]
    best = None
    i = bisect.bisect_left(t.mention_starts, lo)
    seen = 0
    while i < len(t.mentions) and t.mentions[i].start < open_pos and seen < 400:
        m = t.mentions[i]
        i += 1
        seen += 1
        if not any(a <= m.start and m.end <= b for a, b in quoted):
            continue
        e = t.entities.get(m.entity)
        if e is None or e.kind not in ("player", "person"):
            continue
        sp = Speaker(e.name, e.id, kind=e.kind)
        if not _same(sp, outer):
            best = sp
    if best is not None:
        return best
    main = t.main_player()
    if main is not None:
        sp = t.speaker_for_run(main)
        if sp.kind is None:
            sp.kind = "player"
        if not _same(sp, outer):
            return sp
    return _prose_person(at, first_para, outer)


def _prose_person(at, para: int, outer: Speaker | None) -> Speaker | None:
    """The player himself reports "he told me": the person the prose just before his quote
    names with a role ("Their coach Ana Ruiz phoned the defender."), in the one or two
    paragraphs before it."""
    t = at.t
    if para <= 0:
        return None
    for p in (para - 1, para - 2):
        if p < 0:
            break
        for r in t.runs_before(t.paras[p][1], p):
            if at._role_before(r) in ("manager", "agent") and t.person_like_loose(r) and \
                    not t.is_outlet(r) and t.kind_of_run(r) != "club":
                sp = t.speaker_for_run(r)
                if not _same(sp, outer):
                    if sp.kind is None and sp.entity in t.entities:
                        sp.kind = t.entities[sp.entity].kind
                    return sp
    return None


def _same(sp: Speaker | None, outer: Speaker | None) -> bool:
    if sp is None or outer is None:
        return False
    if sp.entity and outer.entity:
        return sp.entity == outer.entity
    a, b = normalise(sp.name or "").split(), normalise(outer.name or "").split()
    return bool(a and b and a[-1] == b[-1])
