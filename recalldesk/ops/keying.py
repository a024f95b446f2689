"""One volunteer keying one section: save, mark, edit, undo, close.

The UI's keying view is a thin shell over :class:`KeyingSession`, so the
whole flow is tested without a QApplication. Every change is one operation:
the actor's permission and the section's owner are checked, the line and
anything it implies (a closed section reopened) commit together, and the
result says what changed.
"""

from __future__ import annotations

from dataclasses import replace

from recalldesk.core.matching.voter_verdict import Prediction
from recalldesk.core.messages import Message, msg
from recalldesk.core.records import Actor, LineMark, SectionStatus, SignatureLine
from recalldesk.ops import signed_before, verification, voter_match
from recalldesk.ops.base import Done, OpRefused, Permission, line_changes, refuse
from recalldesk.ops.undo import Step, StepKind, UndoHistory
from recalldesk.ops.workspace import Workspace
from recalldesk.store import campaign as campaign_store
from recalldesk.store import lines, sections
from recalldesk.store.lines import StoredLine
from recalldesk.store.sections import StoredSection

# A line changed on a section in one of these states reopens it for keying.
_CLOSED = (SectionStatus.KEYED, SectionStatus.VERIFIED, SectionStatus.EXPORTED)
MAX_FIELD = 1000  # characters; a signer's name or street is never near this


class TotalsMismatch(OpRefused):
    """Closing needs a reason: keyed lines differ from the declared count."""

    def __init__(self, keyed: int, declared: int) -> None:
        super().__init__(msg("close.totals_differ", keyed=keyed, declared=declared))
        self.keyed = keyed
        self.declared = declared


def owns(ws: Workspace, section: StoredSection) -> bool:
    """Only the office that logged a section changes it; others see it read-only.

    (The central office sees every office's sections, merged from packets;
    what it changed there would never travel back to the office.)
    """
    return section.origin_office == ws.office_code


def _check_line(line: SignatureLine) -> None:
    if line.line_number < 1:
        raise refuse("line.number_not_positive", line=line.line_number)
    for name in ("first_name", "last_name", "street_number", "street_name", "unit", "city"):
        if len(getattr(line, name)) > MAX_FIELD:
            raise refuse("line.field_too_long", field=name, limit=MAX_FIELD)
    if len(line.zip_code) > 10:
        raise refuse("line.field_too_long", field="zip_code", limit=10)


def _reopen_if_closed(ws: Workspace, actor: Actor, stored: StoredSection, why: Message) -> bool:
    """Inside a change: a closed section whose lines change is open again (audited)."""
    if stored.section.status not in _CLOSED:
        return False
    if not ws.may(actor, Permission.CLOSE_SECTION):  # closing was a lead's; so is reopening
        raise refuse("keying.reopen_needs_lead", serial=stored.section.serial)
    # A verification drawn, under way or done no longer holds: the lines it compared (or
    # will compare) are changing. Verified sections say so; open ones are lost too.
    verification.lose_verified(ws, actor, stored.id, int(why.params.get("line", 0)))
    sections.set_status(
        ws.db, actor, stored.id, SectionStatus.KEYING,
        reason=msg("audit.reopened", was=str(stored.section.status), cause=why.code,
                   line=why.params.get("line", 0)),
    )  # fmt: skip
    return True


def _section_for_change(ws: Workspace, section_id: int) -> StoredSection:
    stored = sections.get_section(ws.db, section_id)
    if stored is None:
        raise refuse("section.missing")
    if not owns(ws, stored):
        raise refuse("keying.not_owner", serial=stored.section.serial, office=stored.origin_office)
    return stored


