"""Classes of quote misses found on unseen article sets ad and ae, each fixed by a general rule (made-up names)."""
from examples import quotes, speaker_of


# -- "Futbolas.lt sat down with X, the club's head of recruitment": a web address is the outlet ----

def test_a_web_address_that_sat_down_with_someone_is_the_interviewer_not_the_interviewee():
    got = quotes(
        "Kelso Rovers want Dunmore winger Osian Brackley. Futbolas.lt sat down with Rufus "
        "Delacourt, the Kelso club's head of recruitment, to talk about the winter window.\n\n"
        "Q: Is Kelso trying to sign Osian?\n\n"
        "\"Yes, and I don't think it's a secret. We made an enquiry on Monday.\"\n\n"
        "Q: What makes him stand out?\n\n"
        "\"His movement. You can teach a young striker to press, but not that.\"\n\n"
        "Q: When would you like this done?\n\n"
        "\"Ideally before the squad returns. I want it done early.\"\n")
    assert speaker_of(got, "Yes, and I don't think") == "Rufus Delacourt"
    assert speaker_of(got, "Ideally before the squad") == "Rufus Delacourt"


def test_a_web_address_told_as_a_source_is_no_speaker():
    got = quotes(
        "Dunmore coach Rufus Delacourt wants a striker. \"We need goals,\" Delacourt told "
        "Meczyki.pl on Sunday.\n")
    assert speaker_of(got, "We need goals") == "Rufus Delacourt"


# -- "a post on his account ... with the caption '...'": the account holder's words ---------------

def test_with_the_caption_is_the_words_of_who_posted():
    got = quotes(
        "Kelso Rovers want Dunmore defender Osian Brackley-Moor.\n\n"
        "Brackley-Moor has said nothing in public, but a photo on his Instagram account on Sunday "
        "night, showing him running alone on a beach with the caption \"The work never stops\", "
        "was read as a message to Dunmore.\n")
    assert speaker_of(got, "The work never stops") == "Osian Brackley-Moor"


def test_the_players_partner_who_posted_a_captioned_photo_is_not_the_player():
    got = quotes(
        "Kelso Rovers have signed Dunmore defender Osian Brackley-Moor.\n\n"
        "The player's partner, Wenna Trevorrow, posted a photo of the pair at the stadium with the "
        "caption: \"New town, new start.\"\n")
    assert speaker_of(got, "New town, new start") == "Wenna Trevorrow"


# -- "A Dunmore director, speaking anonymously, said ...": the club, not another club's coach -------

def test_an_unnamed_director_of_a_club_speaks_for_the_club_not_a_named_coach():
    got = quotes(
        "Kelso Rovers have signed Dunmore winger Osian Brackley.\n\n"
        "Kelso coach Rufus Delacourt welcomed the agreement. \"Osian gives us speed,\" Delacourt "
        "told reporters.\n\n"
        "The deal is a blow for Dunmore. A Dunmore director, speaking on condition of anonymity, "
        "told Radio Kelso that the club had been \"used to raise the price\" and would not return.\n")
    assert speaker_of(got, "used to raise the price") == "Dunmore"


# -- 'THE CHAIRMAN: "WE COULD NOT KEEP HIM"' then "X spoke to our paper.": X said the subhead -------

def test_a_capitals_subhead_quote_is_the_person_the_next_paragraph_introduces():
    got = quotes(
        "Kelso Rovers are close to signing Dunmore winger Osian Brackley!\n\n"
        "THE CHAIRMAN: \"WE COULD NOT KEEP HIM\"\n\n"
        "Dunmore chairman Rufus Delacourt spoke exclusively to our paper and did not hide his "
        "sadness.\n\n"
        "\"Osian is like a son to me. But football is football.\"\n")
    assert speaker_of(got, "WE COULD NOT KEEP HIM") == "Rufus Delacourt"
    assert speaker_of(got, "Osian is like a son") == "Rufus Delacourt"
