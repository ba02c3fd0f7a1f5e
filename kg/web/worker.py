"""What a query worker process does: run one endpoint query and serialize its result.

A pyoxigraph query cannot be interrupted from another thread, and the slow part of a slow
query may be anywhere (the first solution of an ORDER BY or GROUP BY needs the whole
join). So endpoint queries run in worker processes (`pool.QueryPool`) which the server
kills at the time limit; this module is the code that runs inside them. `execute` is a
plain function of a store and a `Job`, which tests call directly.

The result-size limit is counted here, while the solutions are read, so a huge result is
refused before it is serialized. Serialization is pyoxigraph's own, for every format: the
rows read so far are written as SPARQL JSON and re-read as pyoxigraph results, since
pyoxigraph serializes only results it produced itself.
"""

from __future__ import annotations

import sys
import traceback
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path

import pyoxigraph as ox

from kg.errors import E, KGError
from kg.results import QueryResult, to_json
from kg.web.protocol import GRAPH_FORMATS, RESULT_FORMATS, negotiate
from kg.web.snapshot import open_read_only


@dataclass(frozen=True)
class Job:
    """One endpoint query: its text, what the client accepts, and the dataset to use."""

    query: str
    accept: str = "*/*"
    generation: str = ""
    """The `StoreView.generation` the answer should reflect (the worker reopens if needed)."""
    max_rows: int = 10_000
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    prefixes: dict[str, str] = field(default_factory=dict)
    """Prefixes to write Turtle output with (not applied to the query text)."""


@dataclass(frozen=True)
class Answer:
    """An HTTP answer: status, media type and body (an error's body is its message)."""

    status: int
    media_type: str
    body: bytes
    kind: str = ""
    """"select", "ask" or "graph" for results; "" for errors."""

    @classmethod
    def error(cls, status: int, message: str) -> Answer:
        return cls(status, "text/plain; charset=utf-8", message.encode("utf-8"))


def _dataset(job: Job) -> dict:
    """The query's dataset: the union of all graphs unless the request names graphs
    (SPARQL Protocol default-graph-uri / named-graph-uri, which override FROM clauses)."""
    if not job.default_graphs and not job.named_graphs:
        return {"use_default_graph_as_union": True}
    options: dict = {}
    if job.default_graphs:
        options["default_graph"] = [ox.NamedNode(g) for g in job.default_graphs]
    if job.named_graphs:
        options["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs]
    return options


def _choose(job: Job, offers: list[str], kind: str) -> str:
    chosen = negotiate(job.accept, offers)
    if chosen is None:
        raise KGError(E.E414, accept=job.accept, kind=kind, offer=", ".join(offers))
    return chosen


def _take(items, limit: int, what: str) -> list:
    taken = []
    for item in items:
        if len(taken) == limit:
            raise KGError(E.E411, limit=limit, what=what)
        taken.append(item)
    return taken


def execute(store: ox.Store, job: Job) -> Answer:
    """Run `job` on `store` and serialize the result in the negotiated format.

    Errors come back as answers: 400 for a malformed query (the parser's message), 406
    when no acceptable format fits the result, 422 past the row limit, 500 otherwise.
    """
    try:
        try:
            result = store.query(job.query, **_dataset(job))
        except SyntaxError as err:
            raise KGError(E.E401, detail=str(err).splitlines()[0]) from None
        if isinstance(result, ox.QueryTriples):
            return _graph_answer(result, job)
        if isinstance(result, ox.QueryBoolean):
            return _results_answer(QueryResult(boolean=bool(result)), job, "ask")
        rows = _take(result, job.max_rows, "rows")
        names = tuple(v.value for v in result.variables)
        table = QueryResult(variables=names,
                            rows=tuple(tuple(row[n] for n in names) for row in rows))
        return _results_answer(table, job, "select")
    except KGError as err:
        status = {"E401": 400, "E414": 406, "E411": 422}.get(err.code, 500)
        return Answer.error(status, str(err))
    except (OSError, RuntimeError, ValueError) as err:  # evaluation errors from Oxigraph
        return Answer.error(500, f"the query failed: {str(err).splitlines()[0]}")


def _results_answer(table: QueryResult, job: Job, kind: str) -> Answer:
    media = _choose(job, list(RESULT_FORMATS), f"{kind.upper()} query")
    data = to_json(table).encode("utf-8")
    if RESULT_FORMATS[media] != ox.QueryResultsFormat.JSON:
        parsed = ox.parse_query_results(data, ox.QueryResultsFormat.JSON)
        data = parsed.serialize(format=RESULT_FORMATS[media])
    return Answer(200, _with_charset(media), data, kind)


def _graph_answer(result: ox.QueryTriples, job: Job) -> Answer:
    media = _choose(job, list(GRAPH_FORMATS), "CONSTRUCT or DESCRIBE query")
    triples = _take(result, job.max_rows, "triples")
    fmt = GRAPH_FORMATS[media]
    extra = {"prefixes": job.prefixes} if fmt == ox.RdfFormat.TURTLE and job.prefixes else {}
    return Answer(200, _with_charset(media), ox.serialize(triples, format=fmt, **extra),
                  "graph")


def _with_charset(media: str) -> str:
    textual = media.startswith("text/") or media.endswith(("json", "xml"))
    return f"{media}; charset=utf-8" if textual else media


# --- the worker process ------------------------------------------------------------------------

def serve(jobs: Connection, answers: Connection, store_dir: str) -> None:
    """The worker's loop: receive `Job`s on `jobs`, send `Answer`s on `answers`, until EOF.

    The store is opened read-only, and reopened whenever a job carries a generation other
    than the one the worker's view was opened at (see `kg.web.snapshot`).
    """
    store, generation = None, None
    while True:
        try:
            job = jobs.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        try:
            if store is None or job.generation != generation:
                store, generation = None, None
                store = open_read_only(Path(store_dir))
                generation = job.generation
            answer = execute(store, job)
        except KGError as err:
            answer = Answer.error(503, str(err))
        except Exception:  # a worker must answer, never die silently
            answer = Answer.error(500, "the query worker failed:\n" + traceback.format_exc())
        answers.send(answer)


def main(argv: list[str]) -> None:
    """`python -m kg.web.worker JOB_FD ANSWER_FD STORE_DIR`, as `pool` starts it."""
    job_fd, answer_fd, store_dir = int(argv[0]), int(argv[1]), argv[2]
    serve(Connection(job_fd, writable=False), Connection(answer_fd, readable=False), store_dir)


if __name__ == "__main__":
    # run the module under its own name, so answers pickle as kg.web.worker.Answer (a
    # class the server can unpickle) rather than as __main__.Answer
    from kg.web import worker

    worker.main(sys.argv[1:])
