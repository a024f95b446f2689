"""Central digest files: written at central, read and verified at an office.

:mod:`recalldesk.ops.digests` decides what a digest says and what an office
keeps of it; this module only writes the signed workbook and reads one back,
checked and verified, touching no database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook

from recalldesk.core.messages import msg
from recalldesk.core.packet_format import (
    DIGEST_FORMAT,
    DIGEST_SHEETS,
    DIGEST_SIGNED_FIELDS,
    Signer,
    canonical_value,
    signatures_match,
)
from recalldesk.exchange.atomic import atomic_write
from recalldesk.exchange.packet_read import CampaignIdentity, check_identity, manifest_number
from recalldesk.exchange.signed_read import SignedBook
from recalldesk.exchange.signed_write import (
    add_manifest_sheet,
    add_typed_sheet,
    cell_text,
    settle_rows,
    text_columns,
)
from recalldesk.exchange.xlsx_guard import DEFAULT_LIMITS, Limits
from recalldesk.exchange.xlsx_stream import StreamedSheet, write_workbook

Value = str | int | float


def write_digest_file(
    path: Path,
    signing: bytes,
    manifest: dict[str, str],
    unsigned: Sequence[tuple[str, str]],
    sheets: dict[str, Sequence[Sequence[Value]]],
) -> None:
    """Sign and write one digest (atomically). ``sheets`` maps each digest sheet to its rows.

    On the typed sheets (Campaign, Standing) numbers stay numbers and a share
    (a float) shows as a percentage; they are signed as their canonical text.
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
    signer = Signer(signing, [(k, manifest[k]) for k in DIGEST_SIGNED_FIELDS])
    for spec in DIGEST_SHEETS:
        signer.sheet(spec.title, spec.header)
        signer.rows([[canonical_value(v) for v in row] for row in settled[spec.title]])
    fields = [*manifest.items(), *unsigned, ("signature", signer.hexdigest())]

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
    with atomic_write(path) as handle:
        write_workbook(handle, build, streamed)


@dataclass(frozen=True, slots=True)
class DigestHeader:
    """A digest's manifest, checked: the campaign is ours, the format and schema readable."""

    office_code: str
    sequence: int
    created_at: str


class DigestFile:
    """One digest file opened for reading; use as a context manager (closes the workbook)."""

    def __init__(
        self, path: Path, identity: CampaignIdentity, limits: Limits = DEFAULT_LIMITS
    ) -> None:
        self.path = Path(path)
        self.identity = identity
        self.book = SignedBook(self.path, limits)
        try:
            check_identity(self.book, identity, DIGEST_FORMAT, DIGEST_SIGNED_FIELDS)
            m = self.book.manifest
            self.header = DigestHeader(
                m["office_code"],
                manifest_number(self.book, m, "sequence", 1),
                m.get("created_at", ""),
            )
        except BaseException:
            self.book.close()
            raise

    def __enter__(self) -> DigestFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.book.close()

    @property
    def name(self) -> str:
        return self.book.name

    def read_rows(self) -> dict[str, list[list[str]]]:
        """Every sheet's rows, checked and verified against the signature; raises Refused."""
        book = self.book
        m = book.manifest
        parts = book.check_sheets(DIGEST_SHEETS)
        book.check_formulas()
        signer = Signer(self.identity.signing, [(k, m[k]) for k in DIGEST_SIGNED_FIELDS])
        kept: dict[str, list[list[str]]] = {}
        for spec in DIGEST_SHEETS:
            rows = kept[spec.title] = []
            for batch in book.iter_batches(spec, parts[spec.title], signer):
                rows.extend(batch)
            expected = m.get(f"rows_{spec.title.lower()}", "")
            if str(len(rows)) != expected:
                raise book.refuse(
                    msg("file.row_count_differs", found=len(rows), expected=expected), spec.title
                )
        if not signatures_match(signer.hexdigest(), m["signature"]):
            raise book.refuse(msg("file.digest_signature_mismatch"))
        return kept
