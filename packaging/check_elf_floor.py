"""Fails when a program or library in a folder needs a newer C library than
the oldest system the package is for.

    python packaging/check_elf_floor.py DIR [--glibc 2.28] [--glibcxx 3.4.25]

Every ELF file under DIR is read with ``readelf --dyn-syms`` (any
architecture's: an arm64 bundle is checked on x86-64); the symbol versions
it asks of glibc (GLIBC_x.y) and of the system's C++ library (GLIBCXX_x.y.z,
CXXABI_x.y – libstdc++ is left to the system: a bundled older one would
break the system's graphics drivers) must not pass the floor. The floor's
defaults are 统信 UOS 20 / Debian 10's: glibc 2.28, GCC 8's libstdc++
(GLIBCXX_3.4.25, CXXABI_1.3.11). Prints the newest of each and every file
over the floor; exit 1 when there is one.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

VERSIONED = re.compile(r"@(GLIBC|GLIBCXX|CXXABI)_([0-9.]+)")
ELF_MAGIC = b"\x7fELF"


def version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("."))


def elf_files(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == ELF_MAGIC:
                    yield path


def needs(path: Path) -> dict[str, tuple[int, ...]]:
    """The newest version of each library family the file asks for (its
    undefined, i.e. imported, symbols only)."""
    listing = subprocess.run(
        ["readelf", "--dyn-syms", "--wide", str(path)], capture_output=True, text=True, check=False
    ).stdout
    newest: dict[str, tuple[int, ...]] = {}
    for line in listing.splitlines():
        if " UND " not in line:
            continue
        for family, number in VERSIONED.findall(line):
            found = version(number)
            if found > newest.get(family, ()):
                newest[family] = found
    return newest


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--glibc", default="2.28")
    parser.add_argument("--glibcxx", default="3.4.25")
    parser.add_argument("--cxxabi", default="1.3.11")
    args = parser.parse_args()
    floor = {
        "GLIBC": version(args.glibc),
        "GLIBCXX": version(args.glibcxx),
        "CXXABI": version(args.cxxabi),
    }
    files = list(elf_files(args.folder))
    if not files:
        print(f"no ELF file under {args.folder}", file=sys.stderr)
        return 1
    newest: dict[str, tuple[tuple[int, ...], Path]] = {}
    over = []
    for path in files:
        for family, found in needs(path).items():
            if found > newest.get(family, ((), path))[0]:
                newest[family] = (found, path)
            if found > floor[family]:
                shown = ".".join(map(str, found))
                over.append(f"  {path.relative_to(args.folder)} needs {family}_{shown}")
    for family, (found, path) in sorted(newest.items()):
        print(
            f"{family}: newest needed {'.'.join(map(str, found))} "
            f"({path.relative_to(args.folder)}); floor {'.'.join(map(str, floor[family]))}"
        )
    print(f"{len(files)} ELF files read")
    if over:
        print(f"{len(over)} needs above the floor:\n" + "\n".join(over), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
