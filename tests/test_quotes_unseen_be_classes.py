"""Classes of quote misses found on unseen article sets bd and be, each fixed by a general rule
(made-up names)."""
from examples import quotes, speaker_of


# -- "a post on his account hinted at it. '...,' it read": "it" is his post, not a capitalised word -

def test_it_read_after_his_post_is_the_posters_words():
    got = quotes(
        "Winger Tomas Velk is wanted by Kessel United, and Harwick Town have opened talks.\n\n"
        "The player has said nothing in public, but a post on his Instagram account on New Year's "
        "Day hinted at his plans. \u2018Fresh start, fresh legs,\u2019 it read. \u2018Thank you to "
        "Harwick for everything.\u2019\n")
    assert speaker_of(got, "Fresh start") == "Tomas Velk"
    assert speaker_of(got, "Thank you to Harwick") == "Tomas Velk"


def test_it_read_after_a_club_statement_is_still_the_clubs():
    got = quotes(
        "Kessel United have signed winger Tomas Velk from Harwick Town.\n\n"
        "Kessel United issued a statement on Monday. \"We welcome Tomas to the club,\" it read.\n",
        page_names=True)
    assert speaker_of(got, "We welcome Tomas") == "Kessel United"


# -- "said former Harwick president X": the name after a former club job -----------------------------

def test_a_former_club_job_before_a_name_gives_the_name():
    got = quotes(
        "Winger Tomas Velk retired on Monday after 15 years at Harwick Town.\n\n"
        "\"Tomas never asked me for a raise, not once,\" said former Harwick chairman Piet Lavrans. "
        "\"He asked for new balls for the youth teams.\"\n\n"
        "\"He was the best,\" said former Harwick coach Anton Berg.\n")
    assert speaker_of(got, "Tomas never asked") == "Piet Lavrans"
    assert speaker_of(got, "He asked for new balls") == "Piet Lavrans"
    assert speaker_of(got, "He was the best") == "Anton Berg"


# -- a headline's genre label ("INTERVIEW:") is nobody ---------------------------------------------

def test_a_genre_label_before_a_headline_quote_is_no_speaker():
    got = quotes(
        "INTERVIEW: 'The right move beats the big move'\n\n"
        "Agent Piet Lavrans has placed players across Europe for 20 years.\n")
    assert speaker_of(got, "The right move") != "INTERVIEW"


def test_an_interview_headline_quote_is_the_interviewees():
    got = quotes(
        "INTERVIEW: 'The right move beats the big move'\n\n"
        "Piet Lavrans has placed players across Europe for 20 years. This week the agent spoke to "
        "us about his clients.\n\n"
        "'Tomas flies to Kessel on Saturday,' Lavrans confirmed. 'The fee is agreed.'\n\n"
        "'Anton stays at Harwick Town,' Lavrans said.\n")
    assert speaker_of(got, "The right move") == "Piet Lavrans"


# -- an explainer's heading line joined to the sentence that introduces the quote ------------------

def test_a_what_heading_joined_to_the_intro_sentence_gives_its_subject():
    got = quotes(
        "Harwick Town winger Tomas Velk is close to joining Kessel United.\n\n"
        "Kessel coach Anton Berg says: \"We have wanted him since the summer.\"\n\n"
        "What the player says\n"
        "Velk broke his silence in a post on Wednesday night. \"I will never forget what Harwick "
        "gave me.\n\n"
        "\"To the fans: thank you for every song.\"\n")
    assert speaker_of(got, "I will never forget") == "Tomas Velk"
    assert speaker_of(got, "To the fans") == "Tomas Velk"


# -- "..., the agent admitted, but the 20-year-old is staying": the one whose words were reported ----

def test_he_said_after_a_paragraph_reporting_the_agent_is_the_agent():
    got = quotes(
        "Agent Piet Lavrans represents three players at Harwick Town.\n\n"
        "Striker Tomas Velk joined Kessel United on Monday, Lavrans confirmed.\n\n"
        "What about winger Anton Berg? There were offers from Spain in July, the agent admitted, "
        "but the 20-year-old is staying put.\n\n"
        "\"Anton is not ready, and I told him so,\" he said.\n")
    assert speaker_of(got, "Anton is not ready") == "Piet Lavrans"
