"""Rows written to workbooks and CSV files so that no cell is ever a formula.

Every workbook and CSV the application writes goes through :func:`xlsx_row`
or :func:`csv_row`: a text cell stays the text it was (a formula-looking one
is stored as text with Excel's quote prefix, so editing it keeps it text),
and control characters that would break the file are replaced.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from hotline_desk.domain.sheet_text import csv_inert, reads_as_formula, xml_safe


def xlsx_row(sheet: Any, values: Iterable[object]) -> list[object]:
    """``values`` ready for ``sheet.append`` (write-only or not)."""
    from openpyxl.cell import WriteOnlyCell

    row: list[object] = []
    for value in values:
        if isinstance(value, str):
            value = xml_safe(value)
            if reads_as_formula(value):
                cell = WriteOnlyCell(sheet, value=value)
                cell.data_type = "s"  # never "f": the text is shown, not run
                cell.quotePrefix = True
                value = cell
        row.append(value)
    return row


def append_rows(sheet: Any, rows: Iterable[Sequence[object]]) -> None:
    for values in rows:
        sheet.append(xlsx_row(sheet, values))


def csv_row(values: Iterable[object]) -> list[object]:
    return [csv_inert(value) for value in values]
