"""Does a clause look back or forward? Decides "on Tuesday" (last one) vs "will ... on Tuesday".

News copy is past tense by default; a modal, a future auxiliary, "set to"/"due to", or a
present-tense fixture verb ("Palace host Wolves on Saturday") turns it forward. The nearest cue
to the left of the expression wins; with none, the words after it decide; else unknown.
"""
from __future__ import annotations

import re

from .lexicon import lexicon

# letters with Latin accents too: "Eyüpspor" is one word, not "ey" + "pspor" (which would push the
# clause's own tense cue out of the words read)
_WORD = re.compile(r"[A-Za-z'\u00c0-\u024f]+(?:-[A-Za-z'\u00c0-\u024f]+)*")   # Latin letters with accents


def _words(text: str) -> list[str]:
    """Lower-case words; a hyphenated word splits into its parts unless it is one of the
    lexicon's compound nouns ("the play-offs" holds no "play", "the run-in" no "run")."""
    compounds = lexicon().compound_nouns
    out: list[str] = []
    for m in _WORD.finditer(text):
        w = m.group()
        if out and (w in CAPITAL_NAMES or (w[:1].isupper() and "ed" in w and _mid_clause(text, m.start()))):
            # "travel to Port Said on Wednesday", "at the Stade Mohamed-Hamlaoui on February 6":
            # a capitalised "-ed" word inside a clause is a name, no verb
            parts = w.split("-")
            names = [p in CAPITAL_NAMES or (p[:1].isupper() and p.endswith("ed")) for p in parts]
            if any(names):
                out += ["" if n else p.lower() for p, n in zip(parts, names)]
                continue
        w = w.lower()
        if "-" in w and w not in compounds:
            out += w.split("-")
        else:
            out.append(w)
    return out


def _mid_clause(text: str, pos: int) -> bool:
    """Is the word at `pos` inside a clause (after a word or comma), not at a sentence's or a
    quote's start?"""
    j = pos - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    return j >= 0 and j < pos - 1 and (text[j].isalnum() or text[j] in ",-")


# "with the window closing on Monday", "the market shutting at midnight": a window's own gerund
# (not "in the closing minutes on Saturday": only after the window itself)
WINDOW_GERUNDS = frozenset({"closing", "shutting", "opening", "reopening"})
WINDOW_SUBJECTS = frozenset({"window", "windows", "market", "deadline"})
CONTRACT_GERUNDS = frozenset({"running", "expiring", "ending"})
CONTRACT_SUBJECTS = frozenset({"contract", "contracts", "deal", "loan", "terms", "agreement"})
# past-tense words that, capitalised inside a sentence, are names ("Port Said", "Ahmed Said")
CAPITAL_NAMES = frozenset({"Said"})


PRESENT_BE = frozenset({"be", "being", "is", "are", "am", "get", "gets", "getting"})
PASSIVE_BE = frozenset({"be", "being", "been", "get", "gets", "getting", "got"})
# "shortly before midday", "just before noon": a time of day told roughly, not a limit
APPROXIMATE = frozenset({"shortly", "just", "soon", "moments", "minutes", "right", "immediately"})
CLOCK_WORDS = frozenset({"on", "at", "am", "pm", "midnight", "noon", "midday", "gmt", "bst", "cet", "uk", "time",
                         "local", "o'clock"})
LEFT_WORDS = 20
# an "-ed" word right after these is an adjective or a participle, not a finite past verb:
# "an improved bid", "their agreed fee", "have him registered" (object pronouns, never subjects)
# ("that"/"which" may be relative pronouns: "the pre-season that started on Monday")
NOT_FINITE_BEFORE = frozenset({"a", "an", "the", "his", "their", "its", "our", "my", "your",
                               "him", "her", "them", "us", "me"})
FIXTURE_NOUNS = frozenset({"game", "match", "fixture", "tie", "derby", "final", "clash"})
_CLAUSE_BREAK = re.compile(r"[,;:]\s")
RIGHT_WORDS = 6
# "a deal until June 2030 on Thursday", "until 2028 on Monday": the preposition has a date of its own
_OWN_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


