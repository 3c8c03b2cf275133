"""Descriptions that stand for an entity: "the 26-year-old", "the Dutch international",
"the ex-Celtic man", "the Spaniard", "the Wolves boss", "the Merseyside club".

This module only reads the phrase and its features; which entity it means is decided in the
identity step, once every article has said what it knows about each entity.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .cues import _MODIFIERS, _PLAYER_VERBS, PERSON_VERBS, Context
from .tokens import HARD, HYPHEN, POSS, SOFT, SPACE, norm_phrase

# "Birmingham-based", "Liverpool-born": a club's town used as a place, not the club
PLACE_TAILS = {"based", "born", "bred", "raised", "native", "area"}

_BARE_PLAYER_WORDS = {("youngster",), ("teenager",), ("teen",), ("wonderkid",), ("starlet",), ("left", "footer"),
                      ("right", "footer"), ("client",), ("free", "agent"), ("hotshot",), ("hot", "shot"),
                      ("goal", "machine"), ("canterano",), ("canterana",),   # (Spanish: an academy product)
                      ("academy", "graduate"), ("academy", "product")}        # "the academy graduate"
_NEEDS_MODIFIER = {("man",), ("player",), ("star",), ("international",), ("captain",), ("skipper",),
                   ("signing",), ("target",), ("talent",), ("prospect",), ("ace",), ("veteran",),
                   ("footballer",), ("hero",), ("newcomer",), ("recruit",), ("new", "boy"), ("arrival",),
                   ("purchase",), ("acquisition",), ("buy",), ("boy",), ("lad",), ("cap",)}
# a head that stands alone after "the" only: "the player", "the boy" (but "his player", "a boy" do not)
_BARE_AFTER_THE = {("player",), ("boy",), ("lad",)}
# position words loose enough to cover two groups: "the attacker" may be a forward or an attacking
# midfielder, so it does not rule out either
_LOOSE_POSITIONS = {("attacker",), ("attackers",)}
_TEEN = {("teenager",), ("teen",), ("wonderkid",)}
_POSSESSIVES = {"his", "their", "her", "its", "my", "our"}
# "their star", "its academy graduate": a club's own player, no other modifier needed
_CLUB_OWNER = {"their", "its"}
_CLUB_OWNS = {("star",), ("captain",), ("skipper",), ("talent",), ("prospect",), ("graduate",),
              ("academy", "graduate"), ("academy", "product"), ("asset",), ("prized", "asset"), ("prize", "asset"),
              ("star", "asset"), ("crown", "jewel"), ("jewel",), ("talisman",), ("prodigy",), ("homegrown", "star"),
              ("home", "grown", "star"), ("home-grown", "star"), ("starlet",), ("wonderkid",),
              ("top", "scorer"), ("top", "goalscorer"), ("leading", "scorer"), ("leading", "goalscorer"),
              ("best", "player"), ("star", "man"), ("key", "man"), ("key", "player")}
# "sell his captain", "losing his top scorer": a boss or president who parts with his player
_PARTS_WITH = {"sell", "sells", "selling", "sold", "lose", "loses", "losing", "lost", "keep", "keeps", "keeping",
               "kept", "replace", "replacing", "offload", "offloading", "release", "releasing", "cash", "without"}
# "value the captain at", "priced the skipper at": a club setting the fee for its own player
_VALUES = {"value", "values", "valued", "valuing", "price", "prices", "priced", "pricing"}
# "the crown jewel of the Verdao academy": the head needs no other modifier when a club owns it
_OF_CLUB_TAILS = {"academy", "youth", "system", "side", "team", "squad", "ranks", "set-up", "setup", "books"}
_OWNED_CLUB = {"new", "old", "former", "previous", "next", "parent", "boyhood", "current", "future"}
_DETERMINERS = {"the", "a", "an", "his", "their", "her", "its"}
_NOT_A_PERSON_AFTER = {"shirt", "jersey", "role", "position", "spot", "berth", "slot", "armband", "duties", "market",
                       "department", "area", "problem", "problems", "options", "situation", "shortage", "crisis",
                       "pool", "room", "coach", "coaches", "coaching", "department", "search", "hunt", "chase"}
# "the Saudi window", "the Italian press": a nationality adjective before a noun, not "the Italian" (a person)
_NOUNS_AFTER_NAT = {"window", "press", "media", "market", "league", "top", "flight", "top-flight", "tier", "capital",
                    "government", "federation", "game", "football", "transfer", "deadline", "paper", "papers",
                    "newspaper", "newspapers", "outlet", "outlets", "television", "tv", "radio", "broadcaster",
                    "sports", "sport", "season", "campaign", "title", "cup", "fans", "supporters", "public", "clubs",
                    "sides", "teams", "national", "authorities", "courts", "way", "style", "rules", "system",
                    "economy", "money", "state", "owners", "owner", "takeover", "consortium", "project", "spending",
                    "offer", "bid", "interest", "approach", "deal", "contract", "players", "stars", "coaches",
                    "managers", "internationals", "top-tier", "second", "third", "fa", "champion", "record",
                    "summer", "winter", "transfers", "market's", "journalist", "journalists", "reports", "report",
                    "sources", "giant", "revolution", "riches", "wealth", "investment", "fund", "pif", "pro"}
# "the flying Italian", "the experienced Portuguese": a nationality used as a noun, with an adjective
_SOFT_ADJS = {"flying", "towering", "tricky", "versatile", "experienced", "young", "veteran", "talented", "pacy",
              "diminutive", "giant", "powerful", "classy", "creative", "combative", "influential", "prolific",
              "skilful", "skillful", "speedy", "rangy", "tenacious", "lanky", "gifted", "exciting", "promising",
              "stylish", "elegant", "rapid", "nippy", "hard-working", "industrious", "dynamic", "athletic",
              "imposing", "physical", "technical", "clinical", "mercurial", "enigmatic", "unsettled", "wantaway",
              "highly-rated", "much-travelled", "well-travelled", "uncapped", "capped", "tall"}
# "identified the Italian as his top target", "made him his number one target": a predicate, not a reference
# participles that say whose player it is, not what he is like: "the opposing striker" is someone else
_NOT_PLAYER_ING = {"opposing", "visiting", "remaining", "following", "missing", "existing", "competing", "rivalling",
                   "defending", "replacing", "coming", "returning", "travelling", "traveling"}
_PREDICATE_BEFORE = {"as", "is", "was", "be", "been", "being", "become", "becomes", "became", "remains",
                     "remain", "him", "them", "her", "me", "us", "made", "make", "makes", "named", "call",
                     "called", "calls", "considered", "consider", "considers", "like", "are", "were"}
_RELATION_WORDS = {("team", "mate"), ("teammate",), ("team-mate",), ("compatriot",), ("countryman",), ("countrywoman",),
                   ("replacement",), ("successor",), ("predecessor",), ("understudy",), ("rival",)}
# "the No 10 shirt", "a No 6 role": the number of a shirt or a position, not the player
_NUMBER_NOUNS = {"shirt", "shirts", "jersey", "role", "position", "spot", "slot", "berth", "kit", "in", "on"}
_EX_MODS = {"former", "ex", "sacked", "departed", "axed", "ousted", "dismissed", "previous"}
_DESC_MODS = _MODIFIERS | {"under-21", "under-23", "under-20", "under-19", "under-18", "under-17", "under-16",
                           "under", "u21", "u23", "u20", "u19", "u18", "u17", "21", "23", "20", "19", "18", "17",
                           "16", "senior",
                           "full", "based", "born", "bred", "raised", "rated", "bound", "capped", "time",
                           "multi", "million", "pound", "euro", "£", "fellow", "sacked", "axed", "ousted",
                           "dismissed", "previous"}


# "team of the season", "side of the week": an honour named after a span of play
_HONOUR_SPANS = {"season", "year", "week", "month", "round", "decade", "tournament", "century", "matchday"}
# what a season made a club: "the newly promoted side", "the relegated club"
_STATUS_MODS = {"promoted", "relegated", "newly-promoted"}
# a division named by its level, before a club noun: "the Danish second-tier club", "a top-flight side"
_TIER_WORDS = frozenset({"top", "first", "second", "third", "fourth", "fifth", "lower", "bottom"})
_TIER_HEADS = frozenset({"tier", "flight", "division", "league"})
# what a club is known for, that the data files cannot list: "the historic club", "the coastal side",
# "the university club"; like a status, any club of the article may fit and the text around it decides
_EPITHETS = {"historic", "coastal", "university", "storied", "famous", "fallen", "ambitious", "wealthy",
             "big-spending", "cash-rich", "cash-strapped", "provincial", "seaside",
             "traditional", "mighty"}
# "the champions", "the holders": a club by its title, with no other word
_TITLE_HOLDERS = {"champions", "holders", "titleholders"}
# "the country's most decorated club", "the league's most successful side": a superlative in a scope
_AGE_DIGITS = re.compile(r"[0-9]{2}")
_TOWN_KINDS = {"border", "market", "mining", "port", "spa", "small", "seaside", "harbour", "steel", "coal",
               "mill", "factory", "university", "cathedral", "fishing", "industrial", "frontier", "garrison"}
_SCOPES = {"country", "nation", "league", "city", "region", "division", "island"}
_HOME_SCOPES = _SCOPES | {"county", "town", "village", "valley", "province", "state"}
_SUPERLATIVES = {"decorated", "successful", "popular", "famous", "storied", "supported", "historic",
                 "prestigious", "wealthy", "ambitious", "celebrated"}

# "The Canadian, who arrived last year": a director or a coach arrives at a club as a player does
_ARRIVAL_VERBS = {"arrived", "came", "moved", "joined"}

_APPOS_NAME = re.compile(r",\s*[A-Z\u00c0-\u024f]")

# adverbs that stand between a subject and its verb, never inside a description
_ADVERBS_AFTER = {"also"}


@dataclass(slots=True)
class Desc:
    start: int
    end: int
    text: str
    target: str                      # player | person | club | human (player or person)
    sent: int
    nationality: str | None = None
    position: str | None = None
    role: str | None = None
    age: int | None = None
    club: str | None = None          # local club key named inside ("the Wolves boss")
    former: list[str] = field(default_factory=list)
    clubs_ok: set[str] = field(default_factory=set)   # club ids a club description may mean (place/ground)
    country: str | None = None       # "the Dutch club" -> Netherlands
    league: str | None = None
    modifiers: int = 0
    max_age: int | None = None       # "the teenager": under 20
    noun_only: bool = False          # "the Spaniard", "the German": nothing but a nationality
    name_at: int | None = None       # a pre-modifier: offset of the name it stands before
    ex: bool = False                 # "the former Wolves boss", "the sacked manager": a past job
    bare: bool = False               # the head needs no modifier ("the youngster", "his client")
    relation: bool = False           # "his team-mate", "his compatriot": someone else than the owner
    owned: bool = False              # "his new club", "his old club": a club of the one just named
    owned_new: bool = False          # "his new club", "his next club": not the club he was at
    unknown_place: bool = False      # a city no club of the data files has: a club the data does not know
    name_words: tuple[str, ...] = ()  # capitalised words the data files do not know: "the Tarnowiec side"
    #                                   means the club whose name has the word "Tarnowiec"
    appos_end: int | None = None     # "X, an Australian who ...": end of the name X it stands beside
    status: bool = False             # "the newly promoted side": a club by its season, any club may fit


def find(ctx: Context, club_key_of: dict[int, str]) -> list[Desc]:
    """Every description phrase in the article, with what it says."""
    toks, lex = ctx.toks, ctx.lex
    out: list[Desc] = []
    n = len(toks)
    headline_end = _headline_end(ctx.body)
    for d in range(n):
        t = toks[d]
        if t.norm == "the":
            start_tok = d
            k = d + 1
        elif t.norm == "ex" and d + 1 < n and toks[d + 1].sep == HYPHEN and (d == 0 or toks[d - 1].norm != "the"):
            start_tok = d
            k = d
        elif t.norm in _POSSESSIVES and d + 1 < n and toks[d + 1].sep == SPACE and \
                not (d > 0 and toks[d].sep != HARD and toks[d - 1].norm in _PREDICATE_BEFORE):
            # "his client", "his new wide man", "their departing star": a player someone has or loses
            desc = _read(ctx, d, d + 1, club_key_of)
            if desc and t.norm in ("my", "our") and not (desc.bare and desc.target == "player" and not desc.modifiers):
                continue          # "my client", "my youngster": an agent's or a coach's word for the player
            if desc and desc.target == "player" and (desc.modifiers or desc.bare) and not desc.relation:
                out.append(desc)
            elif desc and desc.target == "club" and desc.owned:
                out.append(desc)
            continue
        elif t.norm in ("a", "an") and d > 0 and d + 1 < n and toks[d].sep == HARD and toks[d - 1].cap and \
                toks[d + 1].sep == SPACE and ctx.body[toks[d - 1].poss_end:t.start].strip() == "," and \
                not toks[d - 1].poss:
            # "Doherty-Brennan, an Australian who joined ...": an apposition describes the name before it
            desc = _read(ctx, d, d + 1, club_key_of)
            if desc and desc.name_at is None and desc.target in ("human", "player", "person") and \
                    (desc.noun_only or desc.nationality) and not desc.relation:
                desc.appos_end = toks[d - 1].end
                out.append(desc)
            continue
        else:
            prev_det = d > 0 and toks[d].sep != HARD and toks[d - 1].norm in _DETERMINERS
            if t.norm.isdigit() and not prev_det and d + 2 < n and toks[d + 1].norm == "year" and \
                    toks[d + 2].norm == "old" and toks[d + 1].sep == HYPHEN and toks[d + 2].sep == HYPHEN:
                # "would like 18-year-old Inter forward Leonardo Bassi": no article, but it names him
                desc = _read(ctx, d, d, club_key_of)
                if desc and desc.name_at is not None:
                    out.append(desc)
                continue
            if headline_end and toks[d].start < headline_end and not prev_det and t.cap and \
                    (d == 0 or toks[d].sep == HARD or not toks[d - 1].cap):
                # a headline drops its articles: "Rangers want Dutch keeper", "close in on Freiburg star"
                m = ctx.match_at.get(d)
                if m is not None and m.i == d and m.best.cat in ("club", "nat_adj") and club_key_of.get(d, "x"):
                    desc = _read(ctx, d, d, club_key_of)
                    if desc and desc.name_at is None and desc.target in ("player", "person") and \
                            (desc.position or desc.role or desc.bare or desc.modifiers) and \
                            _ends_phrase(ctx, desc.end):
                        out.append(desc)
                        continue
            m = ctx.match_at.get(d)
            if m is not None and m.i == d and m.best.cat == "club" and toks[m.j - 1].poss and m.j < n and \
                    not prev_det and club_key_of.get(d) and toks[m.j].sep == POSS:
                # "Bolton's head of recruitment told ...": a club's job with no name after it means
                # whoever holds that job ("Bolton's manager Ian X" is a title before a name instead)
                desc = _read(ctx, d, d, club_key_of)
                if desc and desc.target == "person" and desc.role and desc.name_at is None and \
                        not desc.ex and desc.club and not _APPOS_NAME.match(ctx.body, desc.end):
                    out.append(desc)      # (", Darren X," after it: an apposition, read below)
                elif desc and desc.target == "player" and desc.name_at is None and desc.club and \
                        toks[m.j].norm in ("number", "no") and m.j + 1 < n and toks[m.j + 1].norm.isdigit() \
                        and not _APPOS_NAME.match(ctx.body, desc.end):
                    out.append(desc)      # "Foggia's number 10 has a contract until 2027": whoever wears it
                elif desc and desc.target == "player" and desc.name_at is None and desc.club and not desc.ex \
                        and m.j + 1 == desc_end_tok(ctx, desc) and toks[m.j].norm in ("captain", "skipper") \
                        and not _APPOS_NAME.match(ctx.body, desc.end):
                    out.append(desc)      # "he is Ahal's captain": whoever wears that club's armband
                continue
            if m is not None and m.i == d and m.best.cat == "country" and t.cap and m.j < n and \
                    toks[m.j].norm in ("international", "internationals") and \
                    (d == 0 or toks[d].sep == HARD or toks[d - 1].norm not in _DETERMINERS):
                # "Ghana international Kwabena Mensah": no article, but a national team's name before
                # "international" names the one after it ("Brazilian forward X" stays a plain title)
                desc = _read(ctx, d, d, club_key_of)
                if desc and desc.name_at is not None:
                    out.append(desc)
            continue
        if t.norm == "the" and k < n:
            nat = _possessive_nationality(ctx, start_tok, k)
            if nat is not None:
                out.append(nat)
        desc = _read(ctx, start_tok, k, club_key_of)
        if desc:
            if desc.target == "person" and desc.role and desc.name_at is None:
                _role_of_club_before_name(ctx, desc, start_tok, club_key_of)
            out.append(desc)
    out += _role_possessives(ctx)
    return out


def desc_end_tok(ctx: Context, desc: Desc) -> int:
    """The token just after a description's last word (binary search over the tokens' ends)."""
    toks = ctx.toks
    lo, hi = 0, len(toks)
    while lo < hi:
        mid = (lo + hi) // 2
        if toks[mid].end < desc.end:
            lo = mid + 1
        else:
            hi = mid
    return lo + 1


def _possessive_nationality(ctx: Context, start_tok: int, k: int) -> Desc | None:
    """"the Algerian's representatives", "the Dane's agent": a nationality word used as a noun owns
    what follows; the word alone is then a description of that person too."""
    toks = ctx.toks
    m = ctx.match_at.get(k)
    if m is None or m.i != k or m.j >= len(toks) or not toks[m.j - 1].poss or toks[m.j].sep != POSS \
            or not toks[k].cap or toks[k].sep != SPACE or toks[m.j].cap:
        return None
    if m.best.cat not in ("nat_adj", "nat_noun") or any(e.cat == "club" and e.via in ("name", "short", "nick")
                                                        for e in m.entries):
        return None
    start, end = toks[start_tok].start, toks[m.j - 1].end
    return Desc(start, end, ctx.body[start:end], "human", toks[start_tok].sent, nationality=m.best.ref,
                modifiers=1, noun_only=True)


# "the player's agent, X", "Smit's father and adviser X", "PSV's Asia scout X": an owner's
# person (a role or a relative) named right after; the whole phrase then names that person
_KIN = {("father",), ("mother",), ("brother",), ("uncle",), ("cousin",), ("dad",), ("wife",), ("sister",),
        ("grandfather",), ("mum",), ("partner",), ("girlfriend",), ("fiancée",), ("fiancee",), ("husband",),
        ("aunt",), ("grandmother",), ("stepfather",), ("agent",), ("son",), ("daughter",)}
_OWNER_NOUNS = {"player", "player's", "club", "striker", "midfielder", "defender", "winger", "forward",
                "goalkeeper", "keeper", "youngster", "teenager", "star", "midfielder", "international"}
_APPOS_DETS = {"the", "a", "an", "his", "her", "their"}
_OWNER_ADJS = {"young", "teenage", "new", "former", "veteran", "experienced", "talented", "highly-rated",
               "in-demand", "wantaway", "unsettled", "injured", "exciting", "promising", "prolific"}


def _role_head(ctx: Context, k: int) -> int | None:
    """End of a person role or kinship word at token k, else None."""
    lex = ctx.lex
    hit = ctx.phrase_at(k, lex.person_roles, lex.role_max)
    if hit:
        return hit[0]
    if (ctx.toks[k].norm,) in _KIN:
        return k + 1
    return None


def _role_possessives(ctx: Context) -> list[Desc]:
    toks, lex = ctx.toks, ctx.lex
    n = len(toks)
    out: list[Desc] = []
    for d in range(n - 2):
        t = toks[d]
        if t.norm in ("his", "her") and not t.poss and toks[d + 1].sep == SPACE:
            a = d                 # "His agent Mikel X", "His brother and agent, Tunde X"
        elif not t.poss or toks[d + 1].sep != "'":
            continue
        # the owner: "the player's", "O'Shea's", "Del Vecchio's", "PSV's"
        elif t.cap and not t.first or (t.cap and t.upper):
            a = d
            while a > 0 and (toks[a].sep == SPACE or (toks[a].sep == HYPHEN and toks[a - 1].cap)) \
                    and not toks[a].first and (
                    toks[a - 1].cap or (toks[a - 1].norm in lex.particles and a - 1 > 0 and toks[a - 2].cap
                                        and toks[a - 1].sep == SPACE)):
                a -= 1              # "Llewelyn-Pryce's agent": the whole double-barrelled name owns it
            if toks[a].norm in lex.stopwords and a < d:
                a += 1
        elif t.cap and t.first:
            a = d
        elif t.norm in _OWNER_NOUNS and d > 0 and toks[d].sep == SPACE and toks[d - 1].norm in ("the", "his", "her", "their"):
            a = d - 1
        elif t.norm in _OWNER_NOUNS and d > 1 and toks[d].sep == SPACE and toks[d - 1].sep == SPACE \
                and not toks[d - 1].cap and toks[d - 1].norm in _OWNER_ADJS and toks[d - 2].norm in ("the", "his", "her", "their"):
            a = d - 2             # "The young striker's uncle, Garang X"
        else:
            continue
        k = d + 1
        mods = 0
        end = None
        agent = False
        while k < n and mods <= 2:
            if k > d + 1 and toks[k].sep != SPACE:
                break
            b = _role_head(ctx, k)
            if b is not None:
                end = b
                hit = ctx.phrase_at(k, lex.person_roles, lex.role_max)
                agent = mods == 0 and hit is not None and hit[0] == b and hit[1] == "agent"
                k = b
                if k + 1 < n and toks[k].norm in ("and", "&") and toks[k].sep == SPACE and toks[k + 1].sep == SPACE:
                    b2 = _role_head(ctx, k + 1)
                    if b2 is not None:
                        end = b2
                        k = b2
                break
            mk = ctx.match_at.get(k)
            if mk is not None and mk.i == k and mk.best.cat == "nat_adj" and toks[k].cap:
                mods += 1         # "The player's French agent, X": a nationality word (a stopword too)
                k = mk.j
                continue
            if toks[k].norm in lex.stopwords or toks[k].norm in _APPOS_DETS or ctx.match_at.get(k) is not None \
                    and ctx.match_at[k].best.cat not in ("nat_adj", "place", "country"):
                break
            mods += 1
            k += 1
        if end is None or end >= n:
            continue
        k = end
        gap = ctx.body[toks[k - 1].end:toks[k].start]
        if gap.strip() not in ("", ","):
            continue
        if toks[k].norm in _APPOS_DETS and gap.strip() == ",":
            # "The player's agent, the Portuguese intermediary Nuno Reis": read past the apposition
            j = k + 1
            while j < n and j < k + 5 and toks[j].sep == SPACE:
                b = _role_head(ctx, j)
                nat = ctx.match_at.get(j)
                if b is None and j == k + 1 and nat is not None and nat.i == j and nat.j < n and \
                        nat.best.cat in ("nat_adj", "nat_noun") and toks[nat.j].sep == SPACE and toks[nat.j].cap:
                    b = nat.j     # "The player's adviser, the Ukrainian Taras X": a nationality, then the name
                if b is None and j == k + 1 and j + 2 < n and toks[j].cap and toks[j + 1].sep == HYPHEN and \
                        toks[j + 1].norm in ("based", "born") and toks[j + 2].sep == SPACE and toks[j + 2].cap:
                    b = j + 2     # "His agent, the Zagreb-based Hrvoje X": a home town, then the name
                if b is not None:
                    k = b
                    break
                j += 1
            else:
                continue
            if k >= n or toks[k].sep != SPACE:
                continue
        nt = toks[k]
        two_words = k + 1 < n and toks[k + 1].sep in (SPACE, HYPHEN) and toks[k + 1].cap and \
            toks[k + 1].norm not in lex.stopwords and ctx.match_at.get(k + 1) is None
        if not nt.cap or (nt.norm in lex.stopwords and not (gap.strip() == "," and two_words)) or \
                ctx.match_at.get(k) is not None:
            if agent and not gap.strip() and nt.sep == SPACE and not nt.cap and (a < d or t.first) and \
                    nt.norm not in ("and", "&", "or"):
                # "The winger's representative is also said to ...": no name after it, so the phrase
                # means the agent the article names elsewhere ("is represented by X")
                f = Desc(0, 0, "", "person", t.sent, role="agent")
                f.start = toks[a].start
                f.end = toks[end - 1].end
                f.text = ctx.body[f.start:f.end]
                f.bare = True
                out.append(f)
            continue
        f = Desc(0, 0, "", "person", t.sent)
        f.start = toks[a].start
        f.end = toks[end - 1].end
        f.text = ctx.body[f.start:f.end]
        f.name_at = nt.start
        out.append(f)
    return out


_YOUNG = {"young", "teenage", "teenaged", "youthful"}
_TRANSLATED = {"translated", "translation", "adapted"}
_HEIGHT_FT = re.compile(r"[4-7](?:ft|foot)")
_HEIGHT_IN = re.compile(r"(?:1[01]|\d)(?:in|ins)")


def _read(ctx: Context, start_tok: int, k: int, club_key_of: dict[int, str]) -> Desc | None:
    toks, lex = ctx.toks, ctx.lex
    n = len(toks)
    f = Desc(0, 0, "", "", toks[start_tok].sent)
    if start_tok >= 2 and toks[start_tok - 1].norm == "from" and toks[start_tok - 2].norm in _TRANSLATED:
        return None               # "Translated from the Portuguese": a language, not a person
    if toks[start_tok].norm == "the" and k == start_tok + 1:
        home = _from_place(ctx, k) or _club_from_place(ctx, k)
        if home is not None:
            return home
    head_end = None
    target = None
    steps = 0
    last_nat_end = None
    nat_noun = False
    unknown_caps = 0
    superlative = False       # "the most successful club (in the country)"
    age_end = None
    nat_is_adj = False
    soft = 0                  # "flying", "experienced": adjectives that keep "the flying Italian" a noun
    while k < n and steps < 9:
        steps += 1
        if k > start_tok and toks[k].sep == HARD:
            break
        m = ctx.match_at.get(k)
        if m is None and k == start_tok + 1 and toks[start_tok].norm == "the" and toks[k].cap \
                and toks[k].norm in lex.nat_plural and not (k + 1 < n and toks[k + 1].sep == SPACE
                                                            and (toks[k + 1].cap or _is_head(ctx, k + 1))):
            # "turned down by the Germans", "the Spaniards want him": a club of that country
            f.nationality = lex.nat_plural[toks[k].norm]
            f.country = lex.nat_by_country.get(f.nationality)
            target, head_end = "club", k + 1
            k += 1
            break
        if m:
            e = m.best
            cats = {x.cat for x in m.entries}
            if ctx.body[toks[m.j - 1].end:toks[m.j - 1].end + 1] == "$":
                return None       # "the US$2.5 million", "the A$3m fee": a currency, not a nationality
            club_places = {x.ref for x in m.entries if x.cat == "club" and x.via in ("place", "ground")}
            if e.cat == "nat_noun" and m.j < n and toks[m.j].sep == SPACE and not toks[m.j - 1].poss \
                    and (toks[m.j].norm,) in lex.club_heads:
                # "the Calabrian club", "the Azorean side": a regional noun used as an adjective
                # before a club noun; a club of that region (the data's `place`), else of that country
                f.nationality = f.nationality or e.ref
                f.country = f.country or lex.nat_by_country.get(e.ref)
                f.clubs_ok |= club_places
                last_nat_end = m.j
                f.modifiers += 1
                k = m.j
                continue
            if e.cat == "nat_noun":
                f.nationality = e.ref
                target, head_end, nat_noun = "human", m.j, True
                k = m.j
                break
            if "nat_adj" in cats or "country" in cats:
                nat = next(x.ref for x in m.entries if x.cat in ("nat_adj", "country"))
                nat_is_adj = "nat_adj" in cats     # "the Italian" is someone, "the Netherlands" is not
                f.nationality = f.nationality or nat
                f.country = lex.nat_by_country.get(nat)
                f.clubs_ok |= club_places
                last_nat_end = m.j
            elif e.cat == "club" and e.via in ("place", "ground"):
                f.clubs_ok |= club_places
            elif e.cat == "place":
                f.clubs_ok |= club_places
                if not club_places and e.ref == "places":
                    f.unknown_place = True     # "the Mexico City club" with no club of that city in the data
            elif e.cat == "club":
                key = club_key_of.get(m.i)
                prev = toks[m.i - 1].norm if m.i > 0 else ""
                if club_places and k == start_tok + 1 and toks[start_tok].norm == "the" and \
                        _city_club(ctx, m):
                    f.clubs_ok |= club_places      # "the Birmingham club": a club of that city
                elif key and (prev in ("former", "ex") or (prev in ("and", "&") and f.former)):
                    f.former.append(key)     # "the former Porto and Lyon man": both are former clubs
                elif key:
                    f.club = key
                elif club_places and m.j < n and toks[m.j].sep == HYPHEN and toks[m.j].norm in PLACE_TAILS:
                    f.clubs_ok |= club_places      # "the Birmingham-based club"
                else:
                    return None
            elif e.cat == "notpage":
                words = tuple(tk.norm for tk in toks[m.i:m.j])
                league = lex.leagues.get(words)
                if not league and e.via == "competitions" and m.j < n \
                        and ctx.phrase_at(m.j, lex.club_heads, lex.role_max):
                    # "the Super League club": a league name several countries use, right before the
                    # head noun: a club of some league, the text around it says which
                    f.status = True
                    f.modifiers += 1
                    k = m.j
                    continue
                if not league:
                    return None
                if f.country and last_nat_end == m.i and lex.country_of_league.get(league) != f.country:
                    # "the Ghanaian Premier League side": that country's Premier League, not England's
                    # (no league of that name in the data: its country alone says which clubs fit)
                    league = next((lg for lg, c in lex.country_of_league.items() if c == f.country
                                   and norm_phrase(lg)[-len(words):] == words), None)
                f.league = league
            f.modifiers += 1
            k = m.j
            continue
        if toks[k].norm.isdigit() and k + 2 < n and toks[k + 1].norm == "year" and toks[k + 2].norm == "old" \
                and toks[k + 1].sep == HYPHEN and toks[k + 2].sep == HYPHEN:
            f.age = int(toks[k].norm)
            f.modifiers += 1
            k += 3
            if not (k < n and toks[k].sep == SPACE and (_is_head(ctx, k) or _may_modify(ctx, k))):
                target, head_end = "human", k
                break
            age_end = k           # "the 25-year-old Portugal international": read on, else stop here
            continue
        if _HEIGHT_FT.fullmatch(toks[k].norm) and k + 1 < n and toks[k + 1].sep == SPACE:
            # "the 6ft 5in Pole", "the 6ft goalkeeper": a height is a modifier of the noun after it
            f.modifiers += 1
            soft += 1
            k += 1
            if _HEIGHT_IN.fullmatch(toks[k].norm) and k + 1 < n and toks[k + 1].sep == SPACE:
                k += 1
            continue
        if toks[k].text == "No" and k + 1 < n and toks[k + 1].norm.isdigit() and len(toks[k + 1].norm) <= 2 \
                and toks[k + 1].sep in (SPACE, SOFT) and (k + 2 >= n or (toks[k + 2].sep != HYPHEN and toks[k + 2].norm not in _NUMBER_NOUNS)):
            # "his No 9", "the Flamengo No 11": a shirt number stands for the player wearing it
            target, head_end = "player", k + 2
            f.bare = True
            k += 2
            break
        if toks[k].norm in ("newly", "just") and k == start_tok + 1 and k + 2 < n and toks[k + 1].norm in _STATUS_MODS \
                and toks[k + 1].sep == SPACE:
            k += 1                    # "the newly promoted side"
            continue
        if k == start_tok + 1 and toks[start_tok].norm == "the" and toks[k].norm in _SCOPES and toks[k].poss \
                and not toks[k].cap and k + 3 < n and toks[k + 1].norm in ("most", "biggest", "oldest", "largest") \
                and toks[k + 1].sep in (SPACE, POSS) and toks[k + 2].sep == SPACE and toks[k + 3].sep == SPACE \
                and (toks[k + 1].norm != "most" or toks[k + 2].norm in _SUPERLATIVES) \
                and (toks[k + 3 - (toks[k + 1].norm != "most")].norm,) in lex.club_heads:
            f.status = True           # "the country's most decorated club", "the city's biggest club"
            f.modifiers += 1
            k += 3 - (toks[k + 1].norm != "most")
            continue
        if k == start_tok + 1 and toks[start_tok].norm == "the" and toks[k].poss and not toks[k].cap \
                and toks[k].norm in _HOME_SCOPES and k + 1 < n and toks[k + 1].sep == POSS \
                and (ctx.phrase_at(k + 1, lex.player_words, lex.role_max) or ctx.phrase_at(k + 1, lex.positions, lex.role_max)):
            f.modifiers += 1          # "the county's favourite son", "the league's top scorer": a player
            k += 1
            continue
        if toks[k].norm in _TOWN_KINDS and toks[k].sep == SPACE and not toks[k].cap and k + 2 < n \
                and toks[k + 1].sep == HYPHEN and toks[k + 1].norm in ("town", "city", "village") \
                and toks[k + 2].sep == SPACE and (toks[k + 2].norm,) in lex.club_heads \
                and toks[start_tok].norm == "the" and k == start_tok + 1:
            f.status = True           # "the border-town club", "the mining-town side": any club, the text decides
            f.modifiers += 1
            k += 2
            continue
        if toks[k].norm in _EPITHETS and toks[k].sep == SPACE and not toks[k].cap and k + 1 < n \
                and toks[k + 1].sep == SPACE and (toks[k + 1].norm,) in lex.club_heads \
                and toks[start_tok].norm == "the" and k == start_tok + 1:
            f.status = True           # "the historic club", "the coastal side"
            f.modifiers += 1
            k += 1
            continue
        if toks[k].norm in ("reigning", "defending") and toks[k].sep == SPACE and not toks[k].cap and k + 1 < n \
                and toks[start_tok].norm == "the" and k == start_tok + 1:
            f.status = True           # "the reigning champions", "the defending (league) champions"
            f.modifiers += 1
            k += 1
            continue
        if toks[k].norm in _TIER_WORDS and toks[k].sep == SPACE and not toks[k].cap and k + 2 < n \
                and toks[k + 1].sep == HYPHEN and toks[k + 1].norm in _TIER_HEADS and toks[k + 2].sep == SPACE \
                and (toks[k + 2].norm,) in lex.club_heads and toks[start_tok].norm == "the":
            if last_nat_end is None and not f.league:
                f.status = True       # "the second-tier club": any club, the text decides
            f.modifiers += 1          # "the Danish second-tier club", "the Belgian top-flight side"
            k += 2
            continue
        if toks[k].norm in _STATUS_MODS and toks[k].sep == SPACE and not toks[k].cap and k + 1 < n \
                and toks[k + 1].sep == SPACE and (toks[k + 1].norm,) in lex.club_heads \
                and toks[start_tok].norm == "the" and k - start_tok <= 2:
            f.status = True           # "the newly promoted side", "the relegated club"
            f.modifiers += 1
            k += 1
            continue
        hit = ctx.phrase_at(k, lex.person_roles, lex.role_max)
        pos = ctx.phrase_at(k, lex.positions, lex.role_max)
        pw = ctx.phrase_at(k, lex.player_words, lex.role_max)
        ch = ctx.phrase_at(k, lex.club_heads, lex.role_max)
        cands = [(b, what, val) for what, h in (("person", hit), ("player", pos), ("pw", pw), ("club", ch))
                 if h for b, val in [h]]
        if cands:
            b, what, val = max(cands, key=lambda x: (x[0], x[1] != "pw"))
            # a head followed by another head word continues ("the youth team coach")
            if b < n and toks[b].sep == SPACE and not toks[b - 1].poss and _is_head(ctx, b) and b - k < 3:
                k = b
                f.modifiers += 1
                continue
            if what == "person":
                target, f.role = "person", val
            elif what == "player":
                target, f.position = "player", (None if (toks[k].norm,) in _LOOSE_POSITIONS else val)
            elif what == "pw":
                target = "player"
                f.bare = val in _BARE_PLAYER_WORDS
                if k == start_tok + 1 and toks[start_tok].norm in _CLUB_OWNER and val in _CLUB_OWNS:
                    f.bare = True     # "Brugge value their star", "keeping their academy graduate"
                    f.modifiers += 1
                elif k == start_tok + 1 and toks[start_tok].norm in ("his", "her") and val in _CLUB_OWNS and \
                        start_tok > 0 and toks[start_tok].sep == SPACE and toks[start_tok - 1].norm in _PARTS_WITH \
                        and not (b < n and toks[b].sep == SPACE and toks[b].cap):
                    f.bare = True     # "would rather sell his captain", "losing his top scorer"
                    f.modifiers += 1
                elif k == start_tok + 1 and toks[start_tok].norm == "the" and val in _CLUB_OWNS and \
                        start_tok > 0 and toks[start_tok].sep == SPACE and \
                        toks[start_tok - 1].norm in _VALUES \
                        and not (b < n and toks[b].sep == SPACE and toks[b].cap):
                    f.bare = True     # "value the captain at €500,000", "priced the skipper at": a club's
                    f.modifiers += 1  # own player, the one a bid is for
                elif k == start_tok + 1 and toks[start_tok].norm in ("his", "her") and (
                        (val in (("captain",), ("skipper",)) and _manager_before(ctx, start_tok))
                        or (val in _CLUB_OWNS and _manager_before(ctx, start_tok, _CLUB_JOBS))) \
                        and not (b < n and toks[b].sep == SPACE and toks[b].cap):
                    f.bare = True     # "Motherwell manager X insisted that his skipper remained": his team's;
                    #                   "the club's president admitted that his top scorer wanted to leave"
                    f.modifiers += 1
                elif not f.modifiers and val in _CLUB_OWNS and toks[start_tok].norm == "the":
                    ofe = _of_club(ctx, b, club_key_of)
                    if ofe is not None:
                        f.bare = True     # "the crown jewel of the Verdao academy"
                        f.modifiers += 1
                        b = ofe
                elif not f.modifiers and val == ("native",) and k == start_tok + 1 and toks[start_tok].norm == "the" \
                        and b + 1 < n and toks[b].sep == SPACE and toks[b].norm == "of" \
                        and toks[b + 1].sep == SPACE and toks[b + 1].cap:
                    f.bare = True     # "the native of Quimper": a player named by his home town
                    f.modifiers += 1
                    b += 2
                    while b < n and toks[b].sep in (SPACE, HYPHEN) and toks[b].cap:
                        b += 1
                f.relation = val in _RELATION_WORDS
                if val in _TEEN and not _looking_back(ctx, start_tok):
                    f.max_age = 19
                if val in _NEEDS_MODIFIER and not (f.former or f.nationality or f.age or f.modifiers):
                    if not (val in _BARE_AFTER_THE and k == start_tok + 1 and toks[start_tok].norm == "the"
                            and not (b < n and toks[b].sep == SPACE and toks[b].norm in ("of", "and", "or"))
                            and not toks[b - 1].text.isupper()) and \
                            not (val == ("man",) and k == start_tok + 1 and toks[start_tok].norm == "our"
                                 and (b >= n or toks[b].sep == HARD)):
                        return None     # ("in for our man", "we have our man": a fan's or club's player)
                    f.bare = True     # "the player": in transfer news, the one the story is about
                if val not in _BARE_PLAYER_WORDS and val not in _NEEDS_MODIFIER and not f.modifiers:
                    return None
            else:
                target = "club"
            head_end = b
            k = b
            break
        if toks[k].norm in _DETERMINERS and k > start_tok:
            break                 # "made the Austrian his priority target": a new phrase starts
        if k == start_tok + 1 and toks[start_tok].norm in _POSSESSIVES and toks[k].norm in _OWNED_CLUB:
            f.modifiers += 1          # "his old club", "his next club"
            k += 1
            continue
        if toks[k].norm in ("and", "&") and f.former and k + 1 < n and toks[k + 1].sep == SPACE \
                and ctx.match_at.get(k + 1) is not None and ctx.match_at[k + 1].best.cat == "club" \
                and club_key_of.get(k + 1):
            k += 1
            continue
        if toks[k].norm in _SOFT_ADJS and last_nat_end is None and toks[k].sep == SPACE and not toks[k].cap:
            soft += 1
            f.modifiers += 1
            k += 1
            continue
        if toks[k].norm.endswith("ing") and len(toks[k].norm) > 6 and toks[k].norm not in _NOT_PLAYER_ING \
                and toks[k].sep == SPACE and not toks[k].cap \
                and k + 1 < n and toks[k + 1].sep == SPACE and not toks[k + 1].cap and last_nat_end is None \
                and (ctx.phrase_at(k + 1, lex.positions, lex.role_max)
                     or ctx.phrase_at(k + 1, lex.player_words, lex.role_max)):
            soft += 1             # "the bulldozing frontman", "the rampaging winger": a participle that
            f.modifiers += 1      # describes the player, straight before his position
            k += 1
            continue
        if toks[k].norm == "after" and not _sought_after(ctx, k):
            break
        if toks[k].norm in ("most", "least") and k + 2 < n and toks[k + 1].sep == SPACE and toks[k + 2].sep == SPACE \
                and not toks[k + 1].cap and toks[k + 1].norm not in lex.stopwords and not _is_head(ctx, k + 1) \
                and _is_head(ctx, k + 2):
            f.modifiers += 1          # "his most creative player", "the most expensive signing"
            superlative = superlative or (toks[k].norm == "most" and toks[k + 1].norm in _SUPERLATIVES
                                          and k == start_tok + 1 and toks[start_tok].norm == "the")
            k += 2
            continue
        if toks[k].norm in _ADVERBS_AFTER and k > start_tok + 1:
            break                 # "The Brazilian also revealed": an adverb ends the phrase, the verb follows
        if toks[k].norm in _DESC_MODS or (toks[k].sep == HYPHEN and toks[k].norm in lex.hyphen_tails):
            if toks[k].norm in ("teenage", "teen") and not _looking_back(ctx, start_tok):
                f.max_age = 19
            if toks[k].norm in _EX_MODS:
                f.ex = True
            f.modifiers += 1
            k += 1
            continue
        if toks[k].norm in ("women", "men") and toks[k].poss and k > start_tok and k + 1 < n \
                and toks[k + 1].norm in ("national", "senior", "team", "first", "international", "squad"):
            f.modifiers += 1          # "the England Women's national team regular"
            k += 1
            continue
        if toks[k].cap and k > start_tok and unknown_caps < 3 and not toks[k].poss:
            unknown_caps += 1          # "the Hale End graduate": a name the data files do not know
            f.name_words += (toks[k].norm,)
            f.modifiers += 1
            k += 1
            continue
        break
    if target is None and age_end is not None and last_nat_end is not None and last_nat_end == k and nat_is_adj \
            and (k >= n or toks[k].sep == HARD or (not toks[k].cap and toks[k].norm not in _NOUNS_AFTER_NAT)):
        target, head_end = "human", k       # "the 26-year-old Brazilian": the nationality is the noun
    elif target is None and age_end is not None:
        target, head_end = "human", age_end
        if age_end < n and toks[age_end].sep == SPACE and toks[age_end].cap and \
                ctx.match_at.get(age_end) is None:
            if toks[age_end].norm in lex.stopwords:
                return None
            return _premod(ctx, f, start_tok, age_end)     # "the 24-year-old Jan Smit"
    if target is None:
        if last_nat_end is not None and last_nat_end == k and f.modifiers - soft == 1 and f.nationality \
                and nat_is_adj:
            # "the German", "the Italian" used as a noun
            nxt = toks[k] if k < n else None
            if nxt is None or nxt.sep == HARD or (not nxt.cap and nxt.norm not in _NOUNS_AFTER_NAT):
                target, head_end, nat_noun = "human", k, True
        if target is None:
            return None
    if head_end is None:
        return None
    if target in ("player", "human") and head_end + 2 < n and toks[head_end].norm == "of" \
            and _AGE_DIGITS.fullmatch(toks[head_end + 1].norm) and toks[head_end + 2].norm == "years" and f.age is None \
            and all(toks[x].sep == SPACE for x in range(head_end, head_end + 3)) and 15 <= int(toks[head_end + 1].norm) <= 45:
        f.age = int(toks[head_end + 1].norm)      # "the avançado of 26 years": a translated age
        f.modifiers += 1
        head_end += 3
    if head_end < n and toks[head_end].sep in (SPACE, HYPHEN) and toks[head_end].norm in _NOT_A_PERSON_AFTER:
        return None               # "the number eight shirt", "the left-back role", "the captain's armband"
    # followed by a name: a pre-modifier ("the 24-year-old Jan Smit"), not a reference; it still
    # names that person ("the Portugal international Tomás Barreiro")
    if head_end < n and toks[head_end].sep == SPACE and toks[head_end].cap and ctx.match_at.get(head_end) is None:
        if target == "club" or toks[head_end].norm in lex.stopwords:
            return None
        return _premod(ctx, f, start_tok, head_end)
    if head_end < n and toks[head_end].sep == SPACE and ctx.match_at.get(head_end) is not None \
            and target != "club" and ctx.match_at[head_end].best.cat == "club" and not nat_noun:
        pass
    if target == "club" and head_end + 2 < n and toks[head_end].norm == "of" and toks[head_end + 1].norm == "the" \
            and toks[head_end + 2].norm in _HONOUR_SPANS and toks[head_end].sep == SPACE:
        return None               # "the league's team of the season": an honour, not a club
    if target == "club" and superlative and head_end + 2 < n and toks[head_end].norm == "in" \
            and toks[head_end + 1].norm == "the" and toks[head_end + 2].norm in _SCOPES \
            and all(toks[x].sep == SPACE for x in range(head_end, head_end + 3)) and not toks[head_end + 2].poss:
        f.status = True               # "the most successful club in the country": as "the country's most
        head_end += 3                 # decorated club", any club of the article; the text decides
    if target == "club":
        if toks[start_tok].norm in _POSSESSIVES and head_end == start_tok + 3 and not f.club \
                and toks[start_tok + 1].norm in _OWNED_CLUB:
            f.owned = True            # "his new club", "their former club"
            f.owned_new = toks[start_tok + 1].norm in ("new", "next", "future")
        elif toks[start_tok].norm in _POSSESSIVES and head_end == start_tok + 2 and not f.club \
                and toks[start_tok + 1].norm in ("employers", "employer"):
            f.owned = True            # "his employers": the club he plays for now
        elif not f.modifiers and not f.club and head_end == start_tok + 2 and toks[start_tok].norm == "the" \
                and toks[start_tok + 1].norm in _TITLE_HOLDERS and not toks[start_tok + 1].cap:
            f.status = True           # "warned that the champions would not be rushed": the title holders,
            #                           any club of the article; the sentence around it decides which
        elif f.club or not (f.clubs_ok or f.country or f.league or f.name_words or f.unknown_place or f.status):
            return None           # ("the Tarnowiec side": a word of the club's own name, see `name_words`)
    if target == "human" and f.age is not None and f.age >= 40:
        target = "person"
    elif target == "human" and f.age is not None and f.age <= 35:
        target = "player"
    elif target == "human" and any(toks[x].norm in _YOUNG for x in range(start_tok + 1, head_end)):
        target = "player"         # "The young Italian": an age word, as "the 21-year-old Italian"
    if target == "human":
        # "The Argentine, who also managed Espanyol": what the relative clause says they do
        k = head_end
        if k < n and toks[k].norm == "who":
            k += 1
            while k < n and toks[k].norm in ("also", "previously", "once", "has", "had", "was", "is"):
                k += 1
            if k < n and toks[k].norm in PERSON_VERBS:
                target = "person"
            elif k < n and toks[k].norm in _PLAYER_VERBS and toks[k].norm not in _ARRIVAL_VERBS:
                target = "player"
    f.noun_only = nat_noun
    f.target = target
    f.start = toks[start_tok].start
    f.end = toks[head_end - 1].end
    f.text = ctx.body[f.start:f.end]
    return f


# past-tense verbs of those who knew a player young: "who coached the teenager", "first spotted the
# teenage winger" look back, so the player may be older now
_LOOK_BACK_VERBS = {"coached", "spotted", "scouted", "discovered", "taught", "trained", "remembered", "recalled",
                    "watched", "knew", "nurtured", "mentored"}


def _looking_back(ctx: Context, start_tok: int) -> bool:
    toks = ctx.toks
    return start_tok > 0 and toks[start_tok].sep == SPACE and toks[start_tok - 1].norm in _LOOK_BACK_VERBS


def _role_of_club_before_name(ctx: Context, desc: Desc, start_tok: int, club_key_of: dict[int, str]) -> None:
    """"The president of the blue-and-whites, Anxo X, said": a job of a club, then the name in an
    apposition; the job names that person (a pre-modifier), not whoever was named before."""
    toks = ctx.toks
    n = len(toks)
    b = start_tok + 1
    while b < n and b - start_tok < 8 and toks[b - 1].end < desc.end:
        b += 1
    if b >= n or toks[b - 1].end != desc.end:
        return
    end = _of_club(ctx, b, club_key_of)
    if end is None or end >= n or toks[end].sep != HARD or not toks[end].cap or toks[end].first:
        return
    if ctx.body[toks[end - 1].poss_end:toks[end].start].strip() != "," or ctx.match_at.get(end) is not None:
        return
    desc.name_at = toks[end].start


_CLUB_JOBS = frozenset({"manager", "chairman", "director"})


def _manager_before(ctx: Context, k: int, jobs: frozenset = frozenset({"manager"})) -> bool:
    """A manager's job word (or one of `jobs`) earlier in the sentence of token k (at most 12 words back)."""
    toks, lex = ctx.toks, ctx.lex
    sent = toks[k].sent
    for x in range(k - 1, max(-1, k - 13), -1):
        if toks[x].sent != sent:
            break
        hit = ctx.phrase_at(x, lex.person_roles, lex.role_max)
        if hit and hit[1] in jobs:
            return True
    return False


