"""Classes of entity misses found on unseen article set r, each fixed by a general rule (made-up people,
made-up clubs the data files do not know, and real clubs only where the data file's facts are the point)."""
from examples import kind_of, mentions_of, names, run


def _club_names(ents) -> set[str]:
    return {e.name for e in ents if e.kind == "club"}


def test_grounds_written_stade_x_or_x_stadium_or_club_ip_are_places():
    ents, _, _ = run("Midfielder Karin Ljungdal-Ek will report for training at Vastby IP on Monday.\n\n"
                     "Her contract at the Stade Jean-Marc Ravel runs until June. Defender Mihai Costin has "
                     "refused to sign an extension at the Ion Vasile stadium.")
    got = names(ents)
    assert "Vastby IP" not in got
    assert "Stade Jean-Marc Ravel" not in got
    assert "Ion Vasile" not in got
    assert "Karin Ljungdal-Ek" in got and "Mihai Costin" in got


def test_a_ground_the_data_names_is_the_club_not_a_person():
    ents, ments, _ = run("Universitatea Craiova full-back Dorin Pavelescu has refused to sign an extension at the "
                         "Ion Oblemenco, and CFR Cluj are ready to pounce.")
    assert "Ion Oblemenco" not in names(ents)


def test_a_title_case_or_shouted_headline_is_not_a_name():
    for head in ("Bold Swoop For Rovers Hotshot", "BOLD SWOOP FOR ROVERS HOTSHOT"):
        ents, _, _ = run(f"{head}\n\nBrighton have made a bid for Bristol Rovers striker Danny Okafor-Webb, 23.")
        assert [e.name for e in ents if e.kind == "player"] == ["Danny Okafor-Webb"], head


def test_mls_budget_terms_and_digi_sport_are_not_pages():
    ents, _, _ = run("Chicago Fire have signed midfielder Pablo Reyes-Amat for $400,000 in General Allocation "
                     "Money, while Tomas Vidu told Digi Sport that he wants to stay at Rapid Bucharest.")
    got = names(ents)
    assert "General Allocation Money" not in got
    assert "Digi" not in got and "Digi Sport" not in got


def test_a_nickname_two_clubs_share_means_the_one_the_article_names():
    ents, ments, _ = run("Omonia have rejected a bid for winger Andreas Kallis. The Greens want more money.")
    assert "the Greens" in [m.lower() for m in mentions_of(ents, ments, "Omonia")] or \
        "The Greens" in mentions_of(ents, ments, "Omonia")
    assert "Plymouth Argyle" not in names(ents)
    ents, ments, _ = run("Maccabi Haifa keeper Yoni Bar-Lev thanked the Greens fans on Sunday.")
    assert "the Greens" in mentions_of(ents, ments, "Maccabi Haifa")
    ents, ments, _ = run("APOEL have made a new offer for Andreas Kallis. Thrylos hope to finish the deal today.")
    assert "Thrylos" in mentions_of(ents, ments, "APOEL")
    assert "Olympiacos" not in names(ents)
    ents, ments, _ = run("América de Cali want forward Luis Parra-Gil. \"The Red Devils need goals,\" said his "
                         "agent, Mario Zuleta.")
    assert "The Red Devils" in mentions_of(ents, ments, "América de Cali")
    assert "Manchester United" not in names(ents)


def test_lower_case_nickname_in_the_data_matches_lower_case_text():
    ents, ments, _ = run("CFR Cluj have made a third bid for Dorin Pavelescu. The railwaymen will try again.")
    assert "The railwaymen" in mentions_of(ents, ments, "CFR Cluj")


def test_the_city_in_the_name_of_the_one_club_named_is_that_club():
    ents, ments, _ = run("FC Zürich have made an offer for defender Mikko Lahtela. If Zürich want him, they must "
                         "pay more. Lahtela's agent flew to Zürich on Monday.")
    got = mentions_of(ents, ments, "FC Zürich")
    assert got.count("Zürich") == 1          # the club, not the city he flew to
    assert "Grasshopper Club Zürich" not in names(ents)


def test_the_first_word_of_the_one_club_named_is_that_club():
    ents, ments, _ = run("Hapoel Haifa have signed keeper Yoni Bar-Lev. Hapoel are expected to present him on Monday.")
    assert "Hapoel" in mentions_of(ents, ments, "Hapoel Haifa")
    assert _club_names(ents) == {"Hapoel Haifa"}


def test_a_common_word_in_apposition_with_the_city_club_is_the_club():
    ents, ments, _ = run("Forward Luis Parra-Gil is wanted by Millonarios. Junior, the Barranquilla club, made an "
                         "enquiry last year.")
    assert "Junior" in mentions_of(ents, ments, "Junior Barranquilla")
    ents, _, _ = run("Forward Luis Parra Junior scored twice for Millonarios on Sunday.")
    assert "Junior Barranquilla" not in names(ents)


