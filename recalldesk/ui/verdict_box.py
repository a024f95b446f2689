"""The dashboard's top line: will the drive qualify, on what evidence, at what pace."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from recalldesk.core.projection import Outcome
from recalldesk.core.records import Campaign
from recalldesk.ops.queries import Assessment
from recalldesk.ops.verdict import ASSUMED, SAMPLE
from recalldesk.ui.appearance import color, scaled
from recalldesk.ui.language import day_words

# Colour and a symbol: colour is never the only cue.
_LOOKS = {
    Outcome.QUALIFIES: ("✔", "ok", "ok_bg"),
    Outcome.FULL_COUNT: ("◐", "partial", "partial_bg"),
    Outcome.FAILS: ("✖", "fails", "error_bg"),
}


class VerdictBox(QFrame):
    """Headline, the evidence it stands on, and the pace to the deadline."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictBox")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.headline = QLabel()
        self.headline.setObjectName("verdictHeadline")
        scaled(self.headline, 1.35, bold=True)
        self.basis = QLabel()
        self.pace = QLabel()
        for label in (self.headline, self.basis, self.pace):
            label.setWordWrap(True)
        self.headline.setAccessibleName(self.tr("Projected outcome"))
        self.basis.setAccessibleName(self.tr("What the projection stands on"))
        self.pace.setAccessibleName(self.tr("Pace to the deadline"))
        self.basis.setToolTip(
            self.tr(
                "The newest sample with at least 100 results, if any: the registrar's "
                "formula on its results, per raw signature, times today's raw count, rounded "
                "down. Otherwise the conservative estimate."
            )
        )
        self.pace.setToolTip(
            self.tr(
                "Raw signatures still needed for more than 110% at that validity, divided by "
                "the days left, against the average of the last seven days."
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.basis)
        layout.addWidget(self.pace)

    def show_assessment(self, campaign: Campaign, found: Assessment) -> None:
        symbol, ink_role, paper_role = _LOOKS[found.outcome]
        ink, paper = color(ink_role), color(paper_role)
        self.setStyleSheet(
            f"QFrame#verdictBox {{ background: {paper}; border: 1px solid {ink}; }}"
            f"QLabel#verdictHeadline {{ color: {ink}; }}"
        )
        words = {
            Outcome.QUALIFIES: self.tr("Qualifies"),
            Outcome.FULL_COUNT: self.tr("Full count (90–110%)"),
            Outcome.FAILS: self.tr("Fails"),
        }[found.outcome]
        self.headline.setText(
            self.tr(
                "{symbol} Projected: {outcome} — {valid} valid, {share} of the requirement"
            ).format(
                symbol=symbol,
                outcome=words,
                valid=f"{found.projected_valid:,}",
                share=f"{found.share:.1%}",
            )
        )
        self.headline.setToolTip(
            self.tr(
                "More than {qualify} of the requirement qualifies; from {fail} a full count "
                "of every signature decides; below it fails (EC 11225)."
            ).format(qualify=f"{campaign.qualify_above:.0%}", fail=f"{campaign.fail_below:.0%}")
        )
        self.basis.setText(self._basis(found))
        self.pace.setText(self._pace(campaign, found))

    def _basis(self, found: Assessment) -> str:
        if found.basis == SAMPLE and found.findings is not None:
            draw, counted = found.findings.draw, found.findings.count
            low, high = found.interval or (0.0, 1.0)
            text = self.tr(
                "From the sample drawn {day}: {checked:,} of {size:,} signatures checked, "
                "{valid:,} valid, {dups:,} signed more than once — validity {rate} "
                "(95% interval {low}–{high}, Wilson), {effective} after the registrar's "
                "duplicate penalty, applied to today's raw count and rounded down."
            ).format(
                day=draw.drawn_at[:10], checked=counted.checked, size=counted.size,
                valid=counted.valid, dups=counted.duplicates,
                rate=f"{counted.valid / counted.checked:.1%}", low=f"{low:.1%}",
                high=f"{high:.1%}", effective=f"{found.validity:.1%}",
            )  # fmt: skip
            if not counted.complete:
                text += " " + self.tr("{pending:,} drawn lines are not checked yet.").format(
                    pending=counted.pending
                )
            return text
        if found.basis == ASSUMED:
            return self.tr(
                "No sample yet, and too few lines to measure our own checks: the campaign's "
                "assumed validity ({validity}) alone. Draw a sample for a real figure."
            ).format(validity=f"{found.validity:.1%}")
        return self.tr(
            "No sample yet: the conservative estimate (clean signatures × the assumed "
            "validity, rounded down), {validity} of raw. Draw a sample for a real figure."
        ).format(validity=f"{found.validity:.1%}")

    def _pace(self, campaign: Campaign, found: Assessment) -> str:
        pace = found.pace
        if pace.target is None:
            return self.tr("No signature counts yet: no pace can be set.")
        recent = self.tr("the last 7 days averaged {pace:,.0f} a day").format(pace=pace.last_7_days)
        goal = f"{campaign.qualify_above:.0%}"
        deadline = day_words(campaign.filing_deadline)
        if pace.still_needed == 0:
            return self.tr(
                "The raw count ({raw:,}) already reaches {goal} at {validity} validity; {recent}."
            ).format(raw=pace.raw, goal=goal, validity=f"{found.validity:.1%}", recent=recent)
        if pace.days_left <= 0 or pace.needed_per_day is None:
            return self.tr(
                "The deadline ({deadline}) has passed {needed:,} raw signatures short of {goal}."
            ).format(deadline=deadline, needed=pace.still_needed, goal=goal)
        lands = (
            self.tr("at this pace the drive reaches {goal} in time")
            if pace.on_track
            else self.tr("at this pace it ends near {landing:,} raw, short of {target:,}")
        ).format(goal=goal, landing=pace.at_deadline, target=pace.target)
        return self.tr(
            "At {validity} validity you need about {needed:,} more raw signatures to reach "
            "{goal} by {deadline} — {per_day:,.0f} a day for {days} days; {recent}: {lands}."
        ).format(
            validity=f"{found.validity:.1%}", needed=pace.still_needed, goal=goal,
            deadline=deadline, per_day=pace.needed_per_day, days=pace.days_left,
            recent=recent, lands=lands,
        )  # fmt: skip
