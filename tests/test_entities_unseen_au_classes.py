"""Classes of entity misses found by the unseen-at / unseen-au gold sets, each with an invented example
(people, and clubs like Vastby United, are made up; see tests/gold for the articles themselves)."""
from examples import kinds_and_mentions, mentions_by_name as _mentions


def test_an_initial_with_its_point_opens_a_name():
    by = _mentions("Vastby United have bid for winger T. Oyunbat of Harlow Town. Oyunbat scored nine goals. "
                   "Coach Ts. Dorjsuren said: 'We want him.' The club's director, Kh. Mönkhtsetseg, agreed.")
    assert "Oyunbat" in by.get("T. Oyunbat", [])
    assert "Ts. Dorjsuren" in by and "Kh. Mönkhtsetseg" in by
    assert "Ts" not in by and "Kh" not in by


def test_the_lower_case_second_syllable_of_a_chinese_given_name_stays_in_the_name():
    by = _mentions("Vastby United want Lo Kai-ming. The rival chairman Hung Chih-chuang admitted defeat. "
                   "'They paid more,' Hung said.")
    assert "Hung Chih-chuang" in by
    assert "Hung" in by["Hung Chih-chuang"]
    assert "Hung Chih" not in by


def test_a_quoted_nickname_after_known_to_everyone_as_is_the_same_player():
    by = _mentions("Vastby United signed Tomasi Ravoka, known to everyone in the dressing room simply as "
                   "'Tomo', from Harlow Town. 'Tomo is a finisher,' the coach said.")
    assert "Tomo" in by["Tomasi Ravoka"]
    assert "Tomo" not in by
    by = _mentions('Jean-Paul Ahouansou, the winger the whole town knows as "Zoko", joined Vastby United.')
    assert "Zoko" in by["Jean-Paul Ahouansou"]


def test_a_pet_form_of_a_first_name_is_that_player():
    by = _mentions("Vastby United want Kgomotso Rapula-Seane. 'Motso is the heart of the team,' her coach, "
                   "Ditiro Bolelang, said.")
    assert "Motso" in by["Kgomotso Rapula-Seane"]
    assert "Motso" not in by


def test_a_particle_run_inside_a_french_institution_name_is_no_person():
    kinds, _ = kinds_and_mentions("Vastby United signed Pedro Ortega. The Ligue de football de la Province "
                                  "orientale de Kivara must approve it. Ajax sold de Vries to Vastby United.")
    assert not any(k.startswith("de ") and k != "de Vries" for k in kinds)
    assert kinds.get("de Vries") == "player"


def test_a_click_letter_opens_a_namibian_surname():
    by = _mentions("Vastby United confirmed the sale of Pedro Ortega. Secretary-general Helvi !Naruses "
                   "signed the papers.")
    assert "Helvi !Naruses" in by


def test_malay_binte_is_a_patronymic_and_the_given_name_alone_is_the_person():
    by = _mentions("The agent of Pedro Ortega, Siti Hajar binte Osman, spoke to Vastby United. "
                   "'He is happy,' Hajar said. Ahmad Faiz bin Rosli also called. Faiz said no.")
    assert "Hajar" in by["Siti Hajar binte Osman"]
    assert "Faiz" in by["Ahmad Faiz bin Rosli"]
    assert "Hajar" not in by and "Faiz" not in by


def test_the_champions_is_the_club_of_the_sentence():
    by = _mentions("Harrow Town want Pedro Ortega from Vastby United. Vastby United's president, Ole Brandt, "
                   "warned that the champions would not be rushed.")
    assert "the champions" in by["Vastby United"]


def test_the_champions_after_but_is_not_the_club_before_it():
    by = _mentions("Harrow Town want Pedro Ortega from Vastby United. 'Pedro is happy at Vastby United, but any "
                   "player would be flattered to be wanted by the champions,' his agent said. Harrow Town "
                   "won the league in May.")
    assert "the champions" in by["Harrow Town"]


def test_the_reigning_champions_is_a_club():
    by = _mentions("Harrow Town signed Pedro Ortega. Vastby United, the reigning champions, had resisted "
                   "two offers.")
    assert "the reigning champions" in by["Vastby United"]


def test_his_top_scorer_after_a_club_president_is_the_player():
    by = _mentions("Harrow Town signed Pedro Ortega from Vastby United. In April Vastby United's president, "
                   "Ole Brandt, first admitted that his top scorer wanted to leave.")
    assert "his top scorer" in by["Pedro Ortega"]


def test_the_most_successful_club_in_the_country_is_the_club_it_stands_beside():
    by = _mentions("Harrow Town want Pedro Ortega from Vastby United. Vastby United, the most successful club "
                   "in the country, rejected a first offer in May.")
    assert "the most successful club in the country" in by["Vastby United"]


def test_a_nationality_after_a_guillemet_quote_is_its_speaker_not_the_player_named_inside():
    by = _mentions("Vastby United signed midfielder Pedro Ortega-Lind from Harrow Town. In Vastby, coach "
                   "Karim Bennani-Idrissi welcomed him. « Pedro is a modern midfielder, » the Moroccan told "
                   "a local radio station.")
    assert "the Moroccan" in by["Karim Bennani-Idrissi"]


def test_two_capitals_of_a_two_word_club_named_in_full_are_that_club():
    by = _mentions("Pedro Ortega's move from Kivara Wanderers to Harlow Town has collapsed. Kivara Wanderers "
                   "confirmed it. 'We wanted a fair deal for KW,' the club's president said.")
    assert "KW" in by["Kivara Wanderers"]


def test_his_old_club_is_the_club_the_article_says_he_left():
    by = _mentions("It is official: Pedro Ortega has left Vastby United for Harlow Town. The forward signed "
                   "a two-year deal. The new season begins in August, so an early meeting with his old club "
                   "cannot be ruled out.")
    assert "his old club" in by["Vastby United"]


def test_a_letter_that_completes_a_word_is_no_initial():
    kinds, _ = kinds_and_mentions("Vastby United were drawn in Group C. Nothing changes for them. Harlow Town "
                                  "have no Plan B. Rangers said so.")
    assert not any(k.startswith(("C.", "B.")) for k in kinds)


def test_a_known_clubs_captain_with_no_name_after_it_is_the_player():
    by = _mentions("Celtic want Pedro Ortega from Aberdeen. 'Pedro is Aberdeen's captain and he will stay,' "
                   "said the club's chairman, Nils Brandt. Aberdeen's captain Jan Okoro-Lind trained alone.")
    assert "Aberdeen's captain" in by["Pedro Ortega"]
    assert "Aberdeen's captain" not in by.get("Jan Okoro-Lind", [])


def test_a_club_description_opening_a_sentence_goes_on_with_the_last_subject():
    by = _mentions("Vastby United have accepted an offer from Harlow Town for Pedro Ortega. The reigning "
                   "champions published a statement on Saturday.")
    assert "The reigning champions" in by["Vastby United"]


def test_an_official_title_before_a_full_name_is_in_the_mention_not_the_name():
    by = _mentions("Vastby United's chairman, Alhaji Musa Kargbo-Sesay, said Pedro Ortega would stay.")
    assert "Musa Kargbo-Sesay" in by
    assert "Alhaji Musa Kargbo-Sesay" in by["Musa Kargbo-Sesay"]
