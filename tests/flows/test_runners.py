"""Where batches run (`flows.runners`): which workers count as this machine's, and workers
that report to the flow's own Prefect API when none is configured (instead of each
starting an API server of its own)."""

from __future__ import annotations

import pytest
from prefect import flow, task
from prefect.cache_policies import NONE
from prefect.settings import PREFECT_API_URL, temporary_settings

from flows.runners import on_this_machine, sharing_api, task_runner


def test_process_pools_threads_and_a_local_cluster_run_on_this_machine():
    assert on_this_machine(task_runner(2))
    assert on_this_machine(task_runner(1, thread=True))
    pytest.importorskip("prefect_dask", reason="the dask extra is not installed")
    assert on_this_machine(task_runner(2, dask="local"))
    assert not on_this_machine(task_runner(2, dask="tcp://10.1.2.3:8786"))


@task(cache_policy=NONE)
def api_url_seen() -> str | None:
    """The Prefect API a task run reports to, as the process running it sees it."""
    return PREFECT_API_URL.value()


@flow(name="probe-workers-api")
def probe_workers_api() -> tuple[str | None, str | None]:
    with sharing_api() as given:
        return given, api_url_seen.submit().result()


def test_a_worker_process_reports_to_the_flows_own_api(prefect_harness):
    with temporary_settings(restore_defaults={PREFECT_API_URL}):  # no API configured
        given, seen = probe_workers_api.with_options(task_runner=task_runner(1))()
    assert given is not None and given.startswith("http://127.0.0.1:")
    assert seen == given


def test_a_configured_api_is_left_as_it_is(prefect_harness):
    configured = PREFECT_API_URL.value()
    given, seen = probe_workers_api.with_options(task_runner=task_runner(1))()
    assert given is None and seen == configured
