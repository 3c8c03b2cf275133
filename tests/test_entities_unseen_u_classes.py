"""Classes of entity misses found on unseen article set u, each fixed by a general rule (made-up people;
real clubs only where the data file's facts are the point)."""
from examples import kind_of, mentions_of, names, run


def test_womens_clubs_are_known_and_city_is_the_city_club_the_article_names():
    ents, ments, _ = run("Glasgow City defender Morag Kinnaird-Low is wanted by London City Lionesses. City have "
                         "rejected a first offer, but London City will return with a second bid.")
    assert kind_of(ents, "Glasgow City") == "club"
    assert kind_of(ents, "London City Lionesses") == "club"
    assert "City" in mentions_of(ents, ments, "Glasgow City")
    assert "London City" in mentions_of(ents, ments, "London City Lionesses")
    assert "Manchester City" not in names(ents)


def test_a_bare_club_word_is_the_club_the_article_names_with_that_last_word():
    ents, ments, _ = run("Sligo Rovers winger Cathal Brody-Nolan is leaving. He was named the Rovers' player "
                         "of the year, and Rovers offered him a new deal.")
    assert "Blackburn Rovers" not in names(ents)
    assert "Rovers" in mentions_of(ents, ments, "Sligo Rovers")


def test_nickname_with_o_apostrophe_and_a_shared_nickname():
    ents, ments, _ = run("Sligo Rovers have lost their captain. The Bit O' Red hope to replace him quickly. "
                         "Waterford FC want him. The Blues finished fourth.")
    assert "The Bit O' Red" in mentions_of(ents, ments, "Sligo Rovers")
    assert "Bit O" not in names(ents)
    assert "The Blues" in mentions_of(ents, ments, "Waterford")
    assert "Chelsea" not in names(ents)


def test_a_post_opening_with_understand_is_not_part_of_a_club_name():
    ents, _, _ = run("Understand Heidenheim are preparing a new bid for Jonas Kreuzwieser. Heidenheim want "
                     "him this month.")
    assert "Understand Heidenheim" not in names(ents)
    assert "Heidenheim" in names(ents)


def test_a_dollar_currency_is_not_a_club():
    ents, _, _ = run("Cruzeiro have offered R$ 20 million for Fortaleza winger Davi Souto-Maior.")
    assert "Queens Park Rangers" not in names(ents)


def test_the_club_from_a_region_named_like_another_club():
    ents, ments, _ = run("Fortaleza striker Caio Benevides-Luz has scored ten goals for the club from Ceará "
                         "this season.")
    assert "the club from Ceará" in mentions_of(ents, ments, "Fortaleza")
    assert "Ceará" not in names(ents)
    ents, ments, _ = run("Heidenheim want Jonas Kreuzwieser. The club from the Ostalb have made an offer.")
    assert "The club from the Ostalb" in mentions_of(ents, ments, "Heidenheim")


def test_a_regional_noun_before_a_club_noun_is_a_club_of_that_region():
    ents, ments, _ = run("Santa Clara striker Duarte Furtado-Melo is wanted in Spain, but the Azorean club "
                         "will not sell. Sources at the Ponta Delgada club call the offer poor.")
    got = mentions_of(ents, ments, "Santa Clara")
    assert "the Azorean club" in got and "the Ponta Delgada club" in got
    assert "Ponta Delgada" not in names(ents)
    ents, ments, _ = run("Monza want Catanzaro defender Pietro Santangelo-Ruo. The Calabrian club want more "
                         "money, and the Giallorossi will not sell cheaply.")
    got = mentions_of(ents, ments, "Catanzaro")
    assert "The Calabrian club" in got and "the Giallorossi" in got
    assert "Roma" not in names(ents)


def test_a_short_form_of_the_first_name_with_the_surname_is_the_full_name():
    ents, ments, _ = run("Cruzeiro want Fortaleza winger Rafa Nogueira. Rafael Tavora da Nogueira, 21, scored "
                         "eight goals last season.")
    assert "Rafa Nogueira" in mentions_of(ents, ments, "Rafael Tavora da Nogueira")
    assert "Rafa Nogueira" not in names(ents)


def test_academy_graduate_and_a_head_of_academy():
    ents, ments, _ = run("FC St. Pauli have signed Lokomotiva Zagreb midfielder Ante Brkljačić-Vuk, 17. The "
                         "academy graduate made his debut in March.\n\nSt. Pauli's head of academy and "
                         "recruitment, Jonas Feldkamp, said the club had followed him for two years.")
    assert "The academy graduate" in mentions_of(ents, ments, "Ante Brkljačić-Vuk")
    assert kind_of(ents, "Jonas Feldkamp") == "person"


def test_a_town_after_to_is_not_a_club_when_another_club_of_that_town_is_named():
    ents, _, _ = run("FC St. Pauli have signed Ante Brkljačić-Vuk. His parents travelled with him to Hamburg "
                     "for the medical, and his mother will move to Hamburg with him.")
    assert "Hamburger SV" not in names(ents)


def test_a_first_name_with_a_possessive_is_not_a_club():
    ents, _, _ = run("Widzew Łódź have signed Bartek Wołoszyn-Kania. \"From the first day, Bartek's first "
                     "choice was Widzew,\" his agent said.")
    assert "Bartek" not in names(ents)


def test_data_clubs_platanias_nicknames_and_regions():
    ents, ments, _ = run("OFI Crete want Platanias forward Nikos Vrentzos-Mavro. Gaziantep FK and Çaykur "
                         "Rizespor are also interested. The Black Sea club made an offer, and the "
                         "south-eastern club will match it. Zagłębie Lubin sold a player to the Copper Men's "
                         "rivals, and the Imortal, Grêmio, are watching.")
    assert kind_of(ents, "Platanias") == "club"
    assert "The Black Sea club" in mentions_of(ents, ments, "Çaykur Rizespor")
    assert "the south-eastern club" in mentions_of(ents, ments, "Gaziantep FK")
    assert "Trabzonspor" not in names(ents)


def test_translated_from_a_language_is_no_player():
    ents, ments, _ = run("Translated from the Portuguese.\n\nCruzeiro want Fortaleza winger Davi Souto-Maior. "
                         "The winger has two years left.")
    assert "Translated from the Portuguese" not in " ".join(mentions_of(ents, ments, "Davi Souto-Maior"))
    assert "the Portuguese" not in mentions_of(ents, ments, "Davi Souto-Maior")


def test_a_young_nationality_noun_is_the_player_not_the_agent_who_spoke_last():
    ents, ments, _ = run("Monza want Catanzaro defender Pietro Santangelo-Ruo.\n\nThe defender's agent, Marco "
                         "Bellucci-Fabbri, said: \"He is focused on Catanzaro,\" Bellucci-Fabbri said.\n\n"
                         "The young Italian has already been capped at Under-21 level.")
    assert "The young Italian" in mentions_of(ents, ments, "Pietro Santangelo-Ruo")
