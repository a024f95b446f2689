"""Writing an office's sync packet file: a signed workbook of the rows given.

:func:`recalldesk.ops.sync.write_packet` decides what goes in (the changes
since the last packet, read in one snapshot) and calls :func:`write_packet_file`
with a way to read each sheet's rows. The rows are read twice — once to sign
them, once to stream them into the workbook — because the Manifest (with the
signature) must be built before the data sheets are streamed, and holding a
full packet in memory is not an option at 900k lines.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path

from openpyxl import Workbook

from recalldesk.core.packet_format import (
    PACKET_SHEETS,
    PACKET_SIGNED_FIELDS,
    SheetSpec,
    Signer,
    encode_rows,
)
from recalldesk.core.work import Cancelled, IsCancelled, Progress
from recalldesk.exchange.atomic import atomic_write
from recalldesk.exchange.signed_write import add_manifest_sheet, settle_rows, text_columns
from recalldesk.exchange.xlsx_stream import StreamedSheet, write_workbook

_BATCH = 5_000

RowSource = Callable[[SheetSpec], Iterator[tuple[str, ...]]]


def _batches(rows: Iterable[Sequence[str]], size: int = _BATCH) -> Iterator[list[Sequence[str]]]:
    iterator = iter(rows)
    while batch := list(islice(iterator, size)):
        yield batch


def write_packet_file(
    target: Path,
    manifest: dict[str, str],
    unsigned: Sequence[tuple[str, str]],
    signing: bytes,
    rows_of: RowSource,
    counts: dict[str, int],
    *,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    max_rows_per_sheet: int = 1_048_576,
) -> None:
    """Sign and write a packet to ``target`` (atomically); raises Cancelled if cancelled.

    ``rows_of(spec)`` yields a sheet's rows, all text, in the packet's order,
    the same way both times it is called. ``unsigned`` are manifest fields
    outside the signature (the campaign's name, the time of writing).
    """

    def check_cancel() -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()

    signer = Signer(signing, [(k, manifest[k]) for k in PACKET_SIGNED_FIELDS])
    for spec in PACKET_SHEETS:
        signer.sheet(spec.title, spec.header)
        for batch in _batches(settle_rows(rows_of(spec))):
            check_cancel()
            signer.rows_text(encode_rows(batch))
    fields = [*manifest.items(), *unsigned, ("signature", signer.hexdigest())]
    total = sum(counts.values())

    def on_rows(done: int) -> None:
        check_cancel()
        if progress is not None:
            progress(min(done, total), total)

    sources = [rows_of(spec) for spec in PACKET_SHEETS]
    sheets = [
        StreamedSheet(spec.title, text_columns(spec.header), settle_rows(rows), counts[spec.title])
        for spec, rows in zip(PACKET_SHEETS, sources, strict=True)
    ]

    def build(wb: Workbook) -> None:
        add_manifest_sheet(wb, fields)

    try:
        with atomic_write(target) as handle:
            write_workbook(
                handle, build, sheets, progress=on_rows, max_rows_per_sheet=max_rows_per_sheet
            )
    finally:
        for rows in sources:
            close = getattr(rows, "close", None)
            if close is not None:
                close()
