"""Context cues: what the words around a name say about it.

"Southampton manager Mauricio Pellegrino" -> person, role manager, club Southampton;
"Lazio centre-half Wesley Hoedt" -> player, defender, club Lazio; "X, 24," -> age 24;
"Klopp's men" -> Klopp manages a club. Each cue adds weight to player or person; the
identity step adds the weights up over every mention in the corpus.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein

from ..text import line_label_start

from .gazetteer import Match
from .lexicon import Lexicon
from .tokens import HARD, HYPHEN, POSS, SPACE, Tok


# a transcript's turn label of two or more words in capitals at a line's start ("DAN REYNOLDS: ")
_TURN_LABEL = re.compile(r"^[ \t]*(?:\[[0-9:.]+\][ \t]*)?[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+)+: ", re.M)


# a turn label's place in brackets after a name at a line's start: "Jan Kowal (Leeds): ..."
_QA_LABEL = re.compile(r" ?\([^()\n:]{1,40}\): ")


@functools.lru_cache(maxsize=8)
def turn_labels(body: str) -> int:
    return len(_TURN_LABEL.findall(body))

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
_DEBUT_GIVERS = frozenset({"gave", "handed", "gives", "hands"})
_PERSON_BEFORE = {("under",): "manager", ("appointed",): "manager", ("sacked",): "manager",
                  ("hired",): "manager", ("managed", "by"): "manager", ("coached", "by"): "manager",
                  ("axed",): "manager", ("ousted",): "manager", ("dismissed",): "manager",
                  ("owned", "by"): "chairman", ("chaired", "by"): "chairman", ("run", "by"): "chairman",
                  ("bankrolled", "by"): "chairman", ("funded", "by"): "chairman",
                  ("represented", "by"): "agent",      # "is represented by X": his agent
                  # a wire story's credits: "(Reporting by X; Additional reporting by Y; Editing by Z)"
                  ("reporting", "by"): "pundit", ("editing", "by"): "pundit", ("writing", "by"): "pundit",
                  ("interviewed", "by"): "pundit", ("presented", "by"): "pundit", ("hosted", "by"): "pundit"}
_BY_MODIFIERS = {"his", "her", "their", "the", "compatriot", "countryman", "fellow", "former", "new", "veteran",
                 "experienced", "young", "billionaire", "american", "saudi", "us", "businessman", "businesswoman", "tycoon",
                 "countrywoman"}
_EX_VERBS = {"sacked", "axed", "ousted", "dismissed"}
_SUCCEEDS = {"replaced", "succeeded", "replacing", "succeeding"}
_MOVED_VERBS = {"joined", "signed", "moved", "arrived", "switched", "joins", "signs", "moves", "arrives", "rejoined",
                "bought", "recruited", "snapped", "poached", "prised",
                "joining", "signing", "moving", "arriving", "switching", "rejoining"}   # "since joining X from Y"
_PLAYED_VERBS = {"played", "plays", "playing", "starred", "scored", "scoring", "featured", "appeared", "appearances",
                 "goals", "debut", "debuted", "signed", "signing", "capped", "spell", "stint"}
# a retired player is quoted or writes: "former Gunners captain X, speaking on talkSPORT, said"
_PUNDIT_WORDS = {"said", "says", "told", "believes", "insisted", "claimed", "admitted", "speaking", "writing",
                 "wrote", "tweeted", "posted", "explained", "added", "warned", "urged", "reckons", "thinks",
                 "pundit", "column", "podcast", "questioned", "questions", "feels", "felt", "suggested",
                 "predicted", "predicts", "doubts", "doubted", "criticised", "criticized", "slammed", "blasted",
                 "hailed", "praised", "argued", "reckoned", "believed", "commented", "gave", "welcomed",
                 "broadcaster", "analyst", "commentator", "columnist", "expects", "fears", "warns"}
# after "X's": only a coach has these
_MANAGER_POSS = {"system", "tactics", "philosophy", "regime", "methods", "dugout", "backroom", "tenure", "reign",
                 "appointment", "sacking", "dismissal", "coaching", "teamsheet", "team-sheet", "selection",
                 "starting", "line-up", "lineup", "formation", "rotation", "touchline", "technical", "blueprint",
                 "substitutions", "substitution", "game-plan", "gameplan", "playbook",
                 "attack", "midfield", "backline", "rearguard", "frontline"}   # "a hole in X's attack"
# after "X's": the list of players someone wants to sign (a coach or a director keeps it)
_RECRUITER_POSS = {"wishlist", "wish-list", "shortlist", "short-list", "radar", "shopping"}
# "X ... his squad": the one in charge of them (a player has team-mates, not a squad)
# words that own a "captain" before a name ("the Captain", "club Captain"): a player's armband
_CAPTAIN_OWNERS = {"the", "a", "his", "her", "their", "our", "its", "club", "team", "former", "ex", "new",
                   "vice", "deputy", "stand-in", "as", "and"}
# a reporting verb straight after a job ("X, the club's president confirmed"): the job is a new subject
_CLAUSE_SAY = {"confirmed", "confirms", "said", "says", "told", "insisted", "insists", "revealed", "added",
               "admitted", "explained", "stated", "declared", "announced", "claimed"}
_CHARGE_OBJECTS = {"squad", "players", "charges", "captain", "backroom", "coaching", "assistant", "assistants",
                   "staff", "tactics", "system", "dugout"}
# "X is keen to <verb> ...": who recruits; what players get instead ("a move", "a new deal")
_RECRUIT_VERBS = {"sign", "land", "recruit", "bring", "bolster", "strengthen", "reinforce", "rebuild", "revamp",
                  "overhaul", "snap", "lure", "inject", "prise", "pry", "poach", "add", "keep", "let", "sell",
                  "offload", "sanction"}
_PRESS_VERBS = {"covers", "covered", "writes", "wrote", "reports", "reported", "presents", "hosts"}
_JUDGES = {"convinced", "confident", "believes", "thinks", "feels", "insists", "knows", "hopes", "expects"}
_SEES = {"sees", "saw", "views", "viewed", "regards", "regarded", "considers", "considered", "rates", "rated"}
_TARGET_ADJ = {"priority", "top", "main", "one", "first", "primary", "prime", "key", "dream", "summer", "january",
               "transfer", "number", "1", "chief", "leading", "major"}
_PLAYER_ADDS = {"goals", "goal", "tally", "caps", "cap", "appearances", "assists", "trophies", "medals", "minutes",
                "experience", "strings"}
_PLAYER_OBJECTS = {"move", "moves", "transfer", "deal", "contract", "extension", "switch", "job", "role", "loan",
                   "place", "spot", "chance", "minutes", "title", "trophy", "trophies", "medal", "cap", "caps",
                   "goal", "goals", "pre-contract", "terms", "new", "future", "career", "dream", "himself", "herself",
                   "clean", "sheet", "sheets", "fit", "going", "playing", "scoring", "form", "faith", "calm",
                   "improving", "working", "shirt", "number", "head", "options", "alive", "hopes"}
_REINFORCEMENTS = {"reinforcements", "signings", "additions", "recruits", "new", "funds", "money", "backing"}
_ADMIRER_BEFORE = {"a", "an", "known", "long-time", "time", "big", "huge", "great", "longtime", "long", "keen",
                   "avowed", "admitted", "self-confessed", "confessed"}
# "X represents players", "X has represented footballers for years": an agent's trade (a player
# represents his country or a club, never footballers)
_REPRESENTS = {"represents", "represented", "representing"}
_REPRESENTED = {"footballers", "players", "clients", "athletes", "sportspeople", "sportsmen", "sportswomen"}
# "X took over as coach", "X was appointed head coach", "X has been named sporting director"
_TAKES_JOB3 = {("took", "over", "as"), ("has", "been", "appointed"), ("has", "been", "named"),
               ("takes", "over", "as"), ("was", "installed", "as")}
_TAKES_JOB2 = {("was", "appointed"), ("was", "named"), ("is", "appointed"), ("became",)}
# "X, who took over at ..." / "the Norwegian who managed ..."
PERSON_VERBS = {"managed", "coached", "replaced", "appointed", "took", "manages", "coaches",
                "oversaw", "oversees", "steered", "sacked", "hired", "succeeded", "led"}
# after "X's"
_NTH = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "latest",
        "last", "final", "next", "new", "big", "biggest", "marquee", "record", "only"}
_SIGNING_NOUNS = {"signing", "signings", "arrival", "arrivals", "recruit", "recruits", "addition", "additions",
                  "purchase", "acquisition", "buy", "capture", "target", "targets"}
# "X's club", "X's employers": the club of the one named (a mention of it, no cue to his job)
_CLUB_OF = {"club", "employers"}
_CLUB_NOUN_TAILS = {"record", "statement", "website", "doctor", "doctors", "level", "career", "debut", "history",
                    "mates", "colleagues", "medical", "channels", "officials", "hierarchy", "board", "shop",
                    "crest", "badge", "colours", "anthem", "legend", "icon"}
_MAN_FORM = {"men", "side", "team", "charges", "troops", "squad", "boys", "lads", "outfit", "women", "girls"}
_PLAYER_POSS = {"agent", "agents", "representative", "representatives", "advisors", "advisers", "adviser",
                "advisor", "entourage", "camp", "release", "contract", "signature", "future", "move",
                "transfer", "debut", "goal", "goals", "medical", "departure", "arrival", "wages", "insistence",
                "desire", "stance", "fitness", "injury", "form", "performances", "career", "sale", "loan"}
# a word between a possessive and what a player has: "X's proposed move", "X's new contract"
_POSS_ADJS = {"proposed", "potential", "possible", "planned", "new", "current", "long-term", "mooted",
              "prospective", "impending", "imminent", "protracted", "collapsed", "stalled", "dream",
              "big-money", "permanent", "loan", "season-long", "expected", "likely", "rumoured"}
_TEAMMATE = {("team", "mate"), ("teammate",), ("team-mate",), ("target",), ("signing",), ("loanee",),
             ("recruit",), ("arrival",), ("purchase",), ("youngster",), ("teenager",), ("man",)}
# courtesy titles news copy gives club officials, owners and players' relatives ("Mr Grabski", "Mrs Hale")
_ADULT_TITLES = {"mr", "mrs", "ms", "herr", "frau", "monsieur", "madame", "senor", "señor", "senora", "señora", "signor",
                 "signore", "signora", "pan", "pani"}
_RELATIVE = {"father", "uncle", "cousin", "mother", "dad", "grandfather", "wife", "mum", "mom", "grandmother",
             "girlfriend", "fiancee", "fiancée", "husband", "stepfather", "stepmother", "aunt", "partner"}
_PARENTS = {"father", "mother", "dad", "grandfather", "wife", "mum", "mom", "grandmother", "girlfriend", "fiancee",
            "fiancée", "husband", "stepfather", "stepmother"}
_PLAYER_VERBS = {"scored", "scores", "joined", "signed", "plays", "played", "netted", "kept", "came",
                 "started", "trained", "trains", "passed", "completed", "underwent", "featured", "captained",
                 "assisted", "debuted", "moved", "arrived", "wants", "refused", "remains", "made", "grew"}
SPEECH = _SPEECH = {"said", "says", "told", "added", "insisted", "admitted", "explained", "revealed", "claimed",
           "stated", "commented", "continued", "declared", "confirmed", "replied", "warned", "believes",
           "reiterated", "urged", "concluded", "remarked", "joked", "stressed"}
_MODIFIERS = {"the", "a", "an", "his", "her", "their", "its", "former", "ex", "new", "veteran", "experienced", "young",
              "interim", "caretaker", "club", "club's", "current", "long-time", "long", "time", "highly",
              "rated", "teenage", "talented", "powerful", "prolific", "towering", "exciting", "promising",
              "departing", "outgoing", "incoming", "departed", "loan", "loanee", "star", "wantaway",
              "record", "signing", "first", "team", "senior", "youth", "under", "21", "23", "u21", "u23", "fellow",
              "international", "then", "fellow", "compatriot", "countryman", "countrywoman", "german-born", "older", "younger",
              "elder", "twin", "late", "legendary", "iconic", "respected", "renowned", "well", "known",
              "respected", "influential", "academy", "product", "graduate", "homegrown", "boyhood", "own",
              "left", "right", "footed", "dutch-born", "main", "top", "key", "second", "third", "first-choice",
              "first", "choice", "regular", "reserve", "backup", "back-up", "deputy", "number", "one", "two",
              "new", "big", "money", "bargain", "free", "agent", "contract", "aging", "ageing",
              "injured", "in-form", "form", "demand", "sought", "after", "attacking", "defensive",
              "central", "wide", "holding", "creative", "teammate", "team-mate", "long-serving", "serving",
              "also", "sporting", "technical", "football", "head", "chief", "assistant", "executive",
              "general", "managing", "vice", "co", "first-team", "goalkeeping", "fitness", "recruitment",
              "registered", "licensed", "accredited", "certified", "qualified", "fifa-licensed"}   # "a registered agent"


# owners before a job word ending a sentence that the next sentence's name then holds
_TEASER_OWNERS = {"their", "our", "his", "her", "whose"}


@dataclass(slots=True)
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
    ex: bool = False                 # the job is a past one: "the sacked X", "former Wolves boss X"
    retired: tuple | None = None     # "former Chelsea forward X": (weight, position) until we know if he speaks
    other_team: bool = False         # the job is at a team we cannot name: "Harrogate boss X",
    #                                  a national team ("Brazil coach X")

    def add(self, other: "Cues") -> None:
        current = (self.role is not None and not self.ex) or (other.role is not None and not other.ex)
        self.ex = (self.ex or other.ex) and not current      # past only while no current job is seen
        self.player += other.player
        self.person += other.person
        for name in ("role", "position", "nationality", "age", "club"):
            if getattr(self, name) is None and getattr(other, name) is not None:
                setattr(self, name, getattr(other, name))
        self.former += [f for f in other.former if f not in self.former]
        self.speaker = self.speaker or other.speaker
        self.other_team = self.other_team or other.other_team


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
        self.city_heads: set[int] = set()        # match.i of "the <town> side" read as a town (see article)
        self._mixed_case: set[str] | None = None

    # -- helpers ---------------------------------------------------------------------------
    def mixed_case_words(self) -> set[str]:
        """The words the article writes capitalised in ordinary case somewhere. Lazy: only an
        article with a subhead in capitals asks."""
        if self._mixed_case is None:
            self._mixed_case = {t.norm for t in self.toks if t.cap and not t.upper}
        return self._mixed_case

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

    def _place_then_speaker(self, i: int, j: int) -> bool:
        """'Speaking after training in Tarumbak, the winger said:': the description after the comma is
        the subject of the sentence, not an apposition of the place the fronted phrase ends with."""
        toks = self.toks
        n = len(toks)
        if i < 1 or j >= n - 2 or toks[i].sep == HARD or toks[i - 1].norm not in ("in", "at") \
                or toks[i - 1].cap or toks[j].sep != HARD or toks[j].norm != "the" \
                or self.gap_text(j - 1, j).strip() != ",":
            return False
        for k in range(j + 1, min(n, j + 6)):
            if toks[k].sep == HARD:
                return False
            if toks[k].norm in _SPEECH:
                return True
        return False

    def gap_text(self, a_tok: int, b_tok: int) -> str:
        """The characters between token a_tok's end and token b_tok's start."""
        return self.body[self.toks[a_tok].poss_end:self.toks[b_tok].start]

    # -- cues for a name at tokens [i, j) ---------------------------------------------------
    def name_cues(self, i: int, j: int) -> Cues:
        c = Cues()
        self._left(i, c)
        if not self._place_then_speaker(i, j):
            self._right(j, c)
        toks = self.toks
        if j - i >= 2 and toks[i].upper and toks[j - 1].upper and \
                self.body[toks[j - 1].end:toks[j - 1].end + 1] == ":" and \
                ((toks[i].first and (i == 0 or "\n" in self.body[toks[i - 1].end:toks[i].start]))
                 or line_label_start(self.body, toks[i].start)):
            c.person += 2.0       # "DAN REYNOLDS: Right, ...": who speaks on a podcast or radio show
        elif j - i == 1 and toks[i].upper and self.body[toks[i].end:toks[i].end + 1] == ":" and \
                toks[i].norm in self.mixed_case_words() and line_label_start(self.body, toks[i].start) and \
                turn_labels(self.body) >= 2:
            c.person += 2.0       # "KAGISO: ...": a caller to a phone-in, labelled by first name only
        if j - i >= 2 and toks[i].cap and _QA_LABEL.match(self.body, toks[j - 1].end) and \
                line_label_start(self.body, toks[i].start):
            c.person += 2.0       # "Rūta Kazlauskienė (Joniškis): Is he going?": a fan who asks at a Q&A
        if c.retired is not None:
            toks = self.toks
            talks = any(toks[k].norm in _PUNDIT_WORDS for k in range(j, min(len(toks), j + 9))
                        if toks[k].sent == toks[j - 1].sent)
            if c.speaker or talks:
                # "Former Gunners captain Tony X said on talkSPORT": a retired player, now quoted
                w, _ = c.retired
                c.player -= w
                c.person += 1.0
                c.role = c.role or "former player"
                c.position = None
            c.retired = None          # "former Chelsea forward X, who left for ...": still a player
        return c

    def _left(self, i: int, c: Cues) -> None:
        toks, lex = self.toks, self.lex
        if i == 0:
            return
        k = i
        appos = False
        nat = self.match_at.get(i - 1)
        the_nat = nat is not None and nat.i > 1 and toks[nat.i - 1].norm in ("the", "a") and \
            toks[nat.i].sep == SPACE and toks[nat.i - 1].sep == HARD and \
            self.gap_text(nat.i - 2, nat.i - 1).strip() == ","
        comma_nat = nat is not None and nat.i > 0 and toks[nat.i].sep == HARD and \
            self.gap_text(nat.i - 1, nat.i).strip() == ","
        if toks[i].sep == SPACE and nat is not None and nat.j == i and nat.j - nat.i == 1 and \
                (nat.best.cat == "nat_noun" or ((the_nat or (comma_nat and self._role_ends(nat.i - 1)))
                                                and nat.best.cat == "nat_adj")) and nat.i > 0 and \
                (comma_nat or the_nat):
            # "The defender's agent, Swede Nils X," / "His agent, the Belgian Nils X," / "The striker's
            # agent, Argentine Nils X,": a nationality opening the apposition after a job
            c.nationality = nat.best.ref
            k = nat.i - 1 if the_nat else nat.i
            appos = True
        elif toks[i].sep == HARD and (self.gap_text(i - 1, i).strip() == "," or _apostrophe_name(self.gap_text(i - 1, i))):
            appos = True          # "His agent, Paulo Sequeira," / "Villa's president ..., Henrik X"
            if k >= 3 and toks[k - 1].norm == "question" and toks[k - 2].norm == "in" and \
                    toks[k - 1].sep == SPACE and toks[k - 2].sep == SPACE:
                k -= 2            # "The president in question, Zdravko X,"
        elif i >= 4 and toks[i].sep == SPACE and toks[i - 1].norm in ("based", "born") and \
                toks[i - 1].sep == HYPHEN and toks[i - 2].cap and toks[i - 3].norm == "the" and \
                toks[i - 2].sep == SPACE and toks[i - 3].sep == HARD and \
                self.gap_text(i - 4, i - 3).strip() == ",":
            k = i - 3             # "His agent, the Zagreb-based Hrvoje X,": a home town opening the apposition
            appos = True
        elif toks[i].sep == HARD:
            if i >= 2 and toks[i].first and toks[i - 1].sent != toks[i].sent and toks[i - 1].sep == SPACE \
                    and toks[i - 2].norm in _TEASER_OWNERS and self.gap_text(i - 1, i).strip() in (".", ":") \
                    and (i < 7 or toks[i - 7].sent != toks[i - 1].sent):      # (a short teaser sentence)
                val = lex.person_roles.get((toks[i - 1].norm,))
                if val is not None:
                    c.person += 2.0       # "Then there's their gaffer. Rob X was asked ...": the one a
                    c.role = c.role or val  # sentence ending in an owned job word introduces
            return
        if i >= 2 and toks[i].sep == POSS and toks[i - 1].norm in _OWN_OUTLET and toks[i - 1].sep == SPACE \
                and toks[i - 2].norm in ("this", "our"):
            c.person += 2.0       # "Speaking to this paper's Nora X": the outlet's own reporter
            c.role = c.role or "pundit"
            return
        if k >= 2 and toks[k - 1].norm == "captain" and toks[k - 1].cap and not toks[k - 1].upper \
                and not toks[k - 1].first and toks[k].sep == SPACE \
                and (toks[k - 1].sep == HARD or (not toks[k - 2].cap and not toks[k - 2].poss
                                                  and toks[k - 2].norm not in _CAPTAIN_OWNERS)):
            # "For his part, Captain Ayman X, the coach of ...": translated Arabic copy's form of address
            # for a coach or an official, capitalised mid-sentence with no team or owner before it
            c.person += 2.0
            k -= 1
        # honorifics
        if toks[k - 1].norm in lex.honorifics:
            k -= 1
            if toks[k].norm in _ADULT_TITLES:
                c.person += 1.0   # "Mr Grabski told me": transfer copy titles officials and relatives, not players
            elif toks[k].norm in lex.official_titles and toks[k].norm not in lex.styled_titles:
                c.person += 2.0   # "Sheikh Hamad", "Commandant Koné": a rank or title of office, an official
        hit = self.phrase_before(k, lex.person_roles, lex.role_max)
        if hit and hit[0] == k - 1 and toks[k - 1].norm in ("host", "hosts") and k >= 2 \
                and toks[k - 1].sep == SPACE and toks[k - 2].norm in _TEAM_SUBJECTS:
            hit = None            # "his side host Penrhos": the verb of a fixture, not a TV host
        elif hit and hit[0] == k - 1 and toks[k - 1].norm in ("host", "hosts") and k >= 2 \
                and toks[k - 1].sep == HARD and self.gap_text(k - 2, k - 1).strip() == "," \
                and self._fixture_after(k):
            hit = None            # "Ratchaburi, who are third, host Port at home": a fixture's verb after a clause
        elif hit and hit[0] == k - 1 and toks[k - 1].norm in ("host", "hosts") and k >= 2 \
                and toks[k - 1].sep == SPACE and toks[k - 2].cap and toks[k].norm in lex.club_prefixes \
                and (len(toks[k].norm) > 3 or toks[k].upper):
            hit = None            # "Oldfield host Sporting Vale": a team hosts a club-word name, no TV host
        pos = self.phrase_before(k, lex.positions, lex.role_max)
        pw = self.phrase_before(k, lex.player_words, lex.role_max)
        best = max((x for x in (hit and ("role", hit), pos and ("pos", pos), pw and ("pw", pw)) if x),
                   key=lambda x: -x[1][0], default=None)
        of_club = False
        if best is None and not appos and toks[k].sep == SPACE:
            m = self.match_at.get(k - 1)
            # "the president of Kryvbas X", "the head coach of the red-whites X": translated copy puts the
            # name straight after the job's club, with no comma
            of_club = (m is not None and m.j == k and m.best.cat == "club") or \
                (not toks[k - 1].cap and toks[k - 1].sep == HYPHEN)
        if best is None and (appos or of_club):
            # "Flamengo's vice-president of football, X": a role with its "of ..." complement
            o = k - 1
            span = 1              # words between, a hyphened word counted once ("the blue-and-whites")
            while o > 0 and span <= (4 if appos else 3) and (not toks[o].cap or o in self.match_at or appos) \
                    and toks[o].norm not in ("of", "at") and toks[o].sep != HARD:
                if toks[o].sep != HYPHEN:
                    span += 1
                o -= 1            # ("The president of Grenoble, X": a club the data knows may follow "of";
                #                   "The president of Volos NFC, X,": or any name, before a comma;
                #                   "President of the club from Vastby, X,": four words before a comma)
            if o > 0 and o < k - 1 and toks[o].norm in ("of", "at") and toks[o].sep == SPACE:
                hit = self.phrase_before(o, lex.person_roles, lex.role_max)
                if hit is None and toks[o - 1].norm == "head" and toks[o].sep == SPACE and toks[o].norm == "of":
                    hit = (o - 1, "director")   # "St. Pauli's head of academy and recruitment, X"
                if hit is None and toks[o - 1].norm in ("counterpart", "counterparts") and toks[o].sep == SPACE:
                    c.person += 2.0   # "his counterpart at the Phoenix, X": the same job at another club
                    return
                if hit:
                    best = ("role", hit)
        elif appos and best[0] in ("pos", "pw"):
            # "The agent of the player, X," / "the father of the striker, X,": the job or the relative
            # owns the apposition, the player word is only its complement
            o = best[1][0] - 1
            if o > 0 and toks[o].norm in ("the", "his", "her", "their", "our", "this") and toks[o + 1].sep == SPACE:
                o -= 1
            if o > 0 and toks[o].norm == "of" and toks[o + 1].sep == SPACE and toks[o].sep == SPACE:
                role = self.phrase_before(o, lex.person_roles, lex.role_max)
                if role:
                    best = ("role", role)
                elif toks[o - 1].norm in _PARENTS:
                    c.person += 2.5
                    return
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
            if what == "role" and self._former_before(a):
                c.ex = True               # "former Wolves boss X", "ex-Celtic manager X"
            if what == "role" and a > 0 and toks[a].sep != HARD and c.club is None:
                m = self.match_at.get(a - 1)
                if m is not None and m.j == a and m.best.cat == "country":
                    c.other_team = True       # "Brazil coach X", "Netherlands boss X"
                elif m is None and toks[a - 1].cap and toks[a - 1].norm not in lex.stopwords:
                    c.other_team = True       # "Harrogate boss X": a club the data files do not know
            if what != "role" and val not in _TEAMMATE and self._former_before(a):
                c.retired = (w, c.position)   # decided in name_cues: a pundit if he speaks
                if self._coached_by_before(a):
                    # "are coached by former Vârfureni midfielder X": a one-time player, now the coach
                    c.player -= w
                    c.person += w
                    c.role = c.role or "manager"
            return
        if toks[k - 1].norm in ("counterpart", "counterparts"):
            c.person += 2.0           # "his Juve counterpart X": the same job at another club
            self._modifiers(k - 1, c)
            return
        if toks[k - 1].norm in _RELATIVE:
            c.person += 0.5
            if appos and toks[k - 1].norm in _PARENTS:
                c.person += 2.0   # "Vukic's father, Dario Vukic, a former defender": a parent is not the player
            elif toks[k - 1].norm in _PARENTS and k >= 2 and toks[k].sep == SPACE and \
                    (toks[k - 1].sep == POSS or toks[k - 2].norm in ("his", "her", "their")):
                c.person += 2.0   # "Vukic's father Dario, who played 200 games for ...": still the parent
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
        v = k - 1 if toks[k - 1].norm in _SUCCEEDS else None
        if v is None and k >= 3 and tuple(toks[x].norm for x in range(k - 3, k)) == ("took", "over", "from"):
            v = k - 3
        if v is not None and v > 0 and toks[v].sep != HARD:
            # "The 47-year-old replaced X", "Head coach Y succeeded X": X had the same kind of job
            age = self.age_before(v)
            role = self.phrase_before(v, lex.person_roles, lex.role_max)
            if (age and age[1] >= 40) or role:
                c.person += 1.5
                c.ex = True
                c.role = c.role or (role[1] if role else "manager")
                return
        kk = k
        while kk - 1 > 0 and k - kk < 3 and toks[kk].sep != HARD and toks[kk - 1].norm in _BY_MODIFIERS:
            kk -= 1               # "managed by his compatriot X"
        for L in (2, 1):
            if kk - L >= 0 and all(toks[x].sep != HARD for x in range(kk - L + 1, kk + 1)):
                key = tuple(toks[x].norm for x in range(kk - L, kk))
                if key in _TRANSFER_BEFORE and kk == k:
                    c.player += 1.5
                    return
                if key in _PERSON_BEFORE:
                    c.person += 2.0
                    c.role = c.role or _PERSON_BEFORE[key]
                    if key[-1] in _EX_VERBS:
                        c.ex = True       # "the sacked X": no longer the manager
                    if key[-1] == "by" and c.role not in ("agent", "pundit"):
                        c.club = c.club or self._club_before_clause(kk - L)
                    return
        if toks[k - 1].norm in _SPEECH:
            c.speaker = True

    def _coached_by_before(self, a: int) -> bool:
        """'coached by former X midfielder': 'coached by' (or 'managed by') a few words before token a."""
        toks = self.toks
        q = a - 1
        while q > 0 and a - q <= 4 and toks[q + 1].sep != HARD and toks[q].norm != "by":
            q -= 1
        return q > 0 and toks[q].norm == "by" and toks[q + 1].sep != HARD and toks[q].sep != HARD \
            and toks[q - 1].norm in ("coached", "managed", "led")

    def _fixture_after(self, i: int) -> bool:
        """Does a fixture's time or venue follow the capitalised name at token i ("Port at home on ...")?"""
        toks = self.toks
        k = i + 1
        while k < len(toks) and k - i < 5 and toks[k].cap and toks[k].sep in (SPACE, HYPHEN):
            k += 1
        return k < len(toks) and toks[k].sep == SPACE and toks[k].norm in _FIXTURE_AFTER

    def _role_ends(self, e: int) -> bool:
        """A job word ends at token `e` ("The striker's agent", "the club's president")."""
        if e < 0:
            return False
        hit = self.phrase_before(e + 1, self.lex.person_roles, self.lex.role_max)
        return hit is not None

    def _club_before_clause(self, v: int) -> str | None:
        """'Al-Ittihad, coached by X', 'Galatasaray, who are managed by X': the club before the clause."""
        toks = self.toks
        k = v
        for _ in range(5):
            if k <= 0:
                return None
            if toks[k].sep == HARD and self.gap_text(k - 1, k).strip() not in (",", ""):
                return None
            m = self.match_at.get(k - 1)
            if m is not None:
                return self.club_key_of.get(m.i) if m.best.cat == "club" else None
            if toks[k - 1].norm not in ("who", "are", "is", "were", "was", "now", "currently", "also", "co", "been",
                                        "have", "has"):
                return None
            k -= 1
        return None

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
                if e.cat in ("nat_adj", "country") and m.i not in self.club_key_of:
                    c.nationality = c.nationality or e.ref
                elif e.cat == "club" or m.i in self.club_key_of:     # ("América coach X": the club)
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

    def _noun_goes_on(self, k: int) -> bool:
        """Does a noun phrase go on at token k ("X's club captain", "X's club record fee")?"""
        toks, lex = self.toks, self.lex
        if k >= len(toks) or toks[k].sep not in (SPACE, HYPHEN):
            return False
        t = toks[k]
        return t.norm in _CLUB_NOUN_TAILS or bool(
            self.phrase_at(k, lex.person_roles, lex.role_max) or self.phrase_at(k, lex.positions, lex.role_max)
            or self.phrase_at(k, lex.player_words, lex.role_max))

    def _right(self, j: int, c: Cues) -> None:
        toks, lex = self.toks, self.lex
        n = len(toks)
        last = toks[j - 1]
        if not last.poss and j + 2 < n and toks[j].sep == SPACE:
            w = tuple(toks[x].norm for x in range(j, min(n, j + 3)))
            at = j + 3 if w in _TAKES_JOB3 else (j + 2 if w[:2] in _TAKES_JOB2 else (j + 1 if w[:1] in _TAKES_JOB2 else None))
            while at is not None and at < n and toks[at].norm in ("the", "a", "new", "interim", "permanent"):
                at += 1
            hit = self.phrase_at(at, lex.person_roles, lex.role_max) if at is not None and at < n else None
            if hit:
                c.person += 2.0   # "X took over as coach", "X was appointed sporting director": staff
                c.role = c.role or hit[1]
                return
        if last.poss and j < n:
            nxt = toks[j].norm
            if j + 1 < n and toks[j + 1].sep == HYPHEN:
                nxt = nxt + "-" + toks[j + 1].norm      # "X's team-mate" is not "X's team"
            if nxt in ("team-mate", "team-mates", "side-kick"):
                c.player += 0.7
            elif nxt in _MAN_FORM:
                c.person += 3.0
                c.role = c.role or "manager"
                c.manager_form = (toks[j - 1].start, toks[j].end)
                # "Jurgen Klopp's men": the span starts at the name, set by the caller
            elif nxt in _CLUB_OF and toks[j].sep == POSS and not self._noun_goes_on(j + 1):
                # "Kowalczyk's club still have a slot": the club of the one named, whatever his job
                c.manager_form = (toks[j - 1].start, toks[j].end)
            elif nxt in _RECRUITER_POSS:
                c.person += 2.0       # "X's wishlist", "X's shortlist": the one who signs players
                c.role = c.role or "manager"
            elif nxt in _MANAGER_POSS:
                c.person += 2.0       # "X's system", "X's tactics": the coach
                c.role = c.role or "manager"
            elif nxt in _NTH and any(x.norm in _SIGNING_NOUNS for x in toks[j + 1:j + 4]):
                c.person += 2.0       # "X's third summer arrival", "X's first signing": the one who signs them
                c.role = c.role or "manager"
            elif nxt in _PLAYER_POSS:
                c.player += 0.7
            elif j + 1 < n and toks[j].sep in (SPACE, POSS) and toks[j + 1].sep == SPACE and not toks[j].cap \
                    and toks[j].norm in _POSS_ADJS and toks[j + 1].norm in _PLAYER_POSS:
                c.player += 0.7       # "X's proposed move", "X's new contract", "X's long-term future"
            return
        if j >= n:
            return
        if self._match_presser(j):
            c.person += 2.0           # "X expected to be asked in his pre-match press conference": the coach
            c.role = c.role or "manager"
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
        if gap.strip() == "," and t.norm in ("the", "a", "an", "his", "her", "their", "who"):
            if t.norm == "who" and j + 1 < n:
                after = self._after_aside(j + 1)
                if after is not None and self._recruits(after):
                    c.person += 1.5       # "X, who signed a new deal, sees the youngster as ..."
                    return
                nv = toks[j + 2].norm if toks[j + 1].norm in ("also", "previously", "once", "has", "had") \
                    and j + 2 < n else toks[j + 1].norm
                if nv in PERSON_VERBS:
                    c.person += 1.5
                    return
                if nv in ("represents", "advises") and j + 2 < n and toks[j + 2].sep == SPACE and \
                        toks[j + 2].norm in ("the", "him", "her", "his", "both"):
                    c.person += 2.0       # "X, who represents the 26-year-old, said": the player's agent
                    c.role = c.role or "agent"
                    return
                if nv in _PRESS_VERBS and self._for_outlet(j + 2):
                    c.person += 2.0       # "X, who covers the club for the Evening Post": a journalist
                    c.role = c.role or "pundit"
                    return
                if nv in ("signed", "signs") and any(x.norm in ("contract", "deal", "extension")
                                                     for x in toks[j + 2:j + 7]):
                    return        # "who signed a new contract last week": managers sign contracts too
                if toks[j + 1].norm in _PLAYER_VERBS or (toks[j + 1].norm in ("has", "had", "was", "is")
                                                          and j + 2 < n and toks[j + 2].norm in _PLAYER_VERBS):
                    c.player += 1.0
                return
            self._apposition(j + 1, c)
            return
        if gap.strip() == "," and t.norm in ("now", "currently") and not t.cap and j + 1 < n \
                and toks[j + 1].sep == SPACE and toks[j + 1].cap:
            a = j + 1             # "X, now Norrvik's sporting director,": the job X holds today
        else:
            a = j
        if gap.strip() == "," and toks[a].cap:
            m = self.match_at.get(a)
            if m is not None and m.i == a and m.best.cat == "club" and toks[m.j - 1].poss and m.j < n \
                    and toks[m.j].sep == POSS and not toks[m.j].cap:
                self._apposition(a, c)    # "X, Everton's director of football, said": X's job
                return
            if m is None and (toks[a].poss or (a + 1 < n and toks[a + 1].cap and toks[a + 1].poss
                                               and toks[a + 1].sep == SPACE and self.match_at.get(a + 1) is None)):
                self._apposition(a, c)    # "X, Norrvik's head coach,": a club the data does not know
                return
        if toks[j].sep == HARD:
            return
        if t.norm in _DEBUT_GIVERS and j + 2 < n and toks[j + 1].norm in ("him", "her") and \
                any(x.norm == "debut" for x in toks[j + 2:j + 6]):
            c.person += 2.0           # "X gave him his debut", "X handed her a first-team debut": the coach
            c.role = c.role or "manager"
            return
        if t.norm in _SPEECH:
            c.speaker = True
            return
        r = j + 1 if t.norm in ("has", "had") and j + 1 < n and toks[j + 1].sep == SPACE else j
        if toks[r].norm in _REPRESENTS and r + 1 < n and toks[r + 1].sep == SPACE \
                and toks[r + 1].norm in _REPRESENTED:
            c.person += 2.0           # "X has represented footballers for two decades": an agent
            c.role = c.role or "agent"
            return
        if self._recruits(j):
            c.person += 1.5
        elif t.norm in _PLAYER_VERBS:
            c.player += 0.8
        elif t.norm in ("has", "had", "is", "was") and j + 1 < n and toks[j + 1].norm in _PLAYER_VERBS:
            c.player += 0.8

    def _for_outlet(self, k: int) -> bool:
        """"... for the Evening Post", "... for BBC Sport": a publication or broadcaster follows."""
        toks = self.toks
        n = len(toks)
        for x in range(k, min(n - 1, k + 7)):
            if toks[x].sep == HARD and x > k:
                return False
            if toks[x].norm == "for":
                y = x + 1
                the = toks[y].norm == "the" and y + 1 < n and toks[y + 1].sep == SPACE
                if the:
                    y += 1
                m = self.match_at.get(y)
                if m is not None and m.best.cat == "notpage":
                    return True
                if m is not None and not (the and m.j < n and toks[m.j].sep == SPACE and toks[m.j].cap):
                    return False      # "covered for the Reds at left-back": a team, not a paper
                return the and toks[y].sep == SPACE and toks[y].cap     # "the Bolton News", "the Athletic"
        return False

    def _match_presser(self, j: int) -> bool:
        """Does the sentence go on to "his pre-match press conference" (a coach's match-day duty)?"""
        toks = self.toks
        sent = toks[j - 1].sent
        for x in range(j, min(len(toks) - 1, j + 24)):
            if toks[x].sent != sent:
                return False
            if toks[x].norm in ("press", "news") and toks[x + 1].norm == "conference" and x >= 4 \
                    and toks[x - 1].norm in ("match", "game") and toks[x - 1].sep == HYPHEN \
                    and toks[x - 2].norm in ("pre", "post") and toks[x - 3].norm in ("his", "her"):
                return True
        return False

    def _moved_before(self, f: int, verbs: frozenset | set | None = None) -> bool:
        """Is 'from' (token f) the second half of 'joined/signed/moved <club> from'? (or 'for' of
        'played ... for' with the verbs given)"""
        toks = self.toks
        for x in range(f - 1, max(-1, f - 6), -1):
            if toks[x + 1].sep == HARD:
                return False
            if toks[x].norm in (verbs or _MOVED_VERBS):
                return True
        return False

    def _after_aside(self, k: int) -> int | None:
        """The first token after the comma that closes an aside opened just before token k."""
        toks = self.toks
        for x in range(k, min(len(toks), k + 14)):
            if toks[x].sep == HARD:
                return x if self.gap_text(x - 1, x).strip() == "," and toks[x].sent == toks[k].sent else None
        return None

    def _recruits(self, j: int) -> bool:
        """'X is determined to land the 23-year-old', 'as X pushes for reinforcements', 'X is a long-time
        admirer': someone who signs players, not a player (who signs *for* a club or a new deal)."""
        toks = self.toks
        n = len(toks)
        end = min(n, j + 7)
        for k in range(j, end):
            t = toks[k]
            if k > j and t.sep == HARD:
                return False
            w = t.norm
            if w in _SPEECH or w in ("who", "which", "that", "after", "but", "and", "because"):
                return False
            if w == "admirer" and toks[k - 1].norm in _ADMIRER_BEFORE:
                return True
            if w in _SEES and k + 2 < n and toks[k + 1].norm in ("the", "him", "her") and toks[k + 1].sep != HARD:
                # "X sees the centre-back as a priority": someone who judges players, not a player
                # ("Kane sees Bayern as ..." names a club, and is not read here)
                for x in range(k + 2, min(n, k + 7)):
                    m = self.match_at.get(x)
                    if toks[x].sep == HARD or (m is not None and m.j < n and toks[m.j].norm == "as"):
                        break     # "sees the Gunners as favourites": a club
                    if toks[x].norm == "as":
                        return True
            if w in _JUDGES and k + 2 < n and toks[k + 1].norm == "the" and toks[k + 1].sep != HARD:
                # "X convinced the teenager can become a regular": someone who judges a player
                h = k + 2
                if self.age_before(h + 3) and h + 3 <= n:
                    h += 3
                elif self.phrase_at(h, self.lex.player_words, self.lex.role_max) or \
                        self.phrase_at(h, self.lex.positions, self.lex.role_max):
                    h += 1
                else:
                    h = -1
                if 0 < h < n and toks[h].norm in ("can", "will", "could", "would", "is", "has", "must", "should"):
                    return True
            if w == "short" and k + 2 < n and toks[k + 1].norm == "of" and toks[k + 2].norm in ("options", "bodies",
                                                                                              "numbers", "cover"):
                return True       # "X is short of options": the one picking the team
            if w == "for" and k + 1 < n and toks[k + 1].norm in _REINFORCEMENTS and toks[k + 1].sep != HARD:
                return True
            if w in ("his", "her") and k + 1 < n and toks[k + 1].norm in _CHARGE_OBJECTS and toks[k + 1].sep != HARD \
                    and not (k + 2 < n and toks[k + 2].cap and toks[k + 2].sep == SPACE):
                return True           # "reluctant to lose his captain", "to add players to his squad"
            if w in ("his", "her") and any(toks[x].norm in ("target", "targets") and toks[x].sep != HARD
                                  and toks[x - 1].norm in _TARGET_ADJ for x in range(k + 2, min(n, k + 5))):
                return True           # "has made the Austrian his priority target"
            if w == "to" and k + 2 < n and toks[k + 1].norm in _RECRUIT_VERBS and toks[k + 1].sep != HARD \
                    and toks[k + 2].sep != HARD:
                verb, obj = toks[k + 1].norm, [x.norm for x in toks[k + 2:k + 5]]
                if verb == "bring" and obj[0] != "in":
                    return False
                if verb == "add" and (obj[0] == "to" or any(o in _PLAYER_ADDS for o in obj)):
                    return False      # "to add to his tally", "to add more goals"
                if obj[0] in ("for", "with", "on", "terms", "up", "off") and verb != "snap":
                    return False      # "to sign for Everton", "to sign on", "to sign terms"
                if any(o in _PLAYER_OBJECTS for o in obj):
                    return False      # "to land a dream move", "to sign a new contract"
                return True
        return False

    def _head_at(self, k: int) -> bool:
        lex = self.lex
        return bool(self.phrase_at(k, lex.person_roles, lex.role_max) or self.phrase_at(k, lex.positions, lex.role_max)
                    or self.phrase_at(k, lex.player_words, lex.role_max))

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
                    j = m.j
                    if j < n and toks[j].sep == SPACE and not toks[j].cap and toks[j].norm not in _MODIFIERS \
                            and toks[j].norm not in ("who", "whose", "whom") and self.match_at.get(j) is None \
                            and not self._head_at(j):
                        return        # "X, the Belgian could go the other way": a new subject, not X
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
                elif hit[0] < n and toks[hit[0]].sep == SPACE and toks[hit[0]].norm in _CLAUSE_SAY:
                    return        # "... for X, the club's president confirmed": a new clause's subject
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
            if toks[k].cap and steps <= 2 and (toks[k].poss or (k + 1 < n and toks[k + 1].cap and toks[k + 1].poss
                                                                and toks[k + 1].sep == SPACE)):
                k += 1            # "X, Norrvik DFF's head coach,": an owner the data does not know
                continue
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
        if j + 1 < n and toks[j].sep == SPACE and toks[j].norm in _PLACE_BEFORE_CLUB and not toks[j - 1].poss \
                and toks[j + 1].sep == SPACE and toks[j + 1].cap and j - i == 1:
            return why    # "from Tarma giants Sporting Ocoña": the town of the club named after it
        if i > 0 and toks[i].sep != HARD:
            for L in (2, 1):
                if i - L < 0 or any(toks[x].sep == HARD for x in range(i - L + 1, i + 1)):
                    continue
                key = tuple(toks[x].norm for x in range(i - L, i))
                if key in _CLUB_BEFORE:
                    if key == ("from",) and i >= 2 and toks[i - 2].norm in _ORIGIN_BEFORE_FROM:
                        break     # "his family relocated from Cork", "hails from Bath": a home town
                    if key == ("from",) and self._moved_before(i - 1):
                        why.append("joined ... from X")      # "joined Bayern from X": a club
                        break
                    why.append(" ".join(key) + " X")
                    break
            if not why and toks[i - 1].norm == "for" and self._moved_before(i - 1, _PLAYED_VERBS) and \
                    not (toks[j - 1].poss and j < n and (toks[j].norm in _CLUB_OF or toks[j].norm in _MAN_FORM)):
                why.append("played ... for X")       # "played in Japan for X", "scored 20 goals for X"
                #                                      (not "for Al-Rashid's club": the one who runs it)
            prev = self.match_at.get(i - 1)
            if prev is None and i >= 2 and toks[i - 1].norm in _CLUB_HEAD_WORDS:
                k = i - 2
                while k > 0 and i - 2 - k < 4 and k not in self.match_at and toks[k].text[:1].isalpha() and \
                        not toks[k].cap and toks[k + 1].sep in (SPACE, HYPHEN):
                    k -= 1            # "Austrian second-division club X", "Danish top-flight side X"
                m2 = self.match_at.get(k)
                if m2 and m2.best.cat in ("nat_adj", "country", "notpage") and toks[i - 1].sep != HARD and \
                        all(toks[x].sep in (SPACE, HYPHEN) for x in range(k + 1, i)):
                    why.append(f"{toks[k].text} {toks[i - 1].text} X")
        if j < n and toks[j].sep != HARD:
            if toks[j - 1].poss:
                hit = self.phrase_at(j, lex.person_roles, lex.role_max)
                if hit and hit[1] in _CLUB_STAFF and hit[0] < n and toks[hit[0]].cap \
                        and toks[hit[0]].sep == SPACE and self.match_at.get(hit[0]) is None \
                        and not toks[hit[0]].poss:
                    # "Tarnów's sporting director Piotr X": a job only a club gives, then the holder's name
                    why.append(f"X's {' '.join(t.norm for t in toks[j:hit[0]])} <name>")
                elif toks[j].norm in _CLUB_AFTER_POSS:
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
                    typo = self._job_typo(j)
                    if typo:
                        why.append(f"X {typo} <name>")      # "Bohs goalkeeeper Ruairi X": a misspelt job
                    elif toks[j].norm in _CLUB_AFTER:
                        why.append(f"X {toks[j].norm}")
                    elif toks[j].norm in _PLURAL_VERBS and self._clause_start(i):
                        why.append("X " + toks[j].norm)      # "Zagłębie are", "Orzeł have": a team
                    else:
                        bid = self._bid_after(j)
                        if bid:
                            why.append(bid)
        elif j < n and self.gap_text(j - 1, j).strip() == "," and not toks[j - 1].poss:
            head = self._club_apposition(j)
            if head:
                why.append(f"X, the ... {head}")     # "Orzeł, the Ekstraklasa champions, ..."
        return why

    def _job_typo(self, j: int) -> str | None:
        """A lower-case word one letter off a one-word position or club job ("goalkeeeper",
        "midfeilder"), then a capitalised name: the job it misspells."""
        toks, lex = self.toks, self.lex
        n = len(toks)
        t = toks[j]
        if t.cap or len(t.norm) < 7 or j + 1 >= n or toks[j + 1].sep != SPACE or not toks[j + 1].cap \
                or self.match_at.get(j + 1) is not None or not t.norm.isalpha():
            return None
        if (t.norm,) in lex.positions or (t.norm,) in lex.person_roles or t.norm in lex.stopwords:
            return None
        for w in _job_words(lex):
            if abs(len(w) - len(t.norm)) <= 1 and Levenshtein.distance(w, t.norm, score_cutoff=1) <= 1:
                return w
        return None

    def _clause_start(self, i: int) -> bool:
        """Does the name at token i open a clause, so that a verb after it is its own ("Brisa Norte
        have", "since Toluca have")? Not the second of a list ("Smith and Jones are"), nor the end
        of a longer subject ("talks for the athlete X have ended")."""
        toks = self.toks
        if i == 0 or toks[i].first:
            return True
        if toks[i].sep == HARD:
            return self.gap_text(i - 1, i).strip() not in (",", "")
        return toks[i - 1].norm in _CLAUSE_OPENERS

    def _bid_after(self, j: int) -> str | None:
        """'X had a bid rejected', 'X (also) made enquiries', 'X lodged an offer': what a club does."""
        toks = self.toks
        n = len(toks)
        for k in range(j, min(n, j + 4)):
            if k > j and toks[k].sep == HARD:
                return None
            verb = toks[k].norm
            if verb in _BID_VERBS:
                x = k + 1
                while x < n and x - k <= 3 and toks[x].sep != HARD and toks[x].norm in _BID_DETS:
                    x += 1
                if x < n and toks[x].sep != HARD and toks[x].norm in _BID_NOUNS and \
                        (verb != "had" or (x + 1 < n and toks[x + 1].sep != HARD
                                           and toks[x + 1].norm in _BID_OUTCOMES)):
                    return f"X {verb} ... {toks[x].norm}"
            if verb not in _BID_ADVERBS:
                return None
        return None

    def _club_apposition(self, j: int) -> str | None:
        """', the Ekstraklasa champions,' after a name: a description whose head is a club noun."""
        toks = self.toks
        n = len(toks)
        if toks[j].norm != "the":
            return None
        for k in range(j + 1, min(n, j + 6)):
            if toks[k].sep == HARD:
                return None
            if toks[k].norm in _CLUB_HEAD_WORDS and not toks[k].poss:
                if k + 1 >= n or toks[k + 1].sep == HARD:
                    return toks[k].norm
                if toks[k + 1].norm in ("who", "which", "whose") and toks[k + 1].sep == SPACE:
                    return toks[k].norm    # ", the Belgian second-tier club who watched him": a relative clause
                return None
            if toks[k].poss:
                return None
        return None


