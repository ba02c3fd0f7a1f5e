"""Numeric claims: each quantity in the text joined to its subject, metric, kind, period,
modality and source, then repeated statements merged into one claim with several spans.

The assembler walks an article block by block (paragraph, heading, table row), sentence
by sentence, clause by clause. A clause usually reads [time] [topic] [metric] [verb]
[number]; when the topic is dropped (Chinese does that in clause chains), the topic of the
previous clause carries over. Time and source come from the clause, else the sentence,
else the paragraph, else the section heading. Tables are read as row × column.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from extractors.context import (
    SENTENCE_END,
    Span,
    find_attribution,
    is_comparison_date,
    is_forecast,
    split_spans,
)
from extractors.dates import DateMention
from extractors.numbers import Quantity, find_quantities
from extractors.records import Claim, Evidence, Mention

CHANGE_VERBS = ("同比增长", "同比增加", "同比提升", "同比上涨", "同比下降", "同比减少", "环比增长",
                "环比下降", "增长", "增加", "提升", "提高", "上涨", "上升", "增长了", "增幅", "增速",
                "扩大", "翻", "下降", "减少", "降低", "下滑", "下跌", "压缩", "缩减", "缩小", "降",
                "增", "涨", "高出", "多出", "同比", "环比")
DECREASE_VERBS = ("下降", "减少", "降低", "下滑", "下跌", "压缩", "缩减", "缩小", "降", "跌")
FROM_TO = re.compile(r"从\s*[^，。；]*?(?:提升|提高|增长|增加|上升|下降|降低|减少|增至|降至|到|至)")
LEADING_NOISE = re.compile(
    r"^(?:[\s“”\"'（）()]|其中|同时|此外|另外|而且|并且|而|且|但|则|也|已|还|均|都|并|"
    r"以及|及|和|与|目前|如今|当前|现在|截至|截止|截止到|到|在|于|从|对于|至于|"
    r"数据显示|显示|统计|报告指出|指出|表示|可见|例如|比如|如|这也意味着|意味着|"
    r"其|该|这些|这一|通过|借助|依托)+")
TRAILING_NOISE = re.compile(
    r"(?:[\s“”\"'：:]|的|之|则|也|已经|已|还|均|都|就|将|会|可|正|在|达|为|是|有|"
    r"整体|累计|分别|同比|环比|共|总共|合计|稳步|稳定|持续|迅速|快速|实现|达到|了)+$")
HEADING_DATE_KINDS = ("explicit",)
_METRIC_UNIT_FALLBACK = {"人": "users", "名": "users", "位": "users", "次": "usage_count",
                         "人次": "usage_count", "单": "orders", "笔": "orders"}


@dataclass
class ArticleContext:
    """What the assembler needs to know about one article."""

    text: str
    blocks: Sequence[tuple[int, int]]
    headings: Sequence[tuple[int, int]]
    entities: Sequence[Mention]
    dates: Sequence[DateMention]
    metric_forms: dict[str, str]
    """Surface form → metric key, strong and hidden forms alike."""
    metric_pattern: re.Pattern
    _heading_period: dict[int, str | None] = field(default_factory=dict)


def metric_pattern(forms: dict[str, str]) -> re.Pattern:
    """Longest-first alternation of metric surface forms (Latin forms on word boundaries)."""
    parts = []
    for form in sorted(forms, key=len, reverse=True):
        escaped = re.escape(form)
        if re.fullmatch(r"[A-Za-z]+", form):
            escaped = r"(?<![A-Za-z])" + escaped + r"(?![A-Za-z])"
        parts.append(escaped)
    return re.compile("|".join(parts))


@dataclass
class _Frame:
    """What carries from clause to clause inside a paragraph."""

    subject: str | None = None
    attribution: str | None = None
    period: str | None = None


def _strip_phrase(phrase: str, dates: Sequence[DateMention], offset: int) -> str:
    """Drop dates, attribution lead-ins and function words around a topic phrase."""
    for d in sorted(dates, key=lambda d: -d.start):
        if offset <= d.start and d.end <= offset + len(phrase):
            phrase = phrase[:d.start - offset] + " " * (d.end - d.start) + phrase[d.end - offset:]
    phrase = re.sub(r"(?:据|根据)[^，]*?(?:统计|显示|数据|披露|了解)", " ", phrase)
    phrase = re.sub(r"《[^》]*》", lambda m: m.group(0) if len(m.group(0)) < 14 else " ", phrase)
    phrase = phrase.split("  ")[-1] if "  " in phrase.strip() else phrase
    phrase = phrase.strip()
    for _ in range(3):
        phrase = LEADING_NOISE.sub("", phrase).strip()
        phrase = TRAILING_NOISE.sub("", phrase).strip()
    return phrase


def _find_metric(ctx: ArticleContext, start: int, end: int) -> list[re.Match]:
    return list(ctx.metric_pattern.finditer(ctx.text, start, end))


def _kind_and_sign(between: str, quantity: Quantity, after: str) -> tuple[str, float]:
    """level or change, and -1 for decreases, from the words between metric and number."""
    tail = between[-10:]
    if quantity.unit == "pp":
        return "change", -1.0 if any(v in tail for v in DECREASE_VERBS) else 1.0
    if quantity.unit == "times":
        if re.search(r"(?:是|为|达|达到|相当于)?[^，]{0,12}的\s*$", between) or \
                any(v in tail for v in CHANGE_VERBS):
            return "change", 1.0
        return "change", 1.0
    if any(tail.rstrip().endswith(v) or v in tail for v in CHANGE_VERBS):
        sign = -1.0 if any(v in tail for v in DECREASE_VERBS) else 1.0
        if re.search(r"(?:增至|降至|提升至|提高至|增长至|增长到|提升到|提高到|达到)\s*$", tail):
            return "level", 1.0
        return "change", sign
    return "level", 1.0


def _period_for(ctx: ArticleContext, clause: Span, sentence: Span, frame: _Frame,
                quantity: Quantity, forecast: bool) -> str | None:
    """The clause's time, else the sentence's, else the paragraph's, else the heading's."""
    usable = [d for d in ctx.dates if d.value and not is_comparison_date(ctx.text, d.start, d.end)]
    before = [d for d in usable if clause.start <= d.start and d.end <= quantity.start]
    if before:
        return before[-1].value
    in_sentence = [d for d in usable if sentence.start <= d.start < quantity.start]
    if in_sentence:
        return in_sentence[-1].value
    after = [d for d in usable if quantity.end <= d.start < sentence.end]
    if after and not forecast:
        return after[0].value
    if forecast:
        return None
    return frame.period


def _heading_period(ctx: ArticleContext, block_start: int) -> str | None:
    """The time the nearest section heading above the block names, if any."""
    above = [h for h in ctx.headings if h[1] <= block_start]
    if not above:
        return None
    h = above[-1]
    if h not in ctx._heading_period:
        dates = [d for d in ctx.dates if h[0] <= d.start < h[1] and d.value and d.explicit_year]
        ctx._heading_period[h] = dates[0].value if dates else None
    return ctx._heading_period[h]


def _subject_from_entities(ctx: ArticleContext, start: int, end: int) -> str | None:
    inside = [m for m in ctx.entities if start <= m.start and m.end <= end]
    return inside[-1].label if inside else None


def _right_metric(ctx: ArticleContext, quantity: Quantity, clause: Span) -> re.Match | None:
    """A metric noun right after the number: 2.2亿+用户, 近5万个活跃社群, 超过30家政企."""
    window_end = min(clause.end, quantity.end + 8)
    m = ctx.metric_pattern.search(ctx.text, quantity.end, window_end)
    if m and not re.search(r"[，,。；的]", ctx.text[quantity.end:m.start()]) \
            and m.start() - quantity.end <= 4:
        return m
    return None


def _noun_after(ctx: ArticleContext, quantity: Quantity, clause: Span) -> str:
    m = re.match(r"[\u4e00-\u9fffA-Za-z]{1,6}", ctx.text[quantity.end:clause.end])
    return m.group(0) if m else ""


def _claim_for(ctx: ArticleContext, q: Quantity, clause: Span, sentence: Span,
               frame: _Frame, forecast: bool) -> Claim | None:
    text = ctx.text
    left = _find_metric(ctx, clause.start, q.start)
    metric_match = left[-1] if left else None
    right = None if metric_match else _right_metric(ctx, q, clause)
    if metric_match:
        metric_key = ctx.metric_forms[metric_match.group(0)]
        metric_label = metric_match.group(0)
        topic_end = metric_match.start()
        between = text[metric_match.end():q.start]
    elif right:
        metric_key = ctx.metric_forms[right.group(0)]
        metric_label = right.group(0)
        topic_end = q.start
        between = text[clause.start:q.start]
    else:
        if q.unit == "count" and not q.classifier and q.comparator == "eq" and \
                not re.search(r"[万亿千百]", q.text):
            return None  # a bare number with nothing it counts is not a claim
        metric_key = _METRIC_UNIT_FALLBACK.get(q.classifier or "", "count" if q.classifier
                                               else "other")
        between = text[clause.start:q.start]
        verb = re.search(r"(?:" + "|".join(CHANGE_VERBS) + r"|达到|达|为|超过|突破|超|近|约|是)",
                         between)
        topic_end = clause.start + verb.start() if verb else q.start
        metric_label = _strip_phrase(text[clause.start:topic_end], ctx.dates, clause.start) or \
            _noun_after(ctx, q, clause)
        if q.classifier:
            metric_label = _noun_after(ctx, q, clause) or metric_label
    kind, sign = _kind_and_sign(between, q, text[q.end:q.end + 4])
    if FROM_TO.search(text[clause.start:q.start]) or re.search(r"从\s*$", text[clause.start:
                                                                            q.start]):
        kind, sign = "level", 1.0
    raw_topic = text[clause.start:topic_end]
    subject = _strip_phrase(raw_topic, ctx.dates, clause.start)
    if len(subject) > 16:
        subject = _subject_from_entities(ctx, clause.start, topic_end) or subject[-16:]
    if len(subject) < 2:
        subject = frame.subject or _subject_from_entities(ctx, sentence.start, q.start) or \
            _subject_from_entities(ctx, clause.start, clause.end)
    if not subject:
        return None
    frame.subject = subject
    subject_entity = next((m for m in ctx.entities if m.label == subject or m.text == subject),
                          None)
    value = q.value * sign
    quote_start = min(metric_match.start() if metric_match else q.start,
                      q.start if not metric_match else metric_match.start())
    if raw_topic and len(raw_topic) - len(raw_topic.lstrip()) < len(raw_topic):
        topic_pos = text.find(subject, clause.start, q.start) if subject else -1
        if 0 <= topic_pos and q.start - topic_pos <= 40:
            quote_start = min(quote_start, topic_pos)
    quote_end = right.end() if right else q.end
    period = _period_for(ctx, clause, sentence, frame, q, forecast)
    return Claim(
        subject=subject, metric=metric_key, kind=kind, value=value, unit=q.unit,
        comparator=q.comparator, period=period, modality="forecast" if forecast else "fact",
        attribution=frame.attribution, metric_label=metric_label,
        subject_id=subject_entity.entity_id if subject_entity else None,
        subject_type=subject_entity.type if subject_entity else None,
        evidence=[Evidence(quote_start, quote_end, text[quote_start:quote_end])])


def _spread_respectively(ctx: ArticleContext, claims: list[Claim], clause: Span,
                         sentence: Span) -> None:
    """分别为: hand the listed values to the subjects (or years) named before 分别."""
    text = ctx.text
    idx = text.find("分别", sentence.start, sentence.end)
    if idx < 0 or len(claims) < 2:
        return
    head = text[sentence.start:idx]
    years = re.search(r"((?:19|20)\d{2})\s*[-—–~至到]\s*((?:19|20)\d{2})\s*年", head)
    if years and int(years.group(2)) - int(years.group(1)) + 1 == len(claims):
        for i, c in enumerate(claims):
            c.period = str(int(years.group(1)) + i)
        return
    items_m = re.search(r"([\u4e00-\u9fffA-Za-z0-9]{1,10}(?:[、,，][\u4e00-\u9fffA-Za-z0-9]{1,10})+"
                        r"(?:和|及|与)?[\u4e00-\u9fffA-Za-z0-9]{0,10})[^、]*$", head)
    if not items_m:
        return
    items = [i for i in re.split(r"[、,，]|和|及|与", items_m.group(1)) if i]
    if len(items) == len(claims):
        for c, item in zip(claims, items, strict=True):
            c.subject = item


def _table_claims(ctx: ArticleContext) -> list[Claim]:
    """Pipe tables: each cell a claim, subject from the row's first cell, metric from the
    column header."""
    text, claims = ctx.text, []
    header: list[str] | None = None
    for start, end in ctx.blocks:
        line = text[start:end]
        if line.count("|") < 2:
            header = None
            continue
        cells = [c for c in line.strip().strip("|").split("|")]
        if all(re.fullmatch(r"\s*:?-{2,}:?\s*", c) for c in cells if c.strip()):
            continue
        if header is None:
            header = [c.strip() for c in cells]
            continue
        pos = start + line.index(cells[0]) if cells[0] in line else start
        subject = cells[0].strip()
        offset = pos + len(cells[0])
        for col, cell in enumerate(cells[1:], start=1):
            cell_start = offset + 1
            offset = cell_start + len(cell)
            for q in find_quantities(cell):
                label = header[col] if col < len(header) else ""
                metric_m = ctx.metric_pattern.search(label) if label else None
                key = ctx.metric_forms[metric_m.group(0)] if metric_m else "other"
                if metric_m and label.endswith(("增速", "增长率")):
                    key = "growth_rate"
                q_end = cell_start + q.end
                claims.append(Claim(
                    subject=subject, metric=key, kind="level", value=q.value, unit=q.unit,
                    comparator=q.comparator, metric_label=label,
                    evidence=[Evidence(start, q_end, text[start:q_end])]))
    return claims


def find_claims(ctx: ArticleContext) -> list[Claim]:
    """Every numeric claim in the article, repeats merged (several evidence spans)."""
    text = ctx.text
    table_rows = {b for b in ctx.blocks if text[b[0]:b[1]].count("|") >= 2}
    claims: list[Claim] = _table_claims(ctx)
    section_period: str | None = None
    for block in ctx.blocks:
        if block in table_rows:
            continue
        if block in ctx.headings:
            section_period = _heading_period(ctx, block[1])
            if not _find_metric(ctx, *block):
                continue
        frame = _Frame(period=section_period)
        for sentence in split_spans(text, block[0], block[1], SENTENCE_END + "；;"):
            source, _ = find_attribution(text[sentence.start:sentence.end])
            if source:
                frame.attribution = source
            sentence_claims: list[tuple[Claim, Span]] = []
            quantities = find_quantities(text[sentence.start:sentence.end])
            for raw in quantities:
                q = Quantity(raw.start + sentence.start, raw.end + sentence.start, raw.value,
                             raw.unit, raw.comparator, raw.text, raw.classifier)
                if _inside_name_or_date(ctx, q):
                    continue
                clause = next(c for c in split_spans(text, sentence.start, sentence.end,
                                                     "，,：:")
                              if c.start <= q.start < c.end)
                forecast = is_forecast(text[sentence.start:q.start])
                claim = _claim_for(ctx, q, clause, sentence, frame, forecast)
                if claim:
                    sentence_claims.append((claim, clause))
            for clause in {c for _, c in sentence_claims}:
                group = [c for c, cl in sentence_claims if cl == clause]
                _spread_respectively(ctx, group, clause, sentence)
            claims.extend(c for c, _ in sentence_claims)
            dated = [d for d in ctx.dates if sentence.start <= d.start < sentence.end and d.value
                     and not is_comparison_date(text, d.start, d.end)]
            if dated:
                frame.period = dated[-1].value
    return merge_repeats(claims)


def _inside_name_or_date(ctx: ArticleContext, q: Quantity) -> bool:
    num_start = q.start + len(q.text) - len(q.text.lstrip("超过突破逾近约将接不到低于少")) \
        if q.text else q.start
    for m in list(ctx.entities) + list(ctx.dates):
        if m.start <= num_start < m.end:
            return True
    before = ctx.text[max(0, q.start - 30):q.start]
    return before.count("《") > before.count("》")


def merge_repeats(claims: list[Claim]) -> list[Claim]:
    """One claim per identity; its evidence spans gathered from every repetition."""
    merged: dict[tuple, Claim] = {}
    for c in claims:
        key = c.identity()
        if key in merged:
            known = merged[key]
            known.evidence.extend(e for e in c.evidence if e not in known.evidence)
            known.attribution = known.attribution or c.attribution
        else:
            merged[key] = c
    return list(merged.values())