def _of_club(ctx: Context, b: int, club_key_of: dict[int, str]) -> int | None:
    """End of "of [the] <club> [academy]" at token b, else None."""
    toks = ctx.toks
    n = len(toks)
    if not (b + 1 < n and toks[b].norm == "of" and toks[b].sep == SPACE):
        return None
    k = b + 1
    if toks[k].norm == "the" and k + 1 < n:
        k += 1
    m = ctx.match_at.get(k)
    if m is None or m.i != k or m.best.cat != "club" or not club_key_of.get(k):
        return None
    end = m.j
    if end < n and toks[end].sep in (SPACE, HYPHEN) and toks[end].norm in _OF_CLUB_TAILS:
        end += 1
    return end


# "the boy from Bergen", "the lad from Lagos": the player, named by his home town
_FROM_HEADS = {"boy", "lad", "kid", "youngster", "teenager"}
_HOME_AREAS = frozenset({"neighbourhood", "neighborhood", "barrio", "district", "suburb", "favela", "estate",
                         "quarter", "township"})


_REGION_NOUNS = {"region", "area", "province", "district", "county", "valley", "coast", "borough"}


_LANDSCAPE_NOUNS = frozenset({"mountains", "hills", "valley", "region", "coast", "plain", "plains", "lakes",
                              "delta", "highlands", "desert", "range"})


