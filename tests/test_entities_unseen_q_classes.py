"""Classes of entity misses found on unseen article set q, each fixed by a general rule (made-up names,
made-up clubs the data files do not know)."""
from examples import kind_of, names, run


def test_a_club_named_after_a_saint_with_a_possessive_is_a_club_not_a_person():
    ents, _, _ = run("Fenwick Athletic have signed Tomas Brela. The winger joined the Fenwick academy at the "
                     "age of 12 from St Aidan's Boys and made his debut in 2022.")
    assert "St Aidan's Boys" in names(ents)
    assert kind_of(ents, "St Aidan's Boys") == "club"
    assert "Aidan" not in names(ents)


def test_his_agent_opening_a_sentence_means_the_agent_named_before():
    ents, ments, _ = run("Fenwick Athletic want Tomas Brela. Brela's agent, Marek Dulla, told Radio Zilina: \"Tomas "
                         "is happy.\"\n\nHis agent is understood to have met Fenwick officials last week.")
    from examples import mentions_of
    assert "His agent" in mentions_of(ents, ments, "Marek Dulla")


def test_a_height_before_a_nationality_noun_is_a_modifier():
    ents, ments, _ = run("Fenwick Athletic have opened talks over Slovak goalkeeper Tomas Brela. A deal for the 6ft 4in "
                         "Slovak would be one of the club's bigger outlays.")
    from examples import mentions_of
    assert "the 6ft 4in Slovak" in mentions_of(ents, ments, "Tomas Brela")
