"""Classes of entity misses found on unseen article set y, each fixed by a general rule or by data
(made-up people; real clubs only where the data file's facts are the point)."""
from examples import kind_of, mentions_of, names, run


def test_an_ampersand_joins_an_unknown_clubs_name():
    ents, ments, _ = run("Harlow Vale & Pemberton are weighing up a move for Wealdstone winger Tobias Frenn, 22. "
                         "Harlow Vale & Pemberton boss Ned Quinlan would only say: 'He is a good player.'")
    assert kind_of(ents, "Harlow Vale & Pemberton") == "club"
    assert "Harlow Vale" not in names(ents)
    assert "Pemberton" not in names(ents)
    assert kind_of(ents, "Ned Quinlan") == "person"


def test_an_ampersand_name_with_no_club_cue_is_not_a_person():
    ents, _, _ = run("Brentford defender Tobias Frenn has hired Hollis & Marsh, a London law firm, to look "
                     "at his contract.")
    assert "Hollis" not in names(ents)
    assert "Marsh" not in names(ents)
    assert kind_of(ents, "Tobias Frenn") == "player"


def test_a_known_clubs_short_form_that_an_outlet_shares_is_the_outlet_after_told():
    ents, _, _ = run("Deportivo La Coruña want Celta Vigo winger Iker Somoza-Real. Lima agent Renzo Pacheco-Ruiz "
                     "told Depor that nothing had been signed.")
    assert kind_of(ents, "Deportivo La Coruña") == "club"
    ents, _, _ = run("Sporting Cristal want forward Jhonny Cahuana-Rey. His agent, Renzo Pacheco-Ruiz, told Depor "
                     "that the player was calm.")
    assert "Deportivo La Coruña" not in names(ents)


def test_a_columns_label_and_a_weekly_paper_are_not_people():
    ents, _, _ = run("TRANSFER GOSSIP: Pools chase striker\n\nHartlepool United want Gateshead striker Kieran "
                     "Ashworth-Bale, says the Non-League Paper. Pools boss Graeme Tunstall said: 'We want him.'")
    assert not [n for n in names(ents) if "Gossip" in n or "GOSSIP" in n]
    assert not [n for n in names(ents) if "Paper" in n]
    assert kind_of(ents, "Kieran Ashworth-Bale") == "player"


def test_a_club_prefix_of_the_spanish_speaking_world_opens_an_unknown_club():
    ents, _, _ = run("Alianza Lima have submitted a formal offer to FBC Quillabamba for forward Tobias Frenn, "
                     "and the Lima club expect an answer this week.")
    assert kind_of(ents, "FBC Quillabamba") == "club"


def test_the_team_a_side_hosts_is_a_club_not_a_tv_host():
    ents, _, _ = run("Caernarfon Town boss Ned Quinlan said his side host Pentrefoelas at the Oval on Saturday.")
    assert kind_of(ents, "Pentrefoelas") == "club"
    ents, _, _ = run("Podcast host Gary Wentworth said Caernarfon Town were right to keep the striker.")
    assert kind_of(ents, "Gary Wentworth") == "person"


def test_a_nationality_noun_after_linked_with_is_the_player_not_the_coach():
    ents, ments, _ = run("SC Cambuur have made an offer for FC Den Bosch centre-back Jelle ter Braake. "
                         "Cambuur coach Henk-Jan Oosterbeek was open about his interest. 'He is quick,' "
                         "Oosterbeek said.\n\nVVV-Venlo have also been linked with the Dutchman, but the "
                         "Limburg side are yet to make an offer.")
    assert "the Dutchman" in mentions_of(ents, ments, "Jelle ter Braake")


def test_a_position_word_repeated_from_a_title_means_the_one_so_titled():
    ents, ments, _ = run("Hartlepool United want Gateshead striker Kieran Ashworth-Bale. The striker has 13 goals "
                         "and the 25-year-old is happy.\n\nAnd finally, Aldershot Town are weighing up a move for "
                         "Wealdstone winger Rhys Obuya-Dale, 22. Shots boss Terry Lanning said: 'He is good.' "
                         "Wealdstone insist the winger's future will be discussed in February.")
    assert "the winger" in mentions_of(ents, ments, "Rhys Obuya-Dale")


