"""Reading a county voter file: delimited text, millions of rows, streamed.

UTF-8 (with or without a byte-order mark), or Windows-1252 when the file is
not UTF-8 (county extracts often are not). Quoting follows RFC 4180; a field
longer than a voter record could hold refuses the file (a malformed quote
would otherwise swallow the rest of it into one field).
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from pathlib import Path

from recalldesk.core.messages import MessageError, msg

_SNIFF = 1 << 20
_MAX_FIELD = 4096
_MAX_LINE = 64 * 1024  # a voter record is a few hundred characters
MAX_COLUMNS = 1000  # a county extract has dozens; a line of a million tabs is not a file


def encoding_of(path: Path) -> str:
    """utf-16 (a byte-order mark says so), utf-8-sig, or cp1252 when the start of the file
    is not UTF-8. The import decides on the whole file (``Sniffer``) as it hashes it."""
    with open(path, "rb") as handle:
        head = handle.read(_SNIFF)
    sniffer = Sniffer()
    sniffer.feed(head)
    return sniffer.encoding(final=len(head) < _SNIFF)


class Sniffer:
    """The file's encoding, decided on every byte of it as they pass (the import hashes
    the whole file anyway): UTF-16 by its byte-order mark, else UTF-8 unless some byte
    sequence is not, then Windows-1252 (county extracts often are)."""

    def __init__(self) -> None:
        self._utf8 = codecs.getincrementaldecoder("utf-8")()
        self._first = True
        self.utf16 = False
        self.utf8 = True

    def feed(self, chunk: bytes) -> None:
        if self._first and chunk:
            self._first = False
            self.utf16 = chunk[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
        if self.utf8 and not self.utf16:
            try:
                self._utf8.decode(chunk)
            except UnicodeDecodeError:
                self.utf8 = False

    def encoding(self, *, final: bool = True) -> str:
        if self.utf16:
            return "utf-16"
        if self.utf8 and final:
            try:
                self._utf8.decode(b"", final=True)  # a character cut at the end
            except UnicodeDecodeError:
                self.utf8 = False
        return "utf-8-sig" if self.utf8 else "cp1252"


def read_rows(
    path: Path,
    delimiter: str | None = None,
    *,
    quoted: bool = True,
    encoding: str | None = None,
) -> Iterator[tuple[int, list[str]]]:
    """(line number, values) for the header (line 1) and every row after it.

    ``quoted=False`` promises the file holds no quote character (the caller has
    looked): each line is then simply split, several times faster than the csv
    module over a county's millions of rows.
    """
    encoding = encoding or encoding_of(path)
    csv.field_size_limit(_MAX_FIELD)
    try:
        with open(path, encoding=encoding, newline="") as handle:
            if delimiter is None:
                first = handle.readline()
                handle.seek(0)
                delimiter = max(("\t", "|", ","), key=first.count)
            if not quoted:
                yield from _split_lines(handle, delimiter)
                return
            reader = csv.reader(handle, delimiter=delimiter, strict=False)
            start = 1
            for values in reader:
                if len(values) > MAX_COLUMNS:
                    raise MessageError(
                        msg("voters.too_many_columns", line=start, columns=len(values))
                    )
                if reader.line_num != start:  # a quoted field ran over a line's end
                    raise MessageError(msg("voters.quote_unclosed", line=start))
                yield start, values
                start = reader.line_num + 1
    except FileNotFoundError as error:
        raise MessageError(msg("file.missing")) from error
    except csv.Error as error:
        raise MessageError(msg("voters.malformed", detail=str(error)[:200])) from error
    except UnicodeDecodeError as error:
        raise MessageError(msg("voters.encoding", detail=str(error)[:200])) from error
    except OSError as error:
        raise MessageError(msg("file.cannot_read", detail=str(error)[:200])) from error


def _split_lines(handle: io.TextIOWrapper, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    for n, text in enumerate(handle, start=1):
        if len(text) > _MAX_LINE:
            raise MessageError(msg("voters.malformed", detail=f"line {n} is too long"))
        values = text.rstrip("\r\n").split(delimiter)
        if len(values) > MAX_COLUMNS:
            raise MessageError(msg("voters.too_many_columns", line=n, columns=len(values)))
        yield n, values if values != [""] else []


def header_line(path: Path, encoding: str | None = None) -> str:
    with open(path, encoding=encoding or encoding_of(path), newline="") as handle:
        return io.StringIO(handle.readline()).getvalue().rstrip("\r\n")
