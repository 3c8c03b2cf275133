"""Outlets, competitions, bodies and places from around the football world are never pages
(entities_not_pages.yaml), while the clubs and players next to them still are."""
from examples import kinds_and_mentions as _run


def test_israeli_outlets_and_cup_are_no_people():
    kinds, _ = _run("Maccabi Haifa want striker Eitan Ben-Shushan, Ynet and Sport5 reported on Monday. "
                    "Israel Hayom said the Toto Cup winners had already offered him a three-year deal.")
    assert not {"Ynet", "Sport5", "Israel Hayom", "Toto Cup"} & set(kinds), kinds
    assert kinds.get("Eitan Ben-Shushan") == "player"
    assert kinds.get("Maccabi Haifa") == "club"


def test_south_american_press_and_cups():
    kinds, _ = _run("Colo-Colo are close to signing midfielder Matías Fuenzalida-Rojas, La Tercera reported. "
                    "El Mercurio and Radio Cooperativa said the Copa Chile holders will pay the fee before the "
                    "Copa Sudamericana, and Olé added that Ovación had the same story from Asunción.")
    assert not {"La Tercera", "El Mercurio", "Radio Cooperativa", "Copa Chile", "Ovación", "Asunción"} & set(kinds), kinds
    assert kinds.get("Matías Fuenzalida-Rojas") == "player"
    assert kinds.get("Colo-Colo") == "club"


def test_montenegrin_town_papers_and_cup():
    kinds, _ = _run("Budućnost Podgorica have signed defender Luka Vujošević-Pejović, Vijesti reported. "
                    "The player, born in Nikšić, won the Montenegrin Cup last season, Pobjeda said.")
    assert not {"Vijesti", "Nikšić", "Montenegrin Cup", "Pobjeda"} & set(kinds), kinds
    assert kinds.get("Luka Vujošević-Pejović") == "player"


def test_central_european_dailies_and_cups():
    kinds, _ = _run("FCSB want winger Andrei Bârsan-Popescu, Gazeta Sporturilor and Libertatea reported. "
                    "Nemzeti Sport said Ferencváros had also asked about the Cupa României winner, and "
                    "Przegląd Sportowy linked him with the Puchar Polski holders.")
    assert not {"Gazeta Sporturilor", "Libertatea", "Nemzeti Sport", "Cupa României", "Przegląd Sportowy",
                "Puchar Polski"} & set(kinds), kinds
    assert kinds.get("Andrei Bârsan-Popescu") == "player"
    assert kinds.get("Ferencváros") == "club"


def test_asian_outlets_leagues_and_cities():
    kinds, _ = _run("Persib Bandung have signed midfielder Rizky Pratama-Siregar, Kompas and Bernama reported. "
                    "He won the Piala Presiden in Surabaya and played in the AFC Champions League Two, "
                    "Yonhap and Nikkan Sports added.")
    assert not {"Kompas", "Bernama", "Piala Presiden", "Surabaya", "AFC Champions League Two", "Yonhap",
                "Nikkan Sports"} & set(kinds), kinds
    assert kinds.get("Rizky Pratama-Siregar") == "player"


def test_african_outlets_cups_and_cities():
    kinds, _ = _run("Orlando Pirates want striker Thabo Mokoena-Dlamini, Soccer Laduma and KickOff reported. "
                    "The Nedbank Cup winner, born in Bloemfontein, also has offers from the Botola, GhanaWeb said.")
    assert not {"Soccer Laduma", "KickOff", "Nedbank Cup", "Bloemfontein", "Botola", "GhanaWeb"} & set(kinds), kinds
    assert kinds.get("Thabo Mokoena-Dlamini") == "player"
    assert kinds.get("Orlando Pirates") == "club"


def test_federations_and_unions_are_no_clubs():
    kinds, _ = _run("PAOK defender Nikos Karamanlis-Papadakis has been banned by the Hellenic Football "
                    "Federation. FIFPRO and the Asociación del Fútbol Argentino were told, Gazzetta.gr and "
                    "Sport24 reported, and the Confederação Brasileira de Futebol was copied in.")
    assert not {"Hellenic Football Federation", "FIFPRO", "Asociación del Fútbol Argentino", "Sport24",
                "Confederação Brasileira de Futebol"} & set(kinds), kinds
    assert kinds.get("Nikos Karamanlis-Papadakis") == "player"
