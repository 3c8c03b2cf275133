"""Classes of quote misses found on unseen article set m, each fixed by a general rule (made-up names)."""
from examples import quotes, speaker_of


def test_a_nationality_noun_after_the_quote_means_the_coach_the_paragraph_before_named():
    got = quotes("Everton have turned down a bid for right-back Joel Pitanga-Reis.\n\n"
                 "Pitanga-Reis, who joined Everton from Verdal Azul in 2021, has been one of the league's best "
                 "defenders. Joel is not for sale, the club said. Pitanga-Reis has two years left on his "
                 "contract.\n\n"
                 "Speaking on Tuesday, head coach Tomas Brekkevoll admitted the defender's head may have been "
                 "turned.\n\n"
                 "\"I spoke with him this morning,\" the Dane said. \"He trained well.\"", page_names=True)
    assert speaker_of(got, "I spoke with him") == "Tomas Brekkevoll"
    assert speaker_of(got, "He trained well") == "Tomas Brekkevoll"


def test_a_clubs_head_of_something_who_told_an_outlet_is_the_person_with_that_job():
    got = quotes("Everton want Joel Pitanga-Reis. The Toffees' head of recruitment, Stuart Pennock, watched "
                 "him in March.\n\n"
                 "Asked about the midfielder this week, Everton's head of recruitment told the Gazette: \"He's "
                 "a player we like. We won't get into a bidding war.\"", page_names=True)
    assert speaker_of(got, "He's a player we like") == "Stuart Pennock"


def test_a_director_of_football_in_apposition_is_who_he_said_means_in_the_next_paragraph():
    got = quotes("Everton coach Callum Brennock said: \"Joel is not for sale.\"\n\n"
                 "Verdal Azul are not expected to give up. The club's director of football, Halvor Brekkestad, "
                 "told a local paper that a second offer was being prepared.\n\n"
                 "\"We like the player and we have a clear plan for him,\" he said.", page_names=True)
    assert speaker_of(got, "We like the player") == "Halvor Brekkestad"


def test_he_said_after_a_paragraph_whose_he_points_further_back():
    got = quotes("Everton have agreed a deal for winger Joel Pitanga-Reis.\n\n"
                 "The deal was agreed after talks between Everton's sporting director, Halvor Brekkestad, "
                 "and the player's agent.\n\n"
                 "Brekkestad, a Norwegian who joined the club two years ago, has made the winger his top "
                 "target.\n\n"
                 "Speaking at the training ground on Monday, he would not confirm the deal.\n\n"
                 "\"We don't talk about players until everything is signed,\" he said. \"We are close on some "
                 "things.\"", page_names=True)
    assert speaker_of(got, "We don't talk about players") == "Halvor Brekkestad"
    assert speaker_of(got, "We are close") == "Halvor Brekkestad"


def test_a_clubs_job_in_the_tag_after_the_quote_is_the_person_with_that_job():
    got = quotes("Everton want Joel Pitanga-Reis. Stuart Pennock, Everton's director of football, watched him "
                 "in March.\n\n"
                 "\"He's a player we like,\" said Everton's director of football.", page_names=True)
    assert speaker_of(got, "He's a player we like") == "Stuart Pennock"
    got = quotes("Everton want Joel Pitanga-Reis. The Toffees' head of recruitment, Stuart Pennock, watched "
                 "him in March.\n\n"
                 "\"He's a player we like,\" the Toffees' head of recruitment told the Gazette.", page_names=True)
    assert speaker_of(got, "He's a player we like") == "Stuart Pennock"
    got = quotes("Everton want Joel Pitanga-Reis.\n\n"
                 "\"He's a player we like,\" said Everton's sporting director.", page_names=True)
    assert speaker_of(got, "He's a player we like") == "Everton"      # no one named holds the job
