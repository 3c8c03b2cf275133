"""Classes of quote misses found on unseen article set r, each fixed by a general rule (made-up names)."""
from examples import quotes, speaker_of


def _has(got, start: str) -> bool:
    return any(t.startswith(start) for t, _ in got)


# -- interview transcripts -----------------------------------------------------------------------

def test_q_and_a_answers_are_the_interviewees_quotes_and_questions_are_not():
    got = quotes("Tomasz Wierzba has been linked with Kessel United all month. The 24-year-old midfielder "
                 "sat down with us after training on Tuesday.\n\n"
                 "Q: Have you spoken to Kessel?\n\n"
                 "A: Not yet. My agent deals with that and I trust him completely.\n\n"
                 "Q: Would you like to play in England?\n\n"
                 "A: Every player dreams of it. The stadiums are always full.\n\n"
                 "Q: And if you stay?\n\n"
                 "A: Then I stay and I fight for my place, no problem.\n\n"
                 "Kessel are expected to return with a second offer next week.")
    assert speaker_of(got, "Not yet. My agent deals") == "Tomasz Wierzba"
    assert speaker_of(got, "Every player dreams of it") == "Tomasz Wierzba"
    assert speaker_of(got, "Then I stay and I fight") == "Tomasz Wierzba"
    assert not _has(got, "Have you spoken")                   # a question is nobody's quote
    assert not _has(got, "Kessel are expected")               # the outro is the writer's


def test_question_and_answer_words_as_labels_and_a_nested_quote_keeps_its_own_speaker():
    got = quotes("We spoke to Kessel United defender Liam Okafor about his future.\n\n"
                 "Question: Is it true Vardo called?\n\n"
                 "Answer: Yes. Their manager, Ruud Brandt, rang me and said: \"We want you here in "
                 "January.\" I said I would think about it.\n\n"
                 "Question: And?\n\n"
                 "Answer: I am still thinking about the offer.\n\n"
                 "I will decide after Christmas with my family.\n\n"
                 "Question: A last word?\n\n"
                 "Answer: Thank you to the fans for the support.\n\n"
                 "Okafor's contract runs until June.")
    assert speaker_of(got, "Yes. Their manager") == "Liam Okafor"
    assert speaker_of(got, "We want you here in January") == "Ruud Brandt"
    assert speaker_of(got, "I will decide after Christmas") == "Liam Okafor"   # the answer goes on
    assert speaker_of(got, "Thank you to the fans") == "Liam Okafor"
    assert not _has(got, "Okafor's contract")


def test_an_answer_printed_in_quote_marks_is_one_quote_without_its_marks():
    got = quotes("We spoke to Kessel United defender Liam Okafor about his future.\n\n"
                 "Q: Is it true Vardo called?\n\nA: \"Yes. Their manager rang me last week.\"\n\n"
                 "Q: And?\n\nA: \"I am still thinking about the offer.\"\n\n"
                 "Q: A last word?\n\nA: Thank you to the fans.")
    assert ("Yes. Their manager rang me last week.", "Liam Okafor") in got
    assert speaker_of(got, "I am still thinking") == "Liam Okafor"


def test_speakers_initials_as_labels_the_one_who_asks_is_the_interviewer():
    got = quotes("Vardo Rovers striker Paulo Mendes spoke to us before the derby.\n\n"
                 "JT: How are you feeling?\n\nPM: Good. The legs are fresh and the team is ready.\n\n"
                 "JT: Will you sign the new contract?\n\nPM: My agent is talking to the club. I am calm.\n\n"
                 "JT: Anything for the fans?\n\nPM: Keep singing, we will need them on Saturday.")
    assert speaker_of(got, "Good. The legs are fresh") == "Paulo Mendes"
    assert speaker_of(got, "Keep singing") == "Paulo Mendes"
    assert not _has(got, "How are you feeling")


