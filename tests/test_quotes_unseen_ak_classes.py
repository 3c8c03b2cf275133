"""Classes of quote misses found on unseen article sets aj and ak, each fixed by a general rule (made-up names)."""
from examples import quotes, speaker_of


# -- a podcast transcript: hosts labelled in capitals read out other people's words --------------

_PODCAST = (
    "Welcome to Window Watch. I'm WENDY HALVORSEN-PIKE, joined as ever by Gus Tremlow, to talk about "
    "Kelso Rovers winger Osian Brackley and his move to Dunmore.\n\n"
    "[00:41] GUS TREMLOW: It's done, then. Dunmore paid the fee on Monday and Brackley flew in last night.\n\n"
    "[01:02] WENDY HALVORSEN-PIKE: Let me read what Corrado Vellani said about it. Honestly, it's blunt. "
    "The Kelso Rovers manager told Radio Borders on Monday, quote, \"I knew this day would come. "
    "Losing him a week before the opener is hard for the group.\" End quote.\n\n"
    "[01:30] GUS TREMLOW: And then Dunmore's chief executive, Ivo Rasmussen, had this in a club statement: "
    "\"Osian's pace is exactly what we lacked in wide areas. We are delighted he picked us.\"\n\n"
    "[01:52] WENDY HALVORSEN-PIKE: He posted too. The 24-year-old put up a photo from the airport with "
    "the caption, \"Thank you, Kelso. You made me.\" Which is a goodbye.\n")


def test_end_quote_read_out_in_a_transcript_is_no_speaker():
    got = quotes(_PODCAST)
    assert speaker_of(got, "I knew this day would come") == "Corrado Vellani"
    assert all(sp != "End" for _, sp in got)


def test_a_turn_label_is_not_the_subject_of_the_turns_lead_in():
    got = quotes(_PODCAST)
    assert speaker_of(got, "Osian's pace is exactly what we lacked") == "Ivo Rasmussen"


def test_a_caption_posted_by_an_age_description_is_the_players():
    got = quotes(_PODCAST)
    assert speaker_of(got, "Thank you, Kelso. You made me.") == "Osian Brackley"


# -- a club's plural office ("Rovers' directors have promised fans '...'") speaks for the club ----

def test_a_clubs_directors_speak_for_the_club():
    got = quotes(
        "Dunmore have signed Kelso Rovers winger Osian Brackley for an undisclosed fee.\n\n"
        "Brackley scored nine goals last season. Dunmore's directors have promised supporters "
        "\"at least two more arrivals\" before the window shuts.\n")
    assert speaker_of(got, "at least two more arrivals") == "Dunmore"
