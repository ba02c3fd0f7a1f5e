"""Time expressions, normalised to the forms of GUIDELINES section 4.

`find_dates(text, reference)` returns every time expression with its normalised value:
2022-01-17, 2021-08, 2021, 2024-Q4, 2020-H1, ranges such as 2020-01/2020-08 and
2024/2029. Expressions without a year (今年8月, 7月份, 去年同期, 双11, 元旦) are resolved
against the year the text itself last named in the same block, else against the article's
reference date; when neither exists they are returned unresolved (value None) so that a
claim's period stays null rather than guessed.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from extractors.alternation import finditer_at, leading_class

_CN_MONTH = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
             "十": 10, "十一": 11, "十二": 12}
_Q = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}

# Fixed-date festivals, and the solar term 清明 (Qingming) whose day varies by year.
FESTIVALS = {"元旦": (1, 1), "劳动节": (5, 1), "五一": (5, 1), "国庆": (10, 1),
             "双11": (11, 11), "双十一": (11, 11), "11.11": (11, 11), "双12": (12, 12),
             "双十二": (12, 12), "618": (6, 18), "6.18": (6, 18), "七夕": None}
QINGMING = {2015: 5, 2016: 4, 2017: 4, 2018: 5, 2019: 5, 2020: 4, 2021: 4, 2022: 5,
            2023: 5, 2024: 4, 2025: 4, 2026: 5, 2027: 5, 2028: 4, 2029: 4, 2030: 5}

_Y = r"(?P<y>(?:19|20)\d{2})\s*财?年度?"
_N_MONTHS = r"前(?P<n>1[01]|[1-9]|十一|十|[一二两三四五六七八九])个?月"
"""(今年)前8个月: January to the eighth month."""
_M = r"(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月份?"
_D = r"(?P<d>3[01]|[12]\d|0?[1-9])\s*[日号]"
_DAY_TO = r"\s*[-—–~～至到]\s*(?P<d2>3[01]|[12]\d|0?[1-9])\s*[日号]"
"""…至17日 after a day of the month: the last day of a range inside that month."""
_REL = r"(?P<rel>今年|去年|明年|前年|本年|上年)"
_FEST = r"(?P<fest>元旦|劳动节|五一|国庆|双11|双十一|11\.11|双12|双十二|618|6\.18|清明)"

DATE_PATTERNS: list[tuple[str, re.Pattern]] = [(name, re.compile(rx)) for name, rx in [
    ("ymd_iso", r"(?P<y>(?:19|20)\d{2})[-/.](?P<m>1[0-2]|0?[1-9])[-/.](?P<d>3[01]|[12]\d|0?[1-9])"
                r"(?!\d)"),
    ("ymd_days", _Y + r"\s*" + _M + r"\s*" + _D + _DAY_TO),
    ("ymd", _Y + r"\s*" + _M + r"\s*" + _D),
    ("ym_range", _Y + r"\s*(?P<m>1[0-2]|0?[1-9])\s*月?\s*(?:[-—–~～至到]|到了?)\s*"
                 r"(?P<m2>1[0-2]|0?[1-9])\s*月"),
    ("ym", _Y + r"\s*" + _M),
    ("yq", _Y + r"\s*(?:第\s*(?P<q>[一二三四1-4])\s*季度|(?P<q2>[一二三四])季度|Q(?P<q3>[1-4]))"),
    ("yq3", _Y + r"\s*前三季度"),
    ("yh", _Y + r"\s*(?P<h>上|下)半年"),
    ("y_interim", _Y + r"\s*(?:中期业绩|中期报告|中期财报|中报|半年报|半年度报告)"),
    ("yfest", _Y + r"\s*[“\"「]?" + _FEST + r"[”\"」]?"),
    ("yy_range", r"(?P<y>(?:19|20)\d{2})\s*年?\s*[-—–~～至到]\s*(?P<y2>(?:19|20)\d{2})\s*年"),
    ("y_first", _Y + r"\s*" + _N_MONTHS),
    ("yhh", r"(?P<y>(?:19|20)\d{2})\s*年?\s*H(?P<hh>[12])(?![0-9])"),
    ("y_same", _Y + r"\s*同期"),
    ("y", _Y),
    ("rel_md_days", _REL + r"\s*" + _M + r"\s*" + _D + _DAY_TO),
    ("rel_md", _REL + r"\s*" + _M + r"\s*" + _D),
    ("rel_m_range", _REL + r"\s*(?P<m>1[0-2]|0?[1-9])\s*月?\s*(?:[-—–~～至到]|到了?)\s*"
                    r"(?P<m2>1[0-2]|0?[1-9])\s*月"),
    ("rel_m", _REL + r"\s*" + _M),
    ("rel_h", _REL + r"\s*(?P<h>上|下)半年"),
    ("rel_q", _REL + r"\s*(?:第\s*(?P<q>[一二三四1-4])\s*季度|(?P<q2>[一二三四])季度|"
              r"Q(?P<q3>[1-4]))"),
    ("rel_q3", _REL + r"\s*前三季度"),
    ("rel_first", _REL + r"\s*" + _N_MONTHS),
    ("rel_same", _REL + r"同期"),
    ("rel_fest", _REL + r"\s*[“\"「]?" + _FEST + r"[”\"」]?"),
    ("rel", _REL),
    ("md_days", r"(?<![\d.])" + _M + r"\s*" + _D + _DAY_TO),
    ("md", r"(?<![\d.])" + _M + r"\s*" + _D),
    ("m_range", r"(?<![\d年])(?P<m>1[0-2]|0?[1-9])\s*月?\s*[-—–~～至到]\s*(?P<m2>1[0-2]|0?[1-9])"
                r"\s*月"),
    ("q3", r"(?<![年])前三季度"),
    ("q", r"(?<![\d年])(?:第\s*(?P<q>[一二三四1-4])\s*季度|(?P<q2>[一二三四])季度)"),
    ("q", r"(?<![A-Za-z0-9])Q(?P<q3>[1-4])(?![0-9])"),
    ("year_of", r"同年|次年|翌年"),
    ("h", r"(?<![年今去明本])(?P<h>上|下)半年"),
    ("m", r"(?<![\d年.])" + _M + r"(?![\d])"),
    ("fest", r"(?<![\d.])" + _FEST + r"(?![\d])"),
]]
_LEADS = [leading_class(pattern) for _, pattern in DATE_PATTERNS]
"""Per pattern, the characters its matches can begin with (None: try everywhere). Most
patterns begin with a look-behind, which makes `re` try every position of the text."""
_COUNT_AFTER = re.compile(r"\s*(%|万|亿|元|个|家)")


@dataclass(frozen=True)
class DateMention:
    """A time expression; `value` is None when it could not be resolved."""

    start: int
    end: int
    text: str
    value: str | None
    explicit_year: bool
    """True when the text names the year itself (2021年…), False for 今年, 8月, 双11 …"""


def _month(token: str) -> int:
    return int(token) if token.isdigit() else _CN_MONTH[token]


def _quarter(m: re.Match) -> int:
    groups = m.groupdict()
    return _Q[groups.get("q") or groups.get("q2") or groups["q3"]]


def _shift(value: str, years: int) -> str:
    """Move a normalised date by whole years (去年同期 of 2021-08 is 2020-08)."""
    return re.sub(r"(19|20)\d{2}", lambda y: str(int(y.group(0)) + years), value)


def _festival(name: str, year: int) -> str | None:
    if name == "清明":
        day = QINGMING.get(year)
        return f"{year}-04-{day:02d}" if day else None
    md = FESTIVALS.get(name)
    return f"{year}-{md[0]:02d}-{md[1]:02d}" if md else None


REL_YEARS = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "明年": 1, "前年": -2}


def _value(kind: str, m: re.Match, year: int | None, previous: str | None) -> str | None:
    """The normalised value of one match; `year` is the year it resolves against."""
    if kind == "rel_same":
        # 2019年8月…去年同期: the span just named, a year before it (not a year before the
        # article's own date), so it resolves without a publication date too
        return _shift(previous, REL_YEARS[m.group("rel")]) if previous else None
    if kind == "y_same":  # 今年上半年…由2024年同期的19%: the span just named, in that year
        named = int(m.group("y"))
        return _shift(previous, named - int(previous[:4])) if previous else str(named)
    if kind == "year_of":  # 2019年…次年: the year after the one just named
        return str(int(previous[:4]) + (m.group(0) != "同年")) if previous else None
    if m.groupdict().get("y"):
        year = int(m.group("y"))
    if m.groupdict().get("rel"):
        if year is None:
            return None
        year += REL_YEARS[m.group("rel")]
    if year is None:
        return None
    if kind in ("ymd_iso", "ymd", "rel_md", "md", "ymd_days", "md_days", "rel_md_days"):
        month, day = _month(m.group("m")), int(m.group("d"))
        try:
            first = date(year, month, day).isoformat()
            if kind.endswith("_days"):
                last = date(year, month, int(m.group("d2")))
                return f"{first}/{last.isoformat()}" if last.isoformat() > first else None
            return first
        except ValueError:
            return None
    if kind in ("ym_range", "m_range", "rel_m_range"):
        return f"{year}-{_month(m.group('m')):02d}/{year}-{_month(m.group('m2')):02d}"
    if kind in ("ym", "rel_m", "m"):
        return f"{year}-{_month(m.group('m')):02d}"
    if kind in ("y_first", "rel_first"):
        n = 2 if m.group("n") == "两" else _month(m.group("n"))
        return f"{year}-01/{year}-{n:02d}"
    if kind == "yhh":
        return f"{year}-H{m.group('hh')}"
    if kind == "y_interim":  # 2025年中期业绩, 2025年半年报: the first half they report on
        return f"{year}-H1"
    if kind in ("yq", "rel_q", "q"):
        return f"{year}-Q{_quarter(m)}"
    if kind in ("yq3", "rel_q3", "q3"):
        return f"{year}-Q1/{year}-Q3"  # the quarters the text counts in, as 第一至第三季度
    if kind in ("yh", "rel_h", "h"):
        return f"{year}-H{1 if m.group('h') == '上' else 2}"
    if kind in ("yfest", "rel_fest", "fest"):
        return _festival(m.group("fest"), year)
    if kind == "yy_range":
        return f"{m.group('y')}/{m.group('y2')}"
    return str(year)


def _start_of(value: str) -> str:
    """The first day a normalised value covers, as YYYY-MM-DD (2025-H2 → 2025-07-01)."""
    first = value.split("/")[0]
    m = re.fullmatch(r"(\d{4})-([QH])(\d)", first)
    if m:
        month = (int(m.group(3)) - 1) * (3 if m.group(2) == "Q" else 6) + 1
        return f"{m.group(1)}-{month:02d}-01"
    return (first + "-01-01")[:10] if len(first) < 10 else first


def _is_false_month(text: str, m: re.Match, kind: str) -> bool:
    """Bare month patterns also match counts ("3个月", "一月一次"); keep real months only."""
    if kind not in ("m", "md", "md_days", "m_range"):
        return False
    token = m.group("m")
    if not token.isdigit() and kind == "m":
        # 一月/五月 as a bare Chinese month is rare in business prose and often means "a month"
        return text[m.end():m.end() + 1] in "一内里度底初"
    return text[max(0, m.start() - 1):m.start()] in ("第", "个", "近", "每", "前", "后")


FISCAL = re.compile(r"(?:19|20)\d{2}\s*财年(?:第?[一二三四1-4]季度|[上下]半年|Q[1-4])?")
DAY_KINDS = ("ymd_iso", "ymd", "rel_md", "md")
YEAR_MONTH_KINDS = ("ym", "rel_m")
QUARTER_KINDS = ("yq", "rel_q", "q")
"""Matches that name one day, a month with its year, or a quarter: two of them joined by 至
are a range (5月31日至6月16日, 去年9月至今年9月, 2022年第一季度至第三季度) even without 从."""


def _join_from_to(text: str, raw: list) -> list:
    """从去年1月到今年6月, 2022年3月至5月, 5月31日至6月16日: two dates joined as one span
    (kind "from_to")."""
    joined, i = [], 0
    while i < len(raw):
        cur = raw[i]
        if i + 1 < len(raw):
            nxt = raw[i + 1]
            between = text[cur[1]:nxt[0]]
            if re.fullmatch(r"\s*(?:到|至|—|-|–|~|～)\s*", between) and (
                    text[max(0, cur[0] - 1):cur[0]] == "从"
                    or cur[2] in DAY_KINDS and nxt[2] in DAY_KINDS
                    or cur[2] in YEAR_MONTH_KINDS and nxt[2] in YEAR_MONTH_KINDS
                    or cur[2] in QUARTER_KINDS and nxt[2] in QUARTER_KINDS):
                joined.append((cur[0], nxt[1], "from_to", (cur, nxt)))
                i += 2
                continue
        joined.append(cur)
        i += 1
    return joined


def _date_matches(text: str) -> Iterator[tuple[str, re.Match]]:
    """Each pattern's `finditer` matches, pattern by pattern in DATE_PATTERNS order, each
    pattern tried only where its leading class occurs (found once per class and text)."""
    positions: dict[str, list[int]] = {}
    for (kind, pattern), lead in zip(DATE_PATTERNS, _LEADS, strict=True):
        if lead is None:
            matches = pattern.finditer(text)
        else:
            if lead.pattern not in positions:
                positions[lead.pattern] = [m.start() for m in lead.finditer(text)]
            matches = finditer_at(pattern, text, positions[lead.pattern])
        for m in matches:
            yield kind, m


_TYPICAL_PEAK = re.compile(r"(?:[、和与及](?:[\u4e00-\u9fff\d.]{1,4}?))*(?:等|这样的|这类)")
"""After a festival: more of them, then 等 (春节、国庆等高峰期, 618、双11等大促)."""
BASE_WORDS = "较|比|相比|相较|对比"
"""Words before the base of a comparison (较2019年同期, 比2023年): a time named after them is
what a figure is compared with, not the figure's own time."""
_NOT_CONTEXT_BEFORE = re.compile(rf"(?:(?<!截止)到|(?<!截)至|{BASE_WORDS}|成立于|创立于|创办于|"
                                 r"成立|创立|创办)\s*$")
