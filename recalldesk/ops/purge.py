"""``purge``: at the end of the drive, remove the signers' personal data, provably.

EC 18650 allows a campaign to use what a signer wrote only to qualify the
petition; once it has been filed and counted the names and addresses have
no further lawful use. The purge removes them from the database (bytes
overwritten, the WAL folded back, the file rewritten by VACUUM), from every
backup and migration copy in the backups folder, and removes the voter
file; it keeps every figure, and the audit says who purged, when, and what
was removed (store.purge says exactly what goes and what stays).

After it the database sends and merges no more packets: new lines would
bring personal data back, and rows without names would overwrite others'.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from recalldesk.core.messages import msg
from recalldesk.core.records import Actor
from recalldesk.core.work import Progress
from recalldesk.ops.base import Changes, Done, Permission, refuse
from recalldesk.ops.workspace import Workspace
from recalldesk.store import audit
from recalldesk.store import campaign as campaign_store
from recalldesk.store import purge as store
from recalldesk.store import voters as voter_store
from recalldesk.store.backups import folder_of


@dataclass(frozen=True, slots=True)
class Purged:
    lines: int
    circulators: int
    voters: int
    verdicts: int
    conflicts: int
    audit_entries: int
    backups: int  # backup files scrubbed alike
    at: str


def purged_at(ws: Workspace) -> str:
    """When this database's personal data was purged ("" if never)."""
    return ws.db.meta(store.PURGED_AT)


def refuse_if_purged(ws: Workspace) -> None:
    """For the operations that would bring personal data back (sync, merge)."""
    when = purged_at(ws)
    if when:
        raise refuse("purge.done", at=when)


@dataclass(frozen=True, slots=True)
class ToPurge:
    lines: int  # lines holding a name or an address
    voters: int
    backups: int


def preview(ws: Workspace) -> ToPurge:
    """What a purge would remove now (said before a person confirms it)."""
    return ToPurge(
        store.lines_holding_personal(ws.db), sum(voter_store.count_by_status(ws.db).values()),
        len(_copies(ws.path)),
    )  # fmt: skip


def purge_drive(ws: Workspace, actor: Actor, progress: Progress | None = None) -> Done[Purged]:
    """Remove every signer's name and address, the voter file and what was made of them,
    here and in every backup; keep the figures and the audit (see the module)."""
    refuse_if_purged(ws)
    copies = _copies(ws.path)
    steps = 2 + len(copies)
    if progress is not None:
        progress(0, steps)
    now = audit.now_iso()
    with ws.change(actor, Permission.PURGE) as db:
        removed = store.purge_personal(db.conn)
        campaign_store.set_meta(db, store.PURGED_AT, now)
        audit.record(
            db.conn, actor, "bulk", "purge", "",
            {"lines": removed.lines, "circulators": removed.circulators,
             "voters": removed.voters, "verdicts": removed.verdicts,
             "conflicts": removed.conflicts, "audit_entries": removed.audit_entries},
            msg("audit.purge", lines=removed.lines), at=now,
        )  # fmt: skip
    if progress is not None:
        progress(1, steps)
    voter_store.after_purge(ws.db)  # the WAL folded back, freed pages gone
    scrubbed = 0
    for n, path in enumerate(copies, start=2):
        if progress is not None:
            progress(n, steps)
        scrubbed += store.purge_copy(path)
    if progress is not None:
        progress(steps, steps)
    return Done(
        Purged(
            removed.lines, removed.circulators, removed.voters, removed.verdicts,
            removed.conflicts, removed.audit_entries, scrubbed, now,
        ),
        Changes(section_list=True, figures=True, conflicts=True, campaign=True),
    )  # fmt: skip


def _copies(db_path: Path) -> list[Path]:
    """Every database copy in the backups folder: daily and pre-sync backups, the copies
    taken before a schema upgrade or a restore."""
    folder = folder_of(db_path)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix == ".sqlite3")


__all__ = ["Purged", "ToPurge", "preview", "purge_drive", "purged_at", "refuse_if_purged"]
