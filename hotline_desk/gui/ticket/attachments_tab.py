"""附件: the ticket's files beside its history – added from a file dialog, by
dragging files onto the list, or by pasting an image (Ctrl+V); opened in
the system's viewer, saved elsewhere, removed. Each add, opening and removal
is an event on the ticket, written on a worker (gui/qt/operations.py).

Thumbnails of the images and PDFs are shown when asked (显示缩略图): a
photo or a letter may show the caller, so seeing them is a look on record
like opening one, and only for the roles that may see callers. A new file
can be put on one of the ticket's events (the unit's reply, the callback,
a request for more time) chosen in 附于.

An opened file is written to a private temporary folder under a name made
from its kind (never the name it came with), so the viewer that opens it is
the one for that kind of content.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QImage,
    QKeySequence,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from hotline_desk.domain.attachments import Attachment, shown_size
from hotline_desk.domain.lifecycle import action_label
from hotline_desk.gui.qt.error_text import failure_text
from hotline_desk.gui.qt.form_dialog import FormDialog, FormSpec
from hotline_desk.gui.qt.i18n import tr, tr_domain
from hotline_desk.gui.qt.operations import WriteOp
from hotline_desk.gui.qt.tasks import TaskRunner
from hotline_desk.gui.qt.widgets import close_buttons, fill_table, read_only_table
from hotline_desk.printing.thumbnails import EDGE, thumbnail
from hotline_desk.services import attachments
from hotline_desk.services.attachments import EventTarget, NewFile
from hotline_desk.services.changes import Changes
from hotline_desk.services.context import AppContext

SUFFIXES = {
    "image/jpeg": ".jpg", "image/png": ".png", "image/gif": ".gif", "image/bmp": ".bmp",
    "image/webp": ".webp", "application/pdf": ".pdf", "text/plain": ".txt",
    "application/x-ole": ".doc", "application/x-ooxml": ".docx",
}  # fmt: skip


class AttachmentsTab(QWidget):
    def __init__(self, context: AppContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.tasks = context, tasks
        self.setAcceptDrops(True)
        self.summary = QLabel(tr("把文件拖到这里，或按“添加”；Ctrl+V 粘贴截图"))
        self.summary.setWordWrap(True)
        self.table = read_only_table(
            [tr("文件"), tr("类型"), tr("大小"), tr("所属记录"), tr("添加")]
        )
        self.table.setIconSize(QSize(EDGE, EDGE))
        self.table.setObjectName("attachmentsTable")
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.itemSelectionChanged.connect(self._enable)
        self.table.cellActivated.connect(lambda _r, _c: self.open_chosen())
        self.add_button = QPushButton(tr("添加(&A)…"))
        self.open_button = QPushButton(tr("打开(&O)"))
        self.save_button = QPushButton(tr("另存为(&E)…"))
        self.remove_button = QPushButton(tr("删除(&D)…"))
        self.thumbs_button = QPushButton(tr("缩略图(&P)"))
        self.thumbs_button.setToolTip(tr("图片和 PDF 的缩略图；查看记入办理记录"))
        self.target = QComboBox()
        self.target.setObjectName("attachmentTarget")
        self.target_label = QLabel(tr("附于(&B)："))
        self.target_label.setBuddy(self.target)
        self.add_button.clicked.connect(self.ask_files)
        self.thumbs_button.clicked.connect(self.show_thumbnails)
        self.open_button.clicked.connect(self.open_chosen)
        self.save_button.clicked.connect(self.save_chosen)
        self.remove_button.clicked.connect(self.ask_remove)
        paste = QShortcut(QKeySequence.StandardKey.Paste, self)
        paste.activated.connect(self.paste_image)
        # Three columns: the detail is narrow at 125 % and a row of five is clipped.
        grid = QGridLayout()
        grid.addWidget(self.target_label, 0, 0)
        grid.addWidget(self.target, 0, 1, 1, 2)
        for index, button in enumerate(
            (self.add_button, self.open_button, self.save_button, self.remove_button,
             self.thumbs_button)
        ):  # fmt: skip
            grid.addWidget(button, 1 + index // 3, index % 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(grid)
        self.number = ""
        self.image_view: ImageView | None = None
        self.files: list[Attachment] = []
        self.targets: list[EventTarget] = []
        self.thumbs: dict[int, QPixmap] = {}  # attachment id -> its thumbnail, once looked at
        self.dialog: FormDialog | None = None
        self._enable()

    # -- showing -------------------------------------------------------------------
    def show_for(self, number: str) -> None:
        """Reads the ticket's files (and the events a new one may go on) on a worker."""
        if number != self.number:
            self.thumbs = {}
        self.number = number
        context = self.context
        self.tasks.run(
            "attachments",
            lambda: attachments.attachments_and_targets(context, number),
            self._show,
            lambda error: self.summary.setText(failure_text(error)),
        )

    def _show(self, found: tuple[list[Attachment], list[EventTarget]]) -> None:
        files, self.targets = found
        before = self.chosen()
        # The same file stays chosen when the same ticket's list is read again
        # (after opening it); another ticket's list starts with none.
        kept = before.id if before is not None and before.ticket_number == self.number else None
        self.files = files
        chosen = self.target.currentData()
        self.target.clear()
        self.target.addItem(tr("工单本身"), 0)
        for t in self.targets:
            self.target.addItem(
                tr("第 {seq} 条：{label} {when} {who}").format(
                    seq=t.seq, label=tr_domain(t.label), when=f"{t.at:%Y-%m-%d %H:%M}",
                    who=tr_domain(t.who),
                ),
                t.seq,
            )  # fmt: skip
        self.target.setCurrentIndex(max(0, self.target.findData(chosen)))
        fill_table(
            self.table,
            [
                [a.name, tr_domain(a.kind_label), shown_size(a.size), self._belongs(a),
                 f"{a.added_at:%Y-%m-%d %H:%M} {a.adder}"]
                for a in files
            ],
        )  # fmt: skip
        self._put_thumbnails()
        self.table.clearSelection()
        ids = [a.id for a in files]
        if kept in ids:
            self.table.selectRow(ids.index(kept))
        self.summary.setText(
            tr("{n} 个附件；把文件拖到这里，或按“添加”；Ctrl+V 粘贴截图").format(n=len(files))
            if files
            else tr("没有附件；把文件拖到这里，或按“添加”；Ctrl+V 粘贴截图")
        )
        self._enable()

    @staticmethod
    def _belongs(a: Attachment) -> str:
        if not a.event_seq:
            return ""
        return tr("{label}（第 {seq} 条）").format(
            label=tr_domain(action_label(a.event_action)), seq=a.event_seq
        )

    def _put_thumbnails(self) -> None:
        """The pictures looked at so far, beside their files' names."""
        for row, a in enumerate(self.files):
            pixmap = self.thumbs.get(a.id)
            item = self.table.item(row, 0)
            if pixmap is not None and item is not None:
                item.setIcon(pixmap)
                self.table.setRowHeight(row, EDGE + 8)
        self.table.resizeColumnsToContents()  # the name beside its picture

    def show_thumbnails(self) -> WriteOp[object] | None:
        """The images' and PDFs' thumbnails: read and drawn on a worker, the look on record."""
        if not self.number:
            return None
        context, number = self.context, self.number

        def look() -> list[tuple[int, QImage | None]]:
            return [
                (a.id, thumbnail(a.kind, data)) for a, data in attachments.previews(context, number)
            ]

        def shown(pictures: object) -> None:
            for attachment_id, image in pictures:  # type: ignore[attr-defined]
                if image is not None:
                    self.thumbs[attachment_id] = QPixmap.fromImage(image)
            if number == self.number:  # still the ticket shown: no need to read it again
                self._put_thumbnails()
                self._enable()

        return self._write(look, tr("正在读取缩略图…"), then=shown)

    def chosen(self) -> Attachment | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.files[rows.pop()] if len(rows) == 1 else None

    def _enable(self) -> None:
        has = self.chosen() is not None
        self.add_button.setEnabled(bool(self.number))
        self.target.setEnabled(bool(self.number))
        for button in (self.open_button, self.save_button, self.remove_button):
            button.setEnabled(has)
        self.thumbs_button.setEnabled(
            any(a.has_preview and a.id not in self.thumbs for a in self.files)
        )

    # -- adding --------------------------------------------------------------------
    def ask_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(self, tr("添加附件"))
        if paths:
            self.add_paths([Path(p) for p in paths])

    def add_paths(self, paths: list[Path]) -> WriteOp[object] | None:
        if not self.number:
            return None
        number, event = self.number, self.target.currentData() or 0

        def add() -> object:
            return attachments.attach(self.context, number, attachments.read_files(paths), event)

        return self._write(add, tr("正在添加附件…"))

    def add_files(self, files: list[NewFile]) -> WriteOp[object] | None:
        if not self.number:
            return None
        number, event = self.number, self.target.currentData() or 0
        return self._write(
            lambda: attachments.attach(self.context, number, files, event), tr("正在添加附件…")
        )

    def paste_image(self) -> WriteOp[object] | None:
        """A screenshot on the clipboard, added as a PNG."""
        image = QApplication.clipboard().image()
        if image.isNull() or not self.number:
            return None
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        stamp = self.context.clock.now()
        return self.add_files([NewFile(f"截图-{stamp:%Y%m%d-%H%M%S}.png", bytes(data.data()))])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if event.mimeData().hasUrls() and self.number:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.add_paths(paths)
            event.acceptProposedAction()

    # -- opening, saving, removing -------------------------------------------------------
    def open_chosen(self) -> WriteOp[object] | None:
        """An image in the application's own view; any other file in the
        system's viewer (the opening is on record either way)."""
        chosen = self.chosen()
        if chosen is None:
            return None
        if chosen.is_image:
            context = self.context
            return self._write(
                lambda: attachments.open_attachment(context, chosen.id)[1],
                tr("正在打开附件…"),
                then=lambda data: self._show_image(chosen, data),
            )
        context, folder = self.context, Path(tempfile.mkdtemp(prefix="hotline-attachment-"))

        def fetch() -> Path:
            attachment, data = attachments.open_attachment(context, chosen.id)
            target = folder / f"附件-{attachment.id}{SUFFIXES.get(attachment.kind, '.bin')}"
            target.write_bytes(data)
            target.chmod(0o400)
            return target

        return self._write(
            fetch,
            tr("正在打开附件…"),
            then=lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))),
        )

    def _show_image(self, attachment: Attachment, data: object) -> ImageView:
        view = ImageView(attachment, bytes(data), self)  # type: ignore[arg-type]
        self.image_view = view
        view.open()
        return view

    def save_chosen(self) -> WriteOp[object] | None:
        chosen = self.chosen()
        if chosen is None:
            return None
        target, _filter = QFileDialog.getSaveFileName(self, tr("另存附件"), chosen.name)
        if not target:
            return None
        context = self.context
        return self._write(
            lambda: attachments.save_attachment(context, chosen.id, Path(target)),
            tr("正在保存附件…"),
        )

    def ask_remove(self) -> FormDialog | None:
        chosen = self.chosen()
        if chosen is None:
            return None
        context = self.context
        spec = FormSpec(
            tr("删除附件"),
            [],
            note=tr(
                "从工单删除附件「{name}」？删除记入办理记录；文件内容在备份轮换后清除。"
            ).format(name=chosen.name),
        )
        form = FormDialog(
            spec,
            lambda _v: attachments.remove_attachment(context, chosen.id),
            self,
            Changes.of_tickets(self.number),
        )
        form.setObjectName("form_detach")
        self.dialog = form
        form.open()
        return form

    def _write(self, op, progress: str, then=None) -> WriteOp[object]:  # type: ignore[no-untyped-def]
        def done(result: object) -> None:
            self.summary.setText("")
            if then is not None:
                then(result)

        return (
            WriteOp(self, op, Changes.of_tickets(self.number), progress)
            .success(done)
            .failure(lambda error: self.summary.setText(failure_text(error)))
            .run()
        )


