"""Entity classes first missed on the unseen-z articles (own sentences, invented people)."""
from examples import kinds_and_mentions as _run


def test_clubs_of_smaller_leagues_are_known_with_nicknames_and_grounds():
    kinds, by = _run("Stranraer have signed midfielder Euan Dalgleish-Moir from Elgin City. The Black and Whites "
                     "wanted to keep him at Borough Briggs. Orense and Aucas also asked, and Vegalta Sendai "
                     "scouted him. Nkana FC, known as the Kalampa, and Power Dynamos watched too.")
    assert kinds.get("Stranraer") == "club" and kinds.get("Orense") == "club"
    assert kinds.get("Vegalta Sendai") == "club"
    assert by["The Black and Whites"] == by["Elgin City"]
    assert by["the Kalampa"] == by["Nkana FC"]
    assert "Borough Briggs" not in kinds


def test_national_team_nickname_is_no_club():
    kinds, _ = _run("Striker Chanda Mulenga-Phiri, capped by the Chipolopolo last month, joined ZESCO United.")
    assert "Chipolopolo" not in kinds
    assert kinds.get("ZESCO United") == "club"


def test_particle_after_a_known_name_or_number_is_no_surname():
    kinds, _ = _run("Deportes Sur coach Ramiro Gallardo-Pinto, whose side open their Liga de Primera campaign on "
                    "Sunday, wants midfielder Tomás Villalba-Reyes. They play at the Estádio Municipal 13 de Maio.")
    assert not any(n.lower().startswith(("de ", "primera", "maio")) for n in kinds), kinds
    kinds, _ = _run("Barcelona midfielder Frenkie de Jong spoke. Arsenal signed van Dijk.")
    assert kinds.get("van Dijk") == "player"


def test_fellow_panellist_is_a_person_and_fellow_no_club():
    kinds, _ = _run("Hammarby want midfielder Oskar Berglund-Nyman. Fellow panellist Sofia Hedenström-Ek, a "
                    "former title winner, pushed back. 'You can't blame him,' she said.")
    assert kinds.get("Sofia Hedenström-Ek") == "person"
    assert "Fellow" not in kinds


def test_titled_surname_is_a_person():
    kinds, _ = _run("Lech Poznań signed Adam Wolski-Nowak. The president there, Mr Grabarek, told me: "
                    "\u201cIf you stay, you will be our captain.\u201d That meant a lot.")
    assert kinds.get("Grabarek") == "person"


def test_wideman_and_place_lot_descriptions():
    _, by = _run("Arouca want winger Tiago Marques-Lima. The Lisbon-born wideman scored twice. "
                 "The Westphalia lot were also keen on Marques-Lima, but Paderborn said no. He ate a lot.")
    assert by["The Lisbon-born wideman"] == by["Tiago Marques-Lima"]
    assert by["The Westphalia lot"] == by["Paderborn"]
    assert "a lot" not in by


def test_region_forms_tell_two_jutland_clubs_apart():
    _, by = _run("HB Køge midfielder Sanne Lykkegaard-Friis is wanted by Fortuna Hjørring and Kolding IF. "
                 "The north Jutland club bid first, but the Jutland club offered more.")
    assert by["The north Jutland club"] == by["Fortuna Hjørring"]
    assert by["the Jutland club"] == by["Kolding IF"]


def test_japanese_honorific_suffix_names_the_same_person():
    _, by = _run("Vegalta Sendai have signed striker Kenta Morimoto. 'Morimoto-san is a great player,' the coach "
                 "said. Morimoto scored twice.")
    assert by["Morimoto-san"] == by["Kenta Morimoto"]
