"""The knowledge store: an on-disk Oxigraph dataset with one named graph per article.

Layout (graph names come from the `InstanceSpace`):
- one graph per article, named by the article IRI (which is minted from the sha256 of the
  file's bytes), holding the article node, its claims and their evidence annotations;
- `graph/entities`: entity nodes shared by all articles (one IRI for 腾讯 everywhere);
- `graph/ontology`: the ontology and metric concepts, reloaded when their digest changes;
- `graph/runs`: one `prov:Activity` per ingestion, with what it did to each file.

The store is built explicitly and passed in (no module-level handle). Oxigraph takes a
process-wide lock on the directory, so close the store (or leave its `with` block) before
another `KnowledgeStore` opens the same directory.

Concurrency: opening takes an exclusive `fcntl.flock` on `kg-write.lock` inside the store
directory first, held until `close()`; the lock file names its holder, so a second opener
can wait for it (`wait=`) and, if it gives up, say who held the store since when (E306)
instead of Oxigraph's bare "lock" error (still reported as E301 for openers that bypass
this class). The kernel drops the flock when its process dies, kill -9 included. Within
one process, every article replacement is one SPARQL update that Oxigraph applies
atomically: a query never sees half of an article graph, and a crash leaves the old or
the new graph. New articles go in faster, through the bulk loader, and become visible
only when a second, atomic step adds their kg:sha256 and the rdf:types every query starts
from (`add_articles`); a crash between the two leaves graphs no lookup or query finds, and
`sweep_unfinished` removes them.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import to_isomorphic
from rdflib.namespace import OWL, PROV, RDF

from kg.errors import E, KGError
from kg.lock import FileLock
from kg.results import QueryResult
from ontology import load_ontology_graph
from ontology import validate as validate_shapes
from ontology.namespaces import DEFAULT_BASE, KG, OA, SCHEMA, InstanceSpace

QUERY_DIR = Path(__file__).resolve().parent / "queries"
WRITE_LOCK = "kg-write.lock"
"""The lock file inside the store directory (see the module docstring)."""
_KG_PATH = ox.NamedNode(str(KG.sourcePath))
_KG_SHA256 = ox.NamedNode(str(KG.sha256))
_PROV_GENERATED = ox.NamedNode(str(PROV.wasGeneratedBy))
EXPORT_FORMATS = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS,
                  "turtle": ox.RdfFormat.TURTLE}


def load_query(name: str) -> str:
    """The text of the prepared query `kg/queries/<name>.rq`."""
    return (QUERY_DIR / f"{name}.rq").read_text(encoding="utf-8")


def prefixes(space: InstanceSpace) -> dict[str, str]:
    """Prefixes for exports and tables: the standard vocabularies plus the instance spaces."""
    return {
        "kg": "https://example.org/kg/ontology#", "schema": "https://schema.org/",
        "oa": "http://www.w3.org/ns/oa#", "prov": "http://www.w3.org/ns/prov#",
        "skos": "http://www.w3.org/2004/02/skos/core#", "dcterms": "http://purl.org/dc/terms/",
        "xsd": "http://www.w3.org/2001/XMLSchema#", "wd": "http://www.wikidata.org/entity/",
        "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
        "ent": str(space.entity("")), "art": str(space.article("")),
        "claim": str(space.claim("")), "metric": str(space.metric("")),
        "run": str(space.run("")), "graph": str(space.graph("")),
    }


def to_oxigraph(graph: Graph | str, *, what: str = "graph") -> list[ox.Triple]:
    """rdflib triples, or N-Triples text, as pyoxigraph triples (parsed natively).

    Raises KGError E305 when a term is not valid RDF (rdflib is more lenient than Oxigraph
    about IRIs), before anything touches the store.
    """
    try:
        if isinstance(graph, str):  # N-Triples already (ontology.ntriples)
            data = graph.encode("utf-8")
        else:
            data = graph.serialize(format="nt", encoding="utf-8")
        return [quad.triple for quad in ox.parse(data, ox.RdfFormat.N_TRIPLES)]
    except Exception as err:  # rdflib raises a bare Exception for IRIs it cannot write
        raise KGError(E.E305, what=what, detail=str(err).splitlines()[0]) from err


def to_rdflib(triples) -> Graph:
    """pyoxigraph triples as an rdflib graph (for pyshacl and other rdflib tools)."""
    graph = Graph()
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    if data:
        graph.parse(data=data.decode("utf-8"), format="nt")
    return graph


def _nquads(graph: Graph | str | None, name: ox.NamedNode) -> str:
    """N-Triples (text, or an rdflib graph written as such) as N-Quads in graph `name`:
    every statement ends its line with " .", and no literal holds a raw newline."""
    if graph is None:
        return ""
    text = graph if isinstance(graph, str) else graph.serialize(format="nt", encoding="utf-8"
                                                                ).decode("utf-8")
    return text.replace(" .\n", f" {name} .\n")


def _split_line(text: str, start: str) -> tuple[str, str]:
    """`text` without its line that begins with `start`, and that line ("" if none)."""
    if text.startswith(start):
        at = 0
    else:
        at = text.find("\n" + start)
        if at < 0:
            return text, ""
        at += 1
    end = text.find("\n", at) + 1 or len(text)
    return text[:at] + text[end:], text[at:end]


_HELD_TYPES = tuple(f" <{RDF.type}> <{t}> .\n" for t in (SCHEMA.Article, KG.Claim, OA.Annotation))


def _split_types(text: str) -> tuple[str, str]:
    """`text` without its rdf:type lines for articles, claims and annotations, and those
    lines: every query and count starts from these types, so until they are committed a
    bulk-loaded article body is invisible to queries as well as to lookups."""
    spans = []  # found by str.find: a few dozen such lines among hundreds
    for suffix in _HELD_TYPES:
        at = text.find(suffix)
        while at >= 0:
            end = at + len(suffix)
            spans.append((text.rfind("\n", 0, at) + 1, end))
            at = text.find(suffix, end)
    spans.sort()
    rest, held, last = [], [], 0
    for start, end in spans:
        rest.append(text[last:start])
        held.append(text[start:end])
        last = end
    rest.append(text[last:])
    return "".join(rest), "".join(held)


def _graph_block(graph_name: ox.NamedNode, triples: list[ox.Triple]) -> str:
    body = "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in triples)
    return f"GRAPH {graph_name} {{\n{body}\n}}"


class NewArticle(Protocol):
    """An article ready to store (`ontology.ntriples.ArticleTriples` is one)."""

    iri: str
    path: str
    article: str
    """The article graph as N-Triples."""
    entities: str
    """Its triples for the shared entity graph, as N-Triples."""


@dataclass(frozen=True)
class ArticleState:
    """What the store knows about one stored article."""

    iri: str
    path: str
    sha256: str
    run: str | None = None


class KnowledgeStore:
    """Named-graph persistence, SPARQL, export, statistics and SHACL validation."""

    def __init__(self, store: ox.Store, *, space: InstanceSpace | None = None,
                 path: Path | None = None, lock: FileLock | None = None):
        self._store = store
        self._lock = lock
        self.space = space or InstanceSpace(DEFAULT_BASE)
        self.path = path
        self._queries: dict[str, str] = {}
        self._entity_lines: set[str] = set()
        """Entity triples this object wrote (`add_articles`): articles share most of them,
        and entity triples are only ever added, so each goes to the store once."""

    # --- opening and closing -------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, space: InstanceSpace | None = None,
             create: bool = True, holder: str | None = None, wait: float = 0.0,
             on_wait: Callable[[str], None] | None = None) -> KnowledgeStore:
        """Open (or with `create`, create) the store in directory `path`.

        Takes the store's write lock first, waiting up to `wait` seconds for another holder
        (`on_wait(message)` is called once when it has to wait); `holder` describes this
        opener to the others ("ingestion run …"). Raises KGError E306 when the lock stayed
        busy, E301 when Oxigraph still finds the store open elsewhere, E302 when `path` is a
        file, a directory of something else, or (without `create`) missing.
        """
        path = Path(path)
        if path.is_file():
            raise KGError(E.E302, path=path, detail="it is a file")
        if path.is_dir() and not (path / "CURRENT").exists() and any(
                p.name != WRITE_LOCK for p in path.iterdir()):
            raise KGError(E.E302, path=path, detail="the directory holds other files")
        if not path.exists() and not create:
            raise KGError(E.E302, path=path, detail="no such directory")
        path.mkdir(parents=True, exist_ok=True)
        lock = _take_write_lock(path, holder, wait, on_wait)
        try:
            store = ox.Store(str(path))
        except OSError as err:
            lock.release()
            if "lock" in str(err).lower():
                raise KGError(E.E301, path=path, detail=str(err).splitlines()[0]) from err
            raise KGError(E.E302, path=path, detail=str(err).splitlines()[0]) from err
        return cls(store, space=space, path=path, lock=lock)

    @classmethod
    def in_memory(cls, *, space: InstanceSpace | None = None) -> KnowledgeStore:
        """A throw-away store (tests, `kg extract`-style dry runs)."""
        return cls(ox.Store(), space=space)

    def close(self) -> None:
        """Release the directory lock (Oxigraph closes when its last reference goes)."""
        if self._store is not None:
            self._store.flush()
            self._store = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> KnowledgeStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def oxigraph(self) -> ox.Store:
        if self._store is None:
            raise RuntimeError("the knowledge store is closed")
        return self._store

    # --- queries ---------------------------------------------------------------------------

    def prepared(self, name: str) -> str:
        """A query from `kg/queries/`, read once per store object."""
        if name not in self._queries:
            self._queries[name] = load_query(name)
        return self._queries[name]

    def query(self, sparql: str, *, bindings: dict[str, object] | None = None) -> QueryResult:
        """Run SPARQL over the union of all graphs; `bindings` pre-bind variables.

        Binding values are pyoxigraph terms or plain Python values (str → plain literal,
        URIRef → IRI, int/float → typed literal). They are substituted, and also written
        (by pyoxigraph, escaped) in a VALUES block opening the WHERE group (`with_values`):
        Oxigraph plans a query before it substitutes, so a bound variable the plan does
        not start from was joined last (the entity page read every claim of the store
        first: 580 ms at 841 k triples, 20 ms from a VALUES block). The two agree, so the
        answer is the substitution's. Raises KGError E401 for a malformed query, E404 for
        a binding of a variable the query does not SELECT.
        """
        substitutions = {ox.Variable(k): _term(v) for k, v in (bindings or {}).items()}
        plannable = {k: v for k, v in (bindings or {}).items()  # VALUES cannot hold a bnode
                     if not isinstance(substitutions[ox.Variable(k)], ox.BlankNode)}
        sparql = with_values(sparql, plannable, required=False)
        try:
            result = self.oxigraph.query(sparql, use_default_graph_as_union=True,
                                         substitutions=substitutions or None)
            return QueryResult.from_oxigraph(result)
        except SyntaxError as err:
            raise KGError(E.E401, detail=str(err).splitlines()[0]) from err
        except RuntimeError as err:  # Oxigraph substitutes only projected variables
            if not substitutions or "projection" not in str(err):
                raise
            names = ", ".join(f"?{k}" for k in bindings)
            raise KGError(E.E404, names=names, detail=str(err).splitlines()[0]) from err

    def run_prepared(self, name: str, **bindings) -> QueryResult:
        return self.query(self.prepared(name), bindings=bindings)

    # --- articles --------------------------------------------------------------------------

    def articles(self, *, path: str | None = None,
                 sha256: str | None = None) -> list[ArticleState]:
        """Stored articles, all of them or those with the given path and/or sha256.

        All of them is one query; a path or sha256 is looked up in Oxigraph's indexes
        (what the `articles` query finds, without scanning every article: a query with
        bound values costs time in proportion to the store, an index lookup does not).
        """
        if path is None and sha256 is None:
            return [ArticleState(iri=r["article"], path=r["path"], sha256=r["sha256"],
                                 run=r["run"])
                    for r in self.run_prepared("articles").records()]
        found = []
        by, value = (_KG_PATH, path) if path is not None else (_KG_SHA256, sha256)
        for hit in self.oxigraph.quads_for_pattern(None, by, ox.Literal(value), None):
            article = hit.subject
            if article != hit.graph_name:  # GRAPH ?article { ?article … }
                continue
            paths = self._values(article, _KG_PATH)
            hashes = self._values(article, _KG_SHA256)
            runs = self._values(article, _PROV_GENERATED) or [None]
            found += [ArticleState(iri=article.value, path=p, sha256=s, run=r)
                      for p in paths for s in hashes for r in runs
                      if (path is None or p == path) and (sha256 is None or s == sha256)]
        return sorted(found, key=lambda a: a.path)

    def _values(self, node: ox.NamedNode, predicate: ox.NamedNode) -> list[str]:
        return [q.object.value for q in self.oxigraph.quads_for_pattern(node, predicate, None,
                                                                         node)]

    def article_by_path(self, path: str) -> ArticleState | None:
        found = self.articles(path=path)
        return found[0] if found else None

    def article_by_sha256(self, sha256: str) -> ArticleState | None:
        found = self.articles(sha256=sha256)
        return found[0] if found else None

    def article_hashes(self) -> set[str]:
        """The sha256 of every stored article: what "unchanged" is checked against (read
        from Oxigraph's index of kg:sha256, five times faster than the `articles` query)."""
        return {q.object.value for q in self._sha256_quads()}

    def _sha256_quads(self) -> Iterator[ox.Quad]:
        """The kg:sha256 of each article, in the article's own graph."""
        return (q for q in self.oxigraph.quads_for_pattern(None, _KG_SHA256, None, None)
                if q.subject == q.graph_name)

    def replace_article(self, article_iri: str | URIRef, path: str, article_graph: Graph,
                        entity_graph: Graph | None = None, run_graph: Graph | None = None) -> int:
        """Store an article's graph in ONE transaction, dropping older graphs of `path`.

        A changed file has a new sha256, hence a new IRI: the old graph is found by path.
        The drop, the new article graph, its entity triples and `run_graph` (added to the
        runs graph: the run that wrote the article and what it did to the file) go in a
        single SPARQL update, which Oxigraph applies all-or-nothing, so a crash leaves the
        old or the new state, never a mix, and never an article whose run is unknown.
        Returns the number of triples written.
        """
        target = ox.NamedNode(str(article_iri))
        old = {a.iri for a in self.articles(path=path)} | {target.value}
        if old == {target.value} and not self.oxigraph.contains_named_graph(target):
            return self._load_new(target, path, article_graph, entity_graph, run_graph)
        article_triples = to_oxigraph(article_graph, what=path)
        entity_triples = to_oxigraph(entity_graph, what=path) if entity_graph is not None else []
        drops = " ;\n".join(f"DROP SILENT GRAPH {ox.NamedNode(iri)}" for iri in sorted(old))
        blocks = [_graph_block(target, article_triples)]
        if entity_triples:
            entities = ox.NamedNode(str(self.space.graph("entities")))
            blocks.append(_graph_block(entities, entity_triples))
        if run_graph is not None and len(run_graph):
            runs = ox.NamedNode(str(self.space.graph("runs")))
            blocks.append(_graph_block(runs, to_oxigraph(run_graph, what=path)))
        self.oxigraph.update(f"{drops} ;\nINSERT DATA {{\n{chr(10).join(blocks)}\n}}")
        return len(article_triples) + len(entity_triples)

    def _load_new(self, target: ox.NamedNode, path: str, article_graph: Graph | str,
                  entity_graph: Graph | str | None, run_graph: Graph | str | None) -> int:
        """A new path's article: nothing to drop, so its quads go in with one `load`, which
        Oxigraph applies all-or-nothing too, and which parses N-Quads far faster than a
        SPARQL update parses INSERT DATA (about 25 ms an article). Raises KGError E305 for
        invalid RDF, before anything is written."""
        article = _nquads(article_graph, target)
        entities = _nquads(entity_graph, ox.NamedNode(str(self.space.graph("entities"))))
        runs = _nquads(run_graph, ox.NamedNode(str(self.space.graph("runs"))))
        try:
            self.oxigraph.load((article + entities + runs).encode("utf-8"),
                               format=ox.RdfFormat.N_QUADS)
        except SyntaxError as err:
            raise KGError(E.E305, what=path, detail=str(err).splitlines()[0]) from err
        return article.count("\n") + entities.count("\n")

    def add_articles(self, articles: Sequence[NewArticle],
                     run_graph: Graph | str | None = None) -> int:
        """Store articles the store has no graph of (neither their IRI nor their path), in
        two steps; return the number of triples written.

        1. Every article graph but its kg:sha256 and the rdf:types of the article, its
           claims and annotations (`_split_types`) goes in through Oxigraph's bulk
           loader, which builds the index files directly: about three times faster than a
           transaction, at the price of no atomicity.
        2. One transaction then adds those held-back triples, the entity triples (those
           this object has not written before: articles share most of theirs) and
           `run_graph` (to the runs graph).

        Every lookup of stored articles (by path, by sha256, the `articles` query) needs the
        kg:sha256, so an article is found only once step 2 committed. A crash in between
        leaves graphs no lookup finds, which `sweep_unfinished` removes before the next
        ingest stores those files again. Raises KGError E305 when the RDF is not valid
        (naming the file when there is one article), having removed what step 1 wrote.
        """
        if not articles:
            return 0
        bodies, finishing, count = [], [], 0
        for item in articles:
            name = ox.NamedNode(str(item.iri))
            body, marker = _split_line(item.article, f"{name} {_KG_SHA256} ")
            if not marker:
                raise ValueError(f"{item.path}: the article graph has no kg:sha256 triple")
            body, types = _split_types(body)
            marker += types
            bodies.append(_nquads(body, name))
            finishing.append(_nquads(marker, name))
            count += item.article.count("\n") + item.entities.count("\n")
        entity_lines = {line: None for item in articles for line in item.entities.splitlines()
                        if line not in self._entity_lines}
        finishing.append(_nquads("".join(f"{line}\n" for line in entity_lines),
                                 ox.NamedNode(str(self.space.graph("entities")))))
        finishing.append(_nquads(run_graph, ox.NamedNode(str(self.space.graph("runs")))))
        what = articles[0].path if len(articles) == 1 else f"{len(articles)} articles"
        try:
            self.oxigraph.bulk_load("".join(bodies).encode("utf-8"),
                                    format=ox.RdfFormat.N_QUADS)
            self.oxigraph.load("".join(finishing).encode("utf-8"),
                               format=ox.RdfFormat.N_QUADS)
        except SyntaxError as err:  # nothing committed that a lookup would find; tidy up
            for item in articles:
                self.remove_article(item.iri)
            raise KGError(E.E305, what=what, detail=str(err).splitlines()[0]) from err
        if len(self._entity_lines) > 1_000_000:  # a bound on memory, not on correctness
            self._entity_lines.clear()
        self._entity_lines.update(entity_lines)
        return count

    def sweep_unfinished(self) -> list[str]:
        """Remove article graphs without their kg:sha256 (what a crash inside
        `add_articles` leaves); return their IRIs. Cheap: one index lookup per graph."""
        prefix = str(self.space.article(""))
        finished = {q.graph_name for q in self._sha256_quads()}
        unfinished = [g for g in self.oxigraph.named_graphs()
                      if isinstance(g, ox.NamedNode) and g.value.startswith(prefix)
                      and g not in finished]
        for graph in unfinished:
            self.oxigraph.remove_graph(graph)
        return [g.value for g in unfinished]

    def has_graph(self, iri: str) -> bool:
        return self.oxigraph.contains_named_graph(ox.NamedNode(str(iri)))

    def remove_article(self, article_iri: str) -> None:
        self.oxigraph.remove_graph(ox.NamedNode(str(article_iri)))

    def add_to_graph(self, name: str, graph: Graph) -> int:
        """Add triples to a shared graph ("runs", "entities") in one transaction."""
        graph_name = ox.NamedNode(str(self.space.graph(name)))
        quads = [ox.Quad(t.subject, t.predicate, t.object, graph_name) for t in to_oxigraph(graph)]
        self.oxigraph.extend(quads)
        return len(quads)

    # --- ontology --------------------------------------------------------------------------

    def sync_ontology(self, ontology: Graph) -> bool:
        """Load `ontology` into the ontology graph unless the same content is already there.

        The digest is blank-node-insensitive (rdflib's canonical graph digest), stored as
        `owl:versionInfo` of the graph's own IRI. Returns True when the graph was (re)loaded.
        """
        graph_iri = self.space.graph("ontology")
        digest = f"sha256-graph-digest:{to_isomorphic(ontology).graph_digest():x}"
        name = ox.NamedNode(str(graph_iri))
        stored = {q.object.value for q in self.oxigraph.quads_for_pattern(
            name, ox.NamedNode(str(OWL.versionInfo)), None, name)}
        if stored == {digest}:
            return False
        triples = to_oxigraph(ontology)
        triples.append(ox.Triple(name, ox.NamedNode(str(OWL.versionInfo)), ox.Literal(digest)))
        self.oxigraph.update(f"DROP SILENT GRAPH {name} ;\nINSERT DATA {{\n"
                             f"{_graph_block(name, triples)}\n}}")
        return True

    # --- whole-store views ---------------------------------------------------------------------

    def graph_sizes(self) -> dict[str, int]:
        return {r["graph"]: r["triples"] for r in self.run_prepared("graph_sizes").records()}

    def entity_count(self) -> int:
        """Distinct companies, mini-programs and platforms in the shared entity graph."""
        found = self.run_prepared(
            "entity_count", graph=ox.NamedNode(str(self.space.graph("entities")))).records()
        return found[0]["entities"] if found else 0

    def totals(self) -> dict:
        """Counts of articles, claims, annotations, entities and triples: what an ingest
        reports (`stats` adds the size of every graph, which reads the whole store)."""
        row = self.run_prepared("stats").records()[0]
        return {"articles": row["articles"], "claims": row["claims"],
                "annotations": row["annotations"], "entities": self.entity_count(),
                "triples": len(self.oxigraph)}

    def stats(self) -> dict:
        """`totals`, and the triples of each graph."""
        sizes = self.graph_sizes()
        shared = {str(self.space.graph(n)) for n in ("entities", "ontology", "runs")}
        return {**self.totals(), "article_graphs": sum(1 for g in sizes if g not in shared),
                "graphs": sizes}

    def union_graph(self, *, include_ontology: bool = True) -> Graph:
        """All graphs merged into one rdflib graph (optionally without the ontology)."""
        skip = None if include_ontology else ox.NamedNode(str(self.space.graph("ontology")))
        triples = [q.triple for q in self.oxigraph if skip is None or q.graph_name != skip]
        return to_rdflib(triples)

    def to_rdflib_dataset(self) -> Dataset:
        """The whole store as an rdflib Dataset, named graphs kept (small stores only)."""
        dataset = Dataset()
        for name in self.oxigraph.named_graphs():
            graph = dataset.graph(URIRef(name.value))
            graph += self.named_graph(name.value)
        return dataset

    def named_graph(self, name: str | URIRef) -> Graph:
        """One named graph as an rdflib graph."""
        quads = self.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(str(name)))
        return to_rdflib([q.triple for q in quads])

    def export(self, fmt: str) -> bytes:
        """The store as TriG or N-Quads (all graphs), or Turtle (the union of all graphs)."""
        if fmt not in EXPORT_FORMATS:
            raise KGError(E.E601, value=fmt, choices=", ".join(EXPORT_FORMATS))
        if fmt == "turtle":
            triples = {q.triple for q in self.oxigraph}
            return ox.serialize(sorted(triples, key=str), format=ox.RdfFormat.TURTLE,
                                prefixes=prefixes(self.space))
        extra = {"prefixes": prefixes(self.space)} if fmt == "trig" else {}
        return self.oxigraph.dump(format=EXPORT_FORMATS[fmt], **extra)

    def validate(self, shapes: Graph | None = None) -> tuple[bool, str]:
        """SHACL-validate the union of the data graphs against `shapes` (default: the
        project's shapes) with `ontology.validate`, the stored ontology graph (or, before
        the first ingest, the one on disk) standing for the ontology. Warnings conform.
        Returns (conforms, report text)."""
        ontology = self.named_graph(self.space.graph("ontology"))
        if not len(ontology):
            ontology = load_ontology_graph()
        conforms, _, text = validate_shapes(self.union_graph(include_ontology=False),
                                            ontology=ontology, shapes=shapes,
                                            allow_warnings=True)
        return conforms, text


