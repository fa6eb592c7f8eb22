"""派单建议 on the dispatch form: the likely units with the reasons, read on a
worker while the form opens; 采用建议 (Alt+S) puts the first into 主办单位 –
the operator still chooses and presses 确定. Nothing is filled in unasked."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton

from hotline_desk.gui.qt.error_text import failure_text, filled
from hotline_desk.gui.qt.form_dialog import FormDialog
from hotline_desk.gui.qt.i18n import tr
from hotline_desk.gui.qt.tasks import TaskRunner
from hotline_desk.services.context import AppContext
from hotline_desk.services.suggestion import Suggestion, suggest_for_ticket


def offer_suggestion(
    dialog: FormDialog, tasks: TaskRunner, context: AppContext, number: str
) -> QLabel:
    """Adds the suggestion's line and button to the dispatch form; returns the line."""
    line = QLabel(tr("派单建议：正在计算…"))
    line.setObjectName("dispatchSuggestion")
    line.setWordWrap(True)
    layout = dialog.layout()
    layout.insertWidget(layout.indexOf(dialog.info) + 1, line)  # type: ignore[attr-defined]
    use = QPushButton(tr("采用建议(&S)"))
    use.setObjectName("useSuggestion")
    use.setEnabled(False)
    dialog.buttons.addButton(use, QDialogButtonBox.ButtonRole.ActionRole)

    def show(found: Suggestion) -> None:
        if not found.units:
            line.setText(
                tr("派单建议：档案中还没有可学习的同类工单（已学习 {n} 件）").format(n=found.learnt)
            )
            return
        rows = [
            tr("{unit}（{score}）：{reasons}").format(
                unit=html.escape(s.name),
                score=f"{s.score:.0%}",
                reasons=tr("；").join(html.escape(filled(p, v)) for p, v in s.reasons) or "—",
            )
            for s in found.units
        ]
        line.setText(tr("派单建议（由经办人决定）：") + "<br>" + "<br>".join(rows))
        dialog.adjustSize()  # the lines came after the form was laid out: room for them
        first = found.units[0]
        use.setEnabled(True)
        use.setToolTip(tr("主办单位选为 {unit}").format(unit=first.name))
        use.clicked.connect(lambda: dialog.set_value("unit", first.unit_id))

    tasks.run(
        f"suggest-{number}",
        lambda: suggest_for_ticket(context, number),
        show,
        lambda error: line.setText(tr("派单建议：{error}").format(error=failure_text(error))),
    )
    return line
