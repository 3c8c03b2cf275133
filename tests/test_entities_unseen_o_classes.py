"""Classes of entity misses found on unseen article set o, each fixed by a general rule (made-up names,
made-up clubs the data files do not know, or clubs of the data files that set o does not name)."""
from examples import kind_of, mentions_of, names, run


def test_a_first_name_that_is_also_an_english_word_is_kept_after_a_job_title():
    ents, _, _ = run("Vardo Rovers want Tomas Brela. Fenwick Athletic head coach Even Dullisen said the "
                     "striker is not for sale.")
    assert kind_of(ents, "Even Dullisen") == "person"


def test_a_nationality_with_the_in_apposition_after_a_job_keeps_the_job():
    ents, _, _ = run("Vardo Rovers want goalkeeper Tomas Brela. The goalkeeper's agent, the Belgian "
                     "Marco Dulli-Hendricks, confirmed there had been several enquiries.")
    assert kind_of(ents, "Marco Dulli-Hendricks") == "person"


def test_a_job_of_a_named_club_in_apposition_makes_a_person():
    ents, _, _ = run("Tomas Brela has left Grenoble for Vardo Rovers. The president of Grenoble, "
                     "Marco Dulli-Vance, did not hide his regret on Monday evening.")
    assert kind_of(ents, "Marco Dulli-Vance") == "person"


def test_newspaper_titles_are_outlets_not_people():
    ents, _, _ = run("Vardo Rovers want Tomas Brela, according to Le Vigilant Savoyard. Rovers director "
                     "Marco Dulli told the Fenwick Courant: \"We like him.\" Speaking to Nordvik Budbringer, "
                     "the local newspaper, Brela said he was happy.")
    got = names(ents)
    assert "Le Vigilant Savoyard" not in got and "Vigilant Savoyard" not in got
    assert "Fenwick Courant" not in got
    assert "Nordvik Budbringer" not in got


def test_a_club_name_with_a_saints_abbreviation_after_a_national_club_noun_is_a_club():
    ents, _, _ = run("Tomas Brela spent last season on loan at Austrian second-division club SKV St. Vardo, "
                     "where he kept ten clean sheets.")
    assert kind_of(ents, "SKV St. Vardo") == "club"
    assert names(ents) == ["Tomas Brela", "SKV St. Vardo"] or sorted(names(ents)) == ["SKV St. Vardo", "Tomas Brela"]


def test_a_town_opening_a_sentence_is_the_town_not_its_club():
    ents, ments, _ = run("1. FC Magdeburg want goalkeeper Tomas Brela. In Magdeburg, the club is "
                         "under pressure to strengthen.")
    assert "Magdeburg" not in mentions_of(ents, ments, "1. FC Magdeburg")


def test_a_name_opening_a_short_quoted_phrase_is_a_figure_of_speech_not_a_club():
    ents, _, _ = run("Vardo Rovers want Tomas Brela. Rovers boss Marco Dulli described him as a "
                     "\"Bentley-Royce defender\" last season.")
    assert "Bentley-Royce" not in names(ents)


def test_the_plural_of_a_clubs_place_adjective_names_the_club():
    ents, ments, _ = run("Palermo want Tomas Brela from Vardo Rovers, although the Sicilians are said to "
                         "prefer a loan.")
    assert "the Sicilians" in mentions_of(ents, ments, "Palermo")


def test_a_quoted_nickname_as_he_is_nicknamed_is_the_person_named_before():
    ents, ments, _ = run("Tomas Brela-Kone has left Vardo Rovers. The striker scored 14 goals. The fee was "
                         "not disclosed. Arrived in 2021, \"Tomo\", as he is nicknamed in the dressing room, "
                         "had one year left on his contract.")
    assert "Tomo" in mentions_of(ents, ments, "Tomas Brela-Kone")
    assert "Tomo" not in names(ents)


def test_an_article_led_place_after_from_is_a_town_not_a_person():
    ents, _, _ = run("Vardo Rovers have signed Tomas Brela. \"When a kid from La Cuesta goes abroad, it tells "
                     "every other kid that it is possible,\" Marco Dulli said.")
    assert "La Cuesta" not in names(ents)


def test_a_clubs_nickname_known_to_its_supporters_names_the_club():
    ents, ments, _ = run("Persiva Kalimantan have rejected a bid for Tomas Brela. Persiva Kalimantan, known to "
                         "their supporters as Elang Borneo, are second in the table.")
    assert "Elang Borneo" in mentions_of(ents, ments, "Persiva Kalimantan")
    assert "Elang Borneo" not in names(ents)


def test_a_three_word_club_after_national_champions_is_a_club():
    ents, _, _ = run("Malaysian champions Kedah Darul Aman made an approach for the player Tomas Brela in "
                     "December.")
    assert kind_of(ents, "Kedah Darul Aman") == "club"
