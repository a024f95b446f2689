"""Predicting the registrar's verdict on every line from the voter file (central office).

Each line is made a match record (as the duplicate search makes it), looked
up by its address key and its name key among the current file's voters, and
given a predicted status (core.matching.voter_verdict). Incremental: only
lines changed since the last run are matched again; every line when a new
voter file has been imported (the import clears the verdicts).
"""

from __future__ import annotations

import gc
import multiprocessing
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from recalldesk.core.matching.record import NO_KEY, MatchRecord, make_record
from recalldesk.core.matching.voter_keys import address_key, name_key
from recalldesk.core.matching.voter_verdict import Predicted, Prediction, Voter, predict
from recalldesk.core.messages import msg
from recalldesk.core.records import Actor
from recalldesk.core.work import Cancelled, IsCancelled, Progress
from recalldesk.core.zipdata import ZipTable
from recalldesk.ops.base import Changes, Done, Permission, refuse
from recalldesk.ops.workspace import Workspace
from recalldesk.store import audit
from recalldesk.store import campaign as campaign_store
from recalldesk.store import voter_match as store
from recalldesk.store.connection import Database
from recalldesk.store.merge_tuning import merge_settings

BATCH = 20_000  # lines looked up per join
PARALLEL_FROM = 100_000  # lines from which a second process takes half
MAX_CANDIDATES = 200  # voters one line is scored against, at most
MAX_CITY_ZIPS = 150  # ZIPs of a city a line without one is looked up in (LA has ~120)


@dataclass(frozen=True, slots=True)
class MatchRun:
    lines: int  # lines matched this run
    full: bool  # every line (a new voter file, or asked for)
    by_status: dict[str, int]  # every line's predicted status, after the run
    seconds: float


