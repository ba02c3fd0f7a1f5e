"""`kg serve`: the SPARQL 1.1 endpoint and the provenance browser, one ASGI application.

- `app`: the Starlette application, its settings (`ServerConfig`) and its routes;
- `snapshot`: the read-only view of the store the server reads, and why it is read-only;
- `protocol`: SPARQL Protocol details (content negotiation, refused keywords);
- `worker` and `pool`: endpoint queries run in worker processes that can be killed at the
  time limit;
- `sparql`: the `/sparql` route and the query page;
- `data`: the prepared queries (`kg/queries/web_*.rq`) behind the pages, as plain records;
- `marking`, `chart`, `labels`: text highlighting, the SVG timeline, bilingual labels;
- `pages`: the HTML pages and the dereferencing of every minted IRI.

Nothing here runs at import; `app.build_app(config)` builds the application.
"""
