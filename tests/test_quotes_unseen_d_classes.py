"""Classes of quote misses found on an unseen article set, each fixed by a general rule (made-up names)."""
from examples import quotes


def test_a_quote_the_writers_sentence_goes_on_after_is_not_tagged_by_what_follows():
    got = quotes("Porto want to keep winger Rui Matos. The player's father and agent, Jorge Matos, is "
                 "frustrated. He is said to have told Porto officials that his son \"wants to leave now\" and "
                 "that the club had promised to let him go last season.")
    assert ("wants to leave now", "Jorge Matos") in got


def test_the_second_verb_of_the_subject_after_and_has_reportedly():
    got = quotes("Speaking of Valencia, they are keen on Real Betis winger Pablo Marin Ortega. The Spaniard scored "
                 "twice last term and has reportedly told friends he \"would love\" to return home.")
    assert ("would love", "Pablo Marin Ortega") in got


def test_a_few_words_printed_again_inside_a_full_quote_are_an_echo():
    got = quotes("Jens Holm has dropped a hint, telling Danish TV he has \"always dreamed\" of Spain.\n\n"
                 "\"I have always dreamed of playing in Spain, it is special,\" the 22-year-old said.")
    texts = [t for t, _ in got]
    assert "always dreamed" not in texts
    assert any(t.startswith("I have always dreamed") for t in texts)


def test_a_source_close_to_the_player_is_not_the_player():
    got = quotes("Rangers want striker Tavares. The striker is keen on the move. One source close to the player "
                 "said he had \"already packed his bags\".")
    assert ("already packed his bags", None) in got
