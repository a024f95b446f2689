"""Reading a county voter file: delimited text, millions of rows, streamed.

UTF-8 (with or without a byte-order mark), or Windows-1252 when the file is
not UTF-8 (county extracts often are not). Quoting follows RFC 4180; a field
longer than a voter record could hold refuses the file (a malformed quote
would otherwise swallow the rest of it into one field).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from recalldesk.core.messages import MessageError, msg

_SNIFF = 1 << 20
_MAX_FIELD = 4096
_MAX_LINE = 64 * 1024  # a voter record is a few hundred characters


def encoding_of(path: Path) -> str:
    """utf-8-sig, or cp1252 when the start of the file is not UTF-8."""
    with open(path, "rb") as handle:
        head = handle.read(_SNIFF)
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(head) - 4:  # not merely a character cut at the sniff's end
            return "cp1252"
    return "utf-8-sig"


def read_rows(
    path: Path, delimiter: str | None = None, *, quoted: bool = True
) -> Iterator[tuple[int, list[str]]]:
    """(line number, values) for the header (line 1) and every row after it.

    ``quoted=False`` promises the file holds no quote character (the caller has
    looked): each line is then simply split, several times faster than the csv
    module over a county's millions of rows.
    """
    encoding = encoding_of(path)
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
            for values in reader:
                yield reader.line_num, values
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
        yield n, values if values != [""] else []


def header_line(path: Path) -> str:
    with open(path, encoding=encoding_of(path), newline="") as handle:
        return io.StringIO(handle.readline()).getvalue().rstrip("\r\n")
