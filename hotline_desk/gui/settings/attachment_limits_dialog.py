"""设置 → 附件上限: the largest file and the most one ticket's files may
take (the admin's; a refusal names the field and the range)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hotline_desk.gui.qt.form_dialog import Field, FormDialog, FormSpec, Kind
from hotline_desk.gui.qt.i18n import tr
from hotline_desk.services.attachments import (
    FILE_MB_RANGE,
    TICKET_MB_RANGE,
    attachment_limits,
    set_attachment_limits,
)
from hotline_desk.services.changes import Changes
from hotline_desk.services.context import AppContext

if TYPE_CHECKING:  # the window opens these; they never import it at run time
    from hotline_desk.gui.mainwindow.window import MainWindow


def limits_form(
    context: AppContext, file_mb: int, ticket_mb: int, parent: MainWindow
) -> FormDialog:
    spec = FormSpec(
        tr("附件上限"),
        [
            Field("file_mb", tr("单个附件上限（MB）"), Kind.TEXT, required=True, default=file_mb),
            Field(
                "ticket_mb",
                tr("每件工单附件总量上限（MB）"),
                Kind.TEXT,
                required=True,
                default=ticket_mb,
            ),
        ],  # fmt: skip
        note=tr(
            "单个文件 {f_low}–{f_high} MB，每件工单合计 {t_low}–{t_high} MB；"
            "超过上限的文件添加时被拒绝并说明原因，已保存的附件不受影响。"
        ).format(
            f_low=FILE_MB_RANGE[0],
            f_high=FILE_MB_RANGE[1],
            t_low=TICKET_MB_RANGE[0],
            t_high=TICKET_MB_RANGE[1],
        ),  # fmt: skip
    )
    form = FormDialog(
        spec,
        lambda values: set_attachment_limits(context, values["file_mb"], values["ticket_mb"]),
        parent,
        Changes.of_reference(),
    )
    form.setObjectName("form_attachment_limits")
    return form


def open_from(window: MainWindow) -> None:
    """Read on a worker; the form opens with it (``window.attachment_limits_form``)."""
    context = window.context

    def opened(limits: tuple[int, int]) -> None:
        window.attachment_limits_form = limits_form(context, *limits, window)
        window.attachment_limits_form.open()

    window.tasks.run("attachment_limits", lambda: attachment_limits(context), opened)
