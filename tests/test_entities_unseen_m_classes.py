"""Classes of entity misses found on unseen article set m, each fixed by a general rule (made-up names,
made-up clubs the data files do not know, or clubs of the data files that set m does not name)."""
from examples import kind_of, mentions_of, names, run


def test_a_nationality_noun_that_speaks_means_the_one_last_named_not_the_one_last_described():
    ents, ments, _ = run("Everton have turned down a bid for right-back Joel Pitanga-Reis.\n\n"
                         "Pitanga-Reis, who joined Everton from Verdal Azul in 2021, has been one of the "
                         "league's best defenders. Joel is not for sale, the club said. Pitanga-Reis has two "
                         "years left on his contract.\n\n"
                         "Speaking on Tuesday, head coach Tomas Brekkevoll admitted the defender's head may "
                         "have been turned.\n\n"
                         "\"I spoke with him this morning,\" the Dane said. \"He trained well.\"")
    assert "the Dane" in mentions_of(ents, ments, "Tomas Brekkevoll")
    assert "the Dane" not in mentions_of(ents, ments, "Joel Pitanga-Reis")
    # the same in one paragraph: the description in the sentence before does not make him recent
    ents, ments, _ = run("Everton have turned down a bid for right-back Joel Pitanga-Reis.\n\n"
                         "Pitanga-Reis, who joined Everton from Verdal Azul in 2021, has been one of the "
                         "league's best defenders. Joel is not for sale, the club said. Pitanga-Reis has two "
                         "years left on his contract.\n\n"
                         "Speaking on Tuesday, head coach Tomas Brekkevoll admitted the defender's head may "
                         "have been turned. \"I spoke with him this morning,\" the Dane said.")
    assert "the Dane" in mentions_of(ents, ments, "Tomas Brekkevoll")


def test_a_clubs_job_with_no_name_after_it_means_whoever_holds_that_job():
    ents, ments, _ = run("Everton want Joel Pitanga-Reis. The Toffees' head of recruitment, Stuart Pennock, "
                         "watched him in March.\n\n"
                         "Asked about the midfielder, Everton's head of recruitment said the club would wait.")
    assert "Everton's head of recruitment" in mentions_of(ents, ments, "Stuart Pennock")
    assert kind_of(ents, "Stuart Pennock") == "person"


def test_a_chief_officer_of_a_club_is_a_person():
    ents, _, _ = run("The deal was agreed after talks between Everton's chief soccer officer, Halvor "
                     "Brekkestad-Moen, and the player's agent. Brekkestad-Moen joined Everton from Dunmore "
                     "Albion two years ago.")
    assert kind_of(ents, "Halvor Brekkestad-Moen") == "person"


def test_an_apposition_with_a_nationality_after_a_name_is_a_mention_of_that_name():
    ents, ments, _ = run("Everton sporting director Halvor Brekkestad-Moen led the talks. Brekkestad-Moen, a "
                         "Norwegian who joined the club two years ago, has made the winger his top target.")
    assert "a Norwegian" in mentions_of(ents, ments, "Halvor Brekkestad-Moen")


def test_a_name_that_opens_with_an_article_no_person_name_has_is_no_person():
    ents, _, _ = run("Everton are in talks for Joel Pitanga-Reis, according to Het Dagblad van Drenthe. "
                     "Pitanga-Reis scored nine goals.")
    assert not any("Het" in n for n in names(ents))


def test_a_paper_named_with_a_foreign_article_after_according_to_is_no_person():
    ents, _, _ = run("Everton made an approach in June. According to El Observador, the club offered $4m "
                     "for Joel Pitanga-Reis.")
    assert "El Observador" not in names(ents)


def test_a_proper_noun_between_a_possessive_and_a_common_noun_is_a_modifier_not_a_person():
    ents, _, _ = run("Joel Pitanga-Reis would occupy one of the club's Homegrown Pathway slots at Everton.")
    assert "Homegrown Pathway" not in names(ents)


def test_an_unknown_name_after_since_joining_a_club_from_is_a_club():
    ents, _, _ = run("Joel Pitanga-Reis has been one of the league's best defenders since joining Everton "
                     "from Verdal Azul in 2021.")
    assert kind_of(ents, "Verdal Azul") == "club"


def test_a_nationality_before_premier_league_means_that_countrys_league():
    ents, ments, _ = run("Everton have signed winger Arman Zhaksylykov from Kairat. The Kazakh Premier League "
                         "side had hoped to keep him until the winter.")
    assert "The Kazakh Premier League side" in mentions_of(ents, ments, "Kairat")


def test_a_clubs_job_in_apposition_after_a_name_makes_that_name_a_person():
    ents, ments, _ = run("Everton want Joel Pitanga-Reis. Stuart Pennock, Everton's director of football, "
                         "watched him in March.")
    assert kind_of(ents, "Stuart Pennock") == "person"
    assert "Everton's director of football" in mentions_of(ents, ments, "Stuart Pennock")