class KeyingSession:
    """Keying state for one open section; :attr:`history` is shared across sections."""

    def __init__(
        self,
        ws: Workspace,
        actor: Actor,
        section_id: int,
        history: UndoHistory | None = None,
    ) -> None:
        self.ws = ws
        self.actor = actor
        self.history = history if history is not None else UndoHistory()
        stored = sections.get_section(ws.db, section_id)
        if stored is None:
            raise refuse("section.missing")
        self.section: StoredSection = stored
        verification.check_not_blind(ws, actor, stored)
        self.editable = owns(ws, stored)
        if self.editable and stored.section.status is SectionStatus.RECEIVED:
            with ws.change(actor, Permission.KEY) as db:
                sections.set_status(db, actor, section_id, SectionStatus.KEYING)
                campaign_store.set_meta(db, "resume_section", stored.section.uuid)
            self.reload_section()
        elif self.editable and stored.section.status is SectionStatus.KEYING:
            campaign_store.set_meta(ws.db, "resume_section", stored.section.uuid)

    @property
    def section_id(self) -> int:
        return self.section.id

    @property
    def closed(self) -> bool:
        """Keyed, verified or exported: opened for review, editing reopens it."""
        return self.section.section.status in _CLOSED

    def reload_section(self) -> StoredSection:
        stored = sections.get_section(self.ws.db, self.section.id)
        assert stored is not None
        self.section = stored
        return stored

    def saved_lines(self) -> list[StoredLine]:
        return lines.lines_for_section(self.ws.db, self.section.id)

    def line(self, number: int) -> StoredLine | None:
        return lines.line_in_section(self.ws.db, self.section.id, number)

    def row_count(self, saved: list[StoredLine] | None = None) -> int:
        """Rows the grid shows: the declared count, or more if lines were keyed past it.

        Pass ``saved`` (from :meth:`saved_lines`) to avoid reading the lines again.
        """
        saved = self.saved_lines() if saved is None else saved
        highest = max((s.line.line_number for s in saved), default=0)
        return max(self.section.section.declared_lines, highest, 1)

    def resume_at(self, saved: list[StoredLine] | None = None) -> int:
        """The first line number with nothing saved yet (where keying picks up)."""
        saved = self.saved_lines() if saved is None else saved
        numbers = {s.line.line_number for s in saved}
        number = 1
        while number in numbers:
            number += 1
        return number

    # ----- changes ------------------------------------------------------------------------

    def save(self, line: SignatureLine) -> Done[StoredLine]:
        """Save what was keyed for a line number: a new line, or an edit of the saved one."""
        _check_line(line)
        with self.ws.change(self.actor, Permission.KEY) as db:
            section = _section_for_change(self.ws, self.section.id)
            existing = self.line(line.line_number)
            seen = signed_before.findings(db, line, existing.id if existing else None)
            if existing is None:
                stored = lines.accept_line(
                    db, self.actor, self.ws.zips, self.section.id, line, extra=seen
                )
                step = Step(StepKind.ACCEPT, stored.id, self.section.id, line.line_number, None,
                            line)  # fmt: skip
            else:
                before = replace(existing.line, problems=(), uuid="")
                after = replace(line, problems=(), uuid="")
                stored = lines.update_line(
                    db, self.actor, self.ws.zips, existing.id, after, extra=seen
                )
                step = Step(StepKind.EDIT, existing.id, self.section.id, line.line_number,
                            before, after)  # fmt: skip
                if before == after:
                    return Done(stored, line_changes(self.section.id))
            reopened = _reopen_if_closed(self.ws, self.actor, section, step.label)
        self.history.record(step)
        return self._done(stored, reopened)

    def voter_check(self, line: SignatureLine) -> Prediction | None:
        """The voter file's predicted verdict on ``line`` (None: this database holds no
        voter file, or the line has no name). Shown, never stored: the voter file's
        contents do not travel with the line."""
        if not (line.first_name and line.last_name) or line.mark in (
            LineMark.BLANK, LineMark.STRUCK,
        ):  # fmt: skip
            return None
        return voter_match.lookup(
            self.ws, line.first_name, line.last_name, line.street_number, line.street_name,
            line.city, line.zip_code,
        )  # fmt: skip

    def mark(self, number: int, mark: LineMark) -> Done[StoredLine]:
        """Save a blank or struck line in one step (nothing else on it is keyed)."""
        return self.save(SignatureLine(number, signature_present=False, mark=mark))

    def delete(self, number: int) -> Done[None]:
        with self.ws.change(self.actor, Permission.KEY) as db:
            section = _section_for_change(self.ws, self.section.id)
            existing = self.line(number)
            if existing is None:
                return Done(None)
            lines.delete_line(db, self.actor, existing.id, reason=msg("audit.line_deleted"))
            step = Step(StepKind.DELETE, existing.id, self.section.id, number, existing.line, None)
            reopened = _reopen_if_closed(self.ws, self.actor, section, step.label)
        self.history.record(step)
        self.reload_section()
        return Done(None, line_changes(self.section.id, status_changed=reopened))

    def _done(self, stored: StoredLine, reopened: bool) -> Done[StoredLine]:
        if reopened:
            self.reload_section()
        serial = self.section.section.serial
        notes = (msg("note.section_reopened", serial=serial),) if reopened else ()
        return Done(stored, line_changes(self.section.id, status_changed=reopened), notes)

    def totals(self, saved: list[StoredLine] | None = None) -> tuple[int, int]:
        """(lines keyed, lines declared) — the section's control totals."""
        saved = self.saved_lines() if saved is None else saved
        return len(saved), self.section.section.declared_lines

    def close(self, reason: str = "") -> Done[StoredSection]:
        """Mark the section keyed; a totals mismatch needs a reason, kept with the section."""
        with self.ws.change(self.actor, Permission.CLOSE_SECTION) as db:
            _section_for_change(self.ws, self.section.id)
            keyed, declared = self.totals()
            why = reason.strip()
            if keyed != declared and not why:
                raise TotalsMismatch(keyed, declared)
            note = (
                msg("audit.closed_totals_differ", keyed=keyed, declared=declared, reason=why)
                if keyed != declared
                else msg("audit.closed")
            )
            sections.set_status(
                db, self.actor, self.section.id, SectionStatus.KEYED,
                close_note=why if keyed != declared else "", reason=note,
            )  # fmt: skip
            if db.meta("resume_section") == self.section.section.uuid:
                campaign_store.set_meta(db, "resume_section", "")
        stored = self.reload_section()
        return Done(stored, line_changes(self.section.id, status_changed=True))


