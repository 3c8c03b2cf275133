"""Attribution: who said each quote, in every way news copy says it."""
from saga.core.model import Article, Entity, Mention
from saga.core.quotes import article_quotes


def said(body: str, mentions=(), entities=()) -> list[tuple[str, str | None]]:
    """(quote text, speaker name) for each quote of a one-article body."""
    art = Article("a", "s/a.txt", body, "t")
    return [(q.text, q.speaker_name) for q in article_quotes(art, list(mentions), {e.id: e for e in entities})]


def test_said_x_after_the_quote():
    assert said('Tiago Calheiros coaches Benfica. "We will fight," said Calheiros.') == \
        [("We will fight", "Tiago Calheiros")]


def test_x_said_colon_before_the_quote():
    assert said('Saints boss Pellegrino explained: "My relationship with Virgil is excellent."') == \
        [("My relationship with Virgil is excellent.", "Pellegrino")]


def test_x_told_an_outlet():
    assert said('"I don\'t read it," Bannon told Sky Sports.') == [("I don't read it", "Bannon")]


def test_he_added_is_the_previous_speaker():
    body = 'Pellegrino said: "The club was clear."\n\nHe added: "This is the decision."'
    assert said(body) == [("The club was clear.", "Pellegrino"), ("This is the decision.", "Pellegrino")]


def test_explained_colon_with_the_quote_in_the_next_paragraph():
    body = 'Lucas van der Berg explained:\n\n"I have given everything for this club."'
    assert said(body) == [("I have given everything for this club.", "Lucas van der Berg")]


def test_unattributed_quote_paragraph_continues_the_previous_speaker():
    body = ('"When a player wants to go, you must accept it," said Ballesteros.\n\n'
            '"We wish him luck. He gave us five good years."')
    assert [s for _, s in said(body)] == ["Ballesteros", "Ballesteros"]


def test_second_quote_in_a_paragraph_keeps_its_speaker():
    body = '"The clause is the clause," Albergaria told the paper. "Nobody leaves at a discount."'
    assert [s for _, s in said(body)] == ["Albergaria", "Albergaria"]


def test_quote_split_around_its_attribution():
    body = 'Ingrid Saether spoke on Friday. "Emeka is important," she continued, "and we will not sell."'
    assert [s for _, s in said(body)] == ["Ingrid Saether", "Ingrid Saether"]


def test_reported_quote_keeps_its_speaker_not_the_outlet():
    body = 'Kwame Boateng has told team-mates he is "desperate to leave", according to the Liverpool Echo.'
    assert said(body) == [("desperate to leave", "Kwame Boateng")]


def test_according_to_a_person_is_the_speaker():
    assert said('According to Saether, the player "handled it like a professional".') == \
        [("handled it like a professional", "Saether")]


def test_club_statement_goes_to_the_club_named_in_it():
    assert said('A Villa spokesperson said: "We can confirm an offer was made."') == \
        [("We can confirm an offer was made.", "Villa")]


def test_club_statement_without_a_name_goes_to_the_club_that_is_the_subject():
    body = ('Sporting CP have rejected a bid from Aston Villa.\n\n'
            'In a statement, the club said: "The player is not for sale."')
    assert said(body) == [("The player is not for sale.", "Sporting CP")]


def test_description_resolves_to_the_person_with_that_role():
    body = ('Da Costa plays under coach Henrique Baptista.\n\n'
            '"He is a boy from our academy," the coach said on Saturday.')
    assert said(body) == [("He is a boy from our academy", "Henrique Baptista")]


def test_pronoun_resolves_to_the_person_named_in_the_paragraph():
    body = ('Pellegrino spoke first.\n\nBrighton\u2019s technical director, Saskia Vermeulen, '
            'was asked about him. \u201cWe look at lots of players,\u201d she said.')
    assert said(body)[0][1] == "Saskia Vermeulen"


def test_anonymous_source_has_no_speaker():
    body = 'Kouassi is frustrated, and one source close to the player described it as "a bit of a mess".'
    assert said(body) == [("a bit of a mess", None)]


def test_scare_quote_has_no_speaker():
    assert said('The so-called "Special One" is back.') == [("Special One", None)]


