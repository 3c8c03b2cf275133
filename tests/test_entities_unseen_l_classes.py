"""Classes of entity misses found on unseen article set l, each fixed by a general rule (made-up names,
made-up clubs the data files do not know)."""
from examples import kind_of, mentions_of, names, run


def test_an_unknown_club_before_a_position_and_a_name_is_a_club_even_after_a_transfer_cue():
    ents, ments, warnings = run("Dunmore Albion are preparing a bid for Orzeł Tarnowiec winger Tomasz "
                                "Wielgoszewski. Wielgoszewski has nine goals this term.")
    assert kind_of(ents, "Orzeł Tarnowiec") == "club"
    assert kind_of(ents, "Tomasz Wielgoszewski") == "player"
    assert any("Orzeł Tarnowiec" in w and "clubs.yaml" in w for w in warnings)


def test_a_club_only_job_after_an_unknown_possessive_name_makes_it_a_club():
    ents, _, _ = run("Rodrigo Meneses Prado has made the full-back his top target. Verdal Azul's sporting "
                     "director Rodrigo Meneses Prado confirmed the interest.")
    assert kind_of(ents, "Verdal Azul") == "club"
    assert kind_of(ents, "Rodrigo Meneses Prado") == "person"


def test_a_players_agent_after_a_possessive_is_still_a_person_and_no_club():
    ents, _, _ = run("Tomasz Wielgoszewski is wanted by Everton. Wielgoszewski's agent Halvor Brekkestad "
                     "held talks on Monday.")
    assert kind_of(ents, "Tomasz Wielgoszewski") == "player"
    assert kind_of(ents, "Halvor Brekkestad") == "person"


def test_every_mention_of_a_name_the_article_shows_is_a_club_is_that_club():
    ents, ments, _ = run("Everton have agreed a fee with Verdal Azul for right-back Joel Pitanga. Verdal "
                         "Azul's sporting director Rodrigo Meneses Prado called it a big step. The player "
                         "is expected to join Verdal Azul next week.")
    assert kind_of(ents, "Verdal Azul") == "club"
    assert mentions_of(ents, ments, "Verdal Azul").count("Verdal Azul") == 3
    assert not any(e.kind != "club" and e.name == "Verdal Azul" for e in ents)


def test_a_plural_verb_after_an_unknown_two_word_name_makes_it_a_club():
    ents, _, _ = run("Everton want defender Joel Pitanga-Reis. Brisa Norte have also called about the "
                     "defender.")
    assert kind_of(ents, "Brisa Norte") == "club"


def test_a_plural_verb_after_the_second_of_two_names_is_no_club_cue():
    ents, _, _ = run("Joel Pitanga-Reis and Marco Teixido are close friends. Pitanga-Reis scored 11 goals.")
    assert "Marco Teixido" not in [e.name for e in ents if e.kind == "club"]


def test_a_club_noun_apposition_after_an_unknown_name_makes_it_a_club():
    ents, ments, _ = run("Everton have agreed a fee for Joel Pitanga-Reis. Quetzaltepa, the Liga Sur "
                         "champions, are also keen.")
    assert kind_of(ents, "Quetzaltepa") == "club"


def test_a_rejected_bid_or_enquiries_after_an_unknown_word_make_it_a_club():
    ents, _, _ = run("Joel Pitanga-Reis wants to move abroad, and Torrevalle had a bid rejected in March. "
                     "Arvandor also made enquiries about the defender.")
    assert kind_of(ents, "Torrevalle") == "club"
    assert kind_of(ents, "Arvandor") == "club"


def test_a_surname_of_someone_named_in_full_is_not_made_a_club_by_a_bid():
    ents, _, _ = run("Sheffield United owner Jakob Halvorsen-Brekk wants a striker. Halvorsen-Brekk made an "
                     "offer for Joel Pitanga-Reis on Monday.")
    assert "Halvorsen-Brekk" not in [e.name for e in ents if e.kind == "club"]
    assert kind_of(ents, "Jakob Halvorsen-Brekk") == "person"


def test_the_youth_academy_at_an_unknown_name_is_a_club():
    ents, _, _ = run("Tomasz Wielgoszewski, who came through the academy at Stal Brzeziny, is 22 and "
                     "left for Lisbon last year.")
    assert kind_of(ents, "Stal Brzeziny") == "club"


