"""The data files, loaded once into lookup tables keyed by normalised word tuples.

Everything the extractor knows about the football world lives in `plugins/saga/data/`
(clubs, outlets, competitions, countries, roles, word lists); this module only indexes it.
A phrase is looked up as the tuple of its word norms (see `tokens.norm_phrase`), so a
whole-text scan is one dict probe per position and length: no per-club regex.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple
from .. import datafiles
from ..datafiles import load
from ..slugs import slugify
from .tokens import norm_phrase



class Entry(NamedTuple):
    """One way of writing a known thing: a club form, an outlet, a country... (a named tuple: tens of
    thousands are made on every start, and compared when a form is listed twice)"""
    cat: str                 # club | notpage | place | country | nat_adj | nat_noun
    ref: str                 # club id, not-page category, or nationality key
    via: str                 # club forms: name | short | nick | ground | place; else the category
    caps: tuple[int, ...]    # per word: 0 any case, 1 capitalised, 2 all capitals


@dataclass
class Club:
    id: str
    name: str
    country: str
    league: str
    forms: set[tuple[str, ...]] = field(default_factory=set)      # name + short forms (normalised)
    nicks: set[tuple[str, ...]] = field(default_factory=set)
    grounds: set[tuple[str, ...]] = field(default_factory=set)
    places: set[tuple[str, ...]] = field(default_factory=set)
    recent: set[str] = field(default_factory=set)     # other divisions it played in recently
    display: dict[tuple[str, ...], str] = field(default_factory=dict)  # normalised form -> as written


@dataclass
class Lexicon:
    gaz: dict[tuple[str, ...], list[Entry]]
    max_len: int
    clubs: dict[str, Club]
    defaults: dict[tuple[str, ...], str]
    nat_by_country: dict[str, str]           # nationality key -> country display name
    country_of_league: dict[str, str]
    person_roles: dict[tuple[str, ...], str]
    positions: dict[tuple[str, ...], str]
    player_words: set[tuple[str, ...]]
    club_heads: set[tuple[str, ...]]
    role_max: int
    particles: set[str]
    name_suffixes: set[str]
    honorifics: set[str]
    family_first: set[str]
    hyphen_tails: set[str]
    non_name: set[str]
    club_suffixes: set[str]
    club_prefixes: set[str]
    stopwords: set[str]
    women_tails: set[str] = field(default_factory=set)   # "Women", "Ladies" after a club's name
    official_titles: frozenset = frozenset()   # "sheikh", "commandant": a title that marks an official
    styled_titles: frozenset = frozenset()     # "pengiran", "awangku": a style kept before the name, no office
    given_forms: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "kobby" -> ("kwabena", ...)
    code_countries: dict[str, str] = field(default_factory=dict)  # "spvgg" -> "Germany": a club code of one country
    leagues: dict[tuple[str, ...], str] = field(default_factory=dict)   # league form -> league name
    data_leagues: set[str] = field(default_factory=set)  # leagues whose clubs clubs.yaml lists
    lower_first: set[str] = field(default_factory=set)   # first words of names that may be lower case
    prefixes: set[tuple[str, ...]] = field(default_factory=set)   # every proper prefix of a gazetteer key
    firsts: dict[int, set[str]] = field(default_factory=dict)     # id(table) -> first words of its phrases
    lasts: dict[int, set[str]] = field(default_factory=dict)      # id(table) -> last words of its phrases
    nat_plural: dict[str, str] = field(default_factory=dict)      # "germans" -> nationality key
    nat_covers: dict[str, frozenset[str]] = field(default_factory=dict)  # "Scandinavian" -> its nationalities

    def index_role_tables(self) -> None:
        """`firsts` and `lasts` of the role tables, keyed by the tables' ids: made again when the
        lexicon is loaded from the extraction cache (unpickled tables have new ids)."""
        self.firsts, self.lasts = {}, {}
        for table in (self.person_roles, self.positions, self.player_words, self.club_heads):
            self.firsts[id(table)] = {k[0] for k in table}
            self.lasts[id(table)] = {k[-1] for k in table}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self.index_role_tables()


def _caps(form: str) -> tuple[int, ...]:
    out = []
    for word in form.replace("-", " ").replace(".", " ").replace("&", " ").split():
        w = word.rstrip("'").removesuffix("'s").removesuffix("\u2019s")
        if not w or not w[0].isalnum():
            continue
        if w.lower() == "the":
            out.append(0)
        elif len(w) > 1 and w.isupper() and w.isalpha():
            out.append(2)
        elif w[0].isupper():
            out.append(1)
        else:
            out.append(0)
    return tuple(out)


_FOREIGN_ARTICLES = {"die", "der", "das", "los", "las", "la", "le", "les", "il", "i", "os", "el", "lo"}


def _add(gaz: dict, form: str, entry_cat: str, ref: str, via: str) -> tuple[str, ...] | None:
    key = norm_phrase(str(form))
    if not key:
        return None
    caps = _caps(str(form))
    if len(caps) != len(key):
        caps = tuple(0 for _ in key)
    if via == "nick" and len(caps) > 1 and key[0] in _FOREIGN_ARTICLES:
        caps = (0, *caps[1:])     # "die Schwarzgelben", "los Blancos": English copy writes the article small
    return _put(gaz, key, caps, entry_cat, ref, via)


def _put(gaz: dict, key: tuple[str, ...], caps: tuple[int, ...], entry_cat: str, ref: str, via: str
         ) -> tuple[str, ...]:
    entry = Entry(entry_cat, ref, via, caps)
    bucket = gaz.setdefault(key, [])
    if entry not in bucket:
        bucket.append(entry)
    return key


# "<club> Football Club", "<club> FC" ...: the key and capitals of each suffix, worked out once (a
# form and its suffix are read apart exactly as the whole, so the whole need not be read again)
_OFFICIAL = [(s, norm_phrase(s), _caps(s)) for s in ("Football Club", "FC", "F.C.", "AFC")]


_CLUB_CODES = {"fc", "afc", "cf", "sc", "ac", "club", "calcio", "sad", "ud", "cd", "sv", "bsc", "fco", "c"}


def _nationality_words() -> set[str]:
    """Every nationality adjective and noun of nationalities.yaml, and their plurals, normalised."""
    out: set[str] = set()
    for rec in load("nationalities.yaml"):
        for form in [*(rec.get("adj") or []), *(rec.get("noun") or [])]:
            key = norm_phrase(str(form))
            if len(key) == 1:
                out |= {key[0], key[0] + "s"}
    return out


def club_id(name: str) -> str:
    return "club:" + slugify(name)


@datafiles.table(kept=True)
def lexicon() -> Lexicon:
    """Build the tables once per process; callers share the result read-only. Kept in the
    extraction cache: building takes several times longer than loading it."""
    gaz: dict[tuple[str, ...], list[Entry]] = {}
    clubs: dict[str, Club] = {}
    raw = datafiles.club_data()
    country_of_league: dict[str, str] = {}
    leagues: dict[tuple[str, ...], str] = {}
    partial: set[str] = set()          # blocks that list only some clubs of their division
    for block in raw.get("leagues", []):
        league, country = block["league"], block["country"]
        country_of_league[league] = country
        leagues[norm_phrase(league)] = league
        if block.get("partial"):
            partial.add(league)
        for rec in block.get("clubs", []):
            cid = club_id(rec["name"])
            if cid in clubs:
                continue
            club = Club(cid, rec["name"], country, league, recent={str(x) for x in rec.get("recent") or []})
            clubs[cid] = club
            for via, forms in (("name", [rec["name"]]), ("short", rec.get("short", [])),
                               ("nick", rec.get("nick", [])), ("ground", rec.get("ground", [])),
                               ("place", rec.get("place", []))):
                if via == "place" and any(str(f).endswith(" capital") for f in forms or []):
                    forms = [*forms, "capital"]      # "the capital club": one of the capital's clubs
                for form in forms or []:
                    key = _add(gaz, form, "club", cid, via)
                    if key is None:
                        continue
                    club.display.setdefault(key, str(form))
                    {"name": club.forms, "short": club.forms, "nick": club.nicks,
                     "ground": club.grounds, "place": club.places}[via].add(key)
    nat_words = _nationality_words()
    # "the Franconian club", "the Burgundian side": a region's adjective, made from the region the data
    # gives ("Franconia", "Burgundy"), means the club as the region does
    for club in clubs.values():
        for key in sorted(club.places):
            written = club.display.get(key, "")
            if len(key) != 1 or len(key[0]) < 6 or not written[:1].isupper() or " " in written:
                continue
            if written.endswith("ia"):
                adj = written + "n"            # Franconia -> Franconian, Andalusia -> Andalusian
            elif written.endswith("y") and not written.endswith(("ey", "ay", "oy")):
                adj = written[:-1] + "ian"     # Burgundy -> Burgundian
            else:
                continue
            k2 = norm_phrase(adj)
            if k2[0] in nat_words or any(e.cat != "club" or e.via != "place" for e in gaz.get(k2, [])):
                continue
            if _add(gaz, adj, "club", club.id, "place") is not None:
                club.places.add(k2)
                club.display.setdefault(k2, adj)
    # "the Sicilians", "the Genevans": the plural of a club's place adjective names its team
    for club in clubs.values():
        for key in sorted(club.places):
            written = club.display.get(key, "")
            if len(key) != 1 or len(key[0]) < 5 or not written[:1].isupper():
                continue
            w = key[0]         # an adjective: "Sicilian", "Bavarian", or a place + n ("Geneva" -> "Genevan")
            if not (w.endswith(("ian", "ean")) or (w.endswith("an") and (w[:-1],) in club.places)) or \
                    any(w in f for f in club.forms):
                continue       # ("Dalian Yingbo": a city in the club's name, not an adjective)
            plural = (key[0] + "s",)
            if plural[0] in nat_words or any(e.cat != "club" for e in gaz.get(plural, [])):
                continue
            k2 = _add(gaz, written + "s", "club", club.id, "nick")
            if k2 is not None:
                club.nicks.add(k2)
                club.display.setdefault(k2, written + "s")
    # official forms every club has: "Everton Football Club", "Everton FC", "Brentford F.C."
    for club in clubs.values():
        for key in sorted(club.forms):
            if key[-1] in _CLUB_CODES or len({e.ref for e in gaz.get(key, []) if e.cat == "club" and e.via in ("name", "short")}) != 1:
                continue
            written = club.display.get(key, club.name)
            base, base_caps = norm_phrase(written), _caps(written)
            for suffix, suffix_key, suffix_caps in _OFFICIAL:
                k2, caps = base + suffix_key, base_caps + suffix_caps
                k2 = _put(gaz, k2, caps if len(caps) == len(k2) else tuple(0 for _ in k2), "club", club.id, "short")
                club.forms.add(k2)
                club.display.setdefault(k2, f"{written} {suffix}")
    data_leagues = set(country_of_league) - partial
    for block in raw.get("other_leagues", []) or []:
        league = block["league"]
        country_of_league.setdefault(league, block["country"])
        for form in block.get("forms", []) or [league]:
            leagues.setdefault(norm_phrase(str(form)), league)
    defaults = {}
    for form, name in (raw.get("defaults") or {}).items():
        defaults[norm_phrase(str(form))] = club_id(name)
    alias_league = {"premiership": "Scottish Premiership", "epl": "Premier League",
                    "english premier league": "Premier League", "laliga": "La Liga",
                    "liga portugal": "Primeira Liga", "liga nos": "Primeira Liga",
                    "efl championship": "Championship", "sky bet championship": "Championship"}
    for form, league in alias_league.items():
        leagues[tuple(form.split())] = league

    notp = load("entities_not_pages.yaml")
    for cat in ("outlets", "competitions", "bodies"):
        for form in notp.get(cat, []) or []:
            _add(gaz, form, "notpage", cat, cat)
    # every league clubs.yaml names is a competition too ("the Ekstraklasa club" reads its league)
    league_forms = [block["league"] for block in raw.get("leagues", []) or []]
    league_forms += [str(f) for block in raw.get("other_leagues", []) or [] for f in block.get("forms") or []]
    for form in league_forms:
        key = norm_phrase(str(form))
        if key and not any(e.cat == "notpage" or (e.cat == "club" and e.via in ("name", "short", "nick"))
                           for e in gaz.get(key, [])):
            _add(gaz, form, "notpage", "competitions", "competitions")
    for form in notp.get("places", []) or []:
        _add(gaz, form, "place", "places", "place")

    nat_by_country: dict[str, str] = {}
    nat_plural: dict[str, str] = {}
    nat_covers: dict[str, frozenset[str]] = {}
    for rec in load("nationalities.yaml"):
        key = rec["key"]
        if rec.get("covers"):
            nat_covers[key] = frozenset(str(x) for x in rec["covers"])
        # "the Germans", "the Spaniards": the people of a country, in transfer copy often a club of it
        nouns = [str(x) for x in rec.get("noun") or [] if not str(x).endswith(("man", "men"))]
        for form in [*(rec.get("adj") or []), *nouns]:
            form = str(form)
            if " " not in form and not form.endswith(("s", "sh", "ch", "x", "z", "ese")):
                nat_plural[norm_phrase(form + "s")[0]] = key
        for i, form in enumerate(rec.get("names") or []):
            _add(gaz, form, "country", key, "country")
            if i == 0:
                nat_by_country[key] = str(form)
        for form in rec.get("adj") or []:
            _add(gaz, form, "nat_adj", key, "nat_adj")
        for form in rec.get("noun") or []:
            _add(gaz, form, "nat_noun", key, "nat_noun")

    roles = load("entities_roles.yaml")
    person_roles = {norm_phrase(w): grp for grp, ws in roles["person_roles"].items() for w in ws}
    positions = {norm_phrase(str(w)): grp for grp, ws in roles["positions"].items() for w in ws}
    player_words = {norm_phrase(w) for w in roles["player_words"]}
    club_heads = {norm_phrase(w) for w in roles["club_heads"]}
    role_max = max(len(k) for k in [*person_roles, *positions, *player_words, *club_heads])

    words = load("entities_words.yaml")
    given = words.get("given_name_forms") or {}
    s = {k: {str(w).lower() for w in v} for k, v in words.items() if k not in ("given_name_forms", "club_code_countries")}
    lex = Lexicon(gaz=gaz, max_len=max(len(k) for k in gaz), clubs=clubs, defaults=defaults,
                   nat_by_country=nat_by_country, country_of_league=country_of_league,
                   person_roles=person_roles, positions=positions, player_words=player_words,
                   club_heads=club_heads, role_max=role_max,
                   particles=s["particles"], name_suffixes={norm_phrase(w)[0] for w in s["name_suffixes"]},
                   honorifics=s["honorifics"] | s.get("honorifics_official", set()) | s.get("honorifics_styled", set()),
                   family_first=s["family_first"],
                   hyphen_tails=s["hyphen_tails"], non_name={norm_phrase(w)[0] for w in s["non_name"] if norm_phrase(w)},
                   club_suffixes={norm_phrase(w)[0] for w in s["club_suffixes"]},
                   club_prefixes={norm_phrase(w)[0] for w in s["club_prefixes"]},
                   stopwords=s["stopwords"], women_tails={norm_phrase(w)[0] for w in s.get("women_tails", ())},
                   leagues=leagues, data_leagues=data_leagues,
                   lower_first={k[0] for k, es in gaz.items() if any(e.caps and e.caps[0] == 0 for e in es)})
    lex.given_forms = {norm_phrase(str(k))[0]: tuple(norm_phrase(str(v))[0] for v in vs)
                       for k, vs in given.items() if norm_phrase(str(k))}
    lex.code_countries = {str(k).lower(): str(v) for k, v in (words.get("club_code_countries") or {}).items()}
    lex.styled_titles = frozenset(s.get("honorifics_styled", ()))
    lex.official_titles = frozenset(s.get("honorifics_official", ())) | lex.styled_titles
    lex.nat_plural = nat_plural
    lex.nat_covers = nat_covers
    lex.prefixes = {k[:n] for k in gaz for n in range(1, len(k) + 1)}
    lex.index_role_tables()
    return lex
