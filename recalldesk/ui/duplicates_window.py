"""The Duplicates window: people who may have signed twice, settled one key at a time.

Left, the groups the search found, best first; right, the group's lines side
by side — section and line, office, circulator, who keyed it, then each
field, with the cells that differ from the first line marked (bold, tinted
and ≠, so colour is never the only cue) — and why the matcher thinks they
are one signer. Keys: C confirms (the first keyed counts), D dismisses
(different people), S skips to the next, R reopens a settled group; the
search runs in the background with progress.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from recalldesk.core.messages import MessageError
from recalldesk.core.records import Actor
from recalldesk.core.work import Cancelled
from recalldesk.ops import dedupe_queue, dedupe_run
from recalldesk.ops.base import Changes
from recalldesk.ops.dedupe_queue import CONFIRMED, DISMISSED, OPEN, QueueGroup
from recalldesk.ops.workspace import Workspace
from recalldesk.ui.appearance import color
from recalldesk.ui.errors import show_error
from recalldesk.ui.jobs import Job
from recalldesk.wording import translate
from recalldesk.wording.dedupe import reason_text, reasons_text

FIELDS = (
    ("first_name", "First name"),
    ("last_name", "Last name"),
    ("street_number", "Number"),
    ("street_name", "Street"),
    ("unit", "Unit"),
    ("city", "City"),
    ("zip_code", "ZIP"),
)


def group_html(entry: QueueGroup) -> str:
    """The group's lines side by side, differences from the first line marked."""
    first = entry.lines[0]
    heads = [
        translate("Duplicates", "Section, line"),
        translate("Duplicates", "Office"),
        translate("Duplicates", "Circulator"),
        translate("Duplicates", "Keyed by"),
        *(translate("Duplicates", label) for _, label in FIELDS),
    ]
    rows = []
    for index, line in enumerate(entry.lines):
        cells = [
            f"{html.escape(line.serial)} · {line.line_number}"
            + (" " + html.escape(translate("Duplicates", "(counts)")) if index == 0 else ""),
            html.escape(line.office_code),
            html.escape(line.circulator),
            html.escape(line.operator),
        ]
        for field, _ in FIELDS:
            value = str(getattr(line, field))
            if index and value.casefold() != str(getattr(first, field)).casefold():
                shade = color("differs_bg")
                cells.append(f"<td bgcolor='{shade}'><b>≠ {html.escape(value)}</b></td>")
            else:
                cells.append(f"<td>{html.escape(value)}</td>")
        rows.append(
            "<tr>" + "".join(c if c.startswith("<td") else f"<td>{c}</td>" for c in cells) + "</tr>"
        )
    g = entry.group
    verdict = translate("Duplicates", "Score {score}{likely}").format(
        score=f"{g.score:.1f}",
        likely=translate("Duplicates", " — likely the same signer") if g.likely else "",
    )
    pairs = "".join(
        f"<li>{p.score:.1f}: {html.escape(reasons_text(p.reasons))}</li>" for p in entry.pairs
    )
    caution = ""
    if g.undecidable:
        caution = (
            f"<p><b>{html.escape(translate('Duplicates', 'Cannot be decided from the lines'))}"
            f":</b> {html.escape(reason_text('suffix_one_sided'))}</p>"
        )
    settled = ""
    if g.status != OPEN:
        word = (
            translate("Duplicates", "confirmed as one signer")
            if g.status == CONFIRMED
            else translate("Duplicates", "dismissed as different people")
        )
        settled = "<p><i>" + html.escape(
            translate("Duplicates", "Settled by {who} on {when}: {what}.").format(
                who=g.decided_by, when=g.decided_at[:16].replace("T", " "), what=word
            )
        ) + "</i></p>"  # fmt: skip
    head = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in heads)
    return (
        f"<p><b>{html.escape(verdict)}</b></p>{caution}{settled}"
        f"<table cellpadding='4' cellspacing='0' border='1'><tr>{head}</tr>{''.join(rows)}"
        f"</table><p>{html.escape(translate('Duplicates', 'Why:'))}</p><ul>{pairs}</ul>"
    )


