"""What the runs graph records per file, and how `kg history` finds a file's events."""

from __future__ import annotations

import os
from datetime import UTC, datetime

import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.namespace import RDF, SH

from extractors.records import IngestionRun
from kg.cli import kg
from kg.commands.history import path_forms
from ontology import validate
from ontology.mapping import file_event_graph, run_graph
from ontology.namespaces import KG, InstanceSpace

from .conftest import corpus_file, drop, run_inbox

SPACE = InstanceSpace()
RUN = IngestionRun(id="20261122T050000Z-test", started="2026-11-22T05:00:00Z")
ARTICLE = str(SPACE.article("ab" * 32))
OLD = str(SPACE.article("cd" * 32))


def events() -> Graph:
    run = SPACE.run(RUN.id)
    return (run_graph(RUN, space=SPACE)
            + file_event_graph(run, "inbox/a.txt", "replaced", space=SPACE, article=ARTICLE,
                               replaced=(OLD,))
            + file_event_graph(run, "inbox/b.txt", "rejected", space=SPACE,
                               reason="E101 inbox/b.txt: the file is empty"))


def violations(graph: Graph) -> set:
    conforms, results, _ = validate(graph)
    found = {(results.value(r, SH.sourceConstraintComponent), results.value(r, SH.resultPath))
             for r in results.subjects(RDF.type, SH.ValidationResult)}
    assert conforms == (not found)
    return found


def test_a_run_that_has_not_ended_has_no_end_and_no_counters():
    graph = run_graph(RUN, space=SPACE)
    run = SPACE.run(RUN.id)
    assert (run, RDF.type, KG.IngestionRun) in graph
    assert not set(graph.predicates(run, None)) & {KG.articlesIngested, KG.articlesRejected}


def test_file_events_of_an_unfinished_run_conform_to_the_shapes():
    assert violations(events()) == set()


def test_a_file_event_without_its_outcome_fails():
    graph = events()
    graph.remove((None, KG.outcome, None))
    assert (SH.MinCountConstraintComponent, KG.outcome) in violations(graph)


def test_one_event_per_run_and_path_however_often_it_is_written():
    run = SPACE.run(RUN.id)
    twice = (file_event_graph(run, "inbox/a.txt", "ingested", space=SPACE, article=ARTICLE)
             + file_event_graph(run, "inbox/a.txt", "ingested", space=SPACE, article=ARTICLE))
    assert len(set(twice.subjects(RDF.type, KG.FileEvent))) == 1


@pytest.mark.parametrize(("given", "expected"), [
    ("inbox/a.txt", "inbox/a.txt"),
    ("inbox/done/a.txt", "inbox/a.txt"),
    ("inbox/rejected/a.txt", "inbox/a.txt"),
    ("/data/inbox/done/a.txt", "/data/inbox/a.txt"),
])
def test_history_looks_for_the_path_the_run_read(given, expected):
    forms = path_forms(given)
    assert given in forms and expected in forms
    assert os.path.abspath(expected) in forms


def test_kg_history_lists_the_runs_and_what_they_did_with_a_file(prefect_api, inbox,
                                                                  store_dir):
    path = drop(inbox, corpus_file(0))
    summary, flow_run_id = run_inbox(inbox, store_dir)
    run_id = summary["run"].rsplit("/", 1)[-1]
    runs = CliRunner().invoke(kg, ["history", "--store", str(store_dir)])
    assert runs.exit_code == 0, runs.output
    assert f"run {run_id}  ingested 1, unchanged 0, rejected 0  flow run {flow_run_id}" \
        in runs.stdout
    started = datetime.fromisoformat(runs.stdout.split()[0].replace("Z", "+00:00"))
    assert started <= datetime.now(UTC)
    moved = inbox / "done" / path.name
    assert f"ingested  run {run_id}  stored article " in _history(moved, store_dir)
    assert _history(inbox / "never.txt", store_dir).startswith(
        f"no run ingested, replaced or rejected {inbox / 'never.txt'}")


def _history(path, store_dir) -> str:
    result = CliRunner().invoke(kg, ["history", str(path), "--store", str(store_dir)])
    assert result.exit_code == 0, result.output
    return result.stdout
