"""`kg schedule` for real: a served deployment on a real Prefect server picks up a dropped
article within two scheduled runs; `--status` reports it; Ctrl-C stops serving."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
from datetime import UTC, datetime
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.store import KnowledgeStore

from .conftest import KG, corpus_file

INTERVAL = 5


def wait_for(condition, timeout: float, what: str, log: Path | None = None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = condition()
        if found:
            return found
        time.sleep(0.5)
    tail = log.read_text(encoding="utf-8")[-3000:] if log else ""
    raise AssertionError(f"no {what} within {timeout} s\n{tail}")


def schedule_env(server, tmp_path: Path) -> dict[str, str]:
    """`kg schedule` finds the session's server the way it finds its own: through
    server.json in PREFECT_HOME (so it reuses it instead of starting one)."""
    env = {**os.environ, "PREFECT_HOME": str(server.home), "KG_DATA_DIR": str(tmp_path / "data"),
           "PREFECT_LOGGING_LEVEL": "INFO"}
    env.pop("PREFECT_API_URL", None)
    return env


def deployment_runs(name: str) -> list:
    """The runs of deployment kg-ingest-inbox/NAME that started, in start order."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import (
        DeploymentFilter,
        DeploymentFilterId,
        FlowRunFilter,
        FlowRunFilterStartTime,
    )

    with get_client(sync_client=True) as client:
        deployment = client.read_deployment_by_name(f"kg-ingest-inbox/{name}")
        runs = client.read_flow_runs(
            deployment_filter=DeploymentFilter(id=DeploymentFilterId(any_=[deployment.id])),
            flow_run_filter=FlowRunFilter(start_time=FlowRunFilterStartTime(is_null_=False)))
    return sorted(runs, key=lambda r: r.start_time)


def stop(process: subprocess.Popen) -> int:
    """Ctrl-C, as an analyst would; SIGTERM and then SIGKILL only if it does not stop."""
    for sent, grace in ((signal.SIGINT, 30), (signal.SIGTERM, 15), (signal.SIGKILL, 15)):
        process.send_signal(sent)
        try:
            return process.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            continue
    raise AssertionError(f"kg schedule (pid {process.pid}) did not stop")


@pytest.mark.slow
def test_a_dropped_article_is_in_the_store_within_two_scheduled_runs(prefect_api, tmp_path):
    inbox, store_dir, log = tmp_path / "inbox", tmp_path / "store", tmp_path / "schedule.log"
    env = schedule_env(prefect_api, tmp_path)
    with log.open("w") as out:
        process = subprocess.Popen(
            [KG, "schedule", "--inbox", str(inbox), "--every", f"{INTERVAL}s", "--store",
             str(store_dir), "--settle", "1", "--name", "test-inbox"],
            cwd=tmp_path, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        wait_for(lambda: "serving kg-ingest-inbox/test-inbox every 5s" in log.read_text(),
                 60, "serving message", log)
        assert f"reusing the local Prefect server at {prefect_api.url}" in log.read_text()

        dropped = datetime.now(UTC)  # before the first run: timing is the scheduler's job
        shutil.copyfile(corpus_file(0), inbox / "new.txt")
        wait_for(lambda: (inbox / "done" / "new.txt").exists(), 90, "ingestion of new.txt", log)

        runs = [r for r in deployment_runs("test-inbox") if r.start_time >= dropped]
        summaries = _summaries([r.id for r in runs])
        ingesting = [n for n, r in enumerate(runs) if summaries.get(r.id, "").startswith(
            "ingested 1 ")]
        assert ingesting and ingesting[0] <= 1, [summaries.get(r.id) for r in runs]

        with KnowledgeStore.open(store_dir, wait=30) as knowledge:
            article = knowledge.article_by_path(str(inbox / "new.txt"))
            claims = knowledge.query(
                "SELECT ?g ?c WHERE { GRAPH ?g { ?c a <https://example.org/kg/ontology#Claim> } }",
                bindings={"g": ox.NamedNode(article.iri)}).records()
        assert len(claims) > 0

        status = subprocess.run([KG, "schedule", "--status", "--name", "test-inbox",
                                 "--runs", "50", "--format", "json"], env=env, cwd=tmp_path,
                                capture_output=True, text=True, timeout=60)
        assert status.returncode == 0, status.stderr
        report = json.loads(status.stdout)
        assert report["deployment"]["schedules"] == [{"schedule": "every 5s", "active": True}]
        assert report["deployment"]["parameters"]["inbox"] == str(inbox)
        assert report["next_run"]["expected_start"]
        assert any((r["summary"] or "").startswith("ingested 1 ") for r in report["last_runs"])
    finally:
        code = stop(process)
    assert code == 0, log.read_text()[-3000:]
    assert _paused("test-inbox")  # stopping serving pauses the schedule


def _summaries(flow_run_ids) -> dict:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    with get_client(sync_client=True) as client:
        found = client.read_artifacts(artifact_filter=ArtifactFilter(
            flow_run_id=ArtifactFilterFlowRunId(any_=list(flow_run_ids))))
    return {a.flow_run_id: a.description for a in found if a.key == "inbox-summary"}


def _paused(name: str) -> bool:
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        deployment = client.read_deployment_by_name(f"kg-ingest-inbox/{name}")
    return all(not s.active for s in deployment.schedules) or deployment.paused
