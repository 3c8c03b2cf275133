"""Classes of entity misses found on unseen article set i, each fixed by a general rule (made-up names)."""
from examples import kind_of, mentions_of, names, run


def test_a_two_word_outlet_after_told_is_not_a_person():
    ents, _, _ = run("Osasuna midfielder Iker Zubeldia-Arrieta will stay. His agent Xabier Goikoetxea told "
                     "El Correo Navarro: 'He is staying.' Another paper, Diario Vasco Norte, was told the same.\n\n"
                     "His mother later told Noticias Ribera that the family was happy.")
    got = names(ents)
    assert "El Correo Navarro" not in got and "Noticias Ribera" not in got
    assert "Iker Zubeldia-Arrieta" in got and "Xabier Goikoetxea" in got


def test_an_outlet_title_in_lower_case_after_told_is_not_a_person():
    ents, _, _ = run("Hajduk sporting director Mate Brkljačić-Vuko was relaxed. \"He is fit,\" he told Jutarnji list. "
                     "\"We are happy.\"")
    assert "Jutarnji" not in names(ents)


def test_a_sponsors_ground_is_not_a_club():
    ents, _, _ = run("Brisbane Roar forward Liam Okonkwo-Reid scored on his debut at Zorbex Park last year "
                     "and has now joined Groningen.")
    assert "Zorbex Park" not in names(ents)


def test_a_league_clubs_and_nicknames():
    ents, ments, _ = run("Melbourne Victory teenager Sam Dukuly-Harris has joined Twente. Twente agreed a fee with "
                         "the Big V last month, and Victory did not stand in his way.")
    assert kind_of(ents, "Melbourne Victory") == "club"
    got = mentions_of(ents, ments, "Melbourne Victory")
    assert "the Big V" in got or "Big V" in got
    assert "Victory" in got


def test_a_city_named_club_before_a_role_word():
    ents, ments, _ = run("Lazio have signed São Paulo forward Rafael Quintela Rocha. São Paulo president "
                         "Otávio Moura confirmed the deal, and the Tricolor keep a sell-on clause.")
    assert kind_of(ents, "São Paulo FC") == "club"
    got = mentions_of(ents, ments, "São Paulo FC")
    assert any("Tricolor" in m for m in got)


def test_regional_nicknames_of_clubs():
    ents, ments, _ = run("Udinese were stunned. The news is a blow to the Friulians.\n\n"
                         "Heerenveen made an offer, with the Frisians keen. The Domstad club FC Utrecht also called, "
                         "and the Kraichgau outfit Hoffenheim are watching.")
    assert "the Friulians" in mentions_of(ents, ments, "Udinese") or "Friulians" in mentions_of(ents, ments, "Udinese")
    assert any("Frisians" in m for m in mentions_of(ents, ments, "Heerenveen"))
    assert any("Domstad" in m for m in mentions_of(ents, ments, "FC Utrecht"))
    assert any("Kraichgau" in m for m in mentions_of(ents, ments, "Hoffenheim"))


def test_his_role_before_a_name_is_a_mention_of_that_person():
    ents, ments, _ = run("Valencia striker Unai Etxeberri-Lasa is staying. His agent Joseba Arrizabalaga-Ruiz told "
                         "reporters he was happy.\n\n"
                         "His brother and agent, Koldo Etxeberri-Lasa, agreed.\n\n"
                         "The player's partner, Nerea Olabarria, posted a photo. The young striker's uncle, "
                         "Iñaki Lasa-Goñi, said nothing.")
    assert "His agent" in mentions_of(ents, ments, "Joseba Arrizabalaga-Ruiz")
    assert "His brother and agent" in mentions_of(ents, ments, "Koldo Etxeberri-Lasa")
    assert "The player's partner" in mentions_of(ents, ments, "Nerea Olabarria")
    assert "The young striker's uncle" in mentions_of(ents, ments, "Iñaki Lasa-Goñi")


def test_an_under_20_international_is_a_description():
    ents, ments, _ = run("Perth Glory teenager Kofi Bandele-Mayer has joined Twente. Groningen had asked about "
                         "the Australia Under-20 international last month.")
    assert "the Australia Under-20 international" in mentions_of(ents, ments, "Kofi Bandele-Mayer")


def test_a_nationality_noun_that_does_not_speak_means_the_player_not_the_pundit():
    ents, ments, _ = run("Lazio have signed Fluminense forward Caio Bezerra Lemos for €15m.\n\n"
                         "Sky Sport Italia pundit Marco Tedeschini believes the fee is fair. \"It is cheap,\" he said.\n\n"
                         "The Brazilian is expected to be registered in time for the opening game.")
    assert "The Brazilian" in mentions_of(ents, ments, "Caio Bezerra Lemos")


def test_a_quoted_nickname_after_known_as():
    ents, ments, _ = run("Hibernian midfielder Pádraig Ó Catháin has joined Portsmouth. The 26-year-old, known as "
                         "'Paddo' in the dressing room, made 90 appearances. Paddo will wear the No 8.")
    assert "Paddo" in mentions_of(ents, ments, "Pádraig Ó Catháin")
