"""The club data (plugins/saga/data/clubs.yaml and data/clubs/*.yaml, read as one): schema, no
duplicates, coverage, risky forms."""


from saga.core import datafiles
from saga.core.entities import extract_entities_with_warnings
from saga.core.model import Article
from saga.core.slugs import slugify

CLUB_KEYS = {"name", "short", "nick", "ground", "place", "recent"}
BLOCK_KEYS = {"league", "country", "partial", "clubs"}


def _data():
    return datafiles.club_data()


def _clubs():
    return [(b["league"], c) for b in _data()["leagues"] for c in b["clubs"]]


def test_schema():
    data = _data()
    assert set(data) >= {"defaults", "other_leagues", "leagues"}
    leagues = [b["league"] for b in data["leagues"]]
    assert len(leagues) == len(set(leagues)), "one block per league"
    for block in data["leagues"]:
        assert set(block) <= BLOCK_KEYS and block["league"] and block["country"] and block["clubs"]
        for club in block["clubs"]:
            assert set(club) <= CLUB_KEYS, club
            assert isinstance(club["name"], str) and club["name"].strip()
            for key in CLUB_KEYS - {"name"}:
                forms = club.get(key, [])
                assert isinstance(forms, list), (club["name"], key)
                assert all(isinstance(f, str) and f.strip() for f in forms), (club["name"], key)
                assert len(forms) == len(set(forms)), (club["name"], key, "repeated form")
    for row in data["other_leagues"]:
        assert row["league"] and row["country"] and all(isinstance(f, str) for f in row["forms"])
    names = {c["name"] for _, c in _clubs()}
    assert all(name in names for name in data["defaults"].values())


def test_every_club_once():
    slugs = [slugify(c["name"]) for _, c in _clubs()]
    dup = {s for s in slugs if slugs.count(s) > 1}
    assert not dup


def test_clubs_articles_named_are_known():
    names = {c["name"] for _, c in _clubs()}
    for name in ["Lech Poznań", "Warta Poznań", "Cruz Azul", "Toluca", "Monterrey", "Bohemians",
                 "Aris Thessaloniki", "Sarpsborg 08", "Shamrock Rovers", "Club América", "Guadalajara",
                 "Raków Częstochowa", "Jagiellonia Białystok", "Brann", "Tigres UANL"]:
        assert name in names, name


def test_complete_leagues_have_their_size():
    size = {}
    for league, _ in _clubs():
        size[league] = size.get(league, 0) + 1
    # current members plus clubs relegated in the last two seasons
    assert size["Liga MX"] == 18
    assert size["Ekstraklasa"] >= 18
    assert size["League of Ireland Premier Division"] >= 10
    assert size["Super League Greece"] >= 14
    assert size["Eliteserien"] >= 16
    assert size["Allsvenskan"] >= 16
    assert size["Superliga"] >= 12
    assert size["Czech First League"] >= 16
    assert size["Süper Lig"] >= 18


def test_no_risky_bare_forms():
    """Forms that are also common words, first names or places: never a bare club form."""
    risky = {"aris", "leon", "león", "america", "américa", "sport", "cultural", "pau", "nancy", "stanley",
             "morton", "junior", "andorra", "munster", "münster", "wimbledon", "york", "cork", "santos",
             "chiefs", "central", "defensa"}
    for _, club in _clubs():
        for key in ("short", "nick"):
            bad = {f for f in club.get(key, []) if f.lower() in risky}
            assert not bad, (club["name"], bad)


def _run(body):
    art = Article(id="a0", source="t/a0.txt", body=body, title="t")
    return extract_entities_with_warnings([art])


def test_new_clubs_resolve_with_nicknames_and_places():
    ents, ments, warnings = _run("Lech Poznań have signed the midfielder. Kolejorz paid €2m and the Poznań "
                                 "club expect him to start. Cruz Azul, known as La Máquina, were also keen.")
    by = {m.text: m.entity for m in ments}
    assert by["Lech Poznań"] == by["Kolejorz"] == "club:lech-poznan"
    assert by["Cruz Azul"] == by["La Máquina"] == "club:cruz-azul"
    assert not [w for w in warnings if "clubs.yaml" in w]


def test_region_files_add_forms_to_clubs_listed_elsewhere_and_defaults():
    data = datafiles.club_data()
    for path in sorted((datafiles.DATA_DIR / "clubs").glob("*.yaml")):
        part = datafiles.load(f"clubs/{path.name}") or {}
        names = {c["name"] for _, c in _clubs()}
        for rec in part.get("more_forms") or []:
            assert rec["name"] in names, (path.name, rec["name"], "more_forms for a club no file lists")
            club = next(c for _, c in _clubs() if c["name"] == rec["name"])
            for key in datafiles.FORM_KEYS:
                assert set(rec.get(key) or []) <= set(club.get(key) or []), (rec["name"], key)
        for form, name in (part.get("defaults") or {}).items():
            assert name in names and form in data["defaults"], (path.name, form)
