"""Football's calendar: seasons, pre-season and deadlines from data/calendar.yaml."""
import datetime as dt

from saga.core.timeline.football import calendar, season_label


def test_known_premier_league_dates_come_from_the_data_file():
    pl = calendar().league("premier-league")
    assert pl.season(2017) == (dt.date(2017, 8, 11), dt.date(2018, 5, 13))
    assert pl.deadline("summer", 2018) == dt.date(2018, 8, 9)
    assert pl.deadline("january", 2024) == dt.date(2024, 2, 1)


def test_years_outside_the_table_are_generated_by_rule():
    pl = calendar().league("premier-league")
    start, end = pl.season(2029)
    assert start.month == 8 and start.weekday() == 5 and end.month == 5
    assert pl.deadline("summer", 2029).weekday() < 5           # moved off a weekend


def test_this_last_next_season_in_the_close_season_and_mid_season():
    """In July "next season" is the one about to start; in March it is the one after."""
    pl = calendar().league("premier-league")
    july, march = dt.date(2017, 7, 22), dt.date(2018, 3, 3)
    assert [season_label(pl.season_year(july, w)) for w in ("last", "this", "next")] == \
        ["2016-17", "2017-18", "2017-18"]
    assert [season_label(pl.season_year(march, w)) for w in ("last", "this", "next")] == \
        ["2016-17", "2017-18", "2018-19"]


def test_deadline_day_is_the_next_one_or_the_last_one_in_past_tense():
    pl = calendar().league("premier-league")
    assert pl.deadline_near(dt.date(2018, 1, 10), None) == dt.date(2018, 1, 31)
    assert pl.deadline_near(dt.date(2018, 3, 3), "past") == dt.date(2018, 1, 31)


def test_preseason_is_the_month_before_the_first_matchday():
    assert calendar().league("premier-league").preseason_month(2020) == "2020-08"   # season began 12 Sept


def test_the_league_an_article_names_most_wins():
    cal = calendar()
    assert cal.league_of("Freiburg lead the Bundesliga; the Bundesliga is tight.") == "bundesliga"
    assert cal.league_of("No league named here.") == cal.default
