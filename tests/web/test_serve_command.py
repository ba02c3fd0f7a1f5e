"""`kg serve` itself: the real command in a subprocess, and its one-line errors."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
from click.testing import CliRunner

from kg.cli import kg
from tests.web.conftest import free_port

KG = Path(sys.executable).with_name("kg")


def test_kg_serve_answers_sparql_and_stops_on_sigint(web_store):
    port = free_port()
    server = subprocess.Popen([str(KG), "serve", "--store", str(web_store), "--port", str(port),
                               "--query-timeout", "5"], stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/sparql", params={
                    "query": "ASK { ?s ?p ?o }"}, headers={"Accept": "text/csv"})
                break
            except httpx.ConnectError:
                assert server.poll() is None, server.stderr.read()
                assert time.monotonic() < deadline, "kg serve did not start"
                time.sleep(0.2)
        assert response.status_code == 200
        assert response.text.strip() == "true"
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=30)
    assert "serving" in server.stderr.read()


def test_kg_serve_on_a_missing_store_is_one_line(tmp_path):
    result = CliRunner().invoke(kg, ["serve", "--store", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1].startswith("Error: E302 ")
