"""Entities read from context: managers' clubs, descriptions, official names, places, kinds.

Each test is one general rule, shown with invented sentences (the rules must hold for any
player, person or club).
"""
from saga.core.entities import extract_entities
from saga.core.model import Article


def run(*bodies):
    arts = [Article(id=f"a{n}", source=f"t/a{n}.txt", body=b, title="t") for n, b in enumerate(bodies)]
    return extract_entities(arts)


def by_name(ents, name):
    return next(e for e in ents if e.name == name)


def texts(ents, ments, name, via=None):
    eid = by_name(ents, name).id
    return [m.text for m in ments if m.entity == eid and (via is None or m.via == via)]


# -- managers and their clubs ------------------------------------------------------------------

def test_manager_form_of_a_manager_no_article_ties_to_a_club():
    ents, ments = run("Leeds have completed the signing of winger Oskar Lindahl from Hammarby. Burnley refused to "
                      "match the fee, so Brian Colquhoun's side moved first.\n\n"
                      "Colquhoun, speaking after training, was delighted.",
                      "Brian Colquhoun's men face Fulham on Saturday, and Lindahl could make his Leeds debut.",
                      "Brian Colquhoun's side are unbeaten, says a rival.")
    boss = by_name(ents, "Brian Colquhoun")
    assert boss.kind == "person" and boss.attrs["club"] == "club:leeds-united"
    assert texts(ents, ments, "Leeds United", "manager-form") == ["Brian Colquhoun's side", "Brian Colquhoun's men"]
    # a club only guessed from context is not given to an article that never names it
    assert not [m for m in ments if m.article == "a2" and m.via == "manager-form"]


def test_no_club_guessed_for_a_national_team_or_an_unknown_club():
    ents, _ = run("Chelsea beat Fulham. Brazil coach Dorival Mendes watched from the stand.",
                  "Kettlewick Town beat Wrexham. Kettlewick boss Gary Pickersgill was pleased.")
    assert "club" not in by_name(ents, "Dorival Mendes").attrs
    assert "club" not in by_name(ents, "Gary Pickersgill").attrs


def test_a_manager_named_with_a_club_description_of_another_country_gets_no_topic_club():
    ents, _ = run("Torino are closing in on FC Aarhus midfielder Jens Holm.\n\n"
                  "The 22-year-old has played every game for the Danish side, but coach Mads Riis said he "
                  "expects to lose him.")
    assert by_name(ents, "Mads Riis").attrs.get("club") != "club:torino"


def test_the_sacked_manager_is_not_the_current_boss():
    ents, ments = run("Burnley want Tomas Varga. Owen Tierney, who replaced the sacked Ricardo Lobo at Turf Moor, "
                      "is a fan. 'He is ready,' the Burnley boss told reporters.")
    assert by_name(ents, "Ricardo Lobo").attrs["role"] == "former manager"
    assert texts(ents, ments, "Owen Tierney", "description") == ["the Burnley boss"]


# -- descriptions -------------------------------------------------------------------------------

def test_a_description_before_a_name_is_a_mention_of_that_name():
    ents, ments = run("Celtic could offer the Portugal international Rui Tavares-Neto in the deal. "
                      "The 27-year-old Portugal international has a clause.")
    assert texts(ents, ments, "Rui Tavares-Neto") == ["the Portugal international", "Rui Tavares-Neto",
                                                      "The 27-year-old Portugal international"]


def test_a_possessive_description_means_a_player():
    ents, ments = run("Fulham have agreed terms with striker Kofi Mensah-Darko. His agent, Pedro Alvim, told "
                      "Lens that his client would not train. Lens must now replace their departing star, "
                      "and the manager wants his new frontman ready for Saturday.")
    assert texts(ents, ments, "Kofi Mensah-Darko", "description") == ["his client", "their departing star",
                                                                      "his new frontman"]


def test_a_possessive_predicate_is_not_a_mention():
    ents, ments = run("Southampton want Alvaro Quintero and Jake Ormsby. Coach Ivo Mendes named the Spaniard "
                      "as his top target.")
    assert "his top target" not in [m.text for m in ments]


def test_a_league_description_can_mean_a_club_the_data_does_not_know():
    ents, ments = run("Hull City want Connor Beale, a teenager at Grimsby Town. He joined from the League Two "
                      "club for a small fee.")
    assert "the League Two club" in texts(ents, ments, "Grimsby Town")


def test_a_club_that_changed_division_still_fits_a_league_description():
    ents, ments = run("Norwich City have bid for Sam Eze, with the Championship side keen to finish the deal.")
    assert texts(ents, ments, "Norwich City", "description") == ["the Championship side"]


