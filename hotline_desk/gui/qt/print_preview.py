"""A print preview that owns its printer and its document.

Qt's QPrintPreviewDialog keeps only a pointer to the QPrinter it is given. A
printer made in a function and handed over is collected by Python when the
function returns, and the preview's next paint – a page change, a zoom, the
print button – reads freed memory and the whole application dies (it did:
工单 → 打印疑难工单呈批单 and 月度统计 → 打印预览). Here the dialog holds both
for as long as it lives.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from hotline_desk.printing.documents import a4_layout, print_document


class PrintPreview(QPrintPreviewDialog):
    def __init__(
        self, document: QTextDocument, title: str, doc_name: str, parent: QWidget | None
    ) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(a4_layout())
        printer.setDocName(doc_name)
        super().__init__(printer, parent)
        self.owned_printer = printer  # lives as long as the dialog (see the module's note)
        self.document = document
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self.paintRequested.connect(self._paint)

    def _paint(self, printer: QPrinter) -> None:
        print_document(self.document, printer)
