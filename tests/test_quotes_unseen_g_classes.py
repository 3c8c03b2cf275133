"""Classes of quote misses found on unseen article set g, each fixed by a general rule (made-up names)."""
from examples import quotes, speaker_of


def test_a_surname_with_a_fused_article_says_the_quote():
    got = quotes(page_names=True, body="Al-Hilal chief executive Faisal bin Nasser al-Harbi confirmed the club had walked away.\n\n"
                                       "Porto director Rui Lemos Vaz was pleased. \"We keep our player,\" Lemos Vaz said.\n\n"
                                       "\"We made a strong offer and respected every deadline,\" Al-Harbi said in a statement.")
    assert speaker_of(got, "We made a strong offer") == "Faisal bin Nasser al-Harbi"


def test_said_his_mother_comma_name_is_the_named_mother():
    got = quotes(page_names=True, body="Santos teenager Pedrinho will not join Lille.\n\n"
                                       "The player's agent, Wellington Souza, said his client was calm. \"He is 18,\" Souza said.\n\n"
                                       "\"He's upset, of course,\" said his mother, Carla Mendes. \"But he will be fine.\"")
    assert speaker_of(got, "He's upset") == "Carla Mendes"


def test_the_father_named_by_first_name_speaks_under_the_full_name():
    got = quotes(page_names=True, body="Hibernian want Dundee midfielder Ewan McCrorie.\n\n"
                                       "McCrorie's dad, Jock, a lifelong Hibee, laughed when asked about it.\n\n"
                                       "\u2018He has been Hibs daft since he was five,\u2019 he said.")
    sp = speaker_of(got, "He has been Hibs daft")
    assert sp == "Jock McCrorie"
