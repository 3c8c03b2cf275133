"""Dated sentences become events; the same happening in several articles becomes one event."""
import datetime as dt

from saga.core.model import Article, Mention
from saga.core.timeline import extract_timeline
from saga.core.timeline.summary import summarise


def art(ident, body, date=None):
    return Article(id=ident, source=f"t/{ident}.txt", body=body, title=ident, date=date,
                   date_basis="stated" if date else "unknown")


def mention(a, text, entity):
    start = a.body.index(text)
    return Mention(a.id, entity, text, start, start + len(text))


A = art("a", "Brentford had a £38m offer for Kofi Mensah turned down by Palace on Tuesday.\n\n"
             "Palace host Wolves on Saturday.", dt.date(2023, 8, 24))
B = art("b", "Palace turned down a £40m offer from Brentford for Kofi Mensah on Tuesday, sources say.",
        dt.date(2023, 8, 25))


def test_each_dated_sentence_is_an_event_with_its_source_and_entities():
    ms = [mention(A, "Palace", "club:crystal-palace"), mention(A, "Wolves", "club:wolves")]
    tl = extract_timeline([A], ms, [], [])
    sat = next(ev for ev in tl.events if ev.date == "2023-08-26")
    assert sat.summary == "Palace host Wolves on Saturday."
    assert sat.entities == ["club:wolves"] or sat.entities == ["club:crystal-palace", "club:wolves"]
    (src,) = sat.sources
    assert (src.article, src.date_text) == ("a", "Saturday")
    assert A.body[src.start:src.end] == src.sentence


def test_same_happening_in_two_articles_is_one_event_and_the_fee_disagreement_is_kept():
    ms = [mention(A, "Kofi Mensah", "player:kofi-mensah"), mention(B, "Kofi Mensah", "player:kofi-mensah")]
    tl = extract_timeline([A, B], ms, [], [])
    tue = [ev for ev in tl.events if ev.date == "2023-08-22"]
    assert len(tue) == 1
    assert {s.article for s in tue[0].sources} == {"a", "b"}
    assert tue[0].disagreements == [{"fact": "fee", "values": [
        {"value": "£38m", "articles": ["a"]}, {"value": "£40m", "articles": ["b"]}]}]


def test_event_ids_are_stable():
    one = [ev.id for ev in extract_timeline([A, B], [], [], []).events]
    two = [ev.id for ev in extract_timeline([A, B], [], [], []).events]
    assert one == two and len(set(one)) == len(one)


def test_an_undated_report_of_the_same_happening_corroborates_without_a_date_of_its_own():
    a = art("a", "Liverpool ended their pursuit in June after an illegal approach for the defender.",
            dt.date(2017, 7, 22))
    b = art("b", "Southampton complained to the Premier League about an illegal approach from Liverpool.",
            dt.date(2017, 8, 2))
    c = art("c", "Southampton told the Football Association about the illegal approach by Liverpool.",
            dt.date(2017, 8, 3))
    (june,) = [ev for ev in extract_timeline([a, b, c], [], [], []).events if ev.date == "2017-06"]
    assert [(s.article, s.date_text) for s in june.sources] == [("a", "June")]
    assert [(s.article, s.date_text) for s in june.corroborations] == [("b", ""), ("c", "")]
    assert june.disagreements == [{"fact": "body", "values": [
        {"value": "Premier League", "articles": ["b"]}, {"value": "Football Association", "articles": ["c"]}]}]


def test_different_happenings_on_the_same_day_stay_apart():
    a = art("a", "Arsenal signed a goalkeeper on Monday.", dt.date(2024, 1, 17))
    b = art("b", "Chelsea sacked their manager on Monday after a heavy defeat.", dt.date(2024, 1, 17))
    assert len(extract_timeline([a, b], [], [], []).events) == 2


def test_summary_is_the_clause_around_the_date_when_the_sentence_is_long():
    s = ("However, according to the local paper, the player reiterated his desire to depart and head north, "
         "and the manager must now make a huge decision on his future just 10 days ahead of the new season, "
         "with the squad already back in training.")
    i = s.index("the new season")
    out = summarise(s, i, i + len("the new season"))
    assert len(out) <= 142 and "ahead of the new season" in out


def test_an_interview_label_is_not_part_of_the_summary():
    from saga.core.timeline.summary import summarise
    sentence = "A: As soon as the window opens on January 1."
    at = sentence.index("January 1")
    assert summarise(sentence, at, at + len("January 1")) == "As soon as the window opens on January 1."
