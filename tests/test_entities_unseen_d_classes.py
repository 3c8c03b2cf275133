"""Classes of misses found on an unseen article set, each fixed by a general rule (the names here
are made up and differ from the gold sets)."""
from examples import mentions_of, names, run


def test_the_city_club_means_a_club_of_that_city_not_the_club_named_after_it():
    ents, ments, _ = run("Real Betis have made an offer for Lyon winger Mathis Rondeau. "
                         "The Seville club want a deal done this week.")
    assert "The Seville club" in mentions_of(ents, ments, "Real Betis")
    assert "Sevilla" not in names(ents)


def test_the_city_club_in_an_article_about_the_other_club_of_the_city():
    ents, ments, _ = run("Bristol Rovers have signed striker Tom Pellow. The Bristol side paid a small fee.")
    assert "The Bristol side" in mentions_of(ents, ments, "Bristol Rovers")
    assert "Bristol City" not in names(ents)


def test_a_club_tv_channel_is_not_a_page():
    ents, _, _ = run("Speaking to LFCTV, the midfielder Dario Pelle said he was happy. MUTV showed the goals.")
    assert not any(n.endswith("TV") for n in names(ents))
    assert "Dario Pelle" in names(ents)


def test_a_shouted_headline_word_is_not_part_of_a_name():
    ents, _, _ = run("CELTIC GO BIG!\n\nCeltic have bid £5m for Hibernian striker Tom Baird, and they are "
                     "ready to go higher.")
    assert not any("GO" in n for n in names(ents))
    assert {"Celtic", "Tom Baird"} <= set(names(ents))
    ents, ments, _ = run("BAIRD SIGNS FOR CELTIC\n\nCeltic have signed Hibernian striker Tom Baird, who signs "
                         "a four-year deal.")
    assert names(ents) == ["Celtic", "Hibernian", "Tom Baird"]
    assert "BAIRD" in mentions_of(ents, ments, "Tom Baird")


def test_a_hyphenated_double_first_name_alone():
    ents, ments, _ = run("Hertha have signed Karl Heinz Moller from Mainz. Karl-Heinz scored twice last season.")
    assert "Karl-Heinz" in mentions_of(ents, ments, "Karl Heinz Moller")


def test_his_employers_is_his_current_club():
    ents, ments, _ = run("Torino winger Marco Vitale is keen on a move to Lazio, although his employers want "
                         "most of their money back.")
    assert "his employers" in mentions_of(ents, ments, "Torino")


def test_a_headline_drops_the_article_before_a_description():
    ents, ments, _ = run("Lazio close in on Torino winger, Celtic want Dutch keeper\n\n"
                         "Lazio are leading the race for Torino winger Marco Vitale. In Scotland, Celtic are "
                         "weighing up a move for Utrecht goalkeeper Bram Jansen. The Parkhead club watched the "
                         "Dutchman in person.")
    assert "Torino winger" in mentions_of(ents, ments, "Marco Vitale")
    assert "Dutch keeper" in mentions_of(ents, ments, "Bram Jansen")


def test_an_age_before_a_name_without_an_article():
    ents, ments, _ = run("Sevilla would like 19-year-old Betis forward Pablo Ruiz included in the deal.")
    assert "19-year-old Betis forward" in mentions_of(ents, ments, "Pablo Ruiz")


def test_a_nickname_of_its_home_city():
    ents, ments, _ = run("Sporting CP rejected the offer. The Lions of Lisbon want more money.")
    assert "The Lions of Lisbon" in mentions_of(ents, ments, "Sporting CP")


def test_the_player_and_the_attacker_refer_back_to_the_player():
    ents, ments, _ = run("Lazio have signed Torino attacking midfielder Marco Vitale. Sources said the player "
                         "had agreed terms on Monday. Roma had watched the attacker last week.")
    got = mentions_of(ents, ments, "Marco Vitale")
    assert "the player" in got and "the attacker" in got


def test_the_player_of_the_year_is_not_a_reference():
    ents, ments, _ = run("Lazio have signed Marco Vitale. He was the player of the year in Serie B.")
    assert "the player" not in mentions_of(ents, ments, "Marco Vitale")


def test_his_son_once_the_players_father_is_named():
    ents, ments, _ = run('Everton have bid for Ajax defender Jorrit Smeets, his father and agent Kees Blom said. '
                         '"My son will decide with his heart," Blom said.\n\n'
                         'Blom is said to have told Ajax officials that his son wants to leave.')
    got = mentions_of(ents, ments, "Jorrit Smeets")
    assert "My son" in got and "his son" in got


def test_a_manager_form_opening_a_paragraph_goes_on_in_the_next_sentence():
    ents, ments, _ = run("Brentford have signed midfielder Ola Persson from Hibernian.\n\n"
                         "Persson scored nine goals as Callum Reid's side finished fourth. Hibernian had rejected "
                         "two offers from Burnley in June.")
    assert "Callum Reid's side" in mentions_of(ents, ments, "Hibernian")


def test_pronoun_contractions_are_not_names_or_clubs():
    ents, _, _ = run('"I\'m OK, I\'m happy here," Harry Kane said. "We\'ll see what happens."')
    assert "I'm OK" not in names(ents)
    assert "Motherwell" not in names(ents)
    assert "Harry Kane" in names(ents)


def test_a_one_word_name_with_an_adjective_before_what_a_player_has():
    ents, _, _ = run("Zequinha's proposed move to Lazio is in danger of collapsing.\n\n"
                     "Zequinha's agent Renato Vilela said the talks were over.")
    assert "Zequinha" in names(ents)
    assert [e.kind for e in ents if e.name == "Zequinha"] == ["player"]
