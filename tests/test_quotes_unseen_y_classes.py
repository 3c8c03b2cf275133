"""Classes of quote misses found on unseen article set y, each fixed by a general rule (made-up names)."""
from examples import quotes, speaker_of


# -- interview intro: the one who sat down with an outlet, not the outlet ---------------------------

def test_a_pronoun_subject_sat_down_with_an_unknown_outlet_is_the_interviewee():
    got = quotes("Kessel United's sporting director Oskar Brindlemoor rarely talks about Pavel Drozny, the "
                 "19-year-old winger Vardo Rovers have been chasing for weeks. Ahead of the new season, he "
                 "sat down with Weekly Kickabout Gazette.\n\n"
                 "Q: Has Vardo made an offer for Pavel?\n\n"
                 "A: Yes, they have. We read it and we answered. I will not sell him to a rival.\n\n"
                 "Q: Does the player want to go?\n\n"
                 "A: I spoke with him last week. He is calm and so am I.\n\n"
                 "Q: A last word for the Vardo fans?\n\n"
                 "A: I'd say enjoy your own players.")
    assert speaker_of(got, "Yes, they have") == "Oskar Brindlemoor"
    assert speaker_of(got, "I spoke with him last week") == "Oskar Brindlemoor"
    assert speaker_of(got, "I'd say enjoy") == "Oskar Brindlemoor"


def test_we_sat_down_with_still_takes_the_object():
    got = quotes("Pavel Drozny is wanted everywhere. We sat down with Kessel boss Oskar Brindlemoor to talk "
                 "about his winger.\n\n"
                 "Q: Is Pavel for sale?\n\nA: No. He is our best player and I need him.\n\n"
                 "Q: And if a big offer comes?\n\nA: Then the board decides, not me.")
    assert speaker_of(got, "No. He is our best player") == "Oskar Brindlemoor"


# -- "X's side ..., and the manager admitted ...": the next paragraph's "he" is X --------------------

def test_the_manager_of_a_possessive_side_in_a_joined_clause_speaks_the_next_he_laughed():
    got = quotes("Vardo Rovers boss Emrys Tallowfield confirmed the approach. 'We have said no,' "
                 "Tallowfield said.\n\n"
                 "Kessel manager Brannock Oduya wants a striker. 'We need goals,' he told a radio station.\n\n"
                 "The striker himself said little. Asked about the talks, he said: 'I am a Vardo player.'\n\n"
                 "Tallowfield's side host Kessel on Saturday, and the manager admitted he'd be glad when "
                 "the window shuts.\n\n"
                 "'Every winter it's the same,' he laughed. 'I'll be happy in February.'")
    assert speaker_of(got, "Every winter it's the same") == "Emrys Tallowfield"
    assert speaker_of(got, "I'll be happy in February") == "Emrys Tallowfield"


def test_a_coach_named_by_his_club_in_a_joined_clause_speaks_the_next_he_said():
    got = quotes("Kessel have opened talks over Pavel Drozny, Radio Vardo reported.\n\n"
                 "Kessel coach Emrys Tallowfield confirmed his interest. \"Pavel is the best young winger in "
                 "the country,\" he said.\n\n"
                 "Drozny himself spoke briefly on Saturday.\n\n"
                 "\"I haven't decided anything,\" he said.\n\n"
                 "Tallowfield's team finished second, and the Kessel coach made it clear that he sees Drozny "
                 "as the missing piece.\n\n"
                 "\"We were one goal away this year,\" he said.")
    assert speaker_of(got, "I haven't decided anything") == "Pavel Drozny"
    assert speaker_of(got, "We were one goal away") == "Emrys Tallowfield"


# -- "Asked whether the midfielder ..., he smiled": not the midfielder ------------------------------

def test_the_player_in_an_asked_clause_is_the_topic_not_the_one_who_answers():
    got = quotes("Kessel midfielder Pavel Drozny has asked to leave. Kessel coach Emrys Tallowfield was calm "
                 "after training.\n\n"
                 "\u201cStabwick know where we are,\u201d Tallowfield said.\n\n"
                 "Drozny trained normally on Wednesday, and Tallowfield praised his attitude.\n\n"
                 "Asked whether the midfielder would travel with the squad, he smiled: \u201cIf he is still ours, "
                 "he is on the plane.\u201d")
    assert speaker_of(got, "If he is still ours") == "Emrys Tallowfield"


def test_a_named_subject_who_spoke_to_an_unknown_outlet_is_the_interviewee():
    got = quotes("Pavel Drozny has been linked with Vardo Rovers all month. Kessel United's sporting director "
                 "Oskar Brindlemoor spoke to Weekly Kickabout Gazette about the winger.\n\n"
                 "Q: Is Pavel for sale?\n\nA: No. I have told Vardo twice and I will tell them again.\n\n"
                 "Q: And if he asks to leave?\n\nA: Then we talk, but my answer stays the same.")
    assert speaker_of(got, "No. I have told Vardo") == "Oskar Brindlemoor"
    assert speaker_of(got, "Then we talk") == "Oskar Brindlemoor"
