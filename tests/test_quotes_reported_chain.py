"""Partial quotes inside reported speech, nested quotes after a time phrase, hyphenated names."""
from saga.core.model import Article, Entity, Mention
from saga.core.quotes import article_quotes


def found(body: str, names: dict[str, tuple[str, str]] | None = None):
    ents, ments = {}, []
    for text, (eid, kind) in (names or {}).items():
        ents.setdefault(eid, Entity(eid, kind, text))
        at = body.find(text)
        while at >= 0:
            ments.append(Mention("a", eid, text, at, at + len(text), via="name"))
            at = body.find(text, at + len(text))
    for e in ents.values():
        e.name = max((t for t, (i, _) in names.items() if i == e.id), key=len)
    return article_quotes(Article("a", "s/a.txt", body, "t"), ments, ents)


def said(body: str, **kw) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_name) for q in found(body, **kw)]


# -- "X added that Y wanted to keep the 'core of the side'": X's words -----------------------------

def test_partial_quote_in_a_that_clause_belongs_to_the_reporting_speaker():
    body = ("Falkirk chief executive Moira Dunbar spoke on Tuesday. Dunbar added that manager "
            "Stefan Kowalczyk wanted to keep the \"heart of the squad\" together next season.")
    assert said(body) == [("heart of the squad", "Moira Dunbar")]


def test_partial_quote_after_said_and_a_clause_without_that():
    body = ("Agent Lorenzo Bianchi said client Tomas Varga hoped to \"settle the matter quickly\" "
            "before the window shuts.")
    assert said(body) == [("settle the matter quickly", "Lorenzo Bianchi")]


def test_partial_quote_with_only_a_reported_verb_keeps_its_subject():
    body = "Winger Tomas Varga hopes to \"settle the matter quickly\" this month."
    assert said(body) == [("settle the matter quickly", "Tomas Varga")]


def test_partial_quote_after_a_listener_was_told_is_not_the_listener():
    body = ("Varga was told that coach Erik Lund wanted him to \"show more hunger\" in training.")
    assert said(body) != [("show more hunger", "Varga")]


# -- "Pat told me after a week of training, 'Boss, ...'" -----------------------------------------

def test_inner_quote_after_a_time_phrase_belongs_to_the_person_reported():
    body = ("Director Helen Strand backed coach Pat Moran. \"Pat told me after the second match, "
            "'Helen, this lad is special,' and you trust that,\" Strand said. Coach Pat Moran agreed.")
    qs = said(body, names={"Helen Strand": ("hs", "person"), "Strand": ("hs", "person"),
                           "Pat Moran": ("pm", "person")})
    assert qs[0][1] == "Helen Strand"
    assert ("Helen, this lad is special", "Pat Moran") in qs


def test_inner_quote_after_told_me_and_a_time_phrase():
    body = ("\"Omar told me during pre-season, 'Boss, I want to stay,' and he meant it,\" "
            "coach Ruud Kamp said of winger Omar Haddad.")
    qs = said(body, names={"Ruud Kamp": ("rk", "person"), "Omar Haddad": ("oh", "player")})
    assert qs[0][1] == "Ruud Kamp"
    assert ("Boss, I want to stay", "Omar Haddad") in qs


# -- one name printed with and without its hyphen ------------------------------------------------

def test_name_printed_without_its_hyphen_is_the_hyphenated_entity():
    ents = {"iml": Entity("iml", "person", "Ines Moura-Lopes")}
    body = 'Braga coach Ines Moura Lopes said: "Nobody leaves for less than the clause."'
    qs = article_quotes(Article("a", "s/a.txt", body, "t"), [], ents)
    assert [(q.speaker, q.speaker_name) for q in qs] == [("iml", "Ines Moura Lopes")]


def test_name_printed_with_a_hyphen_is_the_spaced_entity():
    ents = {"jpv": Entity("jpv", "person", "Jan Pieter Visser")}
    body = '"We are calm about it," said Jan-Pieter Visser.'
    qs = article_quotes(Article("a", "s/a.txt", body, "t"), [], ents)
    assert [q.speaker for q in qs] == ["jpv"]


def test_a_hyphenated_surname_alone_does_not_link_to_one_of_its_halves():
    ents = {"ml": Entity("ml", "person", "Ana Lopes")}
    body = 'Braga coach Ines Moura-Lopes said: "Nobody leaves for less than the clause."'
    qs = article_quotes(Article("a", "s/a.txt", body, "t"), [], ents)
    assert [q.speaker for q in qs] == [None]


def test_two_entities_for_one_name_with_and_without_hyphen_give_one_speaker():
    from saga.core.quotes import extract_quotes
    ents = [Entity("p:iml", "person", "Ines Moura-Lopes", aliases=["Moura-Lopes"]),
            Entity("p:iml-2", "person", "Ines Moura Lopes")]
    a1 = Article("a1", "s/a1.txt", 'Coach Ines Moura-Lopes said: "We are calm."', "t")
    a2 = Article("a2", "s/a2.txt", 'Coach Ines Moura Lopes said: "Nobody leaves cheaply."', "t")
    ments = [Mention("a1", "p:iml", "Ines Moura-Lopes", 6, 22, via="name"),
             Mention("a2", "p:iml-2", "Ines Moura Lopes", 6, 22, via="name")]
    qs = extract_quotes([a1, a2], ments, ents)
    assert sorted(q.speaker for q in qs) == ["p:iml", "p:iml"]


def test_an_outlet_reporting_a_partial_quote_is_not_its_speaker():
    body = "The Daily Mirror reported that striker Tomas Varga wants to \"test himself abroad\"."
    assert said(body) == [("test himself abroad", "Tomas Varga")]
