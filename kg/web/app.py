"""The ASGI application behind `kg serve`: settings, routes, templates, start-up and
shutdown.

`build_app(config)` opens the read-only view of the store (failing early, with the
store's error, when the directory holds no store) and returns a Starlette app. Starting
it (uvicorn's lifespan) starts the query worker processes and the task that reopens the
view after each commit by another process (see `kg.web.snapshot`); stopping it stops
both.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from kg.store import prefixes
from kg.web import labels
from kg.web.data import ARTICLES_PER_PAGE
from kg.web.pool import QueryPool
from kg.web.snapshot import StoreView
from ontology.namespaces import InstanceSpace

LOG = logging.getLogger("kg.web")
HERE = Path(__file__).resolve().parent
EXAMPLES = HERE.parents[1] / "examples"


@dataclass(frozen=True)
class ServerConfig:
    """Everything `kg serve` was told (see `kg serve --help`)."""

    store_dir: Path
    space: InstanceSpace = field(default_factory=InstanceSpace)
    query_timeout: float = 10.0
    """Seconds an endpoint query may run before its worker is killed (E410)."""
    max_rows: int = 10_000
    """Rows (or triples) an endpoint query may return (E411)."""
    update_token: str | None = None
    """Bearer token that unlocks SPARQL updates; None: the endpoint is read-only."""
    workers: int = 2
    """Query worker processes (queries running at the same time)."""
    refresh_interval: float = 1.0
    """Seconds between checks for commits by another process."""
    examples_dir: Path | None = EXAMPLES
    """Folder of example .rq files shown on the query page."""
    articles_per_page: int = ARTICLES_PER_PAGE
    """Articles listed on one page of the home page (`/?page=N`)."""


def _templates(config: ServerConfig) -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    env = templates.env
    base = config.space.base
    known = sorted(prefixes(config.space).items(), key=lambda kv: -len(kv[1]))
    env.filters.update(
        href=lambda iri: labels.href(iri, base), number=labels.number, plain=labels.plain,
        with_unit=labels.with_unit,
        term=labels.term, local=labels.local, bounds=labels.bounds, unit_name=labels.unit_name,
        short=lambda iri: shorten(str(iri or ""), known))
    env.tests["iri"] = lambda value: isinstance(value, ox.NamedNode)
    env.globals.update(base_iri=base)
    return templates


def shorten(iri: str, known: list[tuple[str, str]]) -> str:
    """`iri` written with the first matching (prefix, namespace) of `known` (longest
    namespaces first), or as it is."""
    for prefix, namespace in known:
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


async def _watch(view: StoreView, interval: float) -> None:
    """Reopen the view whenever another process commits. A failed refresh keeps the old
    view and is retried at the next tick: this task must outlive any one failure."""
    while True:
        await asyncio.sleep(interval)
        try:
            await asyncio.to_thread(view.refresh)
        except Exception as err:  # an unexpected failure must not end the watching
            LOG.warning("could not reopen the store view: %s", err)


def build_app(config: ServerConfig) -> Starlette:
    """The application; raises KGError E302 when `config.store_dir` holds no store."""
    from kg.web import pages, sparql

    view = StoreView(config.store_dir, space=config.space)
    pool = QueryPool(config.store_dir, size=config.workers, timeout=config.query_timeout)

    @contextlib.asynccontextmanager
    async def lifespan(app):
        await pool.start()
        watcher = asyncio.create_task(_watch(view, config.refresh_interval))
        try:
            yield
        finally:
            watcher.cancel()
            pool.close()

    routes = [
        Route("/", pages.home),
        Route("/search", pages.search),
        Route("/sparql", sparql.endpoint, methods=["GET", "POST"]),
        Route("/query", sparql.query_page),
        *(Route(f"/{kind}/{{rest:path}}", pages.dereference, name=kind) for kind in labels.MINTED),
        Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
    ]
    # browser-based SPARQL clients (YASGUI …) call /sparql from pages of other origins
    cors = Middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST"],
                      allow_headers=["Accept", "Content-Type", "Authorization"])
    app = Starlette(routes=routes, lifespan=lifespan, middleware=[cors],
                    exception_handlers={404: pages.not_found, 500: pages.server_error})
    app.state.config = config
    app.state.view = view
    app.state.pool = pool
    app.state.templates = _templates(config)
    app.state.examples = sparql.load_examples(config.examples_dir)
    return app
