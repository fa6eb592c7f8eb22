"""统计 → 月度统计…: the month computed on the worker, a figure clicked lists its
tickets in the queue, rules edited with bad input refused, the report and the
difficult-ticket sheet printed to PDF and looked at page by page."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QImage

from hotline_desk.domain.lifecycle import Action
from hotline_desk.domain.statistics import FindingKind
from hotline_desk.services.staff import save_staff
from hotline_desk.services.statistics import assessment_rules
from hotline_desk.services.tickets import TicketService


@pytest.fixture
def office(sqlite_context, clock, november):
    return november(sqlite_context, clock)


def open_statistics(qtbot, window, settle):
    statistics = window.open_statistics()
    assert window.tasks.wait_idle()
    qtbot.waitUntil(lambda: statistics.result is not None, timeout=20_000)
    settle(window)
    return statistics


def test_the_month_is_shown_and_a_figure_lists_its_tickets(qtbot, office, open_window, settle):
    window = open_window(office.context)
    statistics = open_statistics(qtbot, window, settle)
    assert statistics.month.date() == QDate(2026, 12, 1)  # the clock's month
    statistics.month.setDate(QDate(2026, 11, 1))
    qtbot.waitUntil(lambda: statistics.result.report.first == "2026-11", timeout=20_000)
    settle(window)
    assert statistics.figure_buttons["total"].text().endswith("\n8")
    assert statistics.figure_buttons["completion_rate"].text().endswith("62.5%")
    assert statistics.trend_chart.chart().series()  # the trend is drawn
    qtbot.mouseClick(statistics.figure_buttons["overdue"], Qt.MouseButton.LeftButton)
    settle(window)
    numbers = sorted(window.model.ticket_at(r).number for r in range(window.model.rowCount()))
    assert numbers == ["D", "F", "I"]
    assert "逾期办理" in window.active_filter.text()
    # A unit's late replies: double-click the count.
    units = statistics.units
    row = next(r for r in range(units.rowCount()) if units.item(r, 0).text() == "县住建局")
    assert units.item(row, 1).text() == "99"
    statistics._cell_chosen(units, row, 6)  # 逾期答复
    settle(window)
    assert [window.model.ticket_at(r).number for r in range(window.model.rowCount())] == ["D"]
    # The ledger names the tickets; a double-click opens one.
    ledger = statistics.ledger
    assert "李青" in statistics.flagged.text() and "liqing" not in statistics.flagged.text()
    row = next(r for r in range(ledger.rowCount()) if ledger.item(r, 2).text() == "I")
    statistics._cell_chosen(ledger, row, 2)
    settle(window)
    assert window.detail.view.ticket.number == "I"


def test_the_rules_are_a_form_in_the_offices_words(qtbot, office, open_window, settle):
    window = open_window(office.context)
    statistics = open_statistics(qtbot, window, settle)
    labels = [
        statistics.rules_table.item(r, 0).text() for r in range(statistics.rules_table.rowCount())
    ]
    assert "逾期答复" in labels and "无故退单" in labels  # no JSON, no keys
    overdue = statistics.rules_points[FindingKind.OVERDUE_REPLY]
    assert overdue.value() == 0.2 and statistics.rules_caps[FindingKind.OVERDUE_REPLY].value() == 2
    assert statistics.rules_caps[FindingKind.FALSE_FEEDBACK].text() == "不限"
    overdue.setValue(1)
    statistics.save_rules()
    settle(statistics)
    qtbot.waitUntil(
        lambda: statistics.result is not None and statistics.busy.isHidden(), timeout=20_000
    )
    assert statistics.rules_error.text() == "已保存考核规则"
    assert assessment_rules(office.context).deduction(FindingKind.OVERDUE_REPLY).points == 1


def _pages(pdf: Path, tmp_path: Path) -> list[QImage]:
    """The PDF rendered by poppler, page by page."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        pytest.fail("pdftoppm (poppler-utils) is needed to check printed pages")
    subprocess.run([tool, "-r", "40", "-png", str(pdf), str(tmp_path / "page")], check=True)
    images = [QImage(str(p)) for p in sorted(tmp_path.glob("page-*.png"))]
    assert images
    return images


