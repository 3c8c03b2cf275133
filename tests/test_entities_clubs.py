"""Clubs: the data file, nicknames, places, unknown clubs, and things that are never pages."""
from saga.core.entities import extract_entities, extract_entities_with_warnings
from saga.core.model import Article
from examples import kinds_and_mentions


def run(*bodies):
    arts = [Article(id=f"a{n}", source=f"t/a{n}.txt", body=b, title="t") for n, b in enumerate(bodies)]
    return extract_entities_with_warnings(arts)


def test_names_nicknames_and_metonyms_of_a_known_club():
    ents, ments, _ = run("Liverpool want the defender. The Reds were told to walk away, and the Merseyside club "
                         "apologised. Fans at Anfield were angry; the Anfield-based side said nothing.")
    liverpool = [(m.text, m.via) for m in ments if m.entity == "club:liverpool"]
    assert liverpool == [("Liverpool", "name"), ("The Reds", "nickname"), ("the Merseyside club", "description"),
                         ("Anfield", "place"), ("the Anfield-based side", "description")]
    club = next(e for e in ents if e.id == "club:liverpool")
    assert club.attrs == {"country": "England", "league": "Premier League"}
    assert "Anfield" not in club.aliases and "Merseyside" not in club.aliases


def test_outlets_competitions_places_and_nationalities_are_not_pages():
    ents, _, _ = run("According to the Liverpool Echo and The Guardian, Liverpool face a Football Association "
                     "inquiry. The Premier League club want the Netherlands international, who trained in France.")
    assert [e.name for e in ents] == ["Liverpool"]


def test_a_shared_short_form_means_the_club_the_article_names():
    ents, ments, _ = run("Leeds United want a striker. United have bid £10m.")
    assert {m.entity for m in ments} == {"club:leeds-united"}
    ents, ments, _ = run("United have bid £10m for the striker.")
    assert {m.entity for m in ments} == {"club:manchester-united"}


def test_a_name_ending_like_a_club_is_a_club_with_a_warning():
    ents, ments, warnings = run("Kettlewick Town left-back Alfie Brightwell is wanted by City. "
                                "Kettlewick boss Darren Ketteridge said no.")
    club = next(e for e in ents if e.name == "Kettlewick Town")
    assert club.kind == "club" and club.attrs == {"known": False}
    assert [m.text for m in ments if m.entity == club.id] == ["Kettlewick Town", "Kettlewick"]
    assert any("Kettlewick Town" in w and "clubs.yaml" in w for w in warnings)


def test_context_shows_an_unknown_club():
    ents, _, warnings = run("Brighton agreed a fee with Itaparu. Itaparu president Ricardo Monteiro Filho "
                            "was pleased.\n\nSwitzerland's FC Vallorbe play a friendly against Yenikapispor.")
    assert {"Itaparu", "FC Vallorbe", "Yenikapispor"} <= {e.name for e in ents if e.kind == "club"}
    assert len([w for w in warnings if "clubs.yaml" in w]) == 3


def test_a_club_word_inside_a_personal_name_is_the_person():
    ents, _, _ = run("Manchester United winger Antonio Valencia signed a new deal.")
    assert {e.name: e.kind for e in ents} == {"Manchester United": "club", "Antonio Valencia": "player"}


def test_a_person_described_by_club_and_role_gets_the_club():
    ents, _, _ = run("Southampton are firm. Saints boss Mauricio Pellegrino spoke on Friday.")
    person = next(e for e in ents if e.kind == "person")
    assert person.attrs == {"role": "manager", "club": "club:southampton"}


def test_a_paper_named_post_times_or_tribune_is_no_person():
    """"The Kathmandu Post", "the Dhaka Tribune": the head word of a paper's name is no one's name."""
    kinds, _ = kinds_and_mentions("No fee is involved, according to The Kathmandu Post, and the Dhaka Tribune "
                                  "agrees. Rakesh Thapa-Magar joins Three Star Club.")
    assert not {"Kathmandu Post", "Dhaka Tribune"} & set(kinds)
