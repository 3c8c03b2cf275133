"""The site's building blocks on small inputs: annotated bodies, the SVG timeline, quote sources."""
import datetime as dt
from pathlib import Path

from jinja2 import Environment, FileSystemLoader

from saga.annotate import annotate
from saga.core.model import Article, Corpus, Mention, Quote, QuoteSource
from saga.timeline_svg import period, render
from saga.views import SiteViews


def test_mentions_link_and_quotes_highlight_with_everything_escaped():
    body = 'Boss <b>Ann Lee</b> said: "Tom Brook stays." Brook agreed.\n\nNew <script>para</script>.'
    art = Article("a", "seeds/a.txt", body, "t")
    tom = body.index("Tom Brook")
    brook = body.index("Brook agreed")
    quote = QuoteSource("a", "Tom Brook stays.", body.index("Tom"), body.index('."') + 1)
    ms = [Mention("a", "player:tom", "Tom Brook", tom, tom + 9), Mention("a", "player:tom", "Brook", brook, brook + 5)]
    html = annotate(art, ms, [("q-1", quote)], lambda e: "../players/tom.html")
    assert html == ('<p>Boss &lt;b&gt;Ann Lee&lt;/b&gt; said: &quot;<q class="quote" data-quote="q-1">'
                    '<a class="mention" href="../players/tom.html">Tom Brook</a> stays.</q>&quot; '
                    '<a class="mention" href="../players/tom.html">Brook</a> agreed.</p>\n'
                    '<p>New &lt;script&gt;para&lt;/script&gt;.</p>')


def test_periods_at_every_precision():
    assert [str(p[0]) + "/" + str(p[1]) for p in map(period, ["2017-07-22", "2017-W28", "2017-06", "2016-17", "2017"])] \
        == ["2017-07-22/2017-07-22", "2017-07-10/2017-07-16", "2017-06-01/2017-06-30", "2016-07-01/2017-06-30",
            "2017-01-01/2017-12-31"]
    assert period("2017-13") is None and period(None) is None


def test_timeline_svg_marks_link_to_events_and_escape_labels():
    svg = render([{"n": 1, "date": "2017-06", "label": "<script>x</script>", "anchor": "event-1"},
                  {"n": 2, "date": "2017-07-22", "label": "Strike", "anchor": "event-2", "inferred": True}], "T")
    assert svg.startswith("<svg") and svg.count('<a href="#event-') == 2
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert 'fill="none"' in svg                    # the inferred event is hollow
    assert "Jun 2017" in svg and "Jul 2017" in svg


def test_a_season_does_not_stretch_the_axis_of_precise_events():
    svg = render([{"n": 1, "date": "2016-17", "label": "last season", "anchor": "event-1"},
                  {"n": 2, "date": "2017-07-22", "label": "strike", "anchor": "event-2"},
                  {"n": 3, "date": "2017-08-12", "label": "opener", "anchor": "event-3"}], "T")
    ticks = [t.split(">")[1] for t in svg.split('class="tl-tick"')[1:]]
    assert ticks == ["24 Jul</text", "31 Jul</text", "7 Aug</text", "14 Aug</text"]
    assert 'stroke-dasharray="4 3"' in svg          # the season is drawn clipped


def test_feed_summary_is_the_first_words_as_escaped_text():
    from saga.reader import plain_summary
    assert plain_summary("Tom & Jerry <b>went</b>\n\nhome today", 4, "…") == "<p>Tom &amp; Jerry &lt;b&gt;went&lt;/b&gt;…</p>"
    assert plain_summary("Two words", 4, "…") == "<p>Two words</p>"
    assert plain_summary("Any text", None, "…") is None          # no limit: Pelican's own summary


def test_a_quote_lists_each_article_that_prints_it_once_the_earliest_first():
    arts = [Article("late", "seeds/late.txt", "x", "t", dt.date(2024, 7, 9)),
            Article("early", "seeds/early.txt", "x", "t", dt.date(2024, 7, 1))]
    q = Quote("q-1", "We stay calm", None, "Ann Lee", sources=[
        QuoteSource("late", "We stay calm", 0, 12), QuoteSource("late", "We stay calm", 40, 52),
        QuoteSource("early", "We stay calm", 5, 17)])
    view = SiteViews(Corpus(arts, quotes=[q]), lambda kind, ident: f"{kind}/{ident}.html").quote_view(q)
    assert [(a["id"], a["date"]) for a in view["sources"]] == [("early", "2024-07-01"), ("late", "2024-07-09")]


def test_a_quote_printed_by_many_articles_lists_the_first_six_and_how_many_more():
    env = Environment(loader=FileSystemLoader(Path(__file__).resolve().parents[1] / "theme" / "templates"),
                      autoescape=True)
    sources = [{"url": f"articles/a{n}.html", "date": f"2024-07-{n + 1:02d}"} for n in range(9)]
    quote = {"text": "We stay calm", "speaker": None, "speaker_name": "Ann Lee", "key": True, "sources": sources}
    html = env.get_template("macros.html").module.quote_list([quote])
    assert html.count('<a href="') == 6 and "2024-07-06" in html and "2024-07-07" not in html
    assert "and 3 more" in html