def test_a_description_that_speaks_after_a_quote_is_the_speaker():
    ents, ments = run("Rennes want Piet Dekker. Villarreal coach Lars Nygaard said: 'We want to keep him. "
                      "If I had a player like Piet, I would say no.'\n\nThe Dane added: 'He is happy here.'")
    assert texts(ents, ments, "Lars Nygaard", "description") == ["The Dane"]


def test_the_nationality_of_a_player_named_with_a_club_of_that_country():
    ents, ments = run("Wolves are in talks with Torino over midfielder Luca Benedetti.\n\n"
                      "Wolves need cover after Ade Sowande was injured against Leeds, and the manager has "
                      "identified the Italian as his main target.")
    assert texts(ents, ments, "Luca Benedetti", "description") == ["the Italian"]


# -- clubs ---------------------------------------------------------------------------------------

def test_official_names_of_a_known_club():
    ents, ments = run('A spokesperson said: "Everton Football Club is delighted." Brentford FC agreed.')
    assert texts(ents, ments, "Everton") == ["Everton Football Club"]
    assert texts(ents, ments, "Brentford") == ["Brentford FC"]


def test_a_regional_nickname_means_the_club_the_article_names():
    ents, ments = run("Arsenal have agreed a fee with Real Betis for Marcos Roldan, and the Andalusians "
                      "will use the money quickly. Girona also bid, but the Catalans pulled out.")
    assert texts(ents, ments, "Real Betis") == ["Real Betis", "the Andalusians"]
    assert texts(ents, ments, "Girona") == ["Girona", "the Catalans"]


def test_a_shared_short_form_with_no_other_candidate_uses_the_default():
    ents, ments = run("Wolves opened talks with Sporting over Tiago Roque. The Lisbon club want €30m, "
                      "and the Lions will not budge.")
    assert texts(ents, ments, "Sporting CP") == ["Sporting", "The Lisbon club", "the Lions"]


def test_sporting_director_is_a_job_not_a_club():
    ents, _ = run("Sporting director Hugo Viegas met Lille on Monday.")
    assert "Sporting CP" not in {e.name for e in ents}
    assert by_name(ents, "Hugo Viegas").attrs["role"] == "director"


def test_a_club_name_wins_over_another_clubs_short_form():
    ents, ments = run("Kerr scored a hat-trick against Rangers at Parkhead.")
    assert "Rangers" in {e.name for e in ents}


def test_a_one_word_form_means_the_unknown_club_of_the_article():
    ents, ments = run("Hull City bid for Shelbourne Rovers winger Darren Cawley. Rovers rejected it.")
    assert texts(ents, ments, "Shelbourne Rovers") == ["Shelbourne Rovers", "Rovers"]
    assert "Blackburn Rovers" not in {e.name for e in ents}


def test_a_club_town_with_a_place_tail_is_a_place():
    ents, ments = run("Aston Villa want Nuno Paiva, and the Birmingham-based club have bid.")
    assert texts(ents, ments, "Aston Villa") == ["Aston Villa", "the Birmingham-based club"]
    assert "Birmingham City" not in {e.name for e in ents}


def test_a_club_word_inside_a_double_barrelled_name_is_the_name():
    ents, _ = run("Sporting director Lukas Brugge-Hahn is keen to finish the deal.")
    assert "Club Brugge" not in {e.name for e in ents}
    assert "Lukas Brugge-Hahn" in {e.name for e in ents}


# -- places and noise ---------------------------------------------------------------------------

def test_a_home_town_is_not_a_club():
    ents, _ = run("Sunderland want defender Sean Kiely. He is open to a move to England, where he settled after "
                  "his family relocated from Galway. He hails from Tralee.")
    assert {e.name for e in ents} == {"Sunderland", "Sean Kiely"}


def test_a_place_and_a_club_word_make_an_unknown_club():
    ents, _ = run("He started at Cork City and joined Bath City on loan.")
    assert {e.name for e in ents} == {"Cork City", "Bath City"}


def test_inverted_questions_and_if_clauses_are_not_names():
    ents, _ = run("Palace want a striker. \u201cDo I want one? Yes,\u201d the manager said. \u201cWill I get one? "
                  "If I knew, I would tell you.\u201d 'If Marco leaves, we need two,' he added.")
    assert {e.name for e in ents} == {"Crystal Palace"}


# -- person or player ------------------------------------------------------------------------------

def test_someone_who_recruits_is_a_person():
    ents, _ = run("Spurs bid for Joao Pedrosa as Paolo Rinaldi pushes for reinforcements. But David Kerslake "
                  "is determined to land the 23-year-old. Ian Fairley is a long-time admirer.")
    assert {e.name: e.kind for e in ents if e.kind != "club"} == {
        "Joao Pedrosa": "player", "Paolo Rinaldi": "person", "David Kerslake": "person", "Ian Fairley": "person"}


