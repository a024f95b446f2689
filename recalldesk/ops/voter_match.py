"""Predicting the registrar's verdict on every line from the voter file (central office).

Each line is made a match record (as the duplicate search makes it), looked
up by its address key and its name key among the current file's voters, and
given a predicted status (core.matching.voter_verdict). Incremental: only
lines changed since the last run are matched again; every line when a new
voter file has been imported (the import clears the verdicts).
"""

from __future__ import annotations

import gc
import time
from dataclasses import dataclass

from recalldesk.core.matching.record import NO_KEY, MatchRecord, make_record
from recalldesk.core.matching.voter_keys import address_key, name_key
from recalldesk.core.matching.voter_verdict import Predicted, Prediction, Voter, predict
from recalldesk.core.messages import msg
from recalldesk.core.records import Actor
from recalldesk.core.work import Cancelled, IsCancelled, Progress
from recalldesk.ops.base import Changes, Done, Permission, refuse
from recalldesk.ops.workspace import Workspace
from recalldesk.store import audit
from recalldesk.store import voter_match as store
from recalldesk.store.connection import Database
from recalldesk.store.merge_tuning import merge_settings

BATCH = 20_000  # lines looked up per join


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
            for start in range(0, len(rows), BATCH):
                if cancelled is not None and cancelled():
                    raise Cancelled()
                if progress is not None:
                    progress(start, len(rows))
                store.save(conn, _match_batch(db, rows[start : start + BATCH]))
            store.set_watermark(conn, seq)
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


def _match_batch(db: Database, rows: list[store.LineRow]) -> list[store.MatchRow]:
    conn = db.conn
    # Units aside: a missing or wrong unit does not invalidate (2 CCR 20931).
    records = [make_record(r[0], r[2], r[3], r[4], r[5], "", r[7], r[8]) for r in rows]
    at_address = store.candidates(conn, "ka", [(r.ref, address_key(r)) for r in records])
    new = tuple.__new__
    predictions: dict[int, Prediction] = {}
    unsure: list[MatchRecord] = []
    for record in records:
        voters = [Voter(new(MatchRecord, v[:12]), v[12]) for v in at_address.get(record.ref, ())]
        p = predict(record, voters)
        if p.status is Predicted.NOT_FOUND:
            unsure.append(record)  # nobody at the address fits: look the name up in the ZIP
        predictions[record.ref] = p
    if unsure:
        by_name = store.candidates(conn, "kn", [(r.ref, name_key(r)) for r in unsure])
        for record in unsure:
            found = by_name.get(record.ref)
            if found:
                voters = [Voter(new(MatchRecord, v[:12]), v[12]) for v in found]
                predictions[record.ref] = predict(record, (), voters)
    out: list[store.MatchRow] = []
    for row in rows:
        p = predictions[row[0]]
        out.append(
            (row[0], row[1], p.status.value, p.voter, p.score, " ".join(p.reasons), p.candidates)
        )
    return out


def lookup(
    ws: Workspace, first: str, last: str, number: str, street: str, city: str, zip_code: str
) -> Prediction | None:
    """The predicted verdict on a line as it is keyed, or None when this database holds no
    voter file (an office without a copy). Two index probes: fast enough for every line."""
    conn = ws.db.conn
    if not store.has_voters(conn):
        return None
    record = make_record(0, first, last, number, street, "", city, zip_code)
    new = tuple.__new__
    key = address_key(record)
    found = store.voters_with_key(conn, "ka", key) if key != NO_KEY else []
    p = predict(record, [Voter(new(MatchRecord, v[:12]), v[12]) for v in found])
    if p.status is Predicted.NOT_FOUND:
        key = name_key(record)
        if key != NO_KEY:
            by_name = store.voters_with_key(conn, "kn", key)
            p = predict(record, (), [Voter(new(MatchRecord, v[:12]), v[12]) for v in by_name])
    return p


__all__ = ["MatchRun", "lookup", "match_lines"]
