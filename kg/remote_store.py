"""The knowledge store on a SPARQL server: `--store sparql+http://host:port/path`.

Reads go through the SPARQL 1.1 Protocol (POST, results asked for as
application/sparql-results+json), writes through the SPARQL 1.1 Graph Store Protocol: an
article graph is replaced with one PUT of its N-Triples (sent as text/turtle, of which
N-Triples is a subset), shared triples are added with POST, graphs are dropped with
DELETE — bulk requests, not thousands of INSERT DATA statements (Virtuoso refuses INSERT
DATA batches beyond about 500 typed triples).

Where the endpoints are, from the location's path (query parameters `query=`, `update=`,
`data=` override any of them, `graph-param=` the Graph Store's graph parameter):

    /                        Oxigraph server   /query, /update, /store
    /sparql, /sparql-auth    Virtuoso          the same path for both, /sparql-graph-crud(-auth)
    /repositories/NAME       GraphDB           …/statements, …/rdf-graphs/service
    /DATASET                 Jena Fuseki       /DATASET/query, /DATASET/update, /DATASET/data

Credentials in the URL (`sparql+http://dba:dba@host:8890/sparql-auth`) are sent with HTTP
Digest authentication (`auth=basic` for Basic).

The server must answer queries over the union of its graphs, as the embedded store does:
Virtuoso does by default, Oxigraph with `serve --union-default-graph`, Fuseki with
`tdb2:unionDefaultGraph true`. Each request is atomic on the server, an article's
replacement is not (drop the old graph, then PUT the new one): a crash in between leaves
the path without an article, which the next run ingests again.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlencode, urljoin, urlsplit, urlunsplit

import httpx
import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import to_isomorphic

from kg.backends import display
from kg.errors import E, KGError
from kg.results import QueryResult
from kg.store import (
    EXPORT_FORMATS,
    ArticleState,
    KnowledgeStore,
    prefixes,
    to_rdflib,
    with_values,
)
from ontology.namespaces import InstanceSpace

TIMEOUT = httpx.Timeout(60.0, connect=5.0)
RESULTS_JSON = "application/sparql-results+json"
GRAPH_TYPES = "application/n-triples, text/turtle;q=0.9, text/plain;q=0.5"
_PARSE_FORMATS = {"application/n-triples": ox.RdfFormat.N_TRIPLES,
                  "text/turtle": ox.RdfFormat.TURTLE, "text/plain": ox.RdfFormat.N_TRIPLES}
_FORM = re.compile(r"(?is)^\s*(?:(?:PREFIX|BASE)\s[^\n]*\n|#[^\n]*\n|\s+)*(CONSTRUCT|DESCRIBE)")


@dataclass(frozen=True)
class Endpoints:
    """Where a server answers queries, updates and Graph Store requests."""

    query: str
    update: str
    data: str
    graph_param: str = "graph"
    auth: httpx.Auth | None = None

    @classmethod
    def from_location(cls, location: str) -> Endpoints:
        """The endpoints a `sparql+http(s)://` location names (see the module docstring)."""
        parts = urlsplit(location.removeprefix("sparql+"))
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"not a sparql+http(s):// URL: {location}")
        netloc = parts.hostname + (f":{parts.port}" if parts.port else "")
        base = urlunsplit((parts.scheme, netloc, "", "", ""))
        path = parts.path.rstrip("/")
        options = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        if not path:
            query, update, data = "/query", "/update", "/store"
        elif path.endswith(("/sparql", "/sparql-auth")):
            crud = path.rsplit("/", 1)[0] + "/sparql-graph-crud"
            query = update = path
            data = crud + ("-auth" if path.endswith("-auth") else "")
        elif "/repositories/" in path:
            query, update, data = path, path + "/statements", path + "/rdf-graphs/service"
        else:
            query, update, data = path + "/query", path + "/update", path + "/data"
        auth = None
        if parts.username:
            user, password = parts.username, parts.password or ""
            auth = (httpx.BasicAuth(user, password) if options.get("auth") == "basic"
                    else httpx.DigestAuth(user, password))
        return cls(query=urljoin(base, options.get("query", query)),
                   update=urljoin(base, options.get("update", update)),
                   data=urljoin(base, options.get("data", data)),
                   graph_param=options.get("graph-param", "graph"), auth=auth)


def _ox_term(binding: dict) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """A term of SPARQL JSON results (Virtuoso's older "typed-literal" included)."""
    kind, value = binding["type"], binding["value"]
    if kind == "uri":
        return ox.NamedNode(value)
    if kind == "bnode":
        return ox.BlankNode(value)
    if binding.get("xml:lang"):
        return ox.Literal(value, language=binding["xml:lang"])
    if binding.get("datatype"):
        return ox.Literal(value, datatype=ox.NamedNode(binding["datatype"]))
    return ox.Literal(value)


def _form(accept: str | None = None, **fields: str) -> dict:
    """A form POST with its charset named: Virtuoso reads unlabelled forms as Latin-1."""
    headers = {"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"}
    if accept:
        headers["Accept"] = accept
    return {"content": urlencode(fields).encode("ascii"), "headers": headers}


def _ntriples(graph: Graph | str | None) -> bytes:
    if graph is None:
        return b""
    if isinstance(graph, str):
        return graph.encode("utf-8")
    return graph.serialize(format="nt", encoding="utf-8")


class RemoteStore(KnowledgeStore):
    """`KnowledgeStore` over HTTP: the same methods, answered by a SPARQL server."""

    def __init__(self, endpoints: Endpoints, *, location: str,
                 space: InstanceSpace | None = None):
        super().__init__(None, space=space, path=None)
        self.endpoints = endpoints
        self.location = location
        self.path = display(location)  # what messages name (`kg validate` prints it)
        self._http = httpx.Client(timeout=TIMEOUT, auth=endpoints.auth)

    @classmethod
    def open(cls, location: str, *, space: InstanceSpace | None = None,
             **_local_options) -> RemoteStore:
        """Connect to the endpoint at `location` and check that it answers (E307 if not)."""
        try:
            endpoints = Endpoints.from_location(location)
        except ValueError as err:
            raise KGError(E.E307, url=display(location), detail=str(err)) from None
        store = cls(endpoints, location=location, space=space)
        try:
            store.query("ASK { ?s ?p ?o }")
        except KGError:
            store.close()
            raise
        return store

    def close(self) -> None:
        self._http.close()

    @property
    def oxigraph(self) -> ox.Store:
        raise NotImplementedError(
            f"{self.location} is a remote SPARQL store: use query(), not the Oxigraph API")

    # --- HTTP -------------------------------------------------------------------------------

    def _send(self, method: str, url: str, what: str, **kwargs) -> httpx.Response:
        try:
            response = self._http.request(method, url, **kwargs)
        except httpx.HTTPError as err:
            raise KGError(E.E307, url=url, detail=f"{type(err).__name__}: {err}") from None
        if response.status_code >= 400:
            detail = " ".join(response.text.split())[:300] or response.reason_phrase
            if response.status_code == 400 and what == "query":
                raise KGError(E.E401, detail=detail)
            raise KGError(E.E308, url=url, what=what, status=response.status_code,
                          detail=detail)
        return response

    def _graph_request(self, method: str, graph: str, body: bytes | None = None
                       ) -> httpx.Response:
        headers = {"Content-Type": "text/turtle; charset=utf-8"} if body is not None else {}
        return self._send(method, self.endpoints.data, f"Graph Store {method} of <{graph}>",
                          params={self.endpoints.graph_param: graph}, content=body,
                          headers=headers)

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 update on the server."""
        self._send("POST", self.endpoints.update, "update", **_form(update=sparql))

    # --- queries ------------------------------------------------------------------------------

    def query(self, sparql: str, *, bindings: dict[str, object] | None = None) -> QueryResult:
        """Run SPARQL on the server (over the union of its graphs); `bindings` pre-bind
        variables through a VALUES block. Raises KGError E401 when the server calls the
        query malformed, E307/E308 when it cannot be asked."""
        text = with_values(sparql, bindings or {})
        graph_form = _FORM.match(text) is not None
        response = self._send("POST", self.endpoints.query, "query", **_form(
            query=text, accept=GRAPH_TYPES if graph_form else RESULTS_JSON))
        if graph_form:
            kind = response.headers.get("content-type", "").split(";")[0].strip()
            triples = ox.parse(response.content, _PARSE_FORMATS.get(kind,
                                                                    ox.RdfFormat.N_TRIPLES))
            return QueryResult(variables=("subject", "predicate", "object"),
                               triples=tuple(q.triple for q in triples))
        try:  # bytes, not response.text: servers often leave the charset out
            data = json.loads(response.content)
        except ValueError as err:
            raise KGError(E.E308, url=self.endpoints.query, what="query", status=200,
                          detail=f"no SPARQL JSON results: {err}") from None
        if "boolean" in data:
            return QueryResult(boolean=bool(data["boolean"]))
        names = tuple(data["head"]["vars"])
        if names == ("__ASK_RETVAL",):  # Virtuoso answers ASK as a one-cell table
            rows = data["results"]["bindings"]
            return QueryResult(boolean=bool(rows) and rows[0]["__ASK_RETVAL"]["value"] in
                               ("1", "true"))
        rows = tuple(tuple(_ox_term(row[name]) if name in row else None for name in names)
                     for row in data["results"]["bindings"])
        return QueryResult(variables=names, rows=rows)

    # --- articles -----------------------------------------------------------------------------

    def articles(self, *, path: str | None = None,
                 sha256: str | None = None) -> list[ArticleState]:
        """Stored articles, all of them or those with the given path and/or sha256."""
        bindings = {k: v for k, v in (("path", path), ("sha256", sha256)) if v is not None}
        return [ArticleState(iri=r["article"], path=r["path"], sha256=r["sha256"], run=r["run"])
                for r in self.run_prepared("articles", **bindings).records()]

    def replace_article(self, article_iri: str | URIRef, path: str,
                        article_graph: Graph | str, entity_graph: Graph | str | None = None,
                        run_graph: Graph | str | None = None) -> int:
        """Store an article's graph with one Graph Store PUT, after dropping older graphs of
        the same path; add its entity triples and `run_graph` to the shared graphs (POST).
        Returns the number of triples sent."""
        target = str(article_iri)
        old = {a.iri for a in self.articles(path=path)} - {target}
        for iri in sorted(old):
            self.remove_article(iri)
        body = _ntriples(article_graph)
        self._check(body, path)
        self._graph_request("PUT", target, body)
        count = body.count(b"\n")
        for name, graph in (("entities", entity_graph), ("runs", run_graph)):
            data = _ntriples(graph)
            if data.strip():
                self._check(data, path)
                self._graph_request("POST", str(self.space.graph(name)), data)
                count += data.count(b"\n") if name == "entities" else 0
        return count

    def add_articles(self, articles, run_graph: Graph | str | None = None) -> int:
        """New articles: one Graph Store PUT each (the server applies each whole, so there is
        nothing for `sweep_unfinished` to find), each followed by its entity triples.

        `run_graph` (the run's start and its file events) goes first: a server offers no
        transaction across graphs, and this order keeps the local store's promise that every
        stored article names a recorded run. A run killed midway leaves events of files
        it did not store under a run without an end, and the next run stores those files.
        """
        for item in articles:
            self._check(item.article.encode("utf-8"), item.path)
            self._check(item.entities.encode("utf-8"), item.path)
        if run_graph is not None:
            self.add_to_graph("runs", run_graph)
        return sum(self.replace_article(item.iri, item.path, item.article, item.entities)
                   for item in articles)

    def sweep_unfinished(self) -> list[str]:
        """Nothing to sweep: every article is one PUT (see `add_articles`)."""
        return []

    def has_graph(self, iri: str) -> bool:
        return self.query(f"ASK {{ GRAPH {ox.NamedNode(str(iri))} {{ ?s ?p ?o }} }}").boolean

    @staticmethod
    def _check(data: bytes, what: str) -> None:
        """Parse before sending: invalid RDF is E305 here, not a half-applied request."""
        try:
            for _ in ox.parse(data, ox.RdfFormat.N_TRIPLES):
                pass
        except SyntaxError as err:
            raise KGError(E.E305, what=what, detail=str(err).splitlines()[0]) from err

    def remove_article(self, article_iri: str) -> None:
        self.update(f"DROP SILENT GRAPH {ox.NamedNode(str(article_iri))}")

    def add_to_graph(self, name: str, graph: Graph | str) -> int:
        data = _ntriples(graph)
        self._check(data, name)
        if data.strip():
            self._graph_request("POST", str(self.space.graph(name)), data)
        return data.count(b"\n")

    def sync_ontology(self, ontology: Graph) -> bool:
        """Replace the ontology graph (one PUT) unless its digest is already there."""
        name = str(self.space.graph("ontology"))
        digest = f"sha256-graph-digest:{to_isomorphic(ontology).graph_digest():x}"
        stored = self.query(
            "SELECT ?v WHERE { GRAPH ?g { ?g <http://www.w3.org/2002/07/owl#versionInfo> ?v } }",
            bindings={"g": ox.NamedNode(name)})
        if {r["v"] for r in stored.records()} == {digest}:
            return False
        marker = f"{ox.NamedNode(name)} <http://www.w3.org/2002/07/owl#versionInfo> " \
                 f"{ox.Literal(digest)} .\n"
        self._graph_request("PUT", name, _ntriples(ontology) + marker.encode("utf-8"))
        return True

    # --- whole-store views ------------------------------------------------------------------

    def _ours(self, graph: str) -> bool:
        return graph.startswith(self.space.base)

    def graph_sizes(self) -> dict[str, int]:
        """Triples per graph of this store's base IRI (a server may hold others)."""
        return {g: n for g, n in super().graph_sizes().items() if self._ours(g)}

    def article_hashes(self) -> set[str]:
        return {a.sha256 for a in self.articles()}

    def totals(self) -> dict:
        stats = self.stats()
        return {k: stats[k] for k in ("articles", "claims", "annotations", "entities",
                                      "triples")}

    def stats(self) -> dict:
        row = self.run_prepared("stats").records()[0]
        sizes = self.graph_sizes()
        shared = {str(self.space.graph(n)) for n in ("entities", "ontology", "runs")}
        return {"articles": row["articles"], "claims": row["claims"],
                "annotations": row["annotations"], "entities": self.entity_count(),
                "triples": sum(sizes.values()),
                "article_graphs": sum(1 for g in sizes if g not in shared), "graphs": sizes}

    def named_graph(self, name: str | URIRef) -> Graph:
        result = self.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }",
                            bindings={"g": ox.NamedNode(str(name))})
        return to_rdflib(result.triples)

    def union_graph(self, *, include_ontology: bool = True) -> Graph:
        graph = Graph()
        skip = None if include_ontology else str(self.space.graph("ontology"))
        for name in self.graph_sizes():
            if name != skip:
                graph += self.named_graph(name)
        return graph

    def to_rdflib_dataset(self) -> Dataset:
        dataset = Dataset()
        for name in self.graph_sizes():
            dataset.graph(URIRef(name)).__iadd__(self.named_graph(name))
        return dataset

    def export(self, fmt: str) -> bytes:
        """The store's graphs as TriG or N-Quads, or their union as Turtle."""
        if fmt not in EXPORT_FORMATS:
            raise KGError(E.E601, value=fmt, choices=", ".join(EXPORT_FORMATS))
        quads = [ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(name))
                 for name in sorted(self.graph_sizes())
                 for t in self.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }",
                                     bindings={"g": ox.NamedNode(name)}).triples]
        if fmt == "turtle":
            triples = sorted({q.triple for q in quads}, key=str)
            return ox.serialize(triples, format=ox.RdfFormat.TURTLE,
                                prefixes=prefixes(self.space))
        extra = {"prefixes": prefixes(self.space)} if fmt == "trig" else {}
        return ox.serialize(quads, format=EXPORT_FORMATS[fmt], **extra)
