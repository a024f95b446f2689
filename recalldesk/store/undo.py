"""Undo and redo of saved changes, below the UI (Anki's ``collection.undo()``).

Every saved change to a line is recorded as a step that knows how to reverse
itself through the same audited repository functions: undoing an accepted
line tombstones it, undoing an edit writes the old values back, undoing a
delete restores the row. Nothing is ever erased, so undo itself is audited
and survives a merge like any other change.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from recalldesk.core.records import SignatureLine
from recalldesk.core.zipdata import ZipTable
from recalldesk.store import lines
from recalldesk.store.audit import Actor
from recalldesk.store.connection import Database


class StepKind(StrEnum):
    ACCEPT = "accept"
    EDIT = "edit"
    DELETE = "delete"


@dataclass(frozen=True, slots=True)
class Step:
    kind: StepKind
    line_id: int
    section_id: int
    line_number: int
    before: SignatureLine | None  # the line before the change (EDIT)
    after: SignatureLine | None  # the line after the change (ACCEPT, EDIT)

    @property
    def label(self) -> str:
        return {
            StepKind.ACCEPT: f"saving line {self.line_number}",
            StepKind.EDIT: f"editing line {self.line_number}",
            StepKind.DELETE: f"deleting line {self.line_number}",
        }[self.kind]


class UndoHistory:
    """The session's saved changes, undoable in reverse order and redoable."""

    def __init__(self, db: Database, zips: ZipTable) -> None:
        self.db = db
        self.zips = zips
        self._done: list[Step] = []
        self._undone: list[Step] = []

    def record(self, step: Step) -> None:
        self._done.append(step)
        self._undone.clear()

    def can_undo(self) -> bool:
        return bool(self._done)

    def can_redo(self) -> bool:
        return bool(self._undone)

    def undo_label(self) -> str:
        return self._done[-1].label if self._done else ""

    def redo_label(self) -> str:
        return self._undone[-1].label if self._undone else ""

    def undo(self, actor: Actor) -> Step:
        step = self._done.pop()
        try:
            self._apply(actor, step, reverse=True)
        except BaseException:
            self._done.append(step)
            raise
        self._undone.append(step)
        return step

    def redo(self, actor: Actor) -> Step:
        step = self._undone.pop()
        try:
            self._apply(actor, step, reverse=False)
        except BaseException:
            self._undone.append(step)
            raise
        self._done.append(step)
        return step

    def _apply(self, actor: Actor, step: Step, *, reverse: bool) -> None:
        reason = ("undo " if reverse else "redo ") + step.label
        if step.kind is StepKind.ACCEPT:
            if reverse:
                lines.delete_line(self.db, actor, step.line_id, reason=reason)
            else:
                lines.restore_line(self.db, actor, step.line_id, reason=reason)
        elif step.kind is StepKind.DELETE:
            if reverse:
                lines.restore_line(self.db, actor, step.line_id, reason=reason)
            else:
                lines.delete_line(self.db, actor, step.line_id, reason=reason)
        else:
            target = step.before if reverse else step.after
            assert target is not None
            lines.update_line(self.db, actor, self.zips, step.line_id, target, reason=reason)
