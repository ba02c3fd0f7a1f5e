"""`/sparql`: the SPARQL 1.1 Protocol endpoint, and the query page that runs through it.

Queries: GET ?query=, POST form (query=) or POST application/sparql-query; the dataset
parameters default-graph-uri / named-graph-uri; results by content negotiation (or
`format=`), run in a killable worker process (`kg.web.pool`). A browser (Accept prefers
text/html) gets the query page with the results as a table instead.

Updates: POST form (update=) or application/sparql-update, refused with 403 unless the
server has an update token and the request carries it as `Authorization: Bearer TOKEN`.
SERVICE and LOAD are refused in both (400), token or not: this endpoint never fetches from
other hosts for a client.
"""

from __future__ import annotations

import asyncio
import hmac
import json
from pathlib import Path
from urllib.parse import parse_qs

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from kg.errors import E, KGError
from kg.store import KnowledgeStore, prefixes
from kg.web.protocol import FORMAT_NAMES, prefers_html, refused_operation
from kg.web.worker import Job

FORM = "application/x-www-form-urlencoded"
QUERY_BODY, UPDATE_BODY = "application/sparql-query", "application/sparql-update"
HTML_ACCEPT = "application/sparql-results+json, text/turtle;q=0.9"
"""What the query page asks the workers for: rows it can tabulate, Turtle it can show."""
STATUS = {"E410": 503, "E415": 503, "E401": 400, "E403": 400, "E412": 403, "E413": 400}


def load_examples(folder: Path | None) -> list[dict]:
    """The example queries (name, description from the leading comments, text)."""
    if folder is None or not Path(folder).is_dir():
        return []
    examples = []
    for path in sorted(Path(folder).glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        lines = [line[1:].strip() for line in text.splitlines() if line.startswith("#")]
        about = " ".join(line for line in lines if line and not line.startswith("kg "))
        examples.append({"name": path.stem, "about": about, "text": text})
    return examples


async def _read_request(request: Request) -> dict[str, list[str]]:
    """The protocol parameters of a request: URL parameters, plus the form or the body."""
    params: dict[str, list[str]] = {}
    for key, value in request.query_params.multi_items():
        params.setdefault(key, []).append(value)
    if request.method != "POST":
        return params
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = (await request.body()).decode("utf-8", errors="replace")
    if media == FORM:
        for key, values in parse_qs(body, keep_blank_values=True).items():
            params.setdefault(key, []).extend(values)
    elif media == QUERY_BODY:
        params["query"] = [body]
    elif media == UPDATE_BODY:
        params["update"] = [body]
    else:
        raise _Refusal(415, f"unsupported content type '{media}'; POST {FORM}, {QUERY_BODY} "
                            f"or {UPDATE_BODY}.")
    return params


class _Refusal(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


def _error(request: Request, status: int, message: str, query: str = "") -> Response:
    if prefers_html(request.headers.get("accept")):
        return _page(request, query=query, error=message, status=status)
    return PlainTextResponse(message, status_code=status)


async def endpoint(request: Request) -> Response:
    """The SPARQL 1.1 Protocol at /sparql (see the module docstring)."""
    try:
        params = await _read_request(request)
    except _Refusal as refusal:
        return _error(request, refusal.status, str(refusal))
    if "update" in params:
        if request.method != "POST":
            return _error(request, 405, "updates must be POSTed (SPARQL 1.1 Protocol).")
        return await _update(request, params["update"][0])
    query = (params.get("query") or [""])[0]
    fmt = (params.get("format") or [""])[0].lower()
    html = fmt == "html" or (not fmt and prefers_html(request.headers.get("accept")))
    if not query.strip():
        if html:
            return _page(request)
        return _error(request, 400, str(KGError(E.E413, what="query")))
    refused = refused_operation(query)
    if refused:
        return _error(request, 400, str(KGError(E.E403, detail=f"the query uses {refused}")),
                      query)
    config, view = request.app.state.config, request.app.state.view
    job = Job(query=query, accept=HTML_ACCEPT if html else
              FORMAT_NAMES.get(fmt) or request.headers.get("accept") or "*/*",
              generation=view.generation, max_rows=config.max_rows,
              default_graphs=tuple(params.get("default-graph-uri", [])),
              named_graphs=tuple(params.get("named-graph-uri", [])),
              prefixes=prefixes(config.space))
    try:
        answer = await request.app.state.pool.run(job)
    except KGError as err:
        return _error(request, STATUS.get(err.code, 500), str(err), query)
    if html:
        if answer.status != 200:
            return _page(request, query=query, error=answer.body.decode(), status=answer.status)
        return _page(request, query=query, answer=answer)
    return Response(answer.body, status_code=answer.status, media_type=answer.media_type,
                    headers={"Vary": "Accept"})


async def _update(request: Request, text: str) -> Response:
    config = request.app.state.config
    given = request.headers.get("authorization", "")
    token = given[7:].strip() if given.lower().startswith("bearer ") else ""
    if not config.update_token:
        return _error(request, 403, str(KGError(E.E412, detail="")))
    if not hmac.compare_digest(token.encode(), config.update_token.encode()):
        return _error(request, 403, str(KGError(
            E.E412, detail=" without the right token" if token else " without a token")))
    refused = refused_operation(text)
    if refused:
        return _error(request, 400, str(KGError(E.E403, detail=f"the update uses {refused}")))
    try:
        await asyncio.to_thread(apply_update, config, text)
    except KGError as err:
        return _error(request, STATUS.get(err.code, 503), str(err))
    await asyncio.to_thread(request.app.state.view.refresh, force=True)
    return Response(status_code=204)


def apply_update(config, text: str) -> None:
    """Run one SPARQL update on the store, opened read-write for it alone (taking the
    store's write lock, so it waits a few seconds for an ingestion run and then gives up
    with E306). Raises KGError E401 for a malformed update."""
    with KnowledgeStore.open(config.store_dir, space=config.space, create=False,
                             holder="kg serve (SPARQL update)", wait=5.0) as knowledge:
        try:
            knowledge.oxigraph.update(text)
        except SyntaxError as err:
            raise KGError(E.E401, detail=str(err).splitlines()[0]) from None


def query_page(request: Request) -> Response:
    """GET /query: the query page (the same page /sparql shows a browser)."""
    return _page(request)


def _page(request: Request, *, query: str = "", answer=None, error: str = "",
          status: int = 200) -> Response:
    examples = request.app.state.examples
    context = {"title": "SPARQL 查询 Query", "query": query or (examples[0]["text"] if
                                                               examples else ""),
               "examples": examples, "error": error, "table": None, "graph": None,
               "boolean": None, "limits": request.app.state.config}
    if answer is not None:
        if answer.kind == "graph":
            context["graph"] = answer.body.decode("utf-8")
        else:
            results = json.loads(answer.body)
            if "boolean" in results:
                context["boolean"] = results["boolean"]
            else:
                context["table"] = {"vars": results["head"]["vars"],
                                    "rows": results["results"]["bindings"]}
    return request.app.state.templates.TemplateResponse(
        request, "query.html", context, status_code=status, headers={"Vary": "Accept"})

