"""Classes of entity misses found on unseen article set x, each fixed by a general rule or by data
(made-up people; real clubs only where the data file's facts are the point)."""
from examples import kind_of, mentions_of, names, run


def test_news_agencies_and_broadcasters_are_not_pages():
    ents, _, _ = run("BUSAN, Mar 3 (Yonhap) -- Ulsan HD have made an offer for Pohang forward Lim Dae-hyun. "
                     "A Pohang official told Yonhap the club would wait.")
    assert "Yonhap" not in names(ents)
    ents, _, _ = run("Perth Glory defender Kirra Andelman-Shaw told ABC Sport that she wants to stay. "
                     "The Australian Professional Leagues declined to comment.")
    assert "ABC" not in names(ents)
    assert "Professional Leagues" not in names(ents)
    assert kind_of(ents, "Kirra Andelman-Shaw") == "player"


def test_a_salutation_and_a_plural_noun_opening_a_sentence_are_not_clubs():
    ents, _, _ = run("FC Thun winger Lukas Brändli-Moser has joined FC Basel. The chairman wrote to the fans.\n\n"
                     "\u201cDear supporters of FC Thun,\n\nI know this is hard news.\u201d")
    assert "Dear" not in names(ents)
    ents, _, _ = run("\"We confirm that Gangwon FC has approached Ulsan HD about Park Jun-seok,\" the club said. "
                     "\"Discussions are ongoing.\"")
    assert "Discussions" not in names(ents)


def test_a_relatives_home_town_is_a_place_not_a_club():
    ents, _, _ = run("Forge FC want Valour FC midfielder Mathis Gendron-Ikeme. Gendron-Ikeme, the son of a "
                     "Ghanaian father and a mother from Sherbrooke, joined Valour in 2021 and has made 80 "
                     "league appearances for the club.")
    assert "Sherbrooke" not in names(ents)
    assert kind_of(ents, "Forge FC") == "club"


def test_a_ground_named_after_a_place_is_not_another_club():
    ents, ments, _ = run("East Bengal want Mohun Bagan Super Giant defender Arjun Dasgupta-Rao. The Mariners "
                         "play at the Salt Lake Stadium on Sunday, and the Kolkata giants will not sell.")
    assert kind_of(ents, "Mohun Bagan Super Giant") == "club"
    assert "Real Salt Lake" not in names(ents)
    assert [m for m in mentions_of(ents, ments, "Mohun Bagan Super Giant") if m.endswith("Mariners")]
    assert "Central Coast Mariners" not in names(ents)
    assert "the Kolkata giants" in mentions_of(ents, ments, "Mohun Bagan Super Giant")
    ents, _, _ = run("Lanús left-back Matías Orellano-Vidal did not train at La Fortaleza on Monday, and "
                     "Estudiantes have offered two million dollars.")
    assert "Fortaleza" not in names(ents)


def test_a_clubs_neighbourhood_and_training_ground_are_places():
    ents, ments, _ = run("Vojvodina want Čukarički winger Nemanja Stojkov-Ilić. He has scored eight goals for "
                         "the Banovo Brdo side this season.")
    assert "Banovo Brdo" not in names(ents)
    assert "the Banovo Brdo side" in mentions_of(ents, ments, "Čukarički")
    ents, _, _ = run("Cavalry FC winger Owen Marchetti-Bello is leaving. \"He has been a big part of what we "
                     "built at Spruce Meadows,\" the coach said.")
    assert "Spruce Meadows" not in names(ents)


def test_indian_super_league_clubs_and_their_nicknames():
    ents, ments, _ = run("Kerala Blasters defender Vishnu Parambath is wanted by Bengaluru FC. The Kochi club "
                         "value him highly, and the Tuskers may still keep him. The Blues will decide soon.")
    assert "The Kochi club" in mentions_of(ents, ments, "Kerala Blasters")
    assert "the Tuskers" in mentions_of(ents, ments, "Kerala Blasters")
    assert "The Blues" in mentions_of(ents, ments, "Bengaluru FC")
    assert "Chelsea" not in names(ents)


def test_a_league_women_and_argentine_nicknames():
    ents, ments, _ = run("Sydney FC want Adelaide United forward Tamsin Oakhurst-Reyes. The Sky Blues bid on "
                         "Monday, but the Reds refuse to sell. Melbourne City asked too, but the Cityzens "
                         "have cooled.")
    assert "The Sky Blues" in mentions_of(ents, ments, "Sydney FC")
    assert "the Reds" in mentions_of(ents, ments, "Adelaide United")
    assert "the Cityzens" in mentions_of(ents, ments, "Melbourne City")
    assert "Manchester City" not in names(ents)
    ents, ments, _ = run("Estudiantes want Rosario Central midfielder Bruno Carrizales-Paz. El Pincha offered "
                         "three million dollars, but the Canalla want more.")
    assert "El Pincha" in mentions_of(ents, ments, "Estudiantes")
    assert "the Canalla" in mentions_of(ents, ments, "Rosario Central")


