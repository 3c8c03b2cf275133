"""Entity data classes first missed on the unseen-bc articles (real lower-division clubs): singular
and translated nicknames of real clubs (Chacarita's Funebrero, Ferro's Verdolaga, GAIS's Mackerels,
Sutton's U's), a club's district name used as the club (Honvéd's "Kispest"), a club's full legal
name ("Club Ferro Carril Oeste"), regions and counties press descriptions name ("the club from Sogn
og Fjordane", "the club from Risaralda", "the Lowcountry club", "the south Dublin club"), a ground
named on its own (Helsingborg's Olympia), a club filed under a long name instead of its page title
(FK IMT), a women's club the data lacked (DLR Waves), more Romanian Liga II and Hungarian NB II
clubs, and districts, towns and supporters' groups that are not pages (own sentences, invented
people)."""
from examples import assert_same_entity as _same, kinds_and_mentions as _run


def test_singular_and_translated_nicknames_of_real_clubs():
    _same([
        ("Chacarita Juniors want Tobías Quirós-Vega. The Funebrero bid on Monday.",
         "The Funebrero", "Chacarita Juniors"),
        ("Ferro Carril Oeste want Tobías Quirós-Vega. The Verdolaga bid on Monday.",
         "The Verdolaga", "Ferro Carril Oeste"),
        ("GAIS want Linus Hedqvist-Ahl. The Mackerels bid on Monday.", "The Mackerels", "GAIS"),
        ("Sutton United want Reece Oldacre-Mills. The U's bid on Monday.", "The U's", "Sutton United"),
    ])


def test_a_district_name_and_a_full_legal_name_mean_the_club():
    _same([
        ("Budapest Honvéd want Bence Várkonyi-Szabó. Kispest bid on Monday.", "Kispest", "Budapest Honvéd"),
        ("Ferro Carril Oeste want Tobías Quirós-Vega. Club Ferro Carril Oeste bid on Monday.",
         "Club Ferro Carril Oeste", "Ferro Carril Oeste"),
    ])


def test_regions_and_counties_of_real_clubs():
    _same([
        ("Sogndal want Eirik Vangsnes-Hol. The club from Sogn og Fjordane bid on Monday.",
         "The club from Sogn og Fjordane", "Sogndal"),
        ("Deportivo Pereira want Yeison Arboleda-Mena. The club from Risaralda bid on Monday.",
         "The club from Risaralda", "Deportivo Pereira"),
        ("Charleston Battery want Tyler Brandt-Owens. The Lowcountry club bid on Monday.",
         "The Lowcountry club", "Charleston Battery"),
        ("DLR Waves want Aoife Kinsella-Byrne. The south Dublin club bid on Monday.",
         "The south Dublin club", "DLR Waves"),
        ("DLR Waves want Aoife Kinsella-Byrne. The Dún Laoghaire-Rathdown club bid on Monday.",
         "The Dún Laoghaire-Rathdown club", "DLR Waves"),
    ])


def test_a_ground_named_on_its_own_is_not_a_club_of_its_own():
    kinds, by = _run("Helsingborgs IF have sold Linus Hedqvist-Ahl, who came through the academy at Olympia.")
    assert "Olympia" not in kinds, kinds
    assert by.get("Olympia") in (None, by.get("Helsingborgs IF")), by


def test_a_club_page_is_titled_by_its_common_name():
    kinds, by = _run("Marko Savković-Ilić has joined IMT from Radnik Surdulica. The New Belgrade side paid a fee.")
    assert kinds.get("FK IMT") == "club", kinds
    assert by.get("IMT") == by.get("The New Belgrade side"), by


def test_lower_division_clubs_the_data_lacked():
    for text, club in [
        ("ASA Târgu Mureș have signed Sorin Văduva-Pop from Gloria Bistrița.", "ASA Târgu Mureș"),
        ("CSC Șelimbăr have signed Sorin Văduva-Pop from CS Afumați.", "CSC Șelimbăr"),
        ("Szombathelyi Haladás have signed Bence Várkonyi-Szabó from Budafoki MTE.", "Szombathelyi Haladás"),
        ("Pécsi MFC have signed Bence Várkonyi-Szabó from Kozármisleny SE.", "Pécsi MFC"),
    ]:
        kinds, _ = _run(text)
        assert kinds.get(club) == "club", (text, kinds)
    _same([("Gyirmót FC Győr want Bence Várkonyi-Szabó. Gyirmót bid on Monday.", "Gyirmót", "Gyirmót FC Győr")])


def test_districts_towns_and_supporters_groups_are_not_pages():
    kinds, _ = _run("Chacarita Juniors take back Tobías Quirós-Vega, who returns to San Martín on Monday.")
    assert not any("San Mart" in k for k in kinds), kinds
    kinds, _ = _run("Bence Várkonyi-Szabó arrived as a teenager from Szeged and never left Vasas.")
    assert "Szeged" not in kinds, kinds
    kinds, _ = _run('Tyler Brandt-Owens wrote: "To the Brickyard Battalion: thank you." He joins Indy Eleven.')
    assert "Brickyard Battalion" not in kinds, kinds
