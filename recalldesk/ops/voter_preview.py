"""The first rows of a county voter file, for the mapping dialog's preview.

What the import would see: the file's encoding (UTF-8, or Windows-1252), its
delimiter (detected from the header line unless given), the header and the
first rows, read by exchange.voter_text as the import reads them. Nothing is
stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from recalldesk.core.messages import MessageError, msg
from recalldesk.core.voter_file import ColumnMapping, RowReader, VoterRowError, detect_delimiter
from recalldesk.exchange.voter_text import encoding_of, header_line, read_rows
from recalldesk.ops.voters import RowProblem

ROWS = 20


@dataclass(frozen=True, slots=True)
class Preview:
    path: Path
    size: int  # bytes
    encoding: str  # "utf-8" or "windows-1252"
    delimiter: str  # "\t", "|" or ","
    header: list[str]
    rows: list[list[str]]  # the first rows after the header, as read


def preview(path: Path, *, delimiter: str | None = None, rows: int = ROWS) -> Preview:
    """The file's header and first ``rows`` rows. A file that cannot be read raises a
    MessageError saying why (a fragment: the caller names the file)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size == 0:
            raise MessageError(msg("voters.empty"))
        encoding = "windows-1252" if encoding_of(path) == "cp1252" else "utf-8"
        found = delimiter or detect_delimiter(header_line(path))
        lines = read_rows(path, found)
        head = list(islice(lines, rows + 1))
        getattr(lines, "close", lambda: None)()  # the file closes now, not at collection
    except VoterRowError as error:
        raise MessageError(msg(error.code, **error.params)) from error
    except UnicodeDecodeError as error:
        raise MessageError(msg("voters.encoding", detail=str(error)[:200])) from error
    except FileNotFoundError as error:
        raise MessageError(msg("file.missing")) from error
    except OSError as error:
        raise MessageError(msg("file.cannot_read", detail=str(error)[:200])) from error
    if not head or not any(head[0][1]):
        raise MessageError(msg("voters.empty"))
    return Preview(path, size, encoding, found, head[0][1], [values for _, values in head[1:]])


def first_problems(
    path: Path, mapping: ColumnMapping, *, limit: int = 5, rows: int = 50_000
) -> list[RowProblem]:
    """The first rows ``mapping`` cannot read (at most ``limit``, among the first ``rows``):
    what a refused import names beyond its first line. Empty when none is found there, or
    when the file itself cannot be read (the import said why)."""
    out: list[RowProblem] = []
    try:
        lines = read_rows(Path(path), mapping.delimiter or None)
        first = next(lines, None)
        if first is None:
            return out
        reader = RowReader(mapping.indexes(first[1]), mapping)
        for line, values in islice(lines, rows):
            if not any(values):
                continue
            try:
                reader(values)
            except VoterRowError as error:
                out.append(RowProblem(line, error.code, dict(error.params)))
                if len(out) >= limit:
                    break
        getattr(lines, "close", lambda: None)()
    except (MessageError, VoterRowError, OSError, UnicodeDecodeError):
        return out
    return out


__all__ = ["ROWS", "Preview", "first_problems", "preview"]
