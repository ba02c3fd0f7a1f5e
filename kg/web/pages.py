"""The browser's pages, and the dereferencing of every IRI the pipeline mints.

`GET /claim/<key>` (and /entity, /article, /metric, /run, /graph, /software) stands for the
IRI `<base>claim/<key>`: a browser gets the page, an RDF client (Accept: text/turtle,
application/n-triples, application/ld+json, application/rdf+xml, or `?format=ttl`) the
node's triples. Handlers are plain functions (Starlette runs them in its thread pool), and
each request reads one store view from start to end.
"""

from __future__ import annotations

from datetime import date
from urllib.parse import quote, unquote

import pyoxigraph as ox
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from kg.store import prefixes
from kg.web import data, labels
from kg.web.chart import Point, timeline
from kg.web.labels import href, pick_label
from kg.web.marking import ClaimSpan, find_mentions, mark_article, mark_quote
from kg.web.protocol import FORMAT_NAMES, GRAPH_FORMATS, HTML, negotiate, prefers_html


def render(request: Request, name: str, context: dict, status: int = 200) -> Response:
    return request.app.state.templates.TemplateResponse(
        request, name, context, status_code=status, headers={"Vary": "Accept"})


def _absent(request: Request, iri: str) -> Response:
    return render(request, "error.html", {
        "title": "未找到 Not found", "status": 404,
        "message": f"The store has nothing about <{iri}>. 库中没有这个 IRI 的数据。"}, 404)


# --- home and search ---------------------------------------------------------------------------

def home(request: Request) -> Response:
    """`/?page=N`: the headline counts, the metrics, and page N (from 1) of the articles."""
    asked = request.query_params.get("page", "1")
    if not asked.isascii() or not asked.isdigit() or not asked.strip("0"):
        return render(request, "error.html", {
            "title": "请求有误 Bad request", "status": 400,
            "message": f"page={asked[:20]!r}: a page is a whole number from 1. "
                       "页码须为从 1 开始的整数。"}, 400)
    view = request.app.state.view
    knowledge = view.knowledge
    shown = None
    if len(asked) <= 9:  # no list has a billion pages (and int() refuses 5,000 digits)
        shown = data.home(knowledge, page=int(asked),
                          per_page=request.app.state.config.articles_per_page,
                          whole=view.derived(knowledge, "overview", data.overview))
    if shown is None:
        return render(request, "error.html", {
            "title": "未找到 Not found", "status": 404,
            "message": f"The article list has no page {asked[:12]}. "
                       f"文章列表没有第 {asked[:12]} 页。"}, 404)
    return render(request, "home.html", {"title": "首页 Home", **shown})


def search(request: Request) -> Response:
    text = request.query_params.get("q", "")
    hits = data.search(request.app.state.view.knowledge, text) if text.strip() else []
    for hit in hits:
        hit["zh"] = pick_label(hit["pref"], "zh")
        hit["en"] = pick_label(hit["pref"], "en")
    return render(request, "search.html", {"title": f"搜索 Search: {text}", "q": text,
                                           "hits": hits})


# --- dereferencing -----------------------------------------------------------------------------

def requested_iri(request: Request) -> tuple[str, str]:
    """(kind, IRI) for the request path, percent-encoded the way `InstanceSpace` mints."""
    config = request.app.state.config
    kind, rest = request.url.path.lstrip("/").split("/", 1)
    key = quote(unquote(request.path_params.get("rest", rest)), safe="-_.~")
    return kind, f"{config.space.base}{kind}/{key}"


def dereference(request: Request) -> Response:
    kind, iri = requested_iri(request)
    wanted = request.query_params.get("format")
    media = (FORMAT_NAMES.get(wanted.lower()) if wanted
             else negotiate(request.headers.get("accept"), [HTML, *GRAPH_FORMATS]))
    if media is None or (media != HTML and media not in GRAPH_FORMATS):
        offers = ", ".join([HTML, *GRAPH_FORMATS])
        return PlainTextResponse(f"406 none of the accepted types fits; accept one of {offers}",
                                 status_code=406)
    knowledge = request.app.state.view.knowledge
    if media != HTML:
        return _rdf(knowledge, iri, media)
    page = {"claim": claim_page, "article": article_page, "entity": entity_page,
            "metric": metric_page, "run": run_page}.get(kind, resource_page)
    return page(request, knowledge, iri)


def _rdf(knowledge, iri: str, media: str) -> Response:
    triples = data.description(knowledge, iri)
    if not triples:
        return PlainTextResponse(f"404 nothing is known about <{iri}>", status_code=404)
    fmt = GRAPH_FORMATS[media]
    extra = {"prefixes": prefixes(knowledge.space)} if fmt == ox.RdfFormat.TURTLE else {}
    body = ox.serialize(triples, format=fmt, **extra)
    return Response(body, media_type=media, headers={"Vary": "Accept"})


# --- one page per kind ---------------------------------------------------------------------------

def claim_page(request: Request, knowledge, iri: str) -> Response:
    record = data.claim(knowledge, iri)
    if record is None:
        return _absent(request, iri)
    for span in record["evidence"]:
        paragraph = span["paragraph"]
        span["marked"] = (mark_quote(paragraph["text"], paragraph["start"], paragraph["end"])
                          if paragraph else None)
        span["link"] = href(span["article"]["iri"], knowledge.space.base) + (
            f"#o-{span['start']}" if span["start"] is not None else "")
    runs = {span["run"]["iri"]: span["run"] for span in record["evidence"] if span["run"]["iri"]}
    title = (f"{record['subject']['label'] or '?'} · {record['metric']['label'] or '?'} · "
             f"{labels.with_unit(record['value'], record['unit'])}")
    bounds = labels.bounds({"lower": record["lower_bound"], "upper": record["upper_bound"],
                            "unit": record["unit"]})
    return render(request, "claim.html", {"title": title, "claim": record, "bounds": bounds,
                                          "runs": list(runs.values())})


