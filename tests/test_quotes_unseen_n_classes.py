"""Classes of quote misses found on unseen article set n, each fixed by a general rule (made-up names)."""
from examples import quotes, speaker_of


def test_a_nationality_noun_with_an_aside_before_told_is_the_director_who_speaks():
    got = quotes("Fenwick Athletic want midfielder Tomas Brela. Brela has two years left on his contract.\n\n"
                 "Fenwick's director of football, Marco Dulli, is a long-standing admirer. The Norwegian, who "
                 "arrived at the club last year, told the Daily Record: \"We have watched Tomas for a long "
                 "time. He wins the ball back and does something useful with it.\"")
    assert speaker_of(got, "We have watched Tomas") == "Marco Dulli"


def test_a_clubs_statement_signed_with_its_initials_is_the_clubs():
    got = quotes("RC Montvalier have called off the sale of Tomas Brela to Sporting Fenwick.\n\n"
                 "In a statement published on its website, RCM said: \"RC Montvalier negotiated in good "
                 "faith. The player will return to training immediately.\"", page_names=True)
    assert speaker_of(got, "RC Montvalier negotiated") == "RC Montvalier"
