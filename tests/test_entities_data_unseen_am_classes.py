"""Entity data classes first missed on the unseen-al and unseen-am articles: whole leagues the data
lacked (Korean WK League, Finnish Kansallinen Liiga) and nicknames, grounds and regions of Romanian,
South African, Uzbek, New Zealand, Greek, Croatian, Lithuanian, Moroccan and Ecuadorian clubs; a
page title is the name the club goes by ("Auckland City FC"); a Moroccan outlet and a Jamaican
place are not pages (own sentences, invented people)."""
from examples import kinds_and_mentions as _run


def test_korean_womens_clubs_are_their_own_clubs():
    kinds, by = _run("Incheon Hyundai Steel Red Angels want Park Min-ji. The Red Angels bid on Monday.")
    assert by["Incheon Hyundai Steel Red Angels"] == by["The Red Angels"]
    assert kinds.get("Incheon Hyundai Steel Red Angels") == "club"
    kinds, by = _run("Suwon FC Women have signed Lee Ji-hye. The Suwon Sports Complex outfit paid a fee.")
    assert "Suwon FC Women" in kinds and "Suwon FC" not in kinds
    assert by["The Suwon Sports Complex outfit"] == by["Suwon FC Women"]


def test_finnish_womens_clubs():
    kinds, by = _run("PK-35 want Aino Lehtinen-Koski. The Helsinki club bid on Monday.")
    assert kinds.get("PK-35") == "club"
    assert by["The Helsinki club"] == by["PK-35"]
    kinds, _ = _run("Åland United have rejected a bid for Aino Lehtinen-Koski.")
    assert kinds.get("Åland United") == "club"


def test_regions_of_romanian_clubs():
    _, by = _run("Csíkszereda have signed Levente Bartalis-Fodor. The Harghita club paid a fee.")
    assert by["The Harghita club"] == by["Csíkszereda"]
    _, by = _run("Csíkszereda have signed Levente Bartalis-Fodor. The ciucanii paid a fee.")
    assert by["The ciucanii"] == by["Csíkszereda"]


def test_page_title_is_the_name_the_club_goes_by():
    kinds, by = _run("Auckland City have signed Rawiri Tane-Mahuta. The Navy Blues paid a fee.")
    assert "Auckland City FC" in kinds
    assert by["Auckland City"] == by["The Navy Blues"]
    kinds, by = _run("Richards Bay have signed Sipho Mthembu-Dlamini. The Natal Rich Boyz paid a fee.")
    assert "Richards Bay FC" in kinds
    assert by["Richards Bay"] == by["The Natal Rich Boyz"]


def test_places_nicknames_and_grounds_of_the_same_leagues():
    cases = [
        ("Christchurch United have sold Rawiri Tane-Mahuta. The Garden City club got a fee.",
         "The Garden City club", "Christchurch United"),
        ("Wellington Olympic have sold Rawiri Tane-Mahuta. The capital club got a fee.",
         "The capital club", "Wellington Olympic"),
        ("AGMK want Jasur Tursunov-Aliev. The Miners bid on Monday.", "The Miners", "AGMK"),
        ("Šibenik want Ante Bilić-Perić. The Šubićevac side bid on Monday.", "The Šubićevac side", "Šibenik"),
        ("Hassania Agadir want Yassir Benkirane-Alaoui. The Soussi side bid on Monday.",
         "The Soussi side", "Hassania Agadir"),
        ("AS FAR want Yassir Benkirane-Alaoui. The Army club bid on Monday.", "The Army club", "AS FAR"),
        ("Técnico Universitario want Byron Quiñónez-Mina. The Red Roller bid on Monday.",
         "The Red Roller", "Técnico Universitario"),
        ("Deportivo Cuenca want Byron Quiñónez-Mina. The Expreso Austral bid on Monday.",
         "The Expreso Austral", "Deportivo Cuenca"),
    ]
    for text, form, club in cases:
        _, by = _run(text)
        assert by.get(form) == by[club], (text, by)


def test_a_club_called_by_its_town_word():
    kinds, by = _run("Banga want Mantas Žukauskas-Petraitis. The Gargždai club bid on Monday.")
    assert "Banga Gargždai" in kinds
    assert by["Banga"] == by["The Gargždai club"]


def test_moroccan_outlet_and_jamaican_place_are_not_pages():
    kinds, _ = _run("Raja Casablanca want Yassir Benkirane-Alaoui, Al Mountakhab reported on Monday.")
    assert "Al Mountakhab" not in kinds
    kinds, _ = _run("Harbour View want Delroy Campbell-Reid, who scored twice at Drax Hall on Sunday.")
    assert "Drax Hall" not in kinds


def test_lower_case_nickname_and_border_town():
    _, by = _run("Åland United want Aino Lehtinen-Koski. The islanders bid on Monday.")
    assert by["The islanders"] == by["Åland United"]
    _, by = _run("Narva Trans want Artur Kask-Tamm. The border city club bid on Monday.")
    assert by["The border city club"] == by["Narva Trans"]


def test_generic_descriptors_do_not_invent_a_club_the_article_does_not_name():
    kinds, by = _run("Levadia want Artur Kask-Tamm. The border city club bid on Monday.")
    assert "Narva Trans" not in kinds
    kinds, _ = _run("CSKA Sofia want Ivan Petrov-Kolev. The Army club bid on Monday.")
    assert "AS FAR" not in kinds
    kinds, _ = _run("Mumbai City want Arjun Menon-Pillai. The islanders bid on Monday.")
    assert "Åland United" not in kinds


def test_other_clubs_of_the_same_leagues():
    cases = [
        ("Slaven Belupo want Ivan Horvat-Kovač. The Farmaceuti bid on Monday.", "The Farmaceuti", "Slaven Belupo"),
        ("Levadiakos want Nikos Papadakis-Vlachos. The Boeotia club bid on Monday.",
         "The Boeotia club", "Levadiakos"),
        ("Sekhukhune United want Thabo Mokoena-Nkosi. Babina Noko bid on Monday.", "Babina Noko", "Sekhukhune United"),
        ("Oțelul Galați want Radu Ionescu-Barbu. The oțelarii bid on Monday.", "The oțelarii", "Oțelul Galați"),
        ("Técnico Universitario want Byron Quiñónez-Mina. The Tungurahua club bid on Monday.",
         "The Tungurahua club", "Técnico Universitario"),
    ]
    for text, form, club in cases:
        _, by = _run(text)
        assert by.get(form) == by[club], (text, by)