# future words that after an article and before "of" are nouns ("the start of", "the run of")
SCHEDULE_NOUNS = frozenset({"start", "return", "visit", "run", "kick", "open", "plan", "drop", "close",
                            "travel", "play", "meet", "resume", "want", "hope", "aim"})


# a present-tense phrasal verb of a squad's timetable (like "return", "travel" in future_words);
# "report" alone is the press reporting ("Italian media report that ...")
SCHEDULE_PHRASAL = {"report": "back", "reports": "back", "fly": "out", "flies": "out"}


# "Nation Sport can reveal", "The Athletic can confirm": the reporter's attribution, told in the
# present, dates nothing (a modal only by form)
REPORTER_MODALS = frozenset({"can", "could"})
REPORTER_REVEALS = frozenset({"reveal", "confirm", "disclose", "exclusively", "report", "now"})
SHUT_OBJECTS = frozenset({"it", "them", "him", "her", "down", "the", "that", "this", "talk", "talks", "door"})


def _cue(words: list[str], i: int) -> str | None:
    """'past', 'future' or None for the word at `i` (lower case), looking at its neighbour."""
    lx = lexicon()
    w = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if w in lx.future_before_to and nxt == "to":
        # "had been expected to complete the move on Thursday": a plan told from after its time
        # (it fell through): the time is past ("was due to expire in June" may be a reported
        # state still in force: no past)
        if _told_after(words, i):
            return "past"
        return "future"
    if w in lx.wish_past and nxt != "to" and not (
            w in lx.future_after_be and i > 0 and (words[i - 1] in PRESENT_BE or words[i - 1] in ("was", "were")
                                                   or words[i - 1].endswith(("'s", "'re")))):
        # ("a meeting is planned for Friday": a passive schedule, as "is scheduled for", below)
        # "I said last week that I wanted him here in August": the past tense dates the wanting
        # (a reported "I want him here in August", shifted back); the time wanted comes after it,
        # which may be before or after the article: no direction, the nearest such time
        return "open"
    if w in lx.future_after_be:            # "is expected in Edinburgh", "is set for a medical"
        prev = words[i - 1] if i > 0 else ""
        if prev in ("was", "were"):
            return "past"
        if prev in PRESENT_BE or prev.endswith(("'s", "'re")):
            return "future"
    if w.endswith("'ll") or w in ("won't", "wo", "shan't"):
        return "future"
    if w.endswith("'d") and len(w) > 2 and nxt:
        # "we'd need a replacement by Monday" is "would"; "he'd signed on Monday" is "had"
        if nxt == "been" or _participle(nxt, lx):
            return "past"
        return "future" if nxt.isalpha() and nxt not in ("not", "never", "already") else None
    if w == "out" and nxt == "of" and words[i + 2:i + 3] == ["contract"] and i > 0 and (
            words[i - 1] in ("is", "are") or words[i - 1].endswith(("'s", "'re"))):
        return "future"                    # "is out of contract in the summer": when it runs out
    if w in CONTRACT_GERUNDS and i >= len(words) - 3 and (w != "running" or nxt in ("out", "down")) and \
            any(x in CONTRACT_SUBJECTS for x in words[max(0, i - 6):i]):
        return "future"                    # "with his contract running out on December 31": an end to come
    if w in WINDOW_GERUNDS and i > 0 and words[i - 1] in WINDOW_SUBJECTS:
        return "future"                    # "with the window closing on Monday": a close to come
    if w in SCHEDULE_PHRASAL and nxt == SCHEDULE_PHRASAL[w]:
        return "future"                    # "the players report back for training on Thursday"
    if w in REPORTER_MODALS and nxt in REPORTER_REVEALS:
        return None                        # "..., Sky Sports can reveal": the reporter's present, no tense
    if w == "shut" and nxt in SHUT_OBJECTS:
        # "the coach shut it down after training on Thursday", "shut the door on a move": a verb
        # with its object, told in the past (the present would be "shuts"; a modal before it decides)
        prev = words[i - 1] if i > 0 else ""
        return None if prev in lx.future_words or prev in ("to", "not", "never") or prev.endswith("'ll") else "past"
    if w in lx.future_words:
        prev = words[i - 1] if i > 0 else ""
        if prev in ("was", "were", "wasn't", "weren't") and w not in ("will", "shall", "would", "could",
                                                                        "might", "should", "must", "can", "may"):
            # "was open about his interest after a friendly on Saturday", "were ahead at half-time
            # on Sunday", "the race was run on Saturday": an adjective or participle after a past
            # "be", whose tense is the clause's
            return "past"
        if prev in ("the", "a", "an") and nxt == "of" and w in SCHEDULE_NOUNS:
            return None                    # "since the start of pre-season": a noun, no tense
        if prev == "to" and i > 1 and words[i - 2] in lx.future_before_to:
            return _cue(words, i - 2)      # "had been expected to sign on Thursday": the plan's tense
        if prev in ("didn't", "didnt") or (prev in ("not", "never") and i > 1 and words[i - 2] == "did"):
            return "past"                  # "did not travel", "didn't play": a base verb after "did"
        return "future"
    if w in lx.future_adjectives:          # "is due in London", but "was due in London"
        prev = words[i - 1] if i > 0 else ""
        return "past" if prev in ("was", "were") else "future"
    if w == "last" and i > 0 and words[i - 1] in NOT_FINITE_BEFORE and nxt not in ("week", "month", "year", "season"):
        return None                        # "the last friendly of pre-season": the final one, no past
    if w in lx.past_words:
        # "are thought to prefer", "is said to want": a present passive report, no past tense
        if w not in ("was", "were", "had", "did", "been") and i > 0 and words[i - 1] in ("is", "are", "am"):
            return None
        # "would be paid in July", "will be sold in the summer", "has been paid": a passive
        # participle after "be" has no tense of its own; the auxiliary before it decides
        if w not in ("was", "were", "had", "did", "been") and i > 0 and words[i - 1] in PASSIVE_BE:
            return None
        return "past"
    if (w in IRREGULAR_PARTICIPLES and w not in ("run", "come", "become") and i > 0
            and (words[i - 1] in ("have", "has") or words[i - 1].endswith("'ve"))
            and not (i > 1 and words[i - 2] in lx.future_words)):
        # "we have spoken to them twice, on Monday": an irregular present perfect, done by now
        # (a modal's "will have spoken" is left to the modal)
        return "past"
    if w in ("have", "has") and any(x in FIXTURE_NOUNS for x in words[i + 1:i + 4]):
        return "future"       # "we have a big game on Sunday": a fixture someone has is to come
    if len(w) > 4 and w.endswith("ed") and w not in lx.not_past_ed and not w.endswith("'ed"):
        # a passive after "be"/"is" ("could be unveiled on Friday") is no past tense; nor is a
        # participle after a determiner ("an improved bid") or an object ("have him registered")
        prev = words[i - 1] if i > 0 else ""
        if prev in PRESENT_BE or prev in NOT_FINITE_BEFORE or _object_complement(words, i) \
                or _habitual_passive(words, i):
            return None
        return "past"
    if w.endswith("n't") and w[:-3] in ("wasn", "weren", "hadn", "didn"):
        return "past"
    return None