def _named_club(ctx: Context, k: int) -> bool:
    m = ctx.match_at.get(k)
    return m is not None and (m.i in ctx.club_key_of or
                              any(e.cat == "club" and e.via in ("name", "short", "nick") for e in m.entries))


def _club_from_place(ctx: Context, k: int) -> Desc | None:
    """"the club from Köpenick", "the side from Vila Nova de Famalicão": a club word, "from" and a
    place the data gives as a club's home (its district, town or ground)."""
    toks = ctx.toks
    n = len(toks)
    h = k
    while h < k + 2 and h + 1 < n and not toks[h].cap and toks[h + 1].sep == SPACE and toks[h].sep == SPACE \
            and toks[h].norm not in ctx.lex.stopwords and (toks[h].norm,) not in ctx.lex.club_heads \
            and toks[h].text.isalpha():
        h += 1                        # "the ambitious club from ...": an adjective or two before the club word
    if not (h + 2 < n and (toks[h].norm,) in ctx.lex.club_heads and toks[h + 1].norm == "from" and
            toks[h + 1].sep == SPACE and toks[h + 2].sep == SPACE):
        return None
    p = h + 2
    if toks[p].norm == "the" and not toks[p].cap and p + 1 < n and toks[p + 1].sep == SPACE:
        p += 1                        # "the club from the Ostalb": a region with its article
    q = p
    while q < n and q - p < 6 and not toks[q].cap and toks[q].sep == SPACE and toks[q].text.isalpha() \
            and (toks[q].norm in ("of", "the") or toks[q].norm not in ctx.lex.stopwords):
        q += 1                        # "the club from the foot of the Vitosha mountains"
    if q != p and not (q < n and toks[q].cap and toks[q].sep == SPACE and toks[q - 1].norm in ("of", "the")):
        return None
    m = ctx.match_at.get(q)
    if q != p or m is None:
        # a landscape the data does not know: a club the data does not know, the text around it says which
        if _named_club(ctx, q) or toks[q].first or toks[q].norm in ctx.lex.stopwords:
            return None
        end = q
        while end < n and end - q < 3 and toks[end].cap and (end == q or toks[end].sep == SPACE) \
                and not _named_club(ctx, end):
            end += 1
        if toks[end - 1].poss:
            return None
        if end < n and toks[end].sep == SPACE and toks[end].norm in _LANDSCAPE_NOUNS and not toks[end].poss:
            end += 1
        f = Desc(toks[k - 1].start, toks[end - 1].end, "", "club", toks[k - 1].sent)
        f.text = ctx.body[f.start:f.end]
        f.unknown_place = True
        f.modifiers = 1
        return f
    if not toks[p].cap:
        return None
    if m is None or m.i != p or toks[m.j - 1].poss:
        return None
    places = {e.ref for e in m.entries if e.cat == "club" and e.via in ("place", "ground")}
    if not places or (m.i in ctx.club_key_of and
                      any(e.cat == "club" and e.via in ("name", "short", "nick") for e in m.entries)):
        return None                   # "the side from Celtic": a club named by itself, not a home
        #                               ("the club from Ceará" about Fortaleza: a region, see article.py)
    end = m.j
    if end < n and toks[end].sep == SPACE and toks[end].norm in _REGION_NOUNS and not toks[end].poss:
        end += 1                      # "the club from the Sandžak region": the region word is part of it
    f = Desc(toks[k - 1].start, toks[end - 1].end, "", "club", toks[k - 1].sent)
    f.text = ctx.body[f.start:f.end]
    f.clubs_ok |= places
    f.modifiers = 1
    return f


