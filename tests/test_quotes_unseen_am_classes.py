"""Classes of quote misses found on unseen article sets al and am, each fixed by a general rule (made-up names)."""
from examples import quotes, speaker_of


# -- a supporters' Q&A: fans labelled "Name (Town):" ask, the director's unquoted answers are his ---

_FANS_QA = (
    "The Dunmore Supporters' Trust held its spring forum with chief executive Oskar Lindahl on Tuesday. "
    "Questions and answers have been edited for length.\n\n"
    "Petra Holm (Kelso): Is Osian Brackley staying or not?\n\n"
    "Oskar Lindahl: I will be straight with you. We turned down a bid from Halden Rovers last week. "
    "Osian has three years left and we do not need to sell.\n\n"
    "Jonas Berg (Ashby): What does the player himself want?\n\n"
    "Oskar Lindahl: I met Osian on Monday. He told me, \"Boss, I want to win something here first.\" "
    "His agent wants a move, which is normal.\n\n"
    "Ulla Strand (Wexley): Have other clubs called?\n\n"
    "Oskar Lindahl: One more club called, but that was only a conversation.\n\n"
    "Jonas Berg (Ashby): When will we know?\n\n"
    "Oskar Lindahl: Before the season starts, I promise you that.\n")


def test_a_directors_unquoted_answers_to_named_fans_are_his_quotes():
    got = quotes(_FANS_QA)
    assert speaker_of(got, "I will be straight with you") == "Oskar Lindahl"
    assert speaker_of(got, "One more club called") == "Oskar Lindahl"
    assert speaker_of(got, "Before the season starts") == "Oskar Lindahl"


def test_the_fans_questions_are_not_the_directors():
    got = quotes(_FANS_QA)
    assert not any(t.startswith("What does the player") and sp == "Oskar Lindahl" for t, sp in got)


def test_words_reported_inside_an_answer_keep_their_own_speaker():
    got = quotes(_FANS_QA)
    assert speaker_of(got, "Boss, I want to win something here first") == "Osian Brackley"


# -- a radio phone-in: the host labelled in full, callers by first name, in capitals ------------

_PHONE_IN = (
    "TRANSCRIPT \u2014 \"Final Whistle\", Monday night phone-in\n\n"
    "MARTA KOWALSKA: Good evening, you're on Final Whistle. Is Osian Brackley leaving Kelso Rovers? "
    "Dunmore had a bid turned down on Friday. Tomasz in Ashby, you're on air.\n\n"
    "TOMASZ: Marta, thanks. Honestly, Kelso have to cash in now. He is the best winger in the league "
    "and the price will never be higher.\n\n"
    "MARTA KOWALSKA: Strong stuff. Irena in Wexley, go ahead.\n\n"
    "IRENA: I completely disagree with Tomasz. Why sell your best player in August? Dunmore will "
    "only use him from the bench.\n\n"
    "MARTA KOWALSKA: We have his agent on the line. Piotr Zielinski, good evening.\n\n"
    "PIOTR ZIELINSKI: Good evening, Marta. Yes, there was a bid and it was rejected. "
    "I spoke to the chairman on Sunday and he said to me, \"Piotr, this boy is not for sale at that price.\" "
    "I respect that.\n\n"
    "MARTA KOWALSKA: Does the boy want to go?\n\n"
    "PIOTR ZIELINSKI: Osian wants to play in Europe. If the clubs agree, he will go happily.\n\n"
    "MARTA KOWALSKA: Thanks, Piotr. Kelso chairman Grzegorz Nowak told us by text that the winger "
    "is \"staying put\". Last caller. Lena in Harwick?\n\n"
    "LENA: Marta, I'm a Dunmore fan, bring him to us before the derby. We need him.\n\n"
    "MARTA KOWALSKA: Passion from Harwick. We'll be right back after the news.\n")


def test_callers_labelled_by_first_name_say_their_own_words():
    got = quotes(_PHONE_IN)
    assert speaker_of(got, "Marta, thanks. Honestly, Kelso have to cash in") == "Tomasz"
    assert speaker_of(got, "I completely disagree with Tomasz") == "Irena"
    assert speaker_of(got, "Marta, I'm a Dunmore fan") == "Lena"
    assert speaker_of(got, "Osian wants to play in Europe") == "Piotr Zielinski"


def test_a_hosts_handover_and_sign_off_lines_are_no_quotes():
    got = quotes(_PHONE_IN)
    assert not any(t.startswith("Strong stuff") for t, _ in got)
    assert not any(t.startswith("Passion from Harwick") for t, _ in got)


def test_a_shows_title_in_quote_marks_is_no_quote():
    got = quotes(_PHONE_IN)
    assert not any(t.strip(" ,") == "Final Whistle" for t, _ in got)


def test_he_after_i_spoke_to_the_chairman_is_the_chairman_named_later():
    got = quotes(_PHONE_IN)
    assert speaker_of(got, "Piotr, this boy is not for sale") == "Grzegorz Nowak"


# -- posts on social media ----------------------------------------------------------------------

_POSTS = (
    "Dunmore Athletic have got their man. Dunmore Athletic confirmed the signing of Osian Brackley from Kelso Rovers "
    "late on Sunday.\n\n"
    "The announcement came on X just before midnight: \"WELCOME, OSIAN! Dunmore Athletic have completed "
    "the signing of winger Osian Brackley on a four-year deal.\"\n\n"
    "The 22-year-old followed with a photo on Instagram, taken outside the Kelso Park Stadium. His caption "
    "read: \"Kelso made me. Dunmore, let's go.\"\n\n"
    "Dunmore chief executive Ivo Rasmussen explained how the deal turned. \"We rang him on Friday and "
    "his first words were, 'When can I start?' After that it was only about the fee,\" he said.\n")


def test_a_clubs_post_naming_the_club_in_a_later_sentence_is_the_clubs():
    got = quotes(_POSTS)
    assert speaker_of(got, "WELCOME, OSIAN!") == "Dunmore Athletic"


def test_his_caption_read_is_the_posters_not_a_stadium():
    got = quotes(_POSTS)
    assert speaker_of(got, "Kelso made me. Dunmore, let's go.") == "Osian Brackley"


def test_his_first_words_were_are_his():
    got = quotes(_POSTS)
    assert speaker_of(got, "When can I start?") == "Osian Brackley"


# -- "our coach told me" in one club's official's mouth is not the other club's coach -----------

def test_our_coach_in_a_rival_officials_quote_is_not_the_named_coach_elsewhere():
    got = quotes(
        "Kelso Rovers coach Corrado Vellani praised his striker after the win. \"He never stops,\" "
        "Vellani said.\n\n"
        "Dunmore sporting director Ivo Rasmussen confirmed the interest. \"Our coach told me in May, "
        "'Get me Brackley,' and that is what we are doing,\" he said.\n")
    assert speaker_of(got, "Our coach told me in May") == "Ivo Rasmussen"
    assert not any(t.startswith("Get me Brackley") and sp == "Corrado Vellani" for t, sp in got)