_TEAM_SUBJECTS = {"side", "team", "sides", "teams"}
# what follows the opponent after the verb "host": "host Port at home on January 17", "host them next week"
_FIXTURE_AFTER = {"at", "on", "this", "next", "tonight", "tomorrow"}
_CLUB_BEFORE = {("joined",), ("join",), ("joining",), ("signed", "for"), ("sign", "for"), ("signing", "for"),
                ("move", "to"), ("moved", "to"), ("switch", "to"), ("loan", "at"), ("loan", "to"),
                ("loan", "with"), ("spell", "at"), ("spell", "with"), ("played", "for"), ("plays", "for"),
                ("playing", "for"), ("against",), ("from",), ("win", "over"), ("victory", "over"),
                ("defeat", "to"), ("defeat", "by"), ("draw", "with"), ("friendly", "with"), ("rivals",),
                ("stint", "at"), ("stint", "with"), ("left",), ("leave",), ("joins",), ("re-joined",),
                ("rejoined",), ("rejoin",), ("loan", "from"), ("arrived", "from"), ("signed", "from"),
                ("friendly", "against"), ("debut", "at"), ("debut", "for"), ("charge", "of"), ("coach", "of"),
                ("manager", "of"), ("boss", "of"), ("coached",), ("managed",), ("non", "league"),
                ("away", "at"), ("away", "to"), ("home", "to"), ("friendly", "at"), ("fixture", "against"),
                ("academy", "at"), ("ranks", "at"),
                # "X's side host Y at the Oval": the team a side plays at home or away is a club
                ("side", "host"), ("side", "hosts"), ("side", "visit"), ("side", "face"), ("side", "faces"),
                ("team", "host"), ("team", "hosts"), ("team", "visit"), ("team", "face"), ("team", "faces")}
