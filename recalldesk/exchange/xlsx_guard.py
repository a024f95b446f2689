"""Checks on a workbook file before any parser reads it: size, zip structure, formulas.

A packet comes from outside (a USB stick, an e-mail), so it is treated as
hostile until proven otherwise. The zip's central directory is checked
against size limits before anything is decompressed (a zip bomb declares
its sizes there, or gives itself away by its compression ratio), and every
worksheet's XML is scanned for formula elements: python-calamine returns a
formula's cached value, so a formula would otherwise pass unseen.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from posixpath import join as posix_join
from posixpath import normpath

from defusedxml import ElementTree

from recalldesk.core.messages import MessageError, msg

_MAIN_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_ZIP_MAGIC = b"PK\x03\x04"
_CHUNK = 1 << 20
# A formula element, with or without a namespace prefix: <f>, <f t="shared" ...>, <x:f>.
_FORMULA = re.compile(rb"<(?:[A-Za-z_][\w.\-]*:)?f[\s/>]")
_CELL_REF = re.compile(rb'<(?:[A-Za-z_][\w.\-]*:)?c\b[^>]*?\br="([A-Z]{1,3}[0-9]{1,7})"')
_MiB = 1 << 20


def _size(n: int) -> str:
    return f"{n / _MiB:,.0f} MB" if n >= _MiB else f"{n / 1024:,.0f} KB"


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


def inspect_zip(path: Path, limits: Limits = DEFAULT_LIMITS) -> dict[str, str]:
    """Check the file's container; returns sheet title -> worksheet member path.

    Reads only the zip's directory and the small workbook parts. Raises
    :class:`UnsafeWorkbook` for anything that is not a sound, plain .xlsx
    within ``limits``.
    """
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            head = handle.read(4)
    except OSError as error:
        raise UnsafeWorkbook(
            msg("file.cannot_read", detail=error.strerror or str(error))
        ) from error
    if size > limits.max_file_bytes:
        raise UnsafeWorkbook(
            msg("file.too_big", size=_size(size), limit=_size(limits.max_file_bytes))
        )
    if head != _ZIP_MAGIC:
        raise UnsafeWorkbook(msg("file.not_xlsx"))
    try:
        with zipfile.ZipFile(path) as book:
            infos = book.infolist()
            _check_members(infos, limits)
            return _sheet_paths(book)
    except zipfile.BadZipFile as error:
        raise UnsafeWorkbook(msg("file.damaged", detail=str(error))) from error


def _check_members(infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    if len(infos) > limits.max_members:
        raise UnsafeWorkbook(msg("file.too_many_parts", parts=len(infos)))
    names = {info.filename for info in infos}
    for required in ("[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"):
        if required not in names:
            raise UnsafeWorkbook(msg("file.part_missing", part=required))
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise UnsafeWorkbook(msg("file.encrypted"))
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise UnsafeWorkbook(msg("file.compression", part=info.filename[:100]))
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > _MiB and ratio > limits.max_ratio:
            raise UnsafeWorkbook(
                msg("file.zip_bomb", part=info.filename[:100], ratio=round(ratio),
                    size=_size(info.file_size))
            )  # fmt: skip
        if total > limits.max_uncompressed_bytes:
            raise UnsafeWorkbook(
                msg("file.expands_too_much", limit=_size(limits.max_uncompressed_bytes))
            )


def _sheet_paths(book: zipfile.ZipFile) -> dict[str, str]:
    try:
        rels = ElementTree.fromstring(book.read("xl/_rels/workbook.xml.rels"))
        workbook = ElementTree.fromstring(book.read("xl/workbook.xml"))
    except (ElementTree.ParseError, ValueError) as error:  # defusedxml raises ValueError kinds
        raise UnsafeWorkbook(msg("file.bad_xml", detail=str(error)[:200])) from error
    targets = {}
    for rel in rels.iter(f"{_PKG_NS}Relationship"):
        target = rel.get("Target", "")
        path = target.lstrip("/") if target.startswith("/") else posix_join("xl", target)
        targets[rel.get("Id")] = normpath(path)
    out = {}
    for sheet in workbook.iter(f"{_MAIN_NS}sheet"):
        member = targets.get(sheet.get(f"{_REL_NS}id"))
        if member is not None:
            out[sheet.get("name", "")] = member
    return out


def find_formula(path: Path, sheets: dict[str, str]) -> tuple[str, str] | None:
    """The first (sheet title, cell) holding a formula, or None; streams each sheet's XML."""
    try:
        with zipfile.ZipFile(path) as book:
            present = set(book.namelist())
            for title, member in sheets.items():
                if member not in present:
                    continue
                found = _scan(book, member)
                if found is not None:
                    return title, found
    except zipfile.BadZipFile as error:  # a CRC mismatch shows up only on reading
        raise UnsafeWorkbook(msg("file.damaged", detail=str(error))) from error
    return None


def _scan(book: zipfile.ZipFile, member: str) -> str | None:
    tail = b""
    with book.open(member) as stream:
        while chunk := stream.read(_CHUNK):
            data = tail + chunk
            # Cheap test first: in a values-only sheet "<f" and ":f" are rare or absent.
            if b"<f" in data or b":f" in data:
                match = _FORMULA.search(data)
                if match is not None:
                    refs = _CELL_REF.findall(data, 0, match.start())
                    return refs[-1].decode() if refs else "?"
            tail = data[-256:]  # a tag split across chunks is still seen whole
    return None
