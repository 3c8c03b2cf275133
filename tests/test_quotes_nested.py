"""Quotes inside quotes, club statements, shared surnames, scare quotes, clubs without a kind."""
from saga.core.model import Article, Entity, Mention
from saga.core.quotes import article_quotes, extract_quotes


def found(body: str, names: dict[str, tuple[str, str]] | None = None, via: dict[str, str] | None = None):
    """article_quotes on `body`; `names` maps printed text -> (entity id, kind): every printing
    of the text becomes a mention of that entity."""
    ents, ments = {}, []
    for text, (eid, kind) in (names or {}).items():
        ents.setdefault(eid, Entity(eid, kind, text))
        at = body.find(text)
        while at >= 0:
            ments.append(Mention("a", eid, text, at, at + len(text), via=(via or {}).get(text, "name")))
            at = body.find(text, at + len(text))
    for e in ents.values():       # the longest printing is the entity's name
        e.name = max((t for t, (i, _) in names.items() if i == e.id), key=len)
    return article_quotes(Article("a", "s/a.txt", body, "t"), ments, ents)


def said(body: str, **kw) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_name) for q in found(body, **kw)]


# -- a quote inside a quote ----------------------------------------------------------------------

def test_inner_quote_after_he_said_belongs_to_the_person_reported():
    body = ("Burnley boss Tomasz Wielgosz has no doubts about winger Kofi Mensah-Adjei. "
            "\"Kofi knocked on my door in March and said, 'Boss, I am ready to fight for my place,' "
            "and he has done exactly that,\" Wielgosz said.")
    qs = said(body)
    assert qs[0][1] == "Tomasz Wielgosz"
    assert ("Boss, I am ready to fight for my place", "Kofi Mensah-Adjei") in qs


def test_inner_quote_with_a_tag_inside_the_outer_quote():
    body = ("Coach Anneke Visser was asked about her new signing Dario Pesce. \"When we met, "
            "'I want to win the league with this club,' he told me, and I believed him,\" said Visser.")
    qs = said(body, names={"Anneke Visser": ("person:visser", "person"), "Visser": ("person:visser", "person"),
                           "Dario Pesce": ("player:pesce", "player")})
    assert ("I want to win the league with this club", "Dario Pesce") in qs
    assert qs[0][1] == "Anneke Visser"


def test_inner_quote_goes_to_the_person_named_in_the_outer_quote():
    body = ("Rovers have agreed a fee for Sami Lindqvist. Manager Hugo Brandt said: \"I spoke to "
            "Sami on the phone and the first thing he said to me was 'When do I start training?' "
            "That tells you everything.\"")
    qs = found(body, names={"Hugo Brandt": ("person:brandt", "person"),
                            "Sami Lindqvist": ("player:lindqvist", "player"),
                            "Sami": ("player:lindqvist", "player")})
    inner = [q for q in qs if q.text.startswith("When do I start")]
    assert inner and inner[0].speaker == "player:lindqvist"
    assert qs[0].speaker == "person:brandt"


def test_inner_quote_of_the_speaker_himself_stays_inside_his_quote():
    body = "\"I told him, 'You will play every game if you work hard,' and he listened,\" said Brandt."
    assert [s for _, s in said(body)] == ["Brandt"]


def test_inner_quote_heard_by_the_subject_is_not_his():
    body = ("The defender's mother, Ilse Kramer, was angry. \"My son was told, 'We will give you a new "
            "contract in the summer,' and nothing happened,\" she said.")
    assert [s for _, s in said(body)] == ["Ilse Kramer"]


def test_scare_quote_inside_a_quote_is_not_a_quote_of_its_own():
    body = "\"The fans sing 'we have got Kofi' every week and he loves it,\" said Brandt."
    assert [s for _, s in said(body)] == ["Brandt"]


def test_nested_quote_is_not_merged_into_its_outer_quote():
    body = ("Manager Hugo Brandt spoke about Sami Lindqvist. \"He rang me and said, 'I am coming "
            "home to play for this club again,' so I was happy,\" Brandt said.")
    qs = extract_quotes([Article("a", "s/a.txt", body, "t")], [], [])
    assert len(qs) == 2
    assert {q.speaker_name for q in qs} == {"Hugo Brandt", "Sami Lindqvist"}


# -- club statements ------------------------------------------------------------------------------

def test_club_statement_goes_to_the_club_that_names_itself_in_it():
    body = ("Real Oviedo had also bid for Tomas Ekberg, but Halden Rovers' offer was higher.\n\n"
            "A club spokesperson said: \"Halden Rovers Football Club is delighted to confirm the "
            "signing of Tomas Ekberg.\"")
    qs = found(body, names={"Halden Rovers": ("club:halden-rovers", "club"), "Real Oviedo": ("club:oviedo", "club"),
                            "Tomas Ekberg": ("player:ekberg", "player")})
    assert (qs[0].speaker, qs[0].speaker_name) == ("club:halden-rovers", "Halden Rovers")


def test_club_statement_everyone_at_a_club():
    body = ("Brandt's side beat Oviedo to the signing. A statement read: \"Everyone at Kessel City "
            "welcomes Tomas to the family.\"")
    assert said(body)[0][1] == "Kessel City"


