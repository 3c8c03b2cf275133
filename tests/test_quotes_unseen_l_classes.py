"""Classes of quote misses found on unseen article set l, each fixed by a general rule (made-up names)."""
from examples import quotes, speaker_of


def test_a_job_title_with_no_article_between_said_and_the_name():
    got = quotes("Everton have signed right-back Joel Pitanga-Reis.\n\n"
                 "\"Joel is someone we have followed for two years,\" said sporting director Rodrigo Meneses "
                 "Prado. \"He brings pace on the flank.\"")
    assert speaker_of(got, "Joel is someone") == "Rodrigo Meneses Prado"
    assert speaker_of(got, "He brings pace") == "Rodrigo Meneses Prado"


def test_said_head_coach_and_a_name():
    got = quotes("Everton want Joel Pitanga-Reis. \"He is a fine player,\" said head coach Callum Brennock.")
    assert speaker_of(got, "He is a fine player") == "Callum Brennock"


def test_a_paragraph_that_says_someone_explained_introduces_the_quote_paragraph_after_it():
    got = quotes("Crawley Town have signed goalkeeper Ciaran Mulvey from Derry City.\n\n"
                 "In a statement, Derry City said: \"We thank Ciaran for his service to the club.\"\n\n"
                 "Crawley manager Owen Tredinnick explained why the club had acted before the deadline.\n\n"
                 "\"We have watched him for two seasons. He is calm and he organises his defence.\"")
    assert speaker_of(got, "We have watched him") == "Owen Tredinnick"


def test_a_described_player_who_explained_his_choice_speaks_in_the_next_paragraph():
    got = quotes("Everton have confirmed the signing of Brazilian right-back Joel Pitanga-Reis.\n\n"
                 "\"Joel is someone we have followed for two years,\" said director Rodrigo Meneses Prado.\n\n"
                 "The right-back explained his choice to a local radio station on Tuesday.\n\n"
                 "\"When the offer came, I decided at once. My parents are delighted.\"\n\n"
                 "He added: \"I will miss everybody at Fluminense.\"", page_names=True)
    assert speaker_of(got, "When the offer came") == "Joel Pitanga-Reis"
    assert speaker_of(got, "I will miss everybody") == "Joel Pitanga-Reis"


def test_someone_who_was_told_something_is_not_the_speaker_of_the_next_paragraph():
    got = quotes("Everton want Joel Pitanga-Reis. Coach Callum Brennock said: \"He is ready.\"\n\n"
                 "Rodrigo Meneses Prado was told that the bid had been rejected.\n\n"
                 "\"We will not sell him for that money, it is too low.\"")
    assert speaker_of(got, "We will not sell him") != "Rodrigo Meneses Prado"
