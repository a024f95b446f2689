"""An office's side of sync: its next packet out, central's digest in.

``recalldesk sync`` and File → Sync write the packet (everything created,
changed or deleted since the last one) and import the newest digest for
this office found beside it. The office's sync state advances only once the
packet file is safely on disk, so a failed write means the next sync simply
covers the same changes again.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from recalldesk import __version__
from recalldesk.core.messages import msg
from recalldesk.core.packet_format import (
    DIGEST_CAMPAIGN,
    DIGEST_DECISIONS,
    DIGEST_STANDING,
    DIGEST_SUFFIX,
    PACKET_FORMAT,
    SheetSpec,
    packet_file_name,
)
from recalldesk.core.records import Actor
from recalldesk.core.sync_records import RowProblem
from recalldesk.core.work import IsCancelled, Progress
from recalldesk.exchange.digest import DigestFile
from recalldesk.exchange.package import DEFAULT_LIMITS, Limits
from recalldesk.exchange.packet_write import write_packet_file
from recalldesk.exchange.seal import Signer
from recalldesk.exchange.signed_read import Refused
from recalldesk.ops.backups import RESTART_PENDING, check_master, take_backup
from recalldesk.ops.base import Changes, Done, Permission, refuse
from recalldesk.ops.keys import campaign_identity, signing_key
from recalldesk.ops.purge import refuse_if_purged
from recalldesk.ops.workspace import Workspace
from recalldesk.store import audit, digests, sync_rows, sync_state
from recalldesk.store import campaign as campaign_store
from recalldesk.store import keys as key_store
from recalldesk.store.audit import now_iso
from recalldesk.store.errors import StorageError
from recalldesk.store.migrations import LATEST_VERSION
from recalldesk.store.sync_stage import Staging


@dataclass(frozen=True, slots=True)
class PacketWritten:
    """What :func:`write_packet` did. ``path`` is None when there was nothing to send."""

    path: Path | None
    sequence: int
    full: bool
    since_change_seq: int
    upto_change_seq: int
    rows: dict[str, int]

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


def write_packet(
    ws: Workspace,
    actor: Actor,
    folder: Path,
    *,
    full: bool = False,
    after_restore: bool = False,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    max_rows_per_sheet: int = 1_048_576,
    signer: Signer | None = None,
) -> Done[PacketWritten]:
    """Write this office's next packet into ``folder``, signed with the office's own key
    (``signer``: ops.office_keys.unlock) when it has one.

    A packet holds the changes since the last one (all records with
    ``full``). With nothing new it writes nothing (``path`` is None). A sheet
    longer than ``max_rows_per_sheet`` (Excel's limit) continues on numbered
    sheets. ``after_restore`` (after restoring this computer from a backup,
    when central refuses the office's packet numbers as reused) gives the
    database a new device identity and sends everything as its packet 1.
    Needs a writable workspace usable on the calling thread (temp tables hold
    the packet's row ids). Raises Cancelled when cancelled.
    """
    ws.check(actor, Permission.SYNC)
    if not ws.office_code:
        raise refuse("setup.not_set_up")
    refuse_if_purged(ws)
    identity = campaign_identity(ws, signing_key(ws, signer))
    db = ws.db
    check_master(ws)
    take_backup(ws, "before-sync")
    if db.meta(RESTART_PENDING) == "1":  # this database was restored from a backup
        after_restore = True
    if after_restore:
        full = True
        old, new = ws.identity.device_id, str(uuid.uuid4())
        with ws.change(actor, Permission.SYNC):
            sync_state.restart_numbering(db, new)
            campaign_store.set_meta(db, RESTART_PENDING, "0")
            with db.transaction() as conn:
                audit.record(
                    conn, actor, "note", "office", "",
                    {"device_id": [old, new]}, msg("audit.numbering_restarted"),
                )  # fmt: skip
        ws.reload()
    state = sync_state.packet_state(db)
    sequence = state.last_sequence + 1
    since = 0 if full else state.covered_change_seq
    with db.snapshot() as conn:
        upto = sync_rows.current_change_seq(conn)
        nothing = Done(PacketWritten(None, state.last_sequence, full, since, upto, {}))
        if not full and upto <= since:
            return nothing
        counts = sync_rows.plan_packet(conn, since, upto)
        if not full and not any(counts.values()):
            return nothing  # changes to campaign settings only: not part of a packet
        manifest = {
            "format": PACKET_FORMAT,
            "campaign_id": identity.campaign_id,
            "office_code": ws.office_code,
            "device_id": ws.identity.device_id,
            "sequence": str(sequence),
            "since_change_seq": str(since),
            "upto_change_seq": str(upto),
            "full": "1" if full else "0",
            "schema_version": str(LATEST_VERSION),
            "app_version": __version__,
            **{f"rows_{title.lower()}": str(n) for title, n in counts.items()},
            "replaces_devices": " ".join(sync_state.replaced_devices(db)),
        }
        unsigned = [("campaign_name", identity.campaign_name), ("created_at", now_iso())]
        target = Path(folder) / packet_file_name(ws.office_code, ws.identity.device_id, sequence)

        def rows_of(spec: SheetSpec) -> Iterator[tuple[str, ...]]:
            return sync_rows.iter_packet_rows(conn, spec)

        write_packet_file(
            target, manifest, unsigned, identity, rows_of, counts,
            progress=progress, cancelled=cancelled, max_rows_per_sheet=max_rows_per_sheet,
        )  # fmt: skip
    sync_state.record_packet_written(db, sequence, upto)
    total = sum(counts.values())
    if progress is not None:
        progress(total, total)
    return Done(PacketWritten(target, sequence, full, since, upto, counts))


@dataclass(frozen=True, slots=True)
class DigestImported:
    """What importing one digest file did; ``imported`` is False when it was skipped."""

    path: Path
    sequence: int
    imported: bool
    decisions: int
    latest: int = 0  # the newest digest already here, when skipped
    # Newer-looking files passed over on the way to this one, each with its refusal.
    refused: tuple[tuple[Path, Refused], ...] = ()


def import_digest(
    ws: Workspace, actor: Actor, path: Path, *, limits: Limits = DEFAULT_LIMITS
) -> Done[DigestImported]:
    """Check and import one digest addressed to this office; raises Refused if it is not."""
    ws.check(actor, Permission.SYNC)
    identity = campaign_identity(ws)
    db = ws.db
    central_key = key_store.live_central_key(db)
    with DigestFile(Path(path), identity, limits) as digest:
        header = digest.header
        if header.office_code != ws.office_code:
            raise digest.book.refuse(
                msg("file.digest_other_office", theirs=header.office_code, ours=ws.office_code)
            )
        # Central's key trusted here: its digests must bear its signature (checked with
        # the seal), or anyone with the campaign key could write one.
        if central_key is not None and digest.book.sealed.signer != central_key:
            raise digest.book.refuse(msg("file.digest_not_signed"))
        latest = digests.latest_sequence(db)
        if header.sequence <= latest:
            return Done(DigestImported(Path(path), header.sequence, False, 0, latest))
        kept = digest.read_rows()
        with Staging(db, (DIGEST_CAMPAIGN, DIGEST_STANDING, DIGEST_DECISIONS)) as staging:
            for spec in (DIGEST_CAMPAIGN, DIGEST_STANDING, DIGEST_DECISIONS):
                staging.add_rows(spec, kept[spec.title])
            try:
                staging.check()
            except RowProblem as p:
                raise digest.book.refusal_at(p.sheet, p.row, p.column, p.message) from p
        figures = {r[0]: r[1] for r in kept[DIGEST_CAMPAIGN.title]}
        standing = [
            dict(zip(DIGEST_STANDING.header, r, strict=True)) for r in kept[DIGEST_STANDING.title]
        ]
        decisions = kept[DIGEST_DECISIONS.title]
        with ws.change(actor, Permission.SYNC):
            digests.save_digest(
                db, actor, sequence=header.sequence, file_name=digest.name,
                sha256=digest.sha256, created_at=header.created_at, figures=figures,
                standing=standing, decisions=decisions,
            )  # fmt: skip
    imported = DigestImported(Path(path), header.sequence, True, len(decisions))
    return Done(imported, Changes(section_list=True, figures=True))


def import_digests_from(ws: Workspace, actor: Actor, folder: Path) -> Done[DigestImported | None]:
    """Import the newest good digest for this office in ``folder`` (None if there is none).

    Files are tried newest first by name; one that is refused (junk named like
    a digest, a damaged copy) is passed over and reported, so it can never
    keep the office from the real one. Raises Refused only when every
    candidate was refused.
    """
    ws.check(actor, Permission.SYNC)
    found = sorted(
        (
            p
            for p in Path(folder).glob(f"{ws.office_code}-digest-*{DIGEST_SUFFIX}")
            if not p.name.startswith(".")
        ),
        reverse=True,
    )
    passed_over: list[tuple[Path, Refused]] = []
    for path in found:
        try:
            done = import_digest(ws, actor, path)
        except Refused as refusal:
            passed_over.append((path, refusal))
            continue
        except BaseException as error:  # isolation: a parser's panic is a BaseException too
            if isinstance(error, (KeyboardInterrupt, SystemExit, GeneratorExit, StorageError)):
                raise
            detail = f"{type(error).__name__}: {error}"[:200]
            passed_over.append((path, Refused(path.name, msg("file.unforeseen", detail=detail))))
            continue
        value = replace(done.value, refused=tuple(passed_over))
        return Done(value, done.changes)
    if passed_over:
        raise passed_over[0][1]
    return Done(None)


__all__ = ["DigestImported", "PacketWritten", "Refused", "import_digest", "write_packet"]
