"""Entity data classes first missed on the unseen-ah and unseen-ai articles: nicknames, grounds and
regions of Polish, Northern Irish (NIFL Championship), Cypriot, Finnish, Belgian, Swiss, Bolivian,
Kenyan, Norwegian, Ukrainian, Austrian, Scottish Lowland League, Israeli, Chilean, Saudi and
Indonesian clubs; a nickname several clubs share resolves to the club the article names; a town a
club is named after is a place when the article uses it as one; counties that are never a page
(own sentences, invented people)."""
from examples import kinds_and_mentions as _run


def test_translated_colour_and_animal_nicknames_follow_the_named_club():
    _, by = _run("Radomiak Radom want Tomasz Wierzbicki-Lis. The Greens bid on Monday.")
    assert by["The Greens"] == by["Radomiak Radom"]
    _, by = _run("Kryvbas Kryvyi Rih have signed Andriy Hlushko-Pavlenko. The red-whites paid a fee.")
    assert by["The red-whites"] == by["Kryvbas Kryvyi Rih"]
    _, by = _run("Polissya Zhytomyr want Andriy Hlushko-Pavlenko. The Wolves bid on Monday.")
    assert by["Wolves"] == by["Polissya Zhytomyr"]
    _, by = _run("RAAL La Louvière want Jens Verbeke-Claes. The Wolves bid on Monday.")
    assert by["Wolves"] == by["RAAL La Louvière"]
    _, by = _run("Persija Jakarta want Dimas Saputra-Wibowo. The Tigers bid on Monday.")
    assert by["The Tigers"] == by["Persija Jakarta"]


def test_shared_nicknames_keep_their_default_when_no_sharer_is_named():
    _, by = _run("Tomás Elgueta-Rivas is wanted by the Wolves, who bid on Monday.")
    assert by["Wolves"] == "club:wolverhampton-wanderers"
    _, by = _run("Tomás Elgueta-Rivas is wanted by the Tigers, who bid on Monday.")
    assert by["the Tigers"] == "club:hull-city"


def test_israeli_and_chilean_nicknames():
    _, by = _run("Beitar Jerusalem and Maccabi Netanya both want Yoav Ben-Harush. The Yellow-and-Blacks "
                 "bid first, but the Diamonds offered more.")
    assert by["The Yellow-and-Blacks"] == by["Beitar Jerusalem"]
    assert by["the Diamonds"] == by["Maccabi Netanya"]
    _, by = _run("Hapoel Tel Aviv want Yoav Ben-Harush. The Reds bid on Monday.")
    assert by["The Reds"] == by["Hapoel Tel Aviv"]
    _, by = _run("Coquimbo Unido and O'Higgins want Matías Fuenzalida-Soto. The Pirates bid first, "
                 "but the Celestes offered more.")
    assert by["The Pirates"] == by["Coquimbo Unido"]
    assert by["the Celestes"] == by["O'Higgins"]
    _, by = _run("Palestino have signed Matías Fuenzalida-Soto. The Santiago club paid a fee.")
    assert by["The Santiago club"] == by["Palestino"]


def test_aek_means_the_named_aek():
    _, by = _run("AEK Larnaca want Stelios Charalambous-Ioannou. AEK bid on Monday, and the "
                 "yellow-and-greens expect an answer.")
    assert by["AEK"] == by["AEK Larnaca"]
    assert by["the yellow-and-greens"] == by["AEK Larnaca"]


def test_tyroleans_follow_the_named_tyrolean_club():
    _, by = _run("WSG Tirol want Florian Hackl-Moser. The Tyroleans bid on Monday.")
    assert by["The Tyroleans"] == by["WSG Tirol"]
    _, by = _run("FC Wacker Innsbruck want Florian Hackl-Moser. The Tyroleans bid on Monday.")
    assert by["The Tyroleans"] == by["FC Wacker Innsbruck"]


def test_regions_of_finnish_belgian_norwegian_kenyan_and_saudi_clubs():
    _, by = _run("SJK Seinäjoki want Mikko Hiltunen-Aho from FC Lahti. The Ostrobothnian side bid, "
                 "but the Päijät-Häme club said no.")
    assert by["The Ostrobothnian side"] == by["SJK Seinäjoki"]
    assert by["the Päijät-Häme club"] == by["FC Lahti"]
    _, by = _run("KV Kortrijk want Jens Verbeke-Claes. The West Flanders club bid on Monday.")
    assert by["The West Flanders club"] == by["KV Kortrijk"]
    _, by = _run("Hønefoss have signed Ingrid Solbakken-Moe. The Buskerud club paid a fee.")
    assert by["The Buskerud club"] == by["Hønefoss"]
    _, by = _run("Kakamega Homeboyz want Brian Wekesa-Omondi. The Western Kenya side bid on Monday.")
    assert by["The Western Kenya side"] == by["Kakamega Homeboyz"]
    _, by = _run("Al-Kholood want Fahad Al-Mutairi-Saleh. The Ar Rass club bid on Monday.")
    assert by["The Ar Rass club"] == by["Al-Kholood"]
    _, by = _run("Damac want Fahad Al-Mutairi-Saleh. The Knights of the South bid on Monday.")
    assert by["The Knights of the South"] == by["Damac"]
    _, by = _run("Yverdon-Sport want Luc Perrenoud-Favre. The Vaud club bid on Monday.")
    assert by["The Vaud club"] == by["Yverdon-Sport"]


def test_northern_irish_championship_clubs():
    kinds, by = _run("Ballinamallard United want Ciaran McAleer-Quinn from Dergview. The Mallards bid at "
                     "Ferney Park, and the Fermanagh outfit expect Derg to say no. Institute are keen "
                     "too: the Stute asked first.")
    assert kinds["Ballinamallard United"] == "club" and kinds["Dergview"] == "club"
    assert by["The Mallards"] == by["Ballinamallard United"]
    assert by["the Fermanagh outfit"] == by["Ballinamallard United"]
    assert by["Derg"] == by["Dergview"]
    assert by["the Stute"] == by["Institute"]


def test_a_county_is_not_a_page():
    kinds, _ = _run("Dergview have signed Ciaran McAleer-Quinn. The Tyrone striker scored twice.")
    assert "Tyrone" not in kinds


def test_missing_clubs_and_full_forms():
    kinds, by = _run("FCV Dender have signed Jens Verbeke-Claes. The Denderleeuw side paid a fee.")
    assert by["FCV Dender"] == by["The Denderleeuw side"]
    kinds, _ = _run("Gretna 2008 have signed Callum Rennie-Baird on loan.")
    assert kinds.get("Gretna 2008") == "club"
    _, by = _run("Jorge Wilstermann want Rodrigo Mamani-Vargas. The Aviators bid on Monday.")
    assert by["The Aviators"] == by["Jorge Wilstermann"]


def test_a_town_a_club_is_named_after_is_a_place_when_used_as_one():
    kinds, _ = _run("Al-Raed want Khalid Al-Harbi-Nasser. He played an hour of Sunday's friendly in Abha "
                    "before the talks.")
    assert "Abha" not in kinds
    kinds, _ = _run("Abha have signed Khalid Al-Harbi-Nasser from Al-Raed.")
    assert kinds["Abha"] == "club"
