#!/usr/bin/env bash
# Sets up hotline-desk in a local venv and starts it on the embedded SQLite
# store, filling it with a demo office the first time. Extra arguments go to
# hotline-desk (e.g. --db URL, --now 2026-09-30T20:00).
#
# The install runs only when pyproject.toml or setup.py changed since the last
# one; its output goes to .venv/install.log and is shown only if it fails, so
# an everyday start prints nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  echo "hotline-desk: 首次启动，正在创建运行环境（.venv）……" >&2
  python3 -m venv .venv
fi
stamp=.venv/hotline-desk-installed
wanted="$(cat pyproject.toml setup.py | sha256sum | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
  echo "hotline-desk: 正在安装依赖（详情见 .venv/install.log）……" >&2
  if ! {
    .venv/bin/python -m pip install --upgrade pip &&
      .venv/bin/python -m pip install -e ".[postgres]"
  } >.venv/install.log 2>&1; then
    tail -n 30 .venv/install.log >&2
    echo "hotline-desk: 安装失败，完整记录见 .venv/install.log" >&2
    exit 1
  fi
  echo "$wanted" >"$stamp"
fi
.venv/bin/hotline-desk "$@" demo --if-empty
exec .venv/bin/hotline-desk "$@"
