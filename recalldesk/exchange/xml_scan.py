"""A streaming scan of a worksheet's (or the shared strings') XML, before a parser loads it.

It answers what python-calamine would not tell us in time: whether any cell
lies beyond the rows and columns the sheet may have (calamine allocates the
dense range from A1 to the farthest cell: one cell at XFD1048576 asks for
549 GB) and whether the part holds any element RecallDesk never writes — a
formula, a hyperlink, rich text, a DOCTYPE, an element in another namespace.

The XML is read a chunk at a time, and a chunk never ends inside a tag, so no
tag is split between two scans, however long its name or prefix. Everything
per cell is done by C code (``bytes.count`` and one regular-expression search
for a cell out of bounds), so the scan costs a fraction of the parse it
protects.
"""

from __future__ import annotations

import re
from functools import cache
from typing import IO
from xml.parsers import expat as pyexpat

from recalldesk.core.messages import MessageError, msg

_CHUNK = 1 << 20
_MAX_TAG = 64 << 10  # no tag RecallDesk writes is longer; a longer one is refused
EXCEL_ROWS = 1_048_576
EXCEL_COLUMNS = 16_384

# Any element start other than the five of a data row; group 1 is its name (prefix included).
_OTHER_TAG = re.compile(rb"<(?!/)(?!(?:c|row|is|t|v)[\s/>])([^\s/>]*)")
_CELL_REF = re.compile(rb'<c r="([A-Z]{1,3}[1-9][0-9]{0,6})"')

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


def column_letters(n: int) -> str:
    """1 -> "A", 26 -> "Z", 27 -> "AA"."""
    out = ""
    while n:
        n, rest = divmod(n - 1, 26)
        out = chr(65 + rest) + out
    return out


def _above(limit: int) -> str:
    """A regular expression matching the decimal numbers (no leading zero) above ``limit``."""
    digits = str(limit)
    size = len(digits)
    options = [f"[1-9][0-9]{{{size},}}"]  # more digits
    for i, digit in enumerate(digits):
        if digit != "9":
            higher = f"[{int(digit) + 1}-9]"
            options.append(f"{digits[:i]}{higher}[0-9]{{{size - i - 1}}}")
    return "(?:" + "|".join(options) + ")"


def _within_columns(columns: int) -> str:
    """A regular expression matching the column letters of columns 1..``columns``."""
    if columns <= 26:
        return f"[A-{column_letters(columns)}]"
    full = [f"[A-Z]{{1,{len(column_letters(columns)) - 1}}}"]
    last = column_letters(columns)
    for i, letter in enumerate(last):
        if letter != "A":
            full.append(f"{last[:i]}[A-{chr(ord(letter) - 1)}][A-Z]{{{len(last) - i - 1}}}")
    full.append(last)
    return "(?:" + "|".join(full) + ")"


@cache
def _out_of_bounds(rows: int, columns: int) -> re.Pattern[bytes]:
    """A cell whose reference is malformed, or lies beyond ``rows`` x ``columns``."""
    good_column = _within_columns(columns)
    pattern = (
        rf'<c r="(?:(?!{good_column}[1-9][0-9]{{0,6}}")'  # malformed, or a column too far
        rf'|[A-Z]{{1,3}}{_above(rows)}")'  # or a row too far
    )
    return re.compile(pattern.encode())