"""Before a year that does not become the year of what follows in the paragraph: a target
(到2026年), a comparison's base (较2019年同期) or a firm's founding (成立于2022年)."""


EDGE_KINDS = ("y", "rel", "ym", "rel_m", "m")
EDGES = ("底", "末", "初")
"""年底, 月末, 年初: part of the date's span (the value stays the year or the month), so that
no 底 is left over for the words around it."""
FUTURE_CUE = re.compile(r"预计|预期|有望|将|计划|指引|目标|展望")
SENTENCE_END = re.compile(r"[。！？；\n]")


def _said_of_future(text: str, start: int, end: int) -> bool:
    """A forecast's words next to the date, in its sentence (预计四季度…, 四季度收入将…)."""
    before = SENTENCE_END.split(text[max(0, start - 8):start])[-1]
    after = SENTENCE_END.split(text[end:end + 12])[0]
    return bool(FUTURE_CUE.search(before) or FUTURE_CUE.search(after))


def find_dates(text: str, reference: date | None, blocks=()) -> list[DateMention]:
    """All time expressions in `text`, resolved against the block's last named year, else
    against `reference`. `blocks` are (start, end) paragraph spans that scope the year
    context; without them the whole text is one block."""
    taken = [False] * len(text)
    raw: list[tuple[int, int, str, re.Match]] = []
    for kind, m in _date_matches(text):
        if any(taken[m.start():m.end()]) or _is_false_month(text, m, kind):
            continue
        if kind == "fest" and m.group("fest") in ("618", "11.11", "6.18") and \
                _COUNT_AFTER.match(text, m.end()):
            continue
        if kind == "fest" and _TYPICAL_PEAK.match(text, m.end()):
            continue  # 在春节、国庆等高峰期: festivals as a kind of day, no date
        if "财年" in m.group(0) or text.startswith("财年", m.end()):
            fiscal = FISCAL.match(text, m.start())
            for i in range(m.start(), fiscal.end() if fiscal else m.end()):
                taken[i] = True
            continue  # 2026财年第一季度: a fiscal period, which no calendar date names
        end = m.end() + 1 if kind in EDGE_KINDS and text.startswith(EDGES, m.end()) else m.end()
        raw.append((m.start(), end, kind, m))  # 2025年底, 6月末: the same year or month
        for i in range(m.start(), end):
            taken[i] = True
    raw.sort()
    raw = _join_from_to(text, raw)
    block_starts = sorted(s for s, _ in blocks) or [0]
    found: list[DateMention] = []
    context_year, block_index, previous = None, -1, None
    forecast_year_until = None  # (the year before a forecast's year, where its sentence ends)
    for start, end, kind, m in raw:
        current_block = bisect_right(block_starts, start) - 1  # blocks starting at or before
        if current_block != block_index:
            block_index, context_year, previous = current_block, None, None
            forecast_year_until = None
        if forecast_year_until and start >= forecast_year_until[1] and \
                not _said_of_future(text, start, end):
            # (2028年有望突破700亿元。报告同时提醒，)上半年(…投诉同比增长): a fact after a
            # forecast's year is dated by the year before that forecast
            context_year, forecast_year_until = forecast_year_until[0], None
        if kind == "from_to":
            values = []
            for _, _, part_kind, part in m:
                year = reference.year if part.groupdict().get("rel") and reference else (
                    context_year or (reference.year if reference else None))
                values.append(_value(part_kind, part, year, previous))
                if part.groupdict().get("y"):
                    context_year = int(part.group("y"))
            value = f"{values[0]}/{values[1]}" if all(values) else None
            previous = value or previous
            found.append(DateMention(start, end, text[start:end], value,
                                     any(p[3].groupdict().get("y") for p in m)))
            continue
        explicit = bool(m.groupdict().get("y"))
        if m.groupdict().get("rel"):
            year = reference.year if reference else None
        else:
            year = context_year or (reference.year if reference else None)
        value = _value(kind, m, year, previous)
        if value and reference and context_year is None and kind in ("m", "md", "md_days", "fest",
                                                                        "q", "h", "q3") \
                and _start_of(value) > reference.isoformat() and not _said_of_future(text,
                                                                                    start, end):
            # "11.11" or "8月" in an article of January names the last one, not a future one
            # (but 预计四季度收入将…, in September, names the coming one)
            value = _value(kind, m, year - 1, previous)
        if explicit and kind != "y_same" and not (
                _NOT_CONTEXT_BEFORE.search(text, max(0, start - 3), start)
                or text.startswith("同期", end)):
            named = int(m.group("y"))
            if (reference is None or named > reference.year) and \
                    (context_year or reference) and _said_of_future(text, start, end):
                said_until = SENTENCE_END.search(text, end)
                forecast_year_until = (context_year or reference.year,
                                       said_until.end() if said_until else len(text))
            context_year = named
        elif m.groupdict().get("rel") and value and not (
                _NOT_CONTEXT_BEFORE.search(text, max(0, start - 3), start)
                or "同期" in text[start:end + 2]):
            context_year = int(value[:4])  # 今年…, not (较)去年同期: a comparison's base
        if value and kind not in ("rel_same", "y_same"):
            previous = value  # 今年1-8月…去年同期: the same span a year earlier (and a second
            # 去年同期 after it is still a year before 今年1-8月, not two)
        found.append(DateMention(start, end, text[start:end], value, explicit))
    return found


