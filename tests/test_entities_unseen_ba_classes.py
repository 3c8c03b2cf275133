"""Entity classes first missed on the unseen-az/ba articles (own sentences, invented people and clubs)."""
from examples import kinds_and_mentions as _run


def test_nickname_with_a_translation_after_a_dash_or_a_comma():
    kinds, by = _run("Midfielder Ondra Kubelík has joined FC Lesná from TJ Jiskra Podhradí. Podhradí, whose players "
                     "are nicknamed Sokoli – the Falcons – after the birds above their ground, wanted more money. "
                     "The Falcons said no twice.")
    assert by.get("TJ Jiskra Podhradí") and by.get("Sokoli") == by["TJ Jiskra Podhradí"]
    assert by.get("the Falcons") == by["TJ Jiskra Podhradí"]
    assert kinds.get("TJ Jiskra Podhradí") == "club"
    _, by = _run("Borek Lindqvist has signed for Halmvik IF from VfB Seeburg. Seeburg, who are known at home as "
                 "Die Reiher, the Herons, accepted the offer.")
    assert by.get("Die Reiher") == by["VfB Seeburg"]
    assert by.get("the Herons") == by["VfB Seeburg"]


def test_nickname_translated_then_named_as_the_club_is_known_echoes_its_name():
    _, by = _run("KVC Eikendaal have sold defender Wout Claeys to Stade Aurignac. De Eiken – the Oaks – as the "
                 "league club are known to their fans, had turned down two offers.")
    assert by.get("De Eiken") == by["KVC Eikendaal"]
    assert by.get("the Oaks") == by["KVC Eikendaal"]


def test_declined_club_word_before_a_nickname_is_the_club():
    _, by = _run("Kacper Olejnik has left KS Granit Lipno for Gdańsk. He turned down a deal from Granitowi – the "
                 "Stones, as the river club have been known for years – in May. Granit said he was free to go.")
    assert by.get("Granitowi") == by["KS Granit Lipno"]
    assert by.get("the Stones") == by["KS Granit Lipno"]


def test_plural_nickname_opening_a_sentence_after_the_club():
    _, by = _run("SK Almtal have recalled Jonas Fink from FC Salzberg. The move has left Salzberg angry. The "
                 "Saltmen, who play at the Sportplatz am Ufer, had built their team around him.")
    assert by.get("The Saltmen") == by["FC Salzberg"]


def test_nickname_in_apposition_after_the_club_and_call_them_simply():
    _, by = _run("Kaito Morinaga has joined Minamisawa Tempesta FC from Kitayama Ridge FC. Kitayama Ridge FC, the "
                 "Ridgebacks, had wanted to keep him. Tempesta, whose fans call them simply the Storms, "
                 "paid the fee in full. The Storms start the season on Saturday.")
    assert by.get("the Ridgebacks") == by["Kitayama Ridge FC"]
    assert by.get("the Storms") == by["Minamisawa Tempesta FC"]


def test_club_name_ending_in_a_founding_year_and_its_town():
    kinds, by = _run("Defender Milo Strauch has joined SpVgg Lindenau 1911 from SV Hagenbruch 07. Lindenau "
                     "paid a fee of €2 million.")
    assert kinds.get("SpVgg Lindenau 1911") == "club"
    assert by.get("Lindenau") == by["SpVgg Lindenau 1911"]
    assert by.get("Hagenbruch") is None or by.get("Hagenbruch") == by["SV Hagenbruch 07"]


def test_club_code_then_a_two_word_town_is_the_club_not_a_player():
    kinds, by = _run("Winger Pavel Horák left SFC Dolní Lhota for the Dutch side last summer. When he left for "
                     "Dolní Lhota in 2019, nobody knew him.")
    assert by.get("Dolní Lhota") == by["SFC Dolní Lhota"]
    assert "Dolní Lhota" not in kinds


def test_quoted_nickname_inside_a_name_alone_or_with_an_article():
    kinds, by = _run('CD Arenal have bid for winger Matías "Gato" Fuenzalida. "El Gato is a player we admire," '
                     'said the sporting director Raúl Ibarra. "If Gato comes, we will be stronger."')
    assert by.get("El Gato") == by["Matías \"Gato\" Fuenzalida"]
    assert by.get("Gato") == by["Matías \"Gato\" Fuenzalida"]
    assert "El Gato" not in kinds and "Gato" not in kinds


def test_two_transliterations_of_one_greek_name_and_a_polish_case_form():
    kinds, by = _run("Panthessalikos want winger Christos Karamanlidis. \"We want Hristos because he is quick,\" "
                     "said coach Yiannis Doukas. Hristos Karamanlidis is 24. Giannis Doukas has also called "
                     "sporting director Stelios Papadimitriou, whom fans call Papadimitriou the builder. "
                     "Stelios Papadimitrioy is patient.")
    assert by.get("Hristos Karamanlidis") == by["Christos Karamanlidis"]
    assert by.get("Hristos") == by["Christos Karamanlidis"]
    assert by.get("Giannis Doukas") == by["Yiannis Doukas"]
    _, by = _run('The headline read "Lech chce Nowaka" after Lech offered a deal to forward Bartek Nowak. '
                 "Nowak is 22.")
    assert by.get("Nowaka") == by["Bartek Nowak"]


def test_registered_agent_in_apposition_is_a_person():
    kinds, _ = _run("Midfielder Bram Geysels is represented by his brother, Stijn Geysels, a registered agent. "
                    "Bram Geysels has scored four goals this season for KVK Maasbeek.")
    assert kinds.get("Stijn Geysels") == "person"
    assert kinds.get("Bram Geysels") == "player"


def test_a_ground_ending_in_park_is_not_a_person():
    kinds, _ = _run("Goalkeeper Ruairi Doak has left Kilbrack Rovers. \"I loved every day at Millrace Park,\" "
                    "Doak said. The Rovers, so called because Millrace Park sits by the river, thanked him.")
    assert "Millrace Park" not in kinds


def test_a_club_code_tells_the_country_of_a_club_the_data_does_not_know():
    _, by = _run("Defender Jonas Fink has left SK Almtal for SpVgg Lindenau 1911. Almtal had wanted to keep him, "
                 "but the German club paid a fee of €3 million.")
    assert by.get("the German club") == by["SpVgg Lindenau 1911"]
    _, by = _run("Defender Jonas Fink has left SK Almtal for SpVgg Lindenau 1911. He spent two years with the "
                 "2. Liga side before the move.")
    assert by.get("the 2. Liga side") == by["SK Almtal"]


def test_a_town_after_above_or_near_is_the_town_not_its_club():
    kinds, _ = _run("Forward Petros Lianos has joined Asteras Pirgou. The club play at a small ground in the hills "
                    "above Volos, where Lianos grew up.")
    assert "Volos" not in kinds


def test_the_name_everyone_calls_a_player_is_his_and_a_phone_call_is_not():
    _, by = _run("Vicenza want Marco Di Ventura, the Lucera playmaker everyone simply calls Mimmo. \"Mimmo is "
                 "not for sale,\" his coach said.")
    assert by.get("Mimmo") == by["Marco Di Ventura"]
    _, by = _run("Coach Dario Ferri calls Luca Bassi every week. Bassi, a winger, wants to join Vicenza.")
    assert by["Luca Bassi"] != by["Dario Ferri"]
