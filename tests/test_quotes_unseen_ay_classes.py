"""Classes of quote misses found on unseen article sets ax and ay, each fixed by a general rule (made-up names)."""
from examples import quotes, speaker_of


# -- a podcast transcript: "HOST:" is the one the intro says hosts it ("hosted by X") ------------

_SHOW = ("Episode 12 of Pitch Side, the weekly podcast on the second tier, hosted by Nadia Kerrow-Fane with "
         "reporter Elias Drummet-Voss.\n\n"
         "HOST: Let's start with the striker everyone is talking about. Elias, is the bid real?\n\n"
         "ELIAS DRUMMET-VOSS: It's real, Nadia. Kessel offered a fee on Friday and Dunmore said no. Their "
         "chairman, Hollis Penbarra, told me: \"Tarik is not leaving for that money.\"\n\n"
         "HOST: That's a strong position, I have to say.\n\n"
         "ELIAS DRUMMET-VOSS: It is, but it won't last. The buyers have money and they have been patient.\n\n"
         "HOST: And the player? Has he said anything?\n\n"
         "ELIAS DRUMMET-VOSS: He spoke after the game. He said, 'I'm calm, my agent handles all of that.' "
         "Typical of him.\n\n"
         "HOST: And Kessel's coach wants him badly, I'm told.\n\n"
         "ELIAS DRUMMET-VOSS: Very badly. It will go on until the window closes.\n\n"
         "HOST: Elias Drummet-Voss, thank you.\n")


def test_host_label_is_the_person_the_intro_says_hosts_the_show():
    got = quotes(_SHOW)
    assert speaker_of(got, "That's a strong position") == "Nadia Kerrow-Fane"


def test_he_in_an_answer_to_a_question_about_the_player_is_the_player_not_the_last_named():
    got = quotes(_SHOW.replace("striker everyone", "striker Tarik Olumbe everyone"))
    assert speaker_of(got, "I'm calm, my agent handles") == "Tarik Olumbe"


def test_episode_of_a_show_is_no_player():
    got = quotes(_SHOW.replace("striker everyone", "striker Tarik Olumbe everyone"))
    assert all(sp != "Pitch Side" for _, sp in got)


# -- "X's agent told me ..., '...'" inside a coach's quote: the agent the article names ----------

def test_nested_quote_of_a_players_agent_is_the_agent_named_later():
    got = quotes("Dunmore's move for winger Tarik Olumbe has collapsed.\n\n"
                 "\"We had agreed everything. Tarik's agent told me on Monday night, 'It's finished, he signs "
                 "tomorrow.' Then nothing,\" Dunmore coach Pieter Hallbeck-Moro said.\n\n"
                 "Olumbe's agent, Hollis Penbarra, explained the change of heart. \"Kessel offered more and "
                 "my job is to protect him.\"\n")
    assert speaker_of(got, "It's finished, he signs") == "Hollis Penbarra"


# -- "X's agent, Y, defended his client's decision. '...'" ----------------------------------------

def test_a_named_person_who_defended_something_says_the_quote_after_it():
    got = quotes("Winger Tarik Olumbe has chosen Kessel over Dunmore.\n\n"
                 "\"We had a deal,\" Dunmore coach Pieter Hallbeck-Moro said. \"It is a shame.\"\n\n"
                 "Olumbe's agent, Hollis Penbarra, defended his client's choice. \"Kessel play in Europe. "
                 "Any young player would choose the same.\"\n")
    assert speaker_of(got, "Kessel play in Europe") == "Hollis Penbarra"


# -- "'...,' she said" when the quote names the man after the role: the appositive subject ------

def test_she_said_is_the_appositive_subject_when_the_quote_names_the_other_man():
    got = quotes("Dunmore have signed winger Tarik Olumbe from Kessel.\n\n"
                 "\"He is a leader,\" Dunmore coach Pieter Hallbeck-Moro said.\n\n"
                 "Dunmore's head of recruitment, Ines Carvalho-Roth, thanked Kessel chairman Hollis Penbarra "
                 "for his help. 'Hollis and his board were honest with us from the start,' she said.\n")
    assert speaker_of(got, "Hollis and his board") == "Ines Carvalho-Roth"


# -- "That drew a swift reply from X's agent, Y. '...'" -------------------------------------------

def test_a_reply_from_a_named_person_is_his_quote():
    got = quotes("Kessel have rejected a bid for midfielder Tarik Olumbe.\n\n"
                 "Kessel said in a statement: \"Tarik is under contract and we have no offer that matches "
                 "his value.\"\n\n"
                 "That drew a swift reply online from Olumbe's agent, Hollis Penbarra. \"We have seen three "
                 "offers. Let him go.\"\n")
    assert speaker_of(got, "We have seen three offers") == "Hollis Penbarra"


# -- a Dutch surname with "in 't" / "van 't" ------------------------------------------------------

def test_dutch_surname_with_elided_article_tags_its_quote():
    got = quotes("Kessel want Dunmore defender Tarik Olumbe.\n\n"
                 "Dunmore director Pieter Hallbeck-Moro said the club would not sell. \"He is our future,\" "
                 "he said.\n\n"
                 "Kessel's technical manager, Joost van 't Hoff, confirmed the interest. \"We think he is "
                 "ready for the top level,\" Van 't Hoff said.\n")
    sp = speaker_of(got, "We think he is ready")
    assert sp is not None and "Hoff" in sp and "Hallbeck" not in sp


# -- German and Italian quote marks, nested ones too ----------------------------------------------

def test_german_and_italian_quote_marks_are_quotes():
    got = quotes("Kessel-Trainer Pieter Hallbeck-Moro war deutlich. „Wir verkaufen nicht,“ sagte er. "
                 "„Tarik bleibt.“\n\n"
                 "Dunmore coach Ines Carvalho-Roth said: «He is the player we want. His agent told me: "
                 "\"Call again in June.\" So we wait.»\n")
    texts = [t for t, _ in got]
    assert any(t.startswith("Wir verkaufen nicht") for t in texts)
    assert any(t.startswith("Tarik bleibt") for t in texts)
    assert any(t.startswith("He is the player we want") for t in texts)