def infer_reference_date(text: str) -> date | None:
    """For an article without a publication date: the day of its dateline (新华社北京8月27日电,
    the year from the text when the dateline has none), else the year its text plainly
    reports on: 31 December of that year, so that relative months (今年7月) resolve inside
    it. None when the text names no year.
    """
    dateline = DATELINE.search(text, 0, DATELINE_SPAN)
    if dateline and dateline.group("y2"):
        try:
            return date(int(dateline.group("y2")), int(dateline.group("m2")),
                        int(dateline.group("d2")))
        except ValueError:
            dateline = None
    if dateline:
        year = int(dateline.group("y")) if dateline.group("y") else _reported_year(text)
        try:
            return date(year, int(dateline.group("m")), int(dateline.group("d"))) \
                if year else None
        except ValueError:
            pass
    year = _reported_year(text)
    return date(year, 12, 31) if year else None


DATELINE = re.compile(r"(?:^|\n)[^。\n]{0,16}?(?:(?P<y>(?:19|20)\d{2})年)?(?P<m>1[0-2]|0?[1-9])月"
                      r"(?P<d>3[01]|[12]\d|0?[1-9])日(?:电|讯|消息|报道)|"
                      r"(?:^|\n)\s*(?:发布|发表|出版|更新)?(?:日期|时间)\s*[：:]\s*"
                      r"(?P<y2>(?:19|20)\d{2})\s*[年/.-]\s*(?P<m2>1[0-2]|0?[1-9])\s*[月/.-]\s*"
                      r"(?P<d2>3[01]|[12]\d|0?[1-9])")
