"""Classes of entity misses found on unseen article set e, each fixed by a general rule (the names
here are made up and differ from the gold sets)."""
from examples import kind_of, mentions_of, names, run


def test_dutch_particle_t_inside_a_name():
    ents, ments, _ = run("Feyenoord winger Bram van 't Riet is wanted by Celtic. Van 't Riet scored twice.")
    assert "Bram van 't Riet" in names(ents)
    assert "Van 't Riet" in mentions_of(ents, ments, "Bram van 't Riet")
    assert "Van" not in names(ents) and "Riet" not in names(ents)


def test_italian_elided_particle_inside_a_name():
    ents, ments, _ = run("Torino's director of sport, Matteo dell'Arco, confirmed the fee. "
                         "Bologna signed Luca d'Amelio from Parma.")
    assert kind_of(ents, "Matteo dell'Arco") == "person"
    assert "Luca d'Amelio" in names(ents)


def test_catalan_i_joining_two_surnames():
    ents, ments, _ = run("Girona sporting director Pere Vilanova i Roig did not deny the interest.")
    assert "Pere Vilanova i Roig" in names(ents)


def test_a_defender_and_broadcaster_is_a_person_not_a_channel():
    ents, ments, _ = run("Former Chelsea defender and broadcaster Dale Van Horne welcomed the move. "
                         "\"He is a fine player,\" said Van Horne.")
    assert kind_of(ents, "Dale Van Horne") == "person"


def test_a_former_player_who_questions_the_fee_is_a_pundit():
    ents, _, _ = run("Celtic have signed Ross Kerr. Former Celtic striker Andy Dunlop questioned whether "
                     "the fee represented value.")
    assert kind_of(ents, "Andy Dunlop") == "person"


def test_tour_cities_training_grounds_and_national_teams_are_not_pages():
    ents, _, _ = run("Arsenal boss Neil Harte spoke after a pre-season win in Kuala Lumpur on Saturday. "
                     "Barcelona officials met reporters outside the Ciutat Esportiva, and the agent met them in "
                     "Sant Sebastià. Former USMNT midfielder Cody Barrow was also there.")
    got = names(ents)
    assert not any(n in got for n in ("Kuala Lumpur", "Ciutat Esportiva", "Sant Sebastià", "USMNT"))
    assert "Cody Barrow" in got


def test_city_and_regional_demonyms_describe_the_player():
    ents, ments, _ = run("Rangers have signed Norwich midfielder Declan Morrissey, 25, a Republic of Ireland "
                         "international. Speaking after the deal, the Dubliner said he was happy.")
    assert "the Dubliner" in mentions_of(ents, ments, "Declan Morrissey")
    ents, ments, _ = run("Brighton want Club Brugge midfielder Sindre Aasland. The Norwegian, 23, is a target. "
                         "The club has followed the Scandinavian since he was a teenager.")
    assert "the Scandinavian" in mentions_of(ents, ments, "Sindre Aasland")


def test_their_star_is_the_clubs_player():
    ents, ments, _ = run("Brighton want Club Brugge midfielder Sindre Aasland. Brugge value their star at "
                         "€35million, and Lille want to keep their academy graduate Ilyes Amrani too.")
    assert "their star" in mentions_of(ents, ments, "Sindre Aasland")


def test_the_league_club_is_the_club_of_that_division():
    ents, ments, _ = run("Hull City have rejected a bid from West Ham for striker Kofi Amankwah. The Hammers "
                         "have four weeks to find a figure that tempts the Championship outfit.")
    assert "the Championship outfit" in mentions_of(ents, ments, "Hull City")


def test_club_nicknames_and_city_names():
    ents, ments, _ = run("Club Brugge want to keep Sindre Aasland, and the Blue-Blacks rarely sell.")
    assert "the Blue-Blacks" in mentions_of(ents, ments, "Club Brugge")
    ents, ments, _ = run("Real Sociedad midfielder Iker Zubeldia is wanted. Txuri-urdin coach Jon Arana said "
                         "the Donostia club will not sell.")
    got = mentions_of(ents, ments, "Real Sociedad")
    assert "Txuri-urdin" in got and "the Donostia club" in got
    ents, ments, _ = run("FC Porto have tied down Rui Calado. The Invicta club are not a selling club.")
    assert "The Invicta club" in mentions_of(ents, ments, "FC Porto")


def test_a_persons_club_is_the_club_he_works_for():
    ents, ments, _ = run("LA Galaxy have signed Lorenzo Bassi from Lazio. Galaxy general manager Brett Kolarov "
                         "said he was delighted. Kolarov's club still have one slot remaining.")
    assert "Kolarov's club" in mentions_of(ents, ments, "LA Galaxy")
    ents, ments, _ = run("Celtic have signed Ross Kerr from Hearts. Kerr's club captain armband stays at Tynecastle.")
    assert "Kerr's club" not in [m.text for m in ments]


def test_the_boy_from_a_town_is_the_player():
    ents, ments, _ = run("Brighton want Club Brugge midfielder Sindre Aasland. \"He presses, he runs. The boy "
                         "from Stavanger is just what they need,\" pundit Shane Cole said.")
    assert "The boy from Stavanger" in mentions_of(ents, ments, "Sindre Aasland")
