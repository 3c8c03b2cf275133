"""Quote detection: every mark style news uses, and apostrophes that are not quote marks."""
from saga.core.model import Article
from saga.core.quotes import article_quotes


def texts(body: str) -> list[str]:
    return [q.text for q in article_quotes(Article("a", "s/a.txt", body, "t"), [], {})]


def test_straight_double_quotes():
    assert texts('"We will not sell him," said Moffat.') == ["We will not sell him"]


def test_curly_double_quotes():
    assert texts("Moffat said: \u201cWe will not sell him.\u201d") == ["We will not sell him."]


def test_british_single_quotes_with_a_nested_double_quote():
    body = "\u2018If I had him, I would also say \u201cno\u201d to everybody,\u2019 Halvorsen said."
    assert texts(body) == ["If I had him, I would also say \u201cno\u201d to everybody"]


def test_nested_single_quote_closed_by_the_outer_mark():
    body = "He added: \"I had to say, 'If you don't want to play, you train alone.\""
    assert texts(body) == ["I had to say, 'If you don't want to play, you train alone."]


def test_possessives_contractions_and_names_are_not_quote_marks():
    body = ("The Saints' hierarchy met O\u2019Neill\u2019s agent. \u2018The players\u2019 reaction was "
            "great. I don\u2019t mind,\u2019 he said. It's the players' choice.")
    assert texts(body) == ["The players\u2019 reaction was great. I don\u2019t mind"]


def test_plural_possessive_closing_a_single_quote_when_nothing_else_does():
    assert texts("'We love our fans' he said.") == ["We love our fans"]


def test_quote_over_several_paragraphs():
    body = ('Van der Berg explained:\n\n"I gave everything to this club.\n\n'
            '"When Dortmund called, I listened.\n\n"I just want the club to listen."')
    assert texts(body) == ["I gave everything to this club.", "When Dortmund called, I listened.",
                           "I just want the club to listen."]


def test_unbalanced_mark_does_not_swallow_the_next_paragraphs():
    body = ('The "wantaway star has trained alone.\n\nHis agent said: "He wants to go."\n\n'
            'Talks continue.')
    assert texts(body) == ["He wants to go."]


def test_missing_closing_mark_at_paragraph_end_keeps_an_attributed_quote():
    body = 'Mancuso insisted they had made a "very generous proposal and we wont go further.\n\nTalks go on.'
    assert texts(body) == ["very generous proposal and we wont go further."]


def test_mismatched_closing_mark_is_repaired():
    body = "\"I want Lazio, I said that from day one' he said. \"But I'm not a fool.\""
    assert texts(body) == ["I want Lazio, I said that from day one", "But I'm not a fool."]


def test_doubled_single_marks_act_as_a_double_quote():
    assert texts("\"I just want to play,'' he wrote.") == ["I just want to play"]


def test_scare_quote_is_a_fragment():
    qs = article_quotes(Article("a", "s", 'The so-called "Ghanaian Gullit" has impressed.', "t"), [], {})
    assert [(q.text, q.fragment) for q in qs] == [("Ghanaian Gullit", True)]


def test_elisions_and_decades_are_apostrophes():
    assert texts("Fans of the '90s side sang 'em all night. 'We are back,' said Reid.") == ["We are back"]


def test_long_quote_is_cut_at_sentence_ends():
    sentence = "This is a sentence of the long quote that goes on and on for a while. "
    out = texts('Klopp said: "' + sentence * 20 + '"')
    assert len(out) > 1 and all(len(t) <= 700 for t in out)
    assert "".join(out).replace(" ", "") == (sentence * 20).replace(" ", "")
