#!/usr/bin/env bash
# Create .venv (if missing) and install the project with pinned versions.
# Usage: scripts/bootstrap.sh [EXTRA]   e.g. scripts/bootstrap.sh test
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
extra=${1:-}
target="."
[ -n "$extra" ] && target=".[$extra]"
# constraints.txt pins every dependency to the versions the tests ran with (Prefect 3.8's
# metadata admits fastapi/SQLAlchemy releases that break its server).
.venv/bin/python -m pip install --quiet -c constraints.txt -e "$target"
