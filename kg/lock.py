"""Exclusive file locks that say who holds them: `fcntl.flock` plus a line of JSON.

Two processes that must not overlap (two ingestion runs writing one store, two runs
emptying one inbox) each take the lock on the same file. The kernel releases a flock when
its holder exits, however it exits (kill -9 included), so a crashed run never leaves a
stale lock behind; the JSON inside (who, pid, since when) is only read to tell a waiting
process whom it is waiting for. Locks are per open file, so two opens in one process
exclude each other too.
"""

from __future__ import annotations

import fcntl
import json
import os
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path


class FileLock:
    """An exclusive lock on `path` (created if missing), held between acquire and release."""

    def __init__(self, path: str | os.PathLike, *, holder: str):
        self.path = Path(path)
        self.holder = holder
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, *, wait: float = 0.0, on_wait: Callable[[dict], None] | None = None,
                poll: float = 0.2) -> bool:
        """Take the lock, waiting up to `wait` seconds; False when it stayed busy.

        `on_wait(holder)` is called once, with what `current_holder()` says, when the lock
        is busy at the first try and the caller is willing to wait.
        """
        if self._fd is not None:
            return True
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + max(0.0, wait)
        told = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    return False
                if not told and on_wait is not None:
                    on_wait(self.current_holder())
                told = True
                time.sleep(min(poll, max(0.0, deadline - time.monotonic())))
        record = {"holder": self.holder, "pid": os.getpid(),
                  "since": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")}
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(record).encode("utf-8"), 0)
        self._fd = fd
        return True

    def release(self) -> None:
        """Give the lock up (the file stays; its content is stale once the lock is free)."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)

    def current_holder(self) -> dict:
        """{"holder", "pid", "since"} as written by whoever holds the lock (or held it last).

        Values are "unknown" when the file is empty or unreadable (the holder may be between
        taking the lock and writing its name).
        """
        unknown = {"holder": "another process", "pid": None, "since": "an unknown time"}
        try:
            record = json.loads(self.path.read_text(encoding="utf-8") or "{}")
        except (OSError, ValueError):
            return unknown
        return {**unknown, **{k: v for k, v in record.items() if v}}

    def __enter__(self) -> FileLock:
        return self

    def __exit__(self, *exc) -> None:
        self.release()