def _take_write_lock(path: Path, holder: str | None, wait: float,
                     on_wait: Callable[[str], None] | None) -> FileLock:
    """The store's write lock, or KGError E306 naming whoever kept it busy."""
    lock = FileLock(path / WRITE_LOCK,
                    holder=holder or f"process {os.getpid()} ({Path(sys.argv[0]).name})")

    def waiting(current: dict) -> None:
        if on_wait is not None:
            on_wait(f"{path}: the store is in use by {current['holder']} since "
                    f"{current['since']}; waiting up to {wait:g} s…")

    if not lock.acquire(wait=wait, on_wait=waiting):
        current = lock.current_holder()
        raise KGError(E.E306, path=path, holder=current["holder"], since=current["since"],
                      waited=wait)
    return lock


def _term(value: object) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """A binding value as a pyoxigraph term; plain strings become plain literals."""
    if isinstance(value, ox.NamedNode | ox.BlankNode | ox.Literal):
        return value
    if isinstance(value, URIRef):
        return ox.NamedNode(str(value))
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false",
                          datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean"))
    if isinstance(value, int | float):
        return ox.Literal(value)
    return ox.Literal(str(value))


def with_values(sparql: str, bindings: dict[str, object], *, required: bool = True) -> str:
    """`sparql` with `bindings` as a VALUES block opening its WHERE group: the SPARQL
    Protocol has no bindings, and values never enter the query as formatted text (each
    term is written by Oxigraph's serializer, which escapes it). A query without a group
    to put them in is E401 (KGError), or returned as it is when the block is not
    `required` (the local store substitutes as well)."""
    if not bindings:
        return sparql
    names = " ".join(f"?{name}" for name in bindings)
    terms = " ".join(str(_term(value)) for value in bindings.values())
    at = _where_brace(sparql)
    if at < 0:
        if not required:
            return sparql
        raise KGError(E.E401, detail="no WHERE group to bind variables in")
    return f"{sparql[:at + 1]} VALUES ({names}) {{ ({terms}) }}{sparql[at + 1:]}"


