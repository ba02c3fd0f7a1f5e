"""The ingest flow run for real (Prefect test harness, real corpus, real pipeline)."""

from __future__ import annotations

import shutil

import pytest

from flows.ingest import ingest
from kg.store import KnowledgeStore
from tests.conftest import CORPUS, CORPUS_FILES

GBK_ARTICLE = """---
title: '小程序数据'
date: 2021-10-26
---
据QuestMobile统计，微信小程序月活跃用户超过 4 亿；美团优选GMV同比增长 32%。
"""


def test_the_corpus_is_ingested(corpus_store):
    summary = corpus_store.summary
    assert summary["files"] == len(CORPUS_FILES) == 5
    assert (summary["ingested"], summary["unchanged"], summary["rejected"]) == (5, 0, [])
    assert summary["articles"] == 5
    assert summary["claims"] > 0 and summary["entities"] > 0 and summary["triples"] > 0
    assert summary["run"].startswith("https://example.org/kg/run/")
    assert summary["flow_run_id"]


def test_run_is_recorded_as_an_activity(corpus_store, corpus_knowledge):
    ask = ("ASK { ?run a <http://www.w3.org/ns/prov#Activity> ; "
           "<http://www.w3.org/ns/prov#startedAtTime> ?s ; "
           "<http://www.w3.org/ns/prov#endedAtTime> ?e ; "
           "<https://example.org/kg/ontology#prefectFlowRunId> ?flow }")
    assert corpus_knowledge.query(ask, bindings={"run": _iri(corpus_store.summary["run"])}).boolean


def test_reingesting_the_corpus_changes_nothing(corpus_store):
    with KnowledgeStore.open(corpus_store.store_dir) as knowledge:
        before = knowledge.graph_sizes()
    summary = ingest(paths=[str(CORPUS)], store_dir=str(corpus_store.store_dir))
    assert (summary["ingested"], summary["unchanged"], summary["rejected"]) == (0, 5, [])
    assert summary["triples"] == corpus_store.summary["triples"]
    assert summary["run"] is None  # a run that changed nothing leaves no trace
    with KnowledgeStore.open(corpus_store.store_dir) as knowledge:
        assert knowledge.graph_sizes() == before


def test_editing_one_file_replaces_only_its_graph(tmp_path, prefect_harness):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    store_dir = str(tmp_path / "store")
    first = ingest(paths=[str(corpus)], store_dir=store_dir, batch_size=3)
    assert first["ingested"] == 5
    edited = corpus / CORPUS_FILES[1].name
    with KnowledgeStore.open(store_dir) as knowledge:
        old = knowledge.article_by_path(str(edited))
        others = {a.iri: knowledge.named_graph(a.iri) for a in knowledge.articles()
                  if a.iri != old.iri}
    with edited.open("a", encoding="utf-8") as handle:
        handle.write("\n<p>据QuestMobile统计，小程序月活跃用户超过 9 亿。</p>\n")
    second = ingest(paths=[str(corpus)], store_dir=store_dir, batch_size=3)
    assert (second["ingested"], second["unchanged"], second["rejected"]) == (1, 4, [])
    with KnowledgeStore.open(store_dir) as knowledge:
        new = knowledge.article_by_path(str(edited))
        graphs = knowledge.graph_sizes()
        assert new.iri != old.iri and new.run == second["run"]
        assert old.iri not in graphs
        assert len(knowledge.articles()) == 5
        for iri, graph in others.items():
            assert knowledge.named_graph(iri).isomorphic(graph), iri
        text = knowledge.run_prepared("article_text", article=_iri(new.iri)).records()[0]["text"]
        assert "小程序月活跃用户超过 9 亿" in text


@pytest.fixture
def mixed_batch(tmp_path):
    """Two good articles, one GBK-encoded article and three files that must be rejected."""
    folder = tmp_path / "batch"
    folder.mkdir()
    for source in CORPUS_FILES[3:5]:
        shutil.copy(source, folder / source.name)
    (folder / "gbk.txt").write_bytes(GBK_ARTICLE.encode("gbk"))
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00\xff" * 40)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "broken.txt").write_text("---\ntitle: [unclosed\ndate: 2021\n---\n正文。\n",
                                       encoding="utf-8")
    return folder


def test_rejected_files_do_not_stop_the_batch(mixed_batch, tmp_path, prefect_harness):
    summary = ingest(paths=[str(mixed_batch)], store_dir=str(tmp_path / "store"), batch_size=10)
    rejected = {r["path"].rsplit("/", 1)[-1]: r for r in summary["rejected"]}
    assert summary["ingested"] == 3  # the two copies and the GBK article
    assert {name: r["code"] for name, r in rejected.items()} == {
        "binary.txt": "E102", "empty.txt": "E101", "broken.txt": "E104"}
    for name, record in rejected.items():
        assert name in record["reason"] and record["reason"].startswith(record["code"])
    with KnowledgeStore.open(tmp_path / "store") as knowledge:
        paths = {a.path.rsplit("/", 1)[-1] for a in knowledge.articles()}
    assert paths == {"gbk.txt", CORPUS_FILES[3].name, CORPUS_FILES[4].name}


def _iri(value: str):
    import pyoxigraph

    return pyoxigraph.NamedNode(value)


