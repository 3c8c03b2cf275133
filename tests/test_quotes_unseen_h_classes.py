"""Classes of quote misses found on unseen article set h, each fixed by a general rule (made-up names)."""
from examples import quotes, speaker_of


def test_a_plural_possessive_inside_single_quotes_does_not_end_the_quote():
    got = quotes(page_names=True, body="Aberdeen have bid for Hearts captain Lewis Kerrigan.\n\n"
                                       "Aberdeen head coach Sigurður Einarsson-Bell was coy when asked about the midfielder on Friday.\n\n"
                                       "'I don't speak about other clubs' players,' the Icelander said. "
                                       "'Beyond that, you will have to ask the director.'")
    assert speaker_of(got, "I don't speak") == "Sigurður Einarsson-Bell"
    assert speaker_of(got, "Beyond that") == "Sigurður Einarsson-Bell"


def test_a_nested_quote_is_said_by_the_player_named_by_a_familiar_form():
    got = quotes(page_names=True, body="Fiorentina have signed goalkeeper Ondrej Vlček-Jansa from Viktoria Plzeň.\n\n"
                                       "Plzeň sporting director Pavel Holec-Brabec said the club had accepted the offer.\n\n"
                                       "\"Ondra came into my office and said, 'Mr Holec, I am 27, if I don't go now, I never go,'\" "
                                       "Holec-Brabec told reporters.")
    assert speaker_of(got, "Mr Holec, I am 27") == "Ondrej Vlček-Jansa"
