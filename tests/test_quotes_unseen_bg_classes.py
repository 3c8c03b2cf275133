"""Classes of quote misses found on unseen article set bg, each fixed by a general rule (made-up names)."""
from examples import quotes, speaker_of


# -- "Lantern Sport reported ...": a name followed by a media word is a paper, never "he" ---------

def test_a_name_then_a_media_word_is_an_outlet_not_the_pronouns_referent():
    got = quotes(
        "Harwick Town winger Joel Amberly-Nkem has dismissed reports linking him with Dunmore.\n\n"
        "Lantern Sport reported on Sunday that Dunmore had agreed terms with the 23-year-old. The story "
        "spread quickly, but the winger responded on Monday night with a post on his Facebook page.\n\n"
        "\u201cI have read a lot of news and I want to be clear,\u201d he wrote. "
        "\u201cNobody from Dunmore has spoken to me.\u201d\n")
    assert speaker_of(got, "I have read") == "Joel Amberly-Nkem"
    assert speaker_of(got, "Nobody from Dunmore") == "Joel Amberly-Nkem"


# -- "said Harwick Rovers' chief executive, Colm X": the named officer, not the club ---------------

def test_a_clubs_officer_named_after_a_comma_is_the_speaker():
    for owner in ("Harwick Rovers'", "Harwick Rovers's", "Harwick Town's"):
        got = quotes(
            "Harwick Rovers want Joel Amberly-Nkem from Dunmore. Harwick Town are watching.\n\n"
            f"\u201cWe were told the file was incomplete,\u201d said {owner} chief executive, Colm Ardley. "
            "\u201cWe will appeal.\u201d\n")
        assert speaker_of(got, "We were told") == "Colm Ardley", owner
        assert speaker_of(got, "We will appeal") == "Colm Ardley", owner


def test_a_plural_possessive_club_then_a_role_then_a_name_is_that_person():
    got = quotes(
        "Harwick Rovers want Joel Amberly-Nkem from Dunmore.\n\n"
        "\u201cWe will appeal,\u201d said Harwick Rovers' head coach Colm Ardley.\n")
    assert speaker_of(got, "We will appeal") == "Colm Ardley"


# -- "the Lakeport club said": a town that is no club here describes the paragraph's club ---------

def test_the_town_club_said_is_the_club_the_paragraph_is_about():
    got = quotes(
        "Harwick Rovers want Joel Amberly-Nkem from Dunmore.\n\n"
        "Dunmore are relaxed about it. \u201cJoel has been a great servant,\u201d the Lakeport club said "
        "in a statement.\n")
    assert speaker_of(got, "Joel has been") == "Dunmore"


# -- governing bodies: "a federation spokesperson", "a FIFA spokesperson", "X Federation said it" ----

def test_a_federation_spokesperson_is_the_federation_the_article_names():
    got = quotes(
        "Harwick Rovers cannot sign Joel Amberly-Nkem after FIFA banned them, and the Football "
        "Association of Lakeland and Eastmarch said it would enforce the ban.\n\n"
        "\u201cWe cannot register any player,\u201d a federation spokesperson told Radio Lakeland. "
        "\u201cThat applies to every club.\u201d\n\n"
        "\u201cIt is closed,\u201d a FIFA spokesperson said.\n\n"
        "\u201cWe will appeal,\u201d the club said.\n")
    assert speaker_of(got, "We cannot register") == "Football Association of Lakeland and Eastmarch"
    assert speaker_of(got, "That applies") == "Football Association of Lakeland and Eastmarch"
    assert speaker_of(got, "It is closed") == "FIFA"
    assert speaker_of(got, "We will appeal") == "Harwick Rovers"


def test_it_after_a_federation_said_is_the_federation_not_a_club():
    got = quotes(
        "Harwick Rovers want Joel Amberly-Nkem from Dunmore.\n\n"
        "The Football Federation of Lakeland said it had been told of the case but that the ban was "
        "\"a matter between the club and FIFA\".\n\n"
        "Dunmore said it was \"a disgrace\".\n")
    assert speaker_of(got, "a matter between") == "Football Federation of Lakeland"
    assert speaker_of(got, "a disgrace") == "Dunmore"


# -- "The club's answer to my letter was, and I quote, '...'": the club's own words, nested -------

def test_the_clubs_answer_quoted_inside_a_lawyers_quote_is_the_clubs():
    got = quotes(
        "Harwick Rovers have not paid Joel Amberly-Nkem since May.\n\n"
        "His lawyer, Ines Corvath, was angry. \"I sent two notices,\" she said. \"The club's answer to "
        "the second one was, and I quote, 'We will pay when the sponsor pays us.' That is not "
        "acceptable.\"\n")
    assert speaker_of(got, "I sent two") == "Ines Corvath"
    assert speaker_of(got, "The club's answer") == "Ines Corvath"
    assert speaker_of(got, "We will pay when") == "Harwick Rovers"


# -- "X has said little, but a post on his Instagram account read: '...'": his post, his words ---

def test_a_post_on_his_account_read_is_the_account_owners():
    got = quotes(
        "Dunmore want Mads Oberlin from Harwick Rovers.\n\n"
        "Oberlin himself has said little, but a post on his Instagram account on Monday read: "
        "\"Football is my job. I only wanted to be paid.\"\n")
    assert speaker_of(got, "Football is my job") == "Mads Oberlin"
