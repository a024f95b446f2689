"""The coordinators' merge: packets from the offices into the master database.

``recalldesk merge FILE_OR_FOLDER...`` and the Merge window call
:func:`merge_packets`. Each packet is all or nothing: its container and
manifest are checked, every sheet is staged (in temp tables) while its
signature is computed, the rows are checked, and only then is it applied
in one transaction. A refused packet changes nothing and the run goes on
with the next one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from recalldesk import __version__
from recalldesk.core.packet_format import PACKET_SUFFIX
from recalldesk.core.sync_gaps import Received, find_gaps
from recalldesk.exchange.merge_report import MERGED, REFUSED, SKIPPED, MergeReport, PacketOutcome
from recalldesk.exchange.packet_read import (
    CampaignIdentity,
    SheetBatch,
    VerifiedPacket,
    file_sha256,
    read_packet,
    read_packet_manifest,
)
from recalldesk.exchange.packet_write import SyncRefused, signing_keys_for
from recalldesk.exchange.prefetch import Prefetch
from recalldesk.exchange.signed_read import Refused, SignedBook
from recalldesk.exchange.xlsx_guard import DEFAULT_LIMITS, Limits
from recalldesk.store import sync_ledger
from recalldesk.store.audit import Actor
from recalldesk.store.connection import Database
from recalldesk.store.merge_tuning import merge_settings
from recalldesk.store.setup import Role, role
from recalldesk.store.sync_apply import MergeSession
from recalldesk.store.sync_stage import RowProblem, Staging


def campaign_identity(db: Database) -> CampaignIdentity:
    campaign_id, signing, name = signing_keys_for(db)
    return CampaignIdentity(campaign_id, signing, name)


def packet_files(sources: Iterable[Path]) -> list[Path]:
    """Files as given; folders expanded to their packets, sorted (by office, device, sequence)."""
    out: list[Path] = []
    for source in sources:
        source = Path(source)
        if source.is_dir():
            out.extend(
                sorted(
                    p
                    for p in source.iterdir()
                    if p.name.endswith(PACKET_SUFFIX) and not p.name.startswith(".")
                )
            )
        else:
            out.append(source)
    return out


_Plan = list[tuple[Path, str, dict[str, int]]]  # (file, sha256, rows per sheet)
_Item = tuple[int, SheetBatch | VerifiedPacket | Refused]


def merge_packets(
    db: Database,
    actor: Actor,
    sources: Sequence[Path],
    *,
    limits: Limits = DEFAULT_LIMITS,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> MergeReport:
    """Merge packet files (or folders of them) into this central database.

    Returns the report; refusals are in it, never raised. Raises
    :class:`SyncRefused` if this database is not a central one with a
    campaign key. ``progress(done, total)`` counts rows read; when
    ``cancelled()`` turns true the run stops before the next packet is
    applied (packets already merged stay merged; one being read is dropped)
    and the report says so.
    Call it on the thread that owns ``db``; it reads ahead on a worker thread.
    """
    if role(db) != Role.CENTRAL:
        raise SyncRefused(
            "Packets are merged at the central office: this database is a field office's. "
            "Open the central database (set up with recalldesk init --central)."
        )
    identity = campaign_identity(db)
    report = MergeReport()
    files = packet_files(sources)
    plan: _Plan = []
    for path in files:  # cheap checks first, so progress has a total and repeats cost nothing
        outcome, sha256, rows = _triage(db, identity, path, limits)
        if outcome is not None:
            report.outcomes.append(outcome)
        else:
            plan.append((path, sha256, rows))
    total = sum(sum(rows.values()) for _, _, rows in plan)
    done = 0
    with (
        merge_settings(db),
        Prefetch(_read_all(plan, identity, limits)) as items,
        MergeSession(db, expected_lines=sum(rows["Lines"] for _, _, rows in plan)) as session,
    ):
        stream = iter(items)
        for path, _, rows in plan:
            if cancelled is not None and cancelled():
                report.cancelled = True
                break
            base = done

            def on_rows(n: int, base: int = base) -> None:
                if progress is not None:
                    progress(min(base + n, total), total)

            try:
                report.outcomes.append(_merge_one(session, actor, path, stream, on_rows, cancelled))
            except _Cancelled:
                report.cancelled = True
                break
            done += sum(rows.values())
    order = {path: i for i, path in enumerate(files)}
    report.outcomes.sort(key=lambda o: order.get(o.path, len(files)))
    report.gaps = find_gaps(
        Received(e.office_code, e.device_id, e.sequence, e.since_change_seq)
        for e in sync_ledger.entries(db)
    )
    if progress is not None:
        progress(total, total)
    return report


def _triage(
    db: Database, identity: CampaignIdentity, path: Path, limits: Limits
) -> tuple[PacketOutcome | None, str, dict[str, int]]:
    """Refuse or skip a file on its container and manifest alone; else (sha256, rows)."""
    if not path.exists():
        return PacketOutcome(path, REFUSED, "the file does not exist"), "", {}
    try:
        book = SignedBook(path, limits)
        try:
            sha256 = file_sha256(path)
            record, rows = read_packet_manifest(book, identity, sha256)
        finally:
            book.close()
    except Refused as refusal:
        return PacketOutcome(path, REFUSED, str(refusal)), "", {}
    seen = sync_ledger.find_merged(db, sha256, record.device_id, record.sequence, record.signature)
    if seen is not None:
        when = seen.received_at[:16].replace("T", " ")
        outcome = PacketOutcome(
            path, SKIPPED, f"already merged ({seen.file_name}, {when})",
            record.office_code, record.device_id, record.sequence,
        )  # fmt: skip
        return outcome, sha256, {}
    return None, sha256, rows


def _read_all(plan: _Plan, identity: CampaignIdentity, limits: Limits) -> Iterator[_Item]:
    """Every planned packet's items, tagged with its index; runs on the worker thread."""
    for index, (path, sha256, _) in enumerate(plan):
        try:
            for item in read_packet(path, identity, limits, sha256):
                yield index, item
        except Refused as refusal:
            yield index, refusal


class _Cancelled(Exception):
    pass


def _merge_one(
    session: MergeSession,
    actor: Actor,
    path: Path,
    stream: Iterator[_Item],
    on_rows: Callable[[int], None],
    cancelled: Callable[[], bool] | None,
) -> PacketOutcome:
    """Stage one packet's rows as they arrive, then apply it once it is verified."""
    db = session.db
    outcome = PacketOutcome(path, REFUSED)
    read = 0
    with Staging(db) as staging:
        for _, item in stream:
            if isinstance(item, SheetBatch):
                if cancelled is not None and cancelled():
                    raise _Cancelled()  # the packet was only staged: nothing to undo
                staging.add_rows(item.spec, item.rows)
                read += len(item.rows)
                on_rows(read)
                continue
            if isinstance(item, Refused):
                outcome.message = str(item)
                return outcome
            record = item.record
            outcome.office_code, outcome.device_id = record.office_code, record.device_id
            outcome.sequence = record.sequence
            # The same packet twice in one run: the first merge put it in the ledger.
            if sync_ledger.find_merged(
                db, record.sha256, record.device_id, record.sequence, record.signature
            ):
                outcome.status, outcome.message = SKIPPED, "already merged (earlier in this run)"
                return outcome
            try:
                staging.check()
                outcome.counts = session.apply(
                    actor, record, recompute_keys=record.app_version != __version__
                )
            except RowProblem as problem:
                outcome.message = str(item.refusal(problem))
                return outcome
            outcome.status = MERGED
            return outcome
    raise RuntimeError("the packet reader stopped before the end of a packet")