def test_the_word_of_a_clubs_name_before_a_club_noun_means_that_club():
    ents, ments, _ = run("Everton want Orzeł Tarnowiec winger Tomasz Wielgoszewski. He has nine goals for "
                         "the Tarnowiec side this term.")
    assert "the Tarnowiec side" in mentions_of(ents, ments, "Orzeł Tarnowiec")


def test_a_word_no_club_has_before_a_club_noun_means_no_club():
    ents, ments, _ = run("Everton want Orzeł Tarnowiec winger Tomasz Wielgoszewski. The Gdyńsk side are "
                         "also keen.")
    assert "The Gdyńsk side" not in [m.text for m in ments]


def test_a_league_clubs_yaml_lists_reads_in_a_club_description():
    # the league's name is no competition in entities_not_pages.yaml: clubs.yaml makes it one
    ents, ments, _ = run("Aberdeen have signed Kemal Oduya from Hearts. The Scottish Premiership club paid "
                         "£2m.")
    assert "The Scottish Premiership club" in mentions_of(ents, ments, "Aberdeen") + \
        mentions_of(ents, ments, "Heart of Midlothian") + mentions_of(ents, ments, "Hearts")


def test_a_nationality_noun_then_an_adverb_is_still_a_description():
    ents, ments, _ = run("Everton have signed Brazilian right-back Joel Pitanga-Reis from Fluminense. "
                         "The Brazilian also said he was proud.")
    assert "The Brazilian" in mentions_of(ents, ments, "Joel Pitanga-Reis")


def test_a_nationality_noun_opening_an_apposition_after_a_role_keeps_the_role():
    ents, _, _ = run("Everton want defender Matej Stastny-Hruza. The defender's agent, Swede Nils af "
                     "Granqvist-Lund, told reporters that his client would decide soon.")
    assert kind_of(ents, "Nils af Granqvist-Lund") == "person"
    assert kind_of(ents, "Matej Stastny-Hruza") == "player"


def test_a_name_another_article_shows_is_a_club_is_that_club_where_nothing_says_person():
    ents, ments, _ = run("Joel Pitanga-Reis wants to move abroad, and Torrevalle had a bid rejected "
                         "in March. Verdal Azul's sporting director Rodrigo Meneses Prado is keen.",
                         "Torrevalle had wanted him as well. Verdal Azul signed "
                         "Joel Pitanga-Reis on Monday.")
    assert kind_of(ents, "Torrevalle") == "club"
    assert kind_of(ents, "Verdal Azul") == "club"
    assert mentions_of(ents, ments, "Torrevalle") == ["Torrevalle", "Torrevalle"]
    assert mentions_of(ents, ments, "Verdal Azul") == ["Verdal Azul", "Verdal Azul"]
    assert len([e for e in ents if e.name == "Verdal Azul"]) == 1


def test_a_plural_verb_after_a_typo_of_a_named_club_keeps_the_typo_on_that_club():
    ents, ments, _ = run("Sunderland want Tomasz Wielgoszewski. Sunderand are fifth in the table.")
    assert "Sunderand" in mentions_of(ents, ments, "Sunderland")


def test_a_plural_verb_after_a_name_ending_a_longer_subject_is_no_club_cue():
    ents, _, _ = run("Flamengo teenager Kaiquinho-Reis will not join Lyon. \"The negotiations for the athlete "
                     "Kaiquinho-Reis have been terminated,\" a club statement read.")
    assert kind_of(ents, "Kaiquinho-Reis") == "player"


def test_an_unknown_club_name_may_end_in_two_digits():
    ents, ments, _ = run("Kwame Asante-Boateng left Tromsvik 08 for Genk in 2023. Tromsvik 08 are ninth "
                         "in the table.")
    assert kind_of(ents, "Tromsvik 08") == "club"
    assert mentions_of(ents, ments, "Tromsvik 08") == ["Tromsvik 08", "Tromsvik 08"]


def test_a_score_after_a_club_name_is_not_part_of_it():
    ents, _, _ = run("Kwame Asante-Boateng scored against Tromsvik 2-1 on Sunday.")
    assert not any("2" in e.name for e in ents)


def test_a_city_no_known_club_is_from_describes_the_unknown_club_of_the_article():
    ents, ments, _ = run("Everton have agreed a fee with Verdal Azul's sporting director Rodrigo Meneses Prado "
                         "for Joel Pitanga-Reis. The player will sign a three-year contract with the Marrakech "
                         "club next week.")
    assert "the Marrakech club" in mentions_of(ents, ments, "Verdal Azul")
    assert "the Marrakech club" not in mentions_of(ents, ments, "Everton")