WEAK_CLUB_BEFORE = {"from X", "left X", "leave X", "rivals X"}
# what only a club follows: a two-word unknown name after one of these is a club, not a person
CLUB_ONLY_BEFORE = {"joined ... from X", "signed from X", "arrived from X", "loan from X", "loan at X", "loan to X",
                    "loan with X", "spell at X", "spell with X", "stint at X", "stint with X", "signed for X",
                    "sign for X", "signing for X", "debut for X", "debut at X", "academy at X", "ranks at X"}   # not "played for X": a manager
# "... from X" after these words names where someone comes from, not a club
_ORIGIN_BEFORE_FROM = {"relocated", "relocating", "relocate", "hails", "hailing", "hail", "emigrated",
                       "emigrating", "originally", "originates", "originating", "family", "parents", "native",
                       "born", "raised", "grew", "flew", "flying", "flies", "travelled", "traveled", "drove",
                       "miles", "km", "kilometres", "far",
                       # "a mother from Trois-Rivieres", "his grandfather from Cork": a relative's home town
                       "mother", "father", "mum", "mom", "dad", "parent", "grandmother", "grandfather",
                       "grandparents", "grandparent", "wife", "husband", "son", "daughter", "brother", "sister",
                       "relatives", "cousin", "uncle", "aunt"}
