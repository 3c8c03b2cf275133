"""Classes of quote misses found on unseen article set u, each fixed by a general rule (made-up names)."""
from examples import quotes, speaker_of


# -- a run of quoted social-media posts after a paragraph about someone's account ------------------

def test_timestamped_posts_after_an_intro_about_his_account_are_the_account_holders():
    got = quotes(
        "Football writer Ansgar Tillmanns-Rook followed Jonas Ekwueme-Holt's move from Brenmoor all "
        "week. This is how he told it on his account, post by post.\n\n"
        "[Monday, 09:12] \"Talks have started between Brenmoor and Castlevale for Ekwueme-Holt. "
        "Early stage, but both clubs keen.\"\n\n"
        "[17:40] \"First offer turned down by Brenmoor. They want more than four million.\"\n\n"
        "[Wednesday, 10:05] \"Agreement close now. Medical planned for the weekend.\"\n\n"
        "Brenmoor coach Lorcan Fitzalan-Ray said he was sad to lose him.\n")
    for start in ("Talks have started", "First offer turned down", "Agreement close now"):
        assert speaker_of(got, start) == "Ansgar Tillmanns-Rook"


def test_a_weekday_before_an_unbracketed_time_is_prose_not_a_stamp():
    got = quotes(
        "Tuesday 10.30 was the deadline, and Dario Pellweg-Sanz said: \"We will not wait a minute longer.\"\n")
    assert speaker_of(got, "We will not wait") == "Dario Pellweg-Sanz"


# -- "Surname himself": the story's own player, not the relative quoted just before --------------

def test_surname_himself_after_his_mother_is_quoted_is_the_player():
    got = quotes(
        "Carrow Rovers have signed teenage winger Elio Brancaleoni-Voss from Dunmore.\n\n"
        "His father, Piero Brancaleoni-Voss, said the family was proud.\n\n"
        "His mother, Greta Brancaleoni-Voss, said she would move with him. 'I will make sure he eats "
        "well,' she said.\n\n"
        "Carrow academy director Hollis Marchetti-Dunn said the club had watched him for a year.\n\n"
        "Brancaleoni-Voss himself spoke briefly at the airport. \"I want to thank Dunmore for everything,\" "
        "he said. \"Now I want to play.\"\n")
    assert speaker_of(got, "I will make sure") == "Greta Brancaleoni-Voss"
    assert speaker_of(got, "I want to thank Dunmore") == "Elio Brancaleoni-Voss"
    assert speaker_of(got, "Now I want to play") == "Elio Brancaleoni-Voss"


# -- a nickname or its translation in quote marks is nobody's words -----------------------------

def test_a_translated_nickname_in_quote_marks_is_not_a_quote():
    got = quotes(
        "Oskar Tremlow-Baines is wanted by Harwick, known at home as O Touro, 'the Bull of the North', "
        "and by Castlevale.\n\n"
        "The Gato, 'the Cat', are also watching. \"He is a very good player,\" said Castlevale coach "
        "Ines Carvalho-Brandt.\n")
    texts = [t for t, _ in got]
    assert not any("Bull of the North" in t for t in texts)
    assert not any(t.strip(" ,") == "the Cat" for t in texts)
    assert speaker_of(got, "He is a very good player") == "Ines Carvalho-Brandt"


def test_a_quoted_phrase_with_small_words_is_still_a_quote():
    got = quotes(
        "Harwick manager Ruari Delacourt-Penn said the bid was 'the best we could do' for now.\n")
    assert any("the best we could do" in t for t, _ in got)
