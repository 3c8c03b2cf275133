"""Classes of quote misses found on unseen article sets af and ag, each fixed by a general rule (made-up names)."""
from examples import quotes, speaker_of


# -- "A (Name):" answers of a press-conference transcript: each answer is its label's person's ------

def test_press_conference_answers_labelled_with_their_answerer():
    got = quotes(
        "Kelso Rovers kept defender Osian Brackley at a press conference on Friday with head coach "
        "Rufus Delacourt and sporting director Mirela Stanbridge.\n\n"
        "Q: Mirela, why did you turn the offer down?\n\n"
        "A (Stanbridge): Because Osian is not for sale. We said it after the first bid too.\n\n"
        "Q: Osian, did you want to leave?\n\n"
        "A (Brackley): I listened, I won't lie. But I never asked to go.\n\n"
        "Q: Rufus, how big is this for you?\n\n"
        "A (Delacourt): Massive. He runs the dressing room.\n\n"
        "He is the first one in every morning.\n\n"
        "Q: Mirela, was there another club?\n\n"
        "A (Stanbridge): One called in December. It never became concrete.\n")
    assert speaker_of(got, "Because Osian is not for sale") == "Mirela Stanbridge"
    assert speaker_of(got, "I listened") == "Osian Brackley"
    assert speaker_of(got, "Massive") == "Rufus Delacourt"
    assert speaker_of(got, "He is the first one") == "Rufus Delacourt"      # the answer carried on
    assert speaker_of(got, "One called in December") == "Mirela Stanbridge"


# -- "the technical commander X admitted": a job word the lexicon lacks, the name after it ---------

def test_a_name_after_an_unknown_job_word_is_the_subject():
    got = quotes(
        "Kelso Rovers want Dunmore striker Osian Brackley. The president Rufus Delacourt was "
        "clear on Tuesday: \"Osian is ours.\"\n\n"
        "On the side of Kelso, the technical commander Tomasz Wierzbinski admitted the interest. "
        "\"I know him well, I trained him in the academy.\"\n\n"
        "The empresário of the player, Anselmo Duarte-Pires, told a radio station that he is calm. "
        "\"Osian has a dream to play in the top league.\"\n")
    assert speaker_of(got, "I know him well") == "Tomasz Wierzbinski"
    assert speaker_of(got, "Osian has a dream") == "Anselmo Duarte-Pires"


# -- a dated chronology: "3 June – X responds: '...'" -------------------------------------------

def test_a_chronology_items_date_label_is_not_the_subject():
    got = quotes(
        "Osian Brackley's summer has been a long saga. Here is how it unfolded.\n\n"
        "3 June – Kelso Rovers president Rufus Delacourt responds within hours: \"Osian is not for "
        "sale.\"\n\n"
        "18 June – The player breaks his silence in an Instagram post: \"I have given this club "
        "ten years of my life.\"\n\n"
        "22 June – Delacourt hits back in an interview with a local radio station: \"Nobody forces "
        "Kelso to do anything.\"\n")
    assert speaker_of(got, "Osian is not for sale") == "Rufus Delacourt"
    assert speaker_of(got, "I have given this club") == "Osian Brackley"
    assert speaker_of(got, "Nobody forces Kelso") == "Rufus Delacourt"


def test_a_quote_confirmed_by_someone_is_not_given_to_a_prepositions_object_after_it():
    got = quotes(
        "Dunmore want Kelso midfielder Osian Brackley. Dunmore's sporting director, Rufus "
        "Delacourt, confirms they have \"asked about the conditions\" for the midfielder but says "
        "they will not bid again.\n")
    assert speaker_of(got, "asked about the conditions") == "Rufus Delacourt"


def test_my_father_inside_a_quote_is_not_the_players_agent():
    got = quotes(
        "Kelso Rovers will not sell Osian Brackley, whose agent, Tomasz Wierzbinski, has asked for "
        "a move.\n\n"
        "Kelso president Rufus Delacourt hit back: \"When I was a boy, my father said to me, 'The "
        "club is bigger than any man.' I still believe that.\"\n")
    assert all(sp != "Tomasz Wierzbinski" for t, sp in got if t.startswith("The club is bigger"))
    assert speaker_of(got, "When I was a boy") == "Rufus Delacourt"


# -- "In X's own words: '...'" -------------------------------------------------------------------

def test_in_someones_own_words_names_the_speaker():
    got = quotes(
        "Kelso Rovers have sold captain Osian Brackley to Dunmore.\n\n"
        "Why Dunmore?\n\n"
        "In Osian's own words: 'I wanted to be near my family. It was never about the fans.'\n")
    assert speaker_of(got, "I wanted to be near my family") == "Osian Brackley"


