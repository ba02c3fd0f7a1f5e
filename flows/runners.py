"""Where the ingest flow's batches run: Prefect task runners by size of the job.

- the flow's own default (the Python API, the scheduled inbox; `thread=True` here gives one
  such thread): threads beside the flow; nothing to start, but extraction and writing take
  turns, since both hold the GIL (pyoxigraph does not release it while it writes);
- N workers (`kg ingest --workers N`, 1 by default): N processes on this machine
  (`ProcessPoolTaskRunner`), each building its pipeline once
  (`extractors.pipeline.shared_pipeline`, about 3 s), while the flow's process writes:
  extraction and writing overlap on two cores;
- a Dask cluster (`prefect-dask`'s `DaskTaskRunner`): an existing scheduler by address
  (`tcp://host:8786`), or `local` for a `LocalCluster` of N worker processes started for the
  run. Workers need the project installed (the same code, the same ontology files).

Batches carry paths, not bytes: every worker must see the corpus at the same paths (a
shared file system on a cluster). Results come back as N-Triples and are written by the
flow, the only process that opens the store.

Workers report their task runs to a Prefect API. With none configured (no
PREFECT_API_URL), Prefect starts an ephemeral API server in every process that needs
one: each worker process would start a uvicorn server of its own (about 9 s of CPU, then
a process that competes for the cores) on the same SQLite database. `sharing_api` hands
the flow's own API to workers on this machine instead. A remote Dask cluster cannot reach
an ephemeral API on 127.0.0.1: give such runs a Prefect server (PREFECT_API_URL).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner, ThreadPoolTaskRunner


def task_runner(workers: int = 1, dask: str | None = None, *, thread: bool = False
                ) -> TaskRunner:
    """The task runner for `workers` batches at a time: processes, a thread beside the flow
    (`thread`, one batch at a time), or Dask when `dask` is given ("local" or a scheduler
    address). Raises ImportError naming the extra to install when prefect-dask is missing."""
    workers = max(1, workers)
    if dask:
        try:
            from prefect_dask import DaskTaskRunner
        except ImportError as err:  # an optional extra
            raise ImportError("Dask needs the 'dask' extra: pip install -e '.[dask]'") from err
        if dask == "local":
            return DaskTaskRunner(cluster_class="distributed.LocalCluster", cluster_kwargs={
                "n_workers": workers, "threads_per_worker": 1, "processes": True,
                "dashboard_address": None})
        return DaskTaskRunner(address=dask)
    if thread:
        return ThreadPoolTaskRunner(max_workers=1)
    return ProcessPoolTaskRunner(max_workers=workers)


def on_this_machine(runner: TaskRunner | None) -> bool:
    """Whether the runner's workers run on this machine: threads, a process pool, or a
    Dask LocalCluster started for the run (not an existing cluster given by address)."""
    if runner is None or isinstance(runner, ThreadPoolTaskRunner | ProcessPoolTaskRunner):
        return True
    return getattr(runner, "address", "") is None and \
        "LocalCluster" in str(getattr(runner, "cluster_class", ""))


@contextmanager
def sharing_api() -> Iterator[str | None]:
    """Inside a flow run: tasks submitted in this block report to the flow's own Prefect
    API when none is configured and the workers run on this machine (see the module
    docstring). Yields the API URL the workers are given (None: left as configured)."""
    from prefect.context import FlowRunContext
    from prefect.settings import PREFECT_API_URL, temporary_settings

    context = FlowRunContext.get()
    if PREFECT_API_URL.value() or context is None or context.client is None \
            or not on_this_machine(context.task_runner):
        yield None
        return
    url = str(context.client.api_url).rstrip("/")
    with temporary_settings(updates={PREFECT_API_URL: url}):
        yield url