# "want the paperwork completed by ...", "need the deal finalised": a wish with an object whose
# state is wished for; the participle after the object is no finite past verb
# ("wanted the move settled before ...": a wish told in the past is still a wish, no done deed)
COMPLEMENT_VERBS = frozenset({"want", "wants", "wanted", "wanting", "need", "needs", "needed", "get", "gets",
                              "getting"})
# (only participles of getting a thing done: "who want the midfielder, agreed a fee" is a finite past)
COMPLEMENT_PARTICIPLES = frozenset({"completed", "finalised", "finalized", "sorted", "concluded", "settled",
                                    "registered", "processed", "approved", "ratified", "wrapped", "tied",
                                    "sealed", "rubber-stamped", "stamped", "tidied", "resolved"})
OBJECT_DETERMINERS = frozenset({"the", "a", "his", "her", "their", "its", "our", "my", "your", "this", "that"})
# "wants it settled", "need everything finalised": a pronoun object with no noun after it
OBJECT_PRONOUNS = frozenset({"it", "him", "her", "them", "this", "that", "everything", "things"})
# "deals are often agreed and announced in December": a present passive of a habit, no past
FREQUENCY_ADVERBS = frozenset({"often", "usually", "normally", "typically", "generally", "always",
                               "sometimes", "rarely", "seldom", "traditionally", "commonly", "routinely",
                               "frequently", "regularly", "mostly", "increasingly"})


