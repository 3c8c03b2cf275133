"""Classes of quote misses found on unseen article set x, each fixed by a general rule (made-up names)."""
from examples import quotes, speaker_of


# -- an open letter quoted paragraph by paragraph: its writer's words, its salutation no quote ---

LETTER = (
    "Dunmore Athletic chairman Colin Varga-Reyes has written an open letter to supporters about "
    "the sale of winger Tobias Mennell to Rexford City.\n\n"
    "The letter, published on the club website, is printed here in full.\n\n"
    "\"Dear supporters of Dunmore Athletic,\n\n"
    "\"I understand that many of you are upset about this decision.\n\n"
    "\"We could not turn down an offer of this size for the club.\"\n\n"
    "Rexford City manager Ian Pollock-Grey was delighted. \"He is a fine player,\" he said.\n")


def test_an_open_letter_quoted_at_length_is_its_writers():
    got = quotes(LETTER)
    assert speaker_of(got, "I understand that many of you") == "Colin Varga-Reyes"
    assert speaker_of(got, "We could not turn down") == "Colin Varga-Reyes"
    assert speaker_of(got, "He is a fine player") == "Ian Pollock-Grey"


def test_a_letters_salutation_is_not_a_quote():
    got = quotes(LETTER)
    assert not any(t.startswith("Dear supporters") for t, _ in got)


def test_writer_wrote_colon_then_salutation_then_letter():
    got = quotes(
        "Dunmore Athletic have sold winger Tobias Mennell.\n\n"
        "In a letter to supporters, chairman Colin Varga-Reyes wrote:\n\n"
        "\"Dear friends,\n\n"
        "\"I understand that many of you are upset about this decision.\n\n"
        "\"We could not turn down an offer of this size.\"\n")
    assert speaker_of(got, "I understand that many") == "Colin Varga-Reyes"
    assert speaker_of(got, "We could not turn down") == "Colin Varga-Reyes"


# -- "X issued a brief statement. '...,' the statement read.": the issuer's words --------------

def test_a_statement_a_named_person_issued_is_hers():
    got = quotes(
        "Dunmore president Hanna Velt-Morrow, who seldom comments on players, issued a short "
        "statement on Monday. \"Dunmore Athletic will not sell another player this month,\" the "
        "statement read.\n")
    assert speaker_of(got, "Dunmore Athletic will not sell") == "Hanna Velt-Morrow"


def test_a_club_statement_stays_the_clubs():
    got = quotes(
        "Dunmore Athletic have sold winger Tobias Mennell.\n\n"
        "\"Dunmore Athletic thanks Tobias for his service,\" a club statement read.\n")
    assert speaker_of(got, "Dunmore Athletic thanks") != "Tobias Mennell"


# -- live page: "X to <broadcaster>: '...'" is X's; "And the player himself: '...'" -----------

def test_name_to_broadcaster_colon_is_the_name():
    got = quotes(
        "Korona president Piotr Lasek-Orzel said the club would wait.\n\n"
        "18:15 – Lasek-Orzel to Radio Vantor Sport: 'We are close to a deal.'\n")
    assert speaker_of(got, "We are close") == "Piotr Lasek-Orzel"


def test_and_the_player_himself_colon_is_the_storys_player():
    got = quotes(
        "Dunmore Athletic have sold winger Tobias Mennell to Rexford City.\n\n"
        "Rexford City manager Ian Pollock-Grey: 'Welcome, Tobias.'\n\n"
        "And the player himself: 'I am ready for the next step in my career.'\n")
    assert speaker_of(got, "I am ready for the next step") == "Tobias Mennell"


# -- "Chairman X, who <a long relative clause>, insisted the club would not be 'bullied'." -----

def test_a_long_relative_clause_keeps_the_name_before_it():
    got = quotes(
        "Rovers chairman Alistair Dunwoody-Pyle, who has faced criticism from supporters' groups "
        "over the sale of several key players in recent windows, insisted the club would not be "
        "'bullied'.\n\n"
        "'We are not in the business of selling our best players,' he said.\n")
    assert speaker_of(got, "We are not in the business") == "Alistair Dunwoody-Pyle"


def test_here_is_his_letter_in_full_is_the_writers():
    got = quotes(
        "Dunmore Athletic chairman Colin Varga-Reyes wrote to supporters on Friday after the sale "
        "of Tobias Mennell.\n\n"
        "Here is his letter in full:\n\n"
        "\"Dear fans,\n\n"
        "\"I understand that many of you are upset about this decision.\n\n"
        "\"We could not turn down an offer of this size.\"\n")
    assert speaker_of(got, "I understand that many") == "Colin Varga-Reyes"
    assert not any(t.startswith("Dear fans") for t, _ in got)
