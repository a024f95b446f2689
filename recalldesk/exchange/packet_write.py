"""Writing an office's sync packet file: a sealed workbook of the rows given.

:func:`recalldesk.ops.sync.write_packet` decides what goes in (the changes
since the last packet, read in one snapshot) and calls :func:`write_packet_file`
with a way to read each sheet's rows. The rows are streamed into the workbook
once; the finished file is then sealed (:mod:`seal`), so holding a full
packet in memory is never needed, even at 900k lines.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from openpyxl import Workbook

from recalldesk.core.packet_format import PACKET_ALL_SHEETS, SheetSpec
from recalldesk.core.work import Cancelled, IsCancelled, Progress
from recalldesk.exchange.packet_read import CampaignIdentity
from recalldesk.exchange.seal import seal_handle
from recalldesk.exchange.signed_write import add_manifest_sheet, settle_rows, text_columns
from recalldesk.exchange.transport import encrypted_write
from recalldesk.exchange.xlsx_stream import StreamedSheet, write_workbook

RowSource = Callable[[SheetSpec], Iterator[tuple[str, ...]]]


def write_packet_file(
    target: Path,
    manifest: dict[str, str],
    unsigned: Sequence[tuple[str, str]],
    identity: CampaignIdentity,
    rows_of: RowSource,
    counts: dict[str, int],
    *,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    max_rows_per_sheet: int = 1_048_576,
) -> None:
    """Write a packet to ``target`` and seal it (atomically); raises Cancelled if cancelled.

    ``rows_of(spec)`` yields a sheet's rows, all text, in the packet's order.
    ``unsigned`` are the manifest's descriptive fields (the campaign's name,
    the time of writing); the seal covers them too, like every byte.
    """

    def check_cancel() -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()

    fields = [*manifest.items(), *unsigned]
    total = sum(counts.values())

    def on_rows(done: int) -> None:
        check_cancel()
        if progress is not None:
            progress(min(done, total), total)

    sources = [rows_of(spec) for spec in PACKET_ALL_SHEETS]
    sheets = [
        StreamedSheet(spec.title, text_columns(spec.header), settle_rows(rows), counts[spec.title])
        for spec, rows in zip(PACKET_ALL_SHEETS, sources, strict=True)
    ]

    def build(wb: Workbook) -> None:
        add_manifest_sheet(wb, fields)

    try:
        with encrypted_write(target, identity.transport) as handle:
            write_workbook(
                handle, build, sheets, progress=on_rows, max_rows_per_sheet=max_rows_per_sheet
            )
            seal_handle(handle, identity.signing, identity.campaign_id, "packet", identity.signer)
    finally:
        for rows in sources:
            close = getattr(rows, "close", None)
            if close is not None:
                close()
