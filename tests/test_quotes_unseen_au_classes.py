"""Classes of quote misses found on unseen article sets at and au, each fixed by a general rule (made-up names)."""
from examples import quotes, speaker_of


# -- a press-conference transcript: "X faced reporters", then Q:/A: lines -----------------------

def test_the_one_who_faced_reporters_answers_the_transcript_questions():
    got = quotes("Kessel head coach Marten Solberg faced reporters on Friday, a day after Dunmore bid for "
                 "striker Ivo Marsh-Tolland. Below is an edited transcript.\n\n"
                 "Q: Has the club received an offer for Marsh-Tolland?\n\n"
                 "A: Yes, it came yesterday. I have read it with the chairman and my view is clear.\n\n"
                 "Q: Does Ivo want to leave?\n\n"
                 "A: He came to my office on Monday. I respect his ambition, but my job is to keep him.\n")
    assert speaker_of(got, "Yes, it came yesterday") == "Marten Solberg"
    assert speaker_of(got, "He came to my office") == "Marten Solberg"


# -- an interview write-up: topic headings "On X:" above the interviewee's quoted answers ---------

def test_quotes_under_topic_headings_belong_to_the_interviewee():
    got = quotes("Kessel forward Ivo Marsh-Tolland has told the Evening Post he wants to join Dunmore. "
                 "The 24-year-old sat down with the newspaper on Monday. Here are the key passages.\n\n"
                 "On why he wants to leave:\n\n"
                 "\u201cI have been here for six years and I gave everything. It is time for a new step.\u201d\n\n"
                 "On the Dunmore coach, Peter Lundqvist-Haar:\n\n"
                 "\u201cHe told me I would play in the middle, with freedom. I think I can score more there.\u201d\n\n"
                 "Lundqvist-Haar confirmed his interest. \u201cHe is the best attacker in the league,\u201d "
                 "the coach said.\n")
    assert speaker_of(got, "I have been here for six years") == "Ivo Marsh-Tolland"
    assert speaker_of(got, "He told me I would play in the middle") == "Ivo Marsh-Tolland"
    assert speaker_of(got, "He is the best attacker") == "Peter Lundqvist-Haar"


# -- a club statement after "the <competition> champions published this statement:" -------------

def test_a_competition_that_only_describes_a_side_never_speaks():
    got = quotes("Harwick Rovers have accepted an offer for winger Tomas Brela-Okafor.\n\n"
                 "The Coastal Premiership champions published the following statement on Saturday:\n\n"
                 "\"Harwick Rovers Football Club wishes to inform its supporters that an agreement has been "
                 "reached for the transfer of Tomas Brela-Okafor. We thank Tomas and wish him well.\"\n")
    assert speaker_of(got, "Harwick Rovers Football Club wishes") == "Harwick Rovers"


def test_a_statement_naming_its_club_beats_a_description_of_a_club():
    got = quotes("Mares Ladies have rejected an offer from Dunmore for midfielder Keba Sethunya.\n\n"
                 "The Lobatse side confirmed the approach in a statement on Tuesday. 'Mares Ladies can confirm "
                 "that an offer was received for Keba. It has been declined,' the statement read.\n")
    assert speaker_of(got, "Mares Ladies can confirm") == "Mares Ladies"


def test_a_person_who_issued_the_statement_still_says_it():
    got = quotes("Kessel president Anna Brevik-Lund, who rarely speaks, issued a brief statement on Sunday. "
                 "\"Kessel will not sell their captain this summer. This decision is final,\" the statement "
                 "read.\n")
    assert speaker_of(got, "Kessel will not sell their captain") == "Anna Brevik-Lund"


# -- a foreign-language quote followed by its English translation in brackets ------------------

def test_a_bracketed_english_translation_is_the_quote():
    got = quotes("Kessel midfielder Teva Marotahi has made no secret of his ambitions. Speaking to a local "
                 "radio, he said: \u00ab Je veux jouer chaque semaine et gagner des titres. \u00bb (I want to play "
                 "every week and win titles.)\n")
    assert speaker_of(got, "I want to play every week and win titles") == "Teva Marotahi"
    assert not any("Je veux jouer" in t for t, _ in got)


# -- a radio transcript whose speakers are labelled in full first, then by surname --------------