def with_value_rows(sparql: str, name: str, values: list[object]) -> str:
    """`sparql` with `VALUES ?name { … }` of one row per value opening its WHERE group
    (written as `with_values` writes its terms): a query about a given set of nodes, such
    as one page of a list, reads those nodes only. Raises KGError E401 when the query has
    no WHERE group."""
    at = _where_brace(sparql)
    if at < 0:
        raise KGError(E.E401, detail="no WHERE group to bind variables in")
    terms = " ".join(str(_term(value)) for value in values)
    return f"{sparql[:at + 1]} VALUES ?{name} {{ {terms} }}{sparql[at + 1:]}"


def _where_brace(sparql: str) -> int:
    """The index of the "{" opening the query's WHERE group (after a CONSTRUCT template),
    skipping comments, IRIs and strings; -1 if there is none."""
    i, depth, skip_template = 0, 0, bool(re.match(r"(?is).*?\bCONSTRUCT\s*\{", sparql))
    while i < len(sparql):
        ch = sparql[i]
        if ch == "#":
            i = sparql.find("\n", i)
            if i < 0:
                return -1
        elif ch == "<" and re.match(r"<[^\s<>\"{}|^`\\]*>", sparql[i:]):
            i = sparql.index(">", i)
        elif ch in "\"'":
            m = re.match(r"(\"\"\"|'''|\"|')(?:\\.|(?!\1).)*\1", sparql[i:], re.S)
            i += (len(m.group(0)) - 1) if m else 0
        elif ch == "{":
            if not skip_template:
                return i
            depth += 1
        elif ch == "}" and skip_template:
            depth -= 1
            skip_template = depth > 0
        i += 1
    return -1
