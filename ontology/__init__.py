"""The ontology: Turtle files (kg.ttl, metrics.ttl, lexicon.ttl, shapes.ttl) and the code
that names their terms (`namespaces`), reads the lexicons (`lexicon`) and maps extraction
records to triples (`mapping`). This module loads the ontology and shapes graphs and
validates data against them: `validate` is the one SHACL entry point (the store's
`validate` calls it too)."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from ontology.lexicon import ONTOLOGY_DIR

__all__ = ["entail_rdfs", "load_ontology_graph", "load_shapes_graph", "validate"]


def load_ontology_graph(directory: Path = ONTOLOGY_DIR) -> Graph:
    """The ontology graph: the project's terms (kg.ttl) and the metric concepts
    (metrics.ttl). What the store keeps as its "ontology" graph and `validate` adds to the
    data."""
    graph = Graph()
    for name in ("kg.ttl", "metrics.ttl"):
        graph.parse(directory / name, format="turtle")
    return graph


def load_shapes_graph(directory: Path = ONTOLOGY_DIR) -> Graph:
    """The SHACL shapes (shapes.ttl) the union of all stored graphs must conform to."""
    return Graph().parse(directory / "shapes.ttl", format="turtle")


def validate(data: Graph, *, ontology: Graph | None = None, shapes: Graph | None = None,
             allow_warnings: bool = False) -> tuple[bool, Graph, str]:
    """SHACL-validate `data` (the union of article, entity and run graphs) against `shapes`
    (default shapes.ttl); returns pyshacl's (conforms, results graph, results text).

    The graph validated is a copy of `data` plus the ontology (default kg.ttl + metrics.ttl;
    claims point at its SKOS metric concepts) plus their RDFS entailments (`entail_rdfs`),
    so a kg:Company is a schema:Organization to every constraint, SPARQL ones included.
    pyshacl runs with inference="none": its own RDFS pass (owlrl) gives the same answers
    but types every node rdfs:Resource and costs seconds. `allow_warnings` makes sh:Warning
    and sh:Info results conform.
    """
    import pyshacl  # here, not at the top: importing the lexicon must stay light

    ontology = load_ontology_graph() if ontology is None else ontology
    graph = _ParsedOnce()
    for source in (data, ontology):
        graph += source
        for prefix, namespace in source.namespaces():  # the report writes kg:Fact, not <…>
            graph.bind(prefix, namespace, override=False)
    entail_rdfs(graph)
    conforms, results, text = pyshacl.validate(
        graph, shacl_graph=load_shapes_graph() if shapes is None else shapes,
        inference="none", abort_on_first=False, allow_warnings=allow_warnings, inplace=True)
    return bool(conforms), results, str(text)


def entail_rdfs(graph: Graph) -> int:
    """Add to `graph` what RDFS entails from its rdfs:subPropertyOf, rdfs:domain, rdfs:range
    and rdfs:subClassOf axioms; return how many triples were new.

    In this order: the statements of every super-property (rdfs7), the types that domains
    and ranges give (rdfs2, rdfs3; a literal gets none), then the superclasses of every
    type (rdfs9), each over the transitive closure of the axioms (rdfs5, rdfs11; used, not
    written: pyshacl walks rdfs:subClassOf itself). Left out is what holds of every node or
    term (rdfs:Resource, rdf:Property, rdfs:Class membership, reflexive axioms: rdf1,
    rdfs4, 6, 8, 10, 12), which no shape targets or tests. The axioms are taken as written:
    a schema that makes RDFS's own properties subproperties of something is not closed over.
    """
    before = len(graph)
    for prop, supers in _ancestors(graph, RDFS.subPropertyOf).items():  # rdfs5, rdfs7
        graph.addN((s, sup, o, graph) for s, o in list(graph.subject_objects(prop))
                   for sup in supers)
    for prop, cls in list(graph.subject_objects(RDFS.domain)):  # rdfs2
        graph.addN((s, RDF.type, cls, graph) for s in set(graph.subjects(prop, None)))
    for prop, cls in list(graph.subject_objects(RDFS.range)):  # rdfs3
        graph.addN((o, RDF.type, cls, graph) for o in set(graph.objects(None, prop))
                   if not isinstance(o, Literal))
    for cls, supers in _ancestors(graph, RDFS.subClassOf).items():  # rdfs9, rdfs11
        graph.addN((node, RDF.type, sup, graph) for node in list(graph.subjects(RDF.type, cls))
                   for sup in supers)
    return len(graph) - before


def _ancestors(graph: Graph, axiom: URIRef) -> dict:
    """Every node with an `axiom` (rdfs:subClassOf, rdfs:subPropertyOf) link, mapped to all
    the nodes it reaches through such links, itself excluded."""
    parents = defaultdict(set)
    for child, parent in graph.subject_objects(axiom):
        parents[child].add(parent)
    reached = {}
    for node in parents:
        found, todo = set(), list(parents[node])
        while todo:
            if (parent := todo.pop()) not in found:
                found.add(parent)
                todo.extend(parents.get(parent, ()))
        reached[node] = found - {node}
    return reached


class _ParsedOnce(Graph):
    """An rdflib graph that parses each SPARQL query text once.

    pyshacl runs a shape's sh:sparql SELECT once per focus node, as text, and rdflib parses
    text on every call: ~35 ms for the quote-at-its-offsets check, run once per evidence
    target, which was most of the validation time. A text is prepared as `Graph.query`
    would parse it (with the graph's namespaces), so the answers are the same.
    """

    def __init__(self):
        super().__init__()
        self._parsed: dict[str, object] = {}  # text → rdflib's prepared Query

    def query(self, query_object, processor="sparql", result="sparql", initNs=None,  # noqa: N803
              initBindings=None, use_store_provided=True, **kwargs):  # noqa: N803
        if isinstance(query_object, str) and initNs is None:
            from rdflib.plugins.sparql import prepareQuery  # here: the lexicon imports light

            if query_object not in self._parsed:
                self._parsed[query_object] = prepareQuery(query_object,
                                                          initNs=dict(self.namespaces()))
            query_object = self._parsed[query_object]
        return super().query(query_object, processor, result, initNs, initBindings,
                             use_store_provided, **kwargs)
