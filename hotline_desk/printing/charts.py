"""The statistics charts (QtCharts), drawn the same on screen and on paper."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene

from hotline_desk.domain.statistics import Figures

Translate = Callable[[str], str]

BLUE, GREEN, ORANGE, RED = "#2f6fb0", "#2e9d5b", "#e08a1e", "#c23b3b"


def _same(text: str) -> str:
    return text


def _percent(value: float | None) -> float:
    return 0.0 if value is None else round(value * 100, 1)


def trend_chart(months: Sequence[tuple[str, Figures]], tr: Translate = _same) -> QChart:
    """Tickets handed down per month (bars) and the rates in % (lines)."""
    chart = QChart()
    chart.setTitle(tr("近12个月趋势"))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(4, 4, 4, 4))
    totals = QBarSet(tr("交办总量"))
    totals.setColor(QColor("#9dbbdc"))
    for _, figures in months:
        totals.append(figures.counts.total)
    bars = QBarSeries()
    bars.append(totals)
    chart.addSeries(bars)
    categories = QBarCategoryAxis()
    categories.append([m[2:] for m, _ in months])  # 26-11: short enough for twelve
    chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
    bars.attachAxis(categories)
    count_axis = QValueAxis()
    count_axis.setLabelFormat("%d")
    count_axis.setMin(0)
    count_axis.setMax(max([f.counts.total for _, f in months] + [1]) * 1.15)
    chart.addAxis(count_axis, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(count_axis)
    rate_axis = QValueAxis()
    rate_axis.setRange(0, 100)
    rate_axis.setLabelFormat("%d%%")
    chart.addAxis(rate_axis, Qt.AlignmentFlag.AlignRight)
    for title, color, rate in (
        ("办结率", GREEN, lambda f: f.completion_rate),
        ("满意率", ORANGE, lambda f: f.satisfaction_rate),
        ("按时办结率", BLUE, lambda f: f.on_time_completion_rate),
    ):
        line = QLineSeries()
        line.setName(tr(title))
        line.setColor(QColor(color))
        line.setPointsVisible(True)
        for index, (_, figures) in enumerate(months):
            value = rate(figures)
            if value is not None:  # a month without tickets has no rate
                line.append(QPointF(index, _percent(value)))
        chart.addSeries(line)
        line.attachAxis(categories)
        line.attachAxis(rate_axis)
    return chart


def units_chart(
    names: Sequence[str],
    values: Sequence[float],
    title: str,
    value_range: tuple[float, float],
    tr: Translate = _same,
) -> QChart:
    """Units ranked (best at the top) by ``values`` on the axis ``value_range``."""
    chart = QChart()
    chart.setTitle(tr(title))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().hide()
    chart.setMargins(QMargins(4, 4, 4, 4))
    values_set = QBarSet(tr(title))
    values_set.setColor(QColor(BLUE))
    # A horizontal bar chart draws its first category at the bottom.
    for value in reversed(values):
        values_set.append(value)
    series = QHorizontalBarSeries()
    series.append(values_set)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value")
    chart.addSeries(series)
    axis = QBarCategoryAxis()
    axis.append(list(reversed(names)))
    chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis)
    value_axis = QValueAxis()
    value_axis.setRange(*value_range)
    chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(value_axis)
    return chart


def score_range(scores: Sequence[float], base: float) -> tuple[float, float]:
    """Scores sit just below the base: an axis from a little under the lowest
    shows the differences (from 0, every bar looks full)."""
    low = min([*scores, base])
    return (max(0.0, float(int(low)) - 1.0), base)


def chart_image(chart: QChart, width: int, height: int, scale: float = 2.0) -> QImage:
    """The chart painted on an image (for paper: ``scale`` sharpens it)."""
    font = QFont(chart.titleFont())
    font.setPointSizeF(font.pointSizeF() * 1.1)
    font.setBold(True)
    chart.setTitleFont(font)
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.resize(QSizeF(width, height))
    image = QImage(int(width * scale), int(height * scale), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(0, 0, width * scale, height * scale), QRectF(0, 0, width, height))
    painter.end()
    scene.removeItem(chart)
    return image
