"""The project's evaluation sets keep gold files the scorer can trust: the checker the sets
share (`eval/check_gold.py`) passes on each of them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parents[1] / "eval"


@pytest.mark.parametrize("name", ["dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9",
                                  "dev10", "dev11", "dev12", "dev13", "dev14",
                                  "dev15"])
def test_gold_of_the_evaluation_set_passes_its_checks(name):
    result = subprocess.run([sys.executable, str(EVAL / "check_gold.py"), str(EVAL / name)],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.rstrip().endswith("OK")


def test_the_checker_names_its_usage_without_a_set():
    result = subprocess.run([sys.executable, str(EVAL / "check_gold.py")],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2 and "SET_DIR" in result.stderr
