"""Classes of quote misses found on unseen article set v, each fixed by a general rule (made-up names)."""
from examples import quotes, speaker_of


# -- "Pressed on whether X ..., he replied:": a question put to the speaker, not a name -----------

def test_pressed_on_whether_opens_a_question_not_a_name_and_its_topic_is_not_the_speaker():
    got = quotes(
        "Harwick coach Tobiah Renfrew-Lake spoke before Saturday's game.\n\n"
        "\"We are calm,\" Renfrew-Lake said.\n\n"
        "Pressed on whether Jory Castellane-Budd was his first choice, he replied: "
        "\"He is a good option. There are others.\"\n")
    assert speaker_of(got, "He is a good option") == "Tobiah Renfrew-Lake"


def test_quizzed_about_a_player_he_said_is_the_coach():
    got = quotes(
        "Brenmoor manager Ilse Varnhagen-Cole met the press on Friday.\n\n"
        "\"The squad is ready,\" Varnhagen-Cole said.\n\n"
        "Quizzed about Marek Dobrowin-Selt, she said: \"I like him, but he plays for another club.\"\n")
    assert speaker_of(got, "I like him, but") == "Ilse Varnhagen-Cole"


# -- "The club face X, and the coach admitted that ...": the subject of the verb's own clause -----

def test_intro_sentence_speaker_is_the_subject_of_the_clause_with_the_speech_verb():
    got = quotes(
        "Castlevale head coach Oren Blakewell-Tarr wants two more signings.\n\n"
        "Castlevale face a cup tie next Tuesday, and Blakewell-Tarr admitted that time is short. "
        "\"We need bodies. One more defender, maybe two.\"\n")
    assert speaker_of(got, "We need bodies") == "Oren Blakewell-Tarr"


# -- "X's response was familiar. '...,' he said": the possessive subject is the speaker ---------

def test_a_possessive_person_before_response_is_the_he_of_the_tag():
    got = quotes(
        "Dunmore want Pavel Okonjo-Strand from Harwick.\n\n"
        "Harwick president Lucan Merriwether-Doyle turned down the first bid in May.\n\n"
        "Dunmore came back with more money last week. Merriwether-Doyle's response, printed in "
        "several papers, was the same. \"He is not for sale,\" he said.\n")
    assert speaker_of(got, "He is not for sale") == "Lucan Merriwether-Doyle"


# -- "The player's agent, X, gave a different nuance. '...'": the line taken introduces the words --

def test_someone_who_gave_a_different_view_says_the_quote_after_it():
    got = quotes(
        "Harwick director Saoirse Penhallow-Quist said the club had received an offer for Teodor "
        "Malenko-Rix. \"We want him to stay,\" she said.\n\n"
        "However, the winger's agent, Ruben Ashcombe-Lyle, gave a different view. \"Teodor is "
        "thinking about his future. The offer is serious.\"\n")
    assert speaker_of(got, "Teodor is thinking") == "Ruben Ashcombe-Lyle"


# -- "A source close to the club described ... as '...'": the source, not the club or the last speaker

def test_a_source_close_to_a_club_is_anonymous_not_the_last_speaker():
    got = quotes(
        "Brenmoor agent Wilma Tansley-Hope said her client \"wants to play every week\".\n\n"
        "A source close to the Gulls described their interest as \"real but calm\".\n")
    assert speaker_of(got, "real but calm") != "Wilma Tansley-Hope"
