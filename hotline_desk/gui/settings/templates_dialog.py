"""Managing the reply templates (答复参考范本)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hotline_desk.domain.reply_templates import FEEDBACK_PARTS, ReplyTemplate
from hotline_desk.gui.qt.i18n import tr, tr_domain
from hotline_desk.gui.qt.operations import write
from hotline_desk.gui.qt.tasks import runner_for
from hotline_desk.gui.qt.widgets import error_label
from hotline_desk.services.changes import Changes
from hotline_desk.services.context import AppContext
from hotline_desk.services.reply_templates import (
    list_templates,
    remove_template,
    save_template,
)

if TYPE_CHECKING:  # the window opens these; they never import it at run time
    from hotline_desk.gui.mainwindow.window import MainWindow


class TemplatesDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = runner_for(parent)
        self.setWindowTitle(tr("答复参考范本"))
        self.resize(640, 560)
        self.context = context
        self.templates: list[ReplyTemplate] = []
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._edit)
        self.code = QLineEdit()
        self.name = QLineEdit()
        self.required = {
            part: QCheckBox(tr_domain(label)) for part, label in FEEDBACK_PARTS.items()
        }
        self.starters = {part: QLineEdit() for part in FEEDBACK_PARTS}
        form = QFormLayout()
        form.addRow(tr("编号"), self.code)
        form.addRow(tr("名称"), self.name)
        checks = QHBoxLayout()
        for box in self.required.values():
            checks.addWidget(box)
        form.addRow(tr("必须填写"), checks)
        for part, edit in self.starters.items():
            form.addRow(tr("{part}开头").format(part=tr_domain(FEEDBACK_PARTS[part])), edit)
        self.save_button = QPushButton(tr("保存"))
        self.new_button = QPushButton(tr("新增"))
        self.remove_button = QPushButton(tr("删除"))
        self.to_knowledge = QPushButton(tr("存为知识条目(&K)…"))
        self.to_knowledge.setToolTip(tr("以所选范本起草一个知识条目，保存前可修改"))
        self.to_knowledge.clicked.connect(self.save_as_knowledge)
        self.knowledge: QDialog | None = None
        self.save_button.clicked.connect(self.save)
        self.new_button.clicked.connect(self.start_new)
        self.remove_button.clicked.connect(self.remove)
        self.error = error_label()
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.remove_button, self.to_knowledge):
            buttons.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.refresh()

    def refresh(self, select: str = "") -> None:
        context = self.context
        self.tasks.run(
            "templates", lambda: list_templates(context), lambda found: self._show(found, select)
        )

    def _show(self, templates: list[ReplyTemplate], select: str) -> None:
        self.templates = templates
        self.list.clear()
        for template in self.templates:
            self.list.addItem(template.name)
        codes = [t.code for t in self.templates]
        if select in codes:
            self.list.setCurrentRow(codes.index(select))

    def _edit(self, row: int) -> None:
        if not 0 <= row < len(self.templates):
            return
        template = self.templates[row]
        self.code.setText(template.code)
        self.code.setReadOnly(True)
        self.name.setText(template.name)
        for part, box in self.required.items():
            box.setChecked(part in template.required)
        for part, edit in self.starters.items():
            edit.setText(template.starters.get(part, ""))

    def save_as_knowledge(self) -> QDialog | None:
        """保存为知识条目: the knowledge base opens on the template's name with
        an entry drafted from it, for the desk to complete and save."""
        from hotline_desk.gui.knowledge.dialog import open_knowledge, template_draft

        row = self.list.currentRow()
        if not 0 <= row < len(self.templates):
            self.error.setText(tr("请先在列表中选择一个范本"))
            return None
        template = self.templates[row]
        dialog = open_knowledge(self, self.context, self.tasks, template.name)
        dialog.ask_entry(None, template_draft(template))
        self.knowledge = dialog
        return dialog

    def start_new(self) -> None:
        self.list.setCurrentRow(-1)
        self.code.setReadOnly(False)
        for edit in (self.code, self.name, *self.starters.values()):
            edit.clear()
        for box in self.required.values():
            box.setChecked(False)

    def save(self) -> None:
        template = ReplyTemplate(
            self.code.text().strip(),
            self.name.text().strip(),
            tuple(p for p, box in self.required.items() if box.isChecked()),
            {p: e.text() for p, e in self.starters.items() if e.text().strip()},
        )
        context = self.context

        def saved(_result: object) -> None:
            self.error.show_done(tr("已保存：{name}").format(name=template.name))
            self.refresh(select=template.code)

        write(self, lambda: save_template(context, template), self.error, saved, REFERENCE)

    def remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.templates):
            context, code = self.context, self.templates[row].code
            write(
                self,
                lambda: remove_template(context, code),
                self.error,
                lambda _r: self.refresh(),
                REFERENCE,
            )


REFERENCE = Changes.of_reference()


def open_from(window: MainWindow) -> TemplatesDialog:
    dialog = TemplatesDialog(window.context, window)
    dialog.open()
    return dialog