def test_a_player_who_signs_for_a_club_stays_a_player():
    ents, _ = run("Tom Alder is keen to sign for Everton. Jack Bryce wants to sign a new contract. "
                  "Lee Dunne is set to land a dream move.")
    assert {e.kind for e in ents if e.kind != "club"} == {"player"}


def test_the_peer_of_a_manager_gets_the_same_kind():
    ents, _ = run("Chelsea have signed a defender, which could leave Mateo Arriaga to battle it out with "
                  "Jurgen Klopp. Jurgen Klopp's men want a centre-half too.",
                  "Lisbon coach? No: Dario Vukic replaced Kenny Ashcroft in November.\n\n"
                  "Dario Vukic's side won again.")
    assert by_name(ents, "Mateo Arriaga").kind == "person"
    assert by_name(ents, "Kenny Ashcroft").kind == "person"


def test_a_team_mate_is_not_a_manager_form():
    ents, ments = run("According to Tom Veldman's team-mate Bas Kool, the midfielder is calm.")
    assert by_name(ents, "Tom Veldman").kind == "player"
    assert not [m for m in ments if m.via == "manager-form"]


def test_a_club_named_like_its_town_is_the_town_after_in_or_is_from():
    ents, ments = run("Juventus held talks in Milan on Monday. Milan want him too. He is from Dundee, "
                      "but he joined from Dundee in 2020.")
    assert [m.text for m in ments if m.entity == "club:ac-milan"] == ["Milan"]
    assert [m.start for m in ments if m.entity == "club:dundee"] == [ments[-1].start]


def test_someone_with_a_counterpart_or_a_coachs_possession_is_a_person():
    ents, _ = run("Napoli director Luigi Sarto met his Juve counterpart Marco Ferri in Turin. "
                  "Ferri wants a winger for Aldo Bracco's system.")
    assert by_name(ents, "Marco Ferri").kind == "person"
    assert by_name(ents, "Aldo Bracco").kind == "person"
    assert by_name(ents, "Aldo Bracco").attrs["role"] == "manager"


def test_the_one_an_older_person_replaced_is_a_former_manager():
    ents, _ = run("Wigan sacked Dean Holt. The 51-year-old replaced Xavi Soler in July.")
    soler = by_name(ents, "Xavi Soler")
    assert soler.kind == "person" and soler.attrs["role"] == "former manager"


def test_adding_players_to_a_squad_is_a_coachs_job_adding_to_a_tally_is_not():
    ents, _ = run("Celtic want two signings, and Ronan Kerr is keen to add more young players to his squad. "
                  "Lewis Dunn wants to add to his tally of nine goals. Kevin Boyd is reluctant to lose his captain.")
    kinds = {e.name: e.kind for e in ents if e.kind != "club"}
    assert kinds == {"Ronan Kerr": "person", "Lewis Dunn": "player", "Kevin Boyd": "person"}


def test_unknown_lower_league_clubs_and_their_short_forms():
    ents, ments = run("Wrexham signed Jake Pryce from AFC Wimbledon. He began at non-league Woking before a move "
                      "to Crawley Town. At Crawley he scored 20 goals.")
    clubs = {e.name for e in ents if e.kind == "club"}
    assert {"AFC Wimbledon", "Woking", "Crawley Town"} <= clubs
    assert texts(ents, ments, "Crawley Town") == ["Crawley Town", "Crawley"]


def test_a_former_club_forward_is_still_a_player_unless_he_talks_as_a_pundit():
    ents, _ = run("The move would follow former Chelsea forward Callum Ojo-Banks, who left for Germany. "
                  "Former Arsenal captain Tony Adamson, speaking on the radio, said it was a good deal.")
    assert by_name(ents, "Callum Ojo-Banks").kind == "player"
    assert by_name(ents, "Tony Adamson").kind == "person"


def test_owned_by_is_an_owner_and_coached_by_names_the_club_before_the_clause():
    ents, _ = run("The MLS side, co-owned by Harold Brand-Ames, want a striker. Al-Ittihad, coached by Remi "
                  "Vautier-Bon, are also keen. Galatasaray, who are managed by his compatriot Emre Kaya-Tan, "
                  "made an offer.")
    assert by_name(ents, "Harold Brand-Ames").attrs["role"] == "chairman"
    assert by_name(ents, "Remi Vautier-Bon").attrs == {"role": "manager", "club": "club:al-ittihad"}
    assert by_name(ents, "Emre Kaya-Tan").attrs == {"role": "manager", "club": "club:galatasaray"}


def test_who_wants_to_keep_a_player_is_a_person_who_keeps_a_clean_sheet_is_not():
    ents, _ = run("Bournemouth rejected a bid for Ivo Kral, and Andoni Soto made it clear he wants to keep the "
                  "26-year-old. Mark Hale wants to keep a clean sheet on Saturday.")
    assert by_name(ents, "Andoni Soto").kind == "person"
    assert by_name(ents, "Mark Hale").kind == "player"


