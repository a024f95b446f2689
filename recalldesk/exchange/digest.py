"""Central digests: campaign figures, standing and decisions back to each office.

``recalldesk digest --to FOLDER`` (central) writes one signed workbook per
office; ``recalldesk sync`` (office) imports the newest digest addressed to
it from its ``--from`` folder, and ``recalldesk import-digest FILE`` imports
one file. A digest is complete in itself: importing one replaces what an
older one said, and an older or repeated one is skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl import Workbook

from recalldesk import __version__
from recalldesk.core.packet_format import (
    DIGEST_CAMPAIGN,
    DIGEST_DECISIONS,
    DIGEST_FORMAT,
    DIGEST_SHEETS,
    DIGEST_SIGNED_FIELDS,
    DIGEST_STANDING,
    DIGEST_SUFFIX,
    Signer,
    digest_file_name,
    signatures_match,
)
from recalldesk.exchange.atomic import atomic_write
from recalldesk.exchange.merge import campaign_identity
from recalldesk.exchange.packet_read import check_identity, file_sha256
from recalldesk.exchange.packet_write import SyncCancelled, SyncRefused
from recalldesk.exchange.signed_read import SignedBook
from recalldesk.exchange.signed_write import add_manifest_sheet, settle_rows, text_columns
from recalldesk.exchange.xlsx_guard import DEFAULT_LIMITS, Limits
from recalldesk.exchange.xlsx_stream import StreamedSheet, write_workbook
from recalldesk.store import digests, sync_state
from recalldesk.store.audit import Actor, now_iso
from recalldesk.store.campaign import get_campaign
from recalldesk.store.connection import Database
from recalldesk.store.migrations import LATEST_VERSION
from recalldesk.store.setup import Role, role
from recalldesk.store.sync_stage import RowProblem, Staging


@dataclass(frozen=True, slots=True)
class DigestWritten:
    office_code: str
    path: Path
    decisions: int


@dataclass(frozen=True, slots=True)
class DigestImported:
    """What importing one digest file did; ``imported`` is False when it was skipped."""

    path: Path
    sequence: int
    imported: bool
    decisions: int
    message: str


def write_digests(
    db: Database,
    folder: Path,
    *,
    offices: Sequence[str] | None = None,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[DigestWritten]:
    """Write one digest per office (every office but central's own, or ``offices``)."""
    if role(db) != Role.CENTRAL:
        raise SyncRefused("Digests are written at the central office; this is an office database.")
    identity = campaign_identity(db)
    own = db.meta("office_code")
    sequence = sync_state.next_digest_sequence(db)
    today = today or date.today()
    written: list[DigestWritten] = []
    campaign = get_campaign(db)
    if campaign is None:
        raise SyncRefused("This database has no campaign yet: run the setup first.")
    with db.snapshot() as conn:
        campaign_rows = digests.campaign_rows(conn, campaign, today)
        standing = digests.standing_rows(conn, exclude=own)
        targets = list(offices) if offices else digests.offices_for_digest(conn, own)
        for done, office in enumerate(targets):
            if cancelled is not None and cancelled():
                raise SyncCancelled()
            decisions = digests.decision_rows(conn, office)
            sheets = {
                DIGEST_CAMPAIGN.title: list(settle_rows(campaign_rows)),
                DIGEST_STANDING.title: list(settle_rows(standing)),
                DIGEST_DECISIONS.title: list(settle_rows(decisions)),
            }
            manifest = {
                "format": DIGEST_FORMAT,
                "campaign_id": identity.campaign_id,
                "office_code": office,
                "sequence": str(sequence),
                "schema_version": str(LATEST_VERSION),
                "app_version": __version__,
                **{f"rows_{k.lower()}": str(len(v)) for k, v in sheets.items()},
            }
            signer = Signer(identity.signing, [(k, manifest[k]) for k in DIGEST_SIGNED_FIELDS])
            for spec in DIGEST_SHEETS:
                signer.sheet(spec.title, spec.header)
                signer.rows(sheets[spec.title])
            fields = [
                *manifest.items(),
                ("campaign_name", identity.campaign_name),
                ("created_at", now_iso()),
                ("signature", signer.hexdigest()),
            ]

            def build(wb: Workbook, fields: list[tuple[str, str]] = fields) -> None:
                add_manifest_sheet(wb, fields)

            streamed = [
                StreamedSheet(
                    s.title, text_columns(s.header), sheets[s.title], len(sheets[s.title])
                )
                for s in DIGEST_SHEETS
            ]
            path = Path(folder) / digest_file_name(office, sequence)
            with atomic_write(path) as handle:
                write_workbook(handle, build, streamed)
            written.append(DigestWritten(office, path, len(decisions)))
            if progress is not None:
                progress(done + 1, len(targets))
    return written


def import_digest(
    db: Database, actor: Actor, path: Path, *, limits: Limits = DEFAULT_LIMITS
) -> DigestImported:
    """Check and import one digest addressed to this office; raises Refused if it is not."""
    identity = campaign_identity(db)
    book = SignedBook(Path(path), limits)
    try:
        check_identity(book, identity, DIGEST_FORMAT, DIGEST_SIGNED_FIELDS)
        m = book.manifest
        own = db.meta("office_code")
        if m["office_code"] != own:
            raise book.refuse(f"it is addressed to office {m['office_code']}; this is office {own}")
        sequence_text = m["sequence"]
        if not sequence_text.isascii() or not sequence_text.isdigit() or int(sequence_text) < 1:
            raise book.refuse(f"the digest number {sequence_text!r} is not valid", "Manifest")
        sequence = int(sequence_text)
        latest = digests.latest_sequence(db)
        if sequence <= latest:
            return DigestImported(
                Path(path), sequence, False, 0,
                f"digest {sequence} is not newer than digest {latest}, already imported",
            )  # fmt: skip
        parts = book.check_sheets(DIGEST_SHEETS)
        book.check_formulas()
        signer = Signer(identity.signing, [(k, m[k]) for k in DIGEST_SIGNED_FIELDS])
        kept: dict[str, list[list[str]]] = {}
        with Staging(db, DIGEST_SHEETS) as staging:
            for spec in DIGEST_SHEETS:
                rows = kept[spec.title] = []
                for batch in book.iter_batches(spec, parts[spec.title], signer):
                    rows.extend(batch)
                staging.add_rows(spec, rows)
                expected = m.get(f"rows_{spec.title.lower()}", "")
                if str(len(rows)) != expected:
                    raise book.refuse(
                        f"the sheet has {len(rows)} data rows but the manifest says {expected}",
                        spec.title,
                    )
            if not signatures_match(signer.hexdigest(), m["signature"]):
                raise book.refuse(
                    "the signature does not match its contents: the digest was changed after "
                    "it was written. Ask the central office to send it again."
                )
            try:
                staging.check()
            except RowProblem as p:
                raise book.refusal_at(p.sheet, p.row, p.column, p.problem) from p
        figures = {r[0]: r[1] for r in kept[DIGEST_CAMPAIGN.title]}
        standing = [dict(zip(DIGEST_STANDING.header, r, strict=True)) for r in kept["Standing"]]
        digests.save_digest(
            db, actor, sequence=sequence, file_name=book.name, sha256=file_sha256(Path(path)),
            created_at=m.get("created_at", ""), figures=figures, standing=standing,
            decisions=kept[DIGEST_DECISIONS.title],
        )  # fmt: skip
        n = len(kept[DIGEST_DECISIONS.title])
        return DigestImported(Path(path), sequence, True, n, f"imported digest {sequence}")
    finally:
        book.close()


def import_digests_from(db: Database, actor: Actor, folder: Path) -> DigestImported | None:
    """Import the newest digest for this office found in ``folder`` (None if there is none)."""
    own = db.meta("office_code")
    found = sorted(
        p for p in Path(folder).glob(f"{own}-digest-*{DIGEST_SUFFIX}") if not p.name.startswith(".")
    )
    return import_digest(db, actor, found[-1]) if found else None
