"""Classes of phrasing first seen in unseen-ah/ai (own sentences, invented people): a nickname's usual
meaning from a country the article never touches, one-word echoes of a named club, officials' roles."""
from examples import kinds_and_mentions


def test_a_nickname_of_a_club_from_a_country_the_article_never_touches_makes_no_page():
    kinds, by = kinds_and_mentions("Club Brugge have signed Anderlecht midfielder Tomas Verhaegen-Pint. "
                                   "The Wolves had also asked about him in December.")
    assert "Wolverhampton Wanderers" not in kinds
    assert "Club Brugge" in kinds and "Anderlecht" in kinds
    kinds, _ = kinds_and_mentions("Legia Warsaw want Lech Poznań winger Marek Zielny-Koc. The Diamonds "
                                  "and the Tigers are also said to be interested.")
    assert "Airdrieonians" not in kinds and "Hull City" not in kinds


def test_a_nickname_of_a_club_from_the_article_s_own_country_still_resolves():
    kinds, by = kinds_and_mentions("Celtic have made an offer for Owen Farraday-Lusk. The Tigers want "
                                   "more than the Scottish champions have offered.")
    assert "Hull City" in kinds


def test_a_named_club_by_its_first_word_alone():
    _, by = kinds_and_mentions("AEK Larnaca have agreed a fee with Omonia for Christos Pavlidakis-Ionou. "
                               "AEK will pay the fee in two parts.")
    assert by["AEK"] == by["AEK Larnaca"]


def test_a_one_word_echo_of_a_named_club_is_that_club():
    kinds, by = kinds_and_mentions("Kilbrannagh Rovers have signed striker Ciaran Fegan-Boyd from Dunmore "
                                   "Athletic. The Brannaghs moved quickly after Dunmore Athletic rejected "
                                   "a first bid. Brannaghs boss Declan Sweeney-Moore said he was delighted.")
    assert "Brannaghs" not in kinds
    assert by["Brannaghs"] == by["Kilbrannagh Rovers"]


def test_a_transliterated_soft_sign_ends_the_name():
    kinds, by = kinds_and_mentions("Gor Mahia's secretary general, Mwangi Odhiamb', confirmed the talks. "
                                   "\"We have written to them,\" Odhiamb' said.")
    assert kinds.get("Mwangi Odhiamb'") == "person"
    assert "Mwangi Odhiamb'" in by


def test_a_closing_single_quote_is_not_a_soft_sign():
    kinds, _ = kinds_and_mentions("The fans call him 'Big Tom' Hallworth-Reed, and Barnsley want him.")
    assert not any(name.endswith("'") for name in kinds)


def test_the_job_of_a_club_then_the_name_without_a_comma():
    kinds, by = kinds_and_mentions("Dynamo Kyiv want Vorskla Poltava midfielder Taras Hnatiuk-Lev. In his turn, "
                                   "the president of Vorskla Mykola Stepanenko-Ivas was more categorical.")
    assert kinds.get("Mykola Stepanenko-Ivas") == "person"
    assert "Vorskla Mykola Stepanenko-Ivas" not in kinds


def test_the_one_who_gave_him_his_debut_is_the_coach():
    kinds, _ = kinds_and_mentions("Hajduk Split want to keep Ante Jurić-Bralo. Davor Kelavić-Mrak gave him his "
                                  "debut when he was 17, and the winger trusts him.")
    assert kinds.get("Davor Kelavić-Mrak") == "person"


def test_a_ground_named_after_someone_is_no_person():
    kinds, _ = kinds_and_mentions("Korona Kielce winger Piotr Zawada-Lis will sign a three-year deal at Stadion "
                                  "Miejski im. Braci Nowakowskich after his medical.")
    assert "Braci Nowakowskich" not in kinds


def test_a_quoted_nickname_with_a_foreign_article():
    _, by = kinds_and_mentions("Bolívar want Aurora striker Mateo Villca-Arancibia. Villca-Arancibia, known to "
                               "supporters as \"el Gato\", has scored nine goals this season.")
    assert by.get("el Gato") == by["Mateo Villca-Arancibia"]
