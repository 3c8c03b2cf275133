"""Classes of quote misses found on unseen article sets av and aw, each fixed by a general rule (made-up names)."""
from examples import quotes, speaker_of


# -- "The 23-year-old ..., but he spoke to reporters." above a quote paragraph: the description ---

def test_he_spoke_after_a_description_opening_the_paragraph_is_the_described_man():
    got = quotes("Dunmore have opened talks with Kessel over midfielder Tarik Olumbe-Reyes.\n\n"
                 "Kessel chairman Anders Vollmark-Ide said the club had received nothing serious. "
                 "\"He is our captain and he stays,\" Vollmark-Ide said.\n\n"
                 "The 24-year-old has mostly kept quiet, but he spoke briefly to reporters after Sunday's win.\n\n"
                 "\"I know what people are saying and I am not hiding from it. I will decide with my family.\"\n")
    assert speaker_of(got, "I know what people are saying") == "Tarik Olumbe-Reyes"


# -- "X was firm." before a quote in the same paragraph -------------------------------------------

def test_a_person_who_was_firm_says_the_quote_after_it():
    got = quotes("Dunmore have bid for Kessel striker Tarik Olumbe-Reyes.\n\n"
                 "Dunmore coach Pieter Hallbeck-Moro confirmed the offer. \"He is the best forward in the "
                 "league,\" he said.\n\n"
                 "Kessel president Ingrid Solvang-Aare was firm. \"We have the offer and we are studying it. "
                 "Tarik is not for sale at a discount.\"\n")
    assert speaker_of(got, "We have the offer and we are studying it") == "Ingrid Solvang-Aare"


# -- "The federation's secretary general, X, told Y that ..." / next paragraph "'...,' he said" ---

def test_a_two_word_job_before_an_appositive_name_makes_him_the_he():
    got = quotes("Dunmore have agreed a fee with Kessel for defender Tarik Olumbe-Reyes.\n\n"
                 "Kessel coach Pieter Hallbeck-Moro said he would not block the move. \"It is a good chance "
                 "for him,\" Hallbeck-Moro told Radio Nord.\n\n"
                 "The federation's secretary general, Omar Velasquez-Ibarra, told the agency that the "
                 "request would be reviewed next week.\n\n"
                 "\"There is a procedure and every player goes through it,\" he said.\n")
    assert speaker_of(got, "There is a procedure") == "Omar Velasquez-Ibarra"


# -- a quote inside a quote after "X told me himself, '...'" --------------------------------------

def test_a_quote_reported_after_told_me_himself_is_the_reported_man_s():
    got = quotes("Kessel coach Pieter Hallbeck-Moro spoke about the striker on Friday.\n\n"
                 "\"Their president, Anders Vollmark-Ide, told me himself, 'Bring the right offer and we "
                 "will sit down.' So we will bring it,\" Hallbeck-Moro said.\n")
    assert speaker_of(got, "Bring the right offer") == "Anders Vollmark-Ide"


# -- a club whose name ends in a role word ("Golden Star", "Stars") issues a statement ---------------

def test_a_club_name_ending_in_a_role_word_speaks_as_the_club():
    got = quotes("Dunmore want Harwick Golden Star defender Tarik Olumbe-Reyes.\n\n"
                 "Harwick Golden Star issued a short statement on Friday: \"Tarik Olumbe-Reyes remains under "
                 "contract with the club. We will not comment further.\"\n")
    assert speaker_of(got, "Tarik Olumbe-Reyes remains under contract") == "Harwick Golden Star"


# -- "Met by our correspondent, the 27-year-old ...", "Reached by telephone, the president of Y, X,
#    was delighted." --------------------------------------------------------------------------

def test_a_passive_participle_opening_is_not_the_speaker():
    got = quotes("Dunmore have agreed terms with midfielder Tarik Olumbe-Reyes of Kessel.\n\n"
                 "Met by our correspondent on Tuesday after training, the 27-year-old agreed to explain his "
                 "choice.\n\n"
                 "\"It was not an easy decision. Kessel gave me everything, but my career is short.\"\n\n"
                 "Kessel coach Pieter Hallbeck-Moro did not hide his sadness: \"We wanted to keep him.\"\n\n"
                 "Reached by telephone, the president of the Dunmore club, Ingrid Solvang-Aare, was "
                 "delighted. \"Tarik is exactly the profile we needed.\"\n")
    assert speaker_of(got, "It was not an easy decision") == "Tarik Olumbe-Reyes"
    assert speaker_of(got, "Tarik is exactly the profile") == "Ingrid Solvang-Aare"


# -- a middle initial inside a name: "Prince T. Doe-Karnga" -----------------------------------------

def test_a_name_with_a_middle_initial_is_one_speaker():
    got = quotes("Dunmore have opened talks with Kessel over defender Tarik Olumbe-Reyes.\n\n"
                 "The defender's agent, Samuel K. Weah-Tolbert, told the Observer on Tuesday that talks "
                 "were at an early stage. \"Tarik's priority is regular football.\"\n")
    assert speaker_of(got, "Tarik's priority is regular football") == "Samuel K. Weah-Tolbert"


# -- a name opening with an apostrophe ('Mathabo), after a job and a comma --------------------------

def test_an_apostrophe_opening_a_name_is_no_quote_mark():
    got = quotes("Kessel have rejected a bid from Dunmore for striker Tarik Olumbe-Reyes.\n\n"
                 "Kessel coach Pieter Hallbeck-Moro was clear. \"He is the heart of this team,\" he said.\n\n"
                 "Dunmore's football director, 'Mathabo Lekhanya-Sello, said the club would return. \"We have "
                 "made two fair offers. We are patient people, but we are not fools.\"\n")
    assert speaker_of(got, "We have made two fair offers") in ("Mathabo Lekhanya-Sello", "'Mathabo Lekhanya-Sello")
    assert any(t.startswith("We are patient people") or "We are patient people" in t for t, _ in got)


# -- "X broke his silence on Saturday." before a quote in the same paragraph ------------------------

def test_a_player_who_broke_his_silence_says_the_quote_after_it():
    got = quotes("Dunmore have bid twice for Kessel striker Tarik Olumbe-Reyes.\n\n"
                 "Kessel coach Pieter Hallbeck-Moro was clear. \"He is the heart of this team,\" he said.\n\n"
                 "The 22-year-old forward broke his silence on Saturday. \"I am happy "
                 "here, but every player dreams of a big club.\"\n")
    assert speaker_of(got, "I am happy here") == "Tarik Olumbe-Reyes"
