"""The review queue: groups of lines that may be one signer, settled by a person.

Confirming a group records that its lines are one signer: the line keyed
first counts, the others are repeats (what the registrar calls "signed more
than once") and no longer count anywhere. Dismissing records that they are
different people. Both are audited, reversible (:func:`reopen`), and are not
asked again unless one of the lines changes. Bulk confirmation takes only
the groups the matcher calls likely; a group the lines alone cannot decide
(a Jr beside a line without one) is never among them.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from recalldesk.core.records import Actor
from recalldesk.ops.base import Changes, Done, Permission, refuse
from recalldesk.ops.workspace import Workspace
from recalldesk.store import audit, decisions
from recalldesk.store import dedupe as store
from recalldesk.store.decisions import DUPLICATE, NOT_DUPLICATE
from recalldesk.store.dedupe import MemberLine, StoredGroup, StoredPair

CONFIRMED = "confirmed"
DISMISSED = "dismissed"
OPEN = "open"

__all__ = [
    "CONFIRMED", "DISMISSED", "OPEN", "MemberLine", "QueueGroup", "StoredPair", "confirm",
    "confirm_likely", "dismiss", "queue", "reopen",
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class QueueGroup:
    """A group as the queue shows it: its lines (first keyed first) and its scored pairs."""

    group: StoredGroup
    lines: tuple[MemberLine, ...]
    pairs: tuple[StoredPair, ...]

    @property
    def id(self) -> int:
        return self.group.id

    @property
    def offices(self) -> tuple[str, ...]:
        return tuple(sorted({line.office_code for line in self.lines}))


def queue(ws: Workspace, *, status: str = OPEN, office: str | None = None) -> list[QueueGroup]:
    """Groups in ``status`` (open: the queue), best score first; ``office`` filters by member."""
    out = []
    for group in store.groups(ws.db, status=status):
        lines = tuple(store.member_lines(ws.db, group.members))
        if office and not any(line.office_code == office for line in lines):
            continue
        pairs = tuple(store.pairs_of_groups(ws.db.conn, [group.id]))
        out.append(QueueGroup(group, lines, pairs))
    return out


def _group(ws: Workspace, group_id: int) -> QueueGroup:
    found = store.group(ws.db, group_id)
    if found is None:
        raise refuse("dedupe.no_group", group=group_id)
    group, pairs = found
    return QueueGroup(group, tuple(store.member_lines(ws.db, group.members)), tuple(pairs))


def confirm(
    ws: Workspace, actor: Actor, group_id: int, *, keep: int | None = None
) -> Done[QueueGroup]:
    """The group's lines are one signer: ``keep`` (a line id; default the first keyed) counts."""
    with ws.change(actor, Permission.DECIDE_DUPLICATES) as db:
        entry = _group(ws, group_id)
        if entry.group.status != OPEN:
            raise refuse("dedupe.already_settled", group=group_id, status=entry.group.status)
        kept = next((line for line in entry.lines if line.line_id == keep), entry.lines[0])
        for line in entry.lines:
            if line is not kept:
                decisions.decide_duplicate(
                    db, actor, kept.uuid, line.uuid, DUPLICATE, repeat_uuid=line.uuid
                )
        store.set_group_status(db.conn, group_id, CONFIRMED, actor.operator, audit.now_iso())
    return Done(_group(ws, group_id), Changes(figures=True, section_list=True))


def dismiss(ws: Workspace, actor: Actor, group_id: int) -> Done[QueueGroup]:
    """The group's lines are different people (a household, namesakes)."""
    with ws.change(actor, Permission.DECIDE_DUPLICATES) as db:
        entry = _group(ws, group_id)
        if entry.group.status != OPEN:
            raise refuse("dedupe.already_settled", group=group_id, status=entry.group.status)
        for a, b in combinations(entry.lines, 2):
            decisions.decide_duplicate(db, actor, a.uuid, b.uuid, NOT_DUPLICATE)
        store.set_group_status(db.conn, group_id, DISMISSED, actor.operator, audit.now_iso())
    return Done(_group(ws, group_id), Changes(figures=True))


def reopen(ws: Workspace, actor: Actor, group_id: int) -> Done[QueueGroup]:
    """Take back a confirmation or dismissal: the decisions go, the group is open again."""
    with ws.change(actor, Permission.DECIDE_DUPLICATES) as db:
        entry = _group(ws, group_id)
        if entry.group.status == OPEN:
            return Done(entry)
        for a, b in combinations(entry.lines, 2):
            decisions.undo_decision(db, actor, a.uuid, b.uuid)
        store.set_group_status(db.conn, group_id, OPEN, "", "")
    return Done(_group(ws, group_id), Changes(figures=True, section_list=True))


def confirm_likely(ws: Workspace, actor: Actor) -> Done[int]:
    """Confirm every open group the matcher calls likely (never an undecidable one)."""
    confirmed = 0
    with ws.change(actor, Permission.DECIDE_DUPLICATES):
        for group in store.groups(ws.db, status=OPEN):
            if group.likely and not group.undecidable:
                confirm(ws, actor, group.id)
                confirmed += 1
    return Done(confirmed, Changes(figures=True, section_list=True))
