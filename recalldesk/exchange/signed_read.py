"""Reading sealed workbooks (packets, digests) with python-calamine, checked as we go.

The order is the point: the seal over the file's bytes first (:mod:`seal`),
then the package's structure (:mod:`package`), then, sheet by sheet, a scan
of its XML for its far corner, and only then the parser. python-calamine
reads every row a sheet holds (it does not trust the ``<dimension>`` a file
states) and is several times faster than openpyxl. Rows come out in
batches, each checked to be all text of the right width, so memory stays
flat.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from python_calamine import CalamineError, CalamineWorkbook

from recalldesk.core.messages import Message, MessageError, msg
from recalldesk.core.packet_checks import first_invalid, problem
from recalldesk.core.packet_format import (
    FIELD_SEP,
    MANIFEST_FIELD_LIMIT,
    MANIFEST_HEADER,
    MANIFEST_SHEET,
    ROW_END,
    SEPARATORS,
    SheetSpec,
    canonical_value,
    check_encoded,
)
from recalldesk.exchange.package import (
    DEFAULT_LIMITS,
    Limits,
    Package,
    UnsafeWorkbook,
    read_package,
)
from recalldesk.exchange.seal import SealedFile, Unsealed, check_seal, open_sealed
from recalldesk.exchange.xml_scan import EXCEL_ROWS

_BATCH = 5_000
_MAX_SPILL = 64
MANIFEST_ROWS = 64  # rows a manifest sheet may reach (it uses about 20)


class Refused(MessageError):
    """A workbook that was not merged or imported; nothing was written.

    ``message`` is the problem; the file, and where known the sheet, the row
    (as Excel numbers it, header = row 1) and the column say where.
    """

    def __init__(
        self,
        file: str,
        problem: Message,
        sheet: str = "",
        row: int | None = None,
        column: str = "",
    ) -> None:
        super().__init__(problem)
        self.file = file
        self.problem = problem
        self.sheet = sheet
        self.row = row
        self.column = column


def _canonical_row(row: list[Any]) -> list[Any]:
    """Number cells of a typed sheet as the text they were signed as (others untouched)."""
    return [
        canonical_value(v) if isinstance(v, int | float) and not isinstance(v, bool) else v
        for v in row
    ]


def _kind(value: object) -> str:
    """The kind of a cell that is not text: ``bool``, ``number`` or its type's name."""
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int | float):
        return "number"
    return type(value).__name__


