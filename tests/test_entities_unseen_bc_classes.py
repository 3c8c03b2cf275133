"""Entity classes first missed on the unseen-bb/unseen-bc articles (own sentences, invented people and
clubs the data does not know)."""
from examples import kinds_and_mentions as _run


def test_nickname_after_an_appositive_description_of_the_club():
    # a person described earlier in the sentence does not take the nickname
    kinds, by = _run("Holmvik FK have offered 4 million kroner for the winger, and Skarnes IL, the west Telemark "
                     "club nicknamed the Otters, want more. The Otters' fans sang his name. Otters coach "
                     "Ragnar Pettersen-Lie smiled.")
    assert by["the Otters"] == by["Skarnes IL"]
    assert by["Otters"] == by["Skarnes IL"]
    assert "Otters" not in kinds


def test_nickname_known_somewhere_as_and_whose_fans_call_them():
    kinds, by = _run("Mardale Athletic Women signed Jessica Pennock-Rowe from Eastmere Rangers Women. Eastmere, "
                     "known along the estuary as the Herons, refused twice. Instead Mardale, the valley club "
                     "whose fans call them the Badgers, paid the fee. The Badgers play at home on Sunday.")
    assert by["the Herons"] == by["Eastmere Rangers Women"]
    assert by["the Badgers"] == by["Mardale Athletic Women"]
    assert by["The Badgers"] == by["Mardale Athletic Women"]


def test_nickname_as_the_club_are_known_is_the_club_of_the_sentence_before():
    _, by = _run("The striker Lukas Ammeter-Frei has played all his career at FC Tannwald, the club of his "
                 "village. The Beavers, as the club are known, play at Sportplatz Eichmatt.")
    assert by["The Beavers"] == by["FC Tannwald"]


def test_nickname_the_club_faithful_know_their_side_as():
    _, by = _run("Defender Gábor Kertészfi left Dombvár FC after ten years at the Liget Stadion, where the "
                 "Dombvár faithful know their side as the Hill Foxes, and joined Pusztamező SE.")
    assert by["the Hill Foxes"] == by["Dombvár FC"]


def test_description_beside_an_unknown_club_is_that_club():
    _, by = _run("Pedro Ibarguren-Sosa joined Deportivo Lomas Verdes on Monday. Lomas Verdes, the Salta "
                 "club, paid a fee to Club Atlético Loma Baja. The deal suited Loma Baja.")
    assert by["the Salta club"] == by["Deportivo Lomas Verdes"]
    assert by["Loma Baja"] == by["Club Atlético Loma Baja"]


def test_turkish_belediyespor_name_is_a_club():
    kinds, _ = _run("Striker Emre Karagözlü is close to a move to Dereköy Belediyespor, who have agreed a fee.")
    assert kinds.get("Dereköy Belediyespor") == "club"


def test_club_description_opening_a_sentence_is_not_the_club_it_deals_with():
    _, by = _run("Midfielder Okan Yurtsever-Ak is set to join Çamlıtepe Belediyespor from Karadere FK. "
                 "The newly promoted side, nicknamed the Storks, had agreed a fee with Karadere on Monday. "
                 "Storks coach Levent Arıkbaş-Tunç said the deal was close.")
    assert by["The newly promoted side"] == by["Çamlıtepe Belediyespor"]
    assert by["the Storks"] == by["Çamlıtepe Belediyespor"]


def test_nationality_word_as_a_surname_after_a_first_name():
    kinds, by = _run("Live: Petrolul are fighting to keep Ionuț Moldovan out of Rapid's hands tonight. "
                     "21:10 – The winger wants to go. If all goes well, Moldovan will sign on Friday.")
    assert kinds.get("Ionuț Moldovan") == "player"
    assert by["Moldovan"] == by["Ionuț Moldovan"]
    kinds, _ = _run("Raith are fighting to keep Callum Welsh out of Dunfermline's hands tonight.")
    assert kinds.get("Callum Welsh") == "player"


def test_grounds_with_an_article_or_oval_are_no_people():
    kinds, _ = _run("Deportes Quillagua have signed defender Bryan Castillo-Ruiz. Quillagua, whose La Caldera "
                    "ground sits by the sea, paid the fee. \u201cI am happy at La Caldera,\u201d said the defender.")
    assert "La Caldera" not in kinds
    kinds, _ = _run("Kestrel Bay FC Women signed Chloe Anders-Pike. \u201cHarbourside Oval has been my home,\u201d "
                    "she said.")
    assert "Harbourside Oval" not in kinds


def test_league_name_of_several_countries_before_a_club_head():
    _, by = _run("Noah Kessler-Brun joined FC Tannwald on Monday. FC Tannwald, the Super League club from the "
                 "lake, paid a fee.")
    assert by["the Super League club"] == by["FC Tannwald"]


def test_romanian_club_code_and_coached_by_a_former_player():
    kinds, by = _run("CSM Dealuri have rejected a bid for Andrei Pârvulescu-Roman. The Serbian club are coached by "
                     "former Dealuri midfielder Zoran Petković-Ilić. Dealuri want more.")
    assert kinds.get("CSM Dealuri") == "club"
    assert by["Dealuri"] == by["CSM Dealuri"]
    assert kinds.get("Zoran Petković-Ilić") == "person"


def test_club_short_form_inside_a_longer_unknown_club_name():
    kinds, by = _run("Club Atlético Villa Garrido were stunned when a rival paid the clause of Mateo Quiroga-Paz. "
                     "Villa Garrido, the Salta club nicknamed the Potters, had turned down two bids.")
    assert kinds.get("Club Atlético Villa Garrido") == "club"
    assert by["Villa Garrido"] == by["Club Atlético Villa Garrido"]
    assert by["the Potters"] == by["Club Atlético Villa Garrido"]


def test_club_first_words_that_alone_are_no_name():
    _, by = _run("Sunset Valley FC Women signed Maddie Rowe-Ellis. Sunset Valley, the inland club nicknamed the "
                 "Kookaburras, play at home on Sunday. She chose Sunset Valley over two others.")
    assert by["Sunset Valley"] == by["Sunset Valley FC Women"]
    assert by["the Kookaburras"] == by["Sunset Valley FC Women"]


def test_courtesy_title_is_part_of_the_mention():
    _, by = _run("Club president Vasile Dumitrescu-Pop refused the bid. \u201cIf you want him, ask Mr "
                 "Dumitrescu-Pop,\u201d said winger Marius Ilie-Stan.")
    assert by["Mr Dumitrescu-Pop"] == by["Vasile Dumitrescu-Pop"]


def test_the_younger_brother_by_surname_spans_the_word():
    _, by = _run("Nikola Jovanić-Ras joined Mladost on Monday while his older brother Marko Jovanić-Ras stays at "
                 "Radnik. The younger Jovanić-Ras was emotional when he spoke to reporters. Their father, former "
                 "coach Dragan Jovanić-Ras, told a radio station he was proud.")
    assert by["The younger Jovanić-Ras"] == by["Nikola Jovanić-Ras"]


def test_last_word_of_a_known_club_is_that_club():
    _, by = _run("DLR Waves have signed defender Aoife Brennan-Kelly. The Waves' manager, Sinéad Foley-Nash, "
                 "was delighted. The Waves open their season in March.")
    assert by["The Waves"] == by["DLR Waves"]


def test_apposition_beside_a_known_club_wins_over_missing_place_data():
    _, by = _run("Striker Ebba Lindqvist-Holm is wanted by two clubs. FC Rosengård, the Malmö club where she "
                 "spent a loan spell, are not expected to bid.")
    assert by["the Malmö club"] == by["FC Rosengård"]
