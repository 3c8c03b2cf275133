"""Classes of entity misses found by the unseen-an / unseen-ao gold sets, each with an invented example
(people, and clubs like Vastby United, are made up; see tests/gold for the articles themselves)."""
from examples import kinds_and_mentions, run


def test_a_capitalised_spanish_particle_group_stays_inside_the_name():
    kinds, by = kinds_and_mentions("Rovers midfielder Tomás De las Heras has agreed terms with Vastby United. "
                                   "De las Heras, 26, will travel on Monday.")
    assert kinds.get("Tomás De las Heras") == "player"
    assert by["De las Heras"] == by["Tomás De las Heras"]
    assert "Tomás De" not in kinds and "De" not in kinds


def test_an_english_first_name_before_a_cantonese_name_leaves_the_middle_word_as_the_surname():
    _, by = kinds_and_mentions("Rovers chairman Tony Wong Siu-ming said the club had made an offer. "
                               "'We want him,' Wong told reporters on Friday.")
    assert by["Wong"] == by["Tony Wong Siu-ming"]


def test_a_cantonese_name_with_a_hyphened_given_name_is_written_family_name_first():
    _, by = kinds_and_mentions("Vastby United have signed winger Chan Ka-lok from Rovers. Ka-lok is 22.")
    assert by["Ka-lok"] == by["Chan Ka-lok"]


def test_a_department_in_a_press_release_footer_is_no_entity():
    kinds, _ = kinds_and_mentions("Vastby United have signed Pedro Alvarenga from Rovers.\n\n"
                                  "Media enquiries: Press Department, Vastby United.")
    assert "Press Department" not in kinds and "Department" not in kinds


def test_the_chairman_of_the_board_is_a_person():
    kinds, _ = kinds_and_mentions("Vastby United have signed Pedro Alvarenga from Rovers.\n\n"
                                  "Chairman of the Board Omar Haddadeen said: \"We welcome Pedro.\"")
    assert kinds.get("Omar Haddadeen") == "person"


def test_a_job_with_a_four_word_complement_before_a_comma_is_still_the_job():
    kinds, _ = kinds_and_mentions("Rovers want Pedro Alvarenga. President of the club from Vastby, Dragan "
                                  "Kostelić, spoke to reporters yesterday. 'We are not a shop,' Kostelić said.")
    assert kinds.get("Dragan Kostelić") == "person"


def test_a_shouted_no_in_a_headline_is_no_name():
    kinds, _ = kinds_and_mentions("Translated from a paper. VASTBY SAYS NO – FOR NOW! Pedro Alvarenga will not "
                                  "be leaving Vastby United cheaply.")
    assert "NO" not in kinds and "No" not in kinds


def test_the_word_lists_hold_no_yaml_booleans():
    from saga.core.entities.lexicon import lexicon
    lex = lexicon()
    assert {"no", "yes", "on", "off"} <= lex.stopwords
    assert "true" not in lex.stopwords and "false" not in lex.stopwords


def test_a_clubs_initials_before_a_town_where_a_club_is_expected_is_a_club():
    kinds, _ = kinds_and_mentions("The playmaker, who arrived at Vastby United from JSK Tizirt in the summer "
                                  "of 2023, has been their best player this season.")
    assert kinds.get("JSK Tizirt") == "club"


def test_a_name_opening_a_competitions_name_is_no_person():
    kinds, _ = kinds_and_mentions("Pedro Alvarenga, 24, finished as the Hamid bin Rashid Premier League's "
                                  "joint-top scorer last season for Vastby United.")
    assert "Hamid bin Rashid" not in kinds


def test_a_coachs_side_is_the_club_named_by_a_short_form_before_his_job():
    ents, ments, _ = run("CS Constantine want Pedro Alvarenga. CSC coach Nabil Ferhoun said he likes him. "
                         "Pedro Alvarenga could make his debut for Ferhoun's side on Friday.")
    by = {m.text: m.entity for m in ments}
    assert by.get("Ferhoun's side") == by["CSC"]


def test_goals_for_a_chairmans_club_are_no_club_of_that_name():
    body = ("Vastby United chairman Abdulla Al-Rashidi confirmed the contact. Rovers want striker Pedro "
            "Alvarenga. The striker scored 14 league goals for Al-Rashidi's club last season.")
    kinds, by = kinds_and_mentions(body)
    assert kinds.get("Abdulla Al-Rashidi") == "person"
    assert [k for k, v in kinds.items() if k == "Al-Rashidi"] == []
    assert by.get("Al-Rashidi's club") == by["Vastby United"]


def test_a_nationality_noun_opening_a_paragraph_after_a_quote_and_signing_a_contract_is_the_player():
    body = ("Rovers have agreed a fee with Vastby United for left-back Mateo Ruiz-Quintana.\n\n"
            "Rovers' sporting director, Andrés Peñaloza Rincón, flew in on Thursday. \"It was a long "
            "negotiation,\" Peñaloza Rincón said. \"But Mateo is worth it.\"\n\n"
            "The Colombian signed a four-year contract on Monday.")
    _, by = kinds_and_mentions(body)
    assert by.get("The Colombian") == by["Mateo Ruiz-Quintana"]


def test_a_club_apposition_describes_the_club_it_stands_beside():
    body = ("Vastby United have opened talks with Rovers over striker Pedro Alvarenga. Harlow Town, the "
            "country's most successful club, are also monitoring the situation.")
    _, by = kinds_and_mentions(body)
    assert by.get("the country's most successful club") == by["Harlow Town"]


def test_a_club_description_after_while_is_not_the_club_the_sentence_opened_with():
    body = ("Rovers striker Pedro Alvarenga wants to join Vastby United. Vastby United want an answer by "
            "Friday, while the newly promoted club begin pre-season in June.")
    _, by = kinds_and_mentions(body)
    assert by.get("the newly promoted club") == by["Rovers"]


def test_a_club_told_something_is_still_a_club():
    kinds, _ = kinds_and_mentions("Pedro Alvarenga has told Vastby Eroville Harbour FC that he wants to weigh "
                                  "an offer from Rovers.")
    assert kinds.get("Vastby Eroville Harbour FC") == "club"