def test_a_city_some_known_clubs_are_from_may_describe_an_unknown_club_of_the_article():
    ents, ments, _ = run("Everton have agreed a fee with Verdal Azul's sporting director Rodrigo Meneses Prado "
                         "for Joel Pitanga-Reis. The player will sign a three-year contract with the Lisbon "
                         "club next week.")
    assert "the Lisbon club" in mentions_of(ents, ments, "Verdal Azul")


def test_a_known_club_of_the_city_named_in_the_article_wins_over_an_unknown_one():
    ents, ments, _ = run("Benfica have agreed a fee with Verdal Azul's sporting director Rodrigo Meneses Prado "
                         "for Joel Pitanga-Reis. The player will sign a three-year contract with the Lisbon "
                         "club next week.")
    assert "the Lisbon club" in mentions_of(ents, ments, "Benfica")


def test_a_city_no_known_club_is_from_means_no_club_when_the_article_has_two_unknown_ones():
    ents, ments, _ = run("Everton have agreed a fee with Verdal Azul's sporting director Rodrigo Meneses Prado "
                         "for Joel Pitanga-Reis. Torrevalle had a bid rejected. The player will sign a contract "
                         "with the Marrakech club next week.")
    assert "the Marrakech club" not in [m.text for m in ments]


def test_a_place_name_before_a_capitalised_surname_is_a_first_name():
    ents, _, _ = run("Burnley have bid for Genk midfielder Ruben Claessens. The 22-year-old is top of Sydney "
                     "Okwuosa's wishlist this summer.")
    assert kind_of(ents, "Sydney Okwuosa") == "person"


def test_a_place_after_a_place_preposition_stays_a_place_before_a_capitalised_word():
    ents, _, _ = run("Burnley have bid for Genk midfielder Ruben Claessens, who grew up in Sydney Harbour.")
    assert not any("Harbour" in n for n in names(ents))


def test_a_clubs_short_form_after_a_trip_for_talks_is_the_town():
    ents, ments, _ = run("Hannover 96 want Seo Min-gyu. His agent is expected to travel to Hanover next week "
                         "for further talks.")
    assert "Hanover" not in mentions_of(ents, ments, "Hannover 96")
    assert "Hanover" not in next(e for e in ents if e.name == "Hannover 96").aliases


def test_an_unknown_club_with_its_code_letters_and_without_its_plural_s_is_one_club():
    ents, ments, _ = run("Crawley Town have signed Ciaran Mulvey from Kilbarrack Rovers. In a statement, "
                         "Kilbarrack Rover FC said they were proud. Kilbarrack Rovers manager Dan Foley agreed.")
    clubs = [e for e in ents if e.kind == "club" and e.name.startswith("Kilbarrack")]
    assert len(clubs) == 1
    assert "Kilbarrack Rover FC" in mentions_of(ents, ments, clubs[0].name)


def test_a_misspelt_position_between_an_unknown_club_and_a_name_still_shows_the_club():
    ents, _, _ = run("Crawley Town have completed the signing of Kilbarrack goalkeeeper Ciaran Mulvey on "
                     "deadline day.")
    assert kind_of(ents, "Kilbarrack") == "club"
    assert kind_of(ents, "Ciaran Mulvey") == "player"


def test_a_known_one_word_club_then_a_shared_club_word_is_another_club():
    ents, ments, _ = run("Hull City bid for Genk Rovers winger Darragh Quill. Genk Rovers rejected it.")
    assert kind_of(ents, "Genk Rovers") == "club"
    assert "Genk" not in names(ents)
    assert "Blackburn Rovers" not in names(ents)


def test_the_boy_from_a_clubs_home_town_is_the_player():
    ents, ments, _ = run("Brighton want Club Brugge midfielder Sindre Aaslandsen. \"He presses. The boy from "
                         "Trondheim is just what they need,\" pundit Shane Colfer said.")
    assert "The boy from Trondheim" in mentions_of(ents, ments, "Sindre Aaslandsen")


def test_club_letters_before_a_clubs_town_make_an_unknown_club_not_the_town():
    ents, _, _ = run("Torino are closing in on FC Tilburg midfielder Jens Holmgaard.")
    assert kind_of(ents, "FC Tilburg") == "club"
