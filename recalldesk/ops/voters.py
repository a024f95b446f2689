"""Importing the county voter file (central office): all or nothing, with its provenance.

The file is read through a column mapping (core.voter_file), every row made a
voter or refused by line number, and normalized as signature lines are. A new
file replaces the old one only when wholly read and within the refusal
threshold: it is one transaction. What 2 CCR 19003 asks a campaign to keep
about the file (name, size, SHA-256, day received, who, when, rows) is stored
with it.
"""

from __future__ import annotations

import hashlib
import itertools
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from recalldesk.core.matching.voter_keys import address_key, name_key
from recalldesk.core.messages import MessageError, msg
from recalldesk.core.records import Actor
from recalldesk.core.voter_file import ColumnMapping, RowReader, VoterRowError, detect_delimiter
from recalldesk.core.work import Cancelled, IsCancelled, Progress
from recalldesk.exchange.voter_text import Sniffer, header_line, read_rows
from recalldesk.ops.base import Changes, Done, Permission, refuse
from recalldesk.ops.voter_load import ColumnProblems, column_batches, columns_available
from recalldesk.ops.workspace import Workspace
from recalldesk.store import audit
from recalldesk.store import campaign as campaign_store
from recalldesk.store import voters as store
from recalldesk.store.backups import list_backups
from recalldesk.store.voters import VoterFile, VoterTuple

SHOWN_PROBLEMS = 20  # rows named in a report; the rest are counted


@dataclass(frozen=True, slots=True)
class RowProblem:
    line: int
    code: str
    params: dict[str, object]


@dataclass(frozen=True, slots=True)
class VoterImport:
    file: VoterFile
    voters: int
    problems: tuple[RowProblem, ...]  # the first SHOWN_PROBLEMS refused rows


