"""`kg schedule` options: intervals, and the one-line errors it gives before starting anything."""

from __future__ import annotations

from datetime import timedelta

import pytest
from click.testing import CliRunner

from kg.cli import kg
from kg.commands.schedule import parse_every
from kg.errors import KGError


@pytest.mark.parametrize(("text", "seconds"), [
    ("30s", 30), ("10m", 600), ("1h", 3600), ("1d", 86400), ("45", 45), ("1.5m", 90),
    (" 5S ", 5),
])
def test_an_interval_is_a_number_and_a_unit(text, seconds):
    assert parse_every(text) == timedelta(seconds=seconds)


@pytest.mark.parametrize("text", ["", "m", "10 minutes", "-5m", "0s", "10w", "1h30m"])
def test_anything_else_is_e510(text):
    with pytest.raises(KGError) as caught:
        parse_every(text)
    assert caught.value.code == "E510"


@pytest.fixture
def no_server(tmp_path, monkeypatch):
    """A project whose Prefect directory holds no server, and no PREFECT_API_URL."""
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "prefect"))
    monkeypatch.setenv("KG_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    return tmp_path


@pytest.mark.parametrize(("args", "code"), [
    (["--every", "10m", "--cron", "*/10 * * * *"], "E511"),
    (["--every", "often"], "E510"),
    (["--cron", "every ten minutes"], "E512"),
    (["--status"], "E507"),
])
def test_errors_come_before_any_server_starts(no_server, args, code):
    result = CliRunner().invoke(kg, ["schedule", "--inbox", str(no_server / "inbox"), *args])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1].startswith(f"Error: {code} ")
    assert not (no_server / "prefect" / "server.json").exists()
    assert not (no_server / "inbox").exists()


def test_stop_without_a_server_says_so(no_server):
    result = CliRunner().invoke(kg, ["schedule", "--stop"])
    assert result.exit_code == 0
    assert result.stdout.startswith("no Prefect server started by 'kg schedule' is running")
