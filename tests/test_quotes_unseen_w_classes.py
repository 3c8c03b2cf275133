"""Classes of quote misses found on unseen article set w, each fixed by a general rule (made-up names)."""
from examples import quotes, speaker_of


# -- "the Norwegian said he felt 'ready'": the one saying, not whoever "he" might be -------------

def test_said_he_felt_belongs_to_the_subject_of_said():
    got = quotes(
        "Harwick want Brenmoor centre-back Joram Vinterlund-Baek.\n\n"
        "The defender himself spoke at a youth clinic in his native Flemish Kempen, and the "
        "Belgian said he felt 'ready for a new challenge'.\n")
    assert speaker_of(got, "ready for a new challenge") == "Joram Vinterlund-Baek"


def test_a_native_region_is_no_speaker_for_he_said():
    got = quotes(
        "Harwick want Brenmoor winger Pell Ostrander-Vine.\n\n"
        "Speaking at a charity match in his native Kessering, he said: \"I am happy here, but I "
        "listen to every offer.\"\n")
    assert speaker_of(got, "I am happy here") == "Pell Ostrander-Vine"


# -- "with one fan account replying: '...'": someone new and unnamed, not the last speaker ------

def test_one_fan_account_replying_is_anonymous_not_the_last_speaker():
    got = quotes(
        "Brenmoor striker Tavo Quillan-Roe posted a farewell photo on Sunday.\n\n"
        "Former captain Ilias Morrow-Penn wrote on X: \"Players come and go. The club stays.\"\n\n"
        "Supporters were angrier still, with one fan account replying: \"Last week he loved us. "
        "Now this?\"\n")
    assert speaker_of(got, "Last week he loved us") is None
    assert speaker_of(got, "Players come and go") == "Ilias Morrow-Penn"


# -- "The player later added a story to his page. '...,' he wrote": no "added" speech ----------

def test_added_a_story_is_not_the_last_speaker_going_on():
    got = quotes(
        "Brenmoor striker Tavo Quillan-Roe posted a farewell photo on Sunday.\n\n"
        "Brenmoor midfielder Joss Hadley-Crane replied first. \"Go and win everything,\" Hadley-Crane "
        "wrote.\n\n"
        "Former captain Ilias Morrow-Penn wrote on X: \"Players come and go. The club stays.\"\n\n"
        "The player later added a story to his page. \"Nobody loves this club more than me,\" he "
        "wrote.\n")
    assert speaker_of(got, "Nobody loves this club") == "Tavo Quillan-Roe"


# -- "When you told me '...'," a teammate wrote under the post: "you" is the one written to -----

def test_you_told_me_inside_a_written_reply_is_the_story_player():
    got = quotes(
        "Brenmoor striker Tavo Quillan-Roe posted a farewell photo on Sunday.\n\n"
        "Brenmoor midfielder Joss Hadley-Crane was among the first to answer. \"When you told me 'one more "
        "year, mate' in April, I believed you. Go well,\" Hadley-Crane wrote.\n")
    assert speaker_of(got, "one more year, mate") == "Tavo Quillan-Roe"
    assert speaker_of(got, "When you told me") == "Joss Hadley-Crane"


def test_you_told_me_in_spoken_words_gets_no_inner_speaker():
    got = quotes(
        "Brenmoor coach Ansel Whitcombe-Dray met the press on Friday.\n\n"
        "\"You told me 'the pitch is bad' last week, and you were right,\" Whitcombe-Dray said.\n")
    assert not any(t.startswith("the pitch is bad") for t, _ in got)


# -- '"I get on well with Mr X," he says': "he" is not the man the quote itself names ---------

def test_he_is_not_the_person_his_own_quote_names():
    got = quotes(
        "Agent Ruben Ashcombe-Lyle has represented players for twenty years.\n\n"
        "\"My client wants to play every week,\" Ashcombe-Lyle says.\n\n"
        "The contract runs until 2028. President Ostap Velinov-Tarr has insisted that the winger "
        "is not for sale, but Ashcombe-Lyle believes the club will be reasonable.\n\n"
        "\"I have a very good relationship with Mr Velinov-Tarr, and I respect his position,\" he "
        "says.\n")
    assert speaker_of(got, "I have a very good relationship") == "Ruben Ashcombe-Lyle"


