"""Entity classes first missed on the unseen-bf/unseen-bg articles (own sentences, invented people and
clubs the data does not know)."""
from examples import kinds_and_mentions as _run


def test_a_known_town_opens_an_unknown_club_ending_in_a_club_word():
    kinds, by = _run("Goalkeeper Ravi Menon arrived from Shillong Cedar FC on Monday, and the winger "
                     "Ajay Rana left on loan to Chennai Lighthouse FC.")
    assert kinds.get("Shillong Cedar FC") == "club", kinds
    assert kinds.get("Chennai Lighthouse FC") == "club", kinds
    assert "Cedar FC" not in kinds and "Lighthouse FC" not in kinds


def test_stars_ends_a_club_name():
    kinds, by = _run("Otieno, 24, was the best full-back in the league at Kisumu Lake Stars. "
                     "Lake Stars want more money for him.")
    assert kinds.get("Kisumu Lake Stars") == "club", kinds
    assert by.get("Lake Stars") == by.get("Kisumu Lake Stars")


def test_a_hyphenated_word_before_a_known_town_is_a_club():
    kinds, by = _run("Sary-Arka Karaganda's move for Daulet Omarov is off after the ruling. "
                     "Sary-Arka have appealed.")
    assert kinds.get("Sary-Arka Karaganda") == "club", kinds
    assert kinds.get("Daulet Omarov") == "player"


def test_a_club_code_before_a_name_with_a_relative_clause_apposition():
    kinds, _ = _run("That appears to be a reference to KVC Hoogstraten-Berg, the Belgian second-tier club "
                    "who watched the Jamaican twice.")
    assert kinds.get("KVC Hoogstraten-Berg") == "club", kinds


def test_the_plane_to_a_town_is_the_town():
    kinds, _ = _run("I hope Mads is on the plane to Keflavík in January.")
    assert not any(k == "club" for k in kinds.values()), kinds


def test_maitre_is_a_lawyers_title():
    kinds, by = _run("My client sent two notices, said Maître Leila Bensalem, the lawyer of the striker "
                     "Omar Diallo.")
    assert kinds.get("Leila Bensalem") == "person", kinds
    assert "Maître Leila Bensalem" not in kinds


def test_grounds_is_never_a_name():
    kinds, _ = _run("The Sharks, a name you hear on every radio between Kondele and the Mamboleo Beach "
                    "Grounds, lost their left-back.")
    assert not any("Grounds" in k for k in kinds), kinds


def test_a_nickname_with_a_linking_word_and_its_bracketed_translation():
    kinds, by = _run("Otieno was cheaper. He played at Moshi Ridge SC, who are known to their fans as Wana wa "
                     "Kilima (the Hill Boys), and were ready to sell. Wana wa Kilima wanted cash. The Hill Boys "
                     "agreed.")
    assert "Hill Boys" not in kinds, kinds
    assert by.get("Wana wa Kilima") == by.get("The Hill Boys") == by.get("Moshi Ridge SC")


def test_a_plural_nickname_in_apposition_before_a_dash_aside():
    kinds, by = _run("Johor Muara FC recalled him from Melaka Tanjung FC. Melaka Tanjung, the Corsairs — a "
                     "nickname that dates back to 1978 — had built their midfield around him. I will never "
                     "forget the Corsairs’ fans.")
    assert kinds.get("Melaka Tanjung FC") == "club", kinds
    assert by.get("the Corsairs") == by.get("Melaka Tanjung FC")
    assert "Corsairs" not in kinds


def test_a_nickname_to_their_fans_after_a_comma():
    kinds, by = _run("The striker joined CD Vila Salgada on loan. Vila Salgada, the Salgadeiros to their fans "
                     "after the salt pans, had hoped to sell him. The Salgadeiros said no.")
    assert by.get("the Salgadeiros") == by.get("The Salgadeiros") == by.get("CD Vila Salgada")
    assert "Salgadeiros" not in kinds


def test_a_side_the_press_dubbed():
    kinds, by = _run("Rustavi Kura FC backed him. The Rustavi club, a side the local press long ago dubbed the "
                     "Kuramen after the river, were quick to back him. The Kuramen said no offer had arrived.")
    assert by.get("the Kuramen") == by.get("The Kuramen") == by.get("Rustavi Kura FC")
    # the club the sentence before names last is not the owner: the described club the cue follows is
    kinds, by = _run("Levan Beridze has denied he will leave FC Alazani Rustavi for Turkish club Bolu Yildiz SK. "
                     "The Rustavi club, a side the Georgian press long ago dubbed the Kuramen after the river, were "
                     "quick to back him up. The Kuramen said no.")
    assert by.get("the Kuramen") == by.get("The Kuramen") == by.get("FC Alazani Rustavi")


def test_go_by_and_whose_nickname_introduce_a_nickname():
    kinds, by = _run("Johor Muara FC recalled the midfielder. Johor Muara, who go by the Southern Hornbills on "
                     "every scarf sold outside the ground, had a clause. The Southern Hornbills won.")
    assert by.get("the Southern Hornbills") == by.get("The Southern Hornbills") == by.get("Johor Muara FC")
    kinds, by = _run("He joined Club Deportivo Sierra Alta. Sierra Alta, a club whose nickname, los Condores, is "
                     "painted on the stand, finished third. Los Condores want him.")
    assert by.get("los Condores") == by.get("Los Condores") == by.get("Club Deportivo Sierra Alta")
    kinds, by = _run("He joined CD Vila Salgada. Vila Salgada, los Salgados to their own supporters, said no. "
                     "Los Salgados want more.")
    assert by.get("los Salgados") == by.get("CD Vila Salgada")


def test_a_name_you_will_hear_and_as_everyone_calls_the_club():
    kinds, by = _run("Kisumu Reedbeds FC needed a left-back. The Reedmen, a name you will hear on every radio in "
                     "town, lost theirs in May. He played at Eldoret Hill Stars, the Herons (as everyone around "
                     "the lake calls the club). The Herons want money.")
    assert by.get("The Reedmen") == by.get("Kisumu Reedbeds FC"), by
    assert by.get("the Herons") == by.get("The Herons") == by.get("Eldoret Hill Stars"), by


def test_a_club_by_the_level_of_its_division():
    kinds, by = _run("Kingston Blue FC want him. That appears to be a reference to KVC Hoogstraten-Berg, the "
                     "Belgian second-tier club who watched the Jamaican twice.")
    assert by.get("the Belgian second-tier club") == by.get("KVC Hoogstraten-Berg"), by
    kinds, by = _run("Mads Holm scored 13 goals for Salling Vig BK last season. The Danish second-tier club want "
                     "300,000 euros.")
    assert by.get("The Danish second-tier club") == by.get("Salling Vig BK"), by
