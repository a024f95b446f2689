"""The voter file's rows read column by column on a second thread (pyarrow), while the
import's thread stores them: parsing and normalizing overlap SQLite's inserts.

pyarrow is optional: without it the import reads the file row by row
(core.voter_file.RowReader), several times slower on a county's millions.
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing
import queue
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from recalldesk.core.messages import MessageError, msg
from recalldesk.core.voter_file import ColumnMapping
from recalldesk.core.work import Cancelled, IsCancelled, Progress

try:  # optional: see the module's docstring
    from recalldesk.exchange import voter_columns
    from recalldesk.exchange.voter_columns import (
        ColumnProblems,
        batch_from_bytes,
        read_voter_columns,
        rows_of,
        send_batches,
    )
except ImportError:  # pragma: no cover - exercised where pyarrow is not installed
    voter_columns = None  # type: ignore[assignment]
    ColumnProblems = None  # type: ignore[assignment,misc]
    batch_from_bytes = None  # type: ignore[assignment]
    read_voter_columns = None  # type: ignore[assignment]
    rows_of = None  # type: ignore[assignment]
    send_batches = None  # type: ignore[assignment]

# From this size on, the file is read in a second process (a county's file: parsing and
# normalizing on one core, storing on the other); below it, on a second thread.
PROCESS_FROM = 32 << 20

_DONE = object()


def columns_available() -> bool:
    return read_voter_columns is not None


def column_rows(*args: Any, **kwargs: Any) -> Iterator[tuple[Any, ...]]:
    """Every readable row of the file (column_batches' rows, one after another)."""
    return itertools.chain.from_iterable(column_batches(*args, **kwargs))


def column_batches(
    path: Path,
    header: Sequence[str],
    mapping: ColumnMapping,
    encoding: str,
    delimiter: str,
    quoted: bool,
    size: int,
    problems: ColumnProblems,
    progress: Progress | None,
    cancelled: IsCancelled | None,
    process: bool | None = None,
) -> Iterator[Iterable[tuple[Any, ...]]]:
    """The file's readable rows a batch at a time, as the store keeps them (problems
    counted into ``problems``), read a batch ahead on a second thread, or for a big file
    in a second process (``process`` None: by the file's size)."""
    assert read_voter_columns is not None
    if process or (process is None and size >= PROCESS_FROM):
        yield from _from_process(
            path, header, mapping, encoding, delimiter, quoted, size, problems, progress,
            cancelled,
        )  # fmt: skip
        return
    batches: queue.Queue[Any] = queue.Queue(maxsize=2)
    stop = threading.Event()

    def produce() -> None:
        try:
            for position, rows in read_voter_columns(
                path, header, mapping, encoding, delimiter, problems, quoted=quoted
            ):
                while not stop.is_set():
                    try:
                        batches.put((position, rows), timeout=0.2)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    return
            batches.put(_DONE)
        except BaseException as error:  # handed to the consuming thread
            batches.put(error)

    worker = threading.Thread(target=produce, name="voter-file", daemon=True)
    worker.start()
    try:
        while True:
            item = batches.get()
            if item is _DONE:
                break
            if isinstance(item, BaseException):
                raise item
            position, rows = item
            if cancelled is not None and cancelled():
                raise Cancelled()
            yield rows
            if progress is not None:
                progress(min(position, size), size)
    finally:
        stop.set()
        while worker.is_alive():  # let a blocked producer see the stop
            with contextlib.suppress(queue.Empty):
                batches.get(timeout=0.1)
        worker.join()


def _from_process(
    path: Path,
    header: Sequence[str],
    mapping: ColumnMapping,
    encoding: str,
    delimiter: str,
    quoted: bool,
    size: int,
    problems: ColumnProblems,
    progress: Progress | None,
    cancelled: IsCancelled | None,
) -> Iterator[Iterable[tuple[Any, ...]]]:
    context = multiprocessing.get_context("spawn")  # never fork a process holding Qt
    receiver, sender = context.Pipe(duplex=False)
    worker = context.Process(
        target=send_batches, name="recalldesk-voter-file", daemon=True,
        args=(sender, str(path), list(header), mapping, encoding, delimiter, quoted,
              problems.limit, voter_columns.BLOCK),
    )  # fmt: skip
    worker.start()
    sender.close()
    try:
        while True:
            try:
                message = receiver.recv()
            except EOFError:
                raise MessageError(
                    msg("voters.malformed", detail="the reading process stopped")
                ) from None
            kind = message[0]
            if kind == "rows":
                if cancelled is not None and cancelled():
                    raise Cancelled()
                yield rows_of(batch_from_bytes(message[2]))
                if progress is not None:
                    progress(min(message[1], size), size)
            elif kind == "done":
                problems.refused += message[1]
                problems.shown.extend(message[2])
                break
            else:
                raise MessageError(msg(message[1], **message[2]))
    finally:
        receiver.close()
        if worker.is_alive():
            worker.terminate()
        worker.join()


__all__ = [
    "PROCESS_FROM",
    "ColumnProblems",
    "column_batches",
    "column_rows",
    "columns_available",
]