def test_but_clause_subject_is_the_he_of_the_next_paragraph():
    got = quotes(
        "Harwick want Brenmoor winger Pell Ostrander-Vine.\n\n"
        "Brenmoor director Saoirse Penhallow-Quist has said the winger is not for sale, but agent "
        "Ruben Ashcombe-Lyle thinks a deal is close.\n\n"
        "\"Both clubs want it done,\" he says.\n")
    assert speaker_of(got, "Both clubs want it done") == "Ruben Ashcombe-Lyle"


# -- "Teammate X replied": a job word before a name, not part of the name -------------------------

def test_teammate_before_a_name_is_not_part_of_the_speaker_name():
    got = quotes(
        "Brenmoor striker Tavo Quillan-Roe posted a farewell photo on Sunday.\n\n"
        "Teammate Joss Hadley-Crane replied first. \"Go well, brother,\" Hadley-Crane wrote.\n")
    assert speaker_of(got, "Go well, brother") == "Joss Hadley-Crane"


# -- "Another wrote:", "Hours later X posted ...": sentence-opening words, no names -------------

def test_another_wrote_is_nobody_named():
    got = quotes(
        "Brenmoor striker Tavo Quillan-Roe has hinted at an exit.\n\n"
        "One supporter replied under the post: \"Traitor.\" Another wrote: \"Good luck, legend, you "
        "gave us everything.\"\n")
    assert speaker_of(got, "Good luck, legend") is None


def test_hours_later_is_no_speaker_name():
    got = quotes(
        "Brenmoor striker Tavo Quillan-Roe has hinted at an exit.\n\n"
        "Brenmoor coach Ansel Whitcombe-Dray said nothing had changed. \"He trains well,\" he said.\n\n"
        "Minutes later the club posted: \"Tavo is not for sale.\"\n")
    assert speaker_of(got, "Tavo is not for sale") == "Brenmoor"


# -- "X shared a photo (,) captioned '...'": the caption is the poster's ------------------------

def test_a_caption_belongs_to_who_posted_the_photo():
    got = quotes(
        "Brenmoor striker Tavo Quillan-Roe has hinted at an exit.\n\n"
        "Brenmoor coach Ansel Whitcombe-Dray said nothing had changed. \"He trains well,\" he said.\n\n"
        "Later that night the striker shared a photo on his Instagram story, captioned \"New "
        "chapter loading\".\n")
    assert speaker_of(got, "New chapter loading") == "Tavo Quillan-Roe"


def test_a_club_video_caption_is_the_club():
    got = quotes(
        "Brenmoor striker Tavo Quillan-Roe has hinted at an exit.\n\n"
        "Brenmoor coach Ansel Whitcombe-Dray said nothing had changed. \"He trains well,\" he said.\n\n"
        "The club later posted a video of his goals captioned \"Our number nine\".\n")
    assert speaker_of(got, "Our number nine") == "Brenmoor"


# -- "Harwick's official account replied:": the account's owner speaks ---------------------------

def test_a_clubs_account_speaks_for_the_club():
    got = quotes(
        "Brenmoor striker Tavo Quillan-Roe posted a farewell photo on Sunday.\n\n"
        "Brenmoor coach Ansel Whitcombe-Dray said nothing had changed. \"He trains well,\" he said.\n\n"
        "Harwick's official account replied with a wink: \"See you soon.\"\n")
    assert speaker_of(got, "See you soon") == "Harwick"


def test_a_fan_account_or_user_is_nobody_named():
    got = quotes(
        "Brenmoor striker Tavo Quillan-Roe posted a farewell photo on Sunday.\n\n"
        "Brenmoor coach Ansel Whitcombe-Dray said nothing had changed. \"He trains well,\" he said.\n\n"
        "A fan page with 50,000 followers posted: \"Thanks for the memories.\" One user commented: "
        "\"Best of luck.\"\n")
    assert speaker_of(got, "Thanks for the memories") is None
    assert speaker_of(got, "Best of luck") is None


def test_the_player_right_after_another_player_is_that_player():
    got = quotes(
        "Brenmoor striker Tavo Quillan-Roe is wanted by Harwick.\n\n"
        "Harwick also want Brenmoor midfielder Joss Hadley-Crane, who has impressed this season.\n\n"
        "The player has two years left on his deal. \"I am happy here,\" he said.\n")
    assert speaker_of(got, "I am happy here") == "Joss Hadley-Crane"


# -- "The 22-year-old attended ..., where the Frenchwoman said she was '...'" -------------------

def test_a_nationality_before_any_speaker_is_the_paragraphs_described_subject():
    got = quotes(
        "Lyon want Brenmoor forward Ines Marquet-Dulac.\n\n"
        "The 22-year-old attended a fan event in her home town on Sunday, where the Frenchwoman "
        "said she was \"not thinking about the future\".\n")
    assert speaker_of(got, "not thinking about the future") == "Ines Marquet-Dulac"