class SignedBook:
    """A sealed workbook whose seal matched and whose package passed; its manifest read.

    Open it with :func:`open_signed`. Nothing here touches a database.
    """

    def __init__(
        self, sealed: SealedFile, limits: Limits = DEFAULT_LIMITS, package: Package | None = None
    ) -> None:
        self.sealed = sealed
        self.name = sealed.name
        try:
            self.package: Package = package or read_package(sealed.copy, limits)
        except UnsafeWorkbook as error:
            raise Refused(self.name, error.message) from error
        try:
            self.book = CalamineWorkbook.from_path(str(sealed.copy))
        except (CalamineError, OSError, ValueError) as error:
            raise Refused(self.name, msg("file.unreadable", detail=str(error)[:200])) from error
        self.titles = list(self.book.sheet_names)
        if self.titles != list(self.package.sheets):  # the parser must see what we checked
            self.book.close()
            raise Refused(self.name, msg("file.sheets_disagree"))
        self.part_rows: dict[str, list[tuple[str, int]]] = {}  # filled by iter_batches
        try:
            self.manifest = self._read_manifest()
        except BaseException:
            self.book.close()
            raise

    def close(self) -> None:
        self.book.close()

    def refuse(
        self, problem: Message, sheet: str = "", row: int | None = None, column: str = ""
    ) -> Refused:
        return Refused(self.name, problem, sheet, row, column)

    def _sheet(self, title: str, rows: int, columns: int) -> Any:
        """Load sheet ``title`` once its XML shows it fits in ``rows`` x ``columns``."""
        try:
            self.package.check_sheet(title, min(rows, EXCEL_ROWS), columns)
        except UnsafeWorkbook as error:
            raise self.refuse(error.message, title) from error
        try:
            return self.book.get_sheet_by_name(title)
        except (CalamineError, ValueError) as error:
            raise self.refuse(
                msg("file.sheet_unreadable", detail=str(error)[:200]), title
            ) from error

    def _read_manifest(self) -> dict[str, str]:
        if MANIFEST_SHEET not in self.titles:
            raise self.refuse(msg("file.no_manifest"))
        sheet = self._sheet(MANIFEST_SHEET, MANIFEST_ROWS, len(MANIFEST_HEADER))
        rows = sheet.to_python(skip_empty_area=False)
        if not rows or tuple(rows[0][:2]) != MANIFEST_HEADER:
            raise self.refuse(msg("file.manifest_header"), MANIFEST_SHEET, 1)
        out: dict[str, str] = {}
        for number, row in enumerate(rows[1:], start=2):
            field, value = [*row, "", ""][:2]
            if not isinstance(field, str) or not isinstance(value, str):
                bad = field if not isinstance(field, str) else value
                raise self.refuse(
                    msg("file.manifest_not_text", kind=_kind(bad)), MANIFEST_SHEET, number
                )
            if not field and not value:
                continue
            if len(field) > MANIFEST_FIELD_LIMIT or len(value) > MANIFEST_FIELD_LIMIT:
                raise self.refuse(
                    msg("file.manifest_too_long", field=field[:40], limit=MANIFEST_FIELD_LIMIT),
                    MANIFEST_SHEET, number,
                )  # fmt: skip
            if field in out:
                raise self.refuse(msg("file.manifest_field_twice", field=field), MANIFEST_SHEET,
                                  number)  # fmt: skip
            if any(sep in field + value for sep in SEPARATORS):
                raise self.refuse(msg("file.control_character"), MANIFEST_SHEET, number)
            out[field] = value
        return out

    def check_sheets(self, specs: Sequence[SheetSpec]) -> dict[str, list[str]]:
        """Spec title -> its sheets ("Lines", "Lines 2", …); refuses missing or unknown sheets."""
        parts: dict[str, list[str]] = {}
        known = {MANIFEST_SHEET}
        for spec in specs:
            if spec.title not in self.titles:
                raise self.refuse(msg("file.sheet_missing", sheet=spec.title))
            found = [spec.title]
            for n in range(2, _MAX_SPILL):
                title = f"{spec.title[: 31 - len(str(n)) - 1]} {n}"
                if title not in self.titles:
                    break
                found.append(title)
            parts[spec.title] = found
            known.update(found)
        extra = [t for t in self.titles if t not in known]
        if extra:
            raise self.refuse(msg("file.unexpected_sheet", sheet=extra[0]))
        return parts

    def iter_batches(
        self, spec: SheetSpec, parts: Sequence[str], expected: int
    ) -> Iterator[list[list[str]]]:
        """A sheet's data rows (with its spill sheets), checked, in batches.

        ``expected`` is the manifest's count of rows: no part may reach further
        (plus its header). Each batch has been checked to be all text of the
        right width; the sheet's part sizes are kept for :meth:`refusal_at`.
        """
        width = len(spec.header)
        self.part_rows[spec.title] = []
        for title in parts:
            sheet = self._sheet(title, expected + 1, width)
            if tuple(sheet.start or (0, 0)) != (0, 0):
                raise self.refuse(msg("file.sheet_not_at_a1"), title)
            rows = iter(sheet.iter_rows())  # Python lists made a batch at a time
            header = next(rows, None)
            if header is None or tuple(header) != spec.header:
                raise self.refuse(msg("file.header_row", header=" | ".join(spec.header)), title, 1)
            first = 2
            while batch := list(islice(rows, _BATCH)):
                if spec.typed:
                    batch = [_canonical_row(row) for row in batch]
                self._check(spec, title, first, width, batch)
                yield batch
                first += len(batch)
            self.part_rows[spec.title].append((title, first - 2))

    def _check(
        self,
        spec: SheetSpec,
        title: str,
        first_row: int,
        width: int,
        batch: list[list[str]],
    ) -> None:
        # One C-level join checks types (str.join refuses anything else) and, by counting
        # separators, the width of every row.
        try:
            text = ROW_END.join(map(FIELD_SEP.join, batch)) + ROW_END
        except TypeError:
            text = ""
        if not text or not check_encoded(text, len(batch), width):
            self._explain(spec, title, first_row, width, batch)
        for field, values in zip(spec.fields, zip(*batch, strict=True), strict=True):
            bad = first_invalid(field, values)
            if bad is not None:
                raise self.refuse(problem(field, values[bad]), title, first_row + bad, field.name)

    def _explain(
        self, spec: SheetSpec, title: str, first_row: int, width: int, batch: list[list[str]]
    ) -> None:
        """Find the cell that broke the fast path and refuse with its position."""
        for offset, row in enumerate(batch):
            if len(row) != width:
                raise self.refuse(
                    msg("file.row_width", cells=len(row), width=width), title, first_row + offset
                )
            for column, value in zip(spec.header, row, strict=True):
                if not isinstance(value, str):
                    shown = int(value) if isinstance(value, float) and value.is_integer() else value
                    raise self.refuse(
                        msg("file.cell_not_text", kind=_kind(value), value=repr(shown)),
                        title, first_row + offset, column,
                    )  # fmt: skip
                if any(sep in value for sep in SEPARATORS):
                    raise self.refuse(
                        msg("file.control_character"), title, first_row + offset, column
                    )
        raise self.refuse(msg("file.rows_unreadable"), title, first_row)

    def refusal_at(
        self, sheet: str, data_row: int | None, column: str, problem: Message
    ) -> Refused:
        """A refusal for a data row of a sheet read by :meth:`iter_batches`."""
        return refusal_at(self.name, self.part_rows, sheet, data_row, column, problem)


