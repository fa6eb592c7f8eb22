"""工单 → 打印疑难工单呈批单…: the sheet of the ticket shown, in a print preview
(print from there) or saved as PDF. The leader's instruction, once recorded
(领导批示), is on the sheet when it is printed again. The sheet is read on a
worker (main_window) with its pictures drawn there (``sheet_pictures``);
only the laying out happens here, on the GUI thread."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QWidget

from hotline_desk.gui.qt.i18n import tr
from hotline_desk.gui.qt.print_preview import PrintPreview
from hotline_desk.printing.documents import SheetPictures, sheet_document, write_pdf
from hotline_desk.services.difficult_sheet import Sheet


def preview_sheet(
    sheet: Sheet, pictures: SheetPictures, now: datetime, parent: QWidget
) -> PrintPreview:
    number = sheet.content.ticket.number
    preview = PrintPreview(
        sheet_document(sheet, now, pictures=pictures),
        tr("疑难工单呈批单 {number}").format(number=number),
        f"疑难工单呈批单 {number}",
        parent,
    )
    preview.open()
    return preview


def save_sheet_pdf(sheet: Sheet, pictures: SheetPictures, now: datetime, path: Path) -> None:
    write_pdf(
        sheet_document(sheet, now, pictures=pictures),
        path,
        f"疑难工单呈批单 {sheet.content.ticket.number}",
    )
