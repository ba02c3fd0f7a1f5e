"""A timeline chart of claims as server-drawn SVG: no JavaScript, no charting library.

x is the start of the claim's period (kg:periodStart), y its value; one colour per series
(the claim's subject); facts are filled dots on solid lines, forecasts hollow dots with a
dashed outline and dashed lines leading to them; a value range (lower and upper bound
differ) is drawn as a whisker, a lower or upper bound alone ("more than 4.5 亿") as an
arrow up or down. Every dot is an SVG `<a>` to its claim's page, so the chart
works as navigation in any browser. Claims with different units do not share an axis:
callers draw one chart per unit.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from datetime import date

from markupsafe import Markup

from kg.web.labels import number

PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2",
           "#17becf", "#bcbd22", "#7f7f7f")
WIDTH, PLOT_HEIGHT = 900, 300
LEFT, RIGHT, TOP, AXIS = 78, 24, 16, 44
RADIUS = 6.5
LEGEND_ROW = 24


@dataclass(frozen=True)
class Point:
    """One claim on the chart."""

    x: date
    y: float
    series: str
    """The series key (the subject's IRI, or its wording when there is no entity)."""
    label: str
    """The series' display name."""
    href: str
    title: str
    """The tooltip: subject, value, period, modality."""
    forecast: bool = False
    lower: float | None = None
    upper: float | None = None


def _nice_step(span: float, ticks: int = 5) -> float:
    raw = span / ticks
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)


def _y_scale(points: list[Point]) -> tuple[float, float, list[float]]:
    values = [p.y for p in points] + [v for p in points for v in (p.lower, p.upper)
                                       if v is not None]
    low, high = min(0.0, min(values)), max(0.0, max(values))
    if high == low:
        high = low + 1
    step = _nice_step(high - low)
    low, high = math.floor(low / step) * step, math.ceil(high / step) * step
    if max(values) > high - step / 4:  # headroom: a dot on the frame is hard to see
        high += step
    count = round((high - low) / step)
    return low, high, [low + i * step for i in range(count + 1)]