class ImageView(QDialog):
    """An image attachment at the size the screen allows (its content is
    already on record as opened)."""

    def __init__(self, attachment: Attachment, data: bytes, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ImageView")
        self.setWindowTitle(attachment.name)
        image = QImage.fromData(data)
        self.image = QLabel()
        self.image.setObjectName("attachmentImage")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        screen = self.screen().availableGeometry() if self.screen() else None
        limit = (
            QSize(int(screen.width() * 0.8), int(screen.height() * 0.7))
            if screen
            else QSize(800, 600)
        )
        if image.isNull():
            self.image.setText(tr("无法显示这张图片（内容损坏？可以另存后用其他程序打开）"))
        else:
            pixmap = QPixmap.fromImage(image)
            if pixmap.width() > limit.width() or pixmap.height() > limit.height():
                pixmap = pixmap.scaled(
                    limit, Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )  # fmt: skip
            self.image.setPixmap(pixmap)
        caption = QLabel(
            tr("{name}（{kind}，{size}），{who} {when} 添加").format(
                name=attachment.name, kind=tr_domain(attachment.kind_label),
                size=shown_size(attachment.size), who=attachment.adder,
                when=f"{attachment.added_at:%Y-%m-%d %H:%M}",
            )
        )  # fmt: skip
        caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.image, 1)
        layout.addWidget(caption)
        layout.addWidget(close_buttons(self))