def _from_place(ctx: Context, k: int) -> Desc | None:
    """"the boy from Bergen": a player word, "from" and a capitalised place, nothing else."""
    toks = ctx.toks
    n = len(toks)
    if k + 4 < n and toks[k].norm in _FROM_HEADS and toks[k + 1].norm == "from" and toks[k + 2].norm == "the" \
            and not toks[k + 2].cap and toks[k + 3].cap and toks[k + 4].norm in _HOME_AREAS \
            and all(toks[x].sep == SPACE for x in range(k + 1, k + 5)) and not _named_club(ctx, k + 3) \
            and not toks[k + 4].poss:
        # "the boy from the Cerrito neighbourhood": a home district the data does not know
        f = Desc(toks[k - 1].start, toks[k + 4].end, "", "player", toks[k - 1].sent)
        f.text = ctx.body[f.start:f.end]
        f.bare = True
        f.modifiers = 1
        return f
    if not (k + 2 < n and toks[k].norm in _FROM_HEADS and toks[k + 1].norm == "from" and
            toks[k + 1].sep == SPACE and toks[k + 2].sep == SPACE and toks[k + 2].cap and not toks[k + 2].first):
        return None
    m = ctx.match_at.get(k + 2)
    if m is not None and m.j - m.i == 1 and m.j < n and toks[m.j].sep == HYPHEN and toks[m.j].cap:
        m = None                      # "the boy from Vélez-Málaga": a hyphened town, whatever its words
    if m is not None and (not any(e.cat in ("place", "country") or (e.cat == "club" and e.via == "place")
                                  for e in m.entries)
                          or any(e.cat == "club" and e.via in ("name", "short", "nick") for e in m.entries)):
        return None                   # "the boy from Celtic": a club, not a home town ("from Stavanger",
        #                               a club's home town, is a town)
    end = m.j if m is not None else k + 3
    if m is None:
        while end < n and toks[end].sep in (SPACE, HYPHEN) and toks[end].cap and end - k < 6:
            end += 1
    if toks[end - 1].poss:
        return None
    f = Desc(toks[k - 1].start, toks[end - 1].end, "", "player", toks[k - 1].sent)
    f.text = ctx.body[f.start:f.end]
    f.bare = True
    f.modifiers = 1
    if toks[k].norm in ("teenager",):
        f.max_age = 19
    return f


