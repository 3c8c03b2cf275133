"""One page per club: a short form never makes a club of its own beside the club it stands for,
and a form several clubs share means the one the article names (own sentences, invented people)."""
from examples import kinds_and_mentions, run


def test_the_faroese_clubs_by_their_initials():
    kinds, by = kinds_and_mentions("HB Tórshavn have signed KÍ Klaksvík winger Jógvan Dam-Olsen. KÍ had turned "
                                   "down two offers before HB raised theirs.")
    assert by["KÍ"] == by["KÍ Klaksvík"] and by["HB"] == by["HB Tórshavn"]
    assert "KÍ" not in kinds and "HB" not in kinds


def test_a_shared_form_means_the_club_the_article_names():
    _, by = kinds_and_mentions("Internacional have sold Rafael Cunha-Lopes to Fluminense. \"I thank everybody "
                               "at Inter,\" he said.")
    assert by["Inter"] == by["Internacional"]
    _, by = kinds_and_mentions("Panathinaikos want Petros Vlachou-Dimas. The Greens' director met Plzeň.")
    assert by["The Greens"] == by["Panathinaikos"]


def test_the_usual_meaning_of_a_shared_form_is_one_of_its_names():
    """"Inter" alone, with neither club named in full: Inter Milan, and its page lists the form."""
    ents, ments, _ = run("Bayern are watching Inter's Matteo Ruggeri-Bassi, Kicker reports.")
    inter = next(e for e in ents if e.name == "Inter Milan")
    assert "Inter" in inter.aliases
    assert [m.entity for m in ments if m.text == "Inter"] == [inter.id]


def test_a_common_word_in_an_institutions_name_is_no_club():
    """Institute FC is "Institute" in Northern Irish copy, but the bare word is no form of it: an
    "Institute of Sport" or "of Technology" is no club."""
    kinds, _ = kinds_and_mentions("Jake Morrow, who came through the Australian Institute of Sport, has joined "
                                  "Perth Glory. He studied at the Institute of Technology.")
    assert sorted(kinds) == ["Jake Morrow", "Perth Glory"]


def test_lyn_is_fk_lyn():
    _, by = kinds_and_mentions("Lyn have made a formal approach for Åsane midfielder Ingrid Bakke-Lund. "
                               "Lyn are keen to agree a deal.")
    assert by["Lyn"] == "club:fk-lyn"


def test_initials_a_governing_body_shares_with_a_foreign_club_are_the_body():
    """"OFC" is Kickers Offenbach's short form and the Oceania confederation's: in a New Zealand piece it
    is the confederation, and no page for the German club."""
    kinds, _ = kinds_and_mentions("Auckland City have opened talks with Christchurch United over Rewi Tane-Walker. "
                                  "The deadline for OFC squads is April 11.")
    assert "Kickers Offenbach" not in kinds and "OFC" not in kinds
