"""Reading signed workbooks (packets, digests) with python-calamine, checked as we go.

python-calamine reads every row a sheet holds (it does not trust the
``<dimension>`` a file states, which openpyxl's read-only mode does) and is
several times faster than openpyxl. Rows come out in batches: each batch is
checked to be all text with no separator characters, fed to the signature
and handed to a sink (the staging tables), so memory stays flat.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import Any

from python_calamine import CalamineError, CalamineWorkbook

from recalldesk.core.messages import Message, MessageError, msg
from recalldesk.core.packet_checks import first_invalid, problem
from recalldesk.core.packet_format import (
    FIELD_SEP,
    MANIFEST_HEADER,
    MANIFEST_SHEET,
    ROW_END,
    SEPARATORS,
    SheetSpec,
    Signer,
    canonical_value,
    check_encoded,
)
from recalldesk.exchange.xlsx_guard import DEFAULT_LIMITS, Limits, UnsafeWorkbook, find_formula
from recalldesk.exchange.xlsx_guard import inspect_zip as _inspect_zip

_BATCH = 5_000
_MAX_SPILL = 64


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
    """A workbook that passed the container checks, its manifest read.

    Opening checks sizes and structure (:mod:`xlsx_guard`) before the parser
    sees the file; :meth:`check_formulas` scans the sheets' XML.
    """

    def __init__(self, path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
        self.path = Path(path)
        self.name = self.path.name
        try:
            self.sheet_members = _inspect_zip(self.path, limits)
        except UnsafeWorkbook as error:
            raise Refused(self.name, error.message) from error
        try:
            self.book = CalamineWorkbook.from_path(str(self.path))
        except (CalamineError, OSError, ValueError) as error:
            raise Refused(self.name, msg("file.unreadable", detail=str(error))) from error
        self.titles = list(self.book.sheet_names)
        self.part_rows: dict[str, list[tuple[str, int]]] = {}  # filled by iter_batches
        self.manifest = self._read_manifest()

    def close(self) -> None:
        self.book.close()

    def refuse(
        self, problem: Message, sheet: str = "", row: int | None = None, column: str = ""
    ) -> Refused:
        return Refused(self.name, problem, sheet, row, column)

    def _sheet(self, title: str) -> Any:
        try:
            return self.book.get_sheet_by_name(title)
        except (CalamineError, ValueError) as error:
            raise self.refuse(msg("file.sheet_unreadable", detail=str(error)), title) from error

    def _read_manifest(self) -> dict[str, str]:
        if MANIFEST_SHEET not in self.titles:
            raise self.refuse(msg("file.no_manifest"))
        rows = self._sheet(MANIFEST_SHEET).to_python(skip_empty_area=False)
        if not rows or tuple(rows[0][:2]) != MANIFEST_HEADER:
            raise self.refuse(msg("file.manifest_header"), MANIFEST_SHEET, 1)
        out: dict[str, str] = {}
        for number, row in enumerate(rows[1:], start=2):
            field, value = [*row, "", ""][:2]
            if any(v not in ("", None) for v in row[2:]):
                raise self.refuse(msg("file.manifest_two_columns"), MANIFEST_SHEET, number)
            if not isinstance(field, str) or not isinstance(value, str):
                bad = field if not isinstance(field, str) else value
                raise self.refuse(
                    msg("file.manifest_not_text", kind=_kind(bad)), MANIFEST_SHEET, number
                )
            if not field and not value:
                continue
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

    def check_formulas(self) -> None:
        try:
            found = find_formula(self.path, self.sheet_members)
        except UnsafeWorkbook as error:
            raise self.refuse(error.message) from error
        if found is not None:
            sheet, cell = found
            raise self.refuse(msg("file.formula", cell=cell), sheet)

    def iter_batches(
        self, spec: SheetSpec, parts: Sequence[str], signer: Signer
    ) -> Iterator[list[list[str]]]:
        """A signed sheet's data rows (with its spill sheets), checked, in batches.

        Each batch has been checked to be all text of the right width, and fed
        to ``signer``; the sheet's part sizes are kept for :meth:`locate`.
        """
        signer.sheet(spec.title, spec.header)
        width = len(spec.header)
        self.part_rows[spec.title] = []
        for title in parts:
            sheet = self._sheet(title)
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
                self._check(spec, title, first, width, batch, signer)
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
        signer: Signer,
    ) -> None:
        # One C-level join checks types (str.join refuses anything else) and, by counting
        # separators, that no cell smuggles one in.
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
        signer.rows_text(text)

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