def test_a_run_finds_what_a_killed_bulk_write_left_and_stores_the_file_again(
        tmp_path, prefect_harness):
    """A kill between the bulk load of new articles and the transaction that makes them
    articles leaves graphs without kg:sha256 (reproduced here by removing it). The next run
    removes them and stores the files again; the store validates."""
    import pyoxigraph as ox

    from kg.store import _KG_SHA256

    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    store_dir = str(tmp_path / "store")
    first = ingest(paths=[str(corpus)], store_dir=store_dir, batch_size=5)
    with KnowledgeStore.open(store_dir) as knowledge:
        cut = knowledge.article_by_path(str(corpus / CORPUS_FILES[2].name))
        name = ox.NamedNode(cut.iri)
        for quad in list(knowledge.oxigraph.quads_for_pattern(name, _KG_SHA256, None, name)):
            knowledge.oxigraph.remove(quad)
        graph_before = knowledge.named_graph(cut.iri)
        runs_before = len(knowledge.named_graph(knowledge.space.graph("runs")))
    second = ingest(paths=[str(corpus)], store_dir=store_dir, batch_size=5)
    assert (second["ingested"], second["unchanged"], second["rejected"]) == (1, 4, [])
    with KnowledgeStore.open(store_dir) as knowledge:
        runs_growth = len(knowledge.named_graph(knowledge.space.graph("runs"))) - runs_before
        assert second["triples"] == first["triples"] + runs_growth  # nothing else changed
        again = knowledge.article_by_path(str(corpus / CORPUS_FILES[2].name))
        assert again.iri == cut.iri and again.run == second["run"]
        assert len(knowledge.named_graph(cut.iri)) == len(graph_before) + 1
        conforms, report = knowledge.validate()
        assert conforms, report


def _copies_written(tmp_path, spoil: bool) -> tuple[dict, list[str]]:
    """Two files with the same bytes in one batch, through `write_batch` in a real flow
    run; with `spoil`, their RDF made invalid (E305) the way a mapping bug would."""
    import dataclasses

    from prefect import flow

    from flows.ingest import write_batch
    from flows.work import process_batch

    paths = []
    for name in ("first.txt", "copy.txt"):
        shutil.copy(CORPUS_FILES[3], tmp_path / name)
        paths.append(str(tmp_path / name))
    run_iri = "https://example.org/kg/run/copies"
    batch = process_batch(paths, run_iri=run_iri).articles
    if spoil:
        batch = [dataclasses.replace(item, article=item.article +
                                     "<https://example.org/bad%zz> <p> <o> .\n")
                 for item in batch]

    @flow(name="write-copies")
    def write(store_dir: str) -> dict:
        with KnowledgeStore.open(store_dir) as knowledge:
            return write_batch(knowledge, batch, run_iri)

    written = write(str(tmp_path / "store"))
    with KnowledgeStore.open(tmp_path / "store") as knowledge:
        stored = [a.path for a in knowledge.articles()]
    return written, stored


def test_a_copy_in_the_same_batch_is_ingested_with_its_original(tmp_path, prefect_harness):
    written, stored = _copies_written(tmp_path, spoil=False)
    assert [p.rsplit("/", 1)[-1] for p in written["ingested"]] == ["first.txt", "copy.txt"]
    assert written["rejected"] == [] and len(stored) == 1


def test_a_copy_of_a_rejected_article_is_rejected_too(tmp_path, prefect_harness):
    written, stored = _copies_written(tmp_path, spoil=True)
    assert written["ingested"] == [] and stored == []
    reasons = {r.path.rsplit("/", 1)[-1]: r for r in written["rejected"]}
    assert {name: r.code for name, r in reasons.items()} == {"first.txt": "E305",
                                                             "copy.txt": "E305"}
    assert reasons["copy.txt"].reason.startswith("E305 ")
    assert "copy.txt (the same bytes as " in reasons["copy.txt"].reason


def test_reextract_replaces_the_graphs_of_unchanged_files(tmp_path, prefect_harness):
    """After an upgrade of the extractors an unchanged file keeps its old claims unless it is
    extracted again: --reextract does, replacing each graph in place (same IRI, the run that
    did it recorded, the file's event a replacement), and loses nothing else."""
    import pyoxigraph as ox
    from rdflib import Literal, URIRef

    from ontology.namespaces import KG, SCHEMA

    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    store_dir = str(tmp_path / "store")
    first = ingest(paths=[str(corpus)], store_dir=store_dir, batch_size=2)
    target = corpus / CORPUS_FILES[0].name
    with KnowledgeStore.open(store_dir) as knowledge:
        article = knowledge.article_by_path(str(target))
        whole = knowledge.named_graph(article.iri)
        # what an older extractor left: the article graph without its claims' values
        name = ox.NamedNode(article.iri)
        cut = list(knowledge.oxigraph.quads_for_pattern(None, ox.NamedNode(str(SCHEMA.value)),
                                                         None, name))
        assert cut, "the sample article has claims with values"
        for quad in cut:
            knowledge.oxigraph.remove(quad)
    unchanged = ingest(paths=[str(corpus)], store_dir=store_dir, batch_size=2)
    assert (unchanged["ingested"], unchanged["unchanged"]) == (0, 5)

    again = ingest(paths=[str(corpus)], store_dir=store_dir, batch_size=2, reextract=True)
    assert (again["ingested"], again["replaced"], again["unchanged"], again["rejected"]) == (
        5, 5, 0, [])
    assert (again["articles"], again["claims"]) == (first["articles"], first["claims"])
    with KnowledgeStore.open(store_dir) as knowledge:
        restored = knowledge.article_by_path(str(target))
        assert restored.iri == article.iri and restored.run == again["run"]
        assert len(knowledge.named_graph(article.iri)) == len(whole)  # values back, none twice
        runs = knowledge.named_graph(knowledge.space.graph("runs"))
        events = [e for e in runs.objects(URIRef(again["run"]), KG.fileEvent)
                  if (e, KG.filePath, Literal(str(target))) in runs]
        assert len(events) == 1
        assert (events[0], KG.replacedArticle, URIRef(article.iri)) in runs
        conforms, report = knowledge.validate()
        assert conforms, report
