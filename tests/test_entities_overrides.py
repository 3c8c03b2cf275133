"""Editorial overrides (content/entities.yaml): the editor's word wins."""
from pathlib import Path

from saga.core.entities import extract_entities, load_overrides
from saga.core.model import Article

ROOT = Path(__file__).resolve().parent.parent


def run(overrides, *bodies):
    arts = [Article(id=f"a{n}", source=f"t/a{n}.txt", body=b, title="t") for n, b in enumerate(bodies)]
    return extract_entities(arts, overrides)


def test_the_shipped_file_is_valid_and_changes_nothing():
    ov, warnings = load_overrides((ROOT / "content" / "entities.yaml").read_text(encoding="utf-8"),
                                  "content/entities.yaml")
    assert warnings == []
    assert ov == {"entities": [], "not_pages": [], "splits": []}


def test_the_commented_example_parses():
    text = (ROOT / "content" / "entities.yaml").read_text(encoding="utf-8")
    example, inside = [], False
    for line in text.splitlines():
        if line in ("# entities:", "# not_pages:", "# splits:"):
            inside = True
        elif not line.startswith("#   "):
            inside = False
        if inside:
            example.append(line[2:])
    ov, warnings = load_overrides("\n".join(example), "example")
    assert warnings == []
    assert [e["name"] for e in ov["entities"]] == ["Mauricio Pellegrino", "Brighton & Hove Albion",
                                                   "Forest Green Rovers"]
    assert ov["not_pages"] == ["Sky Bet", "The Athletic"] and ov["splits"][0]["as"] == "Jan de Vries (goalkeeper)"


def test_aliases_merge_two_entities_and_the_name_wins():
    ov, _ = load_overrides("entities:\n  - name: Mauricio Pellegrino\n    aliases: [Mauro Pellegrini]\n", "e.yaml")
    ents, ments = run(ov, "Southampton manager Mauricio Pellegrino spoke.", "Boss Mauro Pellegrini agreed.")
    people = [e for e in ents if e.kind == "person"]
    assert [(e.name, e.aliases) for e in people] == [("Mauricio Pellegrino", ["Mauro Pellegrini"])]


def test_a_nickname_alias_is_found_in_the_text():
    ov, _ = load_overrides("entities:\n  - name: Forest Green Rovers\n    kind: club\n    aliases: [FGR]\n", "e")
    ents, ments = run(ov, "FGR beat Forest Green Rovers reserves. FGR are top.")
    club = next(e for e in ents if e.name == "Forest Green Rovers")
    assert club.kind == "club" and [m.text for m in ments if m.entity == club.id] == ["FGR", "Forest Green Rovers",
                                                                                      "FGR"]


def test_kind_is_fixed():
    ov, _ = load_overrides("entities:\n  - name: Pep Guardiola\n    kind: person\n    attrs: {role: manager}\n", "e")
    ents, _ = run(ov, "Chelsea may leave Pep Guardiola to battle it out with Liverpool.")
    pep = next(e for e in ents if e.name == "Pep Guardiola")
    assert (pep.id, pep.kind, pep.attrs["role"]) == ("person:pep-guardiola", "person", "manager")


def test_not_pages_removes_an_entity():
    ov, _ = load_overrides("not_pages: [Golden Sands]\n", "e")
    ents, _ = run(ov, "Defender Golden Sands joined Chelsea.")
    assert [e.name for e in ents] == ["Chelsea"]


def test_split_separates_two_people_with_one_name():
    ov, _ = load_overrides("splits:\n  - name: Jan de Vries\n    articles: [a1]\n    as: Jan de Vries (goalkeeper)\n",
                           "e")
    ents, ments = run(ov, "Ajax striker Jan de Vries scored.", "Utrecht goalkeeper Jan de Vries saved a penalty.")
    assert sorted(e.name for e in ents if e.kind == "player") == ["Jan de Vries", "Jan de Vries (goalkeeper)"]
    assert len({m.entity for m in ments if m.text == "Jan de Vries"}) == 2


def test_bad_entries_warn_with_the_file_name_and_never_raise():
    ov, warnings = load_overrides("entities:\n  - {kind: player}\n  - name: X\n    kind: wizard\n"
                                  "not_pages: Sky\nsplits:\n  - {name: Y}\nextra: 1\n", "content/entities.yaml")
    assert [e["name"] for e in ov["entities"]] == ["X"] and "kind" not in ov["entities"][0]
    assert len(warnings) == 5 and all(w.startswith("content/entities.yaml: ") for w in warnings)
    for text in ("", "::: [", "- a list", "entities: 3", "\x00\x01"):
        ov, warnings = load_overrides(text, "f")
        assert set(ov) == {"entities", "not_pages", "splits"}
