"""Classes of quote misses found on unseen article sets ar and as, each fixed by a general rule (made-up names)."""
from examples import quotes, speaker_of


# -- a run of a reporter's posts, each paragraph opened by a numbered label ---------------------

_POSTS = (
    "Radio Kessel's club reporter Tomas Brevik has spent the week following the Ivo Marsh story on "
    "his social media account. Here are his posts on the Dunmore striker, in the order he wrote them.\n\n"
    "Post 1 (Monday, 8.10am): \"Hearing that Kessel have asked Dunmore about Ivo Marsh. Only a first "
    "contact so far.\"\n\n"
    "Post 2 (Monday, 6.45pm): \"Spoke to Dunmore's head coach Peter Lund. His words: 'Ivo is staying "
    "with us this season.' Clear for now.\"\n\n"
    "Post 3 (Tuesday, 9.30am): \"Marsh's agent Karl Sten has replied to my messages: 'My client "
    "wants to play every week.' Make of that what you will.\"\n\n"
    "Post 4 (Wednesday, 7.00am): \"Dunmore statement just now: 'No offer has been accepted for the "
    "player.' Ivo Marsh himself, after training: 'I am happy here and I will decide soon.' Not done.\"\n")


def test_a_numbered_post_label_is_no_speaker_the_posts_are_their_writers():
    got = quotes(_POSTS)
    assert speaker_of(got, "Hearing that Kessel") == "Tomas Brevik"
    assert speaker_of(got, "Spoke to Dunmore") == "Tomas Brevik"
    assert all(s != "Post" for _, s in got)


def test_his_words_colon_inside_a_post_belongs_to_the_man_just_named():
    got = quotes(_POSTS)
    assert speaker_of(got, "Ivo is staying") == "Peter Lund"


def test_replied_to_my_messages_colon_inside_a_post_belongs_to_the_one_who_replied():
    got = quotes(_POSTS)
    assert speaker_of(got, "My client wants") == "Karl Sten"


def test_a_club_statement_and_a_man_himself_inside_a_post_are_theirs():
    got = quotes(_POSTS)
    assert speaker_of(got, "No offer has been accepted") == "Dunmore"
    assert speaker_of(got, "I am happy here") == "Ivo Marsh"


def test_a_numbered_update_label_with_no_owner_named_is_nobodys():
    got = quotes("Kessel are closing in on Dunmore striker Ivo Marsh.\n\n"
                 "Update 2 (10.15am): \"Talks are going well and a medical is booked for the weekend.\"\n")
    assert speaker_of(got, "Talks are going well") in (None, "")


# -- a quote block of several paragraphs after "Speaking to Y, the youngster explained ..." -----

def test_a_paragraph_opening_with_speaking_to_introduces_the_quote_block_after_it():
    got = quotes(
        "Ivo Marsh has spoken about his future, and Kessel will not like it.\n\n"
        "The 19-year-old winger has been wanted by Dunmore all winter. Speaking to Radio Kessel after "
        "Saturday's match, the youngster explained his position at length.\n\n"
        "\u201cI have never refused to train. I owe this club a lot and I will not forget it.\n\n"
        "\u201cBut I am 19 and I have ambitions. Dunmore is a big club and I told the president so.\n\n"
        "\u201cAll I ask is that the two clubs find an agreement quickly.\u201d\n")
    assert speaker_of(got, "I have never refused") == "Ivo Marsh"
    assert speaker_of(got, "But I am 19") == "Ivo Marsh"


# -- "'...,' a club statement published on Monday read.": a participle between noun and verb ------

def test_a_statement_with_a_participle_phrase_before_read_is_the_clubs():
    got = quotes(
        "Dunmore agent Karl Sten says his client wants to leave Kessel FC.\n\n"
        "\"He wants a new project,\" Sten said.\n\n"
        "\"We will not sell our best players for nothing,\" a Kessel FC statement published on Monday "
        "evening read. \"The club will defend its interests.\"\n")
    assert speaker_of(got, "We will not sell") == "Kessel FC"
    assert speaker_of(got, "The club will defend") == "Kessel FC"


# -- "X's counterpart at Y, general manager Z, confirmed it.": the appositive name speaks ---------

def test_the_appositive_name_after_a_job_title_is_the_subject_not_the_description():
    got = quotes(
        "Kessel head coach Anna Holt insisted the striker is not for sale. 'He stays,' she said.\n\n"
        "Holt's counterpart at Dunmore, general manager Peter Lund, confirmed the approach to Radio "
        "Kessel. 'We have made a bid that shows how much we rate him. He would fit our side.'\n")
    assert speaker_of(got, "We have made a bid") == "Peter Lund"


# -- "X has two years left, and club president Y made it clear that ...": the verb's own clause ---

def test_the_subject_of_the_clause_after_comma_and_introduces_the_quote_paragraph():
    got = quotes(
        "Ivo Marsh has two years left on his contract, and Kessel president Anna Holt made it clear "
        "that the striker will not be sold cheaply.\n\n"
        "\"Ivo is our captain and we have not received an offer that comes close to his value.\n\n"
        "\"If Dunmore want to talk, my phone is on.\"\n")
    assert speaker_of(got, "Ivo is our captain") == "Anna Holt"


# -- a nickname in quote marks after "nicknamed" / "known as" is nobody's words -----------------

def test_a_nickname_after_nicknamed_is_not_a_quote():
    got = quotes(
        "The 20-year-old, nicknamed \"Petit Ivo\" in the stands of the Kessel Arena, has one year left "
        "on his contract. \"He is our future,\" Kessel coach Anna Holt said.\n")
    assert not any(t.startswith("Petit Ivo") for t, _ in got)
    assert speaker_of(got, "He is our future") == "Anna Holt"


def test_a_nickname_after_known_to_supporters_as_is_not_a_quote():
    got = quotes(
        "Ivo Marsh, known to supporters as \"el Largo\", has scored 11 goals this season. "
        "\"He is not for sale,\" Kessel coach Anna Holt said.\n")
    assert not any(t.lower().startswith("el largo") for t, _ in got)
    assert speaker_of(got, "He is not for sale") == "Anna Holt"
