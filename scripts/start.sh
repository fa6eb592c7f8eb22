#!/usr/bin/env bash
# Sets up hotline-desk in a local venv and starts it on the embedded SQLite
# store, filling it with a demo office the first time. Extra arguments go to
# hotline-desk (e.g. --db URL, --now 2026-09-30T20:00).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[postgres]"
.venv/bin/hotline-desk "$@" demo --if-empty
exec .venv/bin/hotline-desk "$@"
