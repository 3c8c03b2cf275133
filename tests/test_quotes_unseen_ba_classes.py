"""Classes of quote misses found on unseen article sets az and ba, each fixed by a general rule
(made-up names)."""
from examples import quotes, speaker_of


# -- a statement the prose introduces as one, naming its club as its subject ----------------------

def test_a_short_statement_after_a_colon_is_the_club_it_names_not_the_last_speaker():
    got = quotes(
        "Kessel United have made an offer for Harwick Town winger Osian Brackley.\n\n"
        "'We want to move quickly,' said the player's agent, Marta Quillfeather. 'He is ready.'\n\n"
        "The Lanterns confirmed the approach in a short statement on Monday: 'Harwick Town FC confirms "
        "it has received an official offer for Osian Brackley. The club will only consider proposals "
        "that reflect his value.'\n")
    assert speaker_of(got, "Harwick Town FC confirms") == "Harwick Town"


def test_a_club_statement_whose_club_is_the_subject_later_in_its_first_sentence():
    got = quotes(
        "Winger Osian Brackley's move from Harwick Town to Kessel United has collapsed.\n\n"
        "'I passed every test,' said Brackley. 'My knee is fine.'\n\n"
        "Kessel's statement was brief. 'After the results of the medical examination, Kessel United "
        "have decided not to complete the transfer. We wish the player well.'\n")
    assert speaker_of(got, "After the results of the medical") == "Kessel United"


def test_a_statement_in_a_persons_name_stays_his():
    got = quotes(
        "Winger Osian Penwarden has left Harwick Town.\n\n"
        "Penwarden said in a statement: 'Harwick Town FC has been my home for ten years and I thank "
        "everyone there.'\n")
    assert speaker_of(got, "Harwick Town FC has been my home") == "Osian Penwarden"


def test_a_statement_quoted_inside_a_clause_is_left_to_the_usual_rules():
    got = quotes(
        "Winger Osian Brackley wants to leave Harwick Town for Kessel United.\n\n"
        "A Harwick statement on Tuesday said the club \"will not negotiate through the media\".\n")
    assert speaker_of(got, "will not negotiate") is not None


# -- "They said, 'We need him back'": a club speaking as "we" inside someone's quote ---------------

def test_they_who_speak_as_we_inside_a_quote_are_the_club_named_before():
    got = quotes(
        "Defender Tobias Wendling has been recalled from his loan at Harwick Town by Kessel United.\n\n"
        "\"Nobody at Kessel had the courtesy to warn us,\" Harwick coach Ruben Ostergaard said. "
        "\"They said, 'We need Tobias back for the squad,' and a week later he was sold.\"\n")
    assert speaker_of(got, "We need Tobias back") == "Kessel United"


def test_they_without_a_club_voice_inside_a_quote_is_nobody_new():
    got = quotes(
        "Defender Tobias Wendling has been recalled from his loan at Harwick Town by Kessel United.\n\n"
        "\"The fans were angry,\" Harwick coach Ruben Ostergaard said. "
        "\"They said, 'Tobias should stay,' and I agreed with them.\"\n")
    assert all(not t.startswith("Tobias should stay") for t, _ in got)


# -- "the agent" in a paragraph about the agent, while a relative of his surname was named before --

def test_the_agent_is_the_paragraphs_subject_not_his_father_of_the_same_surname():
    got = quotes(
        "Kessel United have bid for Harwick Town midfielder Milo Dassenbrook.\n\n"
        "Dassenbrook is represented by his older brother, Jonas Dassenbrook, a registered agent, while "
        "his father, Henk Dassenbrook, played for Harwick for a decade.\n\n"
        "Jonas Dassenbrook made no secret of his brother's wishes. 'Milo wants to play every week,' "
        "the agent told Radio Noord.\n\n"
        "Their father disagrees. 'There is no hurry,' Henk Dassenbrook said.\n")
    assert speaker_of(got, "Milo wants to play") == "Jonas Dassenbrook"
    assert speaker_of(got, "There is no hurry") == "Henk Dassenbrook"