# -- a statement after "Late on Wednesday, X issued a statement:" -------------------------------

def test_a_sentence_opening_time_word_is_no_speaker():
    got = quotes(
        "Dunmore forward Osian Brackley will stay.\n\n"
        "Late on Wednesday, Dunmore issued a short statement: \"Dunmore informs that talks with "
        "Kelso Rovers have ended without agreement.\"\n")
    assert speaker_of(got, "Dunmore informs that talks") == "Dunmore"


def test_a_sentence_opening_participle_is_no_name_for_a_later_he():
    got = quotes(
        "Kelso Rovers want Dunmore forward Osian Brackley.\n\n"
        "Approached after training on Tuesday, the forward smiled: \"I read everything.\" Asked "
        "whether he would like to play higher, he added: \"Of course. Every player wants that.\"\n")
    assert speaker_of(got, "Of course. Every player") == "Osian Brackley"


# -- "the Jets said:": a club by its short name after "the" --------------------------------------

def test_the_club_by_its_short_name_said_a_statement():
    got = quotes(
        "Kelso Rovers have bid for Osian Brackley. \"He wants to play,\" agent Rufus Delacourt "
        "told reporters.\n\n"
        "In a brief statement on Tuesday evening, the Rovers said: \"Kelso Rovers can confirm the "
        "club has received an approach for Osian Brackley.\"\n")
    assert speaker_of(got, "Kelso Rovers can confirm") in ("Rovers", "Kelso Rovers")


# -- "X's side finished seventh, and the coach ..., calling her '...'" --------------------------

def test_calling_someone_something_is_the_last_clauses_subject():
    got = quotes(
        "Dunmore want Kelso midfielder Mirela Stanbridge.\n\n"
        "Rufus Delacourt's side finished seventh, and the Dunmore coach has made no secret of his "
        "admiration for Stanbridge, calling her 'the cleverest midfielder in the league' after the "
        "sides met in March.\n")
    assert speaker_of(got, "the cleverest midfielder") == "Rufus Delacourt"


# -- "X went further, insisting that the club had promised him that '...'" ----------------------

def test_a_promise_reported_by_the_agent_is_the_agents_quote():
    got = quotes(
        "Kelso Rovers forward Mirela Stanbridge wants to leave.\n\n"
        "Her agent, Rufus Delacourt, went further in an interview with the daily Lance!, insisting "
        "that the club had promised his client in January that \"a serious offer would be "
        "discussed, not ignored\".\n")
    assert speaker_of(got, "a serious offer would be") == "Rufus Delacourt"


# -- "as X put it, '...'" --------------------------------------------------------------------------

def test_as_someone_put_it_is_their_quote():
    got = quotes(
        "Kelso Rovers may sell Osian Brackley this week.\n\n"
        "Or, as long-suffering supporter Mirela Stanbridge put it outside the ground this week, "
        "'It would be just like us to sell him now.'\n")
    assert speaker_of(got, "It would be just like us") == "Mirela Stanbridge"


# -- ", with the Bisons' general manager, X, telling radio that ...": the one after "with" --------

def test_with_a_clubs_manager_telling_is_that_managers_quote():
    got = quotes(
        "Dunmore want Kelso winger Osian Brackley.\n\n"
        "Kelso Rovers have also expressed an interest, with the Rovers' general manager, Rufus "
        "Delacourt, telling a local radio station last week that the club would \"make a move if "
        "the price is right\".\n")
    assert speaker_of(got, "make a move if") == "Rufus Delacourt"


# -- "a source at the X club told": someone speaking for that club; "close to the player": nobody --

def test_a_source_at_a_named_club_speaks_for_the_club():
    got = quotes(
        "Kelso Rovers want Dunmore striker Osian Brackley. A source at Dunmore told a local paper "
        "that the club would only sell \"if the price becomes serious\". A source close to the "
        "player said he was \"relaxed about it\".\n")
    assert speaker_of(got, "if the price becomes serious") == "Dunmore"
    assert speaker_of(got, "relaxed about it") is None



def test_a_source_at_the_club_or_a_club_source_speaks_for_the_paragraphs_club():
    got = quotes(
        "Dunmore want Kelso Rovers striker Osian Brackley.\n\n"
        "Kelso Rovers, who signed him in 2022, are in no hurry to sell. A source at the club told a "
        "local paper that they would only sell \"if the price becomes serious\".\n\n"
        "His contract runs until 2027, meaning Kelso Rovers are in a strong position. One club "
        "source told the paper: \"He has been offered a new deal.\"\n")
    assert speaker_of(got, "if the price becomes serious") == "Kelso Rovers"
    assert speaker_of(got, "He has been offered a new deal") == "Kelso Rovers"
