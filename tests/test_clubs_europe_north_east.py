"""Clubs of north and east Europe (data/clubs/europe_north_east.yaml): nicknames, grounds and
place forms resolve to the club (own sentences, invented people)."""
from examples import kinds_and_mentions as _run


def test_bosnian_nicknames_and_grounds():
    _, by = _run("Zrinjski Mostar want midfielder Adnan Kovač-Hadžić from FK Sarajevo. The Plemići bid "
                 "first, but the Koševo club said no. Velež Mostar, the Rođeni, are also keen.")
    assert by["Zrinjski Mostar"] == by["The Plemići"]
    assert by["FK Sarajevo"] == by["the Koševo club"]
    assert by["Velež Mostar"] == by["the Rođeni"]


def test_swedish_second_tier_places():
    _, by = _run("Helsingborgs IF have signed winger Oskar Lindqvist-Ek from Östersunds FK. The Jämtland "
                 "club wanted more money, and Di Röe paid €300,000.")
    assert by["The Jämtland club"] == by["Östersunds FK"]
    assert by["Di Röe"] == by["Helsingborgs IF"] != by["Östersunds FK"]


def test_norwegian_and_faroese_clubs():
    _, by = _run("IK Start want defender Sindre Haugland-Moe from Aalesund. The Kristiansand club bid "
                 "twice. KÍ Klaksvík were also interested, but the Klaksvík club could not match it.")
    assert by["The Kristiansand club"] == by["IK Start"]
    assert by["the Klaksvík club"] == by["KÍ Klaksvík"]


def test_hungarian_and_albanian_forms():
    _, by = _run("Budapest Honvéd have signed striker Bence Tóth-Varga from Videoton. The Kispest club "
                 "paid €400,000. Partizani, the Demat e Kuq, wanted him too.")
    assert by["Budapest Honvéd"] == by["The Kispest club"]
    assert by["Videoton"].endswith("fehervar")
    assert by["Partizani"] == by["the Demat e Kuq"]


def test_greek_and_turkish_second_tiers():
    _, by = _run("Iraklis want forward Nikos Stamatis-Lekkas from Kalamata. The Kaftanzoglio club bid "
                 "€200,000. Giresunspor, the Çotanaklar, have also asked about him.")
    assert by["Iraklis"] == by["The Kaftanzoglio club"]
    assert by["Giresunspor"] == by["the Çotanaklar"]


def test_baltic_and_central_asian_clubs():
    _, by = _run("Žalgiris Vilnius have signed winger Tomas Petraitis-Vaitkus from Sūduva. The Marijampolė "
                 "club wanted €150,000. Pakhtakor, the Tashkent club, were also keen.")
    assert by["Sūduva"] == by["The Marijampolė club"]
    assert by["Pakhtakor"] == by["the Tashkent club"]
