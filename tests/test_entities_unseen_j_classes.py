"""Classes of entity misses found on unseen article set j, each fixed by a general rule (made-up names)."""
from examples import run, names, kind_of, mentions_of


def test_a_nationality_noun_with_no_article_before_a_surname_is_a_first_name():
    ents, ments, _ = run("Augsburg have signed Go Ahead Eagles striker Finn Vandermolen on a four-year deal. "
                         "Vandermolen scored 16 goals last season.")
    assert "Finn Vandermolen" in names(ents)
    assert kind_of(ents, "Finn Vandermolen") == "player"


def test_a_nationality_noun_after_the_keeps_its_nationality():
    ents, ments, _ = run("Brede have signed the departing Dane Mikkel Sørvang. Sørvang is 24.")
    assert "Mikkel Sørvang" in names(ents)
    assert not any(n.startswith("Dane") for n in names(ents))


def test_a_broadcaster_head_word_is_not_a_person():
    ents, _, _ = run("Go Ahead Eagles sold striker Joost Brinkerhof. Club legend Henk Vleugel told "
                     "Omroep Veluwezoom: \"They need to spend it well.\"")
    assert not any("Omroep" in n for n in names(ents))
    assert "Henk Vleugel" in names(ents)


def test_an_italian_paper_with_a_roman_numeral_is_not_a_person():
    ents, _, _ = run("Genoa rejected a bid for Tobi Okoye-Ramos. According to Il Gazzettino XX, "
                     "the striker is calm.")
    assert not any("Gazzettino" in n for n in names(ents))


def test_a_city_after_a_part_of_it_and_of_is_the_place_not_the_club():
    ents, _, _ = run("Corinthians midfielder Gabriel Souza-Lemos is wanted by Manchester City. "
                     "His father, a taxi driver from the east of São Paulo, is proud.")
    assert "São Paulo FC" not in names(ents)


def test_a_name_with_his_pre_match_press_conference_is_a_coach():
    ents, _, _ = run("City face Wolves on Saturday, with Tomas Brandvold expected to be asked about the "
                     "teenager in his pre-match press conference on Friday.")
    assert kind_of(ents, "Tomas Brandvold") == "person"


def test_celta_nickname_the_celestes():
    ents, ments, _ = run("Celta Vigo want Iker Zubeldia-Arana. The Celestes have offered €5m.")
    assert "The Celestes" in mentions_of(ents, ments, "Celta Vigo")


def test_a_nationality_noun_the_article_gives_as_a_first_name_links_alone():
    ents, ments, _ = run("Augsburg have signed striker Finn Vandermolen. \"Finn is a striker who attacks "
                         "the box,\" the director said. \"It hurts to lose a player like Finn,\" his old coach said.")
    assert mentions_of(ents, ments, "Finn Vandermolen").count("Finn") == 2