def test_surname_labels_name_the_interviewee():
    got = quotes("Paulo Mendes and Rui Tavares were team-mates at Vardo Rovers for five years. Tavares now "
                 "coaches the reserves and came along to the interview.\n\n"
                 "Interviewer: How are you feeling?\n\nMendes: Good. The legs are fresh and the team is ready.\n\n"
                 "Interviewer: Will you sign the new contract?\n\nMendes: My agent is talking to the club.\n\n"
                 "Interviewer: Anything for the fans?\n\nMendes: Keep singing, we will need them on Saturday.")
    assert speaker_of(got, "Good. The legs are fresh") == "Paulo Mendes"
    assert speaker_of(got, "My agent is talking") == "Paulo Mendes"


def test_only_the_questions_labelled_the_paragraph_after_each_is_the_answer():
    got = quotes("We caught up with Tomasz Wierzba after training.\n\n"
                 "Q: Are you leaving?\n\nNobody has told me anything yet. I am relaxed.\n\n"
                 "Q: What about Kessel?\n\nIt is a big club, of course, and my family would like England.\n\n"
                 "Q: And your coach?\n\nHe wants me to stay. We speak every day.\n\n"
                 "Kessel are expected to bid again next week.")
    assert speaker_of(got, "Nobody has told me") == "Tomasz Wierzba"
    assert speaker_of(got, "He wants me to stay") == "Tomasz Wierzba"
    assert not _has(got, "Kessel are expected")


def test_a_stray_answer_label_in_prose_is_no_interview():
    got = quotes("A: The club are in talks with Vardo Rovers about Paulo Mendes.\n\n"
                 "Q: nothing has been agreed.\n\n"
                 "\"I am calm about it,\" Mendes said.")
    assert not _has(got, "The club are in talks")
    assert speaker_of(got, "I am calm about it") == "Paulo Mendes"


# -- live blogs: a timestamp opening an entry is layout, not the entry's first words --------------

def test_a_timestamp_before_the_subject_does_not_hide_him():
    got = quotes("Kessel United want Liam Okafor before the deadline.\n\n"
                 "22:15 Ruud Brandt, speaking to Radio Kessel on his way out of the meeting, sounds calm: "
                 "\"We will see what happens tonight, nothing is finished.\"")
    assert speaker_of(got, "We will see what happens") == "Ruud Brandt"


def test_a_pm_timestamp_and_a_statement_from_a_club():
    got = quotes("Liam Okafor is wanted by two clubs.\n\n"
                 "2.10pm: Kessel boss Ruud Brandt has spoken to the press. \"Liam is not for sale,\" he said.\n\n"
                 "2.45pm - Statement from Vardo Rovers, posted on the club's website: \"Vardo Rovers confirms "
                 "it has made an offer for the player.\"")
    assert speaker_of(got, "Liam is not for sale") == "Ruud Brandt"
    assert speaker_of(got, "Vardo Rovers confirms") == "Vardo Rovers"


def test_words_from_the_man_himself_are_the_players():
    got = quotes("LIVE: Tomasz Wierzba joins Kessel United\n\n"
                 "16:12 His agent Marek Dulla confirms to us: \"The clubs have an agreement on the fee.\"\n\n"
                 "20:05 A few words from the man himself, via Kessel TV as he left the clinic: \"It was not "
                 "easy to say goodbye, but this is my dream.\"")
    assert speaker_of(got, "It was not easy to say goodbye") == "Tomasz Wierzba"


# -- "X, who told reporters:": the one before the relative clause -------------------------------

def test_a_relative_clause_speech_verb_belongs_to_the_name_before_it():
    got = quotes("Kessel coach Ruud Brandt said Liam Okafor would stay until the summer. \"He is our "
                 "player,\" Brandt said.\n\n"
                 "The stance has frustrated Vardo president Anton Lisberg, who told reporters in Vardo: "
                 "'We have made three fair offers and they keep saying no.'")
    assert speaker_of(got, "We have made three fair offers") == "Anton Lisberg"


def test_a_passive_relative_clause_does_not_make_its_subject_a_speaker():
    got = quotes("The 19-year-old, who has been dubbed the \"new Zidane\" by the local press, flew to "
                 "Vardo on Monday. Kessel coach Ruud Brandt said he was sad to see him go.")
    assert all(sp is None for t, sp in got if t.startswith("new Zidane"))


# -- women's football: she/her speakers like he/his -----------------------------------------------

