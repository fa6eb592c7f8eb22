"""知识库: search the office's answers and their policy basis; the general desk
and the admin add, edit and retire entries.

Opened from 工具 → 知识库 (Ctrl+K), from the ticket (its words searched at
once), and from the feedback and callback forms, where 插入依据 (Alt+I) puts
the chosen entry's basis into the form's field – text the operator sees and
edits, never an answer recorded for them. Every read runs on a worker; every
write is an operation (gui/qt/operations.py).
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hotline_desk.domain.knowledge import (
    CHANGE_LABELS,
    ENTRY_FIELDS,
    STATUS_LABELS,
    EntryChange,
    KnowledgeEntry,
    field_label,
)
from hotline_desk.domain.lifecycle import Action
from hotline_desk.domain.lifecycle.roles import KNOWLEDGE_EDITORS
from hotline_desk.domain.reply_templates import ReplyTemplate
from hotline_desk.gui.qt.error_text import failure_text
from hotline_desk.gui.qt.form_dialog import Field, FormDialog, FormSpec
from hotline_desk.gui.qt.i18n import tr, tr_domain
from hotline_desk.gui.qt.tasks import TaskRunner
from hotline_desk.gui.qt.widgets import close_buttons, error_label, fill_table, read_only_table
from hotline_desk.services import knowledge
from hotline_desk.services.changes import NOTHING
from hotline_desk.services.context import AppContext
from hotline_desk.services.directory import staff_role
from hotline_desk.services.ticket_actions import Kind
from hotline_desk.services.tickets import TicketView

SEARCH_DELAY_MS = 250  # typing pauses this long before the search runs

# The entry form's fields: (key, kind, required).
ENTRY_FORM = (
    ("title", Kind.TEXT, True),
    ("category", Kind.TEXT, False),
    ("answer", Kind.MULTILINE, True),
    ("basis", Kind.MULTILINE, False),
    ("source_unit", Kind.TEXT, False),
    ("keywords", Kind.TEXT, False),
    ("effective", Kind.TEXT, False),
    ("review_due", Kind.TEXT, False),
)


class KnowledgeDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        query: str = "",
        insert: Callable[[str], None] | None = None,
        draft: dict[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("KnowledgeDialog")
        self.context, self.tasks, self.insert_into = context, tasks, insert
        self.draft = draft  # a unit's feedback to save as an entry (保存为知识条目)
        self.setWindowTitle(tr("知识库"))
        self.resize(980, 560)
        self.search_box = QLineEdit(query)
        self.search_box.setPlaceholderText(tr("输入两个字以上查找：标题、答复、依据、关键词"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.selectAll()  # the ticket's category searched; typing replaces it
        self.status = QComboBox()
        for label, value in (
            (tr("有效和待复核"), ("active", "review")),
            (tr("待复核"), ("review",)),
            (tr("已失效"), ("retired",)),
            (tr("全部"), ("active", "review", "retired")),
        ):
            self.status.addItem(label, value)
        self.table = read_only_table([tr("标题"), tr("分类"), tr("状态"), tr("依据")])
        self.table.setObjectName("knowledgeTable")
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.itemSelectionChanged.connect(self._chosen)
        self.detail = QTextBrowser()
        self.detail.setObjectName("knowledgeDetail")
        self.summary = QLabel()
        self.error = error_label()
        self.insert_button = QPushButton(tr("插入依据(&I)"))
        self.insert_button.setObjectName("knowledgeInsert")
        self.insert_button.setToolTip(tr("把所选条目的政策法规依据插入表单，插入后可以修改"))
        self.insert_button.setVisible(insert is not None)
        self.insert_button.clicked.connect(self.insert_basis)
        self.from_feedback = QPushButton(tr("保存工单反馈为条目(&F)…"))
        self.from_feedback.setObjectName("knowledgeFromFeedback")
        self.from_feedback.setToolTip(tr("以当前工单的单位反馈起草一个知识条目，保存前可修改"))
        self.from_feedback.clicked.connect(lambda: self.ask_entry(None, self.draft))
        self.add_button = QPushButton(tr("新增(&N)…"))
        self.edit_button = QPushButton(tr("修改(&E)…"))
        self.retire_button = QPushButton(tr("失效(&R)…"))
        self.add_button.clicked.connect(lambda: self.ask_entry(None))
        self.edit_button.clicked.connect(lambda: self.ask_entry(self.chosen))
        self.retire_button.clicked.connect(self.ask_retire)
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.status)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([520, 440])
        buttons = QHBoxLayout()
        for button in (
            self.insert_button, self.from_feedback, self.add_button, self.edit_button,
            self.retire_button,
        ):  # fmt: skip
            button.setMinimumWidth(button.sizeHint().width())
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addWidget(close_buttons(self))
        self.found: list[KnowledgeEntry] = []
        self.chosen: KnowledgeEntry | None = None
        self.editor = False
        self.form: FormDialog | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.search)
        self.search_box.textChanged.connect(lambda _t: self.timer.start())
        self.search_box.returnPressed.connect(self._search_now)
        self.status.currentIndexChanged.connect(lambda _i: self.search())
        self._enable()
        self.categories: list[str] = []
        tasks.run(
            "knowledge-role",
            lambda: (
                (staff_role(context, context.operator) or "") in KNOWLEDGE_EDITORS,
                knowledge.categories(context),
            ),
            self._role_read,
        )
        self.search()

    def show_review(self) -> None:
        """The entries past their review date (an alert was chosen)."""
        self.search_box.clear()
        self.status.setCurrentIndex(self.status.findText(tr("待复核")))

    # -- reading -----------------------------------------------------------------
    def _search_now(self) -> None:
        self.timer.stop()
        self.search()
        self.table.setFocus()

    def search(self) -> None:
        context, query = self.context, self.search_box.text().strip()
        statuses = tuple(self.status.currentData() or ("active", "review"))
        if query and len(query.replace(" ", "")) < 2:
            self.summary.setText(tr("请输入两个字以上"))
            return
        self.tasks.run(
            "knowledge-search",
            lambda: knowledge.search(context, query, statuses=statuses),
            self._show,
            lambda error: self.error.setText(failure_text(error)),
        )

    def _show(self, found: list[knowledge.Found]) -> None:
        today = self.context.clock.now().date()
        self.found = [f.entry for f in found]
        fill_table(
            self.table,
            [
                [e.title, e.category or "—", tr_domain(STATUS_LABELS[e.shown_status(today)]),
                 e.basis or "—"]
                for e in self.found
            ],
        )  # fmt: skip
        self.table.clearSelection()
        self.chosen = None
        self.detail.clear()
        self.summary.setText(
            tr("找到 {n} 条").format(n=len(self.found)) if self.found else tr("没有找到知识条目")
        )
        self.error.setText("")
        self._enable()

    def _role_read(self, answer: tuple[bool, list[str]]) -> None:
        self.editor, self.categories = answer
        self._enable()

    def _chosen(self) -> None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        self.chosen = self.found[rows.pop()] if len(rows) == 1 else None
        self._enable()
        if self.chosen is None:
            self.detail.clear()
            return
        context, entry_id = self.context, self.chosen.id
        self.tasks.run(
            "knowledge-entry",
            lambda: knowledge.show(context, entry_id),
            self._show_entry,
            lambda error: self.error.setText(failure_text(error)),
        )

    def _show_entry(self, answer: tuple[KnowledgeEntry, list[EntryChange]]) -> None:
        entry, changes = answer
        today = self.context.clock.now().date()
        e = html.escape
        rows = [
            f"<h3>{e(entry.title)}</h3>",
            f"<p><b>{tr('答复')}</b>：{e(entry.answer)}</p>",
            f"<p><b>{tr('依据')}</b>：{e(entry.basis or '—')}</p>",
            f"<p>{tr('分类')}：{e(entry.category or '—')}　{tr('来源单位')}："
            f"{e(entry.source_unit or '—')}<br>{tr('生效日期')}：{entry.effective or '—'}　"
            f"{tr('复核日期')}：{entry.review_due or '—'}　{tr('状态')}："
            f"{tr_domain(STATUS_LABELS[entry.shown_status(today)])}</p>",
            f"<p><b>{tr('版本')}</b></p><ul>",
        ]
        for c in changes:
            fields = tr("、").join(tr_domain(field_label(k)) for k in c.changes)
            rows.append(
                f"<li>{c.at:%Y-%m-%d %H:%M} {e(c.actor)} "
                f"{tr_domain(CHANGE_LABELS.get(c.action, c.action))} {e(fields)}</li>"
            )
        rows.append("</ul>")
        self.detail.setHtml("".join(rows))

    def _enable(self) -> None:
        has = self.chosen is not None
        self.insert_button.setEnabled(has and bool(self.chosen and self.chosen.basis))
        for button in (self.add_button, self.edit_button, self.retire_button):
            button.setVisible(self.editor)
        self.from_feedback.setVisible(self.editor and bool(self.draft))
        self.edit_button.setEnabled(has)
        self.retire_button.setEnabled(
            has and self.chosen is not None and self.chosen.status.value != "retired"
        )

    # -- acting ------------------------------------------------------------------
    def insert_basis(self) -> None:
        if self.chosen is None or self.insert_into is None or not self.chosen.basis:
            return
        self.insert_into(tr("依据：{basis}").format(basis=self.chosen.basis))
        self.accept()

    def ask_entry(
        self, entry: KnowledgeEntry | None, draft: dict[str, str] | None = None
    ) -> FormDialog:
        context = self.context
        labels = {**{k: v[0] for k, v in ENTRY_FIELDS.items()}, "effective": "生效日期",
                  "review_due": "复核日期"}  # fmt: skip
        fields = [
            Field(key, tr_domain(labels[key]), kind, required,
                  default=(_shown(getattr(entry, key)) if entry is not None
                           else (draft or {}).get(key)),
                  placeholder=tr("YYYY-MM-DD") if key in ("effective", "review_due") else "")
            for key, kind, required in ENTRY_FORM
        ]  # fmt: skip

        def save(values: dict[str, object]) -> None:
            given = {k: ("" if v is None else v) for k, v in values.items()}
            if entry is None:
                knowledge.add_entry(context, given)
            else:
                knowledge.edit_entry(context, entry.id, given)

        def missing(values: dict[str, object]) -> list[str]:
            return [k for k, _kind, required in ENTRY_FORM if required and not values.get(k)]

        title = tr("新增知识条目") if entry is None else tr("修改知识条目")
        form = FormDialog(FormSpec(title, fields, missing=missing), save, self, NOTHING)
        form.setObjectName("form_knowledge")
        # The office's tree offered as one types any part of a category.
        completer = QCompleter(self.categories, form)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        form.widgets["category"].setCompleter(completer)  # type: ignore[attr-defined]
        form.accepted.connect(self.search)
        self.form = form
        form.open()
        return form

    def ask_retire(self) -> FormDialog | None:
        entry = self.chosen
        if entry is None:
            return None
        context, entry_id = self.context, entry.id
        spec = FormSpec(
            tr("条目失效"),
            [],
            note=tr("「{title}」失效后保留全部版本，不再出现在默认的查找结果中。确认吗？").format(
                title=entry.title
            ),
        )
        form = FormDialog(spec, lambda _v: knowledge.retire_entry(context, entry_id), self, NOTHING)
        form.setObjectName("form_knowledge_retire")
        form.accepted.connect(self.search)
        self.form = form
        form.open()
        return form


def _shown(value: object) -> str:
    return "" if value is None else str(value)


def feedback_draft(view: TicketView) -> dict[str, str] | None:
    """An entry drafted from the ticket's latest unit feedback (read with the
    ticket: nothing is read here), or None when it has none."""
    feedback = next((e for e in reversed(view.events) if e.action == Action.FEEDBACK.value), None)
    if feedback is None:
        return None
    data, ticket = feedback.data, view.ticket
    answer = "；".join(str(data[k]) for k in ("cause", "actions", "next_steps") if data.get(k))
    return {
        "title": ticket.title or ticket.content[:40],
        "category": ticket.category,
        "answer": answer,
        "basis": str(data.get("basis") or ""),
        "source_unit": view.main_unit,
    }


def template_draft(template: ReplyTemplate) -> dict[str, str]:
    """An entry drafted from a reply template (答复参考范本): its name, its
    parts' starting texts as the answer, its basis."""
    starters = template.starters
    parts = (
        starters.get(k, "").strip().rstrip("，,；;。") for k in ("cause", "actions", "next_steps")
    )
    answer = "；".join(p for p in parts if p)
    return {"title": template.name, "answer": answer, "basis": starters.get("basis", "")}


def open_knowledge(
    parent: QWidget,
    context: AppContext,
    tasks: TaskRunner,
    query: str = "",
    insert: Callable[[str], None] | None = None,
    draft: dict[str, str] | None = None,
) -> KnowledgeDialog:
    dialog = KnowledgeDialog(context, tasks, parent, query, insert, draft)
    dialog.open()
    return dialog
