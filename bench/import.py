"""Import speed: rows per second against the reader alone, and peak memory.

    python bench/import.py FILE [--mapping FILE]

Reads FILE once with the reader alone (openpyxl read-only or csv), then
imports it into a fresh SQLite database in a temporary folder; prints both
rates and the process's peak memory.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hotline_desk.domain.clock import FixedClock  # noqa: E402
from hotline_desk.services.context import AppContext  # noqa: E402
from hotline_desk.services.demo import generate  # noqa: E402
from hotline_desk.services.importer import import_file, load_mapping, read_rows  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("file", type=Path)
    parser.add_argument("--mapping", type=Path)
    args = parser.parse_args()
    started = time.perf_counter()
    rows = sum(1 for _ in read_rows(args.file))
    read_seconds = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as folder:
        context = AppContext.open(
            f"sqlite:///{Path(folder) / 'import.sqlite3'}",
            FixedClock(datetime(2026, 11, 23, 10, 0)),
        )
        generate(context, 0)
        mapping = load_mapping(args.mapping) if args.mapping else None
        started = time.perf_counter()
        report = import_file(context, args.file, mapping)
        import_seconds = time.perf_counter() - started
        context.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{args.file.name}: {rows:,} rows")
    print(f"  reader alone   {rows / read_seconds:10,.0f} rows/s  ({read_seconds:.2f} s)")
    print(
        f"  import         {report.read / import_seconds:10,.0f} rows/s  ({import_seconds:.2f} s;"
        f" {report.imported:,} imported, {report.rejected:,} rejected)"
    )
    print(f"  peak memory    {peak_mb:,.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
