"""Entity classes first missed on the unseen-ax/ay articles (own sentences, invented people and clubs)."""
from examples import kinds_and_mentions as _run


def test_nickname_introduced_with_nicknamed_links_to_the_club():
    kinds, by = _run("Brackwater Athletic have signed striker Owen Tallis from Fenmoor FC. The forward scored nine "
                     "goals for the Tanners this season. Fenmoor, nicknamed the Tanners after the old leather "
                     "works, accepted a second bid on Monday.")
    assert by.get("the Tanners") == by["Fenmoor FC"]
    assert "Tanners" not in kinds


def test_nickname_with_a_foreign_article_and_a_known_as_clause():
    _, by = _run("Stade Quimperlé have agreed a fee with AS Pontrieux for winger Malo Kerbrat. Pontrieux, "
                 "known to their supporters as les Loutres, had hoped to keep him for one more season.")
    assert by.get("les Loutres") == by["AS Pontrieux"]


def test_nickname_named_before_as_the_club_is_known():
    _, by = _run("Goalkeeper Álvaro Ribas joined CD Villatorre from UD Sotoalba on Friday. He could debut for "
                 "the Alcones, as Villatorre have been known for decades, against Atlético Barranco.")
    assert by.get("the Alcones") == by["CD Villatorre"]


def test_nickname_of_the_previous_question_and_no_person_nickname_taken():
    _, by = _run("Ashbury Rovers want midfielder Kai Lomas from Tolbridge Town. So who are Ashbury? A big "
                 "club from the valleys, known as the Dyers, with a new owner.")
    assert by.get("the Dyers") == by["Ashbury Rovers"]
    kinds, by = _run("Northgate FC have signed Rodrigo Silva Maia. The 20-year-old, known simply as Rodinho, "
                     "scored twice for Northgate FC last season.")
    assert kinds.get("Rodrigo Silva Maia") == "player"
    assert by.get("Rodinho") != by["Northgate FC"]


def test_data_nickname_echoing_an_article_club_is_that_club():
    kinds, by = _run("Glenbrae Thistle midfielder Aidan Corr has joined Kilbarchan United on loan. The 20-year-old "
                     "has made four appearances for the Glens this term.")
    assert by.get("the Glens") == by["Glenbrae Thistle"]
    assert "Glentoran" not in kinds
    kinds, by = _run("Harbourview Mariners SC have blocked a move for forward Tyreek Dunmore. The Mariners said "
                     "he is under contract.")
    assert by.get("Mariners") == by["Harbourview Mariners SC"] or by.get("The Mariners") == by["Harbourview Mariners SC"]
    assert "Central Coast Mariners" not in kinds


def test_region_club_description_means_the_unknown_club_its_sentence_names():
    _, by = _run("Thornley Rovers have signed midfielder Gareth Pell from Ashcombe Vale. Pell came through the "
                 "academy at Ashcombe Vale and made 90 appearances for the Lancashire club.")
    assert by.get("the Lancashire club") == by["Ashcombe Vale"]
    _, by = _run("Ortenfeld SC have complained about Grün-Weiß Baldern over midfielder Lukas Ebner. Baldern, the "
                 "Westphalian club nicknamed die Hammer, deny it.")
    assert by.get("the Westphalian club") == by["Grün-Weiß Baldern"]
    assert by.get("die Hammer") == by["Grün-Weiß Baldern"]


def test_club_name_heads_the_data_knows_do_not_split_a_longer_name():
    kinds, by = _run("Striker Malik Dembélé-Sow left US Chantevigne for Racing Club de Sorbière on Friday, and "
                     "Real Club Deportivo Almarza want his team-mate.")
    assert kinds.get("US Chantevigne") == "club"
    assert kinds.get("Racing Club de Sorbière") == "club"
    assert kinds.get("Real Club Deportivo Almarza") == "club"
    assert "Racing Club" not in kinds and "Real Madrid" not in kinds
    kinds, _ = _run("US President Tom Hale met the squad. Racing Club beat Boca Juniors.")
    assert kinds.get("Racing Club") == "club"


def test_club_words_of_other_languages_open_a_club_name():
    kinds, _ = _run("Defender Kasper Lindqvist-Aas left IL Fjordvik for KSK Meerbeke, and Virtus Montalcino "
                    "want his brother.")
    assert kinds.get("KSK Meerbeke") == "club"
    assert kinds.get("IL Fjordvik") == "club"


def test_team_hosting_a_club_word_name_is_a_fixture_not_a_tv_host():
    kinds, _ = _run("Midfielder Dario Pellegatti joined US Vallerosa on loan. He could debut on Sunday, when "
                    "Vallerosa host Virtus Montebasso.")
    assert kinds.get("Virtus Montebasso") == "club"


def test_name_that_took_over_as_coach_is_staff():
    kinds, _ = _run("Winger Unai Arrieta-Goñi has barely played at CD Zarautzeko since Ramón Telleria took over "
                    "as coach in October. Telleria wants a full-back instead.")
    assert kinds.get("Ramón Telleria") == "person"


def test_article_word_place_and_quoted_imperative_are_no_people():
    kinds, _ = _run("Forward Mehdi Saoudi-Lantier was driven to the training centre at La Garrigue on Friday, "
                    "and signed for FC Marvejols. \u201cI told his mother, \u2018Keep him grounded.\u2019\u201d")
    assert "La Garrigue" not in kinds and "Keep" not in kinds
    assert kinds.get("Mehdi Saoudi-Lantier") == "player"


def test_a_verb_like_called_before_a_comma_introduces_no_nickname():
    _, by = _run("Portvale Athletic have agreed a fee with Dunharrow FC for winger Bastien Morvan. \"When "
                 "Portvale called, Bastien told me he wanted to go,\" his agent said.")
    assert by.get("Bastien") == by["Bastien Morvan"]


def test_a_clubs_data_nickname_that_is_a_given_name_of_the_article_is_that_person():
    # "Espen" is St. Gallen's nickname in the data; here it is a person's given name
    kinds, by = _run("Espen Tvedtnes has left Fjordby IL for Nordvik SK. \"Espen was exactly the leader we "
                     "needed,\" the Nordvik coach said.")
    assert "St. Gallen" not in kinds
    assert by.get("Espen") == by["Espen Tvedtnes"]
