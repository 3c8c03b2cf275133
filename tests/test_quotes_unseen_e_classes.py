"""Classes of quote misses found on unseen article set e, each fixed by a general rule (made-up names)."""
from examples import quotes, speaker_of


def test_a_quote_over_two_paragraphs_belongs_to_the_tag_of_its_last_paragraph():
    got = quotes("Leeds want winger Davi Moreira. His agent, Paolo Scarpetta, flew to London last month.\n\n"
                 "\"Davi has always dreamed of England. He watched it as a kid.\n\n"
                 "\"But he respects his club, and we will find the right solution,\" said Scarpetta.")
    assert speaker_of(got, "Davi has always dreamed") == "Paolo Scarpetta"
    assert speaker_of(got, "But he respects") == "Paolo Scarpetta"


def test_a_manager_over_two_paragraphs_is_not_the_club_of_the_statement_before():
    got = quotes("Hull City have rejected a bid for Kofi Amankwah. A Hull City spokesperson said: \"The club "
                 "has rejected the offer.\"\n\n"
                 "Hull manager Gary Pollitt was in a defiant mood on Monday.\n\n"
                 "\"I've spoken to Kofi and his family. He's a local lad.\n\n"
                 "\"We need our best players. It's not happening,\" Pollitt said.")
    assert speaker_of(got, "I've spoken to Kofi") == "Gary Pollitt"
    assert speaker_of(got, "We need our best players") == "Gary Pollitt"


def test_he_told_me_inside_the_players_quote_is_the_coach_named_before():
    got = quotes("Sevilla coach Tomas Aranguren is understood to have phoned the defender himself.\n\n"
                 "\"He told me, 'I want you to lead this defence,' and that is rare,\" Noah Brevard told "
                 "L'Equipe.")
    assert ("I want you to lead this defence,", "Tomas Aranguren") in got or \
        ("I want you to lead this defence", "Tomas Aranguren") in got


def test_a_dutch_t_is_not_a_quote_mark():
    got = quotes("Ajax winger Bram van 't Riet is wanted. \"It is serious,\" said Van 't Riet.")
    assert [t for t, _ in got] == ["It is serious"]
