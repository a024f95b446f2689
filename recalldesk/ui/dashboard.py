"""The campaign dashboard: progress against the requirement, problems by code."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from recalldesk.core.figures import Figures
from recalldesk.core.messages import MessageError
from recalldesk.core.progress import Progress
from recalldesk.core.records import Campaign
from recalldesk.ops.queries import Assessment, Snapshot
from recalldesk.ops.workspace import Workspace
from recalldesk.ui.appearance import scaled
from recalldesk.ui.breakdown_view import BreakdownView
from recalldesk.ui.drive_chart import ChartData, DriveChart
from recalldesk.ui.errors import show_error
from recalldesk.ui.language import day_words
from recalldesk.ui.office_bars import OfficeBars
from recalldesk.ui.predicted_view import PredictedView
from recalldesk.ui.problem_model import ProblemCountsModel
from recalldesk.ui.report_pdf import write_report_pdf
from recalldesk.ui.standing_view import StandingView
from recalldesk.ui.verdict_box import VerdictBox
from recalldesk.wording import translate


class Dashboard(QWidget):
    """Shows one snapshot of figures; :meth:`show_figures` replaces it."""

    def __init__(self, ws: Workspace | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.title = QLabel()
        self.title.setObjectName("campaignTitle")
        scaled(self.title, 1.5, bold=True)
        self.subtitle = QLabel()
        self.verdict = VerdictBox()
        self.verdict.hide()  # until there are figures
        self.values: dict[str, QLabel] = {}
        progress_box = QGroupBox(self.tr("Progress against the requirement"))
        form = QFormLayout(progress_box)
        for key, label in (
            ("required", self.tr("Valid signatures required")),
            ("deadline", self.tr("Filing deadline")),
            ("keyed", self.tr("Lines keyed")),
            ("raw", self.tr("Raw signatures")),
            ("ruled_out", self.tr("Ruled out by our checks")),
            ("void", self.tr("On void or at-risk sections")),
            ("repeats", self.tr("Signed more than once (confirmed)")),
            ("clean", self.tr("Clean signatures")),
            ("estimate", self.tr("Estimated valid (conservative)")),
            ("needed", self.tr("Raw signatures still needed (for 110%)")),
        ):
            value = QLabel("…")
            value.setAccessibleName(label)
            explained = self._explanations().get(key, "")
            value.setToolTip(explained)
            value.setAccessibleDescription(explained)
            self.values[key] = value
            name = QLabel(self.tr("{label}:").format(label=label))
            name.setToolTip(explained)
            form.addRow(name, value)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Estimated share of the requirement"))
        self.bar.setFormat(self.tr("%p% of the requirement (estimate)"))
        form.addRow(self.bar)
        self.note = QLabel()
        self.note.setWordWrap(True)
        form.addRow(self.note)

        self.model = ProblemCountsModel()
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # arrows move in it; Tab goes on
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Lines with problems"))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.chart = DriveChart()
        self.save_chart = QPushButton(self.tr("Save chart as &PNG…"))
        self.save_chart.clicked.connect(self.save_chart_png)
        self.save_report = QPushButton(self.tr("Save &report as PDF…"))
        self.save_report.setToolTip(self.tr("One page for a leadership meeting"))
        self.save_report.clicked.connect(self.save_report_pdf)
        self.last_figures: Snapshot | None = None
        self.today: date | None = None
        chart_page = QWidget()
        chart_layout = QVBoxLayout(chart_page)
        chart_layout.addWidget(self.chart, 3)
        self.office_bars = OfficeBars()
        chart_layout.addWidget(self.office_bars, 1)
        chart_row = QHBoxLayout()
        chart_row.addStretch(1)
        chart_row.addWidget(self.save_report)
        chart_row.addWidget(self.save_chart)
        chart_layout.addLayout(chart_row)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Dashboard views"))
        self.tabs.addTab(chart_page, self.tr("&Chart"))
        self.tabs.addTab(self.table, self.tr("Lines with p&roblems"))
        self.breakdown: BreakdownView | None = None
        if ws is not None:
            self.breakdown = BreakdownView(ws)
            self.tabs.addTab(self.breakdown, self.tr("&Offices and circulators"))
            self.tabs.currentChanged.connect(self._tab_shown)
        self.standing: StandingView | None = None
        self.predicted: PredictedView | None = None
        if ws is not None and ws.is_central:
            self.standing = StandingView(ws)
            self.tabs.addTab(self.standing, self.tr("O&ffices' standing"))
            self.predicted = PredictedView(ws)
            self.tabs.addTab(self.predicted, self.tr("&Voter file"))

        columns = QHBoxLayout()
        columns.addWidget(progress_box, 2)
        columns.addWidget(self.tabs, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.verdict)
        layout.addLayout(columns, 1)

    def counting(self) -> None:
        """Say the figures are being counted (they arrive from a worker thread)."""
        self.subtitle.setText(self.tr("Counting…"))

    def show_empty(self, message: str) -> None:
        self.title.setText(self.tr("No campaign yet"))
        self.verdict.hide()
        self.subtitle.setText(message)
        self.subtitle.setWordWrap(True)
        for value in self.values.values():
            value.setText("—")
        self.bar.setValue(0)
        self.model.set_counts({})

    def show_figures(
        self,
        campaign: Campaign,
        figures: Figures,
        progress: Progress,
        today: date,
        assessment: Assessment,
    ) -> None:
        self.title.setText(campaign.name)
        self.subtitle.setText(
            self.tr("{jurisdiction} · figures as of {today}").format(
                jurisdiction=campaign.jurisdiction, today=day_words(today)
            )
        )
        days = progress.days_left
        when = (
            translate("Dashboard", "%Ln day(s) left", None, days)
            if days >= 0
            else translate("Dashboard", "passed %Ln day(s) ago", None, -days)
        )
        self.last_figures, self.today = Snapshot(campaign, figures, progress, assessment), today
        still = assessment.pace.still_needed
        self.verdict.show_assessment(campaign, assessment)
        self.verdict.show()
        shown = {
            "required": f"{campaign.required_signatures:,}",
            "deadline": f"{day_words(campaign.filing_deadline)} ({when})",
            "keyed": self.tr("{lines} ({blank} blank or struck)").format(
                lines=f"{figures.total_lines:,}", blank=f"{figures.blank_or_struck:,}"
            ),
            "raw": f"{figures.raw_signatures:,}",
            "ruled_out": f"{figures.lines_with_errors:,}",
            "void": f"{figures.lines_in_void_sections:,}",
            "repeats": f"{figures.repeats:,}",
            "clean": f"{progress.clean:,}",
            "estimate": f"{progress.estimated_valid:,}",
            "needed": self.tr("not reachable: no valid signatures projected yet")
            if still is None
            else f"{still:,}",
        }
        for key, text in shown.items():
            self.values[key].setText(text)
        self.bar.setValue(min(100, round(progress.share_of_requirement * 100)))
        self.note.setText(
            self.tr(
                "The estimate counts only clean signatures, times the campaign's assumed "
                "validity ({validity}), rounded down: the stricter reading, so the campaign "
                "never overestimates. The registrar's random sample decides."
            ).format(validity=f"{campaign.assumed_validity:.2%}")
        )
        self.model.set_counts(dict(figures.problems_by_code))
        self.chart.set_data(
            ChartData(
                {date.fromisoformat(d): n for d, n in figures.signatures_by_day.items()},
                assessment.validity,
                campaign.required_signatures,
                campaign.qualify_above,
                campaign.filing_deadline,
                assessment.pace.last_7_days,
                today,
            )
        )
        self.office_bars.set_offices(figures.offices)
        if self.breakdown is not None and self.tabs.currentWidget() is self.breakdown:
            self.breakdown.load()
        if self.predicted is not None and self.tabs.currentWidget() is self.predicted:
            self.predicted.load()

    def _tab_shown(self, _index: int) -> None:
        if self.breakdown is not None and self.tabs.currentWidget() is self.breakdown:
            self.breakdown.load()
        if self.standing is not None and self.tabs.currentWidget() is self.standing:
            self.standing.load()
        if self.predicted is not None and self.tabs.currentWidget() is self.predicted:
            self.predicted.load()

    def save_chart_png(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the chart"), "recalldesk-chart.png", self.tr("PNG images (*.png)")
        )
        if name and not self.chart.grab().save(name, "PNG"):
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("{path} could not be written.").format(path=name),
            )

    def save_report_pdf(self) -> None:
        if self.last_figures is None or self.today is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), "recalldesk-report.pdf", self.tr("PDF (*.pdf)")
        )
        if not name:
            return
        try:
            write_report_pdf(Path(name), self.last_figures, self.today)
        except MessageError as error:
            show_error(self, error)

    def _explanations(self) -> dict[str, str]:
        return {
            "required": self.tr("The campaign's requirement: 10% of the county's registered "
                                "voters for a local recall (EC 11221)."),
            "keyed": self.tr("Every line keyed, blank and struck lines included."),
            "raw": self.tr("Lines that are signatures (not blank or struck): what the registrar "
                           "counts before checking."),
            "ruled_out": self.tr("Signatures our own checks rule out (an error on the line: no "
                                 "signature, an address outside the county, …)."),
            "void": self.tr("Otherwise clean signatures on sections that are void or at risk "
                            "(a declaration incomplete or a circulator problem)."),
            "repeats": self.tr("Second signatures of people confirmed in the Duplicates window: "
                               "one of a person's signatures counts."),
            "clean": self.tr("Raw − ruled out − on void sections − signed more than once."),
            "estimate": self.tr("Clean × the campaign's assumed validity, rounded down (the "
                                "registrar's checks we cannot make remove that share)."),
            "needed": self.tr("Raw signatures that, at the validity of the verdict above, "
                              "project above 110% of the requirement, minus the raw count."),
        }  # fmt: skip
