"""Trace a claim back to the sentences it came from and the run that stored it.

`provenance(store, iri)` answers the analyst's "where does this number come from?": the
claim's value and qualifiers, and for every evidence annotation the article, the offsets,
the quote, and the whole sentence around it, cut from the article's stored clean text (the
string every offset refers to). `render_text` prints that for a terminal.

The quote is re-read from the clean text at the stored offsets and compared with the
annotation's `oa:exact`: `quote_matches` is False when they drift apart, which a test
checks never happens.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from kg.errors import E, KGError
from kg.results import Term, python_value
from kg.store import KnowledgeStore, prefixes

SENTENCE_ENDS = "。！？；!?;\n"
"""Characters that close a sentence (or a table row / paragraph) in the clean text."""
MARK_OPEN, MARK_CLOSE = "【", "】"


def resolve_iri(store: KnowledgeStore, text: str) -> ox.NamedNode:
    """An IRI from full form (<…> optional) or a known prefix ("claim:9a1b…")."""
    text = text.strip().removeprefix("<").removesuffix(">")
    if "://" not in text and ":" in text:
        prefix, local = text.split(":", 1)
        namespace = prefixes(store.space).get(prefix)
        if namespace:
            text = namespace + local
    try:
        return ox.NamedNode(text)
    except ValueError as err:
        raise KGError(E.E303, iri=text) from err


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) of the sentence containing text[start:end], terminator included."""
    begin = max(text.rfind(ch, 0, start) for ch in SENTENCE_ENDS) + 1
    stops = [i for i in (text.find(ch, max(start, end - 1)) for ch in SENTENCE_ENDS) if i >= 0]
    finish = min(stops) + 1 if stops else len(text)
    while begin < start and text[begin].isspace():
        begin += 1
    while finish > end and text[finish - 1].isspace():
        finish -= 1
    return begin, finish


def _local(value: object) -> object:
    """kg:GreaterThan → "GreaterThan"; other values unchanged."""
    if isinstance(value, str) and "://" in value:
        return value.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
    return value


def _first(rows: list[dict[str, Term | None]], name: str) -> object:
    """The first bound value of `name`, preferring Chinese, then untagged, then any literal."""
    terms = [r[name] for r in rows if r.get(name) is not None]
    for wanted in ("zh", None):
        for term in terms:
            if not isinstance(term, ox.Literal) or term.language == wanted:
                return python_value(term)
    return python_value(terms[0]) if terms else None


def _term_rows(result) -> list[dict[str, Term | None]]:
    return [dict(zip(result.variables, row, strict=True)) for row in result.term_rows()]


def provenance(store: KnowledgeStore, iri: str) -> dict:
    """The claim at `iri` with every evidence span; raises KGError E303 if there is none."""
    node = resolve_iri(store, iri)
    rows = _term_rows(store.run_prepared("provenance", claim=node))
    if not rows:
        raise KGError(E.E303, iri=node.value)
    claim = {
        "claim": node.value,
        "kind": _local(_first(rows, "kind")),
        "value": _first(rows, "value"),
        "lower_bound": _first(rows, "lower"), "upper_bound": _first(rows, "upper"),
        "unit": _local(_first(rows, "unit")), "comparator": _local(_first(rows, "comparator")),
        "period": _first(rows, "period"),
        "period_start": _first(rows, "periodStart"), "period_end": _first(rows, "periodEnd"),
        "modality": _local(_first(rows, "modality")),
        "subject": {"iri": _first(rows, "subject"),
                    "label": _first(rows, "subjectName") or _first(rows, "subjectLabel"),
                    "text": _first(rows, "subjectLabel")},
        "metric": {"iri": _first(rows, "metric"), "key": _first(rows, "metricKey"),
                   "label": _first(rows, "metricName"), "text": _first(rows, "metricLabel")},
        "attribution": None,
    }
    if _first(rows, "attribution") or _first(rows, "attributionLabel"):
        claim["attribution"] = {
            "iri": _first(rows, "attribution"),
            "label": _first(rows, "attributionName") or _first(rows, "attributionLabel")}
    claim["evidence"] = _evidence(store, rows)
    return claim


def _evidence(store: KnowledgeStore, rows: list[dict[str, Term | None]]) -> list[dict]:
    texts: dict[str, str] = {}
    spans: dict[object, list[dict]] = {}
    for row in rows:
        if row.get("annotation") is not None:
            spans.setdefault(row["annotation"], []).append(row)
    out = []
    for group in spans.values():
        article = _first(group, "article")
        if article not in texts:
            found = store.run_prepared("article_text", article=ox.NamedNode(article)).records()
            texts[article] = found[0]["text"] if found else ""
        out.append(_span(group, article, texts[article]))
    out.sort(key=lambda e: (e["article"]["path"] or "", e["start"] if e["start"] is not None
                            else -1))
    return out


