"""Classes of phrasing first seen in unseen-al/am (own sentences, invented people and clubs): phone-in
callers labelled by first name, fans asking at a Q&A, "The president of X Y, Name", club names with a
hyphened number, a women's team's suffix, a team-nickname word ending a long club name, header and
question words that are no names, a show's quoted title."""
from examples import kinds_and_mentions

_PHONE_IN = ("TRANSCRIPT - \"Final Whistle Hour\", Monday phone-in\n\n"
             "MARTA OLSZEWSKA-DUNN: Welcome back to Final Whistle Hour. Rovers have signed Jan Kowalczyk-Brun. "
             "Lines are open. Tendai in Leeds, you're on air.\n\n"
             "TENDAI: Marta, thanks. Rovers paid too much for him.\n\n"
             "MARTA OLSZEWSKA-DUNN: Hi Tendai, noted. Grace in York?\n\n"
             "GRACE: I disagree with Tendai. He will score goals.\n\n"
             "MARTA OLSZEWSKA-DUNN: We'll be right back.\n")


def test_phone_in_callers_labelled_by_first_name_are_people():
    kinds, by = kinds_and_mentions(_PHONE_IN)
    assert kinds.get("Tendai") == "person"
    assert kinds.get("Grace") == "person"
    assert by["TENDAI"] == by["Tendai"]


def test_a_phone_in_shows_quoted_title_and_its_stock_phrases_are_no_entities():
    kinds, _ = kinds_and_mentions(_PHONE_IN)
    assert "Final Whistle Hour" not in kinds
    assert "Lines" not in kinds
    assert not any(k.startswith("Hi ") for k in kinds)
    assert kinds.get("Jan Kowalczyk-Brun") == "player"


def test_a_fact_box_label_is_still_no_name():
    kinds, _ = kinds_and_mentions("NAME: Jan Kowalczyk-Brun\nPOSITION: Midfielder\nHEIGHT: 1.80m\n"
                                  "Rovers have signed Jan Kowalczyk-Brun.")
    assert "Height" not in kinds and "Position" not in kinds


def test_fans_asking_at_a_supporters_q_and_a_are_people():
    body = ("The Rovers Supporters' Club held a Q&A with sporting director Piet Garmendia-Holt.\n\n"
            "Olga Wiśniewska-Lind (Harrogate): Is Jan Kowalczyk-Brun leaving?\n\n"
            "Piet Garmendia-Holt: No. We rejected an offer for the striker on Friday.\n\n"
            "Tomas Ferreira-Quist (Ripon): Who replaces him if he goes?\n\n"
            "Piet Garmendia-Holt: We have options.\n")
    kinds, _ = kinds_and_mentions(body)
    assert kinds.get("Olga Wiśniewska-Lind") == "person"
    assert kinds.get("Tomas Ferreira-Quist") == "person"
    assert kinds.get("Jan Kowalczyk-Brun") == "player"


def test_the_president_of_an_unknown_club_before_a_comma_is_a_person():
    kinds, _ = kinds_and_mentions("The president of Vastby NFC, Stavros Orlandakis-Pavlou, spoke on Tuesday. "
                                  "Orlandakis-Pavlou said the club needs the money.")
    assert kinds.get("Stavros Orlandakis-Pavlou") == "person"


def test_a_club_name_with_a_hyphened_number_is_one_name():
    kinds, by = kinds_and_mentions("Rovers signed Jan Kowalczyk-Brun from VPK-85 on Monday. "
                                   "VPK-85 wanted more money.")
    assert kinds.get("VPK-85") == "club"
    assert "VPK" not in kinds
    kinds, _ = kinds_and_mentions("Jan Kowalczyk-Brun, an Under-21 international, joined Rovers.")
    assert "Under-21" not in kinds


def test_a_womens_team_suffix_belongs_to_the_clubs_name():
    kinds, _ = kinds_and_mentions("Jan Kowalczyk-Brun joined Vastby FC Women from Rovers. "
                                  "Olga Lind-Brun left Harlow Town Ladies in May.")
    assert kinds.get("Vastby FC Women") == "club"
    assert kinds.get("Harlow Town Ladies") == "club"


def test_a_long_club_name_ending_in_a_team_nickname_word_is_a_club():
    kinds, _ = kinds_and_mentions("Gyeongsan Pelican Steel Blue Eagles have rejected an offer from Rovers "
                                  "for Jan Kowalczyk-Brun.")
    assert kinds.get("Gyeongsan Pelican Steel Blue Eagles") == "club"
    assert kinds.get("Jan Kowalczyk-Brun") == "player"


def test_the_nickname_tail_of_a_long_unknown_club_name_is_the_same_club():
    kinds, by = kinds_and_mentions("Gyeongsan Pelican Steel Blue Eagles have rejected an offer from Rovers "
                                   "for Jan Kowalczyk-Brun. The Blue Eagles turned it down within hours.")
    assert by["Blue Eagles"] == by["Gyeongsan Pelican Steel Blue Eagles"]
    assert "Blue Eagles" not in kinds


def test_a_number_word_opening_a_header_is_no_name():
    kinds, _ = kinds_and_mentions("MARKET WIRE | Friday bulletin | Ten days to deadline\n\n"
                                  "Rovers have signed Jan Kowalczyk-Brun.")
    assert "Ten" not in kinds


def test_a_lower_case_particle_before_i_in_a_question_is_no_name():
    kinds, _ = kinds_and_mentions("Rovers called Jan Kowalczyk-Brun on Friday, and his first words were, "
                                  "'Where do I sign?' After that it was easy.")
    assert "do" not in kinds and "Do" not in kinds


def test_the_elder_and_the_younger_of_two_brothers_with_one_family_name():
    body = ("Rovers are closing in on striker Levan Tsereteli-Abashidze, a move that would reunite the "
            "27-year-old with his younger brother Nika Tsereteli-Abashidze at the club.\n\n"
            "Speaking on Saturday, the elder Tsereteli-Abashidze did not rule anything out.\n\n"
            "\"I want him here,\" the younger Tsereteli-Abashidze said. Rovers hope to have the elder "
            "brother's signature by January.")
    _, by = kinds_and_mentions(body)
    assert by["the elder Tsereteli-Abashidze"] == by["Levan Tsereteli-Abashidze"]
    assert by["the younger Tsereteli-Abashidze"] == by["Nika Tsereteli-Abashidze"]
    assert by["the elder brother"] == by["Levan Tsereteli-Abashidze"]


def test_the_hosts_and_the_home_side_are_the_club_whose_ground_or_town_the_match_was_at():
    _, by = kinds_and_mentions("Rovers are away to Vastby United on Saturday. The home side have lost three "
                               "in a row, and Rovers want striker Jan Kowalczyk-Brun fit for it.")
    assert by.get("The home side") == by["Vastby United"]
    _, by = kinds_and_mentions("Celtic beat Rangers 2-1 at Celtic Park on Sunday. Rangers led early, but "
                               "the hosts were level before half-time through Jan Kowalczyk-Brun.")
    assert by.get("the hosts") == by["Celtic"]


def test_a_familiar_form_of_a_given_name_the_data_lists_is_the_same_person():
    _, by = kinds_and_mentions("Kotoko have signed winger Kwabena Adjei-Fosuhene from Medeama. "
                               "\"Thank you for everything, Kobby,\" Medeama wrote on X.")
    assert by.get("Kobby") == by["Kwabena Adjei-Fosuhene"]