def test_a_nationality_before_a_noun_is_not_a_person():
    ents, ments = run("Lyon want Pierre Aubel. The Frenchman would cost €10m before the Saudi window closes, "
                      "according to the Italian press.")
    assert [m.text for m in ments if m.via == "description"] == ["The Frenchman"]


def test_a_hyphenated_surname_may_end_in_a_word_that_is_never_a_name():
    ents, _ = run("Liverpool lost Jordan Henley-Lane and Fabio Tavora to Saudi Arabia.")
    assert {"Jordan Henley-Lane", "Fabio Tavora"} <= {e.name for e in ents}


def test_the_subject_who_targets_a_player_is_not_the_player_described():
    ents, ments = run("Forest want Lens defender Kevin Dambo.\n\n"
                      "Nuno Esteves has made the Austrian his priority target, and Forest will bid again.")
    assert by_name(ents, "Nuno Esteves").kind == "person"
    assert texts(ents, ments, "Kevin Dambo", "description") == ["the Austrian"]


def test_a_description_follows_the_player_through_earlier_descriptions():
    ents, ments = run("Liverpool have signed midfielder Dominik Szalai from RB Leipzig.\n\n"
                      "The 22-year-old becomes the Reds' second signing and takes the number eight shirt "
                      "worn by Naby Kone.\n\n"
                      "\"It's a dream,\" the new signing said.")
    descs = texts(ents, ments, "Dominik Szalai", "description")
    assert descs[0] == "The 22-year-old" and descs[-1] == "the new signing"
    assert "the number eight" not in [m.text for m in ments]


def test_who_sees_a_player_as_a_priority_is_a_person():
    ents, _ = run("United want Joshua Zeller. Erik Haagen, who signed a new contract last week, sees the former "
                  "Bayern youngster as the ideal partner for Ras Holm. Eddie Hurst sees the centre-back as a "
                  "priority. Sean Dale is short of options. Harry Cane sees Bayern as the best move.")
    kinds = {e.name: e.kind for e in ents if e.kind != "club"}
    assert kinds["Erik Haagen"] == kinds["Eddie Hurst"] == kinds["Sean Dale"] == "person"
    assert kinds["Joshua Zeller"] == kinds["Harry Cane"] == "player"


def test_a_country_name_is_not_a_description_of_a_person():
    ents, ments = run("Sean Kiely, who has won four caps for the Republic of Ireland, played for the Netherlands "
                      "under-21s? No: he is Irish.")
    assert not [m for m in ments if m.via == "description"]


def test_a_two_word_unknown_club_after_joined_from():
    ents, _ = run("The Canadian, who joined Bayern from Ottawa Fury in 2019, has won five titles.")
    assert by_name(ents, "Ottawa Fury").kind == "club"


def test_who_would_let_a_player_leave_is_a_person():
    ents, _ = run("Chelsea want a sale, with Marco Pellas willing to let the centre-back leave. Tom Rudd is happy "
                  "to let his contract run down.")
    assert by_name(ents, "Marco Pellas").kind == "person"
    assert by_name(ents, "Tom Rudd").kind == "player"


def test_a_managers_side_means_the_club_the_sentence_before_was_about():
    ents, ments = run("AC Milan have bid for Chelsea defender Fikri Tamba.\n\n"
                      "Inter, meanwhile, are watching. The Nerazzurri had been keen on Tamba last summer. "
                      "Simone Ingrassia's side are top of Serie A and have the funds.")
    assert by_name(ents, "Simone Ingrassia").attrs["club"] == "club:inter-milan"
    assert texts(ents, ments, "Inter Milan", "manager-form") == ["Simone Ingrassia's side"]


def test_the_one_a_manager_replaced_is_a_former_manager():
    ents, _ = run("Spurs boss Eddie Hart has transformed the side. Hart, who replaced Steve Bowyer-Lane in "
                  "November, wants a striker.")
    bowyer = by_name(ents, "Steve Bowyer-Lane")
    assert bowyer.kind == "person" and bowyer.attrs["role"] == "former manager"


def test_who_judges_what_a_young_player_can_do_is_a_person():
    ents, _ = run("Arsenal will keep Folarin Ade, with Mikel Arana convinced the teenager can become a regular.")
    assert by_name(ents, "Mikel Arana").kind == "person"
    assert by_name(ents, "Folarin Ade").kind == "player"


def test_played_for_names_a_club_when_one_word_and_never_a_manager():
    ents, _ = run("He played in Japan for Tarenvale. He played for Jose Morales at Roma.")
    assert by_name(ents, "Tarenvale").kind == "club"
    assert by_name(ents, "Jose Morales").kind != "club"
