"""Classes of entity misses found on unseen article set g, each fixed by a general rule (the names
here are made up and differ from the gold sets)."""
from examples import kind_of, mentions_of, names, run


def test_a_lower_case_arabic_article_fused_to_the_surname_is_part_of_the_name():
    ents, ments, _ = run("Karim el-Haddadi will stay at Villarreal after the Moroccan winger's move collapsed.\n\n"
                         "Porto also asked about el-Haddadi in January.")
    assert "Karim el-Haddadi" in names(ents)
    assert "el-Haddadi" in mentions_of(ents, ments, "Karim el-Haddadi")


def test_bin_and_al_inside_a_long_arabic_name():
    ents, _, _ = run("Al-Hilal chief executive Faisal bin Nasser al-Harbi confirmed the club had walked away "
                     "from the deal for Lille striker Jonas Meyrat.")
    assert "Faisal bin Nasser al-Harbi" in names(ents)
    assert kind_of(ents, "Faisal bin Nasser al-Harbi") == "person"


def test_welsh_ap_inside_a_name_and_capitalised_at_a_sentence_start():
    ents, ments, _ = run("Newport boss Gethin ap Dafydd is a fan of the midfielder Leon Carvey.\n\n"
                         "Ap Dafydd wants experience in his squad.")
    assert "Gethin ap Dafydd" in names(ents)
    assert "Ap Dafydd" in mentions_of(ents, ments, "Gethin ap Dafydd")


def test_an_outlet_word_inside_a_hyphenated_first_name_is_not_cut_out():
    ents, _, _ = run("Head coach Jan-Ole Brinkhaus expects the new signing Mats Lindqvist to start on Sunday. "
                     "Brinkhaus told reporters he was happy.")
    assert "Jan-Ole Brinkhaus" in names(ents)
    assert "Jan" not in names(ents)


def test_a_journey_to_a_city_is_the_city_not_its_club():
    ents, _, _ = run("Valencia have agreed a fee for Genk forward Sander Wouters. "
                     "Wouters flew to Seville on Sunday to meet his agent.")
    assert "Sevilla" not in names(ents)


def test_full_name_is_another_name_of_the_player():
    ents, ments, _ = run("Santos teenager Pedrinho is wanted by Porto. The 17-year-old, whose full name is "
                         "Pedro Almeida Costa, scored twice on Sunday. Pedrinho is happy.")
    assert "Pedro Almeida Costa" not in names(ents)
    assert "Pedro Almeida Costa" in mentions_of(ents, ments, "Pedrinho")


def test_a_relative_named_by_first_name_after_the_surname_takes_the_surname():
    ents, ments, _ = run("Hibernian want Dundee midfielder Ewan McCrorie. McCrorie's dad, Jock, a lifelong "
                         "Hibee, laughed when asked about it.")
    assert "Jock McCrorie" in names(ents)
    assert kind_of(ents, "Jock McCrorie") == "person"
    assert "Jock" in mentions_of(ents, ments, "Jock McCrorie")
    assert "McCrorie" in mentions_of(ents, ments, "Ewan McCrorie")


def test_his_father_after_the_father_was_named():
    ents, ments, _ = run("Lazio want Partizan winger Nikola Brankovic. The winger's father, Zoran Brankovic, "
                         "was more open when contacted. His father explained that Italy is a dream.")
    assert "His father" in mentions_of(ents, ments, "Zoran Brankovic")


def test_his_mother_after_a_famous_player_is_the_main_players_mother():
    ents, ments, _ = run("Santos teenager Pedrinho will not join Lille. Pedrinho scored twice. Pedrinho is "
                         "calm.\n\nHe is the brightest talent since Ronaldinho.\n\n"
                         "\"He's upset,\" said his mother, Carla Mendes. \"That's my son.\"")
    assert "my son" in mentions_of(ents, ments, "Pedrinho")
    assert "his mother" in mentions_of(ents, ments, "Carla Mendes")


def test_a_wishlist_belongs_to_a_manager():
    ents, _, _ = run("Burnley have bid for Genk midfielder Ruben Claes. The 22-year-old is top of "
                     "Angus MacRitchie's wishlist this summer.")
    assert kind_of(ents, "Angus MacRitchie") == "person"


def test_a_role_with_an_of_complement_before_a_name():
    ents, _, _ = run("Palmeiras will not sell winger Joaozinho to Porto. Palmeiras' vice-president of "
                     "football, Marcelo Tavares Lima, was frustrated when he spoke to reporters.")
    assert kind_of(ents, "Marcelo Tavares Lima") == "person"


def test_the_capital_club_is_the_capital_club_the_article_names():
    ents, ments, _ = run("Lazio are preparing an offer for Dinamo Zagreb winger Ivan Kovacic. The "
                         "Biancocelesti sent scouts, and the capital club are ready to offer 10 million.")
    assert "the capital club" in mentions_of(ents, ments, "Lazio")


def test_a_quoted_nickname_after_nicknamed_is_the_same_player():
    ents, ments, _ = run("Celtic want Slavia midfielder Radek Novotny. Novotny, nicknamed \"the Bull\" in "
                         "Prague, was a key man last season.")
    assert "Bull" not in names(ents)
    assert any("Bull" in t for t in mentions_of(ents, ments, "Radek Novotny"))


def test_a_country_squad_player_is_a_player_description():
    ents, ments, _ = run("Aberdeen want Luton midfielder Callum Brodie. The Dons boss is a long-time admirer "
                         "of the Scotland squad player.")
    assert "the Scotland squad player" in mentions_of(ents, ments, "Callum Brodie")


def test_a_shirt_number_stands_for_the_player():
    ents, ments, _ = run("Vitoria coach Nuno Seabra-Lopes handed striker Kofi Mensah-Darko his debut. "
                         "Seabra-Lopes was full of praise for his No 9.")
    assert "his No 9" in mentions_of(ents, ments, "Kofi Mensah-Darko")


def test_the_number_of_a_shirt_is_not_a_player_description():
    ents, ments, _ = run("Striker Kofi Mensah-Darko joined Porto. He was handed the No 9 shirt on Monday.")
    assert not any(t.startswith("the No 9") for t in mentions_of(ents, ments, "Kofi Mensah-Darko"))
