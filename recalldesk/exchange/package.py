"""The one view of a sealed workbook's package that every later step uses.

After the seal matched (:mod:`seal`), the container is checked before any
spreadsheet parser sees it: the zip's directory (part names, sizes,
compression), then the small XML parts that say what the workbook is —
content types, relationships, the workbook's sheet list, the styles — against
what RecallDesk writes. :class:`Package` keeps the answer to "which part is
the Lines sheet", and the reader (python-calamine) is then checked to agree
with it, sheet for sheet.

A worksheet's XML is scanned (:mod:`xml_scan`) just before the reader loads
it, because python-calamine holds a sheet as one dense block from its first
to its last cell: one cell at XFD1048576 would ask for 549 GB. The scan
finds the sheet's far corner first, and elements RecallDesk never writes
(formulas, links, rich text, anything in a foreign namespace).
"""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from posixpath import normpath
from xml.etree.ElementTree import Element

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeTree

from recalldesk.core.messages import MessageError, msg
from recalldesk.exchange.xml_scan import EXCEL_COLUMNS, EXCEL_ROWS, scan_part

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
_MiB = 1 << 20
_SMALL_PART = 4 * _MiB  # workbook, styles, relationships: a few KB when we write them

# Every part a RecallDesk workbook may hold. Macros, links, drawings, custom XML… are not here.
_PART_NAME = re.compile(
    r"\[Content_Types\]\.xml|_rels/\.rels|docProps/(?:app|core)\.xml|xl/workbook\.xml"
    r"|xl/_rels/workbook\.xml\.rels|xl/styles\.xml|xl/theme/theme1\.xml|xl/sharedStrings\.xml"
    r"|xl/worksheets/sheet[1-9][0-9]{0,3}\.xml"
)
_CT = "application/vnd.openxmlformats-officedocument."
_CONTENT_TYPES = {
    "xl/workbook.xml": _CT + "spreadsheetml.sheet.main+xml",
    "xl/styles.xml": _CT + "spreadsheetml.styles+xml",
    "xl/theme/theme1.xml": _CT + "theme+xml",
    "xl/sharedStrings.xml": _CT + "spreadsheetml.sharedStrings+xml",
    "docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
    "docProps/app.xml": _CT + "extended-properties+xml",
    "worksheet": _CT + "spreadsheetml.worksheet+xml",
}
_DEFAULTS = {
    "rels": "application/vnd.openxmlformats-package.relationships+xml",
    "xml": "application/xml",
}
_WORKBOOK_RELS = {
    f"{_DOC_REL}/worksheet": "worksheet",
    f"{_DOC_REL}/styles": "xl/styles.xml",
    f"{_DOC_REL}/theme": "xl/theme/theme1.xml",
    f"{_DOC_REL}/sharedStrings": "xl/sharedStrings.xml",
}
_ROOT_RELS = {
    f"{_DOC_REL}/officeDocument": "xl/workbook.xml",
    f"{_PKG_REL}/metadata/core-properties": "docProps/core.xml",
    f"{_DOC_REL}/extended-properties": "docProps/app.xml",
}
_WORKBOOK_ELEMENTS = frozenset(
    {"workbook", "fileVersion", "workbookPr", "workbookProtection", "bookViews", "workbookView",
     "sheets", "sheet", "definedNames", "definedName", "calcPr"}
)  # fmt: skip
_DEFINED_NAMES = frozenset({"_xlnm._FilterDatabase", "_xlnm.Print_Titles"})
_DEFINED_RANGE = re.compile(
    r"'[^'\[\]]{1,31}'!(?:\$[A-Z]{1,3}\$[0-9]{1,7}:\$[A-Z]{1,3}\$[0-9]{1,7}|\$1:\$1)"
)
# Display formats that show a cell's own value: General, counts, shares, text.
_FORMAT_IDS = frozenset({0, 1, 2, 3, 4, 9, 10, 49})
_FORMAT_CODES = frozenset({"General", "0", "0.00", "#,##0", "#,##0.00", "0%", "0.00%", "@"})
_SAFE_TARGET = re.compile(r"/?[A-Za-z0-9_]+(?:/[A-Za-z0-9_]+)*\.xml")


