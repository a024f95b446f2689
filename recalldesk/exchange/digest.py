"""Central digest files: written and sealed at central, read and checked at an office.

:mod:`recalldesk.ops.digests` decides what a digest says and what an office
keeps of it; this module only writes the sealed workbook and reads one back,
checked, touching no database.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook

from recalldesk.core.messages import msg
from recalldesk.core.packet_format import DIGEST_FIELDS, DIGEST_FORMAT, DIGEST_SHEETS
from recalldesk.core.records import is_office_code
from recalldesk.exchange.package import DEFAULT_LIMITS, Limits
from recalldesk.exchange.packet_read import (
    CampaignIdentity,
    check_identity,
    manifest_number,
    open_sync_file,
)
from recalldesk.exchange.seal import seal_handle
from recalldesk.exchange.signed_write import (
    add_manifest_sheet,
    add_typed_sheet,
    cell_text,
    settle_rows,
    text_columns,
)
from recalldesk.exchange.transport import encrypted_write
from recalldesk.exchange.xlsx_stream import StreamedSheet, write_workbook

Value = str | int | float


def write_digest_file(
    path: Path,
    identity: CampaignIdentity,
    manifest: dict[str, str],
    unsigned: Sequence[tuple[str, str]],
    sheets: dict[str, Sequence[Sequence[Value]]],
) -> None:
    """Write and seal one digest (atomically). ``sheets`` maps each digest sheet to its rows.

    On the typed sheets (Campaign, Standing) numbers stay numbers and a share
    (a float) shows as a percentage; a reader gets them back as their canonical text.
    """
    settled: dict[str, list[tuple[Value, ...]]] = {}
    for spec in DIGEST_SHEETS:
        rows = sheets[spec.title]
        if spec.typed:
            settled[spec.title] = [
                tuple(v if not isinstance(v, str) else cell_text(v) for v in row) for row in rows
            ]
        else:
            settled[spec.title] = list(settle_rows([[str(v) for v in row] for row in rows]))
    manifest = {
        **manifest,
        **{f"rows_{spec.title.lower()}": str(len(settled[spec.title])) for spec in DIGEST_SHEETS},
    }
    fields = [*manifest.items(), *unsigned]

    def build(wb: Workbook) -> None:
        add_manifest_sheet(wb, fields)
        for spec in DIGEST_SHEETS:
            if spec.typed:
                add_typed_sheet(wb, spec.title, spec.header, settled[spec.title])

    streamed = [
        StreamedSheet(s.title, text_columns(s.header), settled[s.title], len(settled[s.title]))
        for s in DIGEST_SHEETS
        if not s.typed
    ]
    with encrypted_write(path, identity.transport) as handle:
        write_workbook(handle, build, streamed)
        seal_handle(handle, identity.signing, identity.campaign_id, "digest", identity.signer)


@dataclass(frozen=True, slots=True)
class DigestHeader:
    """A digest's manifest, checked: the campaign is ours, the format and schema readable."""

    office_code: str
    sequence: int
    created_at: str


class DigestFile:
    """One digest file opened for reading (seal, structure, manifest checked); a context manager."""

    def __init__(
        self, path: Path, identity: CampaignIdentity, limits: Limits = DEFAULT_LIMITS
    ) -> None:
        self.path = Path(path)
        self.identity = identity
        self._stack = ExitStack()
        try:
            self.book = self._stack.enter_context(
                open_sync_file(self.path, "digest", identity, limits)
            )
            check_identity(self.book, identity, DIGEST_FORMAT, DIGEST_FIELDS)
            m = self.book.manifest
            if not is_office_code(m["office_code"]):
                raise self.book.refuse(
                    msg("file.manifest_office_code", found=m["office_code"][:40]), "Manifest"
                )
            self.header = DigestHeader(
                m["office_code"],
                manifest_number(self.book, m, "sequence", 1),
                m.get("created_at", ""),
            )
        except BaseException:
            self._stack.close()
            raise

    def __enter__(self) -> DigestFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._stack.close()

    @property
    def name(self) -> str:
        return self.book.name

    @property
    def sha256(self) -> str:
        return self.book.sealed.sha256

    def read_rows(self) -> dict[str, list[list[str]]]:
        """Every sheet's rows, checked; raises Refused."""
        book = self.book
        m = book.manifest
        parts = book.check_sheets(DIGEST_SHEETS)
        kept: dict[str, list[list[str]]] = {}
        for spec in DIGEST_SHEETS:
            expected = manifest_number(book, m, f"rows_{spec.title.lower()}", 0, 10_000_000)
            rows = kept[spec.title] = []
            for batch in book.iter_batches(spec, parts[spec.title], expected):
                rows.extend(batch)
            if len(rows) != expected:
                raise book.refuse(
                    msg("file.row_count_differs", found=len(rows), expected=expected), spec.title
                )
        return kept
