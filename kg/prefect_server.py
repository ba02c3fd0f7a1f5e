"""The local Prefect server behind `kg schedule`: started once, found again, stopped on request.

Scheduling needs a real Prefect API (the ephemeral one lives only as long as the process
that started it). `ensure_server` runs `prefect server start --host 127.0.0.1 --port P` as
a background process in a session of its own, with PREFECT_HOME set to the project's
Prefect directory (data/prefect), so the server's SQLite database lives there. Its pid,
port and URL go to `server.json` in that directory and its output to `server.log`; a later
call reuses the server while that pid is alive and `/api/health` answers. `stop_server`
stops only the process recorded there, after checking it still is a Prefect server.

No Prefect import here: this module runs before `apply_prefect_env` has set the API URL.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from kg.errors import E, KGError

HOST = "127.0.0.1"
DEFAULT_PORT = 4200
SERVER_FILE, LOG_FILE = "server.json", "server.log"
START_TIMEOUT = 120.0
"""Seconds to wait for a new server's health check (a first start migrates the database)."""


@dataclass(frozen=True)
class Server:
    """A Prefect API and how `kg schedule` came to use it."""

    url: str
    how: str
    """"started", "reused" or "environment" (PREFECT_API_URL was set)."""
    pid: int | None = None
    home: Path | None = None

    def describe(self) -> str:
        if self.how == "environment":
            return f"using the Prefect server at {self.url} (from PREFECT_API_URL)"
        verb = "started a" if self.how == "started" else "reusing the"
        return (f"{verb} local Prefect server at {self.url} (pid {self.pid}; database "
                f"{self.home / 'prefect.db'}; log {self.home / LOG_FILE})")


def api_url(port: int) -> str:
    return f"http://{HOST}:{port}/api"


def healthy(url: str, timeout: float = 2.0) -> bool:
    """True when the Prefect API at `url` answers its health check."""
    try:
        with urllib.request.urlopen(f"{url.rstrip('/')}/health", timeout=timeout) as answer:
            return answer.status == 200
    except (urllib.error.URLError, OSError, ValueError):
        return False


def port_is_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((HOST, port))
        except OSError:
            return False
    return True


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def recorded(home: Path) -> dict | None:
    """What `server.json` in `home` says about the server started there, or None."""
    try:
        return json.loads((home / SERVER_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def is_prefect_server(pid: int) -> bool:
    """True while `pid` runs and is a `prefect server start` (guards against pid reuse)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        command = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    if stat.rsplit(")", 1)[-1].split()[0] == "Z":  # exited, not yet reaped
        return False
    return b"prefect" in b" ".join(command) and b"server" in command and b"start" in command


def running_server(home: Path) -> Server | None:
    """The server recorded in `home`, when it is alive and healthy."""
    record = recorded(home)
    if record and is_prefect_server(record["pid"]) and healthy(record["url"]):
        return Server(url=record["url"], how="reused", pid=record["pid"], home=home)
    return None


def ensure_server(home: Path, *, port: int | None = None,
                  timeout: float = START_TIMEOUT) -> Server:
    """The local server for `home`: reused when alive (on its own port), else started.

    A new server gets `port`; without one, the recorded port or 4200 is tried, then any
    free port. Raises KGError E506 when the given port is taken, E505 when the new server
    does not become healthy.
    """
    home.mkdir(parents=True, exist_ok=True)
    found = running_server(home)
    if found:  # one server per database, whatever port was asked for
        return found
    if port is not None:
        if not port_is_free(port):
            raise KGError(E.E506, port=port)
    else:
        previous = (recorded(home) or {}).get("port")
        port = next((p for p in (previous, DEFAULT_PORT) if p and port_is_free(p)), None)
        port = port or free_port()
    return _start(home, port, timeout)


def _start(home: Path, port: int, timeout: float) -> Server:
    env = {**os.environ, "PREFECT_HOME": str(home.resolve()),
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    env.pop("PREFECT_API_URL", None)
    log_path = home / LOG_FILE
    with log_path.open("ab") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "prefect", "server", "start", "--host", HOST,
             "--port", str(port)],
            stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, env=env,
            cwd=home, start_new_session=True)  # outlives `kg schedule`; Ctrl-C stays there
    url = api_url(port)
    (home / SERVER_FILE).write_text(json.dumps({
        "pid": process.pid, "port": port, "url": url, "home": str(home.resolve()),
        "log": str(log_path.resolve()),
        "started": datetime.now(UTC).isoformat(timespec="seconds")}, indent=2) + "\n",
        encoding="utf-8")
    deadline = time.monotonic() + timeout
    while not healthy(url):
        if process.poll() is not None:
            raise KGError(E.E505, url=url, timeout=timeout, log=log_path,
                          detail=f"the server exited with code {process.returncode}")
        if time.monotonic() > deadline:
            raise KGError(E.E505, url=url, timeout=timeout, log=log_path,
                          detail="no answer from /api/health")
        time.sleep(0.5)
    return Server(url=url, how="started", pid=process.pid, home=home)


def stop_server(home: Path, *, timeout: float = 30.0) -> dict | None:
    """Stop the server recorded in `home` (SIGTERM, then SIGKILL after `timeout`).

    Returns the record of the server that was stopped, or None when none was running.
    """
    record = recorded(home)
    if not record:
        return None
    pid = record["pid"]
    stopped = None
    if is_prefect_server(pid):
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while _reap(pid) and is_prefect_server(pid) and time.monotonic() < deadline:
            time.sleep(0.2)
        if is_prefect_server(pid):
            os.kill(pid, signal.SIGKILL)
        _reap(pid)
        stopped = record
    (home / SERVER_FILE).unlink(missing_ok=True)
    return stopped


def _reap(pid: int) -> bool:
    """Collect `pid` if it is our exited child; True while it may still be running."""
    try:
        done, _ = os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:  # not our child: its parent or init reaps it
        return True
    return done == 0
