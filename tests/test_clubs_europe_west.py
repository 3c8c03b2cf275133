"""Clubs of western Europe below the top flights (data/clubs/europe_west.yaml): nicknames, grounds and
place forms resolve to the club the article names (own sentences, invented people)."""
from examples import kinds_and_mentions as _run


def test_german_lower_league_nicknames_and_region_adjective():
    _, by = _run("1. FC Schweinfurt 05 want striker Lukas Brenninger-Holz from Carl Zeiss Jena. The Schnüdel "
                 "made a first offer on Monday, but the Thuringian club turned it down.")
    assert by["The Schnüdel"] == by["1. FC Schweinfurt 05"] == "club:1-fc-schweinfurt-05"
    assert by["the Thuringian club"] == by["Carl Zeiss Jena"] == "club:carl-zeiss-jena"


def test_belgian_second_tier_nicknames():
    _, by = _run("SK Beveren have signed winger Jens Vandermeulen-Taels from KV Oostende. The Waaslanders paid "
                 "a small fee, although the Kustboys had hoped for more.")
    assert by["The Waaslanders"] == by["SK Beveren"] == "club:sk-beveren"
    assert by["the Kustboys"] == by["KV Oostende"] == "club:kv-oostende"


def test_national_clubs_by_nickname_and_ground():
    _, by = _run("FC Rouen want midfielder Maël Kerbrat-Dumont from LB Châteauroux. The Diables Rouges bid "
                 "twice, but the Berrichons want him to stay at the Gaston-Petit.")
    assert by["The Diables Rouges"] == by["FC Rouen"] == "club:fc-rouen"
    assert by["the Berrichons"] == by["LB Châteauroux"] == "club:lb-chateauroux"


def test_serie_c_nicknames_and_ground():
    _, by = _run("Catania have made an offer for Triestina defender Matteo Zanin-Bertoli. The Rossazzurri "
                 "expect an answer this week, but the Alabardati want him at the Nereo Rocco next season.")
    assert by["The Rossazzurri"] == by["Catania"] == "club:catania"
    assert by["the Alabardati"] == by["Triestina"] == by["Nereo Rocco"] == "club:triestina"


def test_primera_federacion_nicknames():
    _, by = _run("Recreativo Huelva have signed forward Álvaro Pedrosa-Millán from Real Murcia. The "
                 "Pimentoneros had offered him a new deal; CE Sabadell, the Arlequinats, were also keen.")
    assert by["Recreativo Huelva"] == "club:recreativo-huelva"
    assert by["The Pimentoneros"] == by["Real Murcia"] == "club:real-murcia"
    assert by["the Arlequinats"] == by["CE Sabadell"] == "club:ce-sabadell"


def test_austrian_and_swiss_second_tier_place_forms():
    _, by = _run("Admira Wacker want goalkeeper Florian Gschwandtner-Hödl from SKN St. Pölten. The Südstädter "
                 "bid on Friday, and the St. Pölten club are ready to talk.")
    assert by["The Südstädter"] == by["Admira Wacker"] == "club:admira-wacker"
    assert by["the St. Pölten club"] == by["SKN St. Pölten"]
    _, by = _run("Étoile Carouge have signed defender Loïc Maillefer-Rochat from Stade Nyonnais. The Nyon "
                 "club accepted a fee.")
    assert by["The Nyon club"] == by["Stade Nyonnais"] == "club:stade-nyonnais"


def test_portuguese_second_tier_nicknames():
    _, by = _run("Académica want full-back Rui Tavares-Montenegro from Varzim. The Briosa have bid twice, "
                 "but the Lobos do Mar will not sell before the summer.")
    assert by["The Briosa"] == by["Académica"] == "club:academica"
    assert by["the Lobos do Mar"] == by["Varzim"] == "club:varzim"
