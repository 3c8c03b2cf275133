"""Descriptions that stand for players and clubs: nationalities, plural demonyms, leagues,
possessive clubs, nicknames, and a hyphenated surname written without its hyphen.

Each test is one general rule, shown with invented sentences (the rules must hold for any
player, person or club).
"""
from saga.core.entities import extract_entities
from saga.core.model import Article


def run(*bodies):
    arts = [Article(id=f"a{n}", source=f"t/a{n}.txt", body=b, title="t") for n, b in enumerate(bodies)]
    return extract_entities(arts)


def texts(ents, ments, name):
    eid = next(e for e in ents if e.name == name).id
    return [m.text for m in ments if m.entity == eid]


def test_plural_demonym_means_a_club_of_that_country():
    ents, ments = run("Fiorentina bid €20m for Bayer Leverkusen winger Tomasz Wierzbicki. The offer was rejected "
                      "by the Germans within a day.")
    assert "the Germans" in texts(ents, ments, "Bayer Leverkusen")
    ents, ments = run("Aston Villa want Sevilla forward Ruben Calderas. The Spaniards are holding out for €40m.")
    assert "The Spaniards" in texts(ents, ments, "Sevilla")


def test_foreign_article_of_a_nickname_may_be_lower_case():
    ents, ments = run("Borussia Dortmund have signed Malte Oberholz. He scored nine goals for die Schwarzgelben "
                      "in his first spell.")
    assert any("die Schwarzgelben" in t for t in texts(ents, ments, "Borussia Dortmund"))


def test_nationality_after_an_age_and_after_an_adjective():
    ents, ments = run("Everton have signed Fluminense striker Caio Reboucas. The 24-year-old Brazilian scored "
                      "eleven times last season.")
    assert "The 24-year-old Brazilian" in texts(ents, ments, "Caio Reboucas")
    ents, ments = run("Brentford have signed Torino winger Matteo Scalvini. The flying Italian cost £15m.")
    assert "The flying Italian" in texts(ents, ments, "Matteo Scalvini")


def test_headline_apposition_starting_a_new_clause_is_not_a_nationality():
    # "X, the Belgian could ...": the Belgian is someone else, not X
    ents, ments = run("Lazio close in on Halvorsen, the Croatian may leave\n\n"
                      "Lazio want Roma midfielder Sindre Halvorsen. Lazio could also sell midfielder Ivo Maric. "
                      "The Croatian is out of contract next summer.\n\n"
                      "Roma want €30m for the Norway international.")
    halvorsen = next(e for e in ents if e.name == "Sindre Halvorsen")
    assert halvorsen.attrs.get("nationality") != "Croatian"
    assert "The Croatian" in texts(ents, ments, "Ivo Maric")
    assert "the Norway international" in texts(ents, ments, "Sindre Halvorsen")


def test_league_description_fits_a_club_that_played_in_that_division_lately():
    ents, ments = run("Brighton have bid for Sunderland midfielder Callum Rowntree. The Seagulls offered £12m, "
                      "but the Championship club want more.")
    assert "the Championship club" in texts(ents, ments, "Sunderland")
    ents, ments = run("Birmingham City have signed Lens winger Anthony Mabiala. The League One club beat "
                      "two rivals to him.")
    assert "The League One club" in texts(ents, ments, "Birmingham City")


def test_club_nicknames_and_regions_from_the_data():
    ents, ments = run("Birmingham City have agreed terms with Hugo Marchetti. The Bluenoses paid £2m.")
    assert "The Bluenoses" in texts(ents, ments, "Birmingham City")
    ents, ments = run("Real Zaragoza have signed defender Iker Olabarria. The Aragonese club paid €1m.")
    assert "The Aragonese club" in texts(ents, ments, "Real Zaragoza")


def test_possessive_new_and_old_club():
    ents, ments = run("Napoli forward Dario Fenzi has joined Everton. He scored twice on his debut for his "
                      "new club.")
    assert "his new club" in texts(ents, ments, "Everton")
    assert "his new club" not in texts(ents, ments, "Napoli")


def test_free_agent_and_former_clubs_joined_by_and():
    ents, ments = run("Portsmouth have signed winger Yannick Dorval, 29, who left Porto in the summer. "
                      "The free agent signed a one-year deal.\n\n"
                      "Dorval also played for Lyon, and the former Porto and Lyon man starts on Saturday.")
    got = texts(ents, ments, "Yannick Dorval")
    assert "The free agent" in got
    assert "the former Porto and Lyon man" in got


def test_hyphenated_surname_without_hyphen_is_the_same_person():
    ents, ments = run("Agent Joao Pereira-Santos met Fulham on Monday. \"We are close,\" said Joao Pereira Santos.")
    people = [e for e in ents if "Pereira" in e.name]
    assert len(people) == 1
