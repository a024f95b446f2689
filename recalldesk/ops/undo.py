"""Undo and redo of saved changes, below the UI (Anki's ``collection.undo()``).

Every saved change to a line is recorded as a step that knows how to reverse
itself through the same audited repository functions: undoing an accepted
line tombstones it, undoing an edit writes the old values back, undoing a
delete restores the row. Nothing is ever erased, so undo itself is audited
and survives a merge like any other change. Undo keeps the section's
invariants: a line changed on a closed section reopens it (see
:func:`recalldesk.ops.keying.change_line`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from recalldesk.core.messages import Message, msg
from recalldesk.core.records import SignatureLine


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
    before: SignatureLine | None  # the line before the change (EDIT, DELETE)
    after: SignatureLine | None  # the line after the change (ACCEPT, EDIT)

    @property
    def label(self) -> Message:
        """What the step did, for the Edit menu ("Undo saving line 5")."""
        return msg(f"step.{self.kind}", line=self.line_number)

    def reason(self, *, undoing: bool) -> Message:
        """The audit reason of reversing (or redoing) this step."""
        return msg(("undo." if undoing else "redo.") + str(self.kind), line=self.line_number)


class UndoHistory:
    """The session's saved changes, in order, and those undone (for redo)."""

    def __init__(self) -> None:
        self._done: list[Step] = []
        self._undone: list[Step] = []

    def record(self, step: Step) -> None:
        self._done.append(step)
        self._undone.clear()

    def can_undo(self) -> bool:
        return bool(self._done)

    def can_redo(self) -> bool:
        return bool(self._undone)

    def undo_label(self) -> Message | None:
        return self._done[-1].label if self._done else None

    def redo_label(self) -> Message | None:
        return self._undone[-1].label if self._undone else None

    def next_undo(self) -> Step:
        return self._done[-1]

    def next_redo(self) -> Step:
        return self._undone[-1]

    def undone(self, step: Step) -> None:
        """``step`` (the last done) was reversed in the database."""
        assert self._done and self._done[-1] is step
        self._undone.append(self._done.pop())

    def redone(self, step: Step) -> None:
        assert self._undone and self._undone[-1] is step
        self._done.append(self._undone.pop())
