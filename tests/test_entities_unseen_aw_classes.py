"""Classes of entity misses found by the unseen-av / unseen-aw gold sets, each with an invented example
(people, and clubs like Vastby United, are made up; see tests/gold for the articles themselves)."""
from examples import kinds_and_mentions, run, mentions_by_name as _mentions


def _kinds(body: str) -> dict[str, str]:
    return kinds_and_mentions(body)[0]


def test_a_brunei_style_before_the_name_stays_with_it_and_marks_no_official():
    body = ("Vastby United want winger Pengiran Muhammad Hadif bin Pengiran Haji Osman of Harlow Town. "
            "Pengiran Hadif scored nine goals. The Harlow Town general manager, Awangku Muhammad Syafiq "
            "bin Haji Latif, said: 'We will listen.' Awangku Syafiq added that Haji Rosli's side had called.")
    by = _mentions(body)
    hadif = next(k for k in by if "Hadif" in k and "Osman" in k)
    assert "Pengiran Hadif" in by[hadif]
    assert "Pengiran Hadif" not in by
    syafiq = next(k for k in by if "Syafiq" in k and "Latif" in k)
    assert "Awangku Syafiq" in by[syafiq]
    assert "Awangku Syafiq" not in by
    kinds = _kinds(body)
    assert kinds[hadif] == "player"


def test_a_name_in_chinese_characters_in_brackets_is_the_same_person():
    by = _mentions("Vastby United want midfielder Marco Chan Ka Wai (陳嘉偉) from Harlow Town. "
                   "Harlow Town director Leung Chi Ho (梁志豪) said no. 'But 陳嘉偉 wants to go,' Leung said.")
    assert by["Marco Chan Ka Wai"].count("陳嘉偉") == 2
    assert "梁志豪" in by["Leung Chi Ho"]


def test_the_family_name_of_a_macau_style_name_alone_is_that_person():
    by = _mentions("Vastby United want midfielder Marco Chan Ka Wai from Harlow Town. Chan, 24, has "
                   "played there for five years. 'I am happy,' Chan said.")
    assert "Chan" in by["Marco Chan Ka Wai"]
    assert "Chan" not in by


def test_a_long_double_surname_cut_to_its_first_half_or_its_start_is_that_person():
    by = _mentions("Vastby United president Tojo Rakotoarimanana-Andrianasolo said the club wanted "
                   "Pedro Ortega. 'He is ready,' Rakotoarimanana said. Harlow Town coach Fidy "
                   "Ravelonjatovo-Razafindrakoto disagreed. Ravelo called it too early.")
    assert "Rakotoarimanana" in by["Tojo Rakotoarimanana-Andrianasolo"]
    assert "Ravelo" in by["Fidy Ravelonjatovo-Razafindrakoto"]
    assert "Rakotoarimanana" not in by and "Ravelo" not in by


def test_the_name_everyone_knows_a_player_by_unquoted_is_that_player():
    by = _mentions("Vastby United will sell Tomas Kereme Ulago, the forward every fan in town knows simply "
                   "as Kingfisher, to Harlow Town. Kingfisher scored twelve goals last season.")
    assert "Kingfisher" in by["Tomas Kereme Ulago"]
    assert "Kingfisher" not in by


def test_a_title_before_the_coach_stays_in_his_team_phrase():
    by = _mentions("Vastby United coach Haji Rosli bin Haji Kamal wants Pedro Ortega from Harlow Town. "
                   "Haji Rosli's side finished fourth.")
    assert "Haji Rosli's side" in by["Vastby United"]


def test_a_name_with_a_leading_apostrophe_after_a_job_is_that_official():
    kinds = _kinds("Vastby United want Pedro Ortega. Harlow Town's football director, 'Malineo Sekhesa, "
                   "said the club would wait.")
    assert kinds["Malineo Sekhesa"] == "person"


def test_a_middle_initial_after_a_given_name_stays_in_the_name():
    by = _mentions("Vastby United want Pedro Ortega. His agent, Prince T. Kollie-Dweh, said talks had "
                   "started. Striker Samuel K. Garmo is also wanted. Kollie-Dweh would not say more.")
    assert "Kollie-Dweh" in by["Prince T. Kollie-Dweh"]
    assert "Samuel K. Garmo" in by
    assert "Prince" not in by and "Samuel" not in by
    by = _mentions("Vastby United want Pedro Ortega. Coach Ts. Dorjsuren said yes.")
    assert "Ts. Dorjsuren" in by


def test_a_club_named_before_native_is_a_home_town():
    kinds = _kinds("Vastby United signed Pedro Ortega from Harlow Town. The 22-year-old, a Liverpool native "
                   "with eight caps, agreed terms on Monday.")
    assert "Liverpool" not in kinds


def test_a_title_description_after_and_or_with_goes_on_with_the_sentence_subject():
    ents, ments, _ = run("Vastby United have made an offer for Harlow Town winger Pedro Ortega, and the "
                         "Premier League runners-up want him before the season starts.",
                         "Vastby United are the Premier League runners-up. Harlow Town finished ninth.")
    name = {e.id: e.name for e in ents}
    got = [name[m.entity] for m in ments if m.text == "the Premier League runners-up" and m.article == "a0"]
    assert got == ["Vastby United"]


def test_a_two_word_outlet_someone_told_is_no_player_though_its_last_word_is_a_country():
    kinds = _kinds("Vastby United want Pedro Ortega from Harlow Town. 'He is ready,' coach Tomas Brel told "
                   "Suara Kivara. The Kivara Cup final is next week. 'I am happy,' Ortega told Marco Selva. "
                   "Selva said yes.")
    assert "Suara Kivara" not in kinds
    assert kinds.get("Marco Selva") in ("player", "person")


def test_a_place_after_a_meeting_in_or_an_association_of_is_no_player():
    kinds = _kinds("Vastby United want Pedro Ortega from Harlow Town. The clubs met after a meeting in Bandar "
                   "Sulara, and Ortega is expected to sign. The deal needs approval from the Football "
                   "Association of Kivara Raya. Vastby also have an interest in Marco Selva.")
    assert "Bandar Sulara" not in kinds and "Kivara Raya" not in kinds
    assert "Marco Selva" in kinds


def test_a_place_ending_a_fronted_phrase_is_not_described_by_the_speaker_after_it():
    kinds = _kinds("Vastby United want winger Pedro Ortega from Harlow Town. Speaking after the last training "
                   "session of the season in Tarumbak, the winger said: 'I am happy here.' Ortega has two "
                   "years left.")
    assert "Tarumbak" not in kinds
    assert kinds["Pedro Ortega"] == "player"
