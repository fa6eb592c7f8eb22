"""工单 → 打印疑难工单呈批单…: the sheet of the ticket shown, in a print preview
(print from there) or saved as PDF. The leader's instruction, once recorded
(领导批示), is on the sheet when it is printed again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from hotline_desk.gui.i18n import tr
from hotline_desk.printing.documents import a4_layout, print_document, sheet_document, write_pdf
from hotline_desk.services.context import AppContext
from hotline_desk.services.difficult_sheet import sheet_for


def _document(context: AppContext, number: str) -> QTextDocument:
    return sheet_document(sheet_for(context, number), context.clock.now())


def preview_sheet(context: AppContext, number: str, parent: QWidget) -> QPrintPreviewDialog:
    document = _document(context, number)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(a4_layout())
    printer.setDocName(f"疑难工单呈批单 {number}")
    preview = QPrintPreviewDialog(printer, parent)
    preview.setWindowTitle(tr("疑难工单呈批单 {number}").format(number=number))
    preview.paintRequested.connect(lambda p: print_document(document, p))
    preview.open()
    return preview


def save_sheet_pdf(context: AppContext, number: str, path: Path) -> None:
    write_pdf(_document(context, number), path, f"疑难工单呈批单 {number}")
