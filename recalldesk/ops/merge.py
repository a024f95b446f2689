"""The coordinators' merge: packets from the offices into the master database.

``recalldesk merge FILE_OR_FOLDER...`` and the Merge window call
:func:`merge_packets`. Each packet is one atomic step: its seal, container
and manifest are checked, every sheet is staged (in temp tables) and its
rows checked, and only then is it applied, in its own savepoint.

Each file is isolated: whatever it holds — a refusal, an exception the
checks did not foresee, a special file — refuses that file, by name, and
the run goes on; nothing it does can undo another file's merge.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from recalldesk import __version__
from recalldesk.core.messages import Message, msg
from recalldesk.core.packet_format import KEYING, PACKET_SUFFIX
from recalldesk.core.records import Actor
from recalldesk.core.sync_gaps import Gap, Received, find_gaps
from recalldesk.core.sync_records import EntityCounts, RowProblem
from recalldesk.exchange.package import DEFAULT_LIMITS, Limits
from recalldesk.exchange.packet_read import (
    CampaignIdentity,
    SheetBatch,
    VerifiedPacket,
    open_sync_file,
    prepare_packet,
    read_packet,
    read_packet_manifest,
)
from recalldesk.exchange.prefetch import Prefetch
from recalldesk.exchange.signed_read import Prepared, Refused
from recalldesk.exchange.transport import keeping_decrypted
from recalldesk.ops import voter_match
from recalldesk.ops.backups import check_master, take_backup
from recalldesk.ops.base import Changes, Done, Permission
from recalldesk.ops.keys import campaign_identity
from recalldesk.ops.purge import refuse_if_purged
from recalldesk.ops.workspace import Workspace
from recalldesk.store import sync_ledger
from recalldesk.store import voter_match as voter_matches
from recalldesk.store.connection import Database
from recalldesk.store.errors import StorageError
from recalldesk.store.merge_tuning import merge_settings
from recalldesk.store.sync_apply import MergeSession
from recalldesk.store.sync_stage import Staging

MERGED = "merged"
SKIPPED = "skipped"
REFUSED = "refused"


@dataclass(slots=True)
class PacketOutcome:
    """What happened to one file. ``message`` explains a skip or a refusal."""

    path: Path
    status: str
    message: Message | None = None
    office_code: str = ""
    device_id: str = ""
    sequence: int = 0
    counts: dict[str, EntityCounts] = field(default_factory=dict)
    refusal: Refused | None = None  # where in the file, for a refusal

    @property
    def total(self) -> EntityCounts:
        """The records merged (the Keying sheet's figures are not records: apart)."""
        out = EntityCounts()
        for title, c in self.counts.items():
            if title != KEYING.title:
                out.add(c)
        return out

    @property
    def figures_kept_older(self) -> bool:
        """The packet's verification figures were older than the device's already here."""
        found = self.counts.get(KEYING.title)
        return found is not None and found.unchanged > 0


@dataclass(slots=True)
class MergeReport:
    """A merge run's outcome per file, and the packets still missing (``wording.merge``)."""

    outcomes: list[PacketOutcome] = field(default_factory=list)
    gaps: list[Gap] = field(default_factory=list)
    cancelled: bool = False
    voters_matched: int = 0  # lines matched to the voter file after the merge

    def _with(self, status: str) -> list[PacketOutcome]:
        return [o for o in self.outcomes if o.status == status]

    @property
    def merged(self) -> list[PacketOutcome]:
        return self._with(MERGED)

    @property
    def skipped(self) -> list[PacketOutcome]:
        return self._with(SKIPPED)

    @property
    def refused(self) -> list[PacketOutcome]:
        return self._with(REFUSED)

    def totals(self) -> EntityCounts:
        out = EntityCounts()
        for o in self.merged:
            out.add(o.total)
        return out

    def by_sheet(self) -> dict[str, EntityCounts]:
        out: dict[str, EntityCounts] = {}
        for o in self.merged:
            for title, c in o.counts.items():
                out.setdefault(title, EntityCounts()).add(c)
        return out

    def by_office(self) -> dict[str, EntityCounts]:
        out: dict[str, EntityCounts] = {}
        for o in self.merged:
            out.setdefault(o.office_code, EntityCounts()).add(o.total)
        return dict(sorted(out.items()))


def _refused(path: Path, refusal: Refused) -> PacketOutcome:
    return PacketOutcome(path, REFUSED, refusal.problem, refusal=refusal)


def packet_files(sources: Iterable[Path]) -> list[Path]:
    """Files as given; folders expanded to their packets, sorted (by office, device, sequence).

    Everything named like a packet is listed, links and pipes included: the
    reader refuses each of those by name rather than passing over it silently.
    """
    out: list[Path] = []
    for source in sources:
        source = Path(source)
        if not source.is_symlink() and source.is_dir():
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
    ws: Workspace,
    actor: Actor,
    sources: Sequence[Path],
    *,
    limits: Limits = DEFAULT_LIMITS,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Done[MergeReport]:
    """Merge packet files (or folders of them) into this central database.

    Returns the report; refusals are in it, never raised. Refuses (OpRefused)
    if this database is not a central one with a campaign key.
    ``progress(done, total)`` counts rows read; when ``cancelled()`` turns
    true the run stops before the next packet is applied (packets already
    merged stay merged; one being read is dropped) and the report says so.
    Call it on the thread that owns ``ws``; it reads ahead on a worker thread.
    """
    ws.check(actor, Permission.MERGE)
    refuse_if_purged(ws)
    identity = campaign_identity(ws)
    check_master(ws)  # never merge into (and spread) a damaged master
    db = ws.db
    report = MergeReport()
    files = packet_files(sources)
    # Each packet is decrypted once: its manifest's look keeps the copy for the read.
    with keeping_decrypted():
        plan: _Plan = []
        for path in files:  # cheap checks first: progress has a total, repeats cost nothing
            outcome, sha256, rows = _triage(db, identity, path, limits, ws.office_code)
            if outcome is not None:
                report.outcomes.append(outcome)
            else:
                plan.append((path, sha256, rows))
        if plan:
            take_backup(ws, "before-merge")
        total = sum(sum(rows.values()) for _, _, rows in plan)
        done = 0
        with (
            merge_settings(db),
            Prefetch(_prepare_all(plan, identity, limits), depth=1) as prepared,
            Prefetch(_read_all(plan, prepared, identity, limits)) as items,
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
                    report.outcomes.append(
                        _merge_one(session, actor, path, stream, on_rows, cancelled)
                    )
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
    merged = bool(report.merged)
    if merged and voter_matches.has_voters(db.conn):
        # The new and changed lines get their predicted verdict at once (seconds for a
        # merge's thousands of lines): the dashboard's voter figures stay current.
        report.voters_matched = voter_match.match_lines(ws, actor).value.lines
    changes = Changes(section_list=merged, figures=merged, conflicts=merged)
    return Done(report, changes)


# Stopping the program, or the reader, is never a file's doing. Everything else is: a
# Rust panic in the parser, for one, is a BaseException (pyo3's PanicException).
_NOT_THE_FILES = (KeyboardInterrupt, SystemExit, GeneratorExit, StorageError)


def _plain_sha256(path: Path) -> str | None:
    """The file's sha256 if it is a regular file we can read (else the seal check says why)."""
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return None
        digest = hashlib.sha256()
        with open(path, "rb", buffering=0) as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                return None
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def _skipped(path: Path, seen: sync_ledger.LedgerEntry) -> PacketOutcome:
    problem = msg("merge.already_merged", file=seen.file_name, at=seen.received_at)
    outcome = PacketOutcome(path, SKIPPED, problem)
    outcome.office_code, outcome.device_id = seen.office_code, seen.device_id
    outcome.sequence = seen.sequence
    return outcome


def _unforeseen(path: Path, error: BaseException) -> Refused:
    """A failure no check names (a bug, or an attack we did not think of): this file only."""
    detail = f"{type(error).__name__}: {error}"[:200]
    return Refused(path.name, msg("file.unforeseen", detail=detail))


def _triage(
    db: Database, identity: CampaignIdentity, path: Path, limits: Limits, own_office: str
) -> tuple[PacketOutcome | None, str, dict[str, int]]:
    """Refuse or skip a file on its seal, container and manifest alone; else (sha256, rows).

    A packet in central's own office's name is refused: central's records (its office,
    its coordinators) are nobody's packet to change.
    """
    digest = _plain_sha256(path)
    if digest is not None:
        seen = sync_ledger.find_file(db, digest)
        if seen is not None:  # the very bytes merged before: nothing to read or check
            return _skipped(path, seen), digest, {}
    try:
        with open_sync_file(path, "packet", identity, limits) as book:
            record, rows = read_packet_manifest(book, identity)
            sha256 = book.sealed.sha256
            if record.office_code == own_office:
                raise book.refuse(msg("file.central_office_code", office=own_office),
                                  "Manifest")  # fmt: skip
    except Refused as refusal:
        return _refused(path, refusal), "", {}
    except BaseException as error:  # isolation: a parser's panic is a BaseException too
        if isinstance(error, _NOT_THE_FILES):
            raise
        return _refused(path, _unforeseen(path, error)), "", {}
    seen = sync_ledger.find_merged(db, sha256, record.device_id, record.sequence, record.signature)
    if seen is not None:
        outcome = _skipped(path, seen)
        outcome.office_code, outcome.device_id = record.office_code, record.device_id
        outcome.sequence = record.sequence
        return outcome, sha256, {}
    reused = _reused(db, path, record.device_id, record.sequence, record.office_code)
    if reused is not None:
        return reused, sha256, {}
    return None, sha256, rows


def _reused(
    db: Database, path: Path, device: str, sequence: int, office: str
) -> PacketOutcome | None:
    """Refuse a packet numbered like one already merged from the device, with other content.

    That happens when an office's computer is restored from a backup and keys
    on: its next packets repeat numbers central has, holding different lines.
    Merging them would hide the gap; the office restarts its numbering instead.
    """
    taken = sync_ledger.sequence_taken(db, office, device, sequence)
    if taken is None:
        return None
    problem = msg(
        "merge.sequence_reused", office=office, sequence=sequence, file=taken.file_name,
        at=taken.received_at,
    )  # fmt: skip
    return PacketOutcome(path, REFUSED, problem, office, device, sequence)


def _prepare_all(
    plan: _Plan, identity: CampaignIdentity, limits: Limits
) -> Iterator[Prepared | Refused]:
    """Each planned packet's seal, container and sheet XML checked (the first stage, a
    packet ahead of the parser: these checks hold the interpreter, the parser does not)."""
    for path, _, rows in plan:
        try:
            yield prepare_packet(path, identity, limits, rows)
        except Refused as refusal:
            yield refusal
        except BaseException as error:  # isolation, as in _triage
            if isinstance(error, _NOT_THE_FILES):
                raise
            yield _unforeseen(path, error)


def _read_all(
    plan: _Plan, prepared: Iterable[Prepared | Refused], identity: CampaignIdentity, limits: Limits
) -> Iterator[_Item]:
    """Every planned packet's items, tagged with its index (the second stage: the parser)."""
    for index, ((path, sha256, _), ready) in enumerate(zip(plan, prepared, strict=False)):
        if isinstance(ready, Refused):
            yield index, ready
            continue
        try:
            for item in read_packet(ready, identity, limits, sha256):
                yield index, item
        except Refused as refusal:
            yield index, refusal
        except BaseException as error:  # isolation, as in _triage
            if isinstance(error, _NOT_THE_FILES):
                raise
            yield index, _unforeseen(path, error)


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
                outcome.message, outcome.refusal = item.problem, item
                return outcome
            record = item.record
            outcome.office_code, outcome.device_id = record.office_code, record.device_id
            outcome.sequence = record.sequence
            # The same packet twice in one run: the first merge put it in the ledger.
            if sync_ledger.find_merged(
                db, record.sha256, record.device_id, record.sequence, record.signature
            ):
                outcome.status, outcome.message = SKIPPED, msg("merge.already_merged_this_run")
                return outcome
            reused = _reused(db, path, record.device_id, record.sequence, record.office_code)
            if reused is not None:
                return reused
            try:
                staging.check()
                outcome.counts = session.apply(
                    actor, record, recompute_keys=record.app_version != __version__
                )
            except RowProblem as problem:
                refusal = item.refusal(problem)
                outcome.message, outcome.refusal = refusal.problem, refusal
                return outcome
            except StorageError:
                raise  # the disk or the database, not this file: the run stops, said plainly
            except (Exception, RecursionError) as error:
                refusal = _unforeseen(path, error)  # apply rolled back to its savepoint
                outcome.message, outcome.refusal = refusal.problem, refusal
                return outcome
            outcome.status = MERGED
            return outcome
    raise RuntimeError("the packet reader stopped before the end of a packet")
