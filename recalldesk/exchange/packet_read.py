"""Reading one packet: seal, structure and manifest checked, then its rows in checked batches.

Nothing here touches a database, so the merge runs it on a worker thread
(see :mod:`prefetch`). Each problem is raised as :class:`Refused` naming the
file, sheet, row and column.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path

from recalldesk.core.messages import msg
from recalldesk.core.packet_format import (
    DIGEST_FORMAT,
    MANIFEST_HEADER,
    MANIFEST_SHEET,
    MAX_REPLACED,
    PACKET_ALL_SHEETS,
    PACKET_FORMAT,
    PACKET_FORMATS,
    SheetSpec,
)
from recalldesk.core.records import is_office_code
from recalldesk.core.sync_records import PacketRecord, RowProblem
from recalldesk.exchange.package import Limits
from recalldesk.exchange.seal import Signer
from recalldesk.exchange.signed_read import (
    MANIFEST_ROWS,
    Prepared,
    Refused,
    SignedBook,
    open_signed,
    prepare,
    refusal_at,
)
from recalldesk.store.migrations import LATEST_VERSION

# Packet numbers and change counters: a billion packets or 2^53 changes are far beyond
# any drive, and far below where SQLite's integers or a gap report would break.
MAX_SEQUENCE = 1_000_000_000
MAX_CHANGE = 2**53
MAX_ROWS = 64 * 1_048_576  # rows of one sheet with its spill sheets
_DEVICE = re.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_CAMPAIGN_ID = re.compile("[0-9a-f]{16}")


@dataclass(frozen=True, slots=True)
class CampaignIdentity:
    """Who this database expects sync files from, and the key their seals are made with."""

    campaign_id: str
    signing: bytes
    campaign_name: str
    signer: Signer | None = None  # this database's own key, unlocked, to sign what it writes
    # The public keys this database trusts to sign what it reads, by id (exchange.signing).
    trusted: Callable[[str], bytes | None] | None = None
    office_keys: Mapping[str, str] = field(default_factory=dict)  # office -> its key's id
    require_signed: bool = False  # refuse a packet from an office with no key
    transport: str | None = None  # the password sync files are encrypted with on the way

    def key_for(self, key_id: str) -> bytes | None:
        return self.signing if key_id == self.campaign_id else None


def _other_campaign(path: Path, identity: CampaignIdentity) -> Callable[[str], Refused]:
    def other_key(key_id: str) -> Refused:
        return Refused(
            Path(path).name,
            msg("file.seal_other_campaign", their_id=key_id, ours=identity.campaign_name,
                our_id=identity.campaign_id),
        )  # fmt: skip

    return other_key


def open_sync_file(
    path: Path, kind: str, identity: CampaignIdentity, limits: Limits
) -> AbstractContextManager[SignedBook]:
    """A packet or digest checked up to its manifest (seal, structure); raises Refused."""
    return open_signed(
        path, kind, identity.key_for, _other_campaign(path, identity), limits, identity.trusted,
        identity.transport,
    )  # fmt: skip


def _check_signer(book: SignedBook, identity: CampaignIdentity, office: str) -> None:
    """A packet from an office whose key central trusts must be signed with that key (the
    signature itself was checked with the seal, before anything was parsed): the campaign
    key every office holds cannot write in another office's name."""
    expected = identity.office_keys.get(office)
    signer = book.sealed.signer
    if expected is not None and signer != expected:
        code = "file.not_signed" if not signer else "file.signed_by_other"
        raise book.refuse(msg(code, office=office[:40], signer=signer), "Manifest")
    if expected is None and signer:
        raise book.refuse(msg("file.signed_by_other", office=office[:40], signer=signer),
                          "Manifest")  # fmt: skip
    if expected is None and identity.require_signed:
        raise book.refuse(msg("file.office_not_enrolled", office=office[:40]), "Manifest")


