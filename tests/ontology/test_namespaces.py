"""The closed KG namespace and kg.ttl declare exactly the same terms, each documented."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS

from ontology import load_ontology_graph
from ontology.lexicon import ONTOLOGY_DIR
from ontology.namespaces import KG, InstanceSpace

PYTHON_TERMS = sorted(KG._NS[name] for name in KG.__annotations__)


def kg_ttl() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "kg.ttl", format="turtle")


def declared_terms(graph: Graph) -> set[URIRef]:
    return {s for s in graph.subjects(RDF.type, None)
            if isinstance(s, URIRef) and str(s).startswith(str(KG._NS))}


def test_every_python_term_is_declared_in_kg_ttl():
    assert sorted(set(PYTHON_TERMS) - declared_terms(kg_ttl())) == []


def test_every_kg_ttl_term_is_named_in_python():
    assert sorted(declared_terms(kg_ttl()) - set(PYTHON_TERMS)) == []


@pytest.mark.parametrize("term", PYTHON_TERMS, ids=lambda t: t.split("#")[-1])
def test_term_has_chinese_and_english_label(term):
    languages = {label.language for label in kg_ttl().objects(term, RDFS.label)}
    assert {"zh", "en"} <= languages


@pytest.mark.parametrize("term", PYTHON_TERMS, ids=lambda t: t.split("#")[-1])
def test_term_says_why_it_exists(term):
    assert kg_ttl().value(term, RDFS.comment) is not None


@pytest.mark.parametrize(("term", "parent"), [
    (KG.Company, URIRef("https://schema.org/Organization")),
    (KG.Platform, URIRef("https://schema.org/SoftwareApplication")),
    (KG.MiniProgram, URIRef("https://schema.org/SoftwareApplication")),
    (KG.Claim, URIRef("https://schema.org/Observation")),
    (KG.IngestionRun, URIRef("http://www.w3.org/ns/prov#Activity")),
])
def test_class_refines_a_standard_class(term, parent):
    assert (term, RDFS.subClassOf, parent) in kg_ttl()


@pytest.mark.parametrize(("individual", "cls"), [
    (KG.Level, KG.Kind), (KG.Change, KG.Kind),
    (KG.Equal, KG.Comparator), (KG.GreaterThan, KG.Comparator),
    (KG.LessThan, KG.Comparator), (KG.Approximately, KG.Comparator),
    (KG.Fact, KG.Modality), (KG.Forecast, KG.Modality),
])
def test_individual_belongs_to_its_class(individual, cls):
    assert (individual, RDF.type, cls) in kg_ttl()


def test_misspelt_term_raises():
    with pytest.raises(AttributeError):
        KG.Compnay  # noqa: B018


def test_ontology_graph_holds_terms_and_metric_concepts(space):
    graph = load_ontology_graph()
    assert (KG.Claim, RDFS.subClassOf, None) in graph
    assert (space.metric("dau"), None, None) in graph


@pytest.mark.parametrize(("method", "key", "expected"), [
    ("entity", "tencent", "https://example.org/kg/entity/tencent"),
    ("entity", "喜茶go.miniprogram",
     "https://example.org/kg/entity/%E5%96%9C%E8%8C%B6go.miniprogram"),
    ("metric", "dau", "https://example.org/kg/metric/dau"),
    ("run", "r1", "https://example.org/kg/run/r1"),
])
def test_instance_space_mints_iris_under_its_base(method, key, expected):
    assert getattr(InstanceSpace(), method)(key) == URIRef(expected)


def test_evidence_iri_is_a_fragment_of_the_claim():
    claim = InstanceSpace().claim("abc")
    assert InstanceSpace().evidence(claim, 3, 9) == URIRef(f"{claim}#ev-3-9")
