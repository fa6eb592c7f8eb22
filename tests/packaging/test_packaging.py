"""The built wheel, installed into a fresh venv and run from elsewhere, finds its data."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_wheel_installs_and_runs_from_another_directory(tmp_path: Path):
    wheel_dir = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheel_dir), str(ROOT)],
        check=True,
        cwd=tmp_path,
    )
    (wheel,) = wheel_dir.glob("hotline_desk-*.whl")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = Path(
        subprocess.check_output(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            text=True,
        ).strip()
    )
    # The dependencies come from the test environment; the package itself from the wheel.
    (site / "zz_test_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "-q",
            "--no-deps",
            str(wheel),
        ],
        check=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "HOTLINE_DESK_DB")}
    env["HOME"] = str(tmp_path / "home")  # the default SQLite file goes under it
    env["XDG_DATA_HOME"] = str(tmp_path / "home" / "data")

    def cli(*args: str) -> str:
        return subprocess.run(
            [str(venv / "bin" / "hotline-desk"), *args],
            cwd=elsewhere,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout

    assert cli("--version").strip() == "hotline-desk 0.1.0"
    upgraded = cli("db", "upgrade")  # migrations found in the wheel
    assert (
        f"结构版本 {sorted(p.name for p in (ROOT / 'db' / 'versions').glob('0*.py'))[-1][:4]}"
        in upgraded
    )
    assert (tmp_path / "home" / "data" / "hotline-desk" / "hotline-desk.sqlite3").exists()
    rules = json.loads(cli("rules", "list", "--format", "json"))  # presets from resources/
    assert any(r["code"] == "12345.dispatch" for r in rules)
    where = subprocess.run(
        [str(python), "-c", "import hotline_desk.paths as p; print(p.data_root())"],
        cwd=elsewhere,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    assert where.startswith(str(site)) and where.endswith("_bundled")
    assert Path(where, "ui").is_dir()