_CLUB_HEAD_WORDS = {"side", "club", "outfit", "giants", "team", "champions", "minnows", "rivals"}
# "X's <job> <Name>": jobs only a club gives (an agent, an assistant or a relative is someone's)
_CLUB_STAFF = {"manager", "director", "chairman"}
# a plural verb right after a name: British copy treats a team as plural ("Lech are", "Toluca have")
_PLURAL_VERBS = {"are", "have", "were", "aren't", "haven't", "weren't"}
_JOB_WORDS: dict[int, tuple[str, ...]] = {}


# "this paper's Nora X", "our station's X": the outlet writing the piece names its own reporter
_OWN_OUTLET = frozenset({"paper", "newspaper", "website", "site", "station", "magazine", "title", "outlet",
                         "publication", "programme", "program", "podcast", "channel"})


def _job_words(lex: Lexicon) -> tuple[str, ...]:
    """One-word positions and club jobs of at least seven letters (a typo of a shorter word is a guess)."""
    hit = _JOB_WORDS.get(id(lex))
    if hit is None:
        words = {k[0] for k in lex.positions if len(k) == 1} | \
            {k[0] for k, g in lex.person_roles.items() if len(k) == 1 and g in _CLUB_STAFF}
        hit = _JOB_WORDS[id(lex)] = tuple(sorted(w for w in words if len(w) >= 7 and w.isalpha()))
    return hit


