"""The glibc floor's two tools on real files: the ELF check fails on a
library that needs a newer glibc than the floor (PySide6 6.11's Qt, built
for glibc 2.34) and passes it at a floor above; the header binds the math
functions glibc 2.29 re-versioned back to their old versions, and never a
function whose old version has another signature."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHECK = ROOT / "packaging" / "check_elf_floor.py"
HEADER = ROOT / "packaging" / "compat" / "glibc_floor_header.py"

pytestmark = pytest.mark.skipif(shutil.which("readelf") is None, reason="readelf (binutils)")


def _qt_core(tmp_path: Path) -> Path:
    import PySide6

    library = next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libQt6Core.so.*"))
    folder = tmp_path / "bundle"
    folder.mkdir()
    shutil.copy(library, folder / library.name)
    (folder / "README.txt").write_text("not an ELF file")
    return folder


def _run(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *map(str, args)], capture_output=True, text=True, check=False
    )


def test_a_library_above_the_floor_fails_the_check_and_passes_below(tmp_path):
    folder = _qt_core(tmp_path)
    needed = _run(CHECK, folder, "--glibc", "2.99", "--glibcxx", "3.4.99", "--cxxabi", "1.3.99")
    assert needed.returncode == 0, needed.stderr
    newest = next(line for line in needed.stdout.splitlines() if line.startswith("GLIBC:"))
    version = tuple(int(p) for p in newest.split()[3].split("."))
    assert version > (2, 28)  # this machine's PySide6: a manylinux_2_34 wheel
    failed = _run(CHECK, folder, "--glibc", "2.28", "--glibcxx", "3.4.99", "--cxxabi", "1.3.99")
    assert failed.returncode == 1
    assert "libQt6Core.so" in failed.stderr and "needs GLIBC_2." in failed.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    assert _run(CHECK, empty).returncode == 1  # nothing to check is no pass


def test_the_header_binds_the_re_versioned_math_back_and_nothing_whose_signature_changed():
    done = _run(HEADER, "/", "2.28")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    if (
        subprocess.run(["ldd", "--version"], capture_output=True, text=True).stdout.split()[-1]
        < "2.29"
    ):
        pytest.skip("this system's glibc is older than the re-versioning")
    base = (
        "2.17"
        if "aarch64" in subprocess.run(["uname", "-m"], capture_output=True, text=True).stdout
        else "2.2.5"
    )
    for function in ("exp", "log", "pow"):
        assert f'__asm__(".symver {function},{function}@GLIBC_{base}");' in lines
    assert not [line for line in lines if "totalorder" in line]