def scan_part(
    stream: IO[bytes], member: str, kind: str, rows: int = EXCEL_ROWS, columns: int = EXCEL_COLUMNS
) -> int:
    """Scan one part's XML; returns its number of cells.

    Raises MessageError for an element RecallDesk never writes, for a cell
    without its reference, or for a cell beyond ``rows`` x ``columns``
    (``file.cell_out_of_range`` names it).
    """
    allowed = _ALLOWED[kind]
    too_far = _out_of_bounds(min(rows, EXCEL_ROWS), min(columns, EXCEL_COLUMNS))
    carry = b""
    first = True
    cells = 0
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
        # Tags starting "<c" are cells, or <cols>/<col> (the allow-list refused any other).
        starts = body.count(b"<c") - body.count(b"<col")
        if body.count(b'<c r="') != starts:
            raise MessageError(msg("file.cell_without_reference", part=member))
        cells += starts
        far = too_far.search(body)
        if far is not None:
            end = body.find(b'"', far.start() + 6)
            cell = body[far.start() + 6 : end if end != -1 else far.start() + 20][:20]
            raise MessageError(
                msg("file.cell_out_of_range", cell=cell.decode("ascii", "replace"),
                    rows=min(rows, EXCEL_ROWS), columns=min(columns, EXCEL_COLUMNS))
            )  # fmt: skip
    return cells


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
            cell = refs[-1].decode() if refs else "?"
            raise MessageError(msg("file.formula", cell=cell))
        shown = name.decode("utf-8", "replace")
        if len(shown) > 40:
            shown = shown[:20] + "…" + shown[-10:]
        raise MessageError(msg("file.unexpected_element", part=member, element=shown))


def scan_grid(stream: IO[bytes], member: str, rows: int, columns: int) -> None:
    """Refuse a worksheet whose grid reaches beyond ``rows`` x ``columns`` (or any DTD).

    For sheets a person edited in Excel (a sample checklist): everything else
    Excel writes is allowed. Expat walks every row and cell and places each as
    python-calamine does — by its ``r`` reference in whatever quoting, case or
    namespace prefix, or, without one, right after the previous — so no
    spelling of a far cell gets past it; a DTD is refused before anything in it
    is read. (Expat in C with one Python call per element: ElementTree built
    every element and took five times as long.)
    """
    place = [0, 0]  # row, column

    def start(name: str, attrs: dict[str, str]) -> None:
        local = name.rsplit(" ", 1)[-1]
        if local == "row":
            ref = _attribute(attrs, "r")
            place[0] = _number(ref, member) if ref is not None else place[0] + 1
            place[1] = 0
        elif local == "c":
            ref = _attribute(attrs, "r")
            if ref is None:
                place[1] += 1
            else:
                letters = ref.rstrip("0123456789")
                place[1] = _letters(letters, ref, member)
                place[0] = _number(ref[len(letters) :], member)
        else:
            return
        if place[0] > rows or place[1] > columns:
            raise MessageError(
                msg("file.cell_out_of_range", cell=f"{column_letters(max(place[1], 1))}{place[0]}",
                    rows=rows, columns=columns)
            )  # fmt: skip

    def no_dtd(*_args: object) -> None:
        raise MessageError(msg("file.unexpected_element", part=member, element="<!DOCTYPE>"))

    parser = pyexpat.ParserCreate(namespace_separator=" ")
    parser.StartElementHandler = start
    parser.StartDoctypeDeclHandler = no_dtd
    parser.EntityDeclHandler = no_dtd
    try:
        while chunk := stream.read(_CHUNK):
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except pyexpat.ExpatError as error:
        raise MessageError(msg("file.damaged", detail=f"{member}: {error}"[:200])) from error


def holds_cells(stream: IO[bytes]) -> bool:
    """Whether a package part could be a worksheet with cells: it names sheetData, or it
    is in an encoding where that word is not plain bytes (then it is scanned to be sure)."""
    carry = b""
    first = True
    while chunk := stream.read(_CHUNK):
        if first and (chunk[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in chunk[:256]):
            return True
        first = False
        if b"sheetData" in carry + chunk:
            return True
        carry = chunk[-16:]
    return False


def _attribute(attrs: dict[str, str], local: str) -> str | None:
    for key, value in attrs.items():
        if key.rsplit(" ", 1)[-1] == local:
            return value.strip()
    return None


def _number(text: str, member: str) -> int:
    digits = text.strip()
    if not digits.isdigit() or len(digits) > 12:
        raise MessageError(msg("file.damaged", detail=f"{member}: a cell reference {text!r}"))
    return int(digits)


def _letters(letters: str, ref: str, member: str) -> int:
    if not letters or len(letters) > 4 or not letters.isalpha() or not letters.isascii():
        raise MessageError(msg("file.damaged", detail=f"{member}: a cell reference {ref!r}"))
    n = 0
    for letter in letters.upper():
        n = n * 26 + ord(letter) - 64
    return n