"""新华社北京8月27日电, 2024年8月27日讯: the day a news item was filed, at its start; or
a line 发布日期：2025年4月18日 (发布时间：2025-04-18 09:30) near the top."""
DATELINE_SPAN = 200


def is_dateline(line: str) -> bool:
    """发布时间：2025年6月12日 09:30: the line dates the article; it heads no section."""
    return DATELINE.match(line) is not None


_PLANNED_BEFORE = re.compile(r"预计|预测|计划|目标|有望|(?<!截止)到$|(?<!截)至$|明年")
"""Before a year of a plan (到2026年, 预计2025年); 截至2024年 / 截止到2024年 is "as of"."""
_PLANNED_AFTER = re.compile(r"[^，。；]{0,10}?(?:将|有望|预计|计划|目标|继续)")
_COMPARED_BEFORE = re.compile(rf"(?:{BASE_WORDS}|同比|高于|低于|超过)$")
"""Before a year named as the base of a comparison (较2019年同期, 比2023年)."""


def _reported_year(text: str) -> int | None:
    """The year an undated text reports on: the most often named explicit year (ties go to
    the later year), because undated reports mostly speak of the year they cover; years
    named in plans and forecasts (预计2024年, 2024年将…), then years named as the base of a
    comparison (较2019年同期), do not count while any other year is named."""
    reported, planned, compared = Counter(), Counter(), Counter()
    for m in re.finditer(r"((?:19|20)\d{2})\s*年", text):
        before = text[max(0, m.start() - 6):m.start()]
        after = text[m.end():m.end() + 12]
        if _PLANNED_BEFORE.search(before) or _PLANNED_AFTER.match(after):
            planned[int(m.group(1))] += 1
        elif _COMPARED_BEFORE.search(before) or after.startswith("同期"):
            compared[int(m.group(1))] += 1
        else:
            reported[int(m.group(1))] += 1
    years = reported or planned or compared
    if not years:
        return None
    return max(years, key=lambda y: (years[y], y))


