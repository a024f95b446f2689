"""Central's digests: campaign figures, standing and decisions back to each office.

``recalldesk digest --to FOLDER`` and File → Write digests write one signed
workbook per office. A digest is complete in itself: importing one replaces
what an older one said (see :func:`recalldesk.ops.sync.import_digest`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from recalldesk import __version__
from recalldesk.core.packet_format import (
    DIGEST_CAMPAIGN,
    DIGEST_DECISIONS,
    DIGEST_FORMAT,
    DIGEST_STANDING,
    digest_file_name,
)
from recalldesk.core.records import Actor
from recalldesk.core.work import Cancelled, IsCancelled, Progress
from recalldesk.exchange.digest import write_digest_file
from recalldesk.exchange.seal import Signer
from recalldesk.ops.backups import check_master
from recalldesk.ops.base import Done, Permission
from recalldesk.ops.keys import campaign_identity, signing_key
from recalldesk.ops.workspace import Workspace
from recalldesk.store import digests, sync_state
from recalldesk.store.audit import now_iso
from recalldesk.store.migrations import LATEST_VERSION


@dataclass(frozen=True, slots=True)
class DigestWritten:
    office_code: str
    path: Path
    decisions: int


def write_digests(
    ws: Workspace,
    actor: Actor,
    folder: Path,
    *,
    offices: list[str] | None = None,
    today: date | None = None,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    signer: Signer | None = None,
) -> Done[list[DigestWritten]]:
    """Write one digest per office (every office but central's own, or ``offices``),
    signed with central's own key (``signer``, unlocked) when it has one."""
    ws.check(actor, Permission.DIGEST)
    check_master(ws)
    identity = campaign_identity(ws, signing_key(ws, signer))
    campaign = ws.require_campaign()
    db = ws.db
    sequence = sync_state.next_digest_sequence(db)
    today = today or date.today()
    written: list[DigestWritten] = []
    with db.snapshot() as conn:
        campaign_rows = digests.campaign_rows(conn, campaign, today)
        standing = digests.standing_rows(conn, exclude=ws.office_code)
        targets = list(offices) if offices else digests.offices_for_digest(conn, ws.office_code)
        for done, office in enumerate(targets):
            if cancelled is not None and cancelled():
                raise Cancelled()
            decisions = digests.decision_rows(conn, office)
            manifest = {
                "format": DIGEST_FORMAT,
                "campaign_id": identity.campaign_id,
                "office_code": office,
                "sequence": str(sequence),
                "schema_version": str(LATEST_VERSION),
                "app_version": __version__,
            }
            unsigned = [("campaign_name", identity.campaign_name), ("created_at", now_iso())]
            path = Path(folder) / digest_file_name(office, sequence)
            write_digest_file(
                path,
                identity,
                manifest,
                unsigned,
                {
                    DIGEST_CAMPAIGN.title: campaign_rows,
                    DIGEST_STANDING.title: standing,
                    DIGEST_DECISIONS.title: decisions,
                },
            )
            written.append(DigestWritten(office, path, len(decisions)))
            if progress is not None:
                progress(done + 1, len(targets))
    return Done(written)
