"""Classes of entity misses found on unseen article set p, each fixed by a general rule (made-up names,
made-up clubs the data files do not know, or clubs of the data files that set p does not name)."""
from examples import kind_of, mentions_of, names, run


def test_labels_of_a_club_sites_fact_box_are_not_names():
    ents, _, _ = run("Fenwick Athletic have signed midfielder Tomas Brela-Okafor. NAME: Tomas Brela-Okafor "
                     "PRONUNCIATION: TOH-mas BREH-lah POSITION: Midfielder HEIGHT: 5-11 WEIGHT: 160 lbs.")
    got = names(ents)
    assert "Tomas Brela-Okafor" in got
    assert not any("PRONUNCIATION" in n or n == "HEIGHT" or n == "WEIGHT" for n in got)


def test_a_sentence_adverb_before_a_comma_is_not_a_name():
    ents, _, _ = run("Fenwick Athletic have signed Tomas Brela. Internationally, the midfielder earned his "
                     "first call-up in March. Financially, the deal suits both clubs.")
    assert names(ents) == ["Tomas Brela", "Fenwick Athletic"] or \
        sorted(names(ents)) == ["Fenwick Athletic", "Tomas Brela"]


def test_a_capitalised_job_title_after_a_club_keeps_the_name_after_it():
    ents, _, _ = run("Fenwick Athletic have signed Tomas Brela. Blackburn Rovers Head Coach Devon Okoro, "
                     "who watched the game, said the striker had stood out.")
    assert kind_of(ents, "Devon Okoro") == "person"


def test_a_long_capitalised_title_that_begins_before_the_name_is_not_part_of_it():
    ents, _, _ = run("Fenwick Athletic have signed Tomas Brela, said Fenwick General Manager & President of "
                     "Soccer Operations Marlon Tusk.")
    assert "Marlon Tusk" in names(ents)
    assert not any("Operations" in n for n in names(ents))


def test_the_club_from_its_home_town_is_the_club():
    ents, ments, _ = run("AIK want Tomas Brela. The club from Solna have offered a three-year deal.")
    assert "The club from Solna" in mentions_of(ents, ments, "AIK")


def test_a_dateline_town_in_capitals_is_not_the_club_of_that_town():
    ents, ments, _ = run("SOLNA, Sweden – AIK today announced the signing of Tomas Brela from Vardo Rovers.")
    assert "SOLNA" not in mentions_of(ents, ments, "AIK")


def test_part_of_a_quoted_nickname_cut_by_an_outlet_word_is_no_alias():
    ents, ments, _ = run("Fenwick Athletic want Tomas Brela. In Vardo, the striker is known simply as "
                         "\u2018the Bergen Express\u2019 for his pace. He came from an academy in Bergen.")
    assert "Bergen" not in mentions_of(ents, ments, "Tomas Brela")


def test_an_agent_in_apposition_with_a_home_town_is_a_person():
    ents, ments, _ = run("Fenwick Athletic want defender Tomas Brela. The player, nicknamed \u2018the Wall\u2019, "
                         "has agreed terms. His agent, the Lisbon-based Marco Dulli, is expected in Fenwick on "
                         "Thursday.")
    assert kind_of(ents, "Marco Dulli") == "person"
    assert "His agent" in mentions_of(ents, ments, "Marco Dulli")


def test_the_players_agent_before_a_name_names_the_agent():
    ents, ments, _ = run("Fenwick Athletic want Tomas Brela, the Vardo winger. According to a tabloid, the "
                         "player's agent, Per Dullisen, has held talks.\n\n"
                         "The player's adviser, the Ukrainian Taras Okoro-Vance, told reporters he was calm.\n\n"
                         "The player's French agent, Marco Dulli, said talks would resume.")
    assert "the player's agent" in mentions_of(ents, ments, "Per Dullisen")
    assert "The player's adviser" in mentions_of(ents, ments, "Taras Okoro-Vance")
    assert "The player's French agent" in mentions_of(ents, ments, "Marco Dulli")


def test_stands_initiatives_and_platforms_are_not_people():
    ents, _, _ = run("Fenwick Athletic have signed Tomas Brela. He will occupy a Homegrown Initiative slot, "
                     "the club told the Market Disclosure Platform, and was unveiled in front of the "
                     "Northfield Stand.")
    got = names(ents)
    assert not any(w in n for n in got for w in ("Initiative", "Platform", "Stand"))


def test_a_double_barrelled_surname_misspelt_by_one_letter_is_the_same_person():
    ents, ments, _ = run("Fenwick Athletic want Tomas Dulli-Okafor. Coach Marco Vance does not want to lose "
                         "Dulli-Okafr without a replacement lined up.")
    assert "Dulli-Okafr" in mentions_of(ents, ments, "Tomas Dulli-Okafor")
    assert "Dulli-Okafr" not in names(ents)


def test_a_currency_prefix_is_not_a_nationality_description():
    ents, ments, _ = run("Fenwick Athletic want Tomas Brela. The board rejected the US$2.5 million on the table.")
    assert not any(m.startswith("the US") for m in mentions_of(ents, ments, "Tomas Brela"))
