"""The printed documents as rich text: the monthly report (with its charts) and
the difficult-ticket sheet. Chinese, the language they are handed in; A4.

QTextDocument lays them out and paginates; the same document goes to the
print preview, a printer or a PDF.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import (
    QColor,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter

from hotline_desk.domain.attachments import Attachment, shown_size
from hotline_desk.domain.lifecycle import ACTOR_NAMES, action_label
from hotline_desk.domain.statistics import Figures
from hotline_desk.printing.charts import chart_image, score_range, trend_chart, units_chart
from hotline_desk.printing.thumbnails import thumbnail
from hotline_desk.services.difficult_sheet import Sheet
from hotline_desk.services.private_files import private_output
from hotline_desk.services.report_workbook import FIGURE_COLUMNS, rate_text
from hotline_desk.services.statistics import MonthReport, WeekLine

A4_WIDTH_POINTS = 595  # A4 is 595 × 842 points; the text is laid out on this width
STYLE = """
body { font-size: 10pt; }
h1 { font-size: 16pt; text-align: center; margin-bottom: 2pt; }
h2 { font-size: 12pt; margin-top: 10pt; margin-bottom: 4pt; }
p.meta { text-align: center; color: #555; }
table { border-collapse: collapse; }
th { background-color: #e8eef5; font-weight: bold; }
td.num { text-align: right; }
td.label { background-color: #f3f3f3; font-weight: bold; }
"""


def _t(value: object) -> str:
    return escape("" if value is None else str(value))


NOWRAP = {"工单编号", "时间"}


def _table(headers: Sequence[str], rows: Sequence[Sequence[object]], numeric_from: int = 1) -> str:
    head = "".join(f"<th>{_t(h)}</th>" for h in headers)
    kept = [h in NOWRAP for h in headers]
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="num">{_t(c)}</td>'
            if i >= numeric_from
            else f'<td style="white-space: nowrap">{_t(c)}</td>'
            if kept[i]
            else f"<td>{_t(c)}</td>"
            for i, c in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    return (
        '<table border="1" cellspacing="0" cellpadding="3" width="100%">'
        f"<tr>{head}</tr>{body}</table>"
    )


def _shown(key: str, value: object, is_rate: bool) -> object:
    if is_rate:
        return rate_text(value)
    return value


def report_document(
    report: MonthReport, months: Sequence[tuple[str, Figures]], weeks: Sequence[WeekLine]
) -> QTextDocument:
    """The monthly report: figures, charts, units with scores, the ledger, typical cases."""
    data = report.as_json()
    document = QTextDocument()
    document.setDefaultStyleSheet(STYLE)
    width = A4_WIDTH_POINTS * 2
    document.addResource(
        QTextDocument.ResourceType.ImageResource,
        QUrl("chart://trend"),
        chart_image(trend_chart(months), 900, 380),
    )
    ranked = [line for line in report.units if line.score is not None][:15]
    document.addResource(
        QTextDocument.ResourceType.ImageResource,
        QUrl("chart://units"),
        chart_image(
            units_chart(
                [line.name for line in ranked],
                [line.score.score if line.score else 0.0 for line in ranked],
                "承办单位考核得分",
                score_range([line.score.score for line in ranked if line.score], report.rules.base),
            ),
            900,
            max(220, 26 * len(ranked) + 80),
        ),
    )
    figures = [(title, _shown(key, data[key], rate)) for key, title, rate in FIGURE_COLUMNS]
    half = (len(figures) + 1) // 2
    summary_rows = [
        (a[0], a[1], *(b if b else ("", "")))
        for a, b in zip(figures[:half], [*figures[half:], None], strict=False)
    ]
    parts = [
        f"<h1>12345热线工单月度统计报告（{_t(report.period)}）</h1>",
        f'<p class="meta">统计时间：{_t(data["as_of"])}　按受理时间归月；口径见说明</p>',
        "<h2>一、总体情况</h2>",
        _table(["指标", "数值", "指标", "数值"], summary_rows, numeric_from=9),
        f'<p><img src="chart://trend" width="{width // 2 - 40}"></p>',
        "<h2>二、承办单位考核</h2>",
        f'<p><img src="chart://units" width="{width // 2 - 40}"></p>',
        _table(
            [
                "承办单位",
                "得分",
                "交办",
                "重复投诉",
                "办结率",
                "逾期答复",
                "无故退单",
                "虚假反馈",
                "不满意",
            ],  # fmt: skip
            [
                (
                    line.name,
                    line.score.score if line.score else "",
                    line.figures.counts.total,
                    line.figures.counts.repeats,
                    rate_text(line.figures.completion_rate),
                    line.figures.as_dict()["overdue_replies"],
                    line.figures.as_dict()["unjustified_returns"],
                    line.figures.as_dict()["false_feedback"],
                    line.figures.as_dict()["unsatisfied"],
                )
                for line in report.units
            ],
        ),
        "<h2>三、扣分明细</h2>",
        _table(
            ["承办单位", "工单编号", "事项", "时间", "扣分"],
            [
                (d["unit"], d["number"], d["label"], d["at"], d["points"])
                for d in data["deductions"]  # type: ignore[attr-defined]
            ],
            numeric_from=4,
        )
        if data["deductions"]
        else "<p>本期无扣分。</p>",
        "<h2>四、责任追究</h2>",
        _ledger(data),
        "<h2>五、经办人</h2>",
        _table(
            ["经办人", "办理", "办结率", "按时派单率", "按时办结率", "逾期"],
            [
                (
                    line.name,
                    line.figures.counts.total,
                    rate_text(line.figures.completion_rate),
                    rate_text(line.figures.on_time_dispatch_rate),
                    rate_text(line.figures.on_time_completion_rate),
                    line.figures.counts.overdue,
                )
                for line in report.operators
            ],
        ),
        "<h2>六、周统计</h2>",
        _table(
            ["周", "经办人", "办理", "办结", "按期办结", "办结率"],
            [
                (
                    w.week,
                    w.operator,
                    w.handled,
                    w.completed,
                    w.on_time,
                    rate_text(w.completion_rate),
                )
                for w in weeks
            ],
            numeric_from=2,
        ),
        "<h2>七、典型工单</h2>",
        "".join(
            f"<p><b>{_t(t['number'])}</b> {_t(t['title'])}：{_t(t['summary'])}</p>"
            for t in data["typical"]  # type: ignore[attr-defined]
        )
        or "<p>本期未标记典型工单。</p>",
    ]
    document.setHtml(f"<html><body>{''.join(parts)}</body></html>")
    return document


def _ledger(data: dict[str, object]) -> str:
    ledger = data["accountability"]
    rows = [
        (line["unit"], "承办单位", i["number"], i["label"], i["at"])
        for line in ledger["units"]  # type: ignore[index]
        for i in line["items"]
    ] + [
        (line["operator"], "经办人", i["number"], i["label"], i["at"])
        for line in ledger["operators"]  # type: ignore[index]
        for i in line["items"]
    ]
    flagged = "".join(
        f"<p><b>须报告：{_t(f['operator'])}</b> — {_t('；'.join(f['reasons']))}"
        f"（工单：{_t('、'.join(f['unfinished'] + [d['number'] for d in f['delayed'] if d['number'] not in f['unfinished']]))}）</p>"
        for f in ledger["flagged"]  # type: ignore[index]
    )
    table = _table(["对象", "类别", "工单编号", "事项", "时间"], rows, numeric_from=9)
    return (flagged + table) if rows else "<p>本期无责任追究事项。</p>"


WRITING_SPACE = "<br>" * 6  # room to write by hand


def _when(moment: datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M}" if moment else ""


PICTURE_EDGE = 600  # pixels: sharp at the printed width (about 5.5 cm)
PICTURE_WIDTH = 160  # points on the page: three pictures a row
SheetPictures = list[tuple[Attachment, QImage]]


def sheet_pictures(sheet: Sheet) -> SheetPictures:
    """The sheet's pictures drawn, each in a thin frame (a white page of a PDF
    shows where it ends); a worker's job: photos are decoded here."""
    drawn = [(a, thumbnail(a.kind, data, PICTURE_EDGE)) for a, data in sheet.pictures]
    return [(a, _framed(image)) for a, image in drawn if image is not None]


def _framed(image: QImage) -> QImage:
    framed = image.convertToFormat(QImage.Format.Format_RGB32)
    painter = QPainter(framed)
    painter.setPen(QPen(QColor("#9e9e9e"), 3))
    painter.drawRect(1, 1, framed.width() - 3, framed.height() - 3)
    painter.end()
    return framed


def sheet_document(
    sheet: Sheet, printed_at: datetime, office: str = "", pictures: SheetPictures | None = None
) -> QTextDocument:
    """疑难工单呈批单: the ticket, why it is difficult, its history, the leader's
    box; the attachments listed, then a page of their pictures (``pictures``
    as drawn by :func:`sheet_pictures`, drawn here when not given)."""
    content, units = sheet.content, sheet.units

    def who(login: str | None) -> str:
        login = login or ""
        return sheet.people.get(login) or ACTOR_NAMES.get(login, login)  # 市平台, 承办单位

    t = content.ticket
    caller = content.caller
    if caller is None:
        caller_text = "保密件：来电人信息不显示"
    else:
        caller_text = "　".join(p for p in (caller.name, caller.phone, caller.address) if p)
    main = units.get(t.main_unit_id, "") if t.main_unit_id else ""
    co = "、".join(units.get(u, str(u)) for u in t.co_unit_ids)
    reasons = "、".join(content.reasons) or "（见抄报理由）"
    escalations = "<br>".join(
        f"{_when(e.at)} {_t(who(e.actor))}：{_t(e.note)}" for e in content.escalations
    )
    instruction = content.instruction
    leader_box = (
        f"{_t(instruction.text)}<br><br>批示人：{_t(who(instruction.by))}　　{_when(instruction.at)}"
        if instruction
        else ""
    )
    rows = [
        ("工单编号", t.number, "受理时间", _when(t.received_at)),
        ("诉求类型", t.kind.label, "办理时限", _when(t.due_at or t.city_due_at)),
        ("工单标题", t.title, "当前状态", t.state.label),
        ("承办单位", main, "协办单位", co),
        ("反映人", caller_text, "派单人", who(t.owner)),
    ]
    table = '<table border="1" cellspacing="0" cellpadding="5" width="100%">'
    for a, b, c, d in rows:
        table += (
            f'<tr><td class="label" width="14%">{_t(a)}</td><td width="36%">{_t(b)}</td>'
            f'<td class="label" width="14%">{_t(c)}</td><td width="36%">{_t(d)}</td></tr>'
        )
    table += (
        f'<tr><td class="label">诉求内容</td><td colspan="3">{_t(t.content)}</td></tr>'
        f'<tr><td class="label">地址</td><td colspan="3">{_t(t.address)}</td></tr>'
        f'<tr><td class="label">疑难原因</td><td colspan="3">{_t(reasons)}</td></tr>'
        f'<tr><td class="label">抄报理由</td><td colspan="3">{escalations}</td></tr>'
        f'<tr><td class="label">经办人意见</td><td colspan="3">{WRITING_SPACE}</td></tr>'
        f'<tr><td class="label">领导批示</td><td colspan="3">{leader_box or WRITING_SPACE}</td></tr>'
        '<tr><td class="label">签字</td><td></td><td class="label">日期</td><td></td></tr>'
        "</table>"
    )
    history = _table(
        ["时间", "事项", "经办", "说明"],
        [(_when(e.at), action_label(e.action), who(e.actor), e.note) for e in content.history],
        numeric_from=9,
    )
    title = f"{_t(office)}疑难工单呈批单" if office else "疑难工单呈批单"
    if pictures is None:
        pictures = sheet_pictures(sheet)
    html = (
        f"<html><body><h1>{title}</h1>"
        f'<p class="meta">打印时间：{_when(printed_at)}</p>'
        f"{table}<h2>办理经过</h2>{history}{_attachments(sheet)}"
        f"{_pictures_page(t.number, pictures)}</body></html>"
    )
    document = QTextDocument()
    document.setDefaultStyleSheet(STYLE)
    for a, image in pictures:
        document.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(f"attachment:{a.id}"), image
        )
    document.setHtml(html)
    return document


def _pictures_page(number: str, pictures: SheetPictures) -> str:
    """A page of the attachments' pictures, three a row, each with its name and
    who added it when (a PDF shows its first page)."""
    if not pictures:
        return ""
    cells = []
    for a, image in pictures:
        height = round(PICTURE_WIDTH * image.height() / max(1, image.width()))
        width = PICTURE_WIDTH
        if height > PICTURE_WIDTH * 1.5:  # a tall page: kept within the row
            width, height = round(width * PICTURE_WIDTH * 1.5 / height), round(PICTURE_WIDTH * 1.5)
        first = "（第 1 页）" if not a.is_image else ""
        cells.append(
            f'<td align="center" width="33%"><img src="attachment:{a.id}" width="{width}" '
            f'height="{height}"><br>{_t(a.name)}{first}<br>'
            f'<span style="color:#555">{_when(a.added_at)} {_t(a.adder)}</span></td>'
        )
    rows = "".join("<tr>" + "".join(cells[i : i + 3]) + "</tr>" for i in range(0, len(cells), 3))
    return (
        f'<h2 style="page-break-before: always">附件图片（工单 {_t(number)}）</h2>'
        f'<table cellspacing="0" cellpadding="6" width="100%">{rows}</table>'
    )


def _attachments(sheet: Sheet) -> str:
    """The files kept with the ticket, listed (their content is in the store)."""
    if not sheet.attachments:
        return ""
    rows = [
        (a.name, a.kind_label, shown_size(a.size), _when(a.added_at), a.adder)
        for a in sheet.attachments
    ]
    return "<h2>附件</h2>" + _table(["文件", "类型", "大小", "添加时间", "添加人"], rows, 9)


def a4_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(15, 15, 15, 15),
        QPageLayout.Unit.Millimeter,
    )


def write_pdf(document: QTextDocument, path: Path, title: str = "") -> None:
    """The document on A4 pages in a PDF file."""
    writer = QPdfWriter(str(private_output(path)))  # owner-only: it may show callers
    writer.setPageLayout(a4_layout())
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("hotline-desk")
    document.print_(writer)


def print_document(document: QTextDocument, printer: QPrinter) -> None:
    """The document on the printer the user chose (or the print preview)."""
    document.print_(printer)
