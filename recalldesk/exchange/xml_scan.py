"""A streaming scan of a worksheet's (or the shared strings') XML, before a parser loads it.

It answers what python-calamine would not tell us in time: where the
sheet's far corner is (calamine allocates the dense range from A1 to it)
and whether the part holds any element RecallDesk never writes — a formula,
a hyperlink, rich text, a DOCTYPE, an element in another namespace.

The XML is read a chunk at a time; a chunk is cut at its last ``<`` so no
tag is ever split between two scans, however long its name or prefix. The
common elements of a data sheet (``c``, ``row``, ``is``, ``t``, ``v``) are
skipped by one regular expression's lookahead, so the scan costs a fraction
of the parse it protects.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import IO

from recalldesk.core.messages import MessageError, msg

_CHUNK = 1 << 20
_MAX_TAG = 64 << 10  # no tag RecallDesk writes is longer; a longer one is refused
EXCEL_ROWS = 1_048_576
EXCEL_COLUMNS = 16_384

# Any element start other than the five of a data row; group 1 is its name (prefix included).
_OTHER_TAG = re.compile(rb"<(?!/)(?!(?:c|row|is|t|v)[\s/>])([^\s/>]*)")
_CELL_START = re.compile(rb"<c[\s/>]")
# A cell whose reference is its first attribute, as RecallDesk and openpyxl write it.
_CELL_REF = re.compile(rb'<c r="([A-Z]{1,3})([1-9][0-9]{0,6})"')

_ALLOWED = {
    "worksheet": frozenset(
        {b"worksheet", b"sheetPr", b"outlinePr", b"pageSetUpPr", b"tabColor", b"dimension",
         b"sheetViews", b"sheetView", b"pane", b"selection", b"sheetFormatPr", b"cols", b"col",
         b"sheetData", b"autoFilter", b"printOptions", b"pageMargins", b"pageSetup",
         b"headerFooter", b"oddHeader", b"oddFooter", b"evenHeader", b"evenFooter",
         b"firstHeader", b"firstFooter"}
    ),
    "sharedStrings": frozenset({b"sst", b"si"}),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class SheetFacts:
    """What a part's scan found: its cells and the far corner they reach."""

    cells: int
    max_row: int
    max_column: int
    far_row_cell: str  # a cell on the last row ("" without cells)
    far_column_cell: str  # a cell in the last column

    def corner_within(self, rows: int, columns: int) -> str | None:
        """The first cell beyond ``rows`` x ``columns``, or None when all fit."""
        if self.max_row > rows:
            return self.far_row_cell
        if self.max_column > columns:
            return self.far_column_cell
        return None


def column_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


def scan_part(stream: IO[bytes], member: str, kind: str) -> SheetFacts:
    """Scan one part's XML; raises MessageError naming what RecallDesk never writes."""
    allowed = _ALLOWED[kind]
    carry = b""
    first = True
    cells = 0
    max_row = max_col = 0
    far_row = far_col = ""
    while True:
        chunk = stream.read(_CHUNK)
        if chunk:
            data = carry + chunk
            # Keep an unfinished last tag for the next chunk, so every tag is seen whole.
            cut = data.rfind(b"<")
            if cut == -1 or data.find(b">", cut) != -1:
                cut = len(data)
            body, carry = data[:cut], data[cut:]
            if len(carry) > _MAX_TAG:
                raise MessageError(msg("file.tag_too_long", part=member))
            if not body:
                continue
        elif carry:
            body, carry = carry, b""  # the part's last tag, whole now
        else:
            break
        _check(body, member, allowed, first)
        first = False
        if kind != "worksheet":
            continue
        refs = _CELL_REF.findall(body)
        if len(refs) != len(_CELL_START.findall(body)):
            raise MessageError(msg("file.cell_without_reference", part=member))
        cells += len(refs)
        if refs:
            row = max(map(int, (r for _, r in refs)))
            if row > max_row:
                max_row = row
                far_row = next(c + r for c, r in refs if int(r) == row).decode()
            letters = max(refs, key=lambda ref: (len(ref[0]), ref[0]))[0]
            col = column_number(letters)
            if col > max_col:
                max_col = col
                far_col = next(c + r for c, r in refs if c == letters).decode()
    return SheetFacts(cells, max_row, max_col, far_row, far_col)


def _check(body: bytes, member: str, allowed: frozenset[bytes], first: bool) -> None:
    if b"<!" in body:
        raise MessageError(msg("file.unexpected_element", part=member, element="<!…>"))
    question = body.find(b"<?")
    if question != -1 and (not first or question != 0 or body.find(b"<?", 1) != -1):
        raise MessageError(msg("file.unexpected_element", part=member, element="<?…?>"))
    for match in _OTHER_TAG.finditer(body):
        name = match.group(1)
        if name in allowed or (first and match.start() == 0 and name.startswith(b"?xml")):
            continue
        if name.split(b":")[-1] == b"f":
            refs = _CELL_REF.findall(body, 0, match.start())
            cell = (refs[-1][0] + refs[-1][1]).decode() if refs else "?"
            raise MessageError(msg("file.formula", cell=cell))
        shown = name.decode("utf-8", "replace")
        if len(shown) > 40:
            shown = shown[:20] + "…" + shown[-10:]
        raise MessageError(msg("file.unexpected_element", part=member, element=shown))