def test_club_statement_naming_another_club_first_is_not_that_club():
    body = ("Kessel City have bid for Tomas Ekberg.\n\n"
            "A Halden Rovers spokesman said: \"Kessel City have made an offer which we rejected.\"")
    assert said(body)[0][1] == "Halden Rovers"


# -- who a description or a surname means ---------------------------------------------------------

def test_description_is_not_the_name_in_its_own_prepositional_phrase():
    body = ("Vardar want to keep Nikola Trajkov. In an interview with Pavel Horak, the Macedonian "
            "said: \"I am happy where I am.\"")
    qs = found(body, names={"Nikola Trajkov": ("player:trajkov", "player"),
                            "Pavel Horak": ("person:horak", "person"),
                            "the Macedonian": ("person:horak", "person")},
               via={"the Macedonian": "description"})
    assert qs[0].speaker == "player:trajkov"


def test_description_after_a_name_in_the_previous_sentence_keeps_that_name():
    body = ("Trajkov has started every game under Pavel Horak. The Czech, who also coached Slavia, "
            "has called him \"the best trainer in the squad\".")
    qs = found(body, names={"Pavel Horak": ("person:horak", "person"), "Trajkov": ("player:trajkov", "player"),
                            "The Czech": ("person:horak", "person")},
               via={"The Czech": "description"})
    assert qs[0].speaker == "person:horak"


def test_a_shared_surname_is_the_person_named_in_full_just_before():
    body = ("Vardar may sell defender Marko Petrov.\n\nVardar coach Ilija Petrov is braced for offers.\n\n"
            "\"There is interest, I cannot deny it,\" Petrov said.")
    qs = found(body, names={"Marko Petrov": ("player:marko-petrov", "player"),
                            "Ilija Petrov": ("person:ilija-petrov", "person")})
    assert (qs[0].speaker, qs[0].speaker_name) == ("person:ilija-petrov", "Ilija Petrov")


# -- scare quotes and clubs without kinds ----------------------------------------------------------

def test_scare_quote_after_a_participle_clause_has_no_speaker():
    body = ("Kessel City demanded a further €3m at the last minute on Tuesday night, leaving the "
            "midfielder \"in limbo\".")
    assert said(body) == [("in limbo", None)]


def test_scare_quote_after_which_has_no_speaker():
    body = "Kessel City demanded more money, which left the move \"on hold\"."
    assert said(body) == [("on hold", None)]


def test_reported_quote_right_after_its_verb_keeps_its_speaker():
    body = "Nikola Trajkov admitted he was \"tired of waiting\" for a new deal."
    assert said(body) == [("tired of waiting", "Nikola Trajkov")]


def test_a_club_at_sentence_start_is_not_he_when_no_kinds_are_known():
    body = ("Ivo Radic trained alone on Friday. Valdora have rejected a third bid for the midfielder. "
            "\"I want to play,\" he said.")
    assert said(body)[0][1] == "Ivo Radic"


def test_a_known_club_name_is_not_he_when_no_kinds_are_known():
    body = "Ivo Radic trained alone on Friday. Fulham rejected a third bid. \"I want to play,\" he said."
    assert said(body)[0][1] == "Ivo Radic"


def test_an_aside_between_the_verb_and_a_reported_quote_keeps_the_speaker():
    body = "Nikola Trajkov insisted, speaking on Friday, that he was \"not worried\" about his future."
    assert said(body) == [("not worried", "Nikola Trajkov")]


def test_colon_after_two_clauses_goes_to_the_subject_of_the_last_one():
    body = ("Kessel City saw a second offer turned down, and Vardar coach Ilija Petrov left nobody "
            "in doubt about his position: \"Trajkov is not for sale.\"")
    assert said(body) == [("Trajkov is not for sale.", "Ilija Petrov")]


def test_the_plus_a_capitalised_word_is_a_description_even_when_linked_as_a_name():
    body = ("Trajkov has played every game this season. Speaking after the win, the Skopjan said: "
            "\"I don't read the papers.\"")
    qs = found(body, names={"Trajkov": ("player:trajkov", "player"), "Skopjan": ("player:skopjan", "player")})
    assert qs[0].speaker == "player:trajkov"


def test_inner_quote_of_the_coach_a_player_reports_goes_to_the_named_coach():
    body = ("Vardar coach Ilija Petrov wants Nikola Trajkov back.\n\nTrajkov told Nova TV: \"The coach "
            "rang me and said, 'We want you to lead our attack next season,' and that meant a lot.\"")
    qs = said(body)
    assert qs[0][1] == "Nikola Trajkov"
    assert ("We want you to lead our attack next season", "Ilija Petrov") in qs


def test_a_relative_with_the_players_surname_is_not_the_player():
    body = ("Kessel City want midfielder Oskar Lindqvist.\n\nLindqvist's father, Per Lindqvist, was less sure. "
            "\"My son loves this club,\" he told the local paper.")
    qs = found(body, names={"Oskar Lindqvist": ("player:lindqvist", "player"),
                            "Lindqvist": ("player:lindqvist", "player")})
    assert (qs[0].speaker, qs[0].speaker_name) == (None, "Per Lindqvist")


def test_club_then_role_then_name_after_said_is_the_person():
    body = "\"We have been clear with everyone,\" said Kessel head coach Ruud Brandt."
    assert said(body) == [("We have been clear with everyone", "Ruud Brandt")]
