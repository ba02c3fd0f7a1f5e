"""The ontology: Turtle files (kg.ttl, metrics.ttl, lexicon.ttl, shapes.ttl) and the code
that names their terms (`namespaces`), reads the lexicons (`lexicon`) and maps extraction
records to triples (`mapping`). This module loads the ontology and shapes graphs and
validates data against them."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from ontology.lexicon import ONTOLOGY_DIR

__all__ = ["load_ontology_graph", "load_shapes_graph", "validate"]


def load_ontology_graph(directory: Path = ONTOLOGY_DIR) -> Graph:
    """The ontology graph: the project's terms (kg.ttl) and the metric concepts
    (metrics.ttl). What the store keeps as its "ontology" graph and pyshacl gets as
    `ont_graph`."""
    graph = Graph()
    for name in ("kg.ttl", "metrics.ttl"):
        graph.parse(directory / name, format="turtle")
    return graph


def load_shapes_graph(directory: Path = ONTOLOGY_DIR) -> Graph:
    """The SHACL shapes (shapes.ttl) the union of all stored graphs must conform to."""
    return Graph().parse(directory / "shapes.ttl", format="turtle")


def validate(data: Graph, *, ontology: Graph | None = None, shapes: Graph | None = None,
             inference: str = "rdfs") -> tuple[bool, Graph, str]:
    """SHACL-validate `data` (the union of article, entity and run graphs) against `shapes`
    (default shapes.ttl); returns pyshacl's (conforms, results graph, results text).

    The ontology graph (default kg.ttl + metrics.ttl) is both added to a copy of the data
    and given as `ont_graph`: pyshacl copies only RDFS/OWL axioms from `ont_graph`, so the
    metric concepts (SKOS) that claims point at would otherwise be missing.
    """
    import pyshacl  # here, not at the top: importing the lexicon must stay light

    ontology = load_ontology_graph() if ontology is None else ontology
    combined = Graph()
    for source in (data, ontology):
        for triple in source:
            combined.add(triple)
    conforms, results, text = pyshacl.validate(
        combined, shacl_graph=load_shapes_graph() if shapes is None else shapes,
        ont_graph=ontology, inference=inference, abort_on_first=False, allow_warnings=False,
        inplace=True)
    return bool(conforms), results, str(text)
