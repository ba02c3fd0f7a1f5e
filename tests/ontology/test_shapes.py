"""The shapes bite: each kind of broken graph fails validation on the constraint that names
the problem, while the well-formed union conforms (test_mapping)."""

from __future__ import annotations

from decimal import Decimal

import pyoxigraph as ox
import pytest
from rdflib import BNode, Graph, Literal
from rdflib.namespace import PROV, RDF, SH, SKOS

from ontology import validate
from ontology.mapping import article_graph, entity_graph, run_graph
from ontology.namespaces import KG, OA, SCHEMA

from .conftest import RUN_ID, dau_claim, make_extraction


def union(lexicon, space, run, extraction=None, *, parts=("article", "entities", "run")) -> Graph:
    extraction = extraction or make_extraction()
    made = {
        "article": lambda: article_graph(extraction, run_iri=space.run(RUN_ID), space=space,
                                         lexicon=lexicon),
        "entities": lambda: entity_graph(extraction, space=space, lexicon=lexicon),
        "run": lambda: run_graph(run, space=space),
    }
    graph = Graph()
    for part in parts:
        graph += made[part]()
    return graph


def violations(graph: Graph) -> set:
    """(constraint component, result path) of every violation. The path is None for SPARQL
    and node-level constraints, and ("inverse", property) for an inverse path."""
    conforms, results, _ = validate(graph)
    found = set()
    for result in results.subjects(RDF.type, SH.ValidationResult):
        path = results.value(result, SH.resultPath)
        if isinstance(path, BNode):
            path = ("inverse", results.value(path, SH.inversePath))
        found.add((results.value(result, SH.sourceConstraintComponent), path))
    assert conforms == (not found)
    return found


def replace(graph: Graph, prop, value) -> Graph:
    """Set every `prop` of the graph to `value` (one triple per subject)."""
    for subject in set(graph.subjects(prop, None)):
        graph.remove((subject, prop, None))
        graph.add((subject, prop, value))
    return graph


def test_claim_without_annotation_fails(lexicon, space, run):
    extraction = make_extraction(claims=[dau_claim(evidence=[])])
    found = violations(union(lexicon, space, run, extraction))
    assert (SH.MinCountConstraintComponent, ("inverse", OA.hasBody)) in found


@pytest.mark.parametrize(("field", "path"), [
    ({"unit": "元"}, KG.unit),
    ({"metric": "daily_users"}, SCHEMA.variableMeasured),
])
def test_claim_with_a_value_outside_the_vocabulary_fails(lexicon, space, run, field, path):
    extraction = make_extraction(claims=[dau_claim(**field)])
    assert path in {p for _, p in violations(union(lexicon, space, run, extraction))}


@pytest.mark.parametrize(("prop", "value", "component"), [
    (KG.kind, KG.Fact, SH.InConstraintComponent),
    (SCHEMA.value, Literal("4.5 亿"), SH.DatatypeConstraintComponent),
    (KG.periodStart, Literal("2021-01-01"), SH.DatatypeConstraintComponent),
    (KG.lowerBound, Literal(4.5e8), SH.DatatypeConstraintComponent),  # a double
])
def test_claim_with_a_malformed_field_fails(lexicon, space, run, prop, value, component):
    graph = replace(union(lexicon, space, run), prop, value)
    assert (component, prop) in violations(graph)


def test_period_that_ends_before_it_starts_fails(lexicon, space, run):
    graph = union(lexicon, space, run)
    end = next(graph.objects(None, KG.periodStart))
    graph = replace(graph, KG.periodEnd, Literal(end.toPython().replace(year=2020)))
    assert (SH.LessThanOrEqualsConstraintComponent, KG.periodStart) in violations(graph)


def test_lower_bound_above_the_upper_bound_fails(lexicon, space, run):
    graph = union(lexicon, space, run)
    for claim in list(graph.subjects(RDF.type, KG.Claim)):
        graph.add((claim, KG.upperBound, Literal(Decimal(0))))
    assert (SH.LessThanOrEqualsConstraintComponent, KG.lowerBound) in violations(graph)


def test_claim_with_two_subjects_fails(lexicon, space, run):
    graph = union(lexicon, space, run)
    graph.add((next(graph.subjects(RDF.type, KG.Claim)), KG.subjectLabel, Literal("小程序")))
    assert (SH.MaxCountConstraintComponent, KG.subjectLabel) in violations(graph)


def test_quote_that_is_not_the_text_at_its_offsets_fails(lexicon, space, run):
    graph = replace(union(lexicon, space, run), OA.exact, Literal("DAU 超过 5 亿"))
    assert (SH.SPARQLConstraintComponent, None) in violations(graph)


def test_negative_offset_fails(lexicon, space, run):
    graph = replace(union(lexicon, space, run), OA.start, Literal(-1))
    assert (SH.NodeConstraintComponent, OA.start) in violations(graph)


def test_position_selector_ending_before_it_starts_fails(lexicon, space, run):
    graph = replace(union(lexicon, space, run), OA.end, Literal(0))
    assert (SH.LessThanConstraintComponent, OA.start) in violations(graph)


def test_annotation_without_quote_selector_fails(lexicon, space, run):
    graph = union(lexicon, space, run)
    for quote in list(graph.subjects(RDF.type, OA.TextQuoteSelector)):
        graph.remove((None, None, quote))
    assert (SH.QualifiedMinCountConstraintComponent, OA.hasSelector) in violations(graph)


@pytest.mark.parametrize("prop", [KG.sha256, KG.sourcePath, KG.cleanText])
def test_article_without_a_required_field_fails(lexicon, space, run, prop):
    graph = union(lexicon, space, run)
    graph.remove((None, prop, None))
    assert (SH.MinCountConstraintComponent, prop) in violations(graph)


def test_article_with_a_malformed_hash_fails(lexicon, space, run):
    graph = replace(union(lexicon, space, run), KG.sha256, Literal("ABC"))
    assert (SH.PatternConstraintComponent, KG.sha256) in violations(graph)


def test_entity_with_two_chinese_preferred_labels_fails(lexicon, space, run):
    graph = union(lexicon, space, run)
    graph.add((space.entity("wechat-miniprogram"), SKOS.prefLabel, Literal("小程序", lang="zh")))
    assert (SH.UniqueLangConstraintComponent, SKOS.prefLabel) in violations(graph)


def test_links_to_entities_missing_from_the_entity_graph_fail(lexicon, space, run):
    found = violations(union(lexicon, space, run, parts=("article", "run")))
    assert {SCHEMA.mentions, SCHEMA.observationAbout, PROV.wasAttributedTo} <= \
        {path for _, path in found}


def test_article_whose_run_is_missing_fails(lexicon, space, run):
    found = violations(union(lexicon, space, run, parts=("article", "entities")))
    assert (SH.ClassConstraintComponent, PROV.wasGeneratedBy) in found


def test_run_without_start_time_fails(lexicon, space, run):
    graph = union(lexicon, space, run)
    graph.remove((None, PROV.startedAtTime, None))
    assert (SH.MinCountConstraintComponent, PROV.startedAtTime) in violations(graph)


def test_graph_read_back_from_oxigraph_conforms(lexicon, space, run):
    """Oxigraph stores xsd:nonNegativeInteger offsets as xsd:integer; the shapes allow it."""
    store = ox.Store()
    store.load(union(lexicon, space, run).serialize(format="nt", encoding="utf-8"),
               format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())
    data = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    assert violations(Graph().parse(data=data.decode("utf-8"), format="nt")) == set()
