"""Classes of quote misses found on unseen article set s, each fixed by a general rule (made-up names)."""
from examples import quotes, speaker_of


def _has(got, start: str) -> bool:
    return any(t.startswith(start) for t, _ in got)


# -- a show's transcript: two voices with name labels, both stating things --------------------------

_SHOW = (
    "Transcript: The Harbour End Podcast, episode 31\n\n"
    "MARTA OKONJO-HALE: Right, the big one first. Tomas Rehberg. Vardo Rovers have gone back in for "
    "him, and Piet Vandersloot, who covers Kessel United for the Kessel Courier, is with us. Piet, where are we?\n\n"
    "PIET VANDERSLOOT: Closer than the fans would like. Vardo had a first offer turned down in June "
    "and the second one is nearer two million.\n\n"
    "MARTA OKONJO-HALE: And the manager? Because Ruud Brandt-Olsen sounded relaxed after the game.\n\n"
    "PIET VANDERSLOOT: He did. I was in the room and he said, and I wrote this down, \"Tomas is our "
    "player and nobody has rung me about him.\" But then he added, \"In this league, if the right "
    "offer comes, you listen.\" So the door is open.\n\n"
    "MARTA OKONJO-HALE: Well, here is what the lad himself said, because it went everywhere. He spoke "
    "to Radio Kessel on Monday and he said: \"I love this club and I am not thinking about moving.\"\n\n"
    "PIET VANDERSLOOT: Which is careful, isn't it? And Vardo's coach, Anders Lykke-Berg, was blunt. He "
    "told the Vardo Gazette, \"We want Tomas and we have made that clear to Kessel.\"\n\n"
    "MARTA OKONJO-HALE: The window shuts on Thursday night, so something has to give.\n\n"
    "PIET VANDERSLOOT: I would expect an answer by the weekend either way.\n\n"
    "MARTA OKONJO-HALE: We will leave it there. Piet, thanks as ever.\n")


def test_each_turn_of_a_show_transcript_is_its_labels_person():
    got = quotes(_SHOW)
    assert speaker_of(got, "Closer than the fans") == "Piet Vandersloot"
    assert speaker_of(got, "I would expect an answer") == "Piet Vandersloot"
    # the host states things too: his own words (an upper-case label read as a name)
    assert speaker_of(got, "The window shuts on Thursday") == "Marta Okonjo-Hale"
    assert not _has(got, "And the manager?")          # a question is nobody's quote
    assert not _has(got, "We will leave it there")    # a sign-off is no statement


def test_a_quote_read_out_in_a_turn_keeps_its_own_speaker():
    got = quotes(_SHOW)
    assert speaker_of(got, "Tomas is our player") == "Ruud Brandt-Olsen"      # "he said, and I wrote this down,"
    assert speaker_of(got, "In this league") == "Ruud Brandt-Olsen"           # "then he added"
    assert speaker_of(got, "I love this club") == "Tomas Rehberg"             # "the lad himself ... he said"
    assert speaker_of(got, "We want Tomas") == "Anders Lykke-Berg"            # "told the Vardo Gazette"


def test_host_and_guest_labels_are_the_people_the_intro_names():
    got = quotes(
        "From The Terrace Talk, episode 40. Presenter Mark Aldous is joined by Kessel United reporter "
        "Hanna Lindqvist.\n\n"
        "Host: Big story first. Tomas Rehberg. Vardo Rovers have bid again. Hanna, where are we?\n\n"
        "Guest: Close, I think. Vardo had a first offer turned down in June and now they have gone to "
        "around two million.\n\n"
        "Host: And the manager?\n\n"
        "Guest: Ruud Brandt was asked about it on Friday and he said: \"Tomas is our player and nobody "
        "has called me.\" I would not read too much into that.\n\n"
        "Host: Does the player want to go?\n\n"
        "Guest: I think he does. His agent was at the training ground twice this week.\n\n"
        "Host: Deadline day is Monday, so it will be a long weekend for everybody.\n")
    assert speaker_of(got, "Close, I think") == "Hanna Lindqvist"
    assert speaker_of(got, "I think he does") == "Hanna Lindqvist"
    assert speaker_of(got, "Tomas is our player") == "Ruud Brandt"
    assert speaker_of(got, "Deadline day is Monday") == "Mark Aldous"
    assert all(sp not in ("Host", "Guest", "Terrace Talk") for _, sp in got)


def test_an_interview_where_one_side_always_asks_is_unchanged():
    got = quotes("Vardo Rovers striker Paulo Mendes spoke to us before the derby.\n\n"
                 "Interviewer: How are you feeling?\n\nMendes: Good. The legs are fresh.\n\n"
                 "Interviewer: Will you sign the new contract?\n\nMendes: My agent is talking to the club.\n\n"
                 "Interviewer: Anything for the fans?\n\nMendes: Keep singing, we will need them.")
    assert speaker_of(got, "Good. The legs") == "Paulo Mendes"
    assert not _has(got, "How are you feeling")


# -- prose -------------------------------------------------------------------------------------------

def test_the_reporters_note_taking_aside_between_verb_and_quote_is_skipped():
    got = quotes("Kessel United manager Ruud Brandt faced the press on Friday.\n\n"
                 "Asked about Tomas Rehberg, he said, and I quote, \"Nobody is for sale here.\"")
    assert speaker_of(got, "Nobody is for sale") == "Ruud Brandt"


def test_a_radio_station_in_the_lead_in_is_not_the_speaker():
    got = quotes("Tomas Rehberg is wanted by Vardo Rovers. Kessel United reporter Ines Marlow-Grant "
                 "has followed the story all week.\n\n"
                 "The winger himself spoke to Radio Kessel on Monday and he said: \"I am happy here and "
                 "I am not thinking about it.\"")
    assert speaker_of(got, "I am happy here") == "Tomas Rehberg"


def test_a_german_office_title_before_the_name_is_not_part_of_it():
    got = quotes("Kessel United want to keep Tomas Rehberg. The club rejected a first bid in June.\n\n"
                 "Kessel's Sportvorstand Dr. Jens Falkner-Holm said on Tuesday that nothing had changed. "
                 "\"We have a clear valuation,\" said the 58-year-old.\n\n"
                 "Vardo Rovers are expected to return with a second offer.\n\n"
                 "Sportvorstand Falkner-Holm, however, dampened any hopes of a quick deal: \"If someone "
                 "wants Tomas, they know where our office is.\"")
    assert speaker_of(got, "If someone wants Tomas") == "Jens Falkner-Holm"


def test_a_nationality_after_the_player_himself_in_the_paragraph_is_the_player():
    got = quotes("Kessel United defender Lucas Morvan, 24, is wanted by Vardo Rovers, who have bid twice.\n\n"
                 "Kessel have already identified Rennes' Yann Dubreuil, also French, as a replacement.\n\n"
                 "For now, the player himself has said little. Asked after training whether he would stay, "
                 "the Frenchman smiled: \"I have a contract and I respect it.\"")
    assert speaker_of(got, "I have a contract") == "Lucas Morvan"