# -- a surname printed with a doubled letter where the full name has one -------------------------

def test_a_surname_spelt_with_a_doubled_letter_is_the_person_named_in_full():
    got = quotes(
        "Kessel United want Harwick Town winger Milo Dassenbrook.\n\n"
        "Kessel's president, Stavros Kalogeropoulos, travelled to Harwick on Tuesday.\n\n"
        "\"We want Milo because he can change a game,\" Kalogeropoullos told Radio Noord.\n", page_names=True)
    assert speaker_of(got, "We want Milo") == "Stavros Kalogeropoulos"


# -- "X welcomed the new arrival. '...'": a named person greeting the news introduces his words ----

def test_a_sentence_where_a_named_coach_welcomes_the_signing_introduces_his_quote():
    got = quotes(
        "Kessel United have signed left-back Milo Dassenbrook from Harwick Town.\n\n"
        "Kessel sporting director Anna Ferrant said the club had followed him for two seasons. "
        "'Milo is modern and fast,' she said. 'Our coach asked for him in May.'\n\n"
        "Her side's coach, Ruben Ostergaard, welcomed the new arrival. 'When I spoke to Milo the first "
        "time, he asked me about minutes. I told him: if you work, you will play.'\n")
    assert speaker_of(got, "When I spoke to Milo") == "Ruben Ostergaard"


# -- "When I told the president, he looked at me and said, '...'": the job the sentence names -------

def test_he_after_a_job_named_earlier_in_the_sentence_is_the_person_with_that_job():
    got = quotes(
        "Winger Milo Dassenbrook has left Harwick Town for Kessel United.\n\n"
        "\"It was the hardest decision of my life,\" the winger told Radio Noord. \"When I told the "
        "president, he looked at me and said, 'Milo, the door here is always open,' and I believe him.\"\n\n"
        "Harwick president Anna Ferrant was less sentimental in a statement.\n")
    assert speaker_of(got, "Milo, the door here") == "Anna Ferrant"
    assert speaker_of(got, "When I told the president") == "Milo Dassenbrook"


# -- "He used to tell us, '...'": the subject of "used to" speaks the inner quote -------------------

def test_he_used_to_tell_us_is_the_man_named_before_in_the_quote():
    got = quotes(
        "Winger Milo Dassenbrook has joined Kessel United from Harwick Town.\n\n"
        "His former youth coach Bert Hollis said he was proud.\n\n"
        "Dassenbrook laughed when told of the remarks.\n\n"
        "'Bert was my first youth coach, so he is hardly going to say anything else. He used to tell "
        "us, \"Play with your head up or don't play at all,\" and I still hear it.'\n")
    assert speaker_of(got, "Play with your head up") == "Bert Hollis"


# -- "X told Y that ... a decision was expected '...'": a passive inside what X told ---------------

def test_a_partial_quote_after_a_passive_in_a_told_that_clause_is_the_teller():
    got = quotes(
        "Kessel United want Harwick Town striker Milo Dassenbrook.\n\n"
        "His agent, Jonas Quillfeather, told Radio Noord that two other clubs had asked about the "
        "player, but that a decision was expected 'within the next fortnight' and that Kessel led the race.\n")
    assert speaker_of(got, "within the next fortnight") == "Jonas Quillfeather"


# -- "..., and X officials joked that '...'": a club's officials after a conjunction -------------

def test_club_officials_after_and_in_a_long_sentence_are_the_club():
    got = quotes(
        "Kessel United want Harwick Town striker Milo Dassenbrook.\n\n"
        "There is no shortage of Dassenbrooks around the talks. The player's agent, Jonas Dassenbrook, "
        "and Kessel's director, Henk Dassenbrook, share his surname, although neither man is related "
        "to him, and Harwick officials joked this week that the paperwork \"will need a very careful "
        "reader\".\n")
    assert speaker_of(got, "will need a very careful reader") == "Harwick Town"
