"""The inbox flow run for real (real Prefect server, real corpus, real store on disk)."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from flows.inbox import INBOX_LOCK, REASON_SUFFIX
from kg.cli import kg
from kg.lock import FileLock
from kg.provenance import provenance
from kg.store import KnowledgeStore

from .conftest import corpus_file, drop, run_inbox, settle

pytestmark = pytest.mark.usefixtures("prefect_api")

EXTRA_SENTENCE = "\n据QuestMobile统计，某某小程序月活跃用户超过 9 亿。\n"


def names(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()} if folder.exists() else set()


def summary_artifact(flow_run_id) -> object:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    with get_client(sync_client=True) as client:
        found = client.read_artifacts(artifact_filter=ArtifactFilter(
            flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id])))
    return next(a for a in found if a.key == "inbox-summary")


def test_new_files_are_ingested_moved_to_done_and_summarised(inbox, store_dir):
    first, second = drop(inbox, corpus_file(0)), drop(inbox, corpus_file(1))
    summary, flow_run_id = run_inbox(inbox, store_dir)
    assert (summary["ingested"], summary["unchanged"], summary["rejected"]) == (2, 0, [])
    assert names(inbox) == {"done", INBOX_LOCK}
    assert names(inbox / "done") == {first.name, second.name}
    with KnowledgeStore.open(store_dir) as knowledge:
        assert {a.path for a in knowledge.articles()} == {str(first), str(second)}
        assert knowledge.stats()["claims"] == summary["claims_ingested"] > 0
    artifact = summary_artifact(flow_run_id)
    assert "| ingested | 2 |" in artifact.data and f"`{first.name}`" in artifact.data
    assert f"| new claims | {summary['claims_ingested']} |" in artifact.data
    assert f"| new entities | {summary['entities_new']} |" in artifact.data
    assert summary["entities_new"] > 0
    assert artifact.description.startswith("ingested 2 (replaced 0), unchanged 0, rejected 0")


def test_an_unchanged_file_is_filed_away_without_a_write(inbox, store_dir):
    drop(inbox, corpus_file(2))
    run_inbox(inbox, store_dir)
    with KnowledgeStore.open(store_dir) as knowledge:
        before = knowledge.graph_sizes()
    again = drop(inbox, corpus_file(2), "copy.txt")
    summary, flow_run_id = run_inbox(inbox, store_dir)
    assert (summary["ingested"], summary["unchanged"], summary["run"]) == (0, 1, None)
    assert names(inbox / "done") == {corpus_file(2).name, again.name}
    with KnowledgeStore.open(store_dir) as knowledge:
        assert knowledge.graph_sizes() == before
    assert "| unchanged | 1 | `copy.txt` |" in summary_artifact(flow_run_id).data


def test_a_changed_file_replaces_its_article_in_one_step(inbox, store_dir):
    path = drop(inbox, corpus_file(3), "report.txt")
    first, _ = run_inbox(inbox, store_dir)
    with KnowledgeStore.open(store_dir) as knowledge:
        old = knowledge.article_by_path(str(path))
    edited = corpus_file(3).read_text(encoding="utf-8") + EXTRA_SENTENCE
    path.write_text(edited, encoding="utf-8")
    settle(path)
    second, _ = run_inbox(inbox, store_dir)
    assert (second["ingested"], second["replaced"], second["unchanged"]) == (1, 1, 0)
    assert (inbox / "done" / "report.txt").read_text(encoding="utf-8") == edited
    with KnowledgeStore.open(store_dir) as knowledge:
        articles = knowledge.articles()
        assert [a.path for a in articles] == [str(path)]
        assert articles[0].iri != old.iri and articles[0].run == second["run"]
        assert old.iri not in knowledge.graph_sizes()
    history = CliRunner().invoke(kg, ["history", str(inbox / "done" / "report.txt"),
                                      "--store", str(store_dir), "--format", "json"])
    assert history.exit_code == 0, history.output
    events = json.loads(history.stdout)
    assert [e["outcome"].rsplit("#")[-1] for e in events] == ["Ingested", "Replaced"]
    assert [e["run"] for e in events] == [first["run"], second["run"]]
    assert events[1]["replaced"] == [old.iri]


REJECTED = [
    ("binary.txt", b"\x00\x01\x02PNG\x00\xff" * 40, "E102"),
    ("empty.md", b"", "E101"),
    ("broken.txt", "---\ntitle: [unclosed\n---\n正文。\n".encode(), "E104"),
    ("slides.pdf", b"%PDF-1.4", "E108"),
]
PARTIAL = ["a.txt.part", "a.txt.crdownload", "~$a.txt", "a.tmp"]


@pytest.fixture(scope="module")
def rejected_run(tmp_path_factory, prefect_api_for_module):
    """One run over an inbox of files that must all be rejected."""
    inbox = tmp_path_factory.mktemp("rejected") / "inbox"
    inbox.mkdir()
    for name, content, _ in REJECTED:
        (inbox / name).write_bytes(content)
        settle(inbox / name)
    summary, _ = run_inbox(inbox, inbox.parent / "store")
    return inbox, summary


@pytest.mark.parametrize(("name", "content", "code"), REJECTED, ids=[r[0] for r in REJECTED])
def test_a_rejected_file_is_quarantined_with_its_reason(rejected_run, name, content, code):
    inbox, summary = rejected_run
    assert {r["path"]: r["code"] for r in summary["rejected"]}[str(inbox / name)] == code
    assert not (inbox / name).exists()
    assert (inbox / "rejected" / name).read_bytes() == content
    reason = (inbox / "rejected" / (name + REASON_SUFFIX)).read_text(encoding="utf-8")
    assert reason.startswith(f"{code} {inbox / name}:")


def test_kg_history_names_the_run_that_rejected_a_file(inbox, store_dir):
    (inbox / "binary.txt").write_bytes(b"\x00\x01" * 40)
    settle(inbox / "binary.txt")
    drop(inbox, corpus_file(4))  # an article, so that the store exists either way
    summary, _ = run_inbox(inbox, store_dir)
    result = CliRunner().invoke(kg, ["history", str(inbox / "rejected" / "binary.txt"),
                                     "--store", str(store_dir)])
    assert result.exit_code == 0, result.output
    run_id = summary["run"].rsplit("/", 1)[-1]
    assert f"rejected  run {run_id}  E102 {inbox / 'binary.txt'}:" in result.stdout


@pytest.fixture(scope="module")
def partial_run(tmp_path_factory, prefect_api_for_module):
    """One run over an inbox of partial copies only."""
    inbox = tmp_path_factory.mktemp("partial") / "inbox"
    inbox.mkdir()
    for name in PARTIAL:
        drop(inbox, corpus_file(0), name)
    summary, _ = run_inbox(inbox, inbox.parent / "store")
    return inbox, summary


@pytest.mark.parametrize("name", PARTIAL)
def test_a_partial_copy_waits_for_the_next_run(partial_run, name):
    inbox, summary = partial_run
    assert str(inbox / name) in {w["path"] for w in summary["waiting"]}
    assert (inbox / name).exists()


def test_a_run_with_only_partial_copies_does_not_open_the_store(partial_run):
    inbox, summary = partial_run
    assert summary["ingested"] == 0 and summary["run"] is None
    assert not (inbox.parent / "store").exists()


def test_a_file_modified_just_now_waits_for_the_next_run(inbox, store_dir):
    path = drop(inbox, corpus_file(0), age=0)
    summary, _ = run_inbox(inbox, store_dir, settle_seconds=30)
    assert [w["path"] for w in summary["waiting"]] == [str(path)]
    assert "modified less than 30 s ago" in summary["waiting"][0]["why"]
    settle(path)
    later, _ = run_inbox(inbox, store_dir)
    assert later["ingested"] == 1 and names(inbox / "done") == {path.name}


def test_a_growing_file_waits_for_the_next_run(inbox, store_dir):
    path = drop(inbox, corpus_file(1))
    stop = threading.Event()

    def keep_writing():  # a slow copy: the file grows while the run looks at it
        with path.open("a", encoding="utf-8") as handle:
            while not stop.is_set():
                handle.write("据统计，用户超过 1 亿。\n")
                handle.flush()
                time.sleep(0.05)

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        summary, _ = run_inbox(inbox, store_dir, settle_seconds=1.0)
    finally:
        stop.set()
        writer.join()
    assert len(summary["waiting"]) == 1 and summary["ingested"] == 0
    assert path.exists() and not (inbox / "done").exists()
    settle(path)
    later, _ = run_inbox(inbox, store_dir)
    assert later["ingested"] == 1


def test_a_run_leaves_an_inbox_that_another_run_is_emptying(inbox, store_dir):
    drop(inbox, corpus_file(0))
    with FileLock(inbox / INBOX_LOCK, holder="flow run other-run") as other:
        assert other.acquire()
        summary, flow_run_id = run_inbox(inbox, store_dir)
    assert summary["skipped"].startswith("flow run other-run since ")
    assert names(inbox) == {corpus_file(0).name, INBOX_LOCK}
    assert "skipped" in summary_artifact(flow_run_id).description


def test_provenance_names_the_run_and_its_prefect_flow_run(inbox, store_dir):
    drop(inbox, corpus_file(0))
    summary, flow_run_id = run_inbox(inbox, store_dir)
    with KnowledgeStore.open(store_dir) as knowledge:
        claim = knowledge.query("SELECT ?c WHERE { ?c a <https://example.org/kg/ontology#Claim> }"
                                " LIMIT 1").records()[0]["c"]
        record = provenance(knowledge, claim)
    runs = {(e["run"]["iri"], e["run"]["flow_run_id"]) for e in record["evidence"]}
    assert runs == {(summary["run"], str(flow_run_id))}
    run = record["evidence"][0]["run"]
    assert run["started"] <= run["ended"]
    result = CliRunner().invoke(kg, ["provenance", claim, "--store", str(store_dir)])
    assert f"ingested by  <{summary['run']}>  {run['started']} → {run['ended']}" in result.stdout
    assert f"(Prefect flow run {flow_run_id})" in result.stdout
