"""Entity data classes first missed on the unseen-aj and unseen-ak articles: nicknames and regions
of Italian (women's and third tier), Spanish second tier, League of Ireland First Division,
Tunisian, Chinese, Paraguayan, Dutch second tier, Bulgarian, Highland League, North Macedonian,
Guatemalan, Qatari and Malaysian clubs; a nickname several clubs share resolves to the club the
article names; a town that is also a club's place is not the club when used bare (own sentences,
invented people)."""
from examples import kinds_and_mentions as _run


def test_womens_team_named_with_women_is_its_own_club():
    kinds, by = _run("Ternana Women want Giulia Marchetti-Solari. The Rossoverdi bid on Monday.")
    assert by["Ternana Women"] == by["The Rossoverdi"]
    assert "Ternana Women" in kinds


def test_tuscan_clubs():
    _, by = _run("Arezzo have signed Paolo Bertinelli-Vanni. The Tuscan club paid a fee.")
    assert by["The Tuscan club"] == by["Arezzo"]
    _, by = _run("Lucchese have signed Paolo Bertinelli-Vanni. The Tuscan side paid a fee.")
    assert by["The Tuscan side"] == by["Lucchese"]


def test_colour_nicknames_follow_the_named_club():
    cases = [
        ("Córdoba CF want Álvaro Quintanilla-Roca. The Blanquiverdes bid on Monday.", "The Blanquiverdes", "Córdoba CF"),
        ("Club Africain want Yassine Gharbi-Mejri. The Red and Whites bid on Monday.", "The Red and Whites", "Club Africain"),
        ("Vardar want Bojan Trajkovski-Ilievski. The Red-Blacks bid on Monday.", "The Red-Blacks", "Vardar"),
        ("Municipal want Óscar Chitay-Morales. Los Rojos bid on Monday.", "Los Rojos", "Municipal"),
        ("Selangor want Faizal Rahman-Idris. The Red Giants bid on Monday.", "The Red Giants", "Selangor"),
        ("Shanghai Shenhua want Zhao Weiming. The Blues bid on Monday.", "The Blues", "Shanghai Shenhua"),
    ]
    for text, nick, club in cases:
        _, by = _run(text)
        assert by[nick] == by[club], (text, by)


def test_animal_and_emblem_nicknames():
    cases = [
        ("Beijing Guoan want Zhao Weiming. The Imperial Guards bid on Monday.", "The Imperial Guards", "Beijing Guoan"),
        ("Al-Gharafa want Khalid Al-Mannai. The Cheetahs bid on Monday.", "The Cheetahs", "Al-Gharafa"),
        ("FC Dordrecht want Bram Verhoeven-Sluis. The Schapenkoppen bid on Monday.", "The Schapenkoppen", "FC Dordrecht"),
        ("Longford Town want Cian Mulvihill. De Town bid on Monday.", "De Town", "Longford Town"),
        ("US Monastir want Yassine Gharbi-Mejri. The USMo bid on Monday.", "USMo", "US Monastir"),
    ]
    for text, nick, club in cases:
        _, by = _run(text)
        assert by[nick] == by[club], (text, by)


def test_shared_nickname_follows_the_named_highland_club():
    _, by = _run("Buckie Thistle want Callum Strachan-Reid. The Jags bid on Monday.")
    assert by["The Jags"] == by["Buckie Thistle"]
    _, by = _run("Partick Thistle want Callum Strachan-Reid. The Jags bid on Monday.")
    assert by["The Jags"] == by["Partick Thistle"]


def test_regions_and_towns_of_bulgarian_and_paraguayan_clubs():
    _, by = _run("Arda Kardzhali have signed Petar Yordanov-Stoev. The Rhodope club paid a fee.")
    assert by["The Rhodope club"] == by["Arda Kardzhali"]
    _, by = _run("Sportivo Trinidense have sold Hugo Benítez-Ortiz. The Trinidad club got a fee.")
    assert by["The Trinidad club"] == by["Sportivo Trinidense"]


def test_towns_are_not_pages():
    for text in ("Yassine Gharbi-Mejri, who was born in Ksar Hellal, joined Club Africain.",
                 "Faizal Rahman-Idris trained in Petaling Jaya before joining Selangor.",
                 "Cian Mulvihill, the Ballymahon winger, joined Longford Town.",
                 "Óscar Chitay-Morales grew up in Xela before joining Municipal.",
                 "Jón Ragnarsson said Hafnarfjörður would be a good place for him to join FH."):
        kinds, _ = _run(text)
        for town in ("Ksar Hellal", "Petaling Jaya", "Ballymahon", "Xela", "Hafnarfjörður"):
            assert town not in kinds, (text, kinds)
        assert not any("Xela" in n for n in kinds if n != "Xelajú MC"), kinds


def test_town_name_bare_is_not_the_club_but_the_town_side_is():
    kinds, by = _run("FH want Jón Ragnarsson. The Hafnarfjörður side bid on Monday.")
    assert by["The Hafnarfjörður side"] == by["FH"]
    _, by = _run("Xelajú MC have sold Óscar Chitay-Morales. The Superchivos got a fee.")
    assert by["The Superchivos"] == by["Xelajú MC"]


def test_more_nicknames_of_the_same_leagues():
    _, by = _run("Levski Sofia want Petar Yordanov-Stoev. The Blues bid on Monday.")
    assert by["The Blues"] == by["Levski Sofia"]
    _, by = _run("Roda JC want Bram Verhoeven-Sluis. The Koempels bid on Monday.")
    assert by["The Koempels"] == by["Roda JC"]


def test_jags_alone_keep_meaning_partick():
    _, by = _run("Callum Strachan-Reid is wanted by the Jags, who bid on Monday.")
    assert by["the Jags"] == "club:partick-thistle"
