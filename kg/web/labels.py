"""How the pages name things: bilingual labels for the ontology's terms, numbers in 万/亿,
units, and the choice of a node's display name. Registered as Jinja filters by `app`."""

from __future__ import annotations

import math

MINTED = ("entity", "claim", "article", "metric", "run", "graph", "software")
"""The kinds of IRI the pipeline mints under the base IRI; each dereferences to a page."""

TERMS = {
    "Fact": ("事实", "fact"), "Forecast": ("预测", "forecast"),
    "Level": ("水平值", "level"), "Change": ("变化", "change"),
    "Equal": ("等于", "equal to"), "GreaterThan": ("超过", "more than"),
    "LessThan": ("不到", "less than"), "Approximately": ("约", "about"),
    "Company": ("公司", "company"), "MiniProgram": ("小程序", "mini program"),
    "Platform": ("平台", "platform"), "Claim": ("数据声明", "claim"),
    "Concept": ("指标", "metric"), "Article": ("文章", "article"),
    "Activity": ("采集运行", "ingestion run"), "IngestionRun": ("采集运行", "ingestion run"),
    "subject": ("主体", "subject"), "attribution": ("数据来源", "attributed to"),
}
"""Chinese and English names of ontology terms, by local name."""
COMPARATOR_SIGNS = {"Equal": "=", "GreaterThan": ">", "LessThan": "<", "Approximately": "≈"}
UNITS = {"count": ("", ""), "CNY": ("元", " CNY"), "percent": ("%", "%"),
         "pp": ("个百分点", " pp"), "times": ("倍", "×")}
"""Unit keys (kg:unit) as written after a number: (Chinese, English)."""


def href(iri: object, base: str) -> str:
    """The server path of an IRI minted under `base` (https://…/kg/claim/x → /claim/x);
    other http(s) IRIs (Wikidata …) are links as they are; anything else is "" (no link)."""
    text = str(iri or "")
    if text.startswith(base) and text[len(base):].split("/", 1)[0] in MINTED:
        return "/" + text[len(base):]
    # only web links leave the site: an IRI such as javascript:… from the data is no link
    return text if text.startswith(("http://", "https://")) else ""


def local(iri: object) -> str:
    """kg:GreaterThan → "GreaterThan"; a plain string is returned unchanged."""
    text = "" if iri is None else str(iri)
    if "://" not in text:
        return text
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def term(iri: object, lang: str = "both") -> str:
    """The bilingual name of an ontology term: "预测 forecast" (or one language)."""
    name = local(iri)
    zh, en = TERMS.get(name, (name, name))
    return {"zh": zh, "en": en}.get(lang, f"{zh} {en}" if zh != en else zh)


def _digits(value: float) -> str:
    """Four significant digits at most, never in exponent notation: 4.5, 706.9, 1234."""
    if value == 0:
        return "0"
    decimals = max(0, 3 - math.floor(math.log10(abs(value))))
    text = f"{value:.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def plain(value: object) -> str:
    """A value as stored, without a spurious ".0": 500000000.0 → "500000000"."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "–" if value is None else str(value)


def number(value: object) -> str:
    """A number as an analyst reads it: 450000000 → "4.5亿", 3e12 → "3万亿", 32.0 → "32"."""
    if value is None or value == "":
        return "–"
    if not isinstance(value, int | float):
        try:
            value = float(str(value))
        except ValueError:
            return str(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    for scale, name in ((1_000_000_000_000, "万亿"), (100_000_000, "亿"), (10_000, "万")):
        if abs(value) >= scale:
            return f"{_digits(value / scale)}{name}"
    return f"{value:,}" if isinstance(value, int) else _digits(value)


def with_unit(value: object, unit: object) -> str:
    """A value and its unit: "4.5亿", "32%", "1.92倍", "706.9亿元"."""
    zh, _ = UNITS.get(str(unit or ""), (f" {unit}" if unit else "", ""))
    return f"{number(value)}{zh}"


def unit_name(unit: object) -> str:
    """A unit key as a heading: "percent (%)"; "count" for plain counts."""
    unit = str(unit or "")
    zh, _ = UNITS.get(unit, ("", ""))
    return f"{unit} ({zh.strip()})" if zh.strip() else unit or "–"


def bounds(claim: dict) -> str:
    """A claim's bounds in words: "≥ 4.5亿", "[10, 20]", "= 32%", or "" when none."""
    low, high, unit = claim.get("lower"), claim.get("upper"), claim.get("unit")
    if low is not None and high is not None:
        if low == high:
            return f"= {with_unit(low, unit)}"
        return f"[{with_unit(low, unit)}, {with_unit(high, unit)}]"
    if low is not None:
        return f"≥ {with_unit(low, unit)}"
    if high is not None:
        return f"≤ {with_unit(high, unit)}"
    return ""


def pick_label(labels: list[tuple[str, str | None]], lang: str = "zh") -> str | None:
    """The label in `lang`, else an untagged one, else any: from (text, language) pairs."""
    for wanted in (lang, None):
        for text, language in labels:
            if (language or None) == wanted:
                return text
    return labels[0][0] if labels else None