def test_a_country_name_that_opens_the_named_club_makes_its_coach_the_clubs():
    ents, ments, _ = run("América de Cali want forward Luis Parra-Gil. América coach Rodrigo Zapata-Mena said he "
                         "likes the player. Zapata-Mena's side will bid next week.")
    assert "Zapata-Mena's side" in mentions_of(ents, ments, "América de Cali")
    assert "America" not in names(ents)


def test_organization_and_franchise_are_club_nouns():
    ents, ments, _ = run("Minnesota United have traded midfielder Pablo Reyes-Amat to Chicago Fire. His agent said he "
                         "felt nothing but gratitude toward the Minnesota organization.")
    assert "the Minnesota organization" in mentions_of(ents, ments, "Minnesota United")


def test_their_city_rivals_is_the_other_club_of_the_owners_city():
    ents, ments, _ = run("Hapoel Haifa want winger Eli Dahan. Maccabi Haifa insist he is not for sale to their "
                         "city rivals.")
    assert "their city rivals" in mentions_of(ents, ments, "Hapoel Haifa")


def test_a_place_word_of_the_data_describes_its_club():
    ents, ments, _ = run("Hapoel Be'er Sheva have signed keeper Yoni Bar-Lev. The deal gives the Negev club a new "
                         "number one.")
    assert "the Negev club" in mentions_of(ents, ments, "Hapoel Be'er Sheva")
    ents, ments, _ = run("FC Fleury 91 defender Chloé Marchand-Roy is close to a move. Her departure would leave the "
                         "Essonne club short of centre-backs.")
    assert "the Essonne club" in mentions_of(ents, ments, "FC Fleury 91")


def test_tabloid_words_for_the_striker():
    ents, ments, _ = run("Notts County striker Jaden Okoro-Bell scored twice on Saturday.\n\nThe hot-shot could "
                         "be lining up for Mansfield by then. The bulldozing frontman is wanted by three clubs.")
    got = mentions_of(ents, ments, "Jaden Okoro-Bell")
    assert "The hot-shot" in got and "The bulldozing frontman" in got
    assert "Mansfield" in mentions_of(ents, ments, "Mansfield Town")


def test_a_swedish_club_code_is_not_the_word_if():
    ents, _, _ = run("Midfielder Karin Ljungdal-Ek is wanted by Vastby IF, who have agreed a fee with Norrholm FF.")
    assert kind_of(ents, "Vastby IF") == "club"


def test_she_and_her_are_read_like_he_and_his():
    he = ("Vastby IF have agreed a fee with Norrholm FF for midfielder Karin Ljungdal-Ek, and his father, Tomas "
          "Ljungdal-Ek, confirmed the talks.\n\nNorrholm FF head coach Petra Almgren said she is reluctant to lose "
          "her captain. \"My son wants to play in the Champions League,\" his father said.\n\nHis agent, Mikael "
          "Sundqvist, told reporters his client wants the move.")
    she = he.replace("his father", "her father").replace("My son", "My daughter").replace("His agent", "Her agent") \
        .replace("his client", "her client")
    for body, words in ((he, ("his father", "My son", "His agent", "his client")),
                        (she, ("her father", "My daughter", "Her agent", "her client"))):
        ents, ments, _ = run(body)
        player = mentions_of(ents, ments, "Karin Ljungdal-Ek")
        assert words[1] in player and words[3] in player and "her captain" in player
        assert words[0] in mentions_of(ents, ments, "Tomas Ljungdal-Ek")
        assert words[2] in mentions_of(ents, ments, "Mikael Sundqvist")


def test_a_tabloid_epithet_before_a_first_name_is_that_player():
    ents, ments, _ = run("Notts County striker Jaden Okoro-Bell is wanted by Mansfield. Super Jaden's agent Lee Marr "
                         "said the player is happy.")
    assert "Super Jaden" not in names(ents)
    assert "Super Jaden" in mentions_of(ents, ments, "Jaden Okoro-Bell")


def test_a_datelines_town_is_not_the_club_named_after_it():
    ents, ments, _ = run("TORONTO \u2014 Toronto FC have signed midfielder Pablo Reyes-Amat. Toronto open the season "
                         "at home, and Reyes-Amat said he knows a lot about Toronto already.")
    got = [m.text for m in ments if m.entity in {e.id for e in ents if e.name == "Toronto FC"}]
    assert "TORONTO" not in got
    assert got.count("Toronto") == 1


def test_a_coachs_women_are_her_team_like_his_men():
    ents, ments, _ = run("Vastby IF head coach Petra Almgren wants midfielder Karin Ljungdal-Ek. Almgren's women are "
                         "top of the table.")
    assert "Almgren's women" in mentions_of(ents, ments, "Vastby IF")
