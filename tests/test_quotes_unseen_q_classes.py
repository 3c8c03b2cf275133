"""Classes of quote misses found on unseen article set q, each fixed by a general rule (made-up names)."""
from examples import quotes, speaker_of


def test_a_named_person_who_was_pleased_introduces_the_quote_paragraph_after_him():
    got = quotes("Fenwick Athletic have signed Tomas Brela from Vardo Rovers.\n\n"
                 "\"I have wanted this move for a long time,\" the Slovak said. \"It is the right club.\"\n\n"
                 "Fenwick boss Marlon Tusk, who watched the midfielder four times, was equally delighted.\n\n"
                 "\"We have followed Tomas for two seasons and it took patience from everybody.\"")
    assert speaker_of(got, "We have followed Tomas") == "Marlon Tusk"


def test_a_nationality_tag_does_not_mean_the_player_the_quote_talks_about():
    got = quotes("Tomas Brela's move to Fenwick Athletic collapsed on deadline day. The Slovakia international "
                 "had already travelled for a medical.\n\n"
                 "His agent, Marek Dulla, said the player was \"heartbroken\".\n\n"
                 "\"He was in the car with his boots packed,\" the Slovak told Radio Zilina. \"Tomas will "
                 "stay professional because that is the kind of person he is.\"")
    assert speaker_of(got, "He was in the car") == "Marek Dulla"