def _span(group: list[dict], article: str, text: str) -> dict:
    start, end = _first(group, "start"), _first(group, "end")
    quote = _first(group, "exact")
    span = {"start": start, "end": end, "quote": quote,
            "prefix": _first(group, "prefix"), "suffix": _first(group, "suffix"),
            "quote_matches": None, "sentence": None, "marked_sentence": None,
            "article": {"iri": article, "title": _first(group, "title"),
                        "path": _first(group, "path"), "published": _first(group, "published")},
            "run": {"iri": _first(group, "run"), "started": _first(group, "runStart"),
                    "ended": _first(group, "runEnd"), "flow_run_id": _first(group, "flowRunId")}}
    if isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text):
        span["quote_matches"] = text[start:end] == quote
        begin, finish = sentence_bounds(text, start, end)
        sentence = text[begin:finish]
        span.update(sentence=sentence, sentence_start=begin, marked_sentence=(
            f"{text[begin:start]}{MARK_OPEN}{text[start:end]}{MARK_CLOSE}{text[end:finish]}"))
    return span


def _number(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and abs(value) >= 10_000:
        scale, unit = (100_000_000, "亿") if abs(value) >= 100_000_000 else (10_000, "万")
        return f"{value} ({value / scale:g}{unit})"
    return str(value)


def _bounds(claim: dict) -> str:
    low, high = claim["lower_bound"], claim["upper_bound"]
    if low is not None and high is not None:
        return f"[{_number(low)}, {_number(high)}]" if low != high else "exact"
    if low is not None:
        return f"≥ {_number(low)}, no upper bound"
    if high is not None:
        return f"≤ {_number(high)}, no lower bound"
    return "no bounds"


def _named(part: dict | None) -> str:
    if not part:
        return "-"
    label = part.get("label") or part.get("text") or "?"
    return f"{label}  <{part['iri']}>" if part.get("iri") else label


def render_text(record: dict) -> str:
    """A terminal rendering of `provenance()`'s record."""
    period = record["period"] or "-"
    if record["period_start"] or record["period_end"]:
        period += f"  ({record['period_start'] or '…'} – {record['period_end'] or '…'})"
    metric = record["metric"]
    metric_line = " — ".join(str(v) for v in (metric["key"], metric["label"]) if v) or "-"
    if metric["text"]:
        metric_line += f"  (article says: {metric['text']})"
    lines = [
        f"claim        <{record['claim']}>",
        f"value        {_number(record['value'])} {record['unit'] or ''}".rstrip()
        + f"  [{record['comparator'] or 'eq'}; {_bounds(record)}]",
        f"kind         {record['kind'] or '-'}",
        f"subject      {_named(record['subject'])}",
        f"metric       {metric_line}",
        f"period       {period}",
        f"modality     {record['modality'] or '-'}",
        f"attribution  {_named(record['attribution'])}",
    ]
    evidence = record["evidence"]
    for n, span in enumerate(evidence, 1):
        lines.extend(_render_span(span, n, len(evidence)))
    if not evidence:
        lines.append("evidence     none stored")
    lines.extend(_render_runs(span["run"] for span in evidence))
    return "\n".join(lines)


def _render_span(span: dict, n: int, total: int) -> list[str]:
    article = span["article"]
    check = {True: "", False: "  (MISMATCH with the clean text!)", None: ""}[span["quote_matches"]]
    return [
        f"evidence {n}/{total}",
        f"  article    {article['title'] or '(untitled)'}",
        f"  path       {article['path'] or '-'}   published {article['published'] or '-'}",
        f"  sentence   {span['marked_sentence'] or span['quote']}",
        f"  offsets    {span['start']}–{span['end']}  quote “{span['quote']}”{check}",
    ]


def _render_runs(runs: Iterable[dict]) -> list[str]:
    seen, lines = set(), []
    for run in runs:
        if run["iri"] and run["iri"] not in seen:
            seen.add(run["iri"])
            flow = f"  (Prefect flow run {run['flow_run_id']})" if run["flow_run_id"] else ""
            ended = run["ended"] or "(did not finish: killed, or still running)"
            lines.append(f"ingested by  <{run['iri']}>  {run['started'] or '?'} → "
                         f"{ended}{flow}")
    return lines