def manifest_number(
    book: SignedBook, manifest: dict[str, str], field: str, minimum: int = 0,
    maximum: int = MAX_SEQUENCE,
) -> int:  # fmt: skip
    """A whole-number manifest field, refused unless it lies in ``minimum``..``maximum``."""
    value = manifest.get(field, "")
    if (
        not value.isascii()
        or not value.isdigit()
        or len(value) > len(str(maximum))
        or not minimum <= int(value) <= maximum
    ):
        raise book.refuse(
            msg("file.manifest_number", field=field, minimum=minimum, maximum=maximum,
                found=value[:40]),
            "Manifest",
        )  # fmt: skip
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
    missing = [f for f in signed_fields if f not in manifest]
    if missing:
        raise book.refuse(msg("file.manifest_missing_field", field=missing[0]), "Manifest")
    if _CAMPAIGN_ID.fullmatch(manifest["campaign_id"]) is None:
        raise book.refuse(msg("file.manifest_bad_value", field="campaign_id"), "Manifest")
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
    book: SignedBook, identity: CampaignIdentity
) -> tuple[PacketRecord, dict[str, int]]:
    """The packet's ledger identity and its rows per sheet (the sheets of its format, in
    order), from a checked manifest."""
    found = book.manifest.get("format", "")
    version = found if found in PACKET_FORMATS else PACKET_FORMAT
    sheets, fields = PACKET_FORMATS[version]
    check_identity(book, identity, version, fields)
    m = book.manifest
    since = _number(book, m, "since_change_seq", 0, MAX_CHANGE)
    upto = _number(book, m, "upto_change_seq", since, MAX_CHANGE)
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
        sha256=book.sealed.sha256,
        signature=book.sealed.mac,
        app_version=m["app_version"],
        created_at=m.get("created_at", ""),
        keying=version == PACKET_FORMAT,
        replaces=tuple(m.get("replaces_devices", "").split()),
    )
    _check_signer(book, identity, record.office_code)
    if not is_office_code(record.office_code):
        raise book.refuse(
            msg("file.manifest_office_code", found=record.office_code[:40]), "Manifest"
        )
    if _DEVICE.fullmatch(record.device_id) is None:
        raise book.refuse(msg("file.manifest_bad_value", field="device_id"), "Manifest")
    if (
        any(_DEVICE.fullmatch(d) is None for d in record.replaces)
        or len(record.replaces) > MAX_REPLACED
    ):
        raise book.refuse(msg("file.manifest_bad_value", field="replaces_devices"), "Manifest")
    rows = {s.title: _number(book, m, f"rows_{s.title.lower()}", 0, MAX_ROWS) for s in sheets}
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


def packet_bounds(expected: dict[str, int]) -> Callable[[str], tuple[int, int]]:
    """(rows, columns) a packet's sheet may reach, from its manifest's row counts."""
    widths = {spec.title: len(spec.header) for spec in PACKET_ALL_SHEETS if spec.title in expected}

    def bounds(title: str) -> tuple[int, int]:
        if title == MANIFEST_SHEET:
            return MANIFEST_ROWS, len(MANIFEST_HEADER)
        base = title.rsplit(" ", 1)[0] if title.rsplit(" ", 1)[-1].isdigit() else title
        if base in widths:
            return expected.get(base, 0) + 1, widths[base]
        return 1, 1  # not a sheet of ours: check_sheets refuses it by name

    return bounds


def prepare_packet(
    path: Path, identity: CampaignIdentity, limits: Limits, expected: dict[str, int]
) -> Prepared:
    """The seal, the container and every sheet's XML checked (``expected`` rows per sheet,
    as triage read them); the parser is not touched. Raises Refused."""
    return prepare(
        path, "packet", identity.key_for, _other_campaign(path, identity),
        packet_bounds(expected), limits, identity.trusted, identity.transport,
    )  # fmt: skip


def read_packet(
    prepared: Prepared, identity: CampaignIdentity, limits: Limits, sha256: str
) -> Iterator[SheetBatch | VerifiedPacket]:
    """Read one prepared packet: its rows in batches, then :class:`VerifiedPacket`.

    Raises Refused. Touches no database, so it can run on a worker thread.
    ``sha256`` (what triage saw) must still be the file's: a file swapped
    since then is refused. The prepared copy is removed at the end.
    """
    try:
        book = SignedBook(prepared.sealed, limits, prepared.package)
    except BaseException:
        prepared.close()
        raise
    try:
        if book.sealed.sha256 != sha256:
            raise book.refuse(msg("file.changed_while_read"))
        record, expected = read_packet_manifest(book, identity)
        sheets = [spec for spec in PACKET_ALL_SHEETS if spec.title in expected]
        parts = book.check_sheets(sheets)
        for spec in sheets:
            read = 0
            for batch in book.iter_batches(spec, parts[spec.title], expected[spec.title]):
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
        yield VerifiedPacket(record, book.name, dict(book.part_rows))
    finally:
        book.close()
        prepared.close()
