"""Entity data classes first missed on the unseen-ax and unseen-ay articles: real lower-division
clubs (German 3. Liga and Regionalliga, Italian Serie C, Spanish Primera Federación, French
National, Portuguese Liga 3, Brazilian Série C, Eerste Divisie, League Two, USL, Argentine Primera
Nacional), their nicknames, grounds and the region words writers use for them ("the Sicilian
club", "the Hessians", "the Normans"), a club name two countries share ("Red Star"), outlets and
towns that are no pages, and regional demonyms for a player (own sentences, invented people)."""
from examples import assert_same_entity as _same, kinds_and_mentions as _run


def test_region_words_for_lower_division_clubs():
    _same([
        ("Potenza want Dario Scognamiglio-Ruggi. The Lucanian club bid on Monday.", "The Lucanian club", "Potenza"),
        ("AZ Picerno want Dario Scognamiglio-Ruggi. The Lucanian club bid on Monday.",
         "The Lucanian club", "AZ Picerno"),
        ("Trapani want Dario Scognamiglio-Ruggi. The Sicilian club bid on Monday.", "The Sicilian club", "Trapani"),
        ("Catania want Dario Scognamiglio-Ruggi. The Sicilian club bid on Monday.", "The Sicilian club", "Catania"),
        ("Pontevedra CF want Iago Mouriño-Lestón. The Galician club bid on Monday.",
         "The Galician club", "Pontevedra CF"),
        ("Kickers Offenbach want Lukas Brennecke-Voss. The Hessians bid on Monday.", "The Hessians", "Kickers Offenbach"),
        ("Darmstadt want Lukas Brennecke-Voss. The Hessian club bid on Monday.", "The Hessian club", "Darmstadt"),
        ("Preußen Münster want Lukas Brennecke-Voss. The Westphalian club bid on Monday.",
         "The Westphalian club", "Preußen Münster"),
        ("Westerlo want Jens Verbruggen-Claes. The Flemish club bid on Monday.", "The Flemish club", "Westerlo"),
        ("FC Rouen 1899 want Malik Teyssier-Abou. The Normans bid on Monday.", "The Normans", "FC Rouen 1899"),
        ("Caen want Malik Teyssier-Abou. The Normans bid on Monday.", "The Normans", "Caen"),
    ])


def test_nicknames_and_grounds_of_lower_division_clubs():
    _same([
        ("Potenza want Dario Scognamiglio-Ruggi. The rossoblù bid on Monday.", "The rossoblù", "Potenza"),
        ("Vicenza want Dario Scognamiglio-Ruggi. The Biancorossi bid on Monday.", "The Biancorossi", "Vicenza"),
        ("Vicenza want Dario Scognamiglio-Ruggi. He trained at the Romeo Menti on Monday.", "Romeo Menti", "Vicenza"),
        ("Pontevedra CF want Iago Mouriño-Lestón. The Granates bid on Monday.", "The Granates", "Pontevedra CF"),
        ("FC Rouen 1899 want Malik Teyssier-Abou. The Red Devils bid on Monday.", "The Red Devils", "FC Rouen 1899"),
        ("Varzim want Tiago Fontelas-Brito. The Alvinegros bid on Monday.", "The Alvinegros", "Varzim"),
        ("Varzim want Tiago Fontelas-Brito. Varzim Sport Club bid on Monday.", "Varzim Sport Club", "Varzim"),
        ("Telstar want Bram Oudshoorn-Pels. The White Lions bid on Monday.", "The White Lions", "Telstar"),
        ("Rot-Weiss Essen want Lukas Brennecke-Voss. The Hafenstraße club bid on Monday.",
         "The Hafenstraße club", "Rot-Weiss Essen"),
        ("Tampa Bay Rowdies want Cody Hallorann-Price. He trained at Al Lang on Monday.", "Al Lang",
         "Tampa Bay Rowdies"),
    ])


def test_a_bare_nickname_many_clubs_share_needs_the_club_in_the_article():
    # "the Hessians", "the Normans", "the rossoblù" mean no club when the article names none of them
    for text, form in [
        ("Lukas Brennecke-Voss is wanted by the Hessians, his agent said.", "Hessians"),
        ("Malik Teyssier-Abou is wanted by the Normans, his agent said.", "Normans"),
    ]:
        kinds, _ = _run(text)
        assert "Kickers Offenbach" not in kinds and "FC Rouen" not in kinds, (text, kinds)
        assert form not in kinds, (text, kinds)


def test_a_club_name_two_countries_share_follows_the_article():
    kinds, by = _run("Red Star have asked about Malik Teyssier-Abou of Valenciennes. "
                     "The Saint-Ouen club sit eighth in Ligue 2.")
    assert kinds.get("Red Star FC") == "club" and "Red Star Belgrade" not in kinds, kinds
    kinds, _ = _run("Red Star have asked about Nemanja Vukosavljević-Ilić of Partizan.")
    assert kinds.get("Red Star Belgrade") == "club" and "Red Star FC" not in kinds, kinds


def test_clubs_new_to_the_data():
    for text, club in [
        ("Figueirense have signed Luiz Tavares-Brandão from Brusque FC.", "Figueirense"),
        ("Sampaio Corrêa have signed Luiz Tavares-Brandão from Confiança.", "Sampaio Corrêa"),
        ("Amora FC have signed Tiago Fontelas-Brito from AD Fafe.", "Amora FC"),
        ("Team Altamura have signed Dario Scognamiglio-Ruggi from Giugliano.", "Team Altamura"),
        ("Deportivo Madryn have signed Facundo Arriola-Benítez from Güemes.", "Deportivo Madryn"),
    ]:
        kinds, _ = _run(text)
        assert kinds.get(club) == "club", (text, kinds)


def test_outlets_towns_and_region_words_are_not_pages():
    for text, name in [
        ("Dario Scognamiglio-Ruggi grew up in Torre Annunziata before joining Potenza.", "Torre Annunziata"),
        ("Bram Oudshoorn-Pels told L1 Sport he would stay at MVV Maastricht.", "L1 Sport"),
        ("Dario Scognamiglio-Ruggi told Il Giornale di Vicenza he was happy.", "Il Giornale di Vicenza"),
        ("Cody Hallorann-Price told the Tampa Bay Times he was happy.", "Tampa Bay Times"),
    ]:
        kinds, _ = _run(text)
        assert name not in kinds and name.lower() not in {k.lower() for k in kinds}, (text, kinds)


def test_regional_demonyms_read_as_nationality_not_club():
    kinds, by = _run("Valenciennes have signed Malik Teyssier-Abou. The Réunionese forward scored twice.")
    assert "Réunionese" not in kinds, kinds
    kinds, by = _run("Quilmes have signed Facundo Arriola-Benítez. The Tucumano scored twice.")
    assert "Tucumano" not in kinds, kinds
