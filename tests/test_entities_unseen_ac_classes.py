"""Entity classes first missed on the unseen-ab and unseen-ac articles (own sentences, invented people)."""
from examples import kinds_and_mentions as _run


def test_wire_dateline_town_in_capitals_is_no_club():
    kinds, by = _run("BELGRADE, March 3 (Reuters) - Partizan have made an offer for striker Nemanja Vukobratić-Ilić, "
                     "the club said on Tuesday.")
    assert "BELGRADE" not in by, by
    assert len([k for k, v in kinds.items() if v == "club"]) == 1, kinds
    kinds, by = _run("GLASGOW, May 9 - Motherwell want winger Ross Dunleavy-Carr from Airdrieonians.")
    assert "GLASGOW" not in by, by
    assert kinds.get("Ross Dunleavy-Carr") == "player"


def test_role_then_nationality_apposition_is_a_person():
    kinds, _ = _run("Sheriff Tiraspol want striker Ion Cebotaru-Lungu. The striker's agent, Italian Marco "
                    "D'Ambrosio-Rossi, said talks were going well. \"We are close,\" D'Ambrosio-Rossi said.")
    assert kinds.get("Marco D'Ambrosio-Rossi") == "person", kinds
    assert kinds.get("Ion Cebotaru-Lungu") == "player"


def test_counterpart_at_club_apposition_is_a_person():
    kinds, _ = _run("Ararat-Armenia signed defender Vahe Mkrtchyan-Oganesyan. Their president was pleased, and "
                    "his counterpart at Alashkert, Tigran Avetisyan-Mirzoyan, was furious. \"It is not right,\" "
                    "Avetisyan-Mirzoyan told reporters.")
    assert kinds.get("Tigran Avetisyan-Mirzoyan") == "person", kinds


def test_role_in_question_apposition_is_a_person():
    kinds, _ = _run("Hajduk Split want midfielder Ante Vrdoljak-Barić. The president in question, Stipe "
                    "Grgić-Perković, has not spoken about the deal.")
    assert kinds.get("Stipe Grgić-Perković") == "person", kinds


def test_sentence_opening_gerund_is_not_part_of_a_name():
    kinds, _ = _run("Maribor want winger Nejc Zupančič-Kranjc from Olimpija Ljubljana. Zupančič-Kranjc has a year "
                    "left on his deal. Losing Zupančič-Kranjc to a rival would hurt the fans.")
    assert not any(k.startswith("Losing") for k in kinds), kinds
    assert kinds.get("Nejc Zupančič-Kranjc") == "player"


def test_generic_club_epithets_and_superlatives_describe_a_club():
    _, by = _run("Levski Sofia want striker Boyan Karaivanov-Dimov. Levski, the country's most decorated club, "
                 "made an offer on Monday.")
    assert by.get("the country's most decorated club") == by["Levski Sofia"], by
    _, by = _run("Sturm Graz want forward Lukas Pichlmaier-Haas. The historic club made an offer on Monday.")
    assert by.get("The historic club") == by["Sturm Graz"], by


def test_unknown_town_before_club_noun_is_no_person_and_names_the_club_from_its_data_forms():
    kinds, by = _run("Bolívar have agreed a fee with Blooming for striker Mateo Arandia-Suárez, but the "
                     "Santa Cruz club want a sell-on clause.")
    assert "Santa Cruz" not in kinds, kinds
    assert by.get("the Santa Cruz club") == by["Blooming"], by
