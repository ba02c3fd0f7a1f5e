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
"""

from __future__ import annotations

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