def test_canadian_korean_and_swiss_club_forms():
    ents, ments, _ = run("Cavalry FC have rejected a bid from Forge FC for Liam Okonjo-Fraser. The Cavs want "
                         "more, and the Hammers may return.")
    assert "The Cavs" in mentions_of(ents, ments, "Cavalry FC")
    assert "the Hammers" in mentions_of(ents, ments, "Forge FC")
    assert "West Ham United" not in names(ents)
    ents, ments, _ = run("FC Seoul want Daejeon Hana Citizen striker Kwon Tae-min, who has two years left "
                         "with the Purples.")
    assert "the Purples" in mentions_of(ents, ments, "Daejeon Hana Citizen")
    ents, ments, _ = run("FC Winterthur midfielder Jonas Felber-Graf joined FC Basel. \"Winti gave me "
                         "everything,\" he wrote.")
    assert "Winti" in mentions_of(ents, ments, "Winterthur")


def test_regional_forms_of_austrian_clubs_and_players():
    ents, ments, _ = run("TSV Hartberg have rejected an offer from LASK for Matthias Gruber-Kainz, with the "
                         "east Styrian club keen to keep him. A move to the Upper Austrian side is off. "
                         "Sporting director Herbert Lindmoser-Pichl spoke on Friday. Austria Klagenfurt have "
                         "also asked about the Styrian.")
    assert "the east Styrian club" in mentions_of(ents, ments, "TSV Hartberg")
    assert "the Upper Austrian side" in mentions_of(ents, ments, "LASK")
    assert "the Styrian" in mentions_of(ents, ments, "Matthias Gruber-Kainz")
    ents, ments, _ = run("Wolfsberger AC want Rapid Vienna midfielder Lorenz Aichholzer-Rieß, and the "
                         "Carinthian club may bid on Monday.")
    assert "the Carinthian club" in mentions_of(ents, ments, "Wolfsberger AC")


def test_regional_demonyms_are_the_player():
    ents, ments, _ = run("Adelaide United forward Kirra Doolan-Hayes wants to leave. The South Australian has "
                         "scored six goals this season.")
    assert "The South Australian" in mentions_of(ents, ments, "Kirra Doolan-Hayes")
    ents, ments, _ = run("Valour FC winger Rémi Gagnon-Adeyemi is wanted by Forge FC. The 24-year-old "
                         "Montrealer is out of contract. Valour coach Stuart Blackwood-Penn said the club had "
                         "made a final offer to the Québécois.")
    assert "The 24-year-old Montrealer" in mentions_of(ents, ments, "Rémi Gagnon-Adeyemi")
    assert "the Québécois" in mentions_of(ents, ments, "Rémi Gagnon-Adeyemi")
    ents, ments, _ = run("Mumbai City winger Arun Kizhakkemuri is wanted by FC Goa. The Goa coach, Pedro "
                         "Marquina-Sol, said he liked the Malayali winger.")
    assert "the Malayali winger" in mentions_of(ents, ments, "Arun Kizhakkemuri")
    assert "Malayali" not in names(ents)


def test_a_familiar_form_of_the_first_name_in_single_quotes():
    ents, ments, _ = run("Raith Rovers striker Callum Dunbar-Kerr is wanted by Ayr United.\n\n"
                         "'Cally's our player and he stays,' said the chairman.")
    assert "Cally" in mentions_of(ents, ments, "Callum Dunbar-Kerr")


def test_the_newly_promoted_side_is_the_club_just_named():
    ents, ments, _ = run("Hartberg have rejected a bid from LASK for Florian Mosbacher-Eder. Grazer AK also "
                         "asked about him, but the newly promoted side's budget is too small.")
    assert "the newly promoted side" in mentions_of(ents, ments, "Grazer AK")


def test_a_known_clubs_town_then_an_unknown_word_is_another_club_of_that_town():
    ents, _, _ = run("Hibernian signed Dario Kessel-Moyo from Toronto Lynx in 2019.")
    assert kind_of(ents, "Toronto Lynx") == "club"
    assert "Toronto FC" not in names(ents)


def test_a_leagues_team_of_the_season_is_an_honour_not_a_club():
    ents, ments, _ = run("Forge FC want Valour FC winger Rémi Gagnon-Adeyemi, who was named in the Canadian "
                         "Premier League's team of the season. The Hamilton club will bid.")
    assert not [m for m in ments if "team" in m.text]
    assert "The Hamilton club" in mentions_of(ents, ments, "Forge FC")
