"""Validation sees the RDFS entailments of the ontology's axioms (`entail_rdfs`) instead of
running pyshacl's own inference: a node typed only by a subclass is an instance of the
superclass for every constraint, SPARQL ones included."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, Namespace
from rdflib.namespace import PROV, RDF, RDFS

from ontology import entail_rdfs, validate

from .test_shapes import union

EX = Namespace("https://example.org/test#")


@pytest.mark.parametrize(("axioms", "data", "entailed"), [
    pytest.param([(EX.A, RDFS.subClassOf, EX.B), (EX.B, RDFS.subClassOf, EX.C)],
                 [(EX.x, RDF.type, EX.A)],
                 {(EX.x, RDF.type, EX.B), (EX.x, RDF.type, EX.C)}, id="superclasses"),
    pytest.param([(EX.A, RDFS.subClassOf, EX.B), (EX.B, RDFS.subClassOf, EX.A)],
                 [(EX.x, RDF.type, EX.A)], {(EX.x, RDF.type, EX.B)}, id="subclass cycle"),
    pytest.param([(EX.p, RDFS.subPropertyOf, EX.q), (EX.q, RDFS.subPropertyOf, EX.r)],
                 [(EX.x, EX.p, EX.y)], {(EX.x, EX.q, EX.y), (EX.x, EX.r, EX.y)},
                 id="super-properties"),
    pytest.param([(EX.p, RDFS.subPropertyOf, EX.q), (EX.q, RDFS.domain, EX.A),
                  (EX.A, RDFS.subClassOf, EX.B)],
                 [(EX.x, EX.p, EX.y)],
                 {(EX.x, EX.q, EX.y), (EX.x, RDF.type, EX.A), (EX.x, RDF.type, EX.B)},
                 id="domain of a super-property, then its superclass"),
    pytest.param([(EX.p, RDFS.range, EX.A)], [(EX.x, EX.p, EX.y)], {(EX.y, RDF.type, EX.A)},
                 id="range"),
    pytest.param([(EX.p, RDFS.range, EX.A)], [(EX.x, EX.p, Literal("y"))], set(),
                 id="range of a literal"),
])
def test_entail_rdfs_adds_what_the_axioms_entail(axioms, data, entailed):
    graph = Graph()
    for triple in axioms + data:
        graph.add(triple)
    before = set(graph)
    assert entail_rdfs(graph) == len(entailed)
    assert set(graph) - before == entailed


SUPERCLASS_CHECK = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix kg: <https://example.org/kg/ontology#> .

[] a sh:NodeShape ;
    sh:targetClass kg:Platform ;
    sh:sparql [ sh:select "SELECT $this WHERE { FILTER NOT EXISTS { $this a <%s> } }" ] .
"""


@pytest.mark.parametrize(("superclass", "conforms"), [
    ("https://schema.org/SoftwareApplication", True),  # kg:Platform ⊑ schema:SoftwareApplication
    ("https://schema.org/Organization", False),  # no such axiom: the check does bite
])
def test_a_node_typed_by_a_subclass_has_the_superclass_type_in_sparql_constraints(
        lexicon, space, run, superclass, conforms):
    """微信小程序 is typed kg:Platform only; the SPARQL check asks for the superclass type."""
    shapes = Graph().parse(data=SUPERCLASS_CHECK % superclass, format="turtle")
    found, _, text = validate(union(lexicon, space, run), shapes=shapes)
    assert found == conforms, text


def test_a_run_typed_only_as_an_ingestion_run_is_a_prov_activity(lexicon, space, run):
    """An article's prov:wasGeneratedBy must be a prov:Activity (sh:class); kg:IngestionRun
    ⊑ prov:Activity makes a run typed by the subclass alone one."""
    graph = union(lexicon, space, run)
    graph.remove((None, RDF.type, PROV.Activity))
    conforms, _, text = validate(graph)
    assert conforms, text
