"""Fixtures for scheduled ingestion: a real Prefect server, an inbox, real corpus files.

The session's Prefect server is started the way `kg schedule` starts it
(`kg.prefect_server.ensure_server`: a `prefect server start` subprocess on a free port of
127.0.0.1, its database in a temporary PREFECT_HOME) and stopped the way
`kg schedule --stop` stops it. In-process flow runs talk to it through `prefect_api`;
subprocesses get its URL in PREFECT_API_URL, so none of them starts an ephemeral server.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from tests.conftest import CORPUS_FILES, ROOT

KG = str(ROOT / ".venv" / "bin" / "kg")
SETTLED = 0.2
"""settle_seconds for in-process runs: files are aged beforehand, so a short look will do."""


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: starts servers and subprocesses (still runs "
                                       "in CI; deselect with -m 'not slow' while iterating)")


@pytest.fixture(scope="session")
def prefect_server(tmp_path_factory):
    """A real Prefect server on 127.0.0.1 for the session; stopped (and checked) at the end."""
    from kg import prefect_server as server_control

    home = tmp_path_factory.mktemp("prefect-server")
    server = server_control.ensure_server(home, port=server_control.free_port())
    assert server.how == "started"
    yield server
    from prefect.logging.handlers import APILogHandler

    APILogHandler().flush()  # send the in-process runs' last logs while the server listens
    assert server_control.stop_server(home)["pid"] == server.pid
    assert not server_control.is_prefect_server(server.pid)


def _use_server(server):
    from prefect.settings import PREFECT_API_URL, temporary_settings

    return temporary_settings(updates={PREFECT_API_URL: server.url})


@pytest.fixture
def prefect_api(prefect_server):
    """In-process flow runs report to the session's server while the test runs."""
    with _use_server(prefect_server):
        yield prefect_server


@pytest.fixture(scope="module")
def prefect_api_for_module(prefect_server):
    """The same for module-scoped fixtures (one flow run checked by several tests)."""
    with _use_server(prefect_server):
        yield prefect_server


def subprocess_env(server, **extra: str) -> dict[str, str]:
    """The environment for a `kg` or Python subprocess that must use `server`."""
    env = {**os.environ, "PREFECT_API_URL": server.url, "PREFECT_LOGGING_LEVEL": "INFO"}
    env.update(extra)
    return env


@pytest.fixture
def inbox(tmp_path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder


@pytest.fixture
def store_dir(tmp_path) -> Path:
    return tmp_path / "store"


def drop(inbox: Path, source: Path, name: str | None = None, *, age: float = 60.0) -> Path:
    """Copy `source` into the inbox, its modification time `age` seconds in the past (a
    file that finished arriving a while ago)."""
    target = inbox / (name or source.name)
    shutil.copyfile(source, target)
    settle(target, age)
    return target


def settle(path: Path, age: float = 60.0) -> None:
    moment = time.time() - age
    os.utime(path, (moment, moment))


def corpus_file(n: int) -> Path:
    return CORPUS_FILES[n]


def run_inbox(inbox: Path, store_dir: Path, **parameters):
    """Run the inbox flow in-process; (summary, flow run id)."""
    from flows.inbox import ingest_inbox

    state = ingest_inbox(inbox=str(inbox), store_dir=str(store_dir), return_state=True,
                         **{"settle_seconds": SETTLED, **parameters})
    return state.result(), state.state_details.flow_run_id
