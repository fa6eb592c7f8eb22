"""Small pictures of attachments: an image scaled down as it is read (a
10 MB photo never decoded at full size), a PDF's first page rendered.

Plain QImage work – no widget – so it runs on a worker thread: the 附件
tab makes its thumbnails there, and the difficult-ticket sheet prints them
as a page of evidence.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPainter

from hotline_desk.domain.attachments import IMAGES, PDF

EDGE = 72  # the list's thumbnails fit a square this many pixels wide


def thumbnail(kind: str, data: bytes, edge: int = EDGE) -> QImage | None:
    """The content as a picture within ``edge``×``edge``; None when it cannot
    be drawn (damaged, or a kind with no picture)."""
    if kind == PDF:
        return _first_page(data, edge)
    if kind in IMAGES:
        return _scaled_image(data, edge)
    return None


def _scaled_image(data: bytes, edge: int) -> QImage | None:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # a phone's photo the right way up
    size = reader.size()
    if size.isValid() and (size.width() > edge or size.height() > edge):
        reader.setScaledSize(size.scaled(edge, edge, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return None
    if image.width() > edge or image.height() > edge:  # a reader that cannot scale
        image = image.scaled(
            edge, edge, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )  # fmt: skip
    return image


def _first_page(data: bytes, edge: int) -> QImage | None:
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        return None
    page = document.pagePointSize(0).toSize()
    if page.isEmpty():
        return None
    drawn = document.render(0, page.scaled(QSize(edge, edge), Qt.AspectRatioMode.KeepAspectRatio))
    document.close()
    if drawn.isNull():
        return None
    paper = QImage(drawn.size(), QImage.Format.Format_RGB32)  # the page is transparent: on white
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, drawn)
    painter.end()
    return paper
