"""Classes of quote misses found on unseen article sets ap and aq, each fixed by a general rule (made-up names)."""
from examples import quotes, speaker_of


# -- translated Scandinavian press: a dash opens the quote, ", says X." ends it ------------------

_NORDIC = (
    "Varberg IK have made a bid for Skjolden FF striker Nils Bergvik-Holm.\n\n"
    "\u2013 We have made an offer, everyone knows that. Nils is a player we like a lot, "
    "Varberg's sports director Henrik Lindqvist tells Sporten.\n\n"
    "But at Skjolden, the answer is no.\n\n"
    "\u2013 He is not for sale. Not in the middle of the season. If they want him, they know the price, "
    "says Skjolden head coach Anders Tollefsen.\n\n"
    "Lindqvist does not deny it.\n\n"
    "\u2013 This is not over. Let's leave it there.\n")


def test_a_dash_quote_ending_with_a_comma_tag_with_the_verb_first_belongs_to_the_tag():
    got = quotes(_NORDIC)
    assert speaker_of(got, "He is not for sale") == "Anders Tollefsen"
    assert not any("says Skjolden" in t for t, _ in got)


def test_a_dash_quote_ending_with_a_comma_tag_with_the_verb_last_belongs_to_the_tag():
    got = quotes(_NORDIC)
    assert speaker_of(got, "We have made an offer") == "Henrik Lindqvist"
    assert not any("tells Sporten" in t for t, _ in got)


def test_someone_who_does_not_deny_it_says_the_quote_paragraph_after():
    got = quotes(_NORDIC)
    assert speaker_of(got, "This is not over") == "Henrik Lindqvist"


def test_a_dash_paragraph_of_prose_with_a_comma_and_no_speech_verb_is_no_quote():
    got = quotes("Kessel beat Dunmore on Saturday.\n\n"
                 "\u2013 Fee: 2 million euros, rising with add-ons over four years.\n")
    assert got == []


# -- "X made it clear that ...": a paragraph that introduces the quote paragraph after it ----------

def test_someone_who_made_it_clear_says_the_quote_paragraph_after():
    got = quotes("Harwick want the Dunmore defender Ivo Marsh.\n\n"
                 "Ray Tolland, the club president, was blunt. \"Ivo stays,\" Tolland said.\n\n"
                 "The defender's agent, Marta Puig de Vall, made it clear that the offer had changed things.\n\n"
                 "\"My client has an offer that changes his life. He works two jobs today.\"\n")
    assert speaker_of(got, "My client has an offer") == "Marta Puig de Vall"


# -- "the Trendyol 1. Lig": an ordinal's full stop before a league word ends no sentence -----------

def test_an_ordinal_league_does_not_cut_the_lead_in_from_its_subject():
    got = quotes("Kessel want the Dunmore winger Emre Sarıbaş.\n\n"
                 "Sarıbaş, who scored seven goals in the 1. Lig last season, is reported to have told "
                 "friends: \"I want to play for a club that fights for the Süper Lig. Kessel believe in me.\"\n")
    assert speaker_of(got, "I want to play for a club") == "Emre Sarıbaş"


# -- "SOA's general secretary, Commandant X, told": a club office and a title before the name ------

def test_a_general_secretary_in_apposition_with_a_title_is_the_speaker():
    got = quotes("Dunmore pulled out of the deal for Ivo Marsh.\n\n"
                 "\u201cWe made an offer in good faith,\u201d Dunmore's general secretary, "
                 "Commandant Idris Falade-Kone, told Radio Kessel. \u201cWe have moved on.\u201d\n",
                 page_names=True)
    assert speaker_of(got, "We made an offer in good faith") in ("Idris Falade-Kone",
                                                                  "Commandant Idris Falade-Kone")


# -- "St Mary's' president, X, told": the possessive of a club name ending in 's ----------------------

def test_the_office_of_a_club_whose_name_ends_in_s_is_no_speaker():
    got = quotes("Harwick's move for Tom Elver collapsed on Monday.\n\n"
                 "\"We wanted Tom to play every week, not to sit on a bench,\" St Mary's' president, "
                 "Conor Delacey-Hart, told the Harwick Echo. \"That was the condition.\"\n")
    assert speaker_of(got, "We wanted Tom to play") == "Conor Delacey-Hart"


# -- "the player's agent told": the agent speaks, never the player who owns him -------------------

def test_an_unnamed_agent_of_the_player_is_not_the_player():
    got = quotes("Kessel want the Dunmore defender Ivo Marsh.\n\n"
                 "\"It is done,\" the player's agent told Radio Nord.\n")
    assert speaker_of(got, "It is done") != "Ivo Marsh"


def test_the_agent_named_earlier_in_the_paragraph_is_still_found():
    got = quotes("Kessel want Ivo Marsh. His agent, Paul Verne, spoke on Monday. "
                 "\"It is done,\" the player's agent told Radio Nord.\n")
    assert speaker_of(got, "It is done") == "Paul Verne"


# -- 'Francisco "Paco" Ruiz': a nickname in quote marks inside a person's name --------------------

def test_a_nickname_between_first_name_and_surname_is_no_quote():
    got = quotes("His agent, Tomás \"Tomi\" Ferreira Luz, said two clubs had called. "
                 "\"Kessel called in May,\" he said.\n")
    assert not any(t == "Tomi" for t, _ in got)
    assert speaker_of(got, "Kessel called in May") is not None