def _text(pdf: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.fail("pdftotext (poppler-utils) is needed to read printed pages")
    return subprocess.run([tool, str(pdf), "-"], check=True, capture_output=True, text=True).stdout


def _ink(image: QImage) -> float:
    """The share of sampled pixels that are not white."""
    dark = total = 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            total += 1
            dark += image.pixelColor(x, y).lightness() < 200
    return dark / total


def _green(image: QImage) -> float:
    """The share of sampled pixels that are the photo's green."""
    green = total = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            total += 1
            c = image.pixelColor(x, y)
            green += c.green() > 120 and c.red() < 60 and c.blue() < 60
    return green / total


def _survives_gc_and_prints(qtbot, preview, pdf: Path) -> None:
    """The preview outlives a garbage collection and an event-loop turn (it
    used to hold a freed printer and crash on its next paint), repaints, and
    prints to a PDF printer."""
    import gc

    from PySide6.QtPrintSupport import QPrinter

    gc.collect()
    qtbot.wait(50)
    preview.resize(preview.width() + 10, preview.height())  # a repaint of every page
    qtbot.wait(50)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(pdf))
    preview.paintRequested.emit(printer)
    assert pdf.stat().st_size > 1000 and _text(pdf).strip()


def test_the_report_print_preview_survives_and_prints(qtbot, office, open_window, settle, tmp_path):
    window = open_window(office.context)
    statistics = open_statistics(qtbot, window, settle)
    statistics.month.setDate(QDate(2026, 11, 1))
    qtbot.waitUntil(lambda: statistics.result.report.first == "2026-11", timeout=20_000)
    settle(window)
    preview = statistics.print_preview()
    assert preview is not None and preview.isVisible()
    _survives_gc_and_prints(qtbot, preview, tmp_path / "printed.pdf")
    preview.close()


def test_the_report_pdf_has_its_pages(qtbot, office, open_window, settle, tmp_path):
    window = open_window(office.context)
    statistics = open_statistics(qtbot, window, settle)
    statistics.month.setDate(QDate(2026, 11, 1))
    qtbot.waitUntil(lambda: statistics.result.report.first == "2026-11", timeout=20_000)
    settle(window)
    statistics.export_pdf(tmp_path / "report.pdf")
    pages = _pages(tmp_path / "report.pdf", tmp_path)
    assert len(pages) >= 2
    for page in pages:
        assert 200 < page.width() < 400 and page.height() > page.width()  # A4 portrait at 40 dpi
        assert _ink(page) > 0.005, "a blank page"
    statistics.export_xlsx(tmp_path / "report.xlsx")
    settle(window)
    assert (tmp_path / "report.xlsx").stat().st_size > 5000


def test_the_sheet_shows_the_leaders_instruction_once_given(
    qtbot, office, open_window, settle, tmp_path
):
    context = office.context
    TicketService(context).escalate("D", "无故退单且群众不满意")
    save_staff(context, "zhangld", "张领导", "leader")
    window = open_window(context)
    window.show_ticket("D")
    settle(window)
    window.print_sheet()
    settle(window)
    preview = window.sheet_preview
    assert preview.isVisible()
    _survives_gc_and_prints(qtbot, preview, tmp_path / "printed.pdf")
    preview.close()
    before = tmp_path / "before"
    before.mkdir()
    window.save_sheet_pdf("D", before / "D.pdf")
    settle(window)
    blank = _pages(before / "D.pdf", before)
    context.operator = "zhangld"
    TicketService(context).leader_decision("D", "请住建局三日内重新办理并回复")
    context.operator = "liqing"
    from hotline_desk.services import attachments

    photo = QImage(800, 600, QImage.Format.Format_RGB32)
    photo.fill(QColor(0, 160, 0))  # the site after the work: all green
    photo.save(str(tmp_path / "photo.png"))
    attachments.attach(
        context, "D", [attachments.NewFile("整改后照片.png", (tmp_path / "photo.png").read_bytes())]
    )
    after = tmp_path / "after"
    after.mkdir()
    window.save_sheet_pdf("D", after / "D.pdf")
    settle(window)
    signed = _pages(after / "D.pdf", after)
    assert all(_ink(page) > 0.005 for page in blank + signed)
    # The photo printed on a page of its own, after the sheet.
    assert len(signed) == len(blank) + 1
    assert _green(signed[-1]) > 0.02 and all(_green(page) == 0 for page in signed[:-1])
    assert "附件图片" in _text(after / "D.pdf")
    assert "请住建局三日内重新办理并回复" not in _text(before / "D.pdf")
    text = _text(after / "D.pdf")
    assert "请住建局三日内重新办理并回复" in text and "张领导" in text
    assert "整改后照片.png" in text  # the evidence kept with the ticket, listed
    assert "王五" not in text and "13800000000" not in text  # the caller masked
    assert "王*" in text and "138****0000" in text
    assert "city" not in text and "unit" not in text  # the platform and the unit by their names
    assert window.detail.view.ticket.number == "D"
    assert Action.LEADER_DECISION.value in [e.action for e in TicketService(context).events("D")]