def refusal_at(
    file_name: str,
    part_rows: dict[str, list[tuple[str, int]]],
    sheet: str,
    data_row: int | None,
    column: str,
    problem: Message,
) -> Refused:
    """A refusal naming the sheet (or spill sheet) and the row as Excel shows them."""
    row = data_row
    if row is not None:
        for part, count in part_rows.get(sheet, []):
            if row <= count:
                sheet = part
                break
            row -= count
        row += 1  # the header is row 1
    return Refused(file_name, problem, sheet, row, column)


@contextlib.contextmanager
def open_signed(
    path: Path,
    kind: str,
    key_for: Callable[[str], bytes | None],
    on_other_key: Callable[[str], Refused],
    limits: Limits = DEFAULT_LIMITS,
    signer_for: Callable[[str], bytes | None] | None = None,
    transport: str | None = None,
) -> Iterator[SignedBook]:
    """A sealed file of ``kind`` ("packet", "digest"), checked and opened; raises Refused.

    The seal is checked over a private copy of the file, which is what is then
    read: the file named ``path`` can change meanwhile without effect.
    """
    name = Path(path).name
    try:
        with open_sealed(
            Path(path), kind, key_for, max_bytes=limits.max_file_bytes, on_other_key=on_other_key,
            signer_for=signer_for, transport=transport,
        ) as sealed:  # fmt: skip
            book = SignedBook(sealed, limits)
            try:
                yield book
            finally:
                book.close()
    except Unsealed as error:
        raise Refused(name, error.message) from error


@dataclass(slots=True)
class Prepared:
    """A sealed copy whose package, and every sheet's XML, passed: ready for the parser.

    Made on one thread (:func:`prepare`) and read on another (``SignedBook(
    prepared.sealed, limits, prepared.package)``); :meth:`close` removes the copy.
    """

    sealed: SealedFile
    package: Package

    def close(self) -> None:
        self.sealed.close()


def prepare(
    path: Path,
    kind: str,
    key_for: Callable[[str], bytes | None],
    on_other_key: Callable[[str], Refused],
    bounds: Callable[[str], tuple[int, int]],
    limits: Limits = DEFAULT_LIMITS,
    signer_for: Callable[[str], bytes | None] | None = None,
    transport: str | None = None,
) -> Prepared:
    """Check the seal and the container, and scan every sheet's XML within ``bounds(title)``
    (rows, columns); raises Refused. The parser is not touched: this is the part of
    reading that holds the interpreter, so a merge runs it a packet ahead."""
    name = Path(path).name
    try:
        sealed = check_seal(
            Path(path), kind, key_for, max_bytes=limits.max_file_bytes, on_other_key=on_other_key,
            signer_for=signer_for, transport=transport,
        )  # fmt: skip
    except Unsealed as error:
        raise Refused(name, error.message) from error
    try:
        package = read_package(sealed.copy, limits)
        for title in package.sheets:
            rows, columns = bounds(title)
            try:
                package.check_sheet(title, min(rows, EXCEL_ROWS), columns)
            except UnsafeWorkbook as error:
                raise Refused(name, error.message, title) from error
    except UnsafeWorkbook as error:
        sealed.close()
        raise Refused(name, error.message) from error
    except BaseException:
        sealed.close()
        raise
    return Prepared(sealed, package)
