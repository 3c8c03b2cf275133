"""Classes of entity misses found by the unseen-ar / unseen-as gold sets, each with an invented example
(people, and clubs like Vastby United, are made up; see tests/gold for the articles themselves)."""
from examples import kinds_and_mentions, mentions_by_name as _mentions


def test_a_burmese_form_of_address_is_not_part_of_the_name():
    kinds, _ = kinds_and_mentions("Vastby United want Thura Min Soe. 'He is not for sale,' said the club's "
                                  "head coach U Khin Maung Lwin. Daw Aye Aye Mon, the club president, agreed.")
    assert kinds.get("Khin Maung Lwin") == "person"
    assert kinds.get("Aye Aye Mon") == "person"
    assert "U Khin Maung Lwin" not in kinds and "Daw Aye Aye Mon" not in kinds


def test_arabic_club_words_open_a_club_name():
    kinds, _ = kinds_and_mentions("Vastby United want Pedro Ortega from Shabab Al-Bireh. Hilal Al-Ramla made "
                                  "an offer too. Ahli Al-Karmel said no. Club president Hilal Al-Tamimi said: "
                                  "'We are happy.'")
    assert kinds.get("Shabab Al-Bireh") == "club"
    assert kinds.get("Hilal Al-Ramla") == "club"
    assert kinds.get("Ahli Al-Karmel") == "club"
    assert kinds.get("Hilal Al-Tamimi") == "person"


def test_a_capitalised_captain_with_no_team_before_it_is_a_form_of_address():
    kinds, _ = kinds_and_mentions("Vastby United want Pedro Ortega. For his part, Captain Yusuf Al-Mansouri, "
                                  "the coach of the club, confirmed his desire. 'Bring me Ortega,' "
                                  "Al-Mansouri said.")
    assert kinds.get("Yusuf Al-Mansouri") == "person"


def test_a_club_short_form_after_radio_is_a_broadcaster():
    kinds, _ = kinds_and_mentions("Vastby United rejected an offer for Pedro Ortega. \"The answer is no,\" "
                                  "Tomas Mbala-Gonçalves told Rádio Nacional de Angola.")
    assert "Nacional" not in kinds and "Club Nacional" not in kinds
    assert not any("Nacional" in k for k in kinds)


def test_a_byline_names_the_writer_who_is_no_page():
    kinds, _ = kinds_and_mentions("By Nadia Karam-Saleh, Beirut\n\nVastby United have opened talks with "
                                  "Rovers over Pedro Ortega.")
    assert "Nadia Karam-Saleh" not in kinds
    assert kinds.get("Pedro Ortega") == "player"


def test_a_sentence_opening_by_is_no_byline():
    kinds, _ = kinds_and_mentions("By Pedro Ortega's own admission, the move was a surprise to Vastby "
                                  "United and he may leave again in the summer window.")
    assert "Pedro Ortega" in kinds


def test_a_town_and_a_club_short_form_as_a_double_barrelled_surname():
    kinds, _ = kinds_and_mentions("Vastby United want Pedro Ortega. Rovers' sporting director, Juan Carlos "
                                  "Maldonado-Vélez, said no. 'Never,' Maldonado-Vélez added.")
    assert kinds.get("Juan Carlos Maldonado-Vélez") == "person"
    assert "Juan Carlos" not in kinds and "Vélez Sarsfield" not in kinds


def test_the_elder_of_two_who_share_a_surname_is_the_father():
    by = _mentions("Vastby United want Nahom Berhe-Alemu. His agent is his father, Tesfaye Berhe-Alemu, a "
                   "former defender. It was the elder Berhe-Alemu who travelled to the capital. "
                   "Berhe-Alemu scored twice last season.")
    assert "the elder Berhe-Alemu" in by["Tesfaye Berhe-Alemu"]
    assert "the elder Berhe-Alemu" not in by["Nahom Berhe-Alemu"]


def test_a_sports_city_is_a_venue_not_a_club():
    kinds, _ = kinds_and_mentions("Vastby United have opened talks over Pedro Ortega. Both clubs meet on "
                                  "Saturday at the Sports City, a fixture that carries weight.")
    assert set(kinds) == {"Vastby United", "Pedro Ortega"}


def test_club_and_a_verb_in_a_title_case_headline_is_no_club():
    kinds, _ = kinds_and_mentions("Vastby United Close In On Pedro Ortega As Capital Club Prepares Record "
                                  "Offer\nVastby United want Pedro Ortega. The capital club will bid on "
                                  "Monday.")
    assert set(kinds) == {"Vastby United", "Pedro Ortega"}


def test_a_quoted_two_word_nickname_after_nicknamed_is_the_player():
    by = _mentions('Vastby United want Jean Okafor-Benson. The 21-year-old, nicknamed "Petit Jean" in the '
                   'stands, has one year left on his contract.')
    assert "Petit Jean" not in by
    assert "Petit Jean" in by["Jean Okafor-Benson"]