def _object_complement(words: list[str], i: int) -> bool:
    """Is the "-ed" word at `i` the state wished for an object: "want the paperwork completed",
    "need their loan deal finalised", "wants it settled"? (a determiner and one or two nouns, or
    an object pronoun, after the wish verb)"""
    if words[i] not in COMPLEMENT_PARTICIPLES:
        return False
    if i >= 2 and words[i - 1] in OBJECT_PRONOUNS and words[i - 2] in COMPLEMENT_VERBS:
        return True
    for n in (1, 2):
        j = i - n - 1                    # the determiner
        if j >= 1 and words[j] in OBJECT_DETERMINERS and words[j - 1] in COMPLEMENT_VERBS:
            return all(not x.endswith("ed") and x not in OBJECT_DETERMINERS for x in words[j + 1:i])
    # "hoping to have the former under-21 international registered in time for ...": a state
    # wished for with "to have" (infinitive or modal) and a longer noun phrase as its object
    for j in range(i - 2, max(1, i - 7), -1):
        if words[j] in OBJECT_DETERMINERS:
            return (words[j - 1] == "have" and words[j - 2] in HAVE_OBJECT_LEADS
                    and all(not x.endswith("ed") and x not in OBJECT_DETERMINERS for x in words[j + 1:i]))
    return False


HAVE_OBJECT_LEADS = frozenset({"to", "will", "would", "could", "should", "must", "can", "might"})


def _habitual_passive(words: list[str], i: int) -> bool:
    """Is the "-ed" word at `i` a present passive of a habit: "are often agreed", "are usually
    agreed and announced"? (be + a frequency adverb, then one or two coordinated participles)"""
    j = i - 1
    if j >= 2 and words[j] in ("and", "or") and words[j - 1].endswith("ed"):
        j -= 2
    return j >= 1 and words[j] in FREQUENCY_ADVERBS and words[j - 1] in PRESENT_BE


def _own_object(before: str, left: list[str], i: int, near: int, months) -> bool:
    """Does the forward preposition `left[i]` govern a date of its own, a month or a year
    between it and the expression ("until June 2030 on Thursday")?"""
    if any(w in months for w in left[i + 1:near]):
        return True
    k = before.lower().rfind(left[i])
    return k >= 0 and bool(_OWN_YEAR.search(before, k))


# words that may open a clause before a fronted time preposition ("and by Saturday night ...")
CLAUSE_OPENERS = frozenset({"and", "but", "so", "yet", "then", "while", "though", "although", "only"})
# the prepositions of a limit that can look back ("by Saturday the deal was off"); not "before"
# or "ahead of", which open previews in the reporter's past ("Ahead of Saturday's game, he said")
FRONTED_LIMITS = frozenset({"by", "until", "till"})
# a reporting verb after the expression is the reporter's, not the clause's: "By Friday, he
# said, it will be done"
REPORTING = frozenset({"said", "told", "added", "insisted", "claimed", "explained", "admitted",
                       "revealed", "confirmed", "stressed", "warned", "reported", "understands"})