def undo(ws: Workspace, actor: Actor, history: UndoHistory) -> Done[Step]:
    """Reverse the last saved change (audited); a closed section it touches reopens."""
    step = history.next_undo()
    reopened = _apply(ws, actor, step, undoing=True)
    history.undone(step)
    return _step_done(ws, step, reopened)


def redo(ws: Workspace, actor: Actor, history: UndoHistory) -> Done[Step]:
    step = history.next_redo()
    reopened = _apply(ws, actor, step, undoing=False)
    history.redone(step)
    return _step_done(ws, step, reopened)


def _step_done(ws: Workspace, step: Step, reopened: bool) -> Done[Step]:
    notes: tuple[Message, ...] = ()
    if reopened:
        stored = sections.get_section(ws.db, step.section_id)
        serial = stored.section.serial if stored is not None else ""
        notes = (msg("note.section_reopened", serial=serial),)
    return Done(step, line_changes(step.section_id, status_changed=reopened), notes)


def _apply(ws: Workspace, actor: Actor, step: Step, *, undoing: bool) -> bool:
    reason = step.reason(undoing=undoing)
    with ws.change(actor, Permission.KEY) as db:
        section = _section_for_change(ws, step.section_id)
        removing = (step.kind is StepKind.ACCEPT) == undoing
        if step.kind is StepKind.EDIT:
            target = step.before if undoing else step.after
            assert target is not None
            seen = signed_before.findings(db, target, step.line_id)
            lines.update_line(db, actor, ws.zips, step.line_id, target, reason=reason, extra=seen)
        elif removing:
            lines.delete_line(db, actor, step.line_id, reason=reason)
        else:
            lines.restore_line(db, actor, step.line_id, reason=reason)
        return _reopen_if_closed(ws, actor, section, step.label)