class DuplicatesWindow(QDialog):
    """The review queue. Signal ``changed(object)`` with an operation's Changes."""

    changed = Signal(object)

    def __init__(self, ws: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.ws, self.actor = ws, actor
        self.job: Job | None = None
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("How many groups to review"))
        self.search = QPushButton(self.tr("&Search new lines"))
        self.search.setToolTip(self.tr("Compare lines new or changed since the last search"))
        self.search_all = QPushButton(self.tr("Search &all lines"))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Which groups"))
        for label, value in (
            (self.tr("To review"), OPEN),
            (self.tr("Confirmed"), CONFIRMED),
            (self.tr("Dismissed"), DISMISSED),
        ):
            self.status.addItem(label, value)
        self.office = QComboBox()
        self.office.setAccessibleName(self.tr("Office"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Groups of possible duplicates, best first"))
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("The group's lines side by side"))
        self.confirm = QPushButton(self.tr("&Confirm: one signer (C)"))
        self.dismiss = QPushButton(self.tr("&Dismiss: different people (D)"))
        self.skip = QPushButton(self.tr("S&kip (S)"))
        self.reopen = QPushButton(self.tr("&Reopen (R)"))
        self.confirm_likely = QPushButton(self.tr("Confirm all &likely…"))
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        for widget in (self.status, self.office, self.search, self.search_all):
            top.addWidget(widget)
        legend = QLabel(
            self.tr("Score, best first · ✓ likely the same signer · ? the lines cannot decide")
        )
        legend.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(legend)
        middle = QHBoxLayout()
        middle.addLayout(left, 2)
        middle.addWidget(self.detail, 5)
        buttons = QHBoxLayout()
        for widget in (self.confirm, self.dismiss, self.skip, self.reopen):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_likely)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addLayout(buttons)
        for key, slot in (("C", self.do_confirm), ("D", self.do_dismiss), ("S", self.do_skip),
                          ("R", self.do_reopen)):  # fmt: skip
            QShortcut(QKeySequence(key), self.list, slot)
        self.confirm.clicked.connect(self.do_confirm)
        self.dismiss.clicked.connect(self.do_dismiss)
        self.skip.clicked.connect(self.do_skip)
        self.reopen.clicked.connect(self.do_reopen)
        self.confirm_likely.clicked.connect(self.do_confirm_likely)
        self.search.clicked.connect(lambda: self.run_search(full=False))
        self.search_all.clicked.connect(lambda: self.run_search(full=True))
        self.status.currentIndexChanged.connect(lambda _i: self.reload())
        self.office.currentIndexChanged.connect(lambda _i: self.reload())
        self.list.currentItemChanged.connect(self._show)
        self.resize(1200, 640)
        self.entries: list[QueueGroup] = []
        self.reload()
        self.list.setFocus()

    # ----- the list -------------------------------------------------------------------

    def reload(self, keep_row: int | None = None) -> None:
        status = self.status.currentData() or OPEN
        office = self.office.currentData() or None
        everything = dedupe_queue.queue(self.ws, status=status)
        offices = sorted({code for e in everything for code in e.offices})
        if self.office.count() != len(offices) + 1:
            self.office.blockSignals(True)
            self.office.clear()
            self.office.addItem(self.tr("Every office"), "")
            for code in offices:
                self.office.addItem(code, code)
            self.office.blockSignals(False)
        self.entries = [e for e in everything if not office or office in e.offices]
        self.list.clear()
        for entry in self.entries:
            names = " / ".join(
                f"{line.first_name} {line.last_name}".strip() for line in entry.lines
            )
            flags = (" ✓" if entry.group.likely else "") + (" ?" if entry.group.undecidable else "")
            item = QListWidgetItem(f"{entry.group.score:5.1f}{flags}  {names}")
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.list.addItem(item)
        to_review = len(self.entries) if status == OPEN else None
        self.summary.setText(
            translate("Duplicates", "%Ln group(s) to review", None, to_review)
            if to_review is not None
            else translate("Duplicates", "%Ln group(s)", None, len(self.entries))
        )
        if self.entries:
            self.list.setCurrentRow(min(keep_row or 0, len(self.entries) - 1))
        else:
            self.detail.setHtml(
                "<p>" + html.escape(self.tr("Nothing here. Search for new lines after a merge."))
                + "</p>"
            )  # fmt: skip
        self._enable()

    def current(self) -> QueueGroup | None:
        row = self.list.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _show(self, _item: QListWidgetItem | None) -> None:
        entry = self.current()
        if entry is not None:
            self.detail.setHtml(group_html(entry))
        self._enable()

    def _enable(self) -> None:
        entry = self.current()
        is_open = entry is not None and entry.group.status == OPEN
        self.confirm.setEnabled(is_open)
        self.dismiss.setEnabled(is_open)
        self.skip.setEnabled(entry is not None)
        self.reopen.setEnabled(entry is not None and not is_open)
        self.confirm_likely.setEnabled(
            (self.status.currentData() or OPEN) == OPEN
            and any(e.group.likely and not e.group.undecidable for e in self.entries)
        )

    # ----- decisions --------------------------------------------------------------------

    def _settle(self, work: str) -> None:
        entry = self.current()
        if entry is None:
            return
        row = self.list.currentRow()
        try:
            if work == "confirm":
                done = dedupe_queue.confirm(self.ws, self.actor, entry.id)
            elif work == "dismiss":
                done = dedupe_queue.dismiss(self.ws, self.actor, entry.id)
            else:
                done = dedupe_queue.reopen(self.ws, self.actor, entry.id)
        except MessageError as error:
            show_error(self, error)
            return
        self.changed.emit(done.changes)
        self.reload(keep_row=row)  # the next group takes its place

    def do_confirm(self) -> None:
        if self.confirm.isEnabled():
            self._settle("confirm")

    def do_dismiss(self) -> None:
        if self.dismiss.isEnabled():
            self._settle("dismiss")

    def do_reopen(self) -> None:
        if self.reopen.isEnabled():
            self._settle("reopen")

    def do_skip(self) -> None:
        if self.list.count():
            self.list.setCurrentRow((self.list.currentRow() + 1) % self.list.count())

    def do_confirm_likely(self) -> None:
        likely = sum(1 for e in self.entries if e.group.likely and not e.group.undecidable)
        answer = QMessageBox.question(
            self,
            self.tr("Confirm all likely groups?"),
            translate(
                "Duplicates",
                "Confirm %Ln likely group(s) as one signer each? Groups the lines cannot decide "
                "(a Jr beside a line without one) are left for you. Each can be reopened.",
                None,
                likely,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            done = dedupe_queue.confirm_likely(self.ws, self.actor)
        except MessageError as error:
            show_error(self, error)
            return
        self.changed.emit(done.changes)
        self.reload()

    # ----- the search -------------------------------------------------------------------

    def run_search(self, *, full: bool) -> Job:
        """Search in the background (its own connection), then show the queue again."""
        ws, actor = self.ws, self.actor
        dialog = QProgressDialog(self.tr("Comparing lines…"), self.tr("Cancel"), 0, 100, self)
        dialog.setWindowTitle(self.tr("Searching for duplicates"))
        dialog.setMinimumDuration(300)

        def work(progress: object, cancelled: object) -> dedupe_run.DedupeRun:
            sibling = ws.sibling()
            try:
                return dedupe_run.find_duplicates(
                    sibling, actor, full=full, progress=progress, cancelled=cancelled,  # type: ignore[arg-type]
                ).value  # fmt: skip
            finally:
                sibling.close()

        job = Job(work, self)
        self.job = job

        def on_progress(done: int, total: int) -> None:
            dialog.setValue(int(100 * done / total) if total else 100)

        def on_done(run: dedupe_run.DedupeRun) -> None:
            dialog.close()
            self.status.setCurrentIndex(0)
            self.reload()
            self.summary.setText(
                self.summary.text()
                + " "
                + self.tr("(searched {lines} line(s) in {seconds} s)").format(
                    lines=f"{run.lines_matched:,}", seconds=run.seconds
                )
            )
            self.changed.emit(Changes(figures=True))

        def on_failed(error: BaseException) -> None:
            dialog.close()
            if not isinstance(error, Cancelled):
                show_error(self, error)

        job.progress.connect(on_progress)
        job.succeeded.connect(on_done)
        job.failed.connect(on_failed)
        dialog.canceled.connect(job.cancel)
        job.start()
        return job

    def closeEvent(self, event: object) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job.wait()
        super().closeEvent(event)  # type: ignore[arg-type]