def fronted_past(before: str, after: str) -> bool:
    """"... and by Saturday night the deal was off", "Until Friday, talks had gone well": a
    limit preposition that opens its clause sets no direction of its own; the clause's verb,
    after the expression, does, and here it is past (a limit that has gone by)."""
    clause = _words(_CLAUSE_BREAK.split(before)[-1])
    if not clause or clause[-1] not in FRONTED_LIMITS:
        return False
    if any(w not in CLAUSE_OPENERS for w in clause[:-1]):
        return False
    right = _words(after)[:RIGHT_WORDS]
    for i in range(len(right)):
        if right[i] in REPORTING:
            continue
        cue = _cue(right, i)
        if cue:
            return cue == "past"
    return False


_FIRST_WORD = re.compile(r"[^A-Za-z]*([A-Za-z]+)")


def _reported_speaking(before: str, lx) -> bool:
    """"Speaking at the training ground on Monday, he would not confirm ...": the sentence
    opens with a reporting participle and the expression is in that opening clause, with no
    tense cue or forward preposition of its own: it dates the speaking, which the report puts
    in the past (the words after the comma are what was said, in whatever tense)."""
    first = _FIRST_WORD.match(before)
    if not first or first.group(1).lower() not in lx.reporting_participles or _CLAUSE_BREAK.search(before):
        return False
    words = _words(before)
    if not words or words[0] not in lx.reporting_participles or len(words) > LEFT_WORDS:
        return False
    rest = words[1:]
    return not any(w in lx.forward_prepositions or _cue(rest, i) for i, w in enumerate(rest))


# "who turns 30 in October", "turning 21 in March": a birthday told in the present looks ahead
# ("turned 30 in October" is past by its "-ed")
_TURNS_AGE = re.compile(r"\b(?:turns|turning)\s+(?:\d{1,2}|twenty|thirty|forty|eighteen|nineteen)"
                        r"(?:[-\s]?(?:one|two|three|four|five|six|seven|eight|nine))?(?:\s+(?:in|on))?\s+$", re.I)


_AS_DEADLINE = re.compile(r"['\u2019]?s?\s+as\s+(?:the|a|their|his|her|our|its)\s+(?:[a-z-]+\s+)?"
                          r"(?:deadline|cut-off|cutoff|cut-off\s+point|final\s+day)\b", re.I)
# a relative or "as" aside closed by a comma before the expression: ", who joined in 2019,"
_ASIDE = re.compile(r",\s+(?:who|which|whose|whom|as)\s[^,;:\"\u201c\u201d()]{0,120},(?=\s)", re.I)


