"""The saga timeline as an inline SVG drawn at build time: no JavaScript, scales to any width.

Events sit on a time axis; a day is a dot, a week/month/season a bar over its span;
events whose date rests on an inferred article date are drawn hollow; each mark
links to the event's entry (and so its sources) in the list below the picture.
"""
from __future__ import annotations

import datetime as dt
import re
from html import escape

WIDTH, LANE, TOP, PAD = 720, 26, 34, 24
LONG_DAYS = 120          # a period longer than this (a season, a year) does not set the axis


def period(iso: str | None) -> tuple[dt.date, dt.date] | None:
    """First and last day of an ISO date at any precision this project writes."""
    if not iso:
        return None
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", iso):
            d = dt.date(*map(int, m.groups()))
            return d, d
        if m := re.fullmatch(r"(\d{4})-W(\d{2})", iso):
            d = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
            return d, d + dt.timedelta(days=6)
        if m := re.fullmatch(r"(\d{4})[-/](\d{2}|\d{4})", iso):
            y, second = int(m.group(1)), int(m.group(2))
            if second % 100 == (y + 1) % 100:          # a season, "2016-17" (wins over Nov 2010 / Dec 2011)
                return dt.date(y, 7, 1), dt.date(y + 1, 6, 30)
            nxt = dt.date(y + (second == 12), second % 12 + 1, 1)
            return dt.date(y, second, 1), nxt - dt.timedelta(days=1)
        if m := re.fullmatch(r"(\d{4})", iso):
            y = int(m.group(1))
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
    except ValueError:
        return None
    return None


def render(events: list[dict], title: str) -> str:
    """`events`: dicts with "n" (number shown), "date" (ISO), "label", "inferred" (bool), "anchor"."""
    dated = [(e, period(e["date"])) for e in events]
    dated = [(e, p) for e, p in dated if p]
    if not dated:
        return ""
    # The axis covers the precise events; a season or year that reaches far beyond them is drawn
    # clipped to the axis (dashed), so one "last season" does not squash everything else.
    short = [p for _, p in dated if (p[1] - p[0]).days < LONG_DAYS] or [p for _, p in dated]
    lo = min(p[0] for p in short) - dt.timedelta(days=3)
    hi = max(p[1] for p in short) + dt.timedelta(days=3)
    span = max((hi - lo).days, 1)

    def x(d: dt.date) -> float:
        return round(PAD + (WIDTH - 2 * PAD) * (d - lo).days / span, 1)

    lanes: list[float] = []          # right edge of the last mark in each lane, to avoid overlaps
    marks = []
    for e, (start, end) in sorted(dated, key=lambda ep: (ep[1][0], ep[0]["n"])):
        clipped = start < lo or end > hi
        start, end = max(start, lo), min(end, hi)
        if start > end:                      # entirely outside the axis: a mark at the nearer edge
            start = end = lo if end < lo else hi
        x0, x1 = x(start), max(x(end), x(start) + (12 if clipped else 2))
        lane = next((i for i, edge in enumerate(lanes) if edge + 18 < x0), len(lanes))
        if lane == len(lanes):
            lanes.append(0)
        lanes[lane] = max(x1, x0 + 14)
        y = TOP + lane * LANE
        fill = "none" if e.get("inferred") else "currentColor"
        label = escape(f'{e["n"]}. {e["date"]}: {e["label"]}' + (" (date inferred)" if e.get("inferred") else ""))
        shape = (f'<circle cx="{x0}" cy="{y}" r="7" fill="{fill}" stroke="currentColor" stroke-width="2"/>'
                 if start == end and not clipped else
                 f'<rect x="{x0}" y="{y - 6}" width="{round(x1 - x0, 1)}" height="12" rx="6" '
                 f'fill="{fill}" fill-opacity="0.35" stroke="currentColor" stroke-width="2"'
                 + (' stroke-dasharray="4 3"/>' if clipped else '/>'))
        num_x = x0 if start == end and not clipped else x0 + 9
        marks.append(f'<a href="#{escape(e["anchor"])}"><title>{label}</title>{shape}'
                     f'<text x="{num_x}" y="{y - 11}" text-anchor="middle" class="tl-num">{e["n"]}</text></a>')
    height = TOP + len(lanes) * LANE + 24
    axis_y = height - 22
    def tick(d: dt.date, label: str) -> str:
        return (f'<line x1="{x(d)}" y1="{axis_y - 4}" x2="{x(d)}" y2="{axis_y + 4}" stroke="currentColor"/>'
                f'<text x="{x(d)}" y="{axis_y + 17}" text-anchor="middle" class="tl-tick">{label}</text>')

    ticks = []
    if span <= 45:                           # a few weeks: a tick every Monday
        d = lo + dt.timedelta(days=(7 - lo.weekday()) % 7)
        while d <= hi:
            ticks.append(tick(d, f"{d.day} {d:%b}"))
            d += dt.timedelta(days=7)
    else:
        d = dt.date(lo.year, lo.month, 1)
        months = (hi.year - lo.year) * 12 + hi.month - lo.month
        step = 1 if months <= 8 else 3 if months <= 30 else 12
        while d <= hi:
            if d >= lo:
                ticks.append(tick(d, f"{d:%b %Y}"))
            mo = d.month - 1 + step
            d = dt.date(d.year + mo // 12, mo % 12 + 1, 1)
    # No role="img": the marks are links, and an image's content is not reachable (axe: nested-interactive)
    return (f'<svg class="timeline-svg" viewBox="0 0 {WIDTH} {height}" '
            f'aria-labelledby="tl-title" preserveAspectRatio="xMinYMin meet">'
            f'<title id="tl-title">{escape(title)}</title>'
            f'<line x1="{PAD}" y1="{axis_y}" x2="{WIDTH - PAD}" y2="{axis_y}" stroke="currentColor" '
            f'stroke-opacity="0.5"/>{"".join(ticks)}{"".join(marks)}</svg>')