def refusal_limit(rows: int) -> int:
    """Refused rows a file may have and still be imported: 0.1%, at least 100."""
    return max(100, rows // 1000)


def import_voters(
    ws: Workspace,
    actor: Actor,
    path: Path,
    mapping: ColumnMapping,
    *,
    received_on: date | None = None,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    force_rows: bool = False,
) -> Done[VoterImport]:
    """Replace the voter file with ``path`` read through ``mapping``, or change nothing.

    The file is read column by column with pyarrow when it is installed (several
    times faster), else (or with ``force_rows``) row by row; both give the same rows.
    """
    path = Path(path)
    missing = mapping.missing()
    if missing:
        raise refuse("voters.mapping_incomplete", fields=", ".join(missing))
    size, digest, quoted, encoding, stamp = _size_and_digest(path, cancelled)
    problems: list[RowProblem] = []
    refused = 0
    estimate = [0]

    def voters() -> Iterator[Iterable[VoterTuple]]:
        """The file's voters a batch at a time (chained for the store in C: a generator
        handing on each of a county's millions of rows cost seconds)."""
        nonlocal refused
        rows = read_rows(path, mapping.delimiter or None, quoted=quoted, encoding=encoding)
        first = next(rows, None)
        if first is None:
            raise MessageError(msg("voters.empty"))
        try:
            record = RowReader(mapping.indexes(first[1]), mapping, len(first[1])).record
            delimiter = mapping.delimiter or detect_delimiter(header_line(path, encoding))
        except VoterRowError as error:
            raise MessageError(msg(error.code, **error.params)) from error
        if columns_available() and not force_rows:
            if next(rows, None) is None:
                return  # the header alone: no voter to read
            found = ColumnProblems(limit=SHOWN_PROBLEMS)
            yield from column_batches(
                path,
                first[1],
                mapping,
                encoding,
                delimiter,
                quoted,
                size,
                found,
                progress,
                cancelled,
            )
            refused += found.refused
            shown = sorted(found.shown, key=lambda p: p[0])  # short rows are found first
            problems.extend(RowProblem(line, code, params) for line, code, params in shown)
            return
        estimate[0] = max(1, size // max(1, sum(len(v) + 1 for v in first[1]) * 3))
        batch: list[VoterTuple] = []
        for n, (line, values) in enumerate(rows, start=1):
            if n % 50_000 == 0:
                if cancelled is not None and cancelled():
                    raise Cancelled()
                if progress is not None:
                    progress(n, max(n, estimate[0]))
            if not any(values) or not "".join(values).strip():
                continue  # a blank line
            try:
                voter_id, r, status, registered = record(values)
            except VoterRowError as error:
                refused += 1
                if len(problems) < SHOWN_PROBLEMS:
                    problems.append(RowProblem(line, error.code, dict(error.params)))
                continue
            batch.append((
                voter_id, r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11],
                status.value, registered.isoformat() if registered else None,
                address_key(r), name_key(r),
            ))  # fmt: skip
            if len(batch) == 10_000:
                yield batch
                batch = []
        yield batch

    with ws.change(actor, _permission(ws)) as db:
        try:
            count = store.replace_voters(db.conn, itertools.chain.from_iterable(voters()))
        except MessageError as error:
            raise refuse("voters.refused", name=path.name, why=error.message) from error
        if _stamp(path) != stamp:
            raise refuse("voters.file_changed", name=path.name)
        if refused > refusal_limit(count + refused):
            first = problems[0] if problems else None
            raise refuse(
                "voters.too_many_refused", name=path.name, refused=refused,
                limit=refusal_limit(count + refused), line=first.line if first else 0,
                problem=first.code if first else "",
            )  # fmt: skip
        if count == 0:
            raise refuse("voters.none_read", name=path.name)
        entry = VoterFile(
            0, path.name, size, digest, (received_on or date.today()).isoformat(),
            audit.now_iso(), actor.operator, count, refused,
            json.dumps({"name": mapping.name, "columns": mapping.columns,
                        "statuses": {k: str(v) for k, v in mapping.statuses.items()},
                        "delimiter": mapping.delimiter}, sort_keys=True),
            True,
        )  # fmt: skip
        file_id = store.add_file(db.conn, entry)
        audit.record(
            db.conn, actor, "bulk", "voter_file", digest,
            {"file": path.name, "rows": count, "refused": refused},
            msg("audit.voter_file", rows=count),
        )  # fmt: skip
    if progress is not None:
        progress(count, count)
    kept = next(f for f in store.files(ws.db) if f.id == file_id)
    return Done(VoterImport(kept, count, tuple(problems)), Changes(figures=True))


def _permission(ws: Workspace) -> Permission:
    """The voter file stays at the central office, unless the campaign lets an office keep
    a copy for checking lines as they are keyed (then the office's settings permission)."""
    if ws.is_central or not store.office_copy(ws.db):
        return Permission.VOTER_FILE
    return Permission.SETTINGS


def office_copy(ws: Workspace) -> bool:
    return store.office_copy(ws.db)


def set_office_copy(ws: Workspace, actor: Actor, on: bool) -> Done[bool]:
    """Let this field office hold a copy of the voter file (or not: turning it off at an
    office removes the copy it holds)."""
    with ws.change(actor, Permission.SETTINGS) as db:
        campaign_store.set_meta(db, store.OFFICE_COPY, "on" if on else "off")
        removed = (0, 0)
        if not on and not ws.is_central:
            removed = store.purge(db.conn)
        audit.record(
            db.conn, actor, "note", "voter_file", "", {"office_copy": on, "removed": removed[0]},
            msg("audit.voter_office_copy", state="on" if on else "off"),
        )  # fmt: skip
    if removed[0]:
        store.after_purge(ws.db)
        for backup in list_backups(ws.path):
            store.purge_copy(backup.path)
    return Done(on, Changes(figures=True, campaign=True))


@dataclass(frozen=True, slots=True)
class Purged:
    voters: int
    verdicts: int


def purge(ws: Workspace, actor: Actor) -> Done[Purged]:
    """Remove the voter file's voters and every predicted verdict from this database (its
    bytes overwritten, the WAL folded back, the file shrunk); the files' provenance and
    the audit of the purge stay."""
    with ws.change(actor, _permission(ws)) as db:
        voters, verdicts = store.purge(db.conn)
        audit.record(
            db.conn, actor, "bulk", "voter_file", "", {"voters": voters, "verdicts": verdicts},
            msg("audit.voter_purge", voters=voters),
        )  # fmt: skip
    store.after_purge(ws.db)
    # The backups hold the file too (one before each sync, one a day): scrubbed alike.
    for backup in list_backups(ws.path):
        store.purge_copy(backup.path)
    return Done(Purged(voters, verdicts), Changes(figures=True))


def files(ws: Workspace) -> list[VoterFile]:
    return store.files(ws.db)


def by_status(ws: Workspace) -> dict[str, int]:
    return store.count_by_status(ws.db)


def _size_and_digest(
    path: Path, cancelled: IsCancelled | None = None
) -> tuple[int, str, bool, str, tuple[int, int]]:
    """The file's size, SHA-256, whether any quote character is in it, its encoding
    (decided on every byte), and its stamp (size, modification time) to tell, after
    reading, that it did not change meanwhile."""
    if not path.exists():
        raise refuse("voters.refused", name=path.name, why=msg("file.missing"))
    if not path.is_file():  # a folder, a pipe, a device: never waited on
        raise refuse("voters.not_a_file", name=path.name)
    digest = hashlib.sha256()
    sniffer = Sniffer()
    size = 0
    quoted = False
    try:
        stamp = _stamp(path)
        with open(path, "rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
                sniffer.feed(chunk)
                size += len(chunk)
                quoted = quoted or b'"' in chunk
                if cancelled is not None and size % (64 << 20) < (1 << 20) and cancelled():
                    raise Cancelled()
    except OSError as error:
        raise refuse("voters.unreadable", name=path.name, detail=str(error)[:200]) from error
    return size, digest.hexdigest(), quoted, sniffer.encoding(), stamp


def _stamp(path: Path) -> tuple[int, int]:
    found = path.stat()
    return found.st_size, found.st_mtime_ns


__all__ = [
    "Purged",
    "RowProblem",
    "VoterImport",
    "files",
    "import_voters",
    "office_copy",
    "purge",
    "refusal_limit",
    "set_office_copy",
]
