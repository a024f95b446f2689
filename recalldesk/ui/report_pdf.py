"""The one-page campaign report for a leadership meeting (Qt's PDF writer).

Verdict and what it stands on, the pace, the chart, the key figures and the
offices with the most signatures — the dashboard on paper, in the user's
language. The app writes it from the dashboard; ``recalldesk report --pdf``
writes the same page headless (an offscreen Qt application).
"""

from __future__ import annotations

import contextlib
import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen
from PySide6.QtWidgets import QApplication

from recalldesk import __version__
from recalldesk.core.messages import MessageError, msg
from recalldesk.ops.queries import Snapshot
from recalldesk.ui.drive_chart import ChartData, DriveChart
from recalldesk.ui.language import day_words
from recalldesk.ui.verdict_box import VerdictBox
from recalldesk.wording import translate


def _tr(text: str) -> str:
    return translate("Report", text)


def write_report_pdf(path: Path, snap: Snapshot, today: date) -> None:
    """Write the report; raises MessageError when the file cannot be written."""
    assert QApplication.instance() is not None, "a Qt application must exist"
    campaign, figures, progress, found = (
        snap.campaign, snap.figures, snap.progress, snap.assessment,
    )  # fmt: skip
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")  # a half-written report never
    writer = QPdfWriter(str(tmp))  # stands under the real name
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    writer.setPageMargins(QMarginsF(14, 14, 14, 14), QPageLayout.Unit.Millimeter)
    writer.setResolution(144)
    writer.setTitle(_tr("Campaign report"))
    writer.setCreator(f"RecallDesk {__version__}")
    painter = QPainter()
    if not painter.begin(writer):
        raise MessageError(msg("write.not_allowed", path=str(path)))
    try:
        page = QRectF(painter.viewport())
        width = page.width()
        y = 0.0

        def text(line: str, size: float, *, bold: bool = False, colour: str = "#000000") -> None:
            nonlocal y
            font = QFont()
            font.setPointSizeF(size)
            font.setBold(bold)
            painter.setFont(font)
            painter.setPen(QPen(QColor(colour)))
            box = painter.boundingRect(
                QRectF(0, y, width, 2000), int(Qt.TextFlag.TextWordWrap), line
            )
            painter.drawText(box, int(Qt.TextFlag.TextWordWrap), line)
            y += box.height() + size * 0.6

        box = VerdictBox()  # the same words as the dashboard
        box.show_assessment(campaign, found)
        colour = {"qualifies": "#1b5e20", "full count": "#8a5300"}.get(
            str(found.outcome), "#8e1111"
        )
        text(campaign.name, 16, bold=True)
        text(
            _tr("{jurisdiction} · report of {today} · RecallDesk {version}").format(
                jurisdiction=campaign.jurisdiction, today=day_words(today),
                version=__version__,
            ),
            8.5,
            colour="#555555",
        )  # fmt: skip
        text(box.headline.text(), 13, bold=True, colour=colour)
        text(box.basis.text(), 9)
        text(box.pace.text(), 9)
        chart = DriveChart()
        chart.on_paper = True
        chart.set_data(
            ChartData(
                {date.fromisoformat(d): n for d, n in figures.signatures_by_day.items()},
                found.validity, campaign.required_signatures, campaign.qualify_above,
                campaign.filing_deadline, found.pace.last_7_days, today,
            )
        )  # fmt: skip
        small = QFont()
        small.setPointSizeF(7.5)
        painter.setFont(small)
        chart_area = QRectF(0, y, width, page.height() * 0.36)
        chart.paint(painter, chart_area)
        y = chart_area.bottom() + 16
        rows = [
            (_tr("Valid signatures required"), f"{campaign.required_signatures:,}"),
            (_tr("Raw signatures"), f"{figures.raw_signatures:,}"),
            (_tr("Ruled out by our checks"), f"{figures.lines_with_errors:,}"),
            (_tr("Signed more than once (confirmed)"), f"{figures.repeats:,}"),
            (_tr("Estimated valid (conservative)"), f"{progress.estimated_valid:,}"),
            (_tr("Projected valid (verdict)"), f"{found.projected_valid:,}"),
            (_tr("Days to the deadline"), f"{progress.days_left:,}"),
        ]
        offices = sorted(figures.offices, key=lambda o: -o.lines)[:8]
        font = QFont()
        font.setPointSizeF(9)
        painter.setFont(font)
        painter.setPen(QPen(QColor("#000000")))
        line = painter.fontMetrics().height() * 1.35
        half = width / 2 - 10
        top = y
        for label, value in rows:
            painter.drawText(QRectF(0, y, half * 0.7, line), label)
            painter.drawText(
                QRectF(half * 0.7, y, half * 0.3, line), int(Qt.AlignmentFlag.AlignRight), value
            )
            y += line
        y = top
        painter.drawText(QRectF(half + 20, y, half, line), _tr("Lines keyed by office (top 8)"))
        y += line
        for office in offices:
            name = painter.fontMetrics().elidedText(
                f"{office.code} {office.name}", Qt.TextElideMode.ElideRight, int(half * 0.68)
            )
            painter.drawText(QRectF(half + 20, y, half * 0.7, line), name)
            painter.drawText(
                QRectF(half + 20 + half * 0.7, y, half * 0.3, line),
                int(Qt.AlignmentFlag.AlignRight),
                f"{office.lines:,}",
            )
            y += line
    finally:
        painter.end()
        del writer  # flushes and closes the file
    try:
        if tmp.stat().st_size == 0:
            raise OSError(f"{tmp.name} is empty")
        os.replace(tmp, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise MessageError(msg("write.failed", path=str(path), detail=str(error))) from error
