"""The drive by day: cumulative raw and projected valid signatures against the requirement.

Drawn with QPainter (a few hundred points: QtCharts would add a 20 MB module
to the installer for nothing a dozen lines of painting cannot do, and
renders the same offscreen for the PDF report). Lines: raw signatures keyed
so far, projected valid (raw × the validity the verdict uses), the
requirement, the qualifying line (110%), and the last seven days' pace
carried to the deadline, dashed. Bars underneath: raw signatures per day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from recalldesk.ui.appearance import color
from recalldesk.ui.language import day_words


@dataclass(frozen=True, slots=True)
class ChartData:
    per_day: dict[date, int]  # raw signatures keyed each day
    validity: float  # projected valid per raw signature
    required: int
    qualify_share: float
    deadline: date
    pace: float  # raw signatures a day, the last seven days
    today: date | None = None  # the chart ends here (None: at the last day keyed)


class DriveChart(QWidget):
    """Set :attr:`data`, then it paints; :meth:`paint` draws onto any device (PNG, PDF)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: ChartData | None = None
        self.setMinimumSize(260, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Signatures by day"))
        self.setToolTip(
            self.tr(
                "Raw signatures: lines that are signatures, by the day they were keyed, added "
                "up. Projected valid: raw × the validity the verdict uses. Dashed: the last "
                "seven days' daily average carried to the deadline. Bars: raw signatures "
                "keyed each day."
            )
        )

    def sizeHint(self) -> QSize:
        return QSize(640, 320)

    def set_data(self, data: ChartData) -> None:
        self.data = data
        raw = sum(data.per_day.values())
        self.setAccessibleDescription(
            self.tr(
                "{raw} raw signatures so far, {valid} projected valid; {required} required "
                "by {deadline}."
            ).format(
                raw=f"{raw:,}",
                valid=f"{int(raw * data.validity):,}",
                required=f"{data.required:,}",
                deadline=day_words(data.deadline),
            )
        )
        self.update()

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), self.palette().base())
            self.paint(painter, QRectF(self.rect()))
        finally:
            painter.end()

    on_paper = False  # the PDF report: printed on white, in the light theme's colours

    def _ink(self, role: str) -> QColor:
        return QColor(color(role, light=self.on_paper))

    def paint(self, painter: QPainter, area: QRectF) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        data = self.data
        text_pen = QPen(self.palette().text().color())
        painter.setPen(text_pen)
        per_day = {
            d: n for d, n in (data.per_day if data else {}).items()
            if data is not None and (data.today is None or d <= data.today)
        }  # fmt: skip
        if data is None or not per_day:
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("No signatures yet."))
            return
        first = min(per_day)
        today = data.today or max(per_day)
        last = max(today, data.deadline)
        days = max(1, (last - first).days)
        cumulative: list[tuple[date, int]] = []
        running = 0
        day = first
        while day <= today:
            running += per_day.get(day, 0)
            cumulative.append((day, running))
            day += timedelta(days=1)
        qualify = data.required * data.qualify_share
        goal_raw = qualify / data.validity if data.validity > 0 else qualify
        paced_end = running + data.pace * max(0, (data.deadline - today).days)
        top = max(running, paced_end, goal_raw, qualify) * 1.08
        metrics = painter.fontMetrics()
        left = area.left() + metrics.horizontalAdvance("0,000,000") + 10
        plot = QRectF(left, area.top() + 28, area.right() - left - 12, area.height() - 72)

        def x(when: date) -> float:
            return plot.left() + plot.width() * (when - first).days / days

        def y(value: float) -> float:
            return plot.bottom() - plot.height() * value / top

        # Axes and grid.
        grid = QPen(self._ink("grid"))
        for step in range(6):
            value = top * step / 5
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y(value)), QPointF(plot.right(), y(value)))
            painter.setPen(text_pen)
            painter.drawText(
                QRectF(area.left(), y(value) - 8, left - area.left() - 6, 16),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                f"{value:,.0f}",
            )
        marks = [first, data.deadline]
        if min(abs(x(today) - x(m)) for m in marks) > 70:  # never overprint two dates
            marks.append(today)
        for when in marks:
            painter.drawText(
                QRectF(x(when) - 60, plot.bottom() + 4, 120, 16),
                Qt.AlignmentFlag.AlignCenter,
                day_words(when, brief=True),
            )
        # Daily bars, scaled to the lower fifth of the plot.
        biggest = max(per_day.values())
        bar_width = max(1.0, plot.width() / days * 0.8)
        for when, n in per_day.items():
            height = plot.height() * 0.2 * n / biggest
            painter.fillRect(
                QRectF(x(when), plot.bottom() - height, bar_width, height), self._ink("bars")
            )
        # Horizontal lines: the requirement and the qualifying share.
        required = self.tr("required {n}").format(n=f"{data.required:,}")
        qualifies = self.tr("{share} (qualifies above)").format(share=f"{data.qualify_share:.0%}")
        for value, colour, label in (
            (data.required, self._ink("required"), required),
            (qualify, self._ink("qualify"), qualifies),
        ):
            pen = QPen(colour, 1.2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(plot.left(), y(value)), QPointF(plot.right(), y(value)))
            painter.drawText(QPointF(plot.left() + 4, y(value) - 4), label)
        # The deadline.
        painter.setPen(QPen(self._ink("required"), 1, Qt.PenStyle.DotLine))
        painter.drawLine(QPointF(x(data.deadline), plot.top()), QPointF(x(data.deadline),
                                                                        plot.bottom()))  # fmt: skip
        # Cumulative raw and projected valid, then the pace to the deadline.
        for colour, scale in ((self._ink("raw"), 1.0), (self._ink("valid"), data.validity)):
            path = QPainterPath(QPointF(x(cumulative[0][0]), y(cumulative[0][1] * scale)))
            for when, value in cumulative[1:]:
                path.lineTo(x(when), y(value * scale))
            painter.setPen(QPen(colour, 2.2))
            painter.drawPath(path)
            painter.setPen(QPen(colour, 1.6, Qt.PenStyle.DashLine))
            painter.drawLine(
                QPointF(x(today), y(running * scale)),
                QPointF(x(data.deadline), y(paced_end * scale)),
            )
        # Legend.
        font = QFont(painter.font())
        painter.setFont(font)
        entries = (
            (self._ink("raw"), self.tr("raw signatures")),
            (self._ink("valid"), self.tr("projected valid")),
            (self._ink("raw"), self.tr("- - last 7 days' pace to the deadline")),
        )
        cursor = area.left() + 8
        for colour, label in entries:
            painter.setPen(QPen(colour, 3))
            painter.drawLine(
                QPointF(cursor, area.top() + 12), QPointF(cursor + 18, area.top() + 12)
            )
            painter.setPen(text_pen)
            painter.drawText(QPointF(cursor + 24, area.top() + 16), label)
            cursor += 24 + metrics.horizontalAdvance(label) + 18
