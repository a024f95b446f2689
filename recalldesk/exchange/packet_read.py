"""Reading one packet: manifest checks, its rows in checked batches, the signature verified.

Nothing here touches a database, so the merge runs it on a worker thread
(see :mod:`prefetch`). Each problem is raised as :class:`Refused` naming the
file, sheet, row and column.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from recalldesk.core.packet_format import (
    DIGEST_FORMAT,
    PACKET_FORMAT,
    PACKET_SHEETS,
    PACKET_SIGNED_FIELDS,
    SheetSpec,
    Signer,
    signatures_match,
)
from recalldesk.exchange.signed_read import Refused, SignedBook, refusal_at
from recalldesk.exchange.xlsx_guard import Limits
from recalldesk.store.migrations import LATEST_VERSION
from recalldesk.store.sync_ledger import PacketRecord
from recalldesk.store.sync_stage import RowProblem

_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="recalldesk-formula-scan")


@dataclass(frozen=True, slots=True)
class CampaignIdentity:
    """Who this database expects sync files from."""

    campaign_id: str
    signing: bytes
    campaign_name: str


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _number(book: SignedBook, manifest: dict[str, str], field: str, minimum: int = 0) -> int:
    value = manifest.get(field, "")
    if not value.isascii() or not value.isdigit() or int(value) < minimum:
        raise book.refuse(
            f"the manifest field {field!r} must be a whole number of {minimum} or more "
            f"(found {value!r})",
            "Manifest",
        )
    return int(value)


def check_identity(
    book: SignedBook,
    identity: CampaignIdentity,
    expected_format: str,
    signed_fields: tuple[str, ...],
) -> None:
    """Format, campaign, schema version and required fields of a manifest."""
    manifest = book.manifest
    found = manifest.get("format", "")
    if found != expected_format:
        kinds = {PACKET_FORMAT: "an office's sync packet", DIGEST_FORMAT: "a central digest"}
        if found in kinds:
            raise book.refuse(f"it is {kinds[found]}, not {kinds[expected_format]}")
        family = expected_format.split("/")[0]
        if found.startswith(family + "/"):
            raise book.refuse(
                f"it was written by a newer RecallDesk (format {found}; this RecallDesk "
                f"reads {expected_format}). Install the newer RecallDesk here."
            )
        raise book.refuse(f"it is not a RecallDesk sync file (format {found!r})")
    missing = [f for f in (*signed_fields, "signature") if f not in manifest]
    if missing:
        raise book.refuse(f"the manifest has no {missing[0]!r} field", "Manifest")
    if manifest["campaign_id"] != identity.campaign_id:
        raise book.refuse(
            f"it belongs to another campaign ({manifest.get('campaign_name') or 'unnamed'}, "
            f"campaign id {manifest['campaign_id']}); this database is "
            f"{identity.campaign_name or 'unnamed'}, campaign id {identity.campaign_id}. If it "
            "is the same campaign, the two were set up with different campaign keys."
        )
    schema = _number(book, manifest, "schema_version", 1)
    if schema > LATEST_VERSION:
        raise book.refuse(
            f"it was written by a newer RecallDesk ({manifest.get('app_version', '?')}, "
            f"database version {schema}; this RecallDesk reads up to version "
            f"{LATEST_VERSION}). Install the newer RecallDesk here, then merge it again."
        )


def read_packet_manifest(
    book: SignedBook, identity: CampaignIdentity, sha256: str
) -> tuple[PacketRecord, dict[str, int]]:
    """The packet's ledger identity and its rows per sheet, from a checked manifest."""
    check_identity(book, identity, PACKET_FORMAT, PACKET_SIGNED_FIELDS)
    m = book.manifest
    since = _number(book, m, "since_change_seq")
    upto = _number(book, m, "upto_change_seq", since)
    full = _number(book, m, "full")
    if full > 1 or (full and since):
        raise book.refuse("the manifest field 'full' must be 0, or 1 with since_change_seq 0")
    record = PacketRecord(
        office_code=m["office_code"],
        device_id=m["device_id"],
        sequence=_number(book, m, "sequence", 1),
        since_change_seq=since,
        upto_change_seq=upto,
        full=bool(full),
        file_name=book.name,
        sha256=sha256,
        signature=m["signature"],
        app_version=m["app_version"],
        created_at=m.get("created_at", ""),
    )
    if not record.office_code or not record.device_id:
        raise book.refuse("the manifest names no office or device", "Manifest")
    rows = {s.title: _number(book, m, f"rows_{s.title.lower()}") for s in PACKET_SHEETS}
    return record, rows


@dataclass(frozen=True, slots=True)
class SheetBatch:
    """Data rows of one sheet, checked to be text of the right width (not yet verified)."""

    spec: SheetSpec
    rows: list[list[str]]


@dataclass(frozen=True, slots=True)
class VerifiedPacket:
    """The end of a packet's rows: counts and signature checked, ready to merge."""

    record: PacketRecord
    file_name: str
    part_rows: dict[str, list[tuple[str, int]]]

    def refusal(self, problem: RowProblem) -> Refused:
        """A staging or merge problem as a refusal naming the sheet and row as Excel shows them."""
        return refusal_at(
            self.file_name, self.part_rows, problem.sheet, problem.row, problem.column,
            problem.problem,
        )  # fmt: skip


def read_packet(
    path: Path, identity: CampaignIdentity, limits: Limits, sha256: str
) -> Iterator[SheetBatch | VerifiedPacket]:
    """Read one packet: its rows in batches, then :class:`VerifiedPacket`; raises Refused.

    Touches no database, so it can run on a worker thread. Rows come before
    the signature is known: stage them somewhere harmless until the end.
    """
    book = SignedBook(path, limits)
    scan: Future[None] | None = None
    try:
        record, expected = read_packet_manifest(book, identity, sha256)
        parts = book.check_sheets(PACKET_SHEETS)
        # The formula scan inflates every sheet's XML again; run it beside the parser
        # (python-calamine and zlib both release the GIL), and wait for it at the end.
        scan = _pool.submit(book.check_formulas)
        signer = Signer(identity.signing, [(f, book.manifest[f]) for f in PACKET_SIGNED_FIELDS])
        for spec in PACKET_SHEETS:
            read = 0
            for batch in book.iter_batches(spec, parts[spec.title], signer):
                read += len(batch)
                if read > expected[spec.title]:
                    break
                yield SheetBatch(spec, batch)
            if read != expected[spec.title]:
                raise book.refuse(
                    f"the sheet has {'more than ' if read > expected[spec.title] else ''}"
                    f"{read:,} data rows but the manifest says {expected[spec.title]:,}: "
                    "the packet is incomplete or was edited",
                    spec.title,
                )
        scan.result()  # raises the formula refusal, if any
        if not signatures_match(signer.hexdigest(), book.manifest["signature"]):
            raise book.refuse(
                "the signature does not match its contents: the packet was changed after it "
                "was written (edited, or damaged on the way). Ask the office to send it again."
            )
        yield VerifiedPacket(record, book.name, dict(book.part_rows))
    finally:
        if scan is not None:
            wait([scan])  # never close the book under a running scan
        book.close()
