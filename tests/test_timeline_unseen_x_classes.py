"""Classes of date errors found on the unseen-x gold set, one test each: a participle after a
wished-for object ("want the paperwork completed in time for ... on February 7") read as a past
verb; a date given in the present as the value of something in force ("the deadline to register
players is July 15") after a past reporting verb; a calendar moment whose date the writer gives
with a copula ("the deadline ... is July 15"); "another deadline day" (a kind of day) and
"Deadline day live" (a live page's name); a present passive of a habit ("deals are often agreed
and announced in December"); a month after a present perfect ("has been added to a camp in
January"), which English gives no finished time; and a club's league that is a tier of a league
the calendar names ("K League 1", "League of Ireland Premier Division"). Every sentence is made
up for the test (invented players, real clubs and leagues where the calendar needs them).
"""
import datetime as dt

from saga.core.timeline.expressions import find_time_expressions


def values(text, anchor, league=None):
    return [e.value for e in find_time_expressions(text, anchor, league)]


WED_JAN = dt.date(2026, 1, 21)
TUE_JUL = dt.date(2025, 7, 8)
TUE_NOV = dt.date(2025, 11, 25)
TUE_DEC = dt.date(2025, 12, 9)
MON_SEP = dt.date(2025, 9, 1)


def test_participle_after_a_wished_for_object_is_no_past_verb():
    text = ("The registration window shuts on January 31, and Harbourside want the paperwork completed "
            "in time for Dario Venn to face Millbrook on February 7.")
    assert values(text, WED_JAN) == ["2026-01-31", "2026-02-07"]
    assert values("Harbourside need their loan deal finalised for the trip on February 4.", WED_JAN) == ["2026-02-04"]
    # a finite past verb after a wish verb's object set off by commas stays past
    assert values("Harbourside, who want the midfielder, agreed a fee on January 3.", WED_JAN) == ["2026-01-03"]
    assert values("Harbourside completed the signing on January 3.", WED_JAN) == ["2026-01-03"]


def test_a_date_given_in_the_present_lies_ahead():
    text = ('"He wants to play," said the agent, who recalled that the deadline to register players '
            "with the federation is July 15.")
    assert values(text, TUE_JUL) == ["2025-07-15"]
    assert values("The agent explained that the first leg is on 22 July.", TUE_JUL) == ["2025-07-22"]
    # a past copula still looks back
    assert values("The agent recalled that the first leg was on 2 July.", TUE_JUL) == ["2025-07-02"]


def test_calendar_moment_dated_by_a_copula_is_the_writers_date():
    assert values("The deadline to register players with the federation is July 15.", TUE_JUL) == ["2025-07-15"]
    assert values("The deadline for registrations falls on February 3.", WED_JAN) == ["2026-02-03"]
    # with no date of the writer's, the calendar's day stands
    assert values("Talks will go on until the deadline.", WED_JAN) == ["2026-02-02"]


def test_another_deadline_day_and_a_live_page_name_date_nothing():
    assert values("Thanks for following another chaotic deadline day.", MON_SEP) == []
    assert values("Pellworth face another summer of uncertainty.", MON_SEP) == []
    assert values("DEADLINE DAY LIVE: Ostrava move goes to the wire", MON_SEP) == []
    assert values("Welcome to our deadline day blog.", MON_SEP) == []
    # "another" as a pronoun before a time is no kind of time
    assert values("We've had one meeting and we'll have another on Friday.", dt.date(2026, 1, 14)) == ["2026-01-16"]
    assert values("Talks will go on until deadline day.", dt.date(2025, 8, 20)) == ["2025-09-01"]


def test_present_passive_of_a_habit_is_no_past():
    text = "Free agents can sign from January 1, although deals are often agreed and announced in December."
    assert values(text, TUE_NOV) == ["2026-01-01", "2025-12"]
    assert values("Loans are usually agreed in December.", TUE_NOV) == ["2025-12"]
    # a plain past passive still looks back
    assert values("The loan was agreed in December.", TUE_NOV) == ["2024-12"]


def test_month_after_a_present_perfect_is_the_nearest():
    text = "Canada Soccer confirmed last week that Rafe Ondrus has been added to a training camp in January."
    assert values(text, TUE_NOV) == ["2025-W47", "2026-01"]
    # a simple past, a perfect infinitive or "since" still look back
    assert values("Rafe Ondrus was added to a training camp in January.", TUE_NOV) == ["2025-01"]
    assert values("Eastfield are believed to have asked about him in January.", TUE_NOV) == ["2025-01"]
    assert values("Rafe Ondrus has been injured since January.", TUE_NOV) == ["2025-01"]


def test_a_tier_of_a_calendar_year_league_keeps_calendar_seasons():
    text = ('Ulsan HD have made an offer for Kang Tae-ho. "Last season we did not score enough," '
            "the coach said.")
    assert values(text, TUE_DEC) == ["2025"]
    text = 'Bohemians want Ciaran Mulvey. "Last season was hard for us," the manager said.'
    assert values(text, TUE_DEC) == ["2025"]
    # a league the calendar reads by European seasons is unchanged
    text = 'Brentford want Kaspar Oyelle. "Last season was hard for us," the manager said.'
    assert values(text, TUE_DEC) == ["2024-25"]