class UnsafeWorkbook(MessageError):
    """The file is not a workbook we will read; ``message`` says why."""


@dataclass(frozen=True, slots=True)
class Limits:
    """Upper bounds for a workbook read from outside.

    The defaults fit a full packet of about two million lines (inline-string
    XML runs to roughly 1.5 KB a line); raise them only for a bigger drive.
    """

    max_file_bytes: int = 1024 * _MiB
    max_uncompressed_bytes: int = 4096 * _MiB
    max_ratio: int = 200  # our sheets compress about 15:1; bombs reach 1000:1
    max_members: int = 200


DEFAULT_LIMITS = Limits()


@dataclass(slots=True)
class Package:
    """A checked workbook package: its sheets in order, each with its worksheet part."""

    path: Path
    sheets: dict[str, str]  # title -> worksheet part, in the workbook's order
    _cells: dict[str, int] = field(default_factory=dict)

    def check_sheet(self, title: str, rows: int, columns: int) -> int:
        """Scan sheet ``title``'s XML (once): every cell within ``rows`` x ``columns``, no
        element RecallDesk never writes. Returns its cells; raises UnsafeWorkbook."""
        found = self._cells.get(title)
        if found is None:
            member = self.sheets[title]
            found = self._cells[title] = _scan(self.path, member, "worksheet", rows, columns)
        return found


def read_package(path: Path, limits: Limits = DEFAULT_LIMITS) -> Package:
    """Check the container of a sealed copy; raises :class:`UnsafeWorkbook`."""
    try:
        with zipfile.ZipFile(path) as book:
            infos = book.infolist()
            _check_members(infos, limits)
            small = {
                i.filename: _read_small(book, i)
                for i in infos
                if not i.filename.startswith("xl/worksheets/")
                and i.filename != "xl/sharedStrings.xml"
            }
    except UnsafeWorkbook:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError, RuntimeError,
            NotImplementedError, OverflowError, KeyError) as error:  # fmt: skip
        raise UnsafeWorkbook(msg("file.damaged", detail=_detail(error))) from error
    trees = {name: _parse(name, data) for name, data in small.items()}
    members = {i.filename for i in infos}
    _check_content_types(trees["[Content_Types].xml"], members)
    _check_root_rels(trees["_rels/.rels"], members)
    targets = _workbook_rels(trees["xl/_rels/workbook.xml.rels"], members)
    sheets = _workbook_sheets(trees["xl/workbook.xml"], targets)
    if "xl/styles.xml" in trees:
        _check_styles(trees["xl/styles.xml"])
    if "xl/sharedStrings.xml" in members:
        _scan(path, "xl/sharedStrings.xml", "sharedStrings")
    worksheets = {m for m in members if m.startswith("xl/worksheets/")}
    unused = sorted(worksheets - set(sheets.values()))
    if unused:
        raise UnsafeWorkbook(msg("file.part_unused", part=unused[0]))
    return Package(Path(path), sheets)


def _detail(error: BaseException) -> str:
    return (str(error) or type(error).__name__)[:200]


