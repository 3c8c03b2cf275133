"""Classes of date misses found on a new gold set, each shown with a small invented example."""
import datetime as dt

from saga.core.model import Article, Entity, Mention
from saga.core.timeline import extract_timeline, find_time_expressions
from saga.core.timeline.football import calendar


def art(ident, body, date=None):
    return Article(id=ident, source=f"t/{ident}.txt", body=body, title=ident, date=date,
                   date_basis="stated" if date else "unknown")


def named(articles, name):
    out = []
    for a in articles:
        start = a.body.index(name)
        out.append(Mention(a.id, name.lower(), name, start, start + len(name)))
    return out


def test_a_later_article_saying_how_long_ago_the_news_came_dates_an_undated_article():
    # Thursday 7 March 2024: "on Monday" is the 4th, "a week after" the fee was agreed is 26 February
    done = art("done", "Kelso Rovers have completed the signing of winger Tomas Brandvik. Brandvik passed a "
                       "medical on Monday, a week after Kelso agreed a fee with Dunmore Athletic.",
               dt.date(2024, 3, 7))
    agreed = art("agreed", "Dunmore Athletic have agreed a fee with Kelso Rovers for Tomas Brandvik, who "
                           "is expected to have a medical next week.")
    talks = art("talks", "Kelso Rovers have opened talks with Dunmore Athletic over Tomas Brandvik, "
                         "with a bid expected next week.")
    arts = [done, agreed, talks]
    tl = extract_timeline(arts, named(arts, "Brandvik"), [Entity("brandvik", "player", "Tomas Brandvik")], [])
    iso, reason = tl.inferred_dates["agreed"]
    assert iso == "2024-02-26" and "t/done.txt" in reason
    week = next(ev for ev in tl.events if ev.sources[0].article == "agreed")
    assert (week.date, week.date_basis) == ("2024-W10", "inferred")
    # an article leading with another stage of the story (talks) is not the agreement's news
    assert "talks" not in tl.inferred_dates


def test_an_open_ended_bound_followed_by_what_happens_then_dates_it():
    aug = dt.date(2023, 8, 22)
    text = "Brandvik looks set to stay at Dunmore until at least January, when Kelso could return with a new offer."
    assert [e.value for e in find_time_expressions(text, aug)] == ["2024-01"]
    # with nothing said to happen then it stays a bound, not a date
    assert find_time_expressions("Brandvik looks set to stay at Dunmore until at least January.", aug) == []


def test_league_one_and_league_two_are_read_with_the_efl_calendar():
    cal = calendar()
    assert cal.league_of("Harwick Town have signed the striker, the League One club confirmed.") == "championship"
    assert cal.league_of("The League Two side want a fee for the full-back.") == "championship"
