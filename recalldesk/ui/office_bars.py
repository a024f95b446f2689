"""Bars by office: lines keyed at each office, the biggest first (the dashboard's chart tab)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from recalldesk.core.figures import OfficeFigures
from recalldesk.ui.appearance import color

SHOWN = 12  # offices drawn; the rest are summed in one bar


class OfficeBars(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[tuple[str, int]] = []
        self.setMinimumHeight(70)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Lines keyed by office"))
        self.setToolTip(self.tr("Every line keyed at each office (blank and struck included)."))

    def sizeHint(self) -> QSize:
        return QSize(640, 200)

    def set_offices(self, offices: list[OfficeFigures]) -> None:
        ranked = sorted((o for o in offices if o.lines), key=lambda o: (-o.lines, o.code))
        self.bars = [(o.code, o.lines) for o in ranked[:SHOWN]]
        rest = ranked[SHOWN:]
        if rest:
            self.bars.append(
                (self.tr("{n} others").format(n=len(rest)), sum(o.lines for o in rest))
            )
        self.setAccessibleDescription(
            ", ".join(f"{code}: {n:,}" for code, n in self.bars) or self.tr("No lines yet.")
        )
        self.update()

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), self.palette().base())
            self.paint(painter, QRectF(self.rect()).adjusted(6, 4, -6, -4))
        finally:
            painter.end()

    def paint(self, painter: QPainter, area: QRectF) -> None:
        text = QPen(self.palette().text().color())
        painter.setPen(text)
        if not self.bars:
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("No lines yet."))
            return
        metrics = painter.fontMetrics()
        label_width = max(metrics.horizontalAdvance(code) for code, _ in self.bars) + 8
        number_width = metrics.horizontalAdvance("0,000,000") + 8
        row = min(area.height() / len(self.bars), metrics.height() * 1.6)
        biggest = max(n for _, n in self.bars)
        span = area.width() - label_width - number_width
        for i, (code, n) in enumerate(self.bars):
            top = area.top() + i * row
            painter.setPen(text)
            painter.drawText(
                QRectF(area.left(), top, label_width - 6, row),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                code,
            )
            width = span * n / biggest if biggest else 0.0
            painter.fillRect(
                QRectF(area.left() + label_width, top + row * 0.15, width, row * 0.7),
                QColor(color("raw")),
            )
            painter.drawText(
                QRectF(area.left() + label_width + width + 4, top, number_width, row),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                f"{n:,}",
            )
