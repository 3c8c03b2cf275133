"""Classes of entity misses found by the unseen-ap / unseen-aq gold sets, each with an invented example
(people, and clubs like Vastby United, are made up; see tests/gold for the articles themselves)."""
from examples import kinds_and_mentions, mentions_by_name as _mentions


def test_a_governing_body_named_in_its_own_language_is_no_entity():
    kinds, _ = kinds_and_mentions("Vastby United have signed Pedro Alvarenga. Under Federació Andorrana de "
                                  "Futbol rules the deal must be lodged by Friday, and the Federación "
                                  "Dominicana de Fútbol has the papers.")
    assert set(kinds) == {"Vastby United", "Pedro Alvarenga"}


def test_a_foreign_newspaper_title_is_no_entity():
    kinds, _ = kinds_and_mentions("Vastby United have signed Pedro Alvarenga, Diari d'Andorra reported. "
                                  "\"I am happy,\" he told Diari Bondia. Jornal Esportivo had the story first.")
    assert set(kinds) == {"Vastby United", "Pedro Alvarenga"}


def test_a_rank_or_title_of_office_is_not_part_of_the_name():
    by = _mentions("Vastby United have signed Pedro Alvarenga. Club chairman Sheikh Hamad Al-Rashidi said "
                   "the fee was fair. 'We are happy,' Sheikh Hamad said. Commandant Ibrahim Koné-Sylla was "
                   "angry. 'No,' said Koné-Sylla.")
    kinds, _ = kinds_and_mentions("Vastby United have signed Pedro Alvarenga. Commandant Ibrahim Koné-Sylla "
                                  "was angry. 'No,' said Koné-Sylla.")
    assert "Sheikh Hamad" in by["Hamad Al-Rashidi"]
    assert "Sheikh Hamad Al-Rashidi" not in by
    assert kinds.get("Ibrahim Koné-Sylla") == "person"


def test_a_quoted_nickname_after_a_dash_is_the_player_and_so_is_its_later_use():
    by = _mentions('Vastby United have signed Jean Okafor-Benson from Rovers. Jean Okafor-Benson – "Tank" to '
                   'everyone in the city – was presented on Monday. "I am happy," Tank said.')
    assert "Tank" not in by
    assert by["Jean Okafor-Benson"].count("Tank") == 2


def test_a_known_as_nickname_used_alone_later_is_the_same_player():
    by = _mentions('Vastby United have signed Jean Okafor-Benson. Jean Okafor-Benson, known as "Tank" in the '
                   'city, was presented on Monday. Tank scored twice last season.')
    assert "Tank" not in by


def test_the_first_of_two_surnames_alone_is_the_same_person():
    by = _mentions("Vastby United want Yves-Marc N'Goran Kablan. N'Goran said he was happy. Rovers want "
                   "Gabriel Hernández López. Hernández is 24.")
    assert "N'Goran" in by["Yves-Marc N'Goran Kablan"]
    assert "Hernández" in by["Gabriel Hernández López"]
    assert "N'Goran" not in by and "Hernández" not in by


def test_a_kyrgyz_patronymic_is_part_of_the_name():
    by = _mentions("Vastby United want Nurlan Azamat uulu from Rovers. 'I am happy,' Azamat uulu said.")
    assert by["Nurlan Azamat uulu"].count("Azamat uulu") == 1
    assert "Nurlan Azamat" not in by


def test_the_agent_in_a_who_represents_clause_and_an_interpreter_are_people():
    kinds, _ = kinds_and_mentions("Vastby United want Carlos Mendes. Hubert Nkemba Tshilombo, who represents "
                                  "the 26-year-old, said a deal was close. The player spoke through the club's "
                                  "interpreter, Samir Khalid Al-Harbi.")
    assert kinds.get("Hubert Nkemba Tshilombo") == "person"
    assert kinds.get("Samir Khalid Al-Harbi") == "person"


def test_a_column_name_in_capitals_over_the_headline_is_no_person():
    kinds, _ = kinds_and_mentions("TOUCHLINE TALK: Why is nobody asking what Carlos Mendes wants?\n\n"
                                  "Carlos Mendes is the best young defender in the league.")
    assert "TOUCHLINE TALK" not in kinds and "Touchline Talk" not in kinds


def test_a_club_name_with_two_letters_swapped_is_the_club_the_article_names():
    by = _mentions("Vastby United want Carlos Mendes from Cibao FC. The president said Ciboa FC had made "
                   "no offer to Vastby.")
    assert "Ciboa FC" in by["Cibao FC"]
    assert "Ciboa FC" not in by


def test_the_capital_letters_ending_a_named_clubs_name_written_alone_are_that_club():
    by = _mentions("Vastby United have made a bid for Norrby KIF striker Lars Berg. But at KIF, the message "
                   "is clear, says KIF head coach Per Holm. 'I am a KIF player,' Berg said.")
    assert by["Norrby KIF"].count("KIF") == 3
    assert "KIF" not in by