def test_speaker_linked_to_the_entity_of_an_overlapping_mention():
    body = '"We will fight," said the Celtic manager.'
    ents = [Entity("person:declan-moffat", "person", "Declan Moffat")]
    ments = [Mention("a", "person:declan-moffat", "the Celtic manager", 23, 41, via="description")]
    qs = article_quotes(Article("a", "s", body, "t"), ments, {e.id: e for e in ents})
    assert [(q.speaker, q.speaker_name) for q in qs] == [("person:declan-moffat", "Declan Moffat")]


def test_club_statement_linked_to_the_club_entity():
    body = 'Southampton have had enough. A club spokesperson said: "He is not for sale."'
    ents = [Entity("club:southampton", "club", "Southampton")]
    ments = [Mention("a", "club:southampton", "Southampton", 0, 11)]
    qs = article_quotes(Article("a", "s", body, "t"), ments, {e.id: e for e in ents})
    assert [(q.speaker, q.speaker_name) for q in qs] == [("club:southampton", "Southampton")]


def test_pronoun_skips_club_mentions_when_kinds_are_known():
    body = 'Moffat watched Celtic train. "We are ready," he said.'
    ents = [Entity("club:celtic", "club", "Celtic"), Entity("person:moffat", "person", "Declan Moffat")]
    ments = [Mention("a", "person:moffat", "Moffat", 0, 6), Mention("a", "club:celtic", "Celtic", 15, 21)]
    qs = article_quotes(Article("a", "s", body, "t"), ments, {e.id: e for e in ents})
    assert qs[0].speaker == "person:moffat"


def test_colon_after_a_clause_with_a_far_verb_goes_to_the_subject():
    body = 'Asked whether the club would sell in January, Reid was clear: "No. He stays with us."'
    assert said(body) == [("No. He stays with us.", "Reid")]


def test_he_said_after_a_paragraph_about_someone_else_is_that_person():
    body = ('"We are close," Bellandi said.\n\nOstergaard, who is 22, has been linked with Brentford.\n\n'
            '"Every player dreams of Serie A," he said.')
    assert [s for _, s in said(body)] == ["Bellandi", "Ostergaard"]


def test_he_added_after_a_paragraph_about_someone_else_is_still_the_last_speaker():
    body = ('"We are close," Bellandi said.\n\nOstergaard has been linked with Brentford.\n\n'
            'He added: "We hope to finish it this week."')
    assert [s for _, s in said(body)] == ["Bellandi", "Bellandi"]


def test_it_read_after_a_club_statement_is_the_club():
    body = 'Copenhagen\'s statement was brief. "We have received an offer for the player," it read.'
    assert said(body) == [("We have received an offer for the player", "Copenhagen")]


def test_a_former_player_description_is_not_the_current_player():
    body = ('Hull want winger Darragh Burke.\n\nHull boss Pete Varley spoke after the draw. '
            '"He is a player we have watched a lot," the former Millwall defender said.')
    assert said(body)[0][1] == "Pete Varley"


def test_description_that_adds_is_the_last_speaker():
    body = '"We made a fair offer," Halvorsen said.\n\nThe Norwegian added: "They know what he could bring."'
    assert [s for _, s in said(body)] == ["Halvorsen", "Halvorsen"]


def test_anonymous_source_after_a_speaker_stays_anonymous():
    body = '"We want it done," Aguiar said.\n\nA Wolves source insisted the issue was "minor" and would be fixed "within days".'
    assert [s for _, s in said(body)] == ["Aguiar", None, None]


def test_a_named_manager_in_the_paragraph_beats_a_description_mention_for_someone_else():
    body = "O'Rourke, who replaced the sacked Mendonca, is an admirer. 'He reads the game,' the Wolves boss said."
    ents = [Entity("person:orourke", "person", "Declan O'Rourke"), Entity("person:mendonca", "person", "Vitor Mendonca")]
    start = body.index("the Wolves boss")
    ments = [Mention("a", "person:orourke", "O'Rourke", 0, 8),
             Mention("a", "person:mendonca", "Mendonca", body.index("Mendonca"), body.index("Mendonca") + 8),
             Mention("a", "person:mendonca", "the Wolves boss", start, start + 15, via="description")]
    qs = article_quotes(Article("a", "s", body, "t"), ments, {e.id: e for e in ents})
    assert qs[0].speaker == "person:orourke"