def _headline_end(body: str) -> int:
    """End of a headline line at the top (a short first line that is not a sentence), else 0."""
    head = body[:400]
    lead = head.lstrip()
    off = len(head) - len(lead)
    nl = lead.find("\n")
    if nl <= 0 or nl > 200:
        return 0
    line = lead[:nl].rstrip()
    if line.endswith((".", "\u201d", '"')) or line.count(". ") > 0:
        return 0
    return off + nl


def _ends_phrase(ctx: Context, end: int) -> bool:
    """Does a phrase end at this offset (a comma, the end of the line or text)?"""
    rest = ctx.body[end:end + 2]
    return not rest or rest[0] in ",;:\n!?" or rest.startswith(" -") or rest.startswith(" \u2013")


def _city_club(ctx: Context, m) -> bool:
    from .article import city_before_club_head
    return m.i in ctx.city_heads or city_before_club_head(ctx.toks, m, ctx.lex)


def _is_head(ctx: Context, k: int) -> bool:
    lex = ctx.lex
    return bool(ctx.phrase_at(k, lex.person_roles, lex.role_max) or ctx.phrase_at(k, lex.positions, lex.role_max)
                or ctx.phrase_at(k, lex.player_words, lex.role_max) or ctx.phrase_at(k, lex.club_heads, lex.role_max))


def _may_modify(ctx: Context, k: int) -> bool:
    """Can token k continue a description after its age ("Portugal", "former", "Ajax")?"""
    m = ctx.match_at.get(k)
    if m is not None:
        return m.best.cat in ("nat_adj", "nat_noun", "country", "club", "place") and m.i == k
    if ctx.toks[k].norm == "after" and not _sought_after(ctx, k):
        return False              # "sell the 24-year-old after Wolves raised their offer": a new clause
    return ctx.toks[k].norm in _DESC_MODS and ctx.toks[k].norm not in ("the", "a", "an", "his", "her", "their", "its")


def _sought_after(ctx: Context, k: int) -> bool:
    """"much sought-after": "after" as a modifier, not the preposition."""
    return k > 0 and ctx.toks[k - 1].norm == "sought"


def _premod(ctx: Context, f: Desc, start_tok: int, head_end: int) -> Desc:
    """'the Portugal international' in 'the Portugal international Tomás Barreiro': it names him."""
    f.target = "human"
    f.start = ctx.toks[start_tok].start
    f.end = ctx.toks[head_end - 1].end
    f.text = ctx.body[f.start:f.end]
    f.name_at = ctx.toks[head_end].start
    return f
