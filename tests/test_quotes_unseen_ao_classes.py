"""Classes of quote misses found on unseen article sets an and ao, each fixed by a general rule (made-up names)."""
from examples import quotes, speaker_of


# -- translated Portuguese/Spanish press: quotes introduced by a dash opening the paragraph ------

_DASHES = (
    "Rio Claro FC want the Brenton forward Davi Moutinho, and the clubs met on Monday.\n\n"
    "Brenton's president, Otávio Lemos Farias, spoke to reporters at the training ground:\n\n"
    "\u2013 Davi is not leaving for less than his value. They know the number.\n\n"
    "The forward's agent, Rui Pacheco Vidal, confirmed the talks.\n\n"
    "\u2013 There was a call, there was a meeting. The decision is the club's \u2013 said the agent.\n\n"
    "The player himself avoided the subject after training, but admitted the interest had reached him:\n\n"
    "\u2013 My mother told me, \"Stay calm and play.\" I am focused on the next match.\n")


def test_a_paragraph_opened_by_a_dash_is_a_quote_of_the_one_the_paragraph_before_introduces():
    got = quotes(_DASHES)
    assert speaker_of(got, "Davi is not leaving for less") == "Otávio Lemos Farias"


def test_a_dash_quote_closed_by_a_dash_and_a_tag_belongs_to_the_tag():
    got = quotes(_DASHES)
    assert speaker_of(got, "There was a call") == "Rui Pacheco Vidal"
    assert not any("said the agent" in t for t, _ in got)


def test_a_dash_quote_after_the_player_himself_is_the_players():
    got = quotes(_DASHES)
    assert speaker_of(got, "My mother told me") == "Davi Moutinho"


def test_a_dash_list_with_nobody_talking_is_no_quote():
    got = quotes("Kessel completed the deal for Ivo Marsh on Friday. The terms:\n\n"
                 "\u2014 Fee: 2 million euros, rising with add-ons.\n\n"
                 "\u2014 Contract: four years, with an option for a fifth.\n")
    assert got == []


# -- "the director of football, X, confirmed ...": the name in apposition after the job's field --

def test_the_name_after_a_job_of_a_field_introduces_the_next_quote_paragraph():
    got = quotes("Harwick made a first offer for Tom Elver on Tuesday.\n\n"
                 "At Dunmore, the executive director of football, Pavel Strand, confirmed the interest "
                 "but played down a bidding war.\n\n"
                 "\"We respect Harwick. We made an offer we believe is fair.\"\n")
    assert speaker_of(got, "We respect Harwick") == "Pavel Strand"


# -- a press release: capitalised job titles before names; "the player himself" ------------------

_RELEASE = (
    "Dunmore FC is pleased to announce the signing of midfielder Omar Haddaway from Kessel SC.\n\n"
    "Head of Football Operations Yusuf Al-Marri added: \"This was a long process, and we are delighted.\"\n\n"
    "Chairman of the Board Tariq Bensalem said: \"On behalf of the Board, I welcome Omar to the club.\"\n\n"
    "The player himself said: \"I am proud to join a club with this history.\"\n")


def test_a_capitalised_job_of_a_field_is_no_part_of_the_speakers_name():
    got = quotes(_RELEASE, page_names=True)
    assert speaker_of(got, "This was a long process") == "Yusuf Al-Marri"


def test_the_player_himself_is_the_story_s_player_not_the_last_speaker():
    got = quotes(_RELEASE, page_names=True)
    assert speaker_of(got, "I am proud to join") == "Omar Haddaway"


# -- "X is not hiding that ...": his words follow in the same paragraph --------------------------

def test_someone_not_hiding_his_wish_says_the_quote_after_it():
    got = quotes("Kessel's agent, Ivo Brandt, says his client wants the move. 'He needs the next step,' "
                 "said Brandt.\n\n"
                 "Coach of Harwick, Leon Varga, is not hiding that the winger is his first wish. "
                 "'I watched him four times. I hope the clubs will agree by Friday.'\n")
    assert speaker_of(got, "I watched him four times") == "Leon Varga"


# -- "Looking back at X, the player was relieved. '...,' he said" -------------------------------

def test_a_sentence_opening_participle_is_no_name_and_he_is_the_described_subject():
    got = quotes("Marco Vell signed for Dunmore on Monday. Coach Piet Harmsen said the new man could "
                 "play at the weekend. Looking back at the summer, the player was almost relieved. "
                 "\"It was a long road,\" he said.\n")
    assert speaker_of(got, "It was a long road") == "Marco Vell"


# -- "X's own words after the match were more revealing. '...,' she said" ------------------------

def test_her_own_words_make_the_owner_the_she_of_the_quote():
    got = quotes("Lena Moreau has an offer from Rovers. Her agent, Ines Caron, confirmed contact. "
                 "\"Nothing is signed,\" Caron told reporters.\n\n"
                 "Moreau's own words after the match were more revealing. \"When a club like that calls, "
                 "you listen,\" she said.\n")
    assert speaker_of(got, "When a club like that calls") == "Lena Moreau"


def test_a_short_dash_line_saying_us_is_no_quote():
    got = quotes("Dunmore signed Ivo Marsh from Kessel on Friday for two million euros.\n\n"
                 "\u2014 Follow us on social media.\n")
    assert got == []