def direction(before: str, after: str, forward_words: frozenset[str] = frozenset()) -> str | None:
    """Tense of the clause from the text before and after an expression (same sentence).

    A forward preposition right before the expression ("by Friday", "before deadline day")
    looks forward unless a past auxiliary appears earlier in the clause; `forward_words` adds
    to them for one kind of expression ("for the January window": money set aside for it).
    """
    if _TURNS_AGE.search(before, max(0, len(before) - 30)):
        return "future"
    if ", " in before:
        # "Lopez could make his debut, as the club have been known since 1950, against X on Sunday":
        # an aside between commas has its own tense; the clause around it decides
        before = _ASIDE.sub(",", before)
    left = _words(before)[-LEFT_WORDS:]
    if _AS_DEADLINE.match(after) and not any(w in PAST_AUXILIARIES for w in left[-8:]):
        # "has set Friday as the deadline for a decision": a deadline given is still to come
        # ("had set Friday as the deadline" is told from after it)
        return "future"
    lx = lexicon()
    if _reported_speaking(before, lx):
        return "past"
    if left and left[-1] in FRONTED_LIMITS and fronted_past(before, after):
        return "past"
    # "was lodged on Monday, making him eligible for Saturday's game": a forward preposition
    # in a clause of its own looks forward; the past auxiliary before the comma is another clause
    parts = _CLAUSE_BREAK.split(before)
    clause = _words(parts[-1])
    if len(parts) > 1 and 1 < len(clause) <= 6 and _participle_lead(clause[0]) and \
            not any(_cue(clause, i) or clause[i] in lx.forward_prepositions or clause[i] in forward_words
                    or clause[i] == "for" for i in range(len(clause))):
        # "has dismissed reports that he is about to leave, using Instagram on Monday": a
        # participle clause of its own shares the tense of the sentence's main verb
        main = first_cue(parts[0])
        if main is not None:
            return main
    if (len(clause) < len(left) and clause and (clause[-1] in lx.forward_prepositions or clause[-1] in forward_words)
            and not any(_cue(clause, i) for i in range(len(clause) - 1))):
        return "future"
    forward = False
    near = len(left)            # "until 11pm on Thursday": a clock time does not part them
    while near > 0 and left[near - 1] in CLOCK_WORDS:
        near -= 1
    if near > 0 and left[near - 1] in PRESENT_VALUE_VERBS and near == len(left) - (left[-1] == "on"):
        # "the deadline to register players is July 15", "the final is on 3 June": a time said
        # in the present as the value of a thing still in force lies ahead (whatever verb
        # reports the saying: "who recalled that the deadline is July 15")
        return "future"
    if _scheduled_for(left, near, lx) or _expected_to(left, near):
        return "future"
    for i in range(len(left) - 1, -1, -1):
        w = left[i]
        if i >= near - 2 and (w in lx.forward_prepositions or w in forward_words) and not _agent_by(left, i, near) \
                and not (w == "before" and i > 0 and left[i - 1] in APPROXIMATE and near < len(left)):
            # ("sent the payment shortly before midday on Tuesday": a time of day told
            # roughly, no limit looked forward to; the clause's own tense dates it)
            # "submitted an offer before withdrawing on Friday": the preposition governs the
            # gerund, and the day dates that act, in the clause's own tense
            gerund = i == near - 2 and len(left[near - 1]) > 4 and left[near - 1].endswith("ing")
            if not gerund and not _own_object(before, left, i, near, lx.months):
                forward = True
                continue
        if w == "despite" and not forward and any(len(x) > 4 and x.endswith("ing") for x in left[i + 1:near]):
            # "will not be sold in January, despite the club tabling a third offer on Thursday":
            # a concession granted as fact, already happened; the main clause's tense is not its
            return "past"
        cue = _cue(left, i)
        if cue == "open":
            return None
        if cue == "past" and forward and w not in ("was", "were", "had", "did", "been"):
            continue
        if cue:
            return cue
    if forward:
        return "future"
    right = _words(after)[:RIGHT_WORDS]
    for i in range(len(right)):
        if right[i] in ("has", "have") and i + 1 < len(right) and _participle(right[i + 1], lx):
            return "past"     # "his move on Friday has blown the race open": done by now
        cue = _cue(right, i)
        if cue:
            return None if cue == "open" else cue
    return None


# words in -ing that open no participle clause ("during Monday", "the signing on Monday")
_NOT_PARTICIPLE_LEADS = frozenset({
    "during", "following", "including", "according", "regarding", "concerning", "pending", "excluding",
    "notwithstanding", "barring", "morning", "evening", "nothing", "something", "anything", "everything",
    "thing", "things", "spring", "signing", "meeting", "training", "opening", "building", "bring",
    "string", "sterling", "darling", "sibling", "ceiling", "starting"})


def _participle_lead(w: str) -> bool:
    return len(w) > 4 and w.endswith("ing") and w not in _NOT_PARTICIPLE_LEADS


def _agent_by(left: list[str], i: int, near: int) -> bool:
    """"The bid, reported by Kicker on Monday": "by" after a participle or a reporting verb, with
    one word (the agent) between it and the expression's own "on", names who did it, no limit."""
    if left[i] != "by" or i != near - 2 or i == 0 or near != len(left) - 1 or left[-1] != "on":
        return False
    prev = left[i - 1]
    return prev in REPORTING or (len(prev) > 4 and prev.endswith("ed") and prev not in lexicon().not_past_ed)


