"""One quote printed by several articles becomes one Quote; key quotes are the few that matter."""
from saga.core.model import Article, Entity, Mention
from saga.core.quotes import extract_quotes


def arts(*bodies: str) -> list[Article]:
    return [Article(f"a{i}", f"s/a{i}.txt", b, "t") for i, b in enumerate(bodies)]


def test_same_quote_with_small_differences_is_one_quote_with_all_sources():
    one = 'Moffat said: "I\'m OK, I\'m happy. Cian is not going anywhere in this window."'
    two = "Moffat said: \u201cI\u2019m okay, I\u2019m happy: Cian is not going anywhere in this window\u201d."
    three = 'Moffat said: "Cian is not going anywhere in this window."'
    qs = extract_quotes(arts(one, two, three), [], [])
    assert len(qs) == 1
    assert sorted(s.article for s in qs[0].sources) == ["a0", "a1", "a2"]
    assert qs[0].text.startswith("I")          # the fullest printing


def test_source_offsets_point_into_each_article_body():
    bodies = ['"We will fight," said Moffat.', 'Moffat said: "We will fight."']
    q = extract_quotes(arts(*bodies), [], [])[0]
    for src, body in zip(q.sources, bodies):
        assert body[src.start:src.end] == src.text


def test_different_quotes_stay_apart():
    qs = extract_quotes(arts('"We will fight for him," said Moffat.', '"We will sell him soon," said Moffat.'), [], [])
    assert len(qs) == 2


def test_ids_are_stable_and_unique():
    a = extract_quotes(arts('"We will fight," said Moffat. "We will win," he added.'), [], [])
    b = extract_quotes(arts('"We will fight," said Moffat. "We will win," he added.'), [], [])
    assert [q.id for q in a] == [q.id for q in b]
    assert len({q.id for q in a}) == 2


def test_fragments_and_filler_are_never_key():
    body = ('Halvorsen called the bid "derisory". "No comment," he said. "Jean-Baptiste wants to leave '
            'and we have agreed a fee with Lyon for the transfer," said Halvorsen.')
    qs = extract_quotes(arts(body), [], [])
    by_text = {q.text: q for q in qs}
    assert not by_text["derisory"].key and by_text["derisory"].fragment
    assert not by_text["No comment"].key
    assert by_text["Jean-Baptiste wants to leave and we have agreed a fee with Lyon for the transfer"].key


def test_only_the_few_best_quotes_of_a_speaker_are_key():
    body = " ".join(f'"This is quote number {i} about the move and the transfer fee and the contract," said Moffat.'
                    for i in range(6))
    ents = [Entity("person:moffat", "person", "Moffat")]
    ments = []
    pos = 0
    while (pos := body.find("Moffat", pos)) >= 0:
        ments.append(Mention("a0", "person:moffat", "Moffat", pos, pos + 6))
        pos += 6
    qs = extract_quotes(arts(body), ments, ents)
    assert len(qs) == 6 and sum(q.key for q in qs) == 3
    assert all(q.speaker == "person:moffat" for q in qs)


def test_a_short_cut_found_in_two_different_statements_does_not_join_them():
    # The cut matches the start of both; the two statements are not one quote, and nothing they
    # share with a third article may chain them together.
    one = '"We will not sell him for less than he is worth and that will not change," said Moffat.'
    two = '"We will not sell him for less than he is worth but the decision is with the board," said Keane.'
    cut = 'Reports say the club will not budge. "We will not sell him for less than he is worth."'
    qs = extract_quotes(arts(one, two, cut), [], [])
    texts = sorted(q.text for q in qs)
    assert any("that will not change" in t for t in texts) and any("decision is with the board" in t for t in texts)
    assert not any("that will not change" in t and "board" in t for t in texts)
    assert max(len({s.article for s in q.sources}) for q in qs) <= 2


def test_a_stock_phrase_from_someone_new_does_not_renumber_the_others():
    """Ids of the same words said by different people come from who said them, so a new article
    leaves the ids (and the pages) of the quotes already published alone."""
    def run(*names):
        bodies = [f'"We are calm about it and the club knows where we stand," said {n}.' for n in names]
        ents = [Entity(f"person:{n.lower()}", "person", n) for n in names]
        ments = [Mention(f"a{i}", f"person:{n.lower()}", n, b.index(n), b.index(n) + len(n))
                 for i, (n, b) in enumerate(zip(names, bodies))]
        return {q.speaker: q.id for q in extract_quotes(arts(*bodies), ments, ents)}
    before, after = run("Moffat", "Halvorsen"), run("Abara", "Moffat", "Halvorsen")
    assert len(set(after.values())) == 3
    assert before == {k: v for k, v in after.items() if k != "person:abara"}
