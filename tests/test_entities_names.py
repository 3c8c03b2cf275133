"""People in one article: names of every shape, surnames, first names, descriptions."""
from saga.core.entities import extract_entities
from saga.core.model import Article


def run(*bodies):
    arts = [Article(id=f"a{n}", source=f"t/a{n}.txt", body=b, title="t") for n, b in enumerate(bodies)]
    return extract_entities(arts)


def mentions_of(ents, ments, name):
    eid = next(e.id for e in ents if e.name == name)
    return [m.text for m in ments if m.entity == eid]


def test_particle_surname_and_first_name_in_a_quote():
    ents, ments = run("Southampton manager Jan Koster says Virgil van Dijk wants to leave. "
                      "Van Dijk trained alone.\n\nKoster said: \"My relationship with Virgil is good.\"")
    assert ("player:virgil-van-dijk", "Virgil van Dijk") in [(e.id, e.name) for e in ents]
    assert mentions_of(ents, ments, "Virgil van Dijk") == ["Virgil van Dijk", "Van Dijk", "Virgil"]
    assert next(e for e in ents if e.name == "Jan Koster").kind == "person"


def test_lower_case_particle_is_part_of_the_surname_mention():
    ents, ments = run("Ajax winger Ruben van der Berkhof is wanted by Villa. Talks over van der Berkhof continue.")
    assert mentions_of(ents, ments, "Ruben van der Berkhof") == ["Ruben van der Berkhof", "van der Berkhof"]


def test_apostrophes_straight_and_curly_are_one_person():
    ents, ments = run("Celtic striker Shay O’Neill scored twice. O'Neill has 17 goals this season.")
    assert [e.name for e in ents if e.kind == "player"] == ["Shay O’Neill"]
    assert mentions_of(ents, ments, "Shay O’Neill") == ["Shay O’Neill", "O'Neill"]


def test_hyphenated_and_accented_names():
    ents, ments = run("Bayern want Eintracht Frankfurt goalkeeper Marc-André Kessler. "
                      "Kessler, 29, would replace Jonas Ulreich-Hahn. \"Marc-André is special,\" said Tomás Núñez.")
    names = {e.name for e in ents}
    assert {"Marc-André Kessler", "Jonas Ulreich-Hahn", "Tomás Núñez"} <= names
    assert mentions_of(ents, ments, "Marc-André Kessler") == ["Marc-André Kessler", "Kessler", "Marc-André"]
    assert next(e for e in ents if e.name == "Marc-André Kessler").attrs["age"] == 29


def test_one_word_name_introduced_as_a_player():
    ents, _ = run("Brighton have agreed a fee with Porto for Brazilian forward Rodriguinho.")
    player = next(e for e in ents if e.name == "Rodriguinho")
    assert player.kind == "player" and player.attrs["nationality"] == "Brazilian"


def test_role_decides_player_or_person():
    ents, _ = run("Lazio centre-half Wesley Hoedt is a target. Juventus sporting director Federico Baldini "
                  "spoke to agent Paulo Sequeira.")
    kinds = {e.name: (e.kind, e.attrs.get("role") or e.attrs.get("position")) for e in ents if e.kind != "club"}
    assert kinds == {"Wesley Hoedt": ("player", "defender"), "Federico Baldini": ("person", "director"),
                     "Paulo Sequeira": ("person", "agent")}


def test_descriptions_resolve_to_the_entity_they_mean():
    ents, ments = run("Southampton manager Mauricio Pellegrino says Virgil van Dijk, 26, will not be sold. "
                      "The Dutch international trained alone.\n\n"
                      "The Spaniard added that the 26-year-old is not involved.")
    assert mentions_of(ents, ments, "Virgil van Dijk") == ["Virgil van Dijk", "The Dutch international",
                                                           "the 26-year-old"]
    assert "The Spaniard" in mentions_of(ents, ments, "Mauricio Pellegrino")


def test_two_people_share_a_surname_and_are_never_merged():
    ents, ments = run("Atalanta centre-back Matteo De Santis wants Juventus. His father, Andrea De Santis, "
                      "acts as his agent.\n\nNapoli have also asked about De Santis.")
    assert {e.name for e in ents if e.kind != "club"} == {"Matteo De Santis", "Andrea De Santis"}
    assert mentions_of(ents, ments, "Matteo De Santis") == ["Matteo De Santis", "De Santis"]
    assert next(e for e in ents if e.name == "Andrea De Santis").kind == "person"


def test_born_and_known_as_names_join_the_subject():
    ents, ments = run("Fluminense forward Rodriguinho is on his way. The 19-year-old, who was born Rodrigo Alves "
                      "Pereira but is known simply as Rodriguinho, flies in on Monday.")
    player = next(e for e in ents if e.name == "Rodriguinho")
    assert "Rodrigo Alves Pereira" in player.aliases
    assert "Rodrigo Alves Pereira" in mentions_of(ents, ments, "Rodriguinho")


def test_family_name_first():
    ents, ments = run("PSV signed South Korean winger Kim Do-yeon. Kim scored nine goals last season.")
    assert mentions_of(ents, ments, "Kim Do-yeon") == ["Kim Do-yeon", "Kim"]


def test_manager_form_points_at_his_club():
    ents, ments = run("Liverpool boss Jurgen Klopp wants a centre-back. Jurgen Klopp's men walked away.")
    forms = [(m.text, m.entity, m.via) for m in ments if m.via == "manager-form"]
    assert forms == [("Jurgen Klopp's men", "club:liverpool", "manager-form")]
