"""Classes of quote misses found on unseen article set aa, each fixed by a general rule (made-up names)."""
from examples import quotes, speaker_of


# -- "he confided": a translated tag verb -------------------------------------------------------

def test_confided_is_a_speech_verb():
    got = quotes(
        "Harwick Town midfielder Osian Brackley-Moor is wanted by Dunmore.\n\n"
        "\u201cDunmore is a big club,\u201d Brackley-Moor confided to us on Monday evening.\n")
    assert speaker_of(got, "Dunmore is a big club") == "Osian Brackley-Moor"


# -- "he said" with nobody quoted yet and a paragraph naming nobody in between: the story's player --

def test_he_after_a_paragraph_naming_nobody_is_the_storys_player():
    got = quotes(
        "Harwick Town are bracing themselves for the departure of Osian Brackley-Moor. The Harwick "
        "midfielder is wanted by Dunmore.\n\n"
        "According to our information, the northern club have made a first offer, judged too low by "
        "the Harwick board. A second proposal is expected this week.\n\n"
        "At 25, the native of Kelso does not hide that he is tempted. \u201cDunmore is a serious "
        "club,\u201d he confided to us after training. \u201cBut I have a contract here.\u201d\n")
    assert speaker_of(got, "Dunmore is a serious club") == "Osian Brackley-Moor"
    assert speaker_of(got, "But I have a contract") == "Osian Brackley-Moor"


def test_a_speaker_already_quoted_still_keeps_a_later_he():
    got = quotes(
        "Harwick Town are bracing themselves for the departure of Osian Brackley-Moor.\n\n"
        "\u201cWe will not sell cheaply,\u201d Harwick chairman Rufus Delacourt-Yeo said.\n\n"
        "A second proposal is expected this week.\n\n"
        "\u201cWe have time,\u201d he added.\n")
    assert speaker_of(got, "We have time") == "Rufus Delacourt-Yeo"


# -- ", with captain X out injured": an aside about someone else, not the one who answers -------

def test_name_in_a_with_clause_is_not_the_speaker():
    got = quotes(
        "Dunmore head coach Casimir Alderete-Voss praised his side after a 1-0 win on Sunday.\n\n"
        "The coach was also asked about his defensive options, with captain Lorcan Pyke-Daly out "
        "for a month with a knee problem. \"We need another centre-back, that is clear,\" he said. "
        "\"Whether it is a loan or a signing, we will act.\"\n")
    assert speaker_of(got, "We need another centre-back") == "Casimir Alderete-Voss"
    assert speaker_of(got, "Whether it is a loan") == "Casimir Alderete-Voss"


def test_name_after_with_but_not_in_an_aside_still_speaks():
    got = quotes(
        "Dunmore are chasing a centre-back.\n\n"
        "Lorcan Pyke-Daly spoke with Casimir Alderete-Voss on Monday. \"We need another "
        "centre-back,\" he said.\n")
    assert speaker_of(got, "We need another centre-back") == "Lorcan Pyke-Daly"


# -- "Benoit d'Aubert-Lys": an elided particle belongs to the name ------------------------------

def test_elided_particle_keeps_the_whole_surname():
    got = quotes(
        "Dunmore are chasing a midfielder.\n\n"
        "On the Dunmore side, the sporting director Jules d\u2019Aubert-Lys admitted his interest. "
        "\u201cHe is a player we have followed for two seasons,\u201d he told reporters.\n")
    assert speaker_of(got, "He is a player we have followed") == "Jules d\u2019Aubert-Lys"


# -- "Born in X, he ...": a participle opening the sentence, never a name ---------------------

def test_born_opening_a_sentence_is_not_a_speaker():
    got = quotes(
        "Harwick Town are bracing for the exit of Osian Brackley-Moor. The winger is wanted by Dunmore.\n\n"
        "Born in Kelso, he is tempted. \u201cDunmore is a big club,\u201d he said on Monday.\n")
    assert speaker_of(got, "Dunmore is a big club") == "Osian Brackley-Moor"


# -- "at the club's Farrowmead Lane base": a name owned by a role word is a place, not a speaker --

def test_a_ground_after_the_clubs_is_not_the_speaker():
    got = quotes(
        "Harwick Town have had a bid accepted for Dunmore's Osian Brackley-Moor.\n\n"
        "Harwick boss Casimir Alderete-Voss refused to be drawn on the deal when we spoke to him "
        "at the club's Farrowmead Lane base yesterday. 'I won't talk about another club's player,' "
        "he said.\n")
    assert speaker_of(got, "I won't talk") == "Casimir Alderete-Voss"
