"""Hostile files against the import: time and peak memory of each, measured
in its own process (ru_maxrss of the child).

    python bench/hostile_files.py            # writes the files into bench/out/ once

- a 3 MB .xlsx whose sheet expands to 1.1 GB (a zip bomb);
- a .xlsx of 1,048,576 rows of junk (Excel's whole sheet);
- a CSV of 1,048,576 rows of junk;
- a CSV of mixed encodings with a field of 200 KB.

The aims (issue 25): peak under 300 MB for any input; a million rows of junk
rejected in under 60 s with a summary.
"""

from __future__ import annotations

import csv
import multiprocessing
import resource
import sys
import tempfile
import time
import zipfile
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hotline_desk.domain.clock import FixedClock  # noqa: E402
from hotline_desk.services.context import AppContext  # noqa: E402
from hotline_desk.services.errors import InputError  # noqa: E402
from hotline_desk.services.importer import import_file  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
ROWS = 1_048_576
HEADER = ["工单编号", "受理时间", "诉求类型", "诉求内容"]


def zip_bomb(path: Path, expanded: int = 1_100_000_000) -> None:
    head = (
        b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
        b'spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as book:
        book.writestr("[Content_Types].xml", "<Types/>")
        with book.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(head)
            chunk = b"A" * 10_000_000
            for _ in range(expanded // len(chunk)):
                sheet.write(chunk)
            sheet.write(b"</t></is></c></row></sheetData></worksheet>")


def junk_xlsx(path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("工单")
    sheet.append(HEADER)
    for i in range(ROWS - 1):
        sheet.append([f"J{i}", "junk", "?", ""])
    book.save(path)


def junk_csv(path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for i in range(ROWS - 1):
            writer.writerow([f"J{i}", "junk", "?", ""])


def mixed_csv(path: Path) -> None:
    with path.open("wb") as handle:
        handle.write((",".join(HEADER) + "\n").encode("utf-8"))
        for i in range(20_000):
            line = f"X{i},2026-11-20 10:00,求助,路灯不亮\n"
            encoding = "gb18030" if i % 7 == 0 else "utf-8"
            handle.write(line.encode(encoding))
        handle.write(("X-long,2026-11-20 10:00,求助," + "长" * 200_000 + "\n").encode("utf-8"))


def _measure(path: Path, answer: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    with tempfile.TemporaryDirectory() as folder:
        context = AppContext.open(
            f"sqlite:///{folder}/b.sqlite3", FixedClock(datetime(2026, 11, 23, 10)), "bench"
        )
        started = time.perf_counter()
        try:
            report = import_file(context, path)
            outcome = (
                f"read {report.read:,}, imported {report.imported:,}, "
                f"rejected {report.rejected:,}, listed {len(report.errors):,}"
                + (f"; stopped: {report.stopped}" if report.stopped else "")
            )
        except InputError as error:
            outcome = f"refused: {error}"
        seconds = time.perf_counter() - started
        context.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    answer.put((seconds, peak_mb, outcome))


def main() -> None:
    OUT.mkdir(exist_ok=True)
    files = {
        "zip bomb (1.1 GB expanded)": (OUT / "hostile-bomb.xlsx", zip_bomb),
        "1,048,576 rows of junk (.xlsx)": (OUT / "hostile-junk.xlsx", junk_xlsx),
        "1,048,576 rows of junk (.csv)": (OUT / "hostile-junk.csv", junk_csv),
        "mixed encodings + a 200 KB field": (OUT / "hostile-mixed.csv", mixed_csv),
    }
    for label, (path, make) in files.items():
        if not path.exists():
            make(path)
        queue: multiprocessing.Queue = multiprocessing.Queue()  # type: ignore[type-arg]
        child = multiprocessing.Process(target=_measure, args=(path, queue))
        child.start()
        seconds, peak, outcome = queue.get()
        child.join()
        size = path.stat().st_size / 1_000_000
        print(f"{label:<34} {size:6.1f} MB file  {seconds:6.1f} s  peak {peak:5.0f} MB  {outcome}")


if __name__ == "__main__":
    main()