def test_she_and_her_age_description_attribute_like_he():
    got = quotes("Hallstavik IF have agreed a fee with Norrvik FC for midfielder Elsa Brandqvist.\n\n"
                 "The 23-year-old scored nine goals last season. \"I want to test myself in a bigger "
                 "league,\" she said.\n\n"
                 "Hallstavik coach Karin Sundell was delighted. \"We have followed her for two years,\" "
                 "the 48-year-old said.\n\n"
                 "\"She is a leader,\" Sundell added.")
    assert speaker_of(got, "I want to test myself") == "Elsa Brandqvist"
    assert speaker_of(got, "We have followed her") == "Karin Sundell"
    assert speaker_of(got, "She is a leader") == "Karin Sundell"


# -- "answered with a smile:": a speech verb's word after a determiner is a noun ------------------

def test_a_smile_after_a_determiner_is_no_speech_verb():
    got = quotes("\"He wants to go, but he will not force anything,\" his agent Marek Dulla said.\n\n"
                 "Tomasz Wierzba himself has kept a low profile. In an interview with Radio Kessel last "
                 "month, he was asked about England and answered with a smile: \"Every player dreams of "
                 "that. Today I only think about my club.\"")
    assert speaker_of(got, "Every player dreams of that") == "Tomasz Wierzba"


def test_two_name_labels_taking_turns_without_questions_are_no_interview():
    got = quotes("Kessel United and Vardo Rovers both claimed the points on Saturday.\n\n"
                 "Brandt: The referee was poor and we deserved more.\n\n"
                 "Lisberg: We were the better side for an hour.\n\n"
                 "Brandt: Our fans saw the truth.\n\n"
                 "Lisberg: We move on to the cup now.")
    assert not _has(got, "The referee was poor")


def test_questions_labelled_q_and_answers_labelled_with_the_name():
    got = quotes("Rui Tavares coached Paulo Mendes at Vardo Rovers for five years and came to the interview.\n\n"
                 "Q: How are you feeling?\n\nMendes: Good. The legs are fresh and the team is ready.\n\n"
                 "Q: Will you sign the new contract?\n\nMendes: My agent is talking to the club.\n\n"
                 "Q: Anything for the fans?\n\nMendes: Keep singing, we will need them on Saturday.")
    assert ("Good. The legs are fresh and the team is ready.", "Paulo Mendes") in got
    assert speaker_of(got, "Keep singing") == "Paulo Mendes"


def test_the_intro_names_a_coach_as_the_one_interviewed_not_the_player_he_talks_about():
    got = quotes("Liam Okafor is wanted by half the league. We sat down with Kessel boss Ruud Brandt to "
                 "talk about his captain.\n\n"
                 "Q: Is Liam for sale?\n\nA: No. He is our captain and he has two years left.\n\n"
                 "Q: And if a big offer comes?\n\nA: Then the board decides, not me.\n\n"
                 "Q: Are you worried?\n\nA: Not at all.")
    assert speaker_of(got, "No. He is our captain") == "Ruud Brandt"
    assert speaker_of(got, "Then the board decides") == "Ruud Brandt"


def test_bracketed_and_french_style_timestamps_are_layout_too():
    got = quotes("Liam Okafor could leave Kessel United tonight.\n\n"
                 "[18:40] Ruud Brandt, leaving the ground, sounds tired: \"Nothing is decided yet.\"\n\n"
                 "19h05 Anton Lisberg, asked by the waiting press, was brief: \"We are still talking.\"")
    assert speaker_of(got, "Nothing is decided yet") == "Ruud Brandt"
    assert speaker_of(got, "We are still talking") == "Anton Lisberg"


def test_a_writers_own_questions_and_answers_explainer_is_not_an_interview():
    got = quotes("Liam Okafor could leave Kessel United this month. Here is what we know.\n\n"
                 "Q: How much is the release clause?\n\nA: The contract holds a clause of 12 million euros.\n\n"
                 "Q: Which clubs are interested?\n\nA: Vardo Rovers have asked about the defender twice.\n\n"
                 "Q: When does the window close?\n\nA: On February 2 at 11pm.")
    assert not _has(got, "The contract holds a clause")
    assert not _has(got, "Vardo Rovers have asked")