def _x_scale(points: list[Point]) -> tuple[int, int, list[tuple[int, str]]]:
    first, last = min(p.x for p in points), max(p.x for p in points)
    low, high = first.toordinal(), last.toordinal()
    pad = max(120, (high - low) // 12)
    low, high = low - pad, high + pad
    years = range(date.fromordinal(low).year + 1, date.fromordinal(high).year + 1)
    stride = max(1, math.ceil(len(years) / 10))
    ticks = [(date(y, 1, 1).toordinal(), str(y)) for y in years[::stride]]
    if len(ticks) < 3:  # a short span: quarters too
        ticks = [(date(y, m, 1).toordinal(), f"{y}" if m == 1 else f"{y}-{m:02d}")
                 for y in range(years.start - 1, years.stop) for m in (1, 4, 7, 10)
                 if low <= date(y, m, 1).toordinal() <= high]
    return low, high, ticks


def _text_width(text: str, size: float = 13) -> float:
    return sum(size if unicodedata.east_asian_width(ch) in "WF" else size * 0.6 for ch in text)


def _legend(series: dict[str, tuple[str, str]], top: float) -> tuple[list[Markup], float]:
    """Legend entries laid out in rows under the plot; returns (elements, height)."""
    entries = [(color, label, False) for color, label in series.values()]
    entries += [("#555", "事实 fact", False), ("#555", "预测 forecast", True)]
    out, x, y = [], LEFT, top + 16
    for color, label, hollow in entries:
        width = 22 + _text_width(label) + 18
        if x + width > WIDTH - RIGHT and x > LEFT:
            x, y = LEFT, y + LEGEND_ROW
        dot = (Markup('<circle cx="{}" cy="{}" r="5.5" fill="#fff" stroke="{}" '
                      'stroke-width="2.2" stroke-dasharray="3 2"/>') if hollow else
               Markup('<circle cx="{}" cy="{}" r="5.5" fill="{}"/>'))
        out.append(dot.format(x + 6, y - 4, color))
        out.append(Markup('<text x="{}" y="{}" class="legend">{}</text>').format(
            x + 18, y, label))
        x += width
    return out, y - top + 10


def timeline(points: list[Point], *, unit_suffix: str = "", title: str = "") -> Markup:
    """The SVG chart of `points` (at least one), as markup to put straight into a page."""
    if not points:
        return Markup("")
    y_low, y_high, y_ticks = _y_scale(points)
    x_low, x_high, x_ticks = _x_scale(points)
    bottom = TOP + PLOT_HEIGHT

    def px(day: int) -> float:
        return LEFT + (day - x_low) / (x_high - x_low) * (WIDTH - LEFT - RIGHT)

    def py(value: float) -> float:
        return bottom - (value - y_low) / (y_high - y_low) * PLOT_HEIGHT

    series: dict[str, tuple[str, str]] = {}
    for point in sorted(points, key=lambda p: (p.x, p.series)):
        if point.series not in series:
            series[point.series] = (PALETTE[len(series) % len(PALETTE)], point.label)
    parts = [Markup('<rect x="{}" y="{}" width="{}" height="{}" class="plot"/>').format(
        LEFT, TOP, WIDTH - LEFT - RIGHT, PLOT_HEIGHT)]
    for value in y_ticks:
        parts.append(Markup('<line x1="{0}" x2="{1}" y1="{2:.1f}" y2="{2:.1f}" class="grid"/>'
                            '<text x="{3}" y="{4:.1f}" class="tick" text-anchor="end">{5}</text>')
                     .format(LEFT, WIDTH - RIGHT, py(value), LEFT - 8, py(value) + 4,
                             number(value) + unit_suffix))
    for day, label in x_ticks:
        parts.append(Markup('<line x1="{0:.1f}" x2="{0:.1f}" y1="{1}" y2="{2}" class="grid"/>'
                            '<text x="{0:.1f}" y="{3}" class="tick" text-anchor="middle">{4}'
                            '</text>').format(px(day), TOP, bottom, bottom + 18, label))
    parts.extend(_lines(points, series, px, py))
    parts.extend(_dots(points, series, px, py))
    legend, legend_height = _legend(series, bottom + AXIS - 14)
    parts.extend(legend)
    height = bottom + AXIS + legend_height
    return Markup('<svg class="timeline" xmlns="http://www.w3.org/2000/svg" role="img" '
                  'viewBox="0 0 {w} {h:.0f}" width="{w}" height="{h:.0f}">'
                  '<title>{t}</title>{body}</svg>').format(
        w=WIDTH, h=height, t=title, body=Markup("").join(parts))


def _lines(points, series, px, py) -> list[Markup]:
    out = []
    for key, (color, _) in series.items():
        run = sorted((p for p in points if p.series == key), key=lambda p: p.x)
        for a, b in zip(run, run[1:], strict=False):
            dash = ' stroke-dasharray="6 4"' if a.forecast or b.forecast else ""
            out.append(Markup('<line x1="{:.1f}" y1="{:.1f}" x2="{:.1f}" y2="{:.1f}" '
                              'stroke="{}" class="series"{}/>').format(
                px(a.x.toordinal()), py(a.y), px(b.x.toordinal()), py(b.y), color,
                Markup(dash)))
    return out


def _bound_mark(point: Point, x: float, py, color: str) -> Markup:
    """A whisker for a range; an arrow up for "more than" (a lower bound only), down for
    "less than" (an upper bound only); nothing for an exact value."""
    low, high = point.lower, point.upper
    if low is not None and high is not None and low != high:
        return Markup('<line x1="{0:.1f}" x2="{0:.1f}" y1="{1:.1f}" y2="{2:.1f}" '
                      'stroke="{3}" class="whisker"/>').format(x, py(low), py(high), color)
    if (low is None) == (high is None):
        return Markup("")
    sign = -1 if high is None else 1  # SVG y grows downwards: up is negative
    y = py(point.y)
    tip = y + sign * (RADIUS + 12)
    return Markup('<path d="M{0:.1f},{1:.1f} L{0:.1f},{2:.1f} M{3:.1f},{4:.1f} L{0:.1f},{2:.1f} '
                  'L{5:.1f},{4:.1f}" stroke="{6}" class="whisker" fill="none"/>').format(
        x, y + sign * RADIUS, tip, x - 4, tip - sign * 5, x + 4, color)


def _dots(points, series, px, py) -> list[Markup]:
    out, seen = [], {}
    for point in sorted(points, key=lambda p: (p.x, p.series, p.y)):
        color = series[point.series][0]
        x, y = px(point.x.toordinal()), py(point.y)
        spot = (round(x), round(y))
        x += 2.2 * RADIUS * seen.get(spot, 0)  # dots at the same spot sit side by side
        seen[spot] = seen.get(spot, 0) + 1
        whisker = _bound_mark(point, x, py, color)
        style = (Markup('fill="#fff" stroke="{}" stroke-width="2.5" stroke-dasharray="3 2"')
                 if point.forecast else Markup('fill="{}" stroke="#fff" stroke-width="1.5"'))
        out.append(Markup(
            '<a href="{href}" class="point {kind}" data-series="{series}">{whisker}'
            '<circle cx="{x:.1f}" cy="{y:.1f}" r="{r}" {style}/><title>{title}</title></a>'
        ).format(href=point.href, kind="forecast" if point.forecast else "fact",
                 series=point.label, whisker=whisker, x=x, y=y, r=RADIUS,
                 style=style.format(color), title=point.title))
    return out

