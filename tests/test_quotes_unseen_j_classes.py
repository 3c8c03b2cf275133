"""Classes of quote misses found on unseen article set j, each fixed by a general rule (made-up names)."""
from examples import quotes, speaker_of


def test_a_club_and_a_two_word_job_before_the_name_in_a_tag():
    got = quotes(body="Kessel have signed Jorik Vanderhoef.\n\n"
                      "\"He is a striker who attacks the box,\" Kessel sporting director Radovan Mrkić said. "
                      "\"We followed him for a long time.\"")
    assert speaker_of(got, "He is a striker") == "Radovan Mrkić"
    assert speaker_of(got, "We followed him") == "Radovan Mrkić"


def test_a_concessive_clause_after_a_quote_is_not_its_tag():
    got = quotes(body="Genoa striker Tobi Okoye-Ramos is wanted by Lecce. Lecce director Paolo Corvetti "
                      "told Sky: \"We believe in the player.\"\n\n"
                      "The striker himself told team-mates he would \"respect whatever the club decides\", "
                      "though his representatives are said to be keen on a move.")
    assert speaker_of(got, "respect whatever") == "Tobi Okoye-Ramos"


def test_said_to_be_is_a_report_not_a_tag():
    got = quotes(body="Lecce director Paolo Corvetti spoke first. \"We are calm,\" Corvetti said.\n\n"
                      "Winger Tobi Okoye-Ramos wants \"a fresh start\", his agents are said to be keen.")
    assert speaker_of(got, "a fresh start") != "Paolo Corvetti"


def test_a_nested_quote_after_many_times_is_the_third_party():
    got = quotes(body="Brede defender Mikkel Thorvaldsen-Bo is wanted by Watford.\n\n"
                      "His agent, Emre Yilmaz-Kaya, was upbeat. \"He is ambitious,\" he said. "
                      "\"He has said to me many times, 'I want to play in England one day.' "
                      "Watford are a serious club.\"")
    assert speaker_of(got, "I want to play in England") == "Mikkel Thorvaldsen-Bo"
    assert speaker_of(got, "He has said to me") == "Emre Yilmaz-Kaya"
