"""The knowledge store: persistence, locking, article replacement, queries and export."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from dataclasses import dataclass

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from kg.errors import KGError
from kg.store import KnowledgeStore
from ontology.namespaces import KG, InstanceSpace
from tests.kg.sample import RUN as RUN_IRI
from tests.kg.sample import TEXT, article_graphs

SPACE = InstanceSpace()


@pytest.fixture
def store(tmp_path):
    with KnowledgeStore.open(tmp_path / "kg", space=SPACE) as knowledge:
        yield knowledge


def put(store: KnowledgeStore, path: str, text: str = TEXT) -> str:
    iri, graph, entities = article_graphs(SPACE, path=path, text=text)
    store.replace_article(iri, path, graph, entities)
    return str(iri)


def test_store_survives_reopening(tmp_path):
    with KnowledgeStore.open(tmp_path / "kg", space=SPACE) as knowledge:
        iri = put(knowledge, "a.txt")
    with KnowledgeStore.open(tmp_path / "kg", space=SPACE, create=False) as knowledge:
        assert knowledge.article_by_path("a.txt").iri == iri


def test_second_open_in_another_process_is_e301(tmp_path):
    holder = textwrap.dedent(f"""
        import sys, time, pyoxigraph
        store = pyoxigraph.Store({str(tmp_path / "kg")!r})
        print("ready", flush=True)
        sys.stdin.readline()
    """)
    proc = subprocess.Popen([sys.executable, "-c", holder], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
        with pytest.raises(KGError) as caught:
            KnowledgeStore.open(tmp_path / "kg")
        assert caught.value.code == "E301"
    finally:
        proc.communicate("done\n", timeout=30)


@pytest.mark.parametrize("make", [
    pytest.param(lambda p: p.write_text("x"), id="a file"),
    pytest.param(lambda p: (p.mkdir(), (p / "notes.txt").write_text("x")), id="other files"),
    pytest.param(lambda p: None, id="missing"),
])
def test_not_a_store_is_e302(tmp_path, make):
    target = tmp_path / "target"
    make(target)
    with pytest.raises(KGError) as caught:
        KnowledgeStore.open(target, create=False)
    assert caught.value.code == "E302"
    assert str(target) in str(caught.value)


def test_lookup_by_path_and_sha256(store):
    iri = put(store, "a.txt")
    state = store.article_by_path("a.txt")
    assert state.iri == iri
    assert store.article_by_sha256(state.sha256) == state
    assert store.article_by_sha256("0" * 64) is None
    assert store.article_by_path("b.txt") is None
    assert store.article_hashes() == {state.sha256}


def test_changed_file_replaces_only_its_own_graph(store):
    old = put(store, "a.txt")
    other = put(store, "b.txt", TEXT + "另一篇。")
    other_before = store.named_graph(other)
    new = put(store, "a.txt", TEXT + "新增一句。")
    graphs = store.graph_sizes()
    assert old != new
    assert old not in graphs
    assert new in graphs
    assert len(store.named_graph(other)) == len(other_before)
    assert [a.path for a in store.articles()] == ["a.txt", "b.txt"]


def test_entities_are_shared_across_articles(store):
    put(store, "a.txt")
    put(store, "b.txt", TEXT + "另一篇。")
    rows = store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?e a ?t } VALUES ?t "
                       "{ <https://example.org/kg/ontology#Platform> } }").records()
    assert rows == [{"n": 1}]


def test_failed_replacement_leaves_the_old_graph(store):
    old = put(store, "a.txt")
    before = store.graph_sizes()
    _, graph, entities = article_graphs(SPACE, path="a.txt", text=TEXT + "改。")
    graph.add((URIRef("https://example.org/bad%zz"), RDF.type, RDFS.Resource))
    with pytest.raises(KGError) as caught:
        store.replace_article(SPACE.article("changed"), "a.txt", graph, entities)
    assert caught.value.code == "E305"
    assert store.graph_sizes() == before
    assert store.article_by_path("a.txt").iri == old


def test_replacing_with_the_same_iri_is_idempotent(store):
    iri, graph, entities = article_graphs(SPACE, path="a.txt")
    store.replace_article(iri, "a.txt", graph, entities)
    first = len(store.oxigraph)
    store.replace_article(iri, "a.txt", graph, entities)
    assert len(store.oxigraph) == first


def test_ontology_is_loaded_once_and_reloaded_when_changed(store):
    ontology = Graph()
    ontology.add((URIRef("https://example.org/kg/ontology#X"), RDFS.label, Literal("x")))
    assert store.sync_ontology(ontology) is True
    assert store.sync_ontology(ontology) is False
    ontology.add((URIRef("https://example.org/kg/ontology#Y"), RDFS.label, Literal("y")))
    assert store.sync_ontology(ontology) is True
    assert store.graph_sizes()[str(SPACE.graph("ontology"))] == 3  # two labels + digest


def test_stats_count_articles_claims_annotations_entities(store):
    put(store, "a.txt")
    put(store, "b.txt", TEXT + "另一篇。")
    stats = store.stats()
    assert (stats["articles"], stats["claims"], stats["annotations"], stats["entities"]) == (
        2, 2, 2, 2)  # 微信小程序 and 阿拉丁研究院, shared by both articles
    assert stats["article_graphs"] == 2
    assert stats["triples"] == sum(stats["graphs"].values())


def test_bindings_never_become_query_text(store):
    put(store, "a.txt")
    hostile = 'a.txt" } } ; DROP ALL ; SELECT * { { "'
    assert store.articles(path=hostile) == []
    assert store.article_by_path("a.txt") is not None


def test_malformed_query_is_e401(store):
    with pytest.raises(KGError) as caught:
        store.query("SELEC ?x WHERE { ?x ?y ?z }")
    assert caught.value.code == "E401"


def test_ask_and_construct_results(store):
    put(store, "a.txt")
    assert store.query("ASK { ?c a <https://example.org/kg/ontology#Claim> }").boolean is True
    result = store.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert result.kind == "graph"
    assert len(result.triples) == len(store.oxigraph)


@pytest.mark.parametrize("fmt, rdf_format, union", [
    ("trig", ox.RdfFormat.TRIG, False),
    ("nquads", ox.RdfFormat.N_QUADS, False),
    ("turtle", ox.RdfFormat.TURTLE, True),
])
def test_export_round_trips(store, fmt, rdf_format, union):
    put(store, "a.txt")
    put(store, "b.txt", TEXT + "另一篇。")
    quads = list(ox.parse(store.export(fmt), rdf_format))
    expected = len({q.triple for q in store.oxigraph}) if union else len(store.oxigraph)
    assert len(quads) == expected
    assert all(isinstance(q.graph_name, ox.DefaultGraph) for q in quads) == union


def test_union_graph_is_an_rdflib_graph_of_all_triples(store):
    put(store, "a.txt")
    assert len(store.union_graph()) == len({q.triple for q in store.oxigraph})


def test_rdflib_dataset_keeps_named_graphs(store):
    iri = put(store, "a.txt")
    dataset = store.to_rdflib_dataset()
    graph_names = {str(g.identifier) for g in dataset.graphs()}
    assert {iri, str(SPACE.graph("entities"))} <= graph_names
    assert len(dataset.graph(URIRef(iri))) == len(store.named_graph(iri))


# --- new articles in bulk (add_articles, sweep_unfinished) ----------------------------------


@dataclass(frozen=True)
class Ready:
    """An article as the flow hands it to the store (like ontology.ntriples.ArticleTriples)."""

    iri: str
    path: str
    article: str
    entities: str


def ready(path: str, text: str = TEXT) -> Ready:
    iri, graph, entities = article_graphs(SPACE, path=path, text=text)
    return Ready(str(iri), path, graph.serialize(format="nt"), entities.serialize(format="nt"))


def test_new_articles_are_stored_with_their_entities_and_run_graph(store):
    items = [ready("a.txt"), ready("b.txt", TEXT + "另一篇。")]
    run = Graph()
    run.add((URIRef(RUN_IRI), RDF.type, URIRef("http://www.w3.org/ns/prov#Activity")))
    written = store.add_articles(items, run.serialize(format="nt"))
    assert [a.path for a in store.articles()] == ["a.txt", "b.txt"]
    for item in items:
        expected = Graph().parse(data=item.article, format="nt")
        assert store.named_graph(item.iri).isomorphic(expected)
        assert store.article_by_path(item.path).iri == item.iri
    assert len(store.named_graph(SPACE.graph("runs"))) == 1
    assert written == sum(i.article.count("\n") + i.entities.count("\n") for i in items)


def test_an_article_whose_second_step_never_ran_is_invisible_and_swept(store):
    """What a crash between the bulk load and the transaction leaves: the article graph
    without its kg:sha256. No lookup takes it for an article; the sweep removes it."""
    kept, cut = ready("a.txt"), ready("b.txt", TEXT + "另一篇。")
    store.add_articles([kept, cut])
    name = ox.NamedNode(cut.iri)
    claims_of_both = store.totals()["claims"]
    held = [q for q in store.oxigraph.quads_for_pattern(None, None, None, name)
            if q.predicate == ox.NamedNode(str(KG.sha256))
            or (q.predicate == ox.NamedNode(str(RDF.type)) and q.object.value.endswith(
                ("schema.org/Article", "ontology#Claim", "oa#Annotation")))]
    for quad in held:
        store.oxigraph.remove(quad)
    assert store.has_graph(cut.iri)
    assert store.totals()["claims"] < claims_of_both  # queries do not see its claims
    assert [a.path for a in store.articles()] == ["a.txt"]
    assert store.article_by_path("b.txt") is None
    assert store.sweep_unfinished() == [cut.iri]
    assert not store.has_graph(cut.iri) and store.has_graph(kept.iri)
    assert store.sweep_unfinished() == []
    store.add_articles([cut])
    assert [a.path for a in store.articles()] == ["a.txt", "b.txt"]


def test_invalid_new_articles_are_e305_and_leave_nothing(store):
    put(store, "a.txt")
    before = store.graph_sizes()
    good, bad = ready("b.txt", TEXT + "另一篇。"), ready("c.txt", TEXT + "第三篇。")
    bad = Ready(bad.iri, bad.path, bad.article + "<https://example.org/bad%zz> <p> <o> .\n",
                bad.entities)
    with pytest.raises(KGError) as caught:
        store.add_articles([good, bad])
    assert caught.value.code == "E305" and "2 articles" in str(caught.value)
    with pytest.raises(KGError) as caught:
        store.add_articles([bad])
    assert caught.value.code == "E305" and "c.txt" in str(caught.value)
    assert store.graph_sizes() == before


def _some(knowledge: KnowledgeStore, pattern: str) -> list[ox.NamedNode]:
    rows = knowledge.query(f"SELECT DISTINCT ?x WHERE {{ {pattern} }} ORDER BY ?x").rows
    return [row[0] for row in rows]


@pytest.mark.parametrize(("name", "variable", "pattern"), [
    ("web_article_claims", "article", "?x a <https://schema.org/Article>"),
    ("web_article_entities", "article", "?x a <https://schema.org/Article>"),
    ("web_entity_claims", "entity", "?c <https://schema.org/observationAbout> ?x"),
    ("web_entity_claims", "entity", "?c <http://www.w3.org/ns/prov#wasAttributedTo> ?x"),
    ("web_entity_articles", "entity", "?a <https://schema.org/mentions> ?x"),
    ("web_metric_claims", "metric", "?c <https://schema.org/variableMeasured> ?x"),
    ("provenance", "claim", "?x a <https://example.org/kg/ontology#Claim>"),
])
def test_a_bound_query_answers_as_a_substitution_alone_does(corpus_knowledge, name, variable,
                                                           pattern):
    """The VALUES block written for the planner changes no answer: every prepared query the
    pages bind, for every value of the corpus, against Oxigraph's substitution alone."""
    text = corpus_knowledge.prepared(name)
    values = _some(corpus_knowledge, pattern)
    assert values
    for value in values[:40]:
        got = corpus_knowledge.run_prepared(name, **{variable: value})
        plain = corpus_knowledge.oxigraph.query(text, use_default_graph_as_union=True,
                                                substitutions={ox.Variable(variable): value})
        expected = [tuple(str(s[v]) if s[v] is not None else None for v in got.variables)
                    for s in plain]
        rows = [tuple(str(t) if t is not None else None for t in row) for row in got.rows]
        assert rows and sorted(rows, key=str) == sorted(expected, key=str), value
