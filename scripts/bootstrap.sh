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
# The browser test (tests/web/test_browser.py) drives Debian's chromium through Playwright
# (never Playwright's own browser download); the pages need CJK fonts to show Chinese.
# Installed with the test extra, as root (CI runs as root), and only when missing; if apt
# fails, the browser test skips and says why.
case "$extra" in *test*)
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    missing=""
    command -v chromium >/dev/null 2>&1 || missing="chromium"
    dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing="$missing fonts-noto-cjk"
    if [ -n "$missing" ]; then
      { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing \
          >/dev/null; } || echo "warning: could not install$missing" >&2
    fi
  fi
  ;;
esac
# The remote-store tests start a Virtuoso 7 of their own (tests/scale/conftest.py); install
# it from Debian when setting up for tests as root (they skip, saying why, without it).
if [[ "$extra" == *test* ]] && ! command -v virtuoso-t >/dev/null 2>&1 \
    && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
      virtuoso-opensource-7-bin >/dev/null; } \
    || echo "warning: could not install virtuoso-opensource-7-bin; its tests will skip" >&2
fi
