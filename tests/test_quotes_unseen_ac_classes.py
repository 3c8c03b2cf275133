"""Classes of quote misses found on unseen article sets ab and ac, each fixed by a general rule (made-up names)."""
from examples import quotes, speaker_of


# -- "The president of X, Name, speaking to Y, closed the door." then a paragraph of quote -------

def test_name_in_apposition_after_a_role_of_a_club_introduces_the_next_paragraph():
    got = quotes(
        "Dunmore want Harwick Town striker Osian Brackley-Moor.\n\n"
        "The president of Harwick Town, Rufus Delacourt-Yeo, speaking to Radio Kelso on Monday "
        "evening, closed the door.\n\n"
        "\u201cOsian is a child of this club. He will not leave for a few euros in January.\u201d\n")
    assert speaker_of(got, "Osian is a child of this club") == "Rufus Delacourt-Yeo"


# -- "That advisor, X, was slightly more forthcoming. '...'": how he spoke introduces his words ---

def test_was_more_forthcoming_introduces_the_quote_after_it():
    got = quotes(
        "Harwick Town striker Osian Brackley-Moor kept quiet. \"I have nothing to say,\" he told "
        "reporters.\n\n"
        "His agent, Casimir Alderete-Voss, was slightly more forthcoming. \"Two clubs have made "
        "approaches and we will decide calmly before pre-season.\"\n")
    assert speaker_of(got, "Two clubs have made approaches") == "Casimir Alderete-Voss"


# -- "Y countered that coach X had pushed. 'X has ...,' he said": the quote names X, so Y spoke ---

def test_he_said_after_a_quote_naming_the_reported_person_is_the_paragraph_subject():
    got = quotes(
        "On the podcast, host Lorcan Pyke-Daly and reporter Wenna Trevorrow discussed the move.\n\n"
        "\"I think it is done,\" Pyke-Daly said.\n\n"
        "\"I am less sure,\" Trevorrow replied.\n\n"
        "Pyke-Daly countered that Dunmore coach Casimir Alderete-Voss had pushed hard for the "
        "signing. \"Alderete-Voss has been in the job six months and this is the first player he "
        "has asked for,\" he said.\n")
    assert speaker_of(got, "Alderete-Voss has been in the job") == "Lorcan Pyke-Daly"


# -- "'X has received no offer,' read a club statement": the club the statement names ----------

def test_read_a_club_statement_after_the_quote_is_the_club_it_names():
    got = quotes(
        "Dunmore are said to want Harwick Town forward Osian Brackley-Moor.\n\n"
        "Kelso Rovers want a goalkeeper. \"We are not selling,\" Kelso Rovers said.\n\n"
        "A move would be unpopular with Harwick Town's supporters, and the club moved quickly. "
        "'Harwick Town has received no offer for any of its players,' read a club statement "
        "released on Tuesday.\n")
    assert speaker_of(got, "Harwick Town has received no offer") == "Harwick Town"


# -- "our new number 4 said:": a club's release quoting the player it signed -----------------------

def test_our_new_number_in_a_club_release_is_the_signed_player():
    got = quotes(
        "Harwick Town is delighted to announce the signing of defender Osian Brackley-Moor from "
        "Dunmore.\n\n"
        "Speaking after signing, our new number 5 said: \u201cI am very proud to be part of this "
        "club. My father took me to every game.\n\n"
        "\u201cI want to thank everyone at Dunmore.\u201d\n")
    assert speaker_of(got, "I am very proud to be part of this club") == "Osian Brackley-Moor"
    assert speaker_of(got, "I want to thank everyone at Dunmore") == "Osian Brackley-Moor"


# -- "was rejected by the X management as '...'": the passive's agent said it -------------------

def test_rejected_by_a_club_management_as_is_the_clubs_word():
    got = quotes(
        "Dunmore have made a second offer for Harwick Town winger Osian Brackley-Moor.\n\n"
        "Sources said Dunmore's first proposal was rejected by the Harwick Town management as "
        "\"nowhere near the player's value\".\n")
    assert speaker_of(got, "nowhere near the player's value") == "Harwick Town"


# -- "their president has told people, '...'": a role named later as "The president in question, X" --

def test_inner_quote_of_a_president_named_in_the_next_paragraph():
    got = quotes(
        "On the podcast, reporter Wenna Trevorrow discussed Osian Brackley-Moor.\n\n"
        "\"Harwick Town don't need to sell, and their president has told people, 'Osian stays until "
        "the summer, full stop.' That's not a club in a rush,\" Trevorrow said.\n\n"
        "The president in question, Rufus Delacourt-Yeo, has not spoken publicly since the autumn.\n")
    assert speaker_of(got, "Osian stays until the summer") == "Rufus Delacourt-Yeo"
    assert speaker_of(got, "Harwick Town don't need to sell") == "Wenna Trevorrow"