def first_cue(text: str) -> str | None:
    """'past' or 'future' for the first tense cue in `text` (a whole clause or sentence, read
    left to right); None when it holds none. "Saturday's match at home to Rovers, a derby of
    sorts, could be his last": the main verb may come after a long subject."""
    words = _words(text)
    for i in range(len(words)):
        cue = _cue(words, i)
        if cue:
            return None if cue == "open" else cue
    return None


PAST_AUXILIARIES = frozenset({"was", "were", "had", "wasn't", "weren't", "hadn't"})


# "the deadline is July 15", "the registration deadline falls on December 15": a present value
PRESENT_VALUE_VERBS = frozenset({"is", "are", "falls", "fall"})
EXPECT_VERBS = frozenset({"expected", "expects", "expect", "expecting"})
REPORTING_BACKSHIFT = frozenset({"said", "told", "confirmed", "revealed", "added", "explained", "insisted"})


def _expected_to(left: list[str], near: int) -> bool:
    """"(he said) he expected the player to sign on Thursday": an expectation with its object and
    a to-infinitive; the infinitive's time lies after the expecting, still to come when told."""
    if near < 3 or left[near - 2] != "to":
        return False
    # ("had been expected to sign on Thursday": told from after its time)
    return any(left[j] in EXPECT_VERBS and not _told_after(left, j) for j in range(max(0, near - 7), near - 2))


def _told_after(words: list[str], j: int) -> bool:
    """Is the plan word at `j` told from after its time: "had been expected", "had been due"?"""
    return j > 1 and words[j - 1] == "been" and words[j - 2] in ("had", "hadn't")


def _scheduled_for(left: list[str], near: int, lx) -> bool:
    """"Medical booked for Friday morning", "Talks scheduled for Monday", "pencilled in for
    Saturday": a schedule participle right before "for" and the time, with no past auxiliary
    before it ("was booked for Friday" is told from after it). Telegraphic copy (posts,
    bulletins) drops the "is"; what is booked for a day is still to come."""
    if near < 2 or left[near - 1] != "for":
        return False
    j = near - 2
    if left[j] == "in" and j > 0:
        j -= 1
    if left[j] in lx.future_after_be:
        before = left[max(0, j - 2):j]
        if not any(w in PAST_AUXILIARIES for w in before):
            return True
        # "the agent said a meeting had been arranged for Friday": a present perfect ("has been
        # arranged") shifted back by the reporting verb; what is booked is still to come
        return before == ["had", "been"] and any(w in REPORTING_BACKSHIFT for w in left[max(0, j - 12):j - 2])
    # "have already pencilled in a meeting with his camp for June 2": a schedule made by now
    # (present perfect) with its object between; the day booked lies ahead
    for k in range(j - 1, max(-1, j - 10), -1):
        w = left[k]
        if w in lx.future_after_be and k > 0:
            p = k - 1
            if left[p] == "already" and p > 0:
                p -= 1
            return left[p] in ("have", "has", "we've", "they've", "i've", "he's", "she's")
        if w in lx.past_words or w in PAST_AUXILIARIES or w in ("have", "has", "is", "are"):
            return False
    return False


# irregular past participles that are not in the lexicon's past words ("has blown", "has taken")
IRREGULAR_PARTICIPLES = frozenset({
    "been", "gone", "done", "seen", "taken", "given", "shown", "known", "blown", "thrown", "grown",
    "drawn", "flown", "withdrawn", "written", "spoken", "chosen", "beaten", "broken", "driven",
    "risen", "fallen", "forgotten", "gotten", "stolen", "torn", "worn", "sworn", "begun", "run",
    "won", "come", "become", "overtaken", "undertaken", "mistaken", "shaken", "woken", "proven"})


def _participle(w: str, lx) -> bool:
    """Is `w` a past participle after "has"/"have" ("has blown", "have agreed", "has been")?"""
    if w in IRREGULAR_PARTICIPLES:
        return True
    if w in lx.past_words and w not in ("ago", "earlier", "last", "previously", "since", "yesterday",
                                        "already", "recently"):
        return True
    return len(w) > 4 and w.endswith("ed") and w not in lx.not_past_ed