def test_full_name_labels_then_surname_labels_are_one_speaker_each():
    got = quotes("Kessel captain Ivo Marsh-Tolland was the guest on Sunday's edition of Terrace Talk. "
                 "Presenter Lena Holmqvist asked him about his future. The following is an edited transcript.\n\n"
                 "Lena Holmqvist: Ivo, thank you for coming. Are you going to Dunmore?\n\n"
                 "Ivo Marsh-Tolland: Thank you for having me. What I can say is that Dunmore called my agent.\n\n"
                 "Holmqvist: Your chairman says you are not for sale. Did that disappoint you?\n\n"
                 "Marsh-Tolland: No, not at all. The chairman is defending his club, that is his job.\n\n"
                 "Holmqvist: And the national team?\n\n"
                 "Marsh-Tolland: That is why I want to be settled quickly. I want a clear head.\n")
    assert speaker_of(got, "Thank you for having me") == "Ivo Marsh-Tolland"
    assert speaker_of(got, "No, not at all") == "Ivo Marsh-Tolland"


# -- names whose particle is printed in lower case and joined by a hyphen ("el-Mansouri") ----------

def test_a_lower_case_joined_particle_name_is_a_speaker_name():
    got = quotes("Dunmore have bid for Kessel winger Karim Haddad-Sefrou.\n\n"
                 "Kessel president Omar el-Mansouri is holding out for more. \"We are not a shop that sells "
                 "its best players,\" el-Mansouri told a local daily.\n\n"
                 "Speaking after training, Haddad-Sefrou said: 'Every player dreams of the Champions League.'\n\n"
                 "Dunmore director Samir al-Fadli said his club follows every good player. \"We follow him "
                 "closely,\" al-Fadli added.\n")
    assert speaker_of(got, "We are not a shop") == "Omar el-Mansouri"
    assert speaker_of(got, "We follow him closely") == "Samir al-Fadli"


# -- a live-blog entry: "X has just spoken to Y." then his quote ---------------------------------

def test_has_just_spoken_to_an_outlet_introduces_the_quote_after_it():
    got = quotes("LIVE: Ivo Marsh deadline day\n\n"
                 "22:40 \u2013 Kessel general secretary Harald Quist-Berg has just spoken to Radio North. "
                 "\"There is no deal. Dunmore came late with an offer that is not even half of what we asked.\" "
                 "Strong words.\n\n"
                 "21:15 \u2013 Dunmore are still waiting for an answer.\n")
    assert speaker_of(got, "There is no deal") == "Harald Quist-Berg"


# -- guillemets with a curly-quoted line nested inside ---------------------------------------------

def test_a_curly_quote_inside_guillemets_is_nested_not_the_end_of_the_quote():
    got = quotes("Dunmore coach Pierre Lacombe-Roux welcomed the arrival of Ivo Marsh. \u00ab When I spoke "
                 "with him, he told me: \u201cCoach, I am ready for this.\u201d That convinced me. \u00bb, Lacombe-Roux "
                 "told a local daily.\n")
    texts = [t for t, _ in got]
    assert any("When I spoke with him" in t and "That convinced me" in t for t in texts)
    assert speaker_of(got, "When I spoke with him") == "Pierre Lacombe-Roux"


# -- a nationality description linked to the man the quote talks about ---------------------------

def test_a_description_is_not_the_man_the_quote_names_in_the_third_person():
    got = quotes("Dunmore have signed midfielder Abdou Kane-Sylla from Kessel.\n\n"
                 "In Dunmore, coach Pierre Lacombe-Roux welcomed the arrival of a player he had followed for "
                 "two seasons. \"Abdou is a modern midfielder who wins the ball,\" the Frenchman told a local "
                 "daily.\n")
    assert speaker_of(got, "Abdou is a modern midfielder") == "Pierre Lacombe-Roux"


def test_a_surname_label_shared_by_two_full_names_joins_neither():
    from saga.core.quotes.interview import _short_labels
    named = [(1, "Omar Haddad-Kour", 10), (2, "Ali Haddad-Kour", 20), (3, "Haddad-Kour", 30),
             (4, "Lena Holmqvist", 40), (5, "Holmqvist", 50)]
    got = [lab for _, lab, _ in _short_labels(named)]
    assert got == ["Omar Haddad-Kour", "Ali Haddad-Kour", "Haddad-Kour", "Holmqvist", "Holmqvist"]


def test_a_bracketed_aside_after_an_english_quote_is_not_a_translation():
    got = quotes("Kessel midfielder Teva Marotahi is staying. \"I am happy here and I want to win the league "
                 "with this club,\" he said. (He has two years left on his contract with the club.)\n")
    assert speaker_of(got, "I am happy here") == "Teva Marotahi"
    assert not any("two years left" in t for t, _ in got)
