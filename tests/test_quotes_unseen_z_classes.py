"""Classes of quote misses found on unseen article set z, each fixed by a general rule (made-up names)."""
from examples import quotes, speaker_of


# -- "Fellow panellist X": "Fellow" opens a description, it is nobody's name -------------------

def test_fellow_panellist_is_the_named_pundit_not_fellow():
    got = quotes(
        "Harwick Town are resigned to losing winger Osian Brackley-Moor in January.\n\n"
        "Former defender turned pundit Teodor Varga-Lund said the player had \"checked out\" already.\n\n"
        "Fellow panellist Ingrid Solheim-Ryan disagreed. 'He is 21, give him a break,' she said. "
        "'Nobody has played him in his best position all season.'\n")
    assert speaker_of(got, "He is 21") == "Ingrid Solheim-Ryan"
    assert speaker_of(got, "Nobody has played him") == "Ingrid Solheim-Ryan"


def test_fellow_panellist_with_an_apposition_is_the_named_pundit():
    got = quotes(
        "Harwick Town are resigned to losing winger Osian Brackley-Moor in January.\n\n"
        "Fellow panellist Ingrid Solheim-Ryan, a former Eliteserien title winner, pushed back. "
        "'You cannot blame a 21-year-old for everything,' she said.\n")
    assert speaker_of(got, "You cannot blame") == "Ingrid Solheim-Ryan"


# -- "X was unconvinced. '...'": a short sentence whose subject is someone quoted before ---------

def test_an_untagged_quote_after_a_quoted_persons_short_sentence_is_that_person():
    got = quotes(
        "Harwick Town are resigned to losing winger Osian Brackley-Moor in January.\n\n"
        "'He has stopped running for the team,' pundit Teodor Varga-Lund said.\n\n"
        "Fellow pundit Ingrid Solheim-Ryan disagreed. 'He is 21, give him a break,' she said.\n\n"
        "Varga-Lund was unconvinced. 'Ingrid, I have watched every game, and he is gone.'\n\n"
        "The panel also discussed the goalkeeper. Varga-Lund dismissed the idea. 'They have no money left.'\n\n"
        "Varga-Lund's last word was sharp. 'Sell him now, while somebody still pays.'\n")
    assert speaker_of(got, "Ingrid, I have watched") == "Teodor Varga-Lund"
    assert speaker_of(got, "They have no money") == "Teodor Varga-Lund"
    assert speaker_of(got, "Sell him now") == "Teodor Varga-Lund"


def test_a_long_sentence_about_a_player_does_not_take_the_quote_from_the_last_speaker():
    got = quotes(
        "'We will not sell him,' Dunmore boss Rafferty Okonjo-Bell said of Lorcan Pyke-Daly.\n\n"
        "Pyke-Daly has scored eleven goals in all competitions this season and was named player of "
        "the month in October. 'He is the best we have had here in years.'\n")
    assert speaker_of(got, "He is the best") == "Rafferty Okonjo-Bell"


# -- "Asked whether ..., X smiled. '...'": the question put to him is an opening clause ---------

def test_asked_clause_then_name_and_a_speech_verb_introduces_the_next_quote():
    got = quotes(
        "Calverton have turned down a bid for midfielder Ruairi Dunleavy-Marsh.\n\n"
        "Calverton manager Piers Holloway-Crane said the bid was nowhere near enough.\n\n"
        "Brenmoor coach Anselm Krauter-Vey said: 'We made an honest offer. We will see.'\n\n"
        "Asked whether the midfielder wanted to leave, Holloway-Crane smiled. 'He told me last week "
        "that he is happy here. That is enough for me.'\n")
    assert speaker_of(got, "He told me last week") == "Piers Holloway-Crane"


# -- "sporting director X is delighted: '...'": a named person, not the club --------------------

def test_a_two_word_job_with_a_name_before_a_colon_is_that_person():
    got = quotes(
        "Fenwick Rovers have signed defender Kasimir Oduya-Brandt from Harwick Town. The 24-year-old "
        "defender joins Fenwick Rovers on a three-year deal, and sporting director Lucan Tresize-Pell "
        "is delighted: \"Kasimir is exactly the leader we wanted. He will make us better.\"\n")
    assert speaker_of(got, "Kasimir is exactly") == "Lucan Tresize-Pell"


# -- a nested quote after "Mr X, told me:" in an interview answer ------------------------------

def test_a_nested_quote_from_a_titled_surname_in_an_interview_answer():
    got = quotes(
        "Welcome! Our new signing Casimir Wendt-Oyelowo sat down with the club channel today.\n\n"
        "**Q: Was it hard to leave your old club?**\n\n"
        "Yes, a little. The chairman there, Mr Halvorsen, told me: \"If you stay, you will be our "
        "captain.\" That meant a lot to me.\n\n"
        "**Q: What do you expect from the new season?**\n\n"
        "I want to win every game, and I want to score goals from midfield.\n\n"
        "**Q: A message for the fans?**\n\n"
        "See you at the first home game, I will give everything for this club.\n")
    assert speaker_of(got, "If you stay") == "Halvorsen"
    assert speaker_of(got, "Yes, a little") == "Casimir Wendt-Oyelowo"


# -- fans' banners, signs and chants are no one's quotes ---------------------------------------

def test_a_banner_or_a_chant_is_not_a_quote():
    got = quotes(
        "Harwick Town have received a bid for striker Osian Brackley-Moor from their local rivals.\n\n"
        "Supporters made their feelings clear on Saturday, with one banner in the home end reading "
        "\"Our striker is not for sale, not to them\". Later the away end chanted \"You will never "
        "see him in your shirt\" for most of the second half.\n\n"
        "\"We have received nothing acceptable,\" chairman Idris Pemberton-Kaye said.\n")
    texts = [t for t, _ in got]
    assert not any(t.startswith("Our striker is not") for t in texts)
    assert not any(t.startswith("You will never see him") for t in texts)
    assert speaker_of(got, "We have received nothing") == "Idris Pemberton-Kaye"


# -- a writer echoing words already quoted is no new quote -------------------------------------

def test_an_echo_of_words_quoted_earlier_is_not_a_new_quote():
    got = quotes(
        "Dunmore want our winger, Lorcan Pyke-Daly, and they have made an offer.\n\n"
        "Coach Rafferty Okonjo-Bell was honest after the game. He said: \"I want him here. But if a "
        "player comes to you and says 'I need this move now', you have to listen.\"\n\n"
        "Did you hear that? \"I need this move now.\" Who put that idea in his head?\n")
    texts = [t for t, _ in got]
    assert sum(1 for t in texts if t.startswith("I need this move now")) == 0
    assert speaker_of(got, "I want him here") == "Rafferty Okonjo-Bell"


def test_a_hypothetical_players_words_inside_a_quote_are_nobodys():
    got = quotes(
        "Dunmore want our winger, Lorcan Pyke-Daly, and they have made an offer.\n\n"
        "Coach Rafferty Okonjo-Bell said: \"I want him here. But if a player comes to you and says "
        "'I need this move now', you have to listen.\"\n")
    assert [sp for t, sp in got if t.startswith("I need this move")] in ([], [None])
