"""Classes of quote misses found on unseen article set p, each fixed by a general rule (made-up names)."""
from examples import quotes, speaker_of


def test_a_long_capitalised_job_title_with_an_ampersand_before_the_name_is_a_persons():
    got = quotes("Blackburn Rovers have signed Tomas Brela.\n\n"
                 "\"Tomas is a dynamic midfielder who fits the way we want to play,\" said Rovers President & "
                 "General Manager Marlon Tusk.")
    assert speaker_of(got, "Tomas is a dynamic midfielder") == "Marlon Tusk"


def test_a_title_ending_in_an_of_phrase_before_the_name_is_a_persons():
    got = quotes("Blackburn Rovers have signed Tomas Brela.\n\n"
                 "\"He can break lines,\" said Rovers General Manager & President of Soccer Operations "
                 "Marlon Tusk.")
    assert speaker_of(got, "He can break lines") == "Marlon Tusk"


def test_a_capitalised_head_coach_title_after_the_club_gives_the_quote_to_the_coach():
    got = quotes("Blackburn Rovers have signed Tomas Brela.\n\n"
                 "\"He makes everyone around him better,\" said Rovers Head Coach Devon Okoro.")
    assert speaker_of(got, "He makes everyone around him better") == "Devon Okoro"


def test_a_club_statement_belongs_to_the_club_the_paragraph_is_about():
    got = quotes("Fenwick Athletic have agreed a fee with Vardo Rovers for Tomas Brela.\n\n"
                 "It is a blow for Vardo Rovers, who have already lost two regulars this summer. A club "
                 "spokesperson said: \"We can confirm that we have accepted an offer from Fenwick Athletic "
                 "for Tomas. Everyone here wishes him well.\"")
    assert speaker_of(got, "We can confirm that we have accepted") == "Vardo Rovers"


def test_an_agent_named_in_apposition_after_a_nationality_says_the_colon_quote():
    got = quotes("Fenwick Athletic have given up on Tomas Brela.\n\n"
                 "\"He stays with us,\" said Vardo Rovers president Marco Dulli.\n\n"
                 "The player's agent, the Paraguayan Ramon Okoro-Vance, was brief: \"Tomas is calm. He is "
                 "training, he is happy.\"")
    assert speaker_of(got, "Tomas is calm") == "Ramon Okoro-Vance"


def test_a_bracketed_translation_right_after_a_quote_is_not_a_second_quote():
    got = quotes("Tomas Brela, who last week posted a photo with the message 'Vamos con todo' "
                 "('We go all in'), trained normally on Tuesday.")
    texts = [t for t, _ in got]
    assert any("Vamos con todo" in t for t in texts)
    assert not any("We go all in" in t for t in texts)