_CLAUSE_OPENERS = {"but", "while", "whilst", "as", "since", "after", "because", "although", "though", "if",
                   "when", "that", "whereas", "before", "until", "unless", "once", "where", "so"}
_BID_ADVERBS = {"also", "already", "previously", "reportedly", "have", "had", "first", "then", "now", "even",
                "twice", "since"}
_BID_VERBS = {"had", "made", "make", "submitted", "lodged", "tabled", "launched"}
_BID_DETS = {"a", "an", "two", "three", "several", "their", "its", "an", "initial", "opening", "formal",
             "first", "second", "improved", "fresh", "new", "official"}
_BID_NOUNS = {"bid", "bids", "offer", "offers", "enquiry", "enquiries", "inquiry", "inquiries"}
_BID_OUTCOMES = {"rejected", "accepted", "turned", "knocked", "snubbed", "refused", "dismissed"}
_PLACE_BEFORE_CLUB = frozenset({"giants", "minnows", "outfit", "strugglers", "heavyweights", "powerhouse"})
_CLUB_AFTER = {"boss", "manager", "coach", "chairman", "president", "director", "owner", "owners", "fans",
               "supporters", "academy", "youth", "board", "hierarchy", "captain", "striker", "defender",
               "midfielder", "goalkeeper", "keeper", "winger", "forward", "first"}
_CLUB_AFTER_POSS = {"academy", "youth", "first", "fans", "supporters", "president", "boss", "manager",
                    "coach", "chairman", "owner", "owners", "board", "hierarchy", "squad", "stadium",
                    "ground", "captain", "striker", "defender", "midfielder", "goalkeeper", "winger",
                    "forward", "reserves", "under-21s", "b", "manager", "sporting", "technical",
                    "director", "training"}


def _apostrophe_name(gap: str) -> bool:
    """", 'Mamosa X,": a comma, then a name written with a leading apostrophe (Sesotho 'M-, 'Ma-)."""
    g = gap.strip()
    return len(g) >= 2 and g[0] == "," and g[-1] in "'\u2019\u2018" and gap[-1] == g[-1] and g[1:-1].strip() == ""
