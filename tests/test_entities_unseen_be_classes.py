"""Entity classes first missed on the unseen-bd/unseen-be articles (own sentences, invented people and
clubs the data does not know)."""
from examples import kinds_and_mentions as _run


def test_club_words_of_many_languages_open_a_club_name():
    for text, club in [
        ("Striker Tomás Icaza could play in a friendly against Deportes Punta Arenilla on Sunday.",
         "Deportes Punta Arenilla"),
        ("Winger Ramón Quiroga-Veloso arrived after leaving Clube Atlético Serrinha in May.",
         "Clube Atlético Serrinha"),
        ("Defender Andreas Charalambidou-Kyri spent a year at Proodos Agia Marina before moving on.",
         "Proodos Agia Marina"),
        ("The midfielder Omer Ben-Hadad scored twice against Bnei Tel Shalem on Monday.",
         "Bnei Tel Shalem"),
        ("He scored in the final against Difaa Ain Beida, a day nobody in the town forgets.",
         "Difaa Ain Beida"),
    ]:
        kinds, _ = _run(text)
        assert kinds.get(club) == "club", (text, kinds)


def test_town_word_of_an_unknown_club_after_in_is_the_town():
    _, by = _run("For ten years Najm Ouled Tazert belonged to Hamid Oubella. 'In Tazert I can walk to "
                 "training,' he said. He is the Pride of Tazert.")
    assert "Tazert" not in by


def test_region_and_district_words_are_no_names():
    kinds, _ = _run("Dolno Stars FC chairman Kwesi Appiah-Nyarko called it 'a proud day for the Dagbon Region'.")
    assert "Dagbon Region" not in kinds


def test_fan_leader_is_a_supporter():
    kinds, _ = _run("Striker Toma Vrabchev left Dolno FC. \"He is ours,\" said Dolno-born fan leader "
                    "Kiril Pashkulev, whose group sang his name.")
    assert kinds.get("Kiril Pashkulev") == "person"


def test_apposition_with_now_gives_the_job_held_today():
    kinds, _ = _run("Former team-mate Anouar Belkhadir, now Dolno's sporting director, said in a statement: "
                    "'He was the best of us.'")
    assert kinds.get("Anouar Belkhadir") == "person"


def test_club_description_by_a_town_the_data_does_not_know():
    _, by = _run("Kojo Boadu scored 9 goals for Kintampo Stars FC last season, and on Tuesday the Wenchi "
                 "club accepted a bid.")
    assert by["the Wenchi club"] == by["Kintampo Stars FC"]


def test_nickname_in_quotes_after_nicknamed():
    _, by = _run("Tomás Icaza joined Tarapacá FC on Monday. Tarapacá (nicknamed \"the Miners\" after the "
                 "copper pits near the town) were short of strikers. He thanked the Miners.")
    assert by["the Miners"] == by["Tarapacá FC"]


def test_nickname_fans_called_the_club():
    _, by = _run("Tomás Icaza joined Tarapacá FC on Monday. The name changed last year, but supporters have "
                 "long called the club the Foxes, and nobody minds. He thanked the Foxes.")
    assert by["the Foxes"] == by["Tarapacá FC"]


def test_the_clubs_nickname_is_the_club_the_sentence_before_is_about():
    _, by = _run("Deportivo Vallenar beat Tarapacá FC on Monday. The club's nickname, the Foxes, comes from "
                 "the hills around the town. Tomás Icaza thanked the Foxes.")
    assert by["the Foxes"] == by["Deportivo Vallenar"]


def test_shirts_earned_them_the_name():
    _, by = _run("Tomás Icaza left Tarapacá FC for Deportivo Vallenar. Vallenar, whose green shirts earned "
                 "them the name the Greens, paid the fee. He thanked the Greens.")
    assert by["the Greens"] == by["Deportivo Vallenar"]


def test_renamed_club_old_name_is_the_same_club():
    kinds, by = _run("Striker Petar Zhelyazkov-Ivanov has left FC Vitosha Energy Bistritsa for Levski Sofia. "
                     "Until May the club was known as FC Zora Bistritsa. Vitosha Energy president Asen "
                     "Kolev-Tanev said the fee was fair. Zhelyazkov-Ivanov joined Zora's academy at 11.")
    assert by["FC Zora Bistritsa"] == by["FC Vitosha Energy Bistritsa"]
    assert by["Vitosha Energy"] == by["FC Vitosha Energy Bistritsa"]
    assert by["Zora"] == by["FC Vitosha Energy Bistritsa"]
    assert "FC Zora Bistritsa" not in kinds