PERIOD = re.compile(
    r"(?P<year>\d{4})(?:-(?:(?P<month>\d{2})(?:-(?P<day>\d{2}))?|Q(?P<quarter>[1-4])"
    r"|H(?P<half>[12])))?")
"""One normalised period: a year, a month, a day, a quarter or a half."""


def period_bounds(period: str) -> tuple[date, date] | None:
    """First and last day of a normalised period, or None when it is not one.

    Understands "2021", "2021-08", "2021-04-04", "2024-Q4", "2020-H1" and ranges of those
    joined by "/" ("2020-01/2020-08", "2024/2029"); a range must not run backwards.
    """
    parts = period.strip().split("/")
    if len(parts) == 1:
        return _single_period(parts[0])
    if len(parts) != 2:
        return None
    first, last = _single_period(parts[0]), _single_period(parts[1])
    if first is None or last is None or first[0] > last[1]:
        return None
    return first[0], last[1]


def _single_period(text: str) -> tuple[date, date] | None:
    match = PERIOD.fullmatch(text)
    if match is None:
        return None
    year = int(match["year"])
    try:
        if match["day"]:
            day = date(year, int(match["month"]), int(match["day"]))
            return day, day
        if match["month"]:
            first = last = int(match["month"])
        elif match["quarter"]:
            first, last = 3 * int(match["quarter"]) - 2, 3 * int(match["quarter"])
        elif match["half"]:
            first, last = 6 * int(match["half"]) - 5, 6 * int(match["half"])
        else:
            first, last = 1, 12
        return date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1])
    except ValueError:  # month 13, 2 月 30 日 …: not a period
        return None
