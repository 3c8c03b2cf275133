"""Classes of entity misses found on unseen article set n, each fixed by a general rule (made-up names,
made-up clubs the data files do not know, or clubs of the data files that set n does not name)."""
from examples import kind_of, mentions_of, names, run


def test_capitals_that_spell_a_named_clubs_initials_are_that_club():
    ents, ments, _ = run("RC Montvalier have agreed a fee with Sporting Fenwick for striker Tomas Brela. "
                         "In a statement, RCM said: \"We are delighted.\" Brela will train with RCM on Monday.")
    assert "RCM" not in names(ents)
    assert mentions_of(ents, ments, "RC Montvalier").count("RCM") == 2


def test_a_romance_article_alone_is_never_a_name():
    ents, _, _ = run("Tomas Brela joined Fenwick Athletic in 2019. \"I arrived at La Florida as a boy,\" "
                     "Brela said.")
    assert "La" not in names(ents)


def test_a_papers_title_opening_with_an_article_is_an_outlet_however_often_named():
    ents, _, _ = run("Fenwick Athletic want winger Tomas Brela, according to El Vigilante. "
                     "Club president Marco Dulli told El Vigilante: \"Nobody has called us.\"")
    assert "El Vigilante" not in names(ents)


def test_a_nationality_noun_whose_aside_says_he_arrived_may_be_the_director_who_speaks():
    ents, ments, _ = run("Fenwick Athletic want midfielder Tomas Brela. Brela has two years left on his "
                         "contract.\n\nFenwick's director of football, Marco Dulli, is a long-standing admirer. "
                         "The Norwegian, who arrived at the club last year, told the Daily Record: \"We have "
                         "watched Tomas for a long time.\"")
    assert "The Norwegian" in mentions_of(ents, ments, "Marco Dulli")
    assert "The Norwegian" not in mentions_of(ents, ments, "Tomas Brela")


def test_a_double_barrelled_name_owns_its_agent_whole():
    ents, ments, _ = run("Fenwick Athletic want midfielder Tomas Ap-Rhys-Brela. Ap-Rhys-Brela's representative, "
                         "Marco Dulli, will meet the club on Thursday.")
    assert "Ap-Rhys-Brela's representative" in mentions_of(ents, ments, "Marco Dulli")


def test_represented_by_names_the_agent_and_the_players_agent_means_him():
    ents, ments, _ = run("Fenwick Athletic want striker Tomas Brela. Brela is represented by Marco Dulli, who "
                         "met the club on Monday. The striker's representative is also said to have held "
                         "talks with Vardo Rovers.")
    assert kind_of(ents, "Marco Dulli") == "person"
    assert "The striker's representative" in mentions_of(ents, ments, "Marco Dulli")


def test_the_clubs_name_and_a_plain_club_noun_name_the_club_together():
    ents, ments, _ = run("Aberdeen have signed Tomas Brela. He scored eleven goals last season as the Aberdeen "
                         "side finished second.")
    assert "the Aberdeen side" in mentions_of(ents, ments, "Aberdeen")


def test_promotion_chasers_are_a_club():
    ents, ments, _ = run("Wycombe Wanderers have opened talks with Kilmarnock over midfielder Tomas Brela, "
                         "with the League One promotion chasers hoping to wrap up a deal this month.")
    assert "the League One promotion chasers" in mentions_of(ents, ments, "Wycombe Wanderers")


def test_a_country_played_against_is_never_a_club():
    ents, _, _ = run("Tomas Brela scored twice for Indonesia against Malaysia in March, and Fenwick Athletic "
                     "watched him.")
    assert "Malaysia" not in names(ents)


def test_a_shared_nickname_still_means_its_usual_club_when_no_other_is_named():
    ents, ments, _ = run("Tomas Brela is wanted by the Wolves, who have made an opening bid of £3m.")
    assert "the Wolves" in mentions_of(ents, ments, "Wolverhampton Wanderers") or \
        "Wolves" in mentions_of(ents, ments, "Wolverhampton Wanderers")
