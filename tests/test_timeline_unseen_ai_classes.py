"""Classes of date errors found on the unseen-ah and unseen-ai gold sets, one test each: a
weekday after a passive's agent ("reported by Kicker on Monday"); a reporter's attribution in
the present ("..., City Sport can reveal") after the expression; "shut it down" (a past verb
with its object, not a window that shuts); "before the new year" (the December before it); and
the closing day an article gives its own window, used for "the deadline" elsewhere in it (not
another country's window it names); the second tiers of calendar-year leagues; leagues whose
seasons the calendar approximates but whose windows it does not know (Poland, Switzerland,
Austria, Belgium, Ukraine, Croatia, Israel, Cyprus, Saudi Arabia); a body's acronym before
"Premier League" ("the NPFL Premier League"); pre-season in an unmodelled league outside
Europe; a first club named with a possessive. Every sentence is made up for the test (invented
people; real clubs and leagues where the calendar needs them).
"""
import datetime as dt

from saga.core.timeline.expressions import find_time_expressions
from saga.core.timeline.football import calendar


def values(text, anchor, league=None):
    return [e.value for e in find_time_expressions(text, anchor, league)]


WED_JAN = dt.date(2025, 1, 22)
TUE_AUG = dt.date(2025, 8, 5)
FRI_JAN = dt.date(2026, 1, 9)
THU_DEC = dt.date(2025, 12, 18)
WED_JAN26 = dt.date(2026, 1, 14)


def test_weekday_after_a_passive_agent_by():
    text = "The offer, reported by Tuttosport on Monday, is believed to be worth four million."
    assert values(text, WED_JAN) == ["2025-01-20"]
    text = "The approach, first revealed by Marca on Tuesday, has been rejected."
    assert values(text, WED_JAN) == ["2025-01-21"]
    # a limit stays a limit
    assert values("The papers must be signed by Friday.", WED_JAN) == ["2025-01-24"]
    assert values("They want it done by Friday at the latest.", WED_JAN) == ["2025-01-24"]


def test_reporter_can_reveal_after_the_expression():
    text = ("Northvale have raised their offer for the forward Jonah Pereira-Mwangi, with the "
            "club tabling a fresh proposal on Monday, Coast Sport can reveal.")
    assert values(text, TUE_AUG) == ["2025-08-04"]
    text = "Talks were held on Friday, the Evening Ledger can confirm."
    assert values(text, TUE_AUG) == ["2025-08-01"]
    # a modal of the clause itself still looks forward
    assert values("He can sign on Friday once the papers arrive.", TUE_AUG) == ["2025-08-08"]


def test_shut_it_down_is_a_past_verb():
    text = "The manager shut it down firmly after training on Thursday."
    assert values(text, FRI_JAN) == ["2026-01-08"]
    text = "Their coach shut down the talk of a move on Wednesday."
    assert values(text, FRI_JAN) == ["2026-01-07"]
    # with a modal before it, the modal decides
    assert values("The board will shut it down on Thursday.", FRI_JAN) == ["2026-01-15"]


def test_before_the_new_year_is_the_december_before():
    text = "An announcement on the striker is expected before the new year."
    assert values(text, THU_DEC) == ["2025-12"]
    assert values("The talks will go on until the new year.", dt.date(2025, 11, 20)) == ["2025-12"]
    # "in the new year" is still the coming January
    assert values("A deal is likely in the new year.", THU_DEC) == ["2026-01"]


def test_the_articles_own_window_closing_day():
    text = ("The winter window closes on January 30 in this league. Any deal for Corrigan-Blake "
            "would have to be lodged before the deadline.")
    assert values(text, WED_JAN26) == ["2026-01-30", "2026-01-30"]
    text = ("The window shuts on the 5th of September here. Ferris hopes to leave before the "
            "deadline.")
    assert values(text, dt.date(2025, 8, 20)) == ["2025-09-05", "2025-09-05"]
    # without such a sentence the calendar's day stands
    assert values("Any deal would have to be lodged before the deadline.", WED_JAN26) == ["2026-02-02"]


def test_another_countrys_window_day_is_not_the_articles():
    text = ("The Dutch window closes on 2 September. Rovers want a striker before the window "
            "shuts.")
    assert values(text, dt.date(2024, 8, 20)) == ["2024-09-02", "2024-08-30"]


def test_second_tiers_of_calendar_year_leagues():
    # a club of Norway's or Sweden's second tier plays a calendar-year season: "this season"
    # in November is the year's, not "2025-26"
    text = ("Landskrona BoIS have rejected an offer for the striker Emil Vrang-Ostberg, who "
            "finished as their top scorer this season.")
    assert values(text, dt.date(2025, 11, 18)) == ["2025"]
    text = ("FK Lyn have agreed terms with the midfielder Sander Holm-Eide, who was the club's top "
            "scorer this season.")
    assert values(text, dt.date(2025, 11, 18)) == ["2025"]
    assert calendar().league_for("Union Omaha have signed the winger.").calendar_year


def test_the_stating_sentence_keeps_its_own_reading():
    text = "The January window closes on January 31, and the club hope to act before then."
    assert "2026-01-31" in values(text, WED_JAN26)


def test_leagues_whose_seasons_the_calendar_approximates():
    # a Polish story: the season starts in July, not in the default league's August
    text = ("Pogoń Szczecin want the winger Igor Malec-Dudek fit for the start of the season.")
    assert values(text, dt.date(2025, 7, 8)) == ["2025-07"]
    # a Saudi story: the season begins in late August; its day is approximate, the month sure
    text = ("Al-Fateh have opened talks over the forward Samir Bouazza as they race to strengthen "
            "their attack before the season begins.")
    assert values(text, dt.date(2025, 8, 20)) == ["2025-08"]
    # their windows stay unknown: a winter deadline is not the default league's day
    text = "Pogoń Szczecin hope to sign a striker before the window closes."
    assert values(text, dt.date(2026, 1, 20)) == []
    assert not calendar().league("ekstraklasa").own_windows


def test_a_bodys_acronym_before_premier_league_is_another_league():
    text = ("Enyimba have agreed a fee for the striker Chidi Okoro-Bello, who finished the NPFL "
            "Premier League season as their top scorer.")
    counts = calendar()._counts(text)
    assert counts["premier-league"] == 0
    # the English league's own acronym and plain mentions still count
    assert calendar()._counts("He scored twice in the Premier League on Saturday.")["premier-league"] == 1


def test_preseason_in_an_unmodelled_league_outside_europe():
    text = ("Enyimba's new signing Chidi Okoro-Bello said he was focused on pre-season and on "
            "winning a place in the side.")
    assert values(text, dt.date(2025, 8, 5)) == []
    # a modelled league keeps its pre-season month
    text = "Burnley's new signing said he was focused on pre-season."
    assert values(text, dt.date(2025, 7, 8)) == ["2025-07"]


def test_first_club_named_with_a_possessive():
    from saga.core.timeline.football import _first_club_league
    assert _first_club_league("Enyimba's new signing trained on Monday.", calendar(),
                              every_league=True, raw=True) == "NPFL"
