"""General fixes found by an independent article set: outlets, commands, lower-league clubs, apostrophes."""
from examples import names, run


def test_a_foreign_sports_paper_is_not_a_page():
    ents, _, _ = run("Marko Ilicic, who joined Sevilla last week, told Jutarnji List he was happy.")
    assert "Jutarnji List" not in names(ents)


def test_a_name_after_the_word_newspaper_is_an_outlet():
    ents, _, _ = run("Tomasz Brzeski spoke to the Polish newspaper Gazeta Krakowska about his move to Celtic.")
    assert "Gazeta Krakowska" not in names(ents)
    assert "Tomasz Brzeski" in names(ents)


def test_a_clubs_own_channel_is_not_a_player():
    ents, ments, _ = run("The midfielder told Arsenal Studio Hub about joining. Villarreal TV filmed his medical.")
    assert not any("Hub" in n or " TV" in n for n in names(ents))
    assert {"Arsenal", "Villarreal"} <= set(names(ents))


def test_a_command_opening_a_sentence_is_not_a_first_name():
    ents, ments, _ = run('"I never discuss other clubs\' players," the Fulham coach said. "Ask Benfica."')
    assert "Benfica" in names(ents)
    assert not any(n.startswith("Ask") for n in names(ents))


def test_lower_league_clubs_and_their_nicknames():
    ents, ments, _ = run("Bradford City have signed a winger from Salford City. The Bantams paid a small fee "
                         "and the Ammies were happy.")
    texts = {(m.text, m.entity) for m in ments}
    assert ("The Bantams", "club:bradford-city") in texts
    assert ("the Ammies", "club:salford-city") in texts


def test_a_shared_nickname_means_the_club_the_article_names():
    _, ments, _ = run("Stockport County lost their captain. The Hatters want a replacement.")
    assert {m.entity for m in ments if m.text == "The Hatters"} == {"club:stockport-county"}
    _, ments, _ = run("The Hatters want a new striker before the window shuts.")
    assert {m.entity for m in ments if m.text == "The Hatters"} == {"club:luton-town"}


def test_a_name_with_an_apostrophe_is_the_same_name_without_it():
    ents, ments, _ = run("Benfica have signed Jean-Luc N'Dala from Metz. Ndala scored nine goals last season.")
    players = [e for e in ents if e.kind == "player"]
    assert len(players) == 1
    assert [m.text for m in ments if m.entity == players[0].id] == ["Jean-Luc N'Dala", "Ndala"]


def test_a_fixture_away_at_an_unknown_town_names_a_club():
    ents, ments, _ = run("Hull City open pre-season away at Gainsborough Trinity, then are at home to Bottesford.")
    assert {"Gainsborough Trinity", "Bottesford"} <= set(names(ents))
    assert next(e for e in ents if e.name == "Bottesford").kind == "club"


def test_a_nickname_after_an_article_in_the_clubs_language():
    _, ments, _ = run("Napoli have signed the winger. He agreed a five-year deal with Gli Azzurri on Friday.")
    assert ("Gli Azzurri", "club:napoli") in {(m.text, m.entity) for m in ments}


def test_a_nationality_without_an_article_before_a_name_is_a_mention():
    _, ments, _ = run("Porto have sold Senegal international Ibrahima Fall to Lens.")
    texts = [(m.text, m.entity) for m in ments]
    assert ("Senegal international", "player:ibrahima-fall") in texts


def test_a_name_whose_nth_signing_someone_is_a_manager():
    ents, _, _ = run("Derby County have signed Callum Roe. The winger becomes Piet Olsen's fourth summer signing.")
    assert next(e for e in ents if e.name == "Piet Olsen").kind == "person"


def test_his_new_club_is_not_the_club_he_came_from():
    _, ments, _ = run("Brentford have signed Ole Dahl from Rosenborg. He met his new employers on Monday.")
    assert {m.entity for m in ments if m.text == "his new employers"} == {"club:brentford"}


def test_the_club_a_player_wants_to_leave_is_his_own():
    _, ments, _ = run("Celtic winger Ross Baird impressed in a 3-0 win over Rangers last month. "
                      "Baird wants to leave the Scottish champions this summer.")
    assert {m.entity for m in ments if m.text == "the Scottish champions"} == {"club:celtic"}


def test_a_players_father_in_apposition_is_a_person():
    ents, _, _ = run("Aston Villa want Luka Brenko. Brenko's father, Ivan Brenko, a former Rijeka midfielder, "
                     "spoke to reporters on Sunday.")
    assert next(e for e in ents if e.name == "Ivan Brenko").kind == "person"


def test_his_new_club_is_not_the_club_he_was_named_at():
    _, ments, _ = run("Everton have landed Napoli striker Marco Bellini after weeks of talks with the Partenopei. "
                      "Bellini will wear the No 9 shirt at his new club.")
    assert {m.entity for m in ments if m.text == "his new club"} == {"club:everton"}
