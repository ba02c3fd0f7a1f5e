"""Extraction on other processes gives the store the single-process run gives: a Dask
LocalCluster of two worker processes (prefect-dask's DaskTaskRunner) and a local process
pool, compared article graph by article graph (isomorphism, the run's IRI left out)."""

from __future__ import annotations

import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import PROV

from flows.ingest import ingest
from flows.runners import task_runner
from kg.store import KnowledgeStore
from tests.conftest import CORPUS


def _content(graph: Graph) -> Graph:
    """A graph without the triples naming the run that wrote it."""
    kept = Graph()
    for triple in graph:
        if triple[1] != PROV.wasGeneratedBy:
            kept.add(triple)
    return kept


def _graphs(store_dir) -> dict[str, Graph]:
    with KnowledgeStore.open(store_dir) as store:
        names = [a.iri for a in store.articles()] + [str(store.space.graph("entities"))]
        return {name: _content(store.named_graph(name)) for name in names}


@pytest.fixture(scope="module")
def single(tmp_path_factory, prefect_harness):
    store = tmp_path_factory.mktemp("single") / "kg"
    ingest(paths=[str(CORPUS)], store_dir=str(store), batch_size=2)
    return _graphs(store)


@pytest.mark.parametrize("runner", [
    pytest.param({"workers": 2, "dask": "local"}, id="dask-local-cluster"),
    pytest.param({"workers": 2}, id="process-pool"),
])
def test_workers_store_what_one_process_stores(tmp_path, single, runner):
    if runner.get("dask"):
        pytest.importorskip("prefect_dask", reason="the dask extra is not installed")
    store = tmp_path / "kg"
    flow = ingest.with_options(task_runner=task_runner(**runner))
    summary = flow(paths=[str(CORPUS)], store_dir=str(store), batch_size=2,
                   workers=runner["workers"])
    assert (summary["ingested"], summary["rejected"]) == (5, [])
    got = _graphs(store)
    assert got.keys() == single.keys()
    for name, expected in single.items():
        if not isomorphic(got[name], expected):
            _, extra, missing = graph_diff(to_isomorphic(got[name]), to_isomorphic(expected))
            pytest.fail(f"{name}: {len(extra)} extra, {len(missing)} missing triples, e.g. "
                        f"{sorted(extra)[:2]} / {sorted(missing)[:2]}")
