"""Entity data classes first missed on the unseen-ad and unseen-ae articles: nicknames, places and
full names of Serie C, UAE, Turkish, Honduran, Algerian, Tanzanian, Scottish women's, Irish and
Romanian clubs, and places, airports and league groups that are never a page (own sentences,
invented people)."""
from examples import kinds_and_mentions as _run


def test_serie_c_nicknames_and_places():
    _, by = _run("Foggia have signed Marco Tessitore-Bruni from Benevento. The rossoneri paid a fee, "
                 "and the Giallorossi will now look elsewhere.")
    assert by["The rossoneri"] == by["Foggia"]
    assert by["the Giallorossi"] == by["Benevento"]
    _, by = _run("Avellino want Luca Pinnarò-Vitale from Benevento. The Lupi bid on Monday, but the "
                 "Sannio club said no.")
    assert by["The Lupi"] == by["Avellino"]
    assert by["the Sannio club"] == by["Benevento"]


def test_a_lowercase_rossoneri_still_means_milan_in_a_milan_story():
    _, by = _run("AC Milan want Dario Fontecchio-Marra. The rossoneri bid on Monday.")
    assert by["The rossoneri"] == by["AC Milan"]


def test_uae_club_nicknames_and_full_names():
    kinds, by = _run("Sharjah have rejected a bid from Al Ain FC for Saeed Obaid Al-Marri. The club want "
                     "more, and the Boss will not return. Al Wahda are also keen.")
    assert kinds.get("Al Ain FC") == "club" and kinds.get("Al Wahda FC") == "club", kinds
    assert by["the Boss"] == by["Al Ain FC"]
    _, by = _run("Shabab Al Ahli want Ali Rashid Al-Suwaidi from Al Ain. The Knights bid, but the "
                 "Garden City club said no.")
    assert by["The Knights"] == by["Shabab Al Ahli"]
    assert by["the Garden City club"] == by["Al Ain"]


def test_king_power_stadium_is_not_a_club_nickname():
    kinds, _ = _run("Leicester City have signed Tomás Regueiro-Pazos, who will be unveiled at the King Power "
                    "Stadium on Friday.")
    assert set(kinds) & {"Sharjah FC", "Power Dynamos"} == set(), kinds


def test_turkish_honduran_and_algerian_nicknames():
    _, by = _run("Boluspor have sold Emre Kaplanoğlu-Sarı. The Red-Whites got their price.")
    assert by["The Red-Whites"] == by["Boluspor"]
    _, by = _run("Real España have sold Óscar Banegas-Lupe to CD Olimpia. La Máquina wanted more, but "
                 "the Leones paid in full.")
    assert by["La Máquina"] == by["Real España"]
    assert by["the Leones"] == by["CD Olimpia"]
    _, by = _run("MC Alger want Yacine Bouaziz-Hamel from JS Kabylie. The Doyen bid, the Canaries "
                 "refused, and the Kabyle club will not sell. USM Alger wait: the Soustara club are keen.")
    assert by["The Doyen"] == by["MC Alger"]
    assert by["the Canaries"] == by["the Kabyle club"] == by["JS Kabylie"]
    assert by["the Soustara club"] == by["USM Alger"]


def test_tanzanian_scottish_irish_and_romanian_forms():
    _, by = _run("Simba SC want Juma Mwakasege-Ally from Young Africans. The Msimbazi Reds bid, but the "
                 "Jangwani club said no.")
    assert by["The Msimbazi Reds"] == by["Simba SC"]
    assert by["the Jangwani club"] == by["Young Africans"]
    kinds, by = _run("Glasgow City want Morven Kinloch-Baird from Boroughmuir Thistle. The Edinburgh club "
                     "refused, and Stirling University are also interested.")
    assert kinds.get("Stirling University") == "club", kinds
    assert by["The Edinburgh club"] == by["Boroughmuir Thistle"]
    _, by = _run("Kerry FC have sold Donal Ó Ceallaigh-Byrne. The Kingdom side got a fee.")
    assert by["The Kingdom side"] == by["Kerry FC"]
    _, by = _run("FC Argeș Pitești have signed Vlad Ionescu-Marin.")
    assert "FC Argeș Pitești" in by


def test_places_groups_and_airports_are_not_pages():
    kinds, _ = _run("Trapani want Nicola Orsatti-Lenzi for their run at Girone C. He was seen at Lima's "
                    "Jorge Chávez airport, left the Incontrastable City, and grew up in Rudny.")
    for name in ("Girone C", "Jorge Chávez", "Jorge Chavez", "Incontrastable City", "Rudny"):
        assert name not in kinds, kinds
    kinds, _ = _run("Olimpia beat Motagua in the Liga Nacional to sign Kevin Zelaya-Paz.")
    assert "Nacional" not in kinds, kinds