def article_page(request: Request, knowledge, iri: str) -> Response:
    record = data.article(knowledge, iri)
    if record is None:
        return _absent(request, iri)
    base = knowledge.space.base
    numbers: dict[str, int] = {}
    for span in record["spans"]:
        numbers.setdefault(span["claim"], len(numbers) + 1)
    claims = [ClaimSpan(s["start"], s["end"], href(s["claim"], base),
                        f"[{numbers[s['claim']]}] {s['subjectLabel'] or ''} · "
                        f"{s['metricKey'] or ''} · {labels.with_unit(s['value'], s['unit'])}",
                        numbers[s["claim"]])
              for s in record["spans"] if isinstance(s["start"], int)]
    names = {label: (href(entity, base), label)
             for label, entity in record["entity_names"].items()}
    mentions = find_mentions(record["text"], names)
    listed = {}
    for span in record["spans"]:
        listed.setdefault(span["claim"], {**span, "number": numbers[span["claim"]]})
    entities = sorted({(m.href, m.title) for m in mentions}, key=lambda e: e[1])
    return render(request, "article.html", {
        "title": record["title"] or record["path"] or iri, "article": record,
        "marked": mark_article(record["text"], claims, mentions),
        "claims": list(listed.values()), "entities": entities, "iri": iri})


def entity_page(request: Request, knowledge, iri: str) -> Response:
    record = data.entity(knowledge, iri)
    if record is None:
        return _absent(request, iri)
    record["zh"] = pick_label(record["pref"], "zh")
    record["en"] = pick_label(record["pref"], "en")
    return render(request, "entity.html", {"title": record["zh"] or record["en"] or iri,
                                           "entity": record})


def metric_page(request: Request, knowledge, iri: str) -> Response:
    record = data.metric(knowledge, iri)
    if record is None:
        return _absent(request, iri)
    record["zh"] = pick_label(record["pref"], "zh")
    record["en"] = pick_label(record["pref"], "en")
    charts, unplaced = metric_charts(record["claims"], knowledge.space.base)
    return render(request, "metric.html", {
        "title": f"{record['zh'] or ''} {record['en'] or ''}".strip() or iri,
        "metric": record, "charts": charts, "unplaced": unplaced})


def metric_charts(claims: list[dict], base: str) -> tuple[list[dict], list[dict]]:
    """One chart per unit of the claims that have a period start and a numeric value, and
    the claims that cannot be placed on a time axis."""
    by_unit: dict[str, list[Point]] = {}
    unplaced = []
    for claim in claims:
        start, value = claim.get("periodStart"), claim.get("value")
        if not start or not isinstance(value, int | float):
            unplaced.append(claim)
            continue
        subject = claim["subjectZh"] or claim["subjectEn"] or claim["subjectLabel"] or "?"
        modality = labels.local(claim["modality"])
        tip = (f"{subject} · {labels.with_unit(value, claim['unit'])} · "
               f"{claim['period'] or start} · {labels.term(modality)}")
        by_unit.setdefault(claim["unit"] or "", []).append(Point(
            x=date.fromisoformat(str(start)[:10]), y=float(value),
            series=claim["subject"] or f"label:{claim['subjectLabel']}", label=subject,
            href=href(claim["claim"], base), title=tip, forecast=modality == "Forecast",
            lower=claim["lower"], upper=claim["upper"]))
    charts = []
    for unit, points in sorted(by_unit.items(), key=lambda kv: -len(kv[1])):
        suffix = "%" if unit == "percent" else ""  # other units read fine as 万/亿
        charts.append({"unit": unit, "count": len(points),
                       "svg": timeline(points, unit_suffix=suffix,
                                       title=f"timeline, unit {unit or 'none'}")})
    return charts, unplaced


def run_page(request: Request, knowledge, iri: str) -> Response:
    record = data.run(knowledge, iri)
    if record is None:
        return _absent(request, iri)
    return render(request, "run.html", {"title": f"采集运行 Run {labels.local(iri)}",
                                        "run": record})


def resource_page(request: Request, knowledge, iri: str) -> Response:
    statements = data.statements(knowledge, iri)
    graph_size = sum(1 for _ in knowledge.oxigraph.quads_for_pattern(
        None, None, None, ox.NamedNode(iri))) if knowledge.oxigraph.contains_named_graph(
        ox.NamedNode(iri)) else None
    if not statements and graph_size is None:
        return _absent(request, iri)
    return render(request, "resource.html", {"title": labels.local(iri) or iri, "iri": iri,
                                             "statements": statements,
                                             "graph_size": graph_size})


# --- errors --------------------------------------------------------------------------------------

def not_found(request: Request, exc: HTTPException) -> Response:
    if prefers_html(request.headers.get("accept")):
        return render(request, "error.html", {"title": "未找到 Not found", "status": 404,
                                              "message": f"No page at {request.url.path}."}, 404)
    return PlainTextResponse(f"404 no resource at {request.url.path}", status_code=404)


def server_error(request: Request, exc: Exception) -> Response:
    message = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
    return PlainTextResponse(f"500 the server failed ({message})", status_code=500)
