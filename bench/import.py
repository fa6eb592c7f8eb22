"""Import speed: rows per second against the reader alone, and peak memory.

    python bench/import.py FILE [FILE ...] [--mapping FILE]
    python bench/import.py --generate 100000     # writes and measures a 12345 export
                                                 # as .xlsx and .csv in bench/out/

For each file: the raw read by the reader alone (calamine for workbooks,
with openpyxl's read-only mode beside it for comparison; the csv module for
CSV), then the import into a fresh SQLite database, then importing the same
file again (every ticket known: the daily in-step check). Each measurement
runs in its own process, so its peak memory is its own.
"""

from __future__ import annotations

import argparse
import csv
import multiprocessing
import resource
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hotline_desk.domain.clock import FixedClock  # noqa: E402
from hotline_desk.services.context import AppContext  # noqa: E402
from hotline_desk.services.demo import generate  # noqa: E402
from hotline_desk.services.importer import import_file, load_mapping, read_rows  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
HEADER = ["工单编号", "受理时间", "诉求类型", "工单标题", "诉求内容", "联系电话", "事件发生地",
          "承办单位", "办理时限", "工单状态", "办结时间", "满意度"]  # fmt: skip
UNITS = ["县住建局", "县城管局", "县交通局", "县市场监管局", "城关镇", "县水利局"]


def export_rows(count: int) -> list[list[object]]:
    start = datetime(2025, 1, 2, 8, 0)
    rows: list[list[object]] = []
    for n in range(count):
        received = start + timedelta(minutes=7 * n)
        closed = n % 5 != 0
        rows.append(
            [
                f"SZ{n:08d}",
                received,
                ("投诉", "求助", "咨询", "建议")[n % 4],
                f"第 {n} 号诉求",
                f"群众反映小区第 {n % 97} 栋附近路灯不亮、道路积水，请尽快处理。编号 {n}",
                f"139{n % 100_000_000:08d}",
                f"城关镇建设路 {n % 300} 号",
                UNITS[n % len(UNITS)],
                received + timedelta(days=7),
                "已办结" if closed else "办理中",
                received + timedelta(days=5) if closed else None,
                "满意" if closed else None,
            ]
        )
    return rows


def write_exports(count: int) -> list[Path]:
    from openpyxl import Workbook

    OUT.mkdir(exist_ok=True)
    rows = export_rows(count)
    xlsx, text = OUT / f"export-{count}.xlsx", OUT / f"export-{count}.csv"
    book = Workbook(write_only=True)
    sheet = book.create_sheet("工单")
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(xlsx)
    with text.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for row in rows:
            writer.writerow(
                [f"{v:%Y-%m-%d %H:%M:%S}" if isinstance(v, datetime) else v for v in row]
            )
    return [xlsx, text]


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _read_alone(path: Path, reader: str) -> tuple[int, float, float]:
    started = time.perf_counter()
    if reader == "openpyxl":
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True, data_only=True)
        rows = sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
        book.close()
    else:
        rows = sum(1 for _ in read_rows(path))
    return rows, time.perf_counter() - started, _peak_mb()


def _import_twice(path: Path, mapping: Path | None) -> tuple[list[tuple[float, str]], float]:
    results = []
    with tempfile.TemporaryDirectory() as folder:
        context = AppContext.open(
            f"sqlite:///{Path(folder) / 'import.sqlite3'}",
            FixedClock(datetime(2026, 11, 23, 10, 0)),
        )
        generate(context, 0)
        chosen = load_mapping(mapping) if mapping else None
        for _ in range(2):
            started = time.perf_counter()
            report = import_file(context, path, chosen)
            seconds = time.perf_counter() - started
            results.append(
                (
                    seconds,
                    f"{report.read:,} read, {report.imported:,} imported, "
                    f"{report.unchanged:,} unchanged, {report.rejected:,} rejected",
                )
            )
        context.close()
    return results, _peak_mb()


def _in_child(func, *args):  # type: ignore[no-untyped-def]
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        return pool.apply(func, args)


def measure(path: Path, mapping: Path | None) -> None:
    readers = ["openpyxl", "calamine"] if path.suffix.lower() in (".xlsx", ".xlsm") else []
    readers = readers or ["csv" if path.suffix.lower() == ".csv" else "calamine"]
    print(f"{path.name}  ({path.stat().st_size / 1e6:.1f} MB)")
    rows = 0
    for reader in readers:
        rows, seconds, peak = _in_child(_read_alone, path, reader)
        print(
            f"  {reader:<9} alone {rows / seconds:10,.0f} rows/s  ({seconds:6.2f} s, peak {peak:,.0f} MB)"
        )
    runs, peak = _in_child(_import_twice, path, mapping)
    for label, (seconds, what) in zip(("import", "again"), runs, strict=True):
        print(f"  {label:<15} {rows / seconds:10,.0f} rows/s  ({seconds:6.2f} s; {what})")
    print(f"  import peak memory {peak:,.0f} MB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", type=Path, nargs="*")
    parser.add_argument("--mapping", type=Path)
    parser.add_argument("--generate", type=int, metavar="ROWS")
    args = parser.parse_args()
    files = list(args.files)
    if args.generate:
        files += write_exports(args.generate)
    for path in files:
        measure(path, args.mapping)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
