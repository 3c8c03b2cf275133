"""Classes of quote misses found on unseen article set t, each fixed by a general rule (made-up names)."""
from examples import quotes, speaker_of


# -- a tag after the quote: "X's agent, Name Surname, said" -------------------------------------

def test_a_tag_with_an_owned_job_and_an_appositive_name_is_the_named_person():
    got = quotes(
        "Harwick Town have turned down a bid for defender Jonty Marlowe-Keane.\n\n"
        "Marlowe-Keane is said to be keen on the move.\n\n"
        "'Nobody is angry with anybody,' Marlowe-Keane's agent, Priya Venkataraman-Hall, said. "
        "'He will keep working hard until something changes.'\n")
    assert speaker_of(got, "Nobody is angry") == "Priya Venkataraman-Hall"
    assert speaker_of(got, "He will keep working") == "Priya Venkataraman-Hall"


def test_a_tag_with_his_job_and_an_appositive_name_is_the_named_person():
    got = quotes(
        "Osric Delamere is wanted by three clubs.\n\n"
        "\"He is calm about all of it,\" his agent, Tobias Wren-Farrell, told reporters.\n")
    assert speaker_of(got, "He is calm") == "Tobias Wren-Farrell"


# -- a writer addressing the player: "And to X himself: you said ..., '...'" ---------------------

def test_you_said_in_an_open_address_is_the_person_addressed():
    got = quotes(
        "Dunmore Athletic have had a bid for striker Mattias Oyelaran-Fitch accepted.\n\n"
        "The fans are not happy about it and the forums are on fire.\n\n"
        "And to Oyelaran-Fitch himself, in case you ever read this: you told the local radio in "
        "the summer, \"I am staying here for years, this place is home.\" We believed you.\n")
    assert speaker_of(got, "I am staying here") == "Mattias Oyelaran-Fitch"


# -- a quote inside a quote: "When the coach called me and told me, '...'" ----------------------

def test_a_nested_quote_from_the_coach_is_the_head_coach_named_after_it():
    got = quotes(
        "Calverton have signed winger Arlo Penhaligon-Rust on loan from Brenmoor.\n\n"
        "Brenmoor sporting director Ivo Castellane-Ruiz said the club had wanted a fee.\n\n"
        "Penhaligon-Rust spoke after signing. \"When the coach called me and told me, 'I want you on "
        "my left wing,' I did not have to think twice,\" he said.\n\n"
        "Calverton head coach Benedikt Osterhagen-Lind is expected to start him on Saturday.\n")
    assert speaker_of(got, "I want you on my left wing") == "Benedikt Osterhagen-Lind"
    assert speaker_of(got, "When the coach called me") == "Arlo Penhaligon-Rust"


# -- a quote inside a quote: "Name's always said, '...'" -----------------------------------------

def test_a_nested_quote_after_name_has_always_said_is_that_person():
    got = quotes(
        "Fenwick Rovers want to sign midfielder Cormac Delahunty-Price in January.\n\n"
        "His agent, Saoirse Mulqueen-Hart, insists there is no rush. \"Cormac's always said, "
        "'I'll move when the time is right for me,' and nothing has changed,\" she said.\n")
    assert speaker_of(got, "Cormac's always said") == "Saoirse Mulqueen-Hart"
    assert speaker_of(got, "I'll move when the time is right") == "Cormac Delahunty-Price"
