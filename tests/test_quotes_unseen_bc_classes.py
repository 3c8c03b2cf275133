"""Classes of quote misses found on unseen article sets bb and bc, each fixed by a general rule
(made-up names)."""
from examples import quotes, speaker_of


# -- "X published the letter. It reads, in part:": "it" is the letter, its writer speaks -----------

def test_a_letter_introduced_by_it_reads_is_its_writers_not_the_clubs():
    got = quotes(
        "Defender Oskar Brenlund has said goodbye to Harwick Town in an open letter, a day after "
        "the club confirmed his move to Kessel United.\n\n"
        "His departure to the league leaders, nicknamed the Owls, had been expected since Kessel "
        "coach Ruben Ostergaard declared his interest in May.\n\n"
        "Brenlund published the letter on the club's website on Tuesday evening. It reads, in part:\n\n"
        "\u201cTo everyone who ever stood on the terraces: you taught me everything.\n\n"
        "\u201cI know some of you are angry. Thank you for nine years.\u201d\n")
    assert speaker_of(got, "To everyone who ever stood") == "Oskar Brenlund"
    assert speaker_of(got, "I know some of you are angry") == "Oskar Brenlund"


# -- a capitalised degree word opening an answer is no name -----------------------------------------

def test_a_degree_word_opening_a_sentence_is_no_speaker():
    got = quotes(
        "Striker Teodor Vainikka wants to leave Harwick Town for Kessel United.\n\n"
        "What has the player said?\n\n"
        "Very little until now. In an interview with a local radio station, he said: \"I never went "
        "on strike, whatever people wrote.\"\n")
    assert speaker_of(got, "I never went on strike") == "Teodor Vainikka"


# -- an explainer's question heading about "the player" over the answer quoting "he" ---------------

def test_a_question_heading_about_the_player_gives_the_answers_he():
    got = quotes(
        "Midfielder Anselm Okonkwo-Ribe is close to joining Kessel United from Harwick Town.\n\n"
        "\"He is not for sale at that price,\" Harwick director Piet Lavrans said in May.\n\n"
        "Did the player want to go?\n\n"
        "Yes. In an interview with a regional paper he said: \"I love this club, but I want to "
        "test myself at a higher level.\"\n")
    assert speaker_of(got, "I love this club") == "Anselm Okonkwo-Ribe"


# -- a club's statement naming itself with "informs" / "accepts" ------------------------------------

def test_a_statement_in_which_a_club_informs_is_that_clubs():
    got = quotes(
        "Kessel United have paid the release clause of Harwick Town winger Osian Brackley.\n\n"
        "Harwick confirmed on Wednesday that Kessel had deposited the amount in full.\n\n"
        "\u201cHarwick Town informs that Kessel United has executed the release clause of Osian "
        "Brackley. The club thanks him for his dedication,\u201d the statement read.\n")
    assert speaker_of(got, "Harwick Town informs") == "Harwick Town"


def test_a_statement_in_which_a_club_accepts_a_decision_is_that_clubs():
    got = quotes(
        "A tribunal has set the fee Kessel United must pay Harwick Town for Osian Brackley.\n\n"
        "Kessel boss Ruben Ostergaard was relaxed. 'It's a fair outcome for everyone,' he said.\n\n"
        "In a short statement, the Lanterns added: 'Kessel United accepts the tribunal's decision "
        "and considers the matter closed.'\n")
    assert speaker_of(got, "Kessel United accepts") == "Kessel United"
