"""Clubs of the Americas (data/clubs/americas.yaml): nicknames, grounds and place forms resolve."""
from examples import kinds_and_mentions as _run


def test_central_american_nicknames_and_grounds():
    _, by = _run("Motagua want midfielder Elvin Castro-Zúniga from Marathón. The Monstruo Verde turned down "
                 "the first offer, and the Azul Profundo will return. Cartaginés, who play at the Fello Meza, "
                 "were also keen, but the Brumosos could not match the fee.")
    assert by["The Monstruo Verde"] == by["Marathón"] == "club:marathon"
    assert by["the Azul Profundo"] == by["Motagua"] == "club:motagua"
    assert by["the Brumosos"] == by["Cartaginés"] == "club:cartagines"


def test_guatemala_and_el_salvador_clubs():
    _, by = _run("Xelajú MC have signed forward Byron Ajpop-Tzul from Comunicaciones. The Superchivos paid "
                 "a small fee. Isidro Metapán and CD FAS had asked about him, but the Caleros and the "
                 "Tigrillos dropped out.")
    assert by["The Superchivos"] == by["Xelajú MC"] == "club:xelaju-mc"
    assert by["the Caleros"] == by["Isidro Metapán"] == "club:isidro-metapan"
    assert by["the Tigrillos"] == by["CD FAS"] == "club:cd-fas"


def test_brazilian_serie_b_nicknames():
    _, by = _run("Paysandu have signed striker Wanderson Lima-Farias from Ponte Preta. The Papão paid "
                 "R$2m and the Macaca accepted. Chapecoense, the Verdão do Oeste, also bid.")
    assert by["The Papão"] == by["Paysandu"] == "club:paysandu"
    assert by["the Macaca"] == by["Ponte Preta"] == "club:ponte-preta"
    assert by["the Verdão do Oeste"] == by["Chapecoense"] == "club:chapecoense"


def test_andean_clubs_by_nickname_and_city():
    _, by = _run("Sport Boys want winger Piero Quispe-Huamán from UTC Cajamarca. The Rosados made an offer, "
                 "but the Gavilanes refused. Jorge Wilstermann, the Cochabamba club, are waiting.")
    assert by["The Rosados"] == by["Sport Boys"] == "club:sport-boys"
    assert by["the Gavilanes"] == by["UTC Cajamarca"] == "club:utc-cajamarca"
    assert by["the Cochabamba club"] == by["Jorge Wilstermann"] == "club:jorge-wilstermann"


def test_southern_cone_nicknames():
    _, by = _run("Colón have signed defender Matías Ferreyra-Godoy from Cúcuta Deportivo. The Sabaleros "
                 "beat Quilmes to him; the Cerveceros had offered less. The Motilones accepted.")
    assert by["The Sabaleros"] == by["Colón"] == "club:colon"
    assert by["the Cerveceros"] == by["Quilmes"] == "club:quilmes"
    assert by["The Motilones"] == by["Cúcuta Deportivo"] == "club:cucuta-deportivo"


def test_north_american_second_tiers_and_nwsl():
    _, by = _run("Oakland Roots have signed forward Tyler Brennan-Okafor from Forward Madison FC. The "
                 "Flamingos let him go for free. Angel City FC, who play at BMO Stadium, had also asked.")
    assert by["The Flamingos"] == by["Forward Madison FC"] == "club:forward-madison-fc"
    assert by["Oakland Roots"] == "club:oakland-roots"
    assert by["Angel City FC"] == "club:angel-city-fc"
