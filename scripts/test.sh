#!/usr/bin/env bash
# Fresh machine → green tests: set up with test extras, lint, run the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh test
.venv/bin/ruff check .
.venv/bin/python -m pytest -q "$@"
