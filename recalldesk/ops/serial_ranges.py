"""Central hands out section serial ranges to each office (issue 13; core.serials)."""

from __future__ import annotations

from recalldesk.core.messages import msg
from recalldesk.core.records import Actor
from recalldesk.core.serials import SerialRange, make_range
from recalldesk.ops.base import Changes, Done, Permission, refuse
from recalldesk.ops.workspace import Workspace
from recalldesk.store import audit
from recalldesk.store import serial_ranges as store


def issue(
    ws: Workspace, actor: Actor, office_code: str, first: str, last: str
) -> Done[SerialRange]:
    """Give ``office_code`` the serials ``first`` to ``last``; a range overlapping one
    already issued (to any office) is refused."""
    found = make_range(office_code.strip(), first, last)
    if found is None or not found.office_code:
        raise refuse("serials.bad_range", first=first[:40], last=last[:40])
    with ws.change(actor, Permission.MERGE) as db:
        for other in store.all_ranges(db):
            if other.overlaps(found):
                raise refuse(
                    "serials.overlap", office=other.office_code,
                    first=f"{other.prefix}{other.first}", last=f"{other.prefix}{other.last}",
                )  # fmt: skip
        store.add_range(db.conn, found, audit.now_iso(), actor.operator)
        audit.record(
            db.conn, actor, "note", "serial_range", office_code,
            {"office": found.office_code, "prefix": found.prefix, "first": found.first,
             "last": found.last},
            msg("audit.serials_issued", first=first, last=last, office=found.office_code),
        )  # fmt: skip
    return Done(found, Changes(campaign=True))


def ranges(ws: Workspace) -> list[SerialRange]:
    return store.all_ranges(ws.db)


__all__ = ["issue", "ranges"]
