"""Clubs of Asia, Africa and Oceania (data/clubs/asia_africa_oceania.yaml): nicknames, grounds and
place forms resolve to the right club (own sentences, invented people)."""
from examples import kinds_and_mentions as _run


def test_indonesian_clubs_by_nickname_and_ground():
    _, by = _run("Persija Jakarta have signed winger Rizky Pratama-Lubis from Persebaya Surabaya. The Macan "
                 "Kemayoran paid a club-record fee, and he will be unveiled at the Jakarta International Stadium. "
                 "Bajul Ijo fans were furious.")
    assert by["The Macan Kemayoran"] == by["Persija Jakarta"] == by["Jakarta International Stadium"]
    assert by["Bajul Ijo"] == by["Persebaya Surabaya"]


def test_south_african_and_zimbabwean_nicknames():
    _, by = _run("Moroka Swallows want striker Tendai Mupfumira-Ncube from Highlanders. The Dube Birds made "
                 "an offer, but Bosso rejected it. Dynamos FC, known as DeMbare, are also keen.")
    assert by["The Dube Birds"] == by["Moroka Swallows"]
    assert by["Bosso"] == by["Highlanders"]
    assert by["DeMbare"] == by["Dynamos FC"]


def test_east_african_nicknames():
    _, by = _run("Gor Mahia have signed midfielder Brian Otieno-Wekesa from AFC Leopards. K'Ogalo beat Azam FC "
                 "to his signature; Ingwe wanted more money and the Ice Cream Makers walked away.")
    assert by["K'Ogalo"] == by["Gor Mahia"]
    assert by["Ingwe"] == by["AFC Leopards"]
    assert by["the Ice Cream Makers"] == by["Azam FC"]


def test_nigerian_nicknames():
    _, by = _run("Enyimba want defender Chidi Okafor-Nwosu from Rangers International. The People's Elephant "
                 "bid twice, but the Flying Antelopes said he is not for sale.")
    assert by["The People's Elephant"] == by["Enyimba"]
    assert by["the Flying Antelopes"] == by["Rangers International"]


def test_iranian_and_algerian_place_forms():
    _, by = _run("Sepahan have signed forward Reza Karimi-Nasab from Tractor SC. The Isfahan club paid "
                 "a fee, and the Tabriz club accepted. CS Constantine had also asked, but the Sanafir gave up.")
    assert by["The Isfahan club"] == by["Sepahan"]
    assert by["the Tabriz club"] == by["Tractor SC"]
    assert by["the Sanafir"] == by["CS Constantine"]


def test_thai_and_malaysian_clubs():
    _, by = _run("Muangthong United want winger Anan Srisuk-Chai from Chonburi FC. The Kirin offered a "
                 "loan; the Sharks want a sale. Sabah FC are watching, and the Rhinos may bid.")
    assert by["The Kirin"] == by["Muangthong United"]
    assert by["the Sharks"] == by["Chonburi FC"]
    assert by["the Rhinos"] == by["Sabah FC"]


def test_japanese_and_korean_second_tier_clubs():
    _, by = _run("RB Omiya Ardija have signed defender Kenta Morishita-Abe from Busan IPark. Ardija paid "
                 "a small fee. Matsumoto Yamaga and Jeonnam Dragons had also asked; Yamaga offered less.")
    assert by["Ardija"] == by["RB Omiya Ardija"]
    assert by["Yamaga"] == by["Matsumoto Yamaga"]
