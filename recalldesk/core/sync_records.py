"""The values a sync run deals in: a packet's identity, what merging did, a row's problem.

Plain values, so the store that applies packets, the exchange that reads them
and the operations that run a merge all speak of the same things.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from recalldesk.core.messages import Message, MessageError


@dataclass(frozen=True, slots=True)
class PacketRecord:
    """A packet's identity, from its (verified) manifest and the file itself."""

    office_code: str
    device_id: str
    sequence: int
    since_change_seq: int
    upto_change_seq: int
    full: bool
    file_name: str
    sha256: str
    signature: str
    app_version: str
    created_at: str
    keying: bool = True  # carries a Keying sheet (format /4 on); /3 reports nothing
    replaces: tuple[str, ...] = ()  # the device's former identities (after a restore)


@dataclass(slots=True)
class EntityCounts:
    """What merging did with the rows of one sheet (or a total of several)."""

    rows: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0

    def add(self, other: EntityCounts) -> None:
        self.rows += other.rows
        self.added += other.added
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.conflicts += other.conflicts


class RowProblem(MessageError):
    """A packet row (or sheet) that cannot be merged; nothing was written.

    ``row`` is the 1-based data row of the sheet (the header is not counted),
    or None when the problem is with the sheet as a whole.
    """

    def __init__(self, sheet: str, row: int | None, column: str, problem: Message) -> None:
        super().__init__(problem)
        self.sheet = sheet
        self.row = row
        self.column = column


class MergeAction(enum.StrEnum):
    """What the merge does with one incoming record: versions decide."""

    INSERT = "insert"  # unknown here: taken as it came (origin, version, tombstone)
    UPDATE = "update"  # a higher version: the stored record takes the incoming values
    UNCHANGED = "unchanged"  # a lower version, or the same version with the same content
    CONFLICT = "conflict"  # the same version, different content: both kept for a coordinator


def merge_action(
    stored_version: int | None, incoming_version: int, same_content: bool
) -> MergeAction:
    """The merge rule for one record. ``store.sync_apply`` applies it set-wise in SQL;
    a test checks the two agree."""
    if stored_version is None:
        return MergeAction.INSERT
    if incoming_version > stored_version:
        return MergeAction.UPDATE
    if incoming_version == stored_version and not same_content:
        return MergeAction.CONFLICT
    return MergeAction.UNCHANGED
