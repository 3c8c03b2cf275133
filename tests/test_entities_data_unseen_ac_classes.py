"""Entity data classes first missed on the unseen-ab and unseen-ac articles: nicknames, short forms
and places of small-league clubs, and national-team nicknames (own sentences, invented people)."""
from examples import kinds_and_mentions as _run


def test_greek_and_polish_second_tier_nicknames():
    _, by = _run("Iraklis want winger Stavros Kallergis-Dimou from Levadiakos. The Boeotians rejected a "
                 "first bid, and The Old Man will try again.")
    assert by["The Boeotians"] == by["Levadiakos"]
    assert by["The Old Man"] == by["Iraklis"]
    _, by = _run("Miedź Legnica have signed full-back Tomasz Wrzos-Kalina from Śląsk Wrocław. The Copper "
                 "men paid a small fee; the Military men wanted more.")
    assert by["The Copper men"] == by["Miedź Legnica"]
    assert by["the Military men"] == by["Śląsk Wrocław"]


def test_a_nickname_two_clubs_share_means_the_one_the_article_names():
    _, by = _run("Zagłębie Lubin want Piotr Nowak-Zieliński. The Copper men bid on Monday.")
    assert by["The Copper men"] == by["Zagłębie Lubin"]
    _, by = _run("Legia Warsaw want Piotr Nowak-Zieliński. The Military men bid on Monday.")
    assert by["The Military men"] == by["Legia Warsaw"]
    _, by = _run("NK Mura want Jan Kos-Mlinar from FC Koper. The Black-and-Whites bid, but the Canaries "
                 "refused.")
    assert by["The Black-and-Whites"] == by["NK Mura"]
    assert by["the Canaries"] == by["FC Koper"]
    _, by = _run("Norwich City want Sam Tilley-Crane. The Canaries bid.")
    assert by["The Canaries"] == by["Norwich City"]


def test_a_nickname_given_to_a_second_club_keeps_its_usual_meaning():
    for club, nick in [("Genk", "The Smurfs"), ("Racing Club", "La Academia"), ("Cruzeiro", "The Celeste"),
                       ("Austria Vienna", "The Veilchen"), ("Sporting CP", "The green-and-whites")]:
        _, by = _run(f"{club} want Tomás Acuña-Ferro. {nick} bid on Monday.")
        assert by[nick] == by[club], (club, by)
    kinds, by = _run("Lokomotiv Moscow want Ivan Petrov-Sokol. Lokomotiv bid first. Loko will pay.")
    assert by["Lokomotiv"] == by["Loko"] == by["Lokomotiv Moscow"]


def test_bulgarian_nicknames_and_full_names():
    _, by = _run("PFC Lokomotiv Plovdiv have signed Ivo Stanchev-Rusev from Beroe. The Railwaymen paid a "
                 "fee after four years with the green-and-whites. The Smurfs are happy.")
    assert by["PFC Lokomotiv Plovdiv"] == by["The Railwaymen"] == by["The Smurfs"]
    assert by["the green-and-whites"] == by["Beroe"]


def test_english_non_league_and_northern_irish_nicknames():
    _, by = _run("Darlington have signed Harry Pendle-Wood from South Shields. Darlo beat the Mariners to "
                 "his signature.")
    assert by["Darlo"] == by["Darlington"]
    assert by["Mariners"] == by["South Shields"]
    _, by = _run("Larne have signed Ryan McKeague-Boyd. The Inver Reds beat Glentoran to him.")
    assert by["The Inver Reds"] == by["Larne"]


def test_armenian_hungarian_and_albanian_forms():
    _, by = _run("Pyunik have signed Hayk Arzumanyan-Petrosyan. The Phoenix paid a fee.")
    assert by["Phoenix"] == by["Pyunik"]
    kinds, by = _run("Zalaegerszeg want Tamás Bódi-Varga from Újpest. ZTE offered a fee, but the Lilacs said no.")
    assert kinds.get("Zalaegerszegi TE") == "club", kinds
    assert by["ZTE"] == by["Zalaegerszeg"]
    assert by["the Lilacs"] == by["Újpest"]
    kinds, by = _run("Teuta have signed forward Erion Kapllani-Dema from Vllaznia. The Shkodra club "
                     "accepted the fee.")
    assert kinds.get("Erion Kapllani-Dema") == "player"
    assert by["Teuta"].startswith("club:")
    assert by["The Shkodra club"] == by["Vllaznia"]


def test_bolivian_and_venezuelan_nicknames():
    _, by = _run("Club Bolívar want midfielder Mateo Quispe-Arce from Blooming. La Academia offered a fee, "
                 "but the Celeste refused. The Strongest watched; the Tigre may bid.")
    assert by["La Academia"] == by["Club Bolívar"]
    assert by["the Celeste"] == by["Blooming"]
    assert by["Tigre"] == by["The Strongest"]
    _, by = _run("Carabobo FC want Andrés Peña-Rojas from Deportivo Táchira. The Granate offered a fee; "
                 "the Aurinegro said no.")
    assert by["The Granate"] == by["Carabobo FC"]
    assert by["the Aurinegro"] == by["Deportivo Táchira"]


def test_mexican_german_south_african_and_swedish_forms():
    _, by = _run("Pumas UNAM want Lucía Ortega-Ramos. The Auriazules have bid.")
    assert by["The Auriazules"] == by["Pumas UNAM"]
    _, by = _run("SC Verl have turned down a bid for Lukas Brenner-Voss from Erzgebirge Aue. The Sportclub "
                 "want more and the Veilchen will return; the East Westphalians are firm.")
    assert by["The Sportclub"] == by["the East Westphalians"] == by["SC Verl"]
    assert by["the Veilchen"] == by["Erzgebirge Aue"]
    _, by = _run("Arminia Bielefeld want Tim Kessler-Ahrens. The East Westphalians bid on Monday.")
    assert by["The East Westphalians"] == by["Arminia Bielefeld"]
    _, by = _run("Sekhukhune United have signed Thabo Mokoena-Dlamini. Babina Noko paid a fee.")
    assert by["Babina Noko"] == by["Sekhukhune United"]
    _, by = _run("IFK Norrköping want Elin Sandberg-Holm. The Östergötland side bid first.")
    assert by["The Östergötland side"] == by["IFK Norrköping"]


def test_national_team_nicknames_are_no_pages():
    kinds, _ = _run("Midfielder Carlos Rangel-Mora has been called up by La Vinotinto. Kim Do-hyeon joined "
                    "the Taeguk Warriors camp, and Otieno Wekesa-Barasa is with the Harambee Stars.")
    assert set(kinds) == {"Carlos Rangel-Mora", "Kim Do-hyeon", "Otieno Wekesa-Barasa"}, kinds


def test_news_agency_credit_is_no_page():
    kinds, _ = _run("Club Bolívar want Mateo Quispe-Arce from Oriente Petrolero, APG reported. "
                    "(Reporting by APG; editing by the sports desk)")
    assert "APG" not in kinds, kinds
