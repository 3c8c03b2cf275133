"""Entity data classes first missed on the unseen-bg articles (real clubs of Kazakhstan, Bosnia,
India, Malta, Finland and Thailand) and the real bodies and places of unseen-bf: a club's region or
its adjective ("the North Kazakhstan side", "the Herzegovinian club", "the Goan club", "the Hyderabad
club", "the Paola club"), a Maltese club the data lacked and its short form ("Hibs", which Scotland's
Hibernian shares), English nicknames of real clubs ("the Maroons", "the Fire Bats", "the Beetles",
"the islanders"), and bodies and places press copy names on their own (own sentences, invented
people)."""
from examples import assert_same_entity as _same, kinds_and_mentions as _run


def test_a_clubs_region_or_its_adjective_means_the_club():
    _same([
        ("Kyzylzhar want Daniyar Omarov-Seitkali. The North Kazakhstan side bid on Monday.",
         "The North Kazakhstan side", "Kyzylzhar"),
        ("Široki Brijeg want Ante Marić-Bošnjak. The Herzegovinian club bid on Monday.",
         "The Herzegovinian club", "Široki Brijeg"),
        ("Churchill Brothers want Rahul Naik-Dessai. The Goan club bid on Monday.",
         "The Goan club", "Churchill Brothers"),
        ("Sreenidi Deccan want Rahul Naik-Dessai. The Hyderabad club bid on Monday.",
         "The Hyderabad club", "Sreenidi Deccan"),
        ("Hibernians want Luke Camilleri-Borg. The Paola club bid on Monday.",
         "The Paola club", "Hibernians"),
    ])


def test_a_maltese_club_and_its_short_form():
    _same([
        ("Hibernians want Luke Camilleri-Borg. Hibs bid on Monday.", "Hibs", "Hibernians"),
    ])
    for text, club in [
        ("Balzan have signed Luke Camilleri-Borg from Mosta.", "Balzan FC"),
        ("Naxxar Lions have signed Luke Camilleri-Borg from Sirens.", "Naxxar Lions"),
    ]:
        kinds, _ = _run(text)
        assert kinds.get(club) == "club", (text, kinds)


def test_scottish_hibs_stay_hibernian():
    for text in ["Hearts want Callum Baird-Murray. Hibs bid on Monday at Easter Road.",
                 "Hearts want Callum Baird-Murray. Hibs bid on Monday."]:
        kinds, _ = _run(text)
        assert "Hibernians FC" not in kinds and kinds.get("Hibernian") == "club", (text, kinds)


def test_english_nicknames_of_real_clubs():
    _same([
        ("Gżira United want Luke Camilleri-Borg. The Maroons bid on Monday.", "The Maroons", "Gżira United"),
        ("Sukhothai FC want Somchai Wongsa-Ard. The Fire Bats bid on Monday.", "The Fire Bats", "Sukhothai FC"),
        ("Chiangrai United want Somchai Wongsa-Ard. The Beetles bid on Monday.", "The Beetles", "Chiangrai United"),
        ("IFK Mariehamn want Otto Lindqvist-Berg. The islanders bid on Monday.", "The islanders", "IFK Mariehamn"),
    ])
    kinds, _ = _run("IFK Mariehamn want Otto Lindqvist-Berg. The islanders bid on Monday.")
    assert "Åland United" not in kinds, kinds


def test_bodies_and_places_are_not_pages():
    for text, name in [
        ("Rahul Naik-Dessai waited for the Foreigners Regional Registration Office to stamp his papers.",
         "Foreigners Regional Registration Office"),
        ("Marlon Grant-Whyte fell short of a Governing Body Endorsement in the spring.",
         "Governing Body Endorsement"),
        ("Juma Otieno-Mwangi grew up in the shadow of Kilimanjaro.", "Kilimanjaro"),
        ("Rahul Naik-Dessai grew up in Mysuru and still trains there in the summer.", "Mysuru"),
        ("Juma Otieno-Mwangi learned the game on the shore of Lake Victoria.", "Lake Victoria"),
    ]:
        kinds, _ = _run(text)
        assert not any(name.split()[0].lower() in k.lower() for k in kinds), (text, kinds)


def test_a_bare_shared_nickname_keeps_its_default():
    _, by = _run("Adnan Hodžić-Begić joined the Maroons on Monday.")
    assert by.get("the Maroons") == "club:fk-sarajevo", by
