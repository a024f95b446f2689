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

from recalldesk.core.messages import msg
from recalldesk.core.packet_format import (
    DIGEST_FORMAT,
    PACKET_FORMAT,
    PACKET_SHEETS,
    PACKET_SIGNED_FIELDS,
    SheetSpec,
    Signer,
    signatures_match,
)
from recalldesk.core.sync_records import PacketRecord, RowProblem
from recalldesk.exchange.signed_read import Refused, SignedBook, refusal_at
from recalldesk.exchange.xlsx_guard import Limits
from recalldesk.store.migrations import LATEST_VERSION

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


def manifest_number(
    book: SignedBook, manifest: dict[str, str], field: str, minimum: int = 0
) -> int:
    """A whole-number manifest field, refused unless it is one of at least ``minimum``."""
    value = manifest.get(field, "")
    if not value.isascii() or not value.isdigit() or int(value) < minimum:
        raise book.refuse(
            msg("file.manifest_number", field=field, minimum=minimum, found=value[:40]),
            "Manifest",
        )
    return int(value)


_number = manifest_number


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
        kinds = {PACKET_FORMAT.split("/")[0]: "packet", DIGEST_FORMAT.split("/")[0]: "digest"}
        family, _, version = found.partition("/")
        expected_family, _, expected_version = expected_format.partition("/")
        if family in kinds and family != expected_family:
            raise book.refuse(
                msg("file.wrong_kind", found=kinds[family], expected=kinds[expected_family])
            )
        if family == expected_family and version.isdigit():
            code = (
                "file.newer_format" if int(version) > int(expected_version) else "file.older_format"
            )
            raise book.refuse(msg(code, found=found[:40], expected=expected_format))
        raise book.refuse(msg("file.not_recalldesk", found=found[:40]))
    missing = [f for f in (*signed_fields, "signature") if f not in manifest]
    if missing:
        raise book.refuse(msg("file.manifest_missing_field", field=missing[0]), "Manifest")
    if manifest["campaign_id"] != identity.campaign_id:
        raise book.refuse(
            msg(
                "file.other_campaign",
                theirs=manifest.get("campaign_name", "")[:200],
                their_id=manifest["campaign_id"][:40],
                ours=identity.campaign_name,
                our_id=identity.campaign_id,
            )
        )
    schema = _number(book, manifest, "schema_version", 1)
    if schema > LATEST_VERSION:
        raise book.refuse(
            msg(
                "file.newer_schema",
                app_version=manifest.get("app_version", "?")[:20],
                schema=schema,
                latest=LATEST_VERSION,
            )
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
        raise book.refuse(msg("file.manifest_full"), "Manifest")
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
        raise book.refuse(msg("file.manifest_no_office"), "Manifest")
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
            problem.message,
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
                    msg(
                        "file.packet_rows_differ",
                        found=read,
                        more=read > expected[spec.title],
                        expected=expected[spec.title],
                    ),
                    spec.title,
                )
        scan.result()  # raises the formula refusal, if any
        if not signatures_match(signer.hexdigest(), book.manifest["signature"]):
            raise book.refuse(msg("file.packet_signature_mismatch"))
        yield VerifiedPacket(record, book.name, dict(book.part_rows))
    finally:
        if scan is not None:
            wait([scan])  # never close the book under a running scan
        book.close()
