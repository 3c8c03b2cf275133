"""The word lists the quote extractor reads, loaded once from `plugins/saga/data/quotes_*.yaml`.

Kept as data so a new outlet, verb or role is an edit to a YAML file, not to code.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
import yaml

from ..datafiles import DATA_DIR, club_records, load, table


def _words(values) -> frozenset[str]:
    """Lower-cased strings of a YAML list; YAML booleans and numbers become their text."""
    return frozenset(str(v).strip().lower() for v in (values or []) if str(v).strip())


@dataclass(frozen=True)
class Lexicon:
    speech: frozenset[str]
    reported: frozenset[str]
    statement_only: frozenset[str]
    listener: frozenset[str]
    skip_between: frozenset[str]
    phrase_stops: frozenset[str]
    pronouns: frozenset[str]
    reflexives: frozenset[str]
    determiners: frozenset[str]
    prepositions: frozenset[str]
    roles: dict[str, frozenset[str]]           # role class -> nouns (single or multi word)
    not_names: frozenset[str]                   # lower-cased
    variants: dict[str, str]
    elisions: frozenset[str]
    outlets: frozenset[str]                     # lower-cased, leading "the " removed
    move_words: frozenset[str] = frozenset()
    filler: frozenset[str] = frozenset()
    continuing: frozenset[str] = frozenset()
    past_markers: frozenset[str] = frozenset()
    nested_gap: frozenset[str] = frozenset()
    nested_adverbial: frozenset[str] = frozenset()
    third_party: frozenset[str] = frozenset()
    statement_lead: frozenset[str] = frozenset()
    statement_verbs: frozenset[str] = frozenset()
    club_suffixes: frozenset[str] = frozenset()
    clause_openers: frozenset[str] = frozenset()
    known_clubs: frozenset[str] = frozenset()   # normalised club names, short forms, nicknames
    club_words: frozenset[str] = frozenset()
    plural_verbs: frozenset[str] = frozenset()
    spoke: frozenset[str] = frozenset()        # "X spoke to NOS": the next quotes are X's
    contacted: frozenset[str] = frozenset()    # "X, when reached by Sporza.": X is the one talking
    role_of: dict[str, str] = field(default_factory=dict)   # noun -> role class

    def role(self, word: str) -> str | None:
        """The role class of a noun ("boss" -> "manager"), None if it names no role."""
        return self.role_of.get(word.lower())

    def is_outlet(self, name: str) -> bool:
        key = " ".join(name.lower().replace("\u2019", "'").split())
        if key.startswith("the "):
            key = key[4:]
        if key.endswith("'s"):
            key = key[:-2]
        return key in self.outlets or _WEB_ADDRESS.search(name) is not None


# a web address printed as a name ("Sportas.lt", "Meczyki.pl", "Goal.com"): a site, never a person
# (the domain is lower case: "St.Mirren", "J.Smith" stay names)
_WEB_ADDRESS = re.compile(r"[^\W\d_][\w\-]{2,}\.(?:com|net|org|info|[a-z]{2})(?:['\u2019]s)?\Z")


def _read(name: str) -> dict:
    try:
        data = load(name)
    except (OSError, yaml.YAMLError):
        return {}
    return data if isinstance(data, dict) else {}


def _outlet_names() -> frozenset[str]:
    """Our own outlet list, plus the entities area's `outlets.*` list when it exists."""
    names = set(_words(_read("quotes_outlets.yaml").get("outlets")))
    for path in sorted(DATA_DIR.glob("outlets.*")):
        try:
            other = load(path.name)
        except (OSError, yaml.YAMLError, UnicodeDecodeError):
            continue
        if isinstance(other, dict):
            other = [x for v in other.values() if isinstance(v, list) for x in v] + \
                    [k for k, v in other.items() if not isinstance(v, list)]
        if isinstance(other, list):
            names |= {str(x if not isinstance(x, dict) else x.get("name", "")).strip().lower()
                      for x in other}
    out = set()
    for n in names:
        n = " ".join(n.replace("\u2019", "'").split())
        if n:
            out.add(n[4:] if n.startswith("the ") else n)
    return frozenset(out)


def _club_names() -> frozenset[str]:
    """Club names, short forms and nicknames from the entities' club list (`clubs.yaml`): a
    capitalised name the entities step gave no kind to is still known as a club."""
    from ..text import normalise
    out = set()
    for _, club in club_records():
        forms = [club.get("name")]
        for key in ("short", "nick"):
            if isinstance(club.get(key), list):
                forms += club[key]
        out |= {normalise(str(f)) for f in forms if f is not None and str(f).strip()}
    return frozenset(out)


def _demonyms() -> frozenset[str]:
    """Nationality adjectives from `nationalities.yaml` ("Austrian", "Ghanaian"): a word that
    describes someone is never that someone's name ("Austrian football writer Lena Berg")."""
    try:
        rows = load("nationalities.yaml")
    except (OSError, yaml.YAMLError):
        rows = []
    rows = rows if isinstance(rows, list) else []
    out = set()
    for row in rows:
        if isinstance(row, dict) and isinstance(row.get("adj"), list):
            out |= {str(a).lower() for a in row["adj"] if a and " " not in str(a)}
    return frozenset(out)


@table
def lexicon() -> Lexicon:
    """The loaded word lists (cached: the files are read once per process)."""
    d = _read("quotes_lexicon.yaml")
    roles = {str(k): _words(v) for k, v in (d.get("roles") or {}).items()}
    role_of = {}
    for cls, nouns in roles.items():
        for noun in nouns:
            role_of.setdefault(noun, cls)
    variants = {str(k).lower(): str(v).lower() for k, v in (d.get("variants") or {}).items()}
    return Lexicon(
        speech=_words(d.get("speech_verbs")), reported=_words(d.get("reported_verbs")),
        statement_only=_words(d.get("statement_only_verbs")), listener=_words(d.get("listener_verbs")),
        skip_between=_words(d.get("skip_between")), phrase_stops=_words(d.get("phrase_stops")),
        pronouns=_words(d.get("pronouns")), reflexives=_words(d.get("reflexives")),
        determiners=_words(d.get("determiners")), prepositions=_words(d.get("prepositions")),
        roles=roles, not_names=_words(d.get("not_names")) | _demonyms(), variants=variants,
        elisions=_words(d.get("elisions")), outlets=_outlet_names(), role_of=role_of,
        move_words=_words(d.get("move_words")), filler=_words(d.get("filler")),
        continuing=_words(d.get("continuing_verbs")), past_markers=_words(d.get("past_markers")),
        nested_gap=_words(d.get("nested_gap")),
        nested_adverbial=_words(d.get("nested_adverbial")), third_party=_words(d.get("third_party")),
        statement_lead=_words(d.get("statement_lead")), statement_verbs=_words(d.get("statement_verbs")),
        club_suffixes=_words(d.get("club_suffixes")), clause_openers=_words(d.get("clause_openers")),
        known_clubs=_club_names(), club_words=_words(d.get("club_name_words")),
        plural_verbs=_words(d.get("plural_verbs")), spoke=_words(d.get("spoke_verbs")),
        contacted=_words(d.get("contacted_verbs")))
