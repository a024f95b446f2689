"""An office's sync packet: every change since the last packet, signed, in one .xlsx.

``recalldesk sync --to FOLDER`` and File → Sync call :func:`write_packet`.
The rows are read twice inside one snapshot — once to count and sign them,
once to stream them into the workbook — because the Manifest (with the
signature) must be built before the data sheets are streamed, and holding
a full packet in memory is not an option at 900k lines.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from openpyxl import Workbook

from recalldesk import __version__
from recalldesk.core.packet_format import (
    PACKET_FORMAT,
    PACKET_SHEETS,
    PACKET_SIGNED_FIELDS,
    Signer,
    derive_keys,
    encode_rows,
    packet_file_name,
)
from recalldesk.exchange.atomic import atomic_write
from recalldesk.exchange.signed_write import add_manifest_sheet, settle_rows, text_columns
from recalldesk.exchange.xlsx_stream import StreamedSheet, write_workbook
from recalldesk.store import sync_rows, sync_state
from recalldesk.store.audit import now_iso
from recalldesk.store.campaign import get_campaign
from recalldesk.store.connection import Database
from recalldesk.store.migrations import LATEST_VERSION
from recalldesk.store.setup import Role, role

_BATCH = 5_000


class SyncRefused(Exception):
    """This database cannot send or receive sync files as it is set up; nothing was written."""


class SyncCancelled(Exception):
    """The user cancelled; no file was written and nothing was recorded."""


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


def signing_keys_for(db: Database) -> tuple[str, bytes, str]:
    """(campaign id, signing key, campaign name); refuses a database without a campaign key."""
    key = sync_state.campaign_key(db)
    if not key:
        raise SyncRefused(
            "This database has no campaign key, so its sync files could not be signed or "
            "checked. Every office and the central office need the same key, set at setup "
            "(recalldesk init --campaign-key KEY)."
        )
    campaign = get_campaign(db)
    keys = derive_keys(key)
    return keys.campaign_id, keys.signing, campaign.name if campaign else ""


def _batches(rows: Iterable[Sequence[str]], size: int = _BATCH) -> Iterator[list[Sequence[str]]]:
    iterator = iter(rows)
    while batch := list(islice(iterator, size)):
        yield batch


def write_packet(
    db: Database,
    folder: Path,
    *,
    full: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    max_rows_per_sheet: int = 1_048_576,
) -> PacketWritten:
    """Write this office's next packet into ``folder``; returns what was written.

    A packet holds the changes since the last one (all records with
    ``full``). With nothing new it writes nothing (``path`` is None). The
    office's sync state advances only once the file is safely on disk.
    ``progress(done, total)`` counts rows; ``cancelled()`` stops it with
    :class:`SyncCancelled`. A sheet longer than ``max_rows_per_sheet``
    (Excel's limit) continues on numbered sheets. Needs a writable connection
    usable on the calling thread (temp tables hold the packet's row ids).
    """
    if role(db) == Role.CENTRAL:
        raise SyncRefused(
            "This is the central office's database: it merges packets (recalldesk merge) and "
            "sends digests (recalldesk digest); only field offices send packets."
        )
    office = db.meta("office_code")
    device = db.meta("device_id")
    if not office:
        raise SyncRefused("This database is not set up for an office yet: run the setup first.")
    campaign_id, signing, campaign_name = signing_keys_for(db)
    state = sync_state.packet_state(db)
    sequence = state.last_sequence + 1
    since = 0 if full else state.covered_change_seq

    def check_cancel() -> None:
        if cancelled is not None and cancelled():
            raise SyncCancelled()

    with db.snapshot() as conn:
        upto = sync_rows.current_change_seq(conn)
        nothing = PacketWritten(None, state.last_sequence, full, since, upto, {})
        if not full and upto <= since:
            return nothing
        counts = sync_rows.plan_packet(conn, since, upto)
        if not full and not any(counts.values()):
            return nothing  # changes to campaign settings only: not part of a packet
        manifest = {
            "format": PACKET_FORMAT,
            "campaign_id": campaign_id,
            "office_code": office,
            "device_id": device,
            "sequence": str(sequence),
            "since_change_seq": str(since),
            "upto_change_seq": str(upto),
            "full": "1" if full else "0",
            "schema_version": str(LATEST_VERSION),
            "app_version": __version__,
            **{f"rows_{title.lower()}": str(n) for title, n in counts.items()},
        }
        signer = Signer(signing, [(k, manifest[k]) for k in PACKET_SIGNED_FIELDS])
        for spec in PACKET_SHEETS:
            signer.sheet(spec.title, spec.header)
            for batch in _batches(settle_rows(sync_rows.iter_packet_rows(conn, spec))):
                check_cancel()
                signer.rows_text(encode_rows(batch))
        fields = [
            *manifest.items(),
            ("campaign_name", campaign_name),
            ("created_at", now_iso()),
            ("signature", signer.hexdigest()),
        ]
        total = sum(counts.values())

        def on_rows(done: int) -> None:
            check_cancel()
            if progress is not None:
                progress(min(done, total), total)

        sources = [sync_rows.iter_packet_rows(conn, spec) for spec in PACKET_SHEETS]
        sheets = [
            StreamedSheet(
                spec.title, text_columns(spec.header), settle_rows(rows), counts[spec.title]
            )
            for spec, rows in zip(PACKET_SHEETS, sources, strict=True)
        ]
        target = Path(folder) / packet_file_name(office, device, sequence)

        def build(wb: Workbook) -> None:
            add_manifest_sheet(wb, fields)

        try:
            with atomic_write(target) as handle:
                write_workbook(
                    handle, build, sheets, progress=on_rows, max_rows_per_sheet=max_rows_per_sheet
                )
        finally:
            for rows in sources:
                rows.close()
    sync_state.record_packet_written(db, sequence, upto)
    if progress is not None:
        progress(total, total)
    return PacketWritten(target, sequence, full, since, upto, counts)
