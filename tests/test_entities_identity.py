"""One entity per real person or club across articles."""
from saga.core.entities import extract_entities
from saga.core.model import Article


def run(*bodies):
    arts = [Article(id=f"a{n}", source=f"t/a{n}.txt", body=b, title="t") for n, b in enumerate(bodies)]
    return extract_entities(arts)


def test_case_variants_and_misspellings_are_one_entity():
    ents, ments = run("Aston Villa boss Marco Santangelo wants Feyenoord winger Ruben van der Berkhof.",
                      "Villa have signed Ruben van der Berkof. Villa boss Marco Santangello is delighted.",
                      "Ruben Van Der Berkhof scored on his debut.")
    people = {e.name: e for e in ents if e.kind != "club"}
    assert set(people) == {"Marco Santangelo", "Ruben van der Berkhof"}
    assert {"Ruben van der Berkof", "Ruben Van Der Berkhof"} <= set(people["Ruben van der Berkhof"].aliases)
    assert "Marco Santangello" in people["Marco Santangelo"].aliases


def test_same_surname_same_job_same_club_is_a_misspelt_first_name():
    ents, _ = run("Southampton manager Mauricio Pellegrino ordered Virgil van Dijk to train alone.",
                  "The centre-back met the Southampton hierarchy as manager Manuel Pellegrino looked on.")
    pellegrino = [e for e in ents if "Pellegrino" in e.name]
    assert len(pellegrino) == 1 and pellegrino[0].name == "Mauricio Pellegrino"
    assert "Manuel Pellegrino" in pellegrino[0].aliases


def test_different_first_names_at_different_clubs_stay_apart():
    ents, _ = run("Hearts midfielder Lewis McAllister is wanted by Leeds.",
                  "Dundee United striker Ross McAllister scored twice.")
    assert {e.name for e in ents if e.kind == "player"} == {"Lewis McAllister", "Ross McAllister"}


def test_a_surname_alone_finds_the_full_name_from_another_article():
    ents, ments = run("Southampton manager Mauricio Pellegrino spoke on Friday.",
                      "Saints boss Pellegrino says the club will not sell.")
    assert [(m.article, m.text) for m in ments if m.entity == "person:mauricio-pellegrino"] == [
        ("a0", "Mauricio Pellegrino"), ("a1", "Pellegrino")]


def test_what_one_article_says_helps_read_another():
    ents, ments = run("Southampton's Virgil van Dijk is wanted by Liverpool. The Dutch international wants to go.",
                      "Van Dijk has asked to leave, and Liverpool boss Jurgen Klopp's men are ready. "
                      "Van Dijk's stance has given the German fresh hope.")
    german = next(m for m in ments if m.text == "the German")
    assert german.entity == "person:jurgen-klopp"


def test_ids_are_kind_and_slug_and_mentions_slice_the_body():
    arts = [Article(id="x", source="t/x.txt", body="Tottenham Hotspur want João Pedro da Costa. Spurs bid €35m.",
                    title="t")]
    ents, ments = extract_entities(arts)
    assert {e.id for e in ents} == {"club:tottenham-hotspur", "player:joao-pedro-da-costa"}
    assert all(arts[0].body[m.start:m.end] == m.text for m in ments)
