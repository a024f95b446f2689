"""One volunteer keying one section: save, mark, edit, undo, close.

The UI's keying view is a thin shell over this class, so the whole flow is
tested without a QApplication and every path goes through the audited
repository functions.
"""

from __future__ import annotations

from dataclasses import replace

from recalldesk.core.records import LineMark, SectionStatus, SignatureLine
from recalldesk.core.zipdata import ZipTable
from recalldesk.store import campaign as campaign_store
from recalldesk.store import lines, sections
from recalldesk.store.audit import Actor
from recalldesk.store.connection import Database
from recalldesk.store.lines import StoredLine
from recalldesk.store.sections import StoredSection
from recalldesk.store.undo import Step, StepKind, UndoHistory


class TotalsMismatch(Exception):
    """Closing needs a reason: keyed lines differ from the declared count."""

    def __init__(self, keyed: int, declared: int) -> None:
        super().__init__(f"{keyed} lines keyed, {declared} declared on the section")
        self.keyed = keyed
        self.declared = declared


class KeyingSession:
    """Keying state for one open section; :attr:`history` is shared across sections."""

    def __init__(
        self,
        db: Database,
        zips: ZipTable,
        actor: Actor,
        section_id: int,
        history: UndoHistory | None = None,
    ) -> None:
        self.db = db
        self.zips = zips
        self.actor = actor
        self.history = history or UndoHistory(db, zips)
        stored = sections.get_section(db, section_id)
        if stored is None:
            raise KeyError(f"section {section_id} does not exist")
        self.section: StoredSection = stored
        if stored.section.status is SectionStatus.RECEIVED:
            sections.set_status(db, actor, section_id, SectionStatus.KEYING)
            self.reload_section()
        campaign_store.set_meta(db, "resume_section", stored.section.uuid)

    @property
    def section_id(self) -> int:
        return self.section.id

    def reload_section(self) -> StoredSection:
        stored = sections.get_section(self.db, self.section.id)
        assert stored is not None
        self.section = stored
        return stored

    def saved_lines(self) -> list[StoredLine]:
        return lines.lines_for_section(self.db, self.section.id)

    def line(self, number: int) -> StoredLine | None:
        return lines.line_in_section(self.db, self.section.id, number)

    def row_count(self, saved: list[StoredLine] | None = None) -> int:
        """Rows the grid shows: the declared count, or more if lines were keyed past it.

        Pass ``saved`` (from :meth:`saved_lines`) to avoid reading the lines again.
        """
        saved = self.saved_lines() if saved is None else saved
        highest = max((s.line.line_number for s in saved), default=0)
        return max(self.section.section.declared_lines, highest, 1)

    def resume_at(self) -> int:
        """The first line number with nothing saved yet (where keying picks up)."""
        saved = {s.line.line_number for s in self.saved_lines()}
        number = 1
        while number in saved:
            number += 1
        return number

    def save(self, line: SignatureLine) -> StoredLine:
        """Save what was keyed for a line number: a new line, or an edit of the saved one."""
        existing = self.line(line.line_number)
        if existing is None:
            stored = lines.accept_line(self.db, self.actor, self.zips, self.section.id, line)
            self.history.record(
                Step(StepKind.ACCEPT, stored.id, self.section.id, line.line_number, None, line)
            )
            return stored
        before = replace(existing.line, problems=(), uuid="")
        after = replace(line, problems=(), uuid="")
        stored = lines.update_line(self.db, self.actor, self.zips, existing.id, after)
        if before != after:
            self.history.record(
                Step(StepKind.EDIT, existing.id, self.section.id, line.line_number, before, after)
            )
        return stored

    def mark(self, number: int, mark: LineMark) -> StoredLine:
        """Save a blank or struck line in one step (nothing else on it is keyed)."""
        return self.save(SignatureLine(number, signature_present=False, mark=mark))

    def delete(self, number: int, reason: str = "") -> None:
        existing = self.line(number)
        if existing is None:
            return
        lines.delete_line(self.db, self.actor, existing.id, reason=reason)
        self.history.record(
            Step(StepKind.DELETE, existing.id, self.section.id, number, existing.line, None)
        )

    def totals(self, saved: list[StoredLine] | None = None) -> tuple[int, int]:
        """(lines keyed, lines declared) — the section's control totals."""
        saved = self.saved_lines() if saved is None else saved
        return len(saved), self.section.section.declared_lines

    def close(self, reason: str = "") -> None:
        """Mark the section keyed; a totals mismatch needs a reason, kept in the audit log."""
        keyed, declared = self.totals()
        if keyed != declared and not reason.strip():
            raise TotalsMismatch(keyed, declared)
        note = reason.strip()
        if keyed != declared:
            note = f"totals differ ({keyed} keyed, {declared} declared): {note}"
        sections.set_status(self.db, self.actor, self.section.id, SectionStatus.KEYED, reason=note)
        if self.db.meta("resume_section") == self.section.section.uuid:
            campaign_store.set_meta(self.db, "resume_section", "")
        self.reload_section()