def _check_members(infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    if len(infos) > limits.max_members:
        raise UnsafeWorkbook(msg("file.too_many_parts", parts=len(infos)))
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        if _PART_NAME.fullmatch(name) is None:
            raise UnsafeWorkbook(msg("file.unexpected_part", part=name[:100]))
        if name.casefold() in seen:
            raise UnsafeWorkbook(msg("file.part_twice", part=name[:100]))
        seen.add(name.casefold())
        if info.flag_bits & 0x1:
            raise UnsafeWorkbook(msg("file.encrypted"))
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise UnsafeWorkbook(msg("file.compression", part=name))
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > _MiB and ratio > limits.max_ratio:
            raise UnsafeWorkbook(
                msg("file.zip_bomb", part=name, ratio=round(ratio), size=_size(info.file_size))
            )
        if total > limits.max_uncompressed_bytes:
            raise UnsafeWorkbook(
                msg("file.expands_too_much", limit=_size(limits.max_uncompressed_bytes))
            )
    for required in ("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
                     "xl/_rels/workbook.xml.rels"):  # fmt: skip
        if required not in {i.filename for i in infos}:
            raise UnsafeWorkbook(msg("file.part_missing", part=required))


def _read_small(book: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    if info.file_size > _SMALL_PART:
        raise UnsafeWorkbook(
            msg("file.part_too_big", part=info.filename, size=_size(info.file_size))
        )
    with book.open(info) as stream:
        data = stream.read(_SMALL_PART + 1)  # the CRC is checked on reaching the end
    return data


def _parse(name: str, data: bytes) -> Element:
    try:
        root: Element = SafeTree.fromstring(data, forbid_dtd=True)
        return root
    except (SafeTree.ParseError, DefusedXmlException, ValueError) as error:
        raise UnsafeWorkbook(msg("file.bad_part_xml", part=name, detail=_detail(error))) from error


def _local(tag: str, namespace: str, part: str) -> str:
    """The element's name in ``namespace``; an element of any other namespace is refused."""
    prefix = "{" + namespace + "}"
    if not tag.startswith(prefix):
        raise UnsafeWorkbook(msg("file.unexpected_element", part=part, element=tag[:120]))
    return tag[len(prefix) :]


def _check_content_types(root: Element, members: set[str]) -> None:
    part = "[Content_Types].xml"
    for element in root.iter():
        name = _local(element.tag, _TYPES, part)
        if name == "Default":
            extension = (element.get("Extension") or "").lower()
            if _DEFAULTS.get(extension) != element.get("ContentType"):
                raise _content_type(part, element)
        elif name == "Override":
            target = (element.get("PartName") or "").removeprefix("/")
            expected = _CONTENT_TYPES.get(
                "worksheet" if target.startswith("xl/worksheets/") else target
            )
            if target not in members or element.get("ContentType") != expected:
                raise _content_type(target[:100] or part, element)
        elif name != "Types":
            raise UnsafeWorkbook(msg("file.unexpected_element", part=part, element=name))


def _content_type(part: str, element: Element) -> UnsafeWorkbook:
    declared = str(element.get("ContentType"))[:120]
    return UnsafeWorkbook(msg("file.content_type", part=part, content_type=declared))


def _resolve(target: str, base: str, members: set[str], part: str) -> str:
    """A relationship's target as a member name: exactly one, spelt exactly as stored."""
    if _SAFE_TARGET.fullmatch(target) is None or "//" in target:
        raise UnsafeWorkbook(msg("file.bad_target", part=part, target=target[:120]))
    if target.startswith("/"):
        member = target[1:]
    else:
        member = normpath(f"{base}/{target}" if base else target)
    if member not in members:
        raise UnsafeWorkbook(msg("file.bad_target", part=part, target=target[:120]))
    return member


def _relationships(root: Element, part: str) -> list[tuple[str, str, str]]:
    out = []
    for element in root.iter():
        name = _local(element.tag, _PKG_REL, part)
        if name == "Relationships":
            continue
        if name != "Relationship" or element.get("TargetMode", "Internal") != "Internal":
            raise UnsafeWorkbook(msg("file.external_link", part=part))
        out.append(
            (element.get("Id") or "", element.get("Type") or "", element.get("Target") or "")
        )
    return out


def _check_root_rels(root: Element, members: set[str]) -> None:
    part = "_rels/.rels"
    for _, kind, target in _relationships(root, part):
        expected = _ROOT_RELS.get(kind)
        if expected is None or _resolve(target, "", members, part) != expected:
            raise UnsafeWorkbook(msg("file.bad_target", part=part, target=target[:120]))


def _workbook_rels(root: Element, members: set[str]) -> dict[str, str]:
    """Relationship id -> worksheet member; other kinds checked and dropped."""
    part = "xl/_rels/workbook.xml.rels"
    sheets: dict[str, str] = {}
    used: set[str] = set()
    for rid, kind, target in _relationships(root, part):
        expected = _WORKBOOK_RELS.get(kind)
        if expected is None:
            raise UnsafeWorkbook(msg("file.unexpected_relationship", part=part, kind=kind[-60:]))
        member = _resolve(target, "xl", members, part)
        if member in used or rid in sheets:
            raise UnsafeWorkbook(msg("file.bad_target", part=part, target=target[:120]))
        used.add(member)
        if expected == "worksheet":
            if not member.startswith("xl/worksheets/"):
                raise UnsafeWorkbook(msg("file.bad_target", part=part, target=target[:120]))
            sheets[rid] = member
        elif member != expected:
            raise UnsafeWorkbook(msg("file.bad_target", part=part, target=target[:120]))
    return sheets


def _workbook_sheets(root: Element, targets: dict[str, str]) -> dict[str, str]:
    part = "xl/workbook.xml"
    sheets: dict[str, str] = {}
    folded: set[str] = set()
    for element in root.iter():
        name = _local(element.tag, _MAIN, part)
        if name not in _WORKBOOK_ELEMENTS:
            raise UnsafeWorkbook(msg("file.unexpected_element", part=part, element=name[:60]))
        if name == "definedName" and (
            element.get("name") not in _DEFINED_NAMES
            or _DEFINED_RANGE.fullmatch(element.text or "") is None
        ):
            raise UnsafeWorkbook(msg("file.defined_name", name=str(element.get("name"))[:60]))
        if name != "sheet":
            continue
        title = element.get("name") or ""
        if title.casefold() in folded:
            raise UnsafeWorkbook(msg("file.sheet_twice", sheet=title[:40]))
        folded.add(title.casefold())
        if element.get("state", "visible") != "visible":
            raise UnsafeWorkbook(msg("file.sheet_hidden", sheet=title[:40]))
        member = targets.get(element.get(f"{{{_DOC_REL}}}id") or "")
        if member is None or member in sheets.values():
            raise UnsafeWorkbook(msg("file.sheet_no_part", sheet=title[:40]))
        sheets[title] = member
    return sheets


def _check_styles(root: Element) -> None:
    custom: dict[int, str] = {}
    for element in root.iter():
        name = _local(element.tag, _MAIN, "xl/styles.xml")
        if name == "numFmt":
            code = element.get("formatCode") or ""
            if code not in _FORMAT_CODES:
                raise UnsafeWorkbook(msg("file.display_format", format_code=code[:60]))
            custom[int(element.get("numFmtId") or -1)] = code
        elif name == "xf":
            try:
                number = int(element.get("numFmtId") or 0)
            except ValueError:
                number = -1
            if number not in _FORMAT_IDS and number not in custom:
                raise UnsafeWorkbook(msg("file.display_format", format_code=f"#{number}"))
        elif name == "dxf":
            raise UnsafeWorkbook(msg("file.display_format", format_code="dxf"))


def _scan(
    path: Path, member: str, kind: str, rows: int = EXCEL_ROWS, columns: int = EXCEL_COLUMNS
) -> int:
    try:
        with zipfile.ZipFile(path) as book, book.open(member) as stream:
            return scan_part(stream, member, kind, rows, columns)
    except UnsafeWorkbook:
        raise
    except MessageError as error:
        raise UnsafeWorkbook(error.message) from error
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError) as error:
        raise UnsafeWorkbook(msg("file.damaged", detail=_detail(error))) from error


def _size(n: int) -> str:
    return f"{n / _MiB:,.0f} MB" if n >= _MiB else f"{n / 1024:,.0f} KB"