def test_real_nicknames_grounds_and_regions_of_lower_and_foreign_leagues():
    cases = [
        ("Sakaryaspor want Boluspor winger Emre Taşkıran-Öz, and the Green-Blacks have made an offer.",
         "Sakaryaspor", "Green-Blacks"),
        ("Bandırmaspor want Manisa FK striker Emre Taşkıran-Öz, and the Marmara club have made an offer.",
         "Bandırmaspor", "the Marmara club"),
        ("Moreirense want Famalicão winger Tiago Brás-Lemos, but CD Tondela have made an offer and the Beiras "
         "club expect an answer.", "Tondela", "the Beiras club"),
        ("Estrela da Amadora want Casa Pia forward Tiago Brás-Lemos; the Reboleira club made an offer.",
         "Estrela da Amadora", "the Reboleira club"),
        ("FC Den Bosch captain Jelle ter Braake has played 80 games for the Bosschenaren.",
         "FC Den Bosch", "the Bosschenaren"),
        ("Caernarfon Town want Bala Town winger Osian Pryce-Jones, and the Canaries have made an offer.",
         "Caernarfon Town", "the Canaries"),
        ("Connah's Quay Nomads want Penybont winger Osian Pryce-Jones, and the Deeside club have made an offer.",
         "Connah's Quay Nomads", "the Deeside club"),
        ("MŠK Žilina winger Tomáš Kováčik-Hron is wanted by Spartak Trnava, but the Šošoni will not sell.",
         "MŠK Žilina", "the Šošoni"),
        ("DAC Dunajská Streda want Spartak Trnava winger Tomáš Kováčik-Hron. The Yellow-Blues made an offer.",
         "DAC Dunajská Streda", "The Yellow-Blues"),
        ("Altrincham goalkeeper Sam Pellow is wanted by Boston United. Robins manager Andy Crake said no.",
         "Altrincham", "Robins"),
        ("Dagenham & Redbridge want Woking winger Rhys Obuya-Dale. Daggers boss Stuart Pell said yes.",
         "Dagenham & Redbridge", "Daggers"),
        ("Valur want Stjarnan midfielder Arnar Gíslason-Berg, and the Hlíðarendi club have made an offer.",
         "Valur", "the Hlíðarendi club"),
        ("KR Reykjavík want FH midfielder Arnar Gíslason-Berg. The Vesturbær club made contact last week.",
         "KR Reykjavík", "The Vesturbær club"),
        ("FBC Melgar striker Jhonny Cahuana-Rey is wanted by Universitario, but El Dominó will not sell.",
         "FBC Melgar", "El Dominó"),
        ("Alianza Lima want Cienciano striker Jhonny Cahuana-Rey. Los Íntimos made an offer on Monday.",
         "Alianza Lima", "Los Íntimos"),
        ("Alianza Lima want FBC Melgar striker Jhonny Cahuana-Rey. The Cusco side Cienciano are also keen, "
         "and the Arequipa club will not sell.", "FBC Melgar", "the Arequipa club"),
        ("Debreceni VSC want Paksi FC defender Bence Kovács-Réti, and the Loki would pay €700,000.",
         "Debrecen", "the Loki"),
        ("Kolbotn and Røa IL want Stabæk midfielder Ingrid Sæther-Lund; the Oslo-area club want a loan.",
         "Kolbotn", "the Oslo-area club"),
    ]
    for body, club, form in cases:
        ents, ments, _ = run(body)
        assert kind_of(ents, club) == "club", body
        assert [m for m in mentions_of(ents, ments, club) if m.endswith(form.split()[-1])], (body, form)


def test_a_foreign_universitys_ground_is_not_a_person():
    ents, _, _ = run("FBC Melgar striker Jhonny Cahuana-Rey trained at the Estadio Monumental de la UNSA on "
                     "Wednesday.")
    assert not [n for n in names(ents) if "UNSA" in n]
    assert kind_of(ents, "FBC Melgar") == "club"


def test_a_county_as_one_half_of_a_double_barrelled_surname():
    ents, ments, _ = run("Wealdstone winger Rhys Obuya-Kent, 22, is wanted by Woking. Obuya-Kent has six goals.")
    assert kind_of(ents, "Rhys Obuya-Kent") == "player"
    assert "Obuya-Kent" in mentions_of(ents, ments, "Rhys Obuya-Kent")
    ents, ments, _ = run("Gillingham want Woking winger Rhys Obuya. The Kent club will bid this week.")
    assert "The Kent club" in mentions_of(ents, ments, "Gillingham")
