"""A small pool of query worker processes, each killed and replaced at the time limit.

`QueryPool.run(job)` hands the job to an idle worker (`kg.web.worker.serve` in a process of
its own) and waits up to the time limit for its answer. A worker that overruns is killed
(SIGKILL: the query is stuck inside Oxigraph, which cannot be interrupted more politely)
and a fresh one is started in the background, so a runaway query costs its CPU for at
most the time limit and never blocks other requests for longer. Waiting for an idle
worker counts against the same limit: a client is never kept longer than that.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading
import time
from multiprocessing.connection import Connection
from pathlib import Path

from kg.errors import E, KGError
from kg.web.worker import Answer, Job


class _Worker:
    """One worker process (`python -m kg.web.worker`) and the parent's ends of its pipes.

    A fresh interpreter rather than multiprocessing's fork or spawn: fork would copy a
    threaded server (and any lock a thread holds), and spawn re-runs the parent's main
    module, which is the `kg` command line, a test runner or a notebook.
    """

    def __init__(self, store_dir: Path):
        job_read, job_write = os.pipe()
        answer_read, answer_write = os.pipe()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "kg.web.worker", str(job_read), str(answer_write),
             str(store_dir)], pass_fds=(job_read, answer_write), stdin=subprocess.DEVNULL)
        os.close(job_read)
        os.close(answer_write)
        self.jobs = Connection(job_write, readable=False)
        self.answers = Connection(answer_read, writable=False)

    def ask(self, job: Job, timeout: float) -> Answer | None:
        """The answer to `job`, or None when none came within `timeout` seconds."""
        self.jobs.send(job)
        if not self.answers.poll(timeout):
            return None
        return self.answers.recv()

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(timeout=5)
        self.jobs.close()
        self.answers.close()


class QueryPool:
    """`size` worker processes reading the store at `store_dir`, one query each at a time."""

    def __init__(self, store_dir: str | Path, *, size: int = 2, timeout: float = 10.0):
        self.store_dir = Path(store_dir)
        self.size = size
        self.timeout = timeout
        self._idle: asyncio.Queue[_Worker] | None = None
        self._all: set[_Worker] = set()
        self._guard = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None

    async def start(self) -> None:
        """Start the workers (in threads: spawning a Python process takes a moment)."""
        self._loop = asyncio.get_running_loop()
        self._idle = asyncio.Queue()
        workers = await asyncio.gather(*(asyncio.to_thread(self._spawn)
                                         for _ in range(self.size)))
        for worker in workers:
            self._idle.put_nowait(worker)

    def _spawn(self) -> _Worker:
        worker = _Worker(self.store_dir)
        with self._guard:
            self._all.add(worker)
        return worker

    def _retire(self, worker: _Worker) -> None:
        """Kill `worker` and put a fresh one in its place (in a thread; returns at once)."""
        with self._guard:
            self._all.discard(worker)

        def replace() -> None:
            worker.kill()
            fresh = self._spawn()
            if self._loop is not None and not self._loop.is_closed():
                self._loop.call_soon_threadsafe(self._idle.put_nowait, fresh)

        threading.Thread(target=replace, name="kg-query-worker-restart", daemon=True).start()

    async def run(self, job: Job) -> Answer:
        """The worker's answer to `job`; raises KGError E410 past the time limit."""
        if self._idle is None:
            raise RuntimeError("QueryPool.start() was not awaited")
        started = time.monotonic()
        try:
            worker = await asyncio.wait_for(self._idle.get(), timeout=self.timeout)
        except TimeoutError:
            raise KGError(E.E415, detail=f"all {self.size} query workers stayed busy for "
                          f"{self.timeout:g} s") from None
        remaining = max(0.1, self.timeout - (time.monotonic() - started))
        try:
            answer = await asyncio.to_thread(worker.ask, job, remaining)
        except asyncio.CancelledError:  # the client went away: its query may still run
            self._retire(worker)
            raise
        except (EOFError, OSError, BrokenPipeError):  # the worker died (out of memory …)
            self._retire(worker)
            raise KGError(E.E415, detail="a query worker died; it is being restarted") from None
        if answer is None:
            self._retire(worker)
            raise KGError(E.E410, limit=self.timeout)
        self._idle.put_nowait(worker)
        return answer

    def close(self) -> None:
        """Kill every worker (the server is stopping)."""
        with self._guard:
            workers, self._all = list(self._all), set()
        for worker in workers:
            worker.kill()
