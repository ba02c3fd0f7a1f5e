"""`kg serve`: the SPARQL endpoint and the provenance browser over HTTP (see kg/web/)."""

from __future__ import annotations

import click

from kg.cli import debug_option, kg, one_line_errors, store_option
from kg.settings import Settings

TOKEN_ENV = "KG_UPDATE_TOKEN"


@kg.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0 for every interface).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on.")
@click.option("--update-token", metavar="TOKEN", envvar=TOKEN_ENV, default=None,
              help=f"Accept SPARQL updates carrying 'Authorization: Bearer TOKEN' (also "
                   f"${TOKEN_ENV}). Without it the endpoint is read-only.")
@click.option("--query-timeout", metavar="SECONDS", default=10.0, show_default=True,
              type=click.FloatRange(min=0.1), help="Stop endpoint queries running longer.")
@click.option("--max-rows", metavar="N", default=10_000, show_default=True,
              type=click.IntRange(min=1), help="Refuse results with more rows (or triples).")
@click.option("--workers", metavar="N", default=2, show_default=True,
              type=click.IntRange(min=1), help="Query worker processes (queries at once).")
@debug_option
@one_line_errors
def serve(store, host, port, update_token, query_timeout, max_rows, workers):
    """Serve the store over HTTP: a SPARQL 1.1 endpoint at /sparql and browsable pages
    (claims with their evidence, articles, entities, metric timelines, search, a query
    page). Every IRI the graph mints, https://example.org/kg/claim/… and so on, is served
    at the same path here (/claim/…): HTML for browsers, Turtle for RDF clients.

    The store is read through read-only snapshots that follow every commit, so the
    server keeps serving while `kg ingest` or a scheduled run writes to the same store;
    readers see each article whole or not at all.

    \b
    Example:
      kg serve --store data/kg --port 8000
      curl -H 'Accept: text/csv' --data-urlencode 'query@examples/claims.rq' \\
           http://127.0.0.1:8000/sparql
    """
    import uvicorn

    from kg.web.app import ServerConfig, build_app

    debug = click.get_current_context().params.get("debug", False)
    settings = Settings.resolve(store=store)
    config = ServerConfig(store_dir=settings.store_dir, space=settings.space,
                          query_timeout=query_timeout, max_rows=max_rows,
                          update_token=update_token or None, workers=workers)
    app = build_app(config)
    mode = "updates with the token" if config.update_token else "read-only"
    click.echo(f"serving {settings.store_dir} ({mode}) at http://{host}:{port}/ "
               f"— SPARQL at /sparql; Ctrl-C stops", err=True)
    uvicorn.run(app, host=host, port=port, log_level="info" if debug else "warning")