def test_long_official_form_opening_with_club_is_the_same_club():
    _, by = _run("Unión Tarapacá recalled Tomás Icaza. \"Club Deportivo Unión Tarapacá informs that the player "
                 "will return,\" the statement said.")
    assert by["Club Deportivo Unión Tarapacá"] == by["Unión Tarapacá"]


def test_town_before_giants_and_a_club_name_is_no_club():
    kinds, _ = _run("Deportivo Vallenar beat competition from Tarma giants Sporting Ocoña for his signature.")
    assert "Tarma" not in kinds


def test_region_named_like_a_known_club_before_club_noun():
    kinds, by = _run("Kim Tae-won joined Chuncheon Soyang FC on Monday. The Gangwon Province club have also "
                     "handed trials to two others.")
    assert by["The Gangwon Province club"] == by["Chuncheon Soyang FC"]
    assert "Gangwon FC" not in kinds


def test_description_in_apposition_after_a_name_is_that_person():
    _, by = _run("Kofi Amponsah-Darko scored 14 goals for Kintampo Stars FC, and Berekum Lions SC want him. "
                 "Kofi is the striker everyone asks about. What about Kwame Nyantakyi-Osei, the skilful winger "
                 "who lit up the league for Techiman Stars FC? Amponsah-Darko will move first.")
    assert by["the skilful winger"] == by["Kwame Nyantakyi-Osei"]


def test_nickname_between_dashes_with_a_quoted_translation():
    _, by = _run("Unión Tarapacá have recalled Tomás Icaza from Deportivo Andino Pucón. The Vallenar Region "
                 "club – los Mineros, \"the copper men\", to their supporters – confirmed the decision. He trains "
                 "with the Mineros on Monday.")
    assert by["The Vallenar Region club"] == by["Unión Tarapacá"]
    assert by["los Mineros"] == by["Unión Tarapacá"]
    assert by["the copper men"] == by["Unión Tarapacá"]
    assert by["the Mineros"] == by["Unión Tarapacá"]


def test_nickname_between_dashes_after_a_club_described_by_its_landscape():
    _, by = _run("For years Najm Ouled Tazert belonged to Hamid Oubella. The club from the palm groves of the "
                 "south – Al-Nakheel, \"the Palms\", to everyone who has stood on its terraces – announced his "
                 "death. He scored 60 goals for the Palms.")
    assert by["Al-Nakheel"] == by["Najm Ouled Tazert"]
    assert by["the Palms"] == by["Najm Ouled Tazert"]


def test_club_from_a_landscape_the_data_does_not_know():
    _, by = _run("Petar Ivanov left FC Zora Bistritsa. The club from the foot of the Vitosha mountains was "
                 "happy with the fee.")
    assert by["The club from the foot of the Vitosha mountains"] == by["FC Zora Bistritsa"]


def test_club_description_between_dashes_after_the_club():
    _, by = _run("Omer Levin joined Hapoel Kfar Tavor from Bnei Givat Ela. Kfar Tavor – the team from the "
                 "Lower Galilee – paid the fee.")
    assert by["the team from the Lower Galilee"] == by["Hapoel Kfar Tavor"]


def test_club_description_opening_a_sentence_goes_on_with_the_club_before():
    _, by = _run("Hamid Oubella won the cup with Najm Ouled Tazert against Difaa Ain Beida in 2003. For almost "
                 "two decades, Najm Ouled Tazert belonged to him.\n\nThe club from the palm groves of the Draa "
                 "Valley announced his death this week.")
    assert by["The club from the palm groves of the Draa Valley"] == by["Najm Ouled Tazert"]


def test_boy_from_a_home_neighbourhood_is_the_player():
    _, by = _run("Diego Olivera retired at Club Atlético Cerrito. He scored 80 goals. The boy from the Malvín "
                 "neighbourhood made his debut at 17.")
    assert by["The boy from the Malvín neighbourhood"] == by["Diego Olivera"]
