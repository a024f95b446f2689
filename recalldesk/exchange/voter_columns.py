"""Reading a county voter file column by column with pyarrow's CSV reader.

A county file has millions of rows but only tens of thousands of distinct
names, streets and numbers. pyarrow parses the text in C, a batch at a time;
each column is dictionary-encoded, each *distinct* value normalized once in
Python (core.matching.voter_keys, the same functions the row-by-row reader
uses), and the results taken back to every row in C. Rows come out as the
store keeps them; rows that cannot be read are counted, the first few named
by line number.

The same file read row by row (core.voter_file.RowReader) gives the same rows:
a test holds the two readers to it.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pcsv
import pyarrow.ipc as pipc

from recalldesk.core.matching.record import hash_keys, sound
from recalldesk.core.matching.voter_keys import (
    city_of,
    family_parts,
    given_parts,
    number_of,
    street_parts,
    unit_of,
)
from recalldesk.core.messages import MessageError, msg
from recalldesk.core.voter_file import FIELDS, ColumnMapping, VoterRowError, VoterStatus, parse_date

MAX_FIELD = 4096  # characters: as the row reader allows (no voter field comes near)
BLOCK = 4 << 20  # bytes of the file per batch (about 50,000 rows: bounded memory)
_BAD = "\x00"  # a value that marks a row as refused in a derived column
# The stored columns, in store.voters' order.
_STORED = (
    "voter_id",
    "first",
    "middle",
    "last",
    "surname",
    "suffix",
    "number",
    "street",
    "street_core",
    "unit",
    "zip5",
    "city",
    "status",
    "registered_on",
    "ka",
    "kn",
)


@dataclass(slots=True)
class ColumnProblems:
    refused: int = 0
    shown: list[tuple[int, str, dict[str, object]]] = field(default_factory=list)  # line, why
    limit: int = 20
    # Physical lines pyarrow left out (short, long, blank), in order: the line numbers of
    # the rows it gives are counted past them. Kept only while a refused row may still be
    # named (machine words: a file of a million blank lines costs 8 MB).
    skipped: array[int] = field(default_factory=lambda: array("q"))
    fatal: tuple[str, dict[str, object]] | None = None  # refuses the whole file

    @property
    def naming(self) -> bool:
        return len(self.shown) < self.limit

    def add(self, line: int, code: str, **params: object) -> None:
        self.refused += 1
        if len(self.shown) < self.limit:
            self.shown.append((line, code, params))


# Each normalizing function's results across the file's batches: a county's names and
# streets recur in every batch (bounded: cleared when full, between batches).
_MEMO_LIMIT = 1 << 18
_memos: dict[Callable[[str], Any], dict[str, Any]] = {}


def _apply(fn: Callable[[str], Any], distinct: list[str]) -> list[Any]:
    memo = _memos.setdefault(fn, {})
    if len(memo) > _MEMO_LIMIT:
        memo.clear()
    return [memo[v] if v in memo else memo.setdefault(v, fn(v)) for v in distinct]


def _per_value(column: pa.Array, fn: Callable[[str], Any], kind: pa.DataType) -> pa.Array:
    """``fn`` of each distinct value of ``column``, taken back to every row."""
    encoded = pc.dictionary_encode(column)
    if isinstance(encoded, pa.ChunkedArray):
        encoded = encoded.combine_chunks()
    values = pa.array(_apply(fn, encoded.dictionary.to_pylist()), kind)
    return pc.take(values, encoded.indices)


def _per_value_parts(column: pa.Array, fn: Callable[[str], tuple[str, ...]], n: int) -> list[Any]:
    encoded = pc.dictionary_encode(column)
    found = _apply(fn, encoded.dictionary.to_pylist())
    parts = list(zip(*found, strict=True)) if found else [()] * n
    return [pc.take(pa.array(p, pa.string()), encoded.indices) for p in parts]


def _words(column: pa.Array) -> pa.Array:
    return pc.utf8_trim_whitespace(column)


def _joined(*columns: pa.Array) -> pa.Array:
    """The columns written out one after another, a space between them (an empty one
    leaves two: the functions given the text split it into words)."""
    return pc.utf8_trim_whitespace(pc.binary_join_element_wise(*columns, " "))


def read_voter_columns(
    path: Path,
    header: Sequence[str],
    mapping: ColumnMapping,
    encoding: str,
    delimiter: str,
    problems: ColumnProblems,
    *,
    quoted: bool = True,
    block: int | None = None,
) -> Iterator[tuple[int, list[tuple[Any, ...]]]]:
    """(bytes read so far, rows as the store keeps them) for each batch of the file."""
    for position, batch in read_voter_batches(
        path, header, mapping, encoding, delimiter, problems, quoted=quoted, block=block
    ):
        yield position, list(rows_of(batch))


def read_voter_batches(
    path: Path,
    header: Sequence[str],
    mapping: ColumnMapping,
    encoding: str,
    delimiter: str,
    problems: ColumnProblems,
    *,
    quoted: bool = True,
    block: int | None = None,
) -> Iterator[tuple[int, pa.RecordBatch]]:
    """(bytes read so far, the stored columns) for each batch of the file (``block``
    bytes of it at a time; BLOCK by default)."""
    where = mapping.indexes(header)  # raises VoterRowError naming a missing column
    width = len(header)

    def invalid(row: Any) -> str:
        if "\n" in row.text or "\r" in row.text:  # a quote that runs over the line's end
            problems.fatal = ("voters.quote_unclosed", {"line": row.number})
            return "error"
        if problems.naming:
            problems.skipped.append(row.number)
        if row.actual_columns == 1 and not row.text.strip():
            return "skip"  # a blank line
        code = "voters.short_row" if row.actual_columns < width else "voters.long_row"
        problems.add(row.number, code, columns=row.actual_columns, needed=width)
        return "skip"

    names = [f"c{i}" for i in range(width)]
    wanted = sorted(set(where.values()))
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below
        sample = handle.read(1 << 16)
        handle.seek(0)
    except OSError as error:
        raise MessageError(msg("file.cannot_read", detail=str(error)[:200])) from error
    # The reader reads ahead, so its position says little: progress is rows read times
    # the file's average line length (from its first 64 KB).
    per_line = len(sample) / max(1, sample.count(b"\n"))
    try:
        reader = pcsv.open_csv(
            handle,
            read_options=pcsv.ReadOptions(
                use_threads=False, block_size=block or BLOCK, skip_rows=1, column_names=names,
                encoding="utf8" if encoding.startswith("utf-8") else encoding,
            ),
            parse_options=pcsv.ParseOptions(
                delimiter=delimiter, quote_char='"' if quoted else False,
                ignore_empty_lines=False, invalid_row_handler=invalid,
            ),
            convert_options=pcsv.ConvertOptions(
                include_columns=[names[i] for i in wanted],
                column_types={names[i]: pa.string() for i in wanted},
                strings_can_be_null=False, quoted_strings_can_be_null=False,
            ),
        )  # fmt: skip
        done = 0  # rows pyarrow has given so far
        for batch in reader:
            stored = _batch(batch, where, names, mapping, problems, done, quoted)
            done += batch.num_rows
            yield int((done + 1) * per_line), stored
    except (pa.ArrowInvalid, UnicodeDecodeError) as error:
        if "Empty CSV file" in str(error):
            return  # the header and nothing after it: no voter read
        if problems.fatal is not None:
            raise MessageError(msg(problems.fatal[0], **problems.fatal[1])) from error
        if "straddling" in str(error):  # a line longer than a block: not a voter record
            raise MessageError(msg("voters.field_too_long", line=0, length=BLOCK)) from error
        code = "voters.encoding" if "UTF8" in str(error) or "decode" in str(error) else (
            "voters.malformed")  # fmt: skip
        raise MessageError(msg(code, detail=str(error)[:200])) from error
    except OSError as error:
        raise MessageError(msg("file.cannot_read", detail=str(error)[:200])) from error
    finally:
        handle.close()


def _line_of(row: int, skipped: array[int]) -> int:
    """The line number of the ``row``-th row pyarrow gave (0-based), the header being line
    1 and the lines it left out (short, long, blank) ``skipped``: the line L with
    L = row + 2 + (lines left out before L), found in a few binary searches."""
    before = 0
    while True:
        line = row + 2 + before
        found = bisect.bisect_right(skipped, line)
        if found == before:
            return line
        before = found


def _batch(
    batch: pa.RecordBatch,
    where: dict[str, int],
    names: list[str],
    mapping: ColumnMapping,
    problems: ColumnProblems,
    done: int,
    quoted: bool = True,
) -> pa.RecordBatch:
    empty = pa.repeat("", batch.num_rows).cast(pa.string())

    def column(name: str) -> pa.Array:
        position = where.get(name)
        return empty if position is None else _words(batch.column(names[position]))

    _check_values(batch, where, names, problems, done, quoted)
    voter_id, first, last = column("voter_id"), column("first_name"), column("last_name")
    head, rest, given_suffix = _per_value_parts(_joined(first, column("middle_name")),
                                                given_parts, 3)  # fmt: skip
    family, surname, family_suffix = _per_value_parts(
        _joined(last, column("name_suffix")), family_parts, 3
    )
    suffix = pc.if_else(pc.equal(family_suffix, ""), given_suffix, family_suffix)
    number = _per_value(_joined(column("street_number"), column("number_fraction")), number_of,
                        pa.string())  # fmt: skip
    street, core = _per_value_parts(
        _joined(column("street_pre"), column("street_name"), column("street_type"),
                column("street_post")), street_parts, 2,
    )  # fmt: skip
    unit = _per_value(column("unit"), unit_of, pa.string())
    city = _per_value(column("city"), city_of, pa.string())
    zip_raw = column("zip")
    zip5 = pc.utf8_slice_codeunits(zip_raw, 0, 5)
    status = (
        _per_value(column("status"), lambda code: _status(code, mapping), pa.string())
        if "status" in where
        else pa.repeat(VoterStatus.ACTIVE.value, batch.num_rows).cast(pa.string())
    )
    registered = _per_value(column("registered_on"), _iso_date, pa.string())
    bad = pc.or_(
        pc.or_(pc.equal(voter_id, ""), pc.and_(pc.equal(first, ""), pc.equal(last, ""))),
        pc.or_(
            pc.invert(pc.match_substring_regex(zip_raw, r"^[0-9]{5}")),
            pc.or_(pc.equal(status, _BAD), pc.equal(registered, _BAD)),
        ),
    )
    # A blank line (every column empty) is skipped, not refused, as the row reader does.
    blank = pc.and_(
        pc.and_(pc.equal(voter_id, ""), pc.equal(zip_raw, "")),
        pc.and_(pc.equal(first, ""), pc.equal(last, "")),
    )
    refused = pc.and_(bad, pc.invert(blank))  # named; blank lines are only left out
    bad = pc.or_(bad, blank)
    on = pc.if_else(pc.equal(registered, ""), pa.scalar(None, pa.string()), registered)
    columns = [voter_id, head, rest, family, surname, suffix, number, street, core, unit,
               zip5, city, status, on]  # fmt: skip
    if pc.any(bad).as_py():
        for i in pc.indices_nonzero(refused).to_pylist():
            code, params = _why(i, voter_id, first, last, zip_raw, status, registered, batch,
                                where, names, mapping)  # fmt: skip
            problems.add(_line_of(done + i, problems.skipped), code, **params)
        keep = pc.invert(bad)
        columns = [pc.filter(c, keep) for c in columns]
    # The two keys (core.matching.voter_keys) of the rows kept: written out in C where
    # every part is there, then hashed.
    _, head, _, _, surname, _, number, _, core, _, zip5, *_ = columns
    columns.append(_keys(pc.binary_join_element_wise("A", number, core, zip5, "|"),
                         number, core, zip5))  # fmt: skip
    given_key = _per_value(head, _given_key, pa.string())
    surname_key = _per_value(surname, sound, pa.string())
    columns.append(_keys(pc.binary_join_element_wise("R", surname_key, given_key, zip5, "|"),
                         surname_key, given_key, zip5))  # fmt: skip
    return pa.RecordBatch.from_arrays(columns, names=list(_STORED))


def rows_of(batch: pa.RecordBatch) -> Iterator[tuple[Any, ...]]:
    """A batch's rows as the store keeps them (store.voters.VoterTuple), made as they are
    stored (a county's millions of tuples never all held at once)."""
    return zip(*[c.to_pylist() for c in batch.columns], strict=True)


def batch_bytes(batch: pa.RecordBatch) -> bytes:
    """A batch as Arrow's stream format: a few copies of its buffers, where pickling its
    rows as Python objects cost the reading process seconds over a county's file."""
    sink = pa.BufferOutputStream()
    with pipc.new_stream(sink, batch.schema) as writer:
        writer.write_batch(batch)
    return bytes(sink.getvalue())


def batch_from_bytes(data: bytes) -> pa.RecordBatch:
    with pipc.open_stream(data) as reader:
        return reader.read_next_batch()


def _check_values(
    batch: pa.RecordBatch,
    where: dict[str, int],
    names: list[str],
    problems: ColumnProblems,
    done: int,
    quoted: bool,
) -> None:
    """Refuse the file for a value no voter record holds: a line break (a quote that ran
    over the line's end: only a file with quotes can have one) or a field longer than
    MAX_FIELD characters."""
    for position in set(where.values()):
        values = batch.column(names[position])
        if quoted:
            broken = pc.or_(pc.match_substring(values, "\n"), pc.match_substring(values, "\r"))
        if quoted and pc.any(broken).as_py():
            row = pc.indices_nonzero(broken)[0].as_py()
            line = _line_of(done + row, problems.skipped)
            raise MessageError(msg("voters.quote_unclosed", line=line))
        lengths = pc.utf8_length(values)
        longest = pc.max(lengths).as_py() or 0
        if longest > MAX_FIELD:
            row = pc.index(lengths, longest).as_py()
            line = _line_of(done + row, problems.skipped)
            raise MessageError(msg("voters.field_too_long", line=line, length=longest))


def _keys(text: pa.Array, *parts: pa.Array) -> pa.Array:
    """The hash of each row's key (``hash_keys``), -1 where one of its ``parts`` is
    empty. Keys are nearly one per row: hashed straight, not per distinct value."""
    whole = pc.and_(pc.not_equal(parts[0], ""), pc.not_equal(parts[1], ""))
    whole = pc.and_(whole, pc.not_equal(parts[2], ""))
    return pa.array(hash_keys(pc.if_else(whole, text, "").to_pylist()), pa.int64())


def _given_key(given: str) -> str:
    return sound(given) or given[:1]


def _status(code: str, mapping: ColumnMapping) -> str:
    found = mapping.statuses.get(code) or mapping.statuses.get(code.upper())
    if found is None:
        try:
            found = VoterStatus(code.casefold())
        except ValueError:
            return _BAD
    return found.value


def _iso_date(text: str) -> str:
    if not text:
        return ""
    try:
        found: date | None = parse_date(text, "")
    except VoterRowError:
        return _BAD
    return found.isoformat() if found else ""


def _why(
    i: int, voter_id: pa.Array, first: pa.Array, last: pa.Array, zip_raw: pa.Array,
    status: pa.Array, registered: pa.Array, batch: pa.RecordBatch, where: dict[str, int],
    names: list[str], mapping: ColumnMapping,
) -> tuple[str, dict[str, object]]:  # fmt: skip
    """Why row ``i`` is refused, in the row reader's words (its message codes)."""
    vid = voter_id[i].as_py()
    if not vid:
        return "voters.no_id", {}
    if not first[i].as_py() and not last[i].as_py():
        return "voters.no_name", {"voter": vid}
    found = zip_raw[i].as_py()
    if not (len(found) >= 5 and found[:5].isascii() and found[:5].isdigit()):
        return "voters.bad_zip", {"voter": vid, "found": found}
    if status[i].as_py() == _BAD:
        raw = batch.column(names[where["status"]])[i].as_py().strip()
        return "voters.bad_status", {"voter": vid, "found": raw}
    raw = batch.column(names[where["registered_on"]])[i].as_py().strip()
    return "voters.bad_date", {"voter": vid, "found": raw}


def send_batches(
    sender: Any,
    path: str,
    header: list[str],
    mapping: ColumnMapping,
    encoding: str,
    delimiter: str,
    quoted: bool,
    limit: int,
    block: int = BLOCK,
) -> None:
    """A second process's work: read the file and send each batch of stored columns
    down ``sender`` (a pipe, in Arrow's format: see batch_bytes), then the problems; an
    error is sent, not raised."""
    problems = ColumnProblems(limit=limit)
    try:
        for position, stored in read_voter_batches(
            Path(path), header, mapping, encoding, delimiter, problems, quoted=quoted,
            block=block,
        ):  # fmt: skip
            sender.send(("rows", position, batch_bytes(stored)))
        sender.send(("done", problems.refused, problems.shown))
    except MessageError as error:
        sender.send(("error", error.message.code, dict(error.message.params)))
    except VoterRowError as error:
        sender.send(("error", error.code, dict(error.params)))
    except Exception as error:
        sender.send(("error", "voters.malformed", {"detail": str(error)[:200]}))
    finally:
        sender.close()


__all__ = [
    "FIELDS",
    "ColumnProblems",
    "batch_from_bytes",
    "read_voter_batches",
    "read_voter_columns",
    "rows_of",
    "send_batches",
]
