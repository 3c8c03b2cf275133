"""Classes of quote misses found on unseen article set o, each fixed by a general rule (made-up names)."""
from examples import quotes, speaker_of


def test_he_said_after_a_paragraph_opened_by_a_nationality_description_is_that_man():
    got = quotes("Fenwick Athletic are in talks over a move for midfielder Tomas Brela-Okafor.\n\n"
                 "The Ghanaian himself made his preference clear in an interview with a radio station last week.\n\n"
                 "\"Fenwick is a big club and they play the way I like,\" he said. \"My agent is talking "
                 "with them.\"")
    assert speaker_of(got, "Fenwick is a big club") == "Tomas Brela-Okafor"


def test_a_sentence_saying_someone_was_reached_by_an_outlet_introduces_his_quote():
    got = quotes("The transfer of Tomas Brela to Fenwick Athletic is off.\n\n"
                 "His agent, Marco Dulli-Vance, did not hide his frustration when reached by Radio Norte. "
                 "\"My client did everything right. He said yes a long time ago and he was patient.\"")
    assert speaker_of(got, "My client did everything right") == "Marco Dulli-Vance"


def test_the_object_of_a_reported_verb_is_not_who_said_the_phrase_after_it():
    got = quotes("Fenwick Athletic have sold Tomas Brela. A Fenwick spokesperson said the club had accepted "
                 "because it was \"the right solution for everyone\" and wished the striker \"all the best "
                 "abroad\".", page_names=True)
    assert speaker_of(got, "all the best abroad") != "Tomas Brela"


def test_someone_who_addressed_the_situation_says_the_quote_paragraph_after():
    got = quotes("Fenwick Athletic want Tomas Brela.\n\n"
                 "Vardo Rovers head coach Marco Dulli addressed the situation at the training camp on Tuesday.\n\n"
                 "\"Nothing is decided yet. Tomas has been very professional the whole time.\"")
    assert speaker_of(got, "Nothing is decided yet") == "Marco Dulli"


def test_a_first_name_that_is_also_an_english_word_still_names_the_speaker():
    got = quotes("Fenwick Athletic want Tomas Brela.\n\n"
                 "Vardo Rovers head coach Even Dullisen spoke at the training camp on Tuesday.\n\n"
                 "\"Nothing is decided yet. Tomas has been very professional the whole time.\"")
    assert speaker_of(got, "Nothing is decided yet") == "Even Dullisen"


def test_a_saints_abbreviation_in_the_club_before_a_job_does_not_end_the_tag():
    got = quotes("Tomas Brela has joined FC St. Vardo.\n\n"
                 "\"Tomas is a striker who works for the team,\" St. Vardo sporting director Marco Dulli told "
                 "the Daily Record. \"We followed him for a year.\"")
    assert speaker_of(got, "Tomas is a striker") == "Marco Dulli"


def test_an_older_age_description_means_the_agent_named_in_apposition_before():
    got = quotes("Vardo Rovers want goalkeeper Tomas Brela. Rovers head coach Piet Vance said nothing.\n\n"
                 "The goalkeeper's agent, the Belgian Marco Dulli-Hendricks, confirmed there had been interest.\n\n"
                 "\"There is interest from Germany, that I can confirm,\" the 44-year-old said.")
    assert speaker_of(got, "There is interest from Germany") == "Marco Dulli-Hendricks"