def match_lines(
    ws: Workspace,
    actor: Actor,
    *,
    full: bool = False,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> Done[MatchRun]:
    """Predict the verdict of new and changed lines (every line with ``full``)."""
    started = time.perf_counter()
    collecting = gc.isenabled()
    gc.disable()  # a run's hundreds of thousands of small tuples live to its end
    try:
        with merge_settings(ws.db), ws.change(actor, Permission.VOTER_FILE) as db:
            conn = db.conn
            if not store.has_voters(conn):
                raise refuse("voters.no_file")
            since = None if full else store.watermark(conn)
            seq = store.current_seq(conn)
            if since is not None:
                store.forget_deleted(conn, since)
            rows = list(store.lines_to_match(conn, since))
            if since is None:
                store.clear_matches(conn)  # every line afresh: plain inserts are quicker
            done = 0
            for found in _matched(db, rows, ws.zips):
                if cancelled is not None and cancelled():
                    raise Cancelled()
                store.save(conn, found)
                done += len(found)
                if progress is not None:
                    progress(done, len(rows))
            campaign_store.set_meta(db, store.WATERMARK, str(seq))
            if rows:
                audit.record(
                    conn, actor, "note", "voter_match", "",
                    {"lines": len(rows), "full": since is None},
                    msg("audit.voter_match", lines=len(rows)),
                )  # fmt: skip
            by_status = store.counts(conn)
    finally:
        if collecting:
            gc.enable()
    if progress is not None:
        progress(len(rows), len(rows))
    run = MatchRun(len(rows), since is None, by_status, time.perf_counter() - started)
    return Done(run, Changes(figures=True))


def _matched(
    db: Database, rows: list[store.LineRow], zips: ZipTable | None = None
) -> Iterator[list[store.MatchRow]]:
    """The verdicts of ``rows``, a batch at a time. Many lines (a full match) are split
    with a second process, which reads the voters through its own connection: matching
    is Python work, and a county drive's would take one core twice as long."""
    if len(rows) < PARALLEL_FROM or db.path is None:
        for start in range(0, len(rows), BATCH):
            yield _match_batch(db.conn, rows[start : start + BATCH], zips)
        return
    half = len(rows) // 2
    context = multiprocessing.get_context("spawn")  # never fork a process holding Qt
    receiver, sender = context.Pipe(duplex=False)
    worker = context.Process(
        target=_work, args=(sender, str(db.path), rows[half:], zips), daemon=True,
        name="recalldesk-voter-match",
    )  # fmt: skip
    worker.start()
    sender.close()
    finished = False

    def received(wait: bool) -> Iterator[list[store.MatchRow]]:
        """The second process's batches: those waiting (it blocks on a full pipe until they
        are read), or, with ``wait``, every one to its end."""
        nonlocal finished
        while not finished and (wait or receiver.poll()):
            try:
                kind, payload = receiver.recv()
            except EOFError:
                raise refuse("voters.match_failed", detail="the matching process stopped") from None
            if kind == "done":
                finished = True
            elif kind == "error":
                raise refuse("voters.match_failed", detail=payload)
            else:
                yield payload

    try:
        for start in range(0, half, BATCH):
            yield _match_batch(db.conn, rows[start : min(half, start + BATCH)], zips)
            yield from received(wait=False)
        yield from received(wait=True)
    finally:
        receiver.close()
        if worker.is_alive():
            worker.terminate()
        worker.join()


def _work(sender: Any, path: str, rows: list[store.LineRow], zips: ZipTable | None) -> None:
    """The second process: match ``rows`` against the voters, sending each batch back."""
    gc.disable()  # as in the parent: its many small tuples live to the end of the batch
    try:
        conn = store.match_reader(path)
        try:
            for start in range(0, len(rows), BATCH):
                sender.send(("rows", _match_batch(conn, rows[start : start + BATCH], zips)))
        finally:
            conn.close()
        sender.send(("done", None))
    except Exception as error:
        sender.send(("error", f"{type(error).__name__}: {str(error)[:200]}"))
    finally:
        sender.close()


def _likely(record: MatchRecord, rows: list[Any]) -> list[Any]:
    """At most MAX_CANDIDATES of the voters a key found: all of them when few; else those
    sharing the line's surname or given name initial, as many as fit. A key thousands
    of voters share (a hostile file, a constant column mapped as the house number)
    would otherwise cost every line seconds."""
    if len(rows) <= MAX_CANDIDATES:
        return rows
    initials = {record.surname[:1], record.first[:1]}
    near = [v for v in rows if v[4][:1] in initials or v[1][:1] in initials]
    return near[:MAX_CANDIDATES]


def _voter(row: Any) -> Voter:
    """A voter as the store gives it (``_MATCH_COLUMNS``): record, status, voter id."""
    return Voter(tuple.__new__(MatchRecord, row[:12]), row[12], row[13])


def _match_batch(
    conn: store.Connection, rows: list[store.LineRow], zips: ZipTable | None = None
) -> list[store.MatchRow]:
    # Units aside: a missing or wrong unit does not invalidate (2 CCR 20931).
    records = [make_record(r[0], r[2], r[3], r[4], r[5], "", r[7], r[8]) for r in rows]
    at_address = store.candidates(conn, "ka", [(r.ref, address_key(r)) for r in records])
    for record in records:
        if not record.zip5 and record.city:
            at_address[record.ref] = _in_city(conn, record, zips)
    predictions: dict[int, Prediction] = {}
    unsure: list[MatchRecord] = []
    for record in records:
        voters = [_voter(v) for v in _likely(record, at_address.get(record.ref, []))]
        p = predict(record, voters)
        if p.status is Predicted.NOT_FOUND:
            unsure.append(record)  # nobody at the address fits: look the name up in the ZIP
        predictions[record.ref] = p
    if unsure:
        by_name = store.candidates(conn, "kn", [(r.ref, name_key(r)) for r in unsure])
        for record in unsure:
            found = by_name.get(record.ref)
            if found:
                voters = [_voter(v) for v in _likely(record, found)]
                predictions[record.ref] = predict(record, (), voters)
    out: list[store.MatchRow] = []
    for row in rows:
        p = predictions[row[0]]
        out.append(
            (row[0], row[1], p.status.value, p.voter, p.score, " ".join(p.reasons), p.candidates)
        )
    return out


def _in_city(conn: store.Connection, record: MatchRecord, zips: ZipTable | None) -> list[Any]:
    """A line with its city and no ZIP (the law accepts it): the voters at its house
    number and street in each of the city's ZIPs."""
    if zips is None or record.zip5 or not record.city or not record.number:
        return []
    found: list[Any] = []
    for zip5 in zips.zips_for_city(record.city)[:MAX_CITY_ZIPS]:
        key = address_key(record._replace(zip5=zip5))
        if key != NO_KEY:
            found += store.voters_with_key(conn, "ka", key)
    return found


def lookup(
    ws: Workspace, first: str, last: str, number: str, street: str, city: str, zip_code: str
) -> Prediction | None:
    """The predicted verdict on a line as it is keyed, or None when this database holds no
    voter file (an office without a copy). Two index probes: fast enough for every line."""
    conn = ws.db.conn
    if not store.has_voters(conn):
        return None
    record = make_record(0, first, last, number, street, "", city, zip_code)
    key = address_key(record)
    found = store.voters_with_key(conn, "ka", key) if key != NO_KEY else []
    found += _in_city(conn, record, ws.zips)
    p = predict(record, [_voter(v) for v in _likely(record, found)])
    if p.status is Predicted.NOT_FOUND:
        key = name_key(record)
        if key != NO_KEY:
            by_name = store.voters_with_key(conn, "kn", key)
            p = predict(record, (), [_voter(v) for v in _likely(record, by_name)])
    return p


__all__ = ["MatchRun", "lookup", "match_lines"]