# -- "Sky Sport Italia insists that '...'": an outlet whose first words are no name words --------

def test_an_outlet_opening_with_non_name_words_is_no_speaker():
    got = quotes(
        "Modena want Cesena midfielder Filo Venturelli-Gatti.\n\n"
        "Corriere dello Sport writes that the deal is \"a matter of days\", while Sky Sport Italia "
        "insists that \"Cesena want more\".\n")
    assert speaker_of(got, "Cesena want more") is None


def test_he_is_not_the_person_his_quote_calls_by_first_name():
    got = quotes(
        "Agent Ruben Ashcombe-Lyle has represented players for twenty years, and his youngest "
        "client, Brenmoor winger Pell Ostrander-Vine, is wanted by three clubs.\n\n"
        "\"My job is to find the right place,\" Ashcombe-Lyle says.\n\n"
        "Harwick coach Ansel Whitcombe-Dray has called the winger twice.\n\n"
        "\"Ansel is a good man,\" he says.\n")
    assert speaker_of(got, "Ansel is a good man") == "Ruben Ashcombe-Lyle"


def test_he_in_the_same_paragraph_is_not_the_man_his_quote_names():
    got = quotes(
        "Agent Ruben Ashcombe-Lyle has represented players for twenty years, and his youngest "
        "client, Brenmoor winger Pell Ostrander-Vine, is wanted by three clubs.\n\n"
        "\"My job is to find the right place,\" Ashcombe-Lyle says.\n\n"
        "Harwick coach Ansel Whitcombe-Dray has called the winger twice. \"Ansel is a good man,\" "
        "he says.\n")
    assert speaker_of(got, "Ansel is a good man") == "Ruben Ashcombe-Lyle"


# -- "The defender himself ..., and the Belgian told <outlet> he felt '...'" ----------------------

def test_emphatic_role_makes_a_later_nationality_the_story_player():
    got = quotes(
        "Westerlo want OH Leuven centre-back Joren Vanleke-Stas.\n\n"
        "Leuven chief Pieter Vandamme-Roels said the club wanted more money. \"We are far apart,\" "
        "he said.\n\n"
        "The defender himself spoke at a clinic in Brabant, and the Belgian told reporters he felt "
        "\"ready for the next step\".\n")
    assert speaker_of(got, "ready for the next step") == "Joren Vanleke-Stas"


def test_told_an_outlet_he_felt_is_the_teller():
    got = quotes(
        "Westerlo want OH Leuven centre-back Joren Vanleke-Stas.\n\n"
        "Leuven chief Pieter Vandamme-Roels said the club wanted more money. \"We are far apart,\" "
        "he said.\n\n"
        "At a clinic on Sunday, Vanleke-Stas told Het Laatste Nieuws he felt \"ready for the next "
        "step\".\n")
    assert speaker_of(got, "ready for the next step") == "Joren Vanleke-Stas"


# -- "<outlet> wrote that the deal was '...'", "According to <outlet>, '...'": nobody's words ----

def test_an_outlets_reported_phrase_is_not_the_paragraphs_last_speaker():
    got = quotes(
        "Dinamo want Petrolul captain Ionel Vlădescu-Marin.\n\n"
        "Speaking to Digi Sport, Vlădescu-Marin said: \"I am calm.\" Gazeta Sporturilor wrote that "
        "the deal was \"very close\".\n")
    assert speaker_of(got, "I am calm") == "Ionel Vlădescu-Marin"
    assert speaker_of(got, "very close") is None


def test_an_outlet_claiming_a_club_wants_is_not_the_clubs_quote():
    got = quotes(
        "Dinamo want Petrolul captain Ionel Vlădescu-Marin.\n\n"
        "\"We want him,\" Dinamo boss Radu Ilie-Pop told GSP.ro. ProSport claims Petrolul want "
        "\"at least half a million\".\n")
    assert speaker_of(got, "at least half a million") is None


def test_according_to_an_agency_is_nobody():
    got = quotes(
        "Al-Sadd want Al-Duhail winger Yassin Benkhaled-Amri.\n\n"
        "Al-Sadd coach Jorge Ferrán-Lago told Al Kass TV: \"We respect him.\" According to QNA, "
        "\"talks are ongoing\".\n")
    assert speaker_of(got, "talks are ongoing") is None
    assert speaker_of(got, "We respect him") == "Jorge Ferrán-Lago"
