"""Finding people who signed twice here: ``recalldesk dedupe`` and the Duplicates window.

A run normalizes the lines it has not seen at their current version (all of
them with ``full``), blocks, scores and groups them
(:mod:`recalldesk.core.matching`), and replaces the open groups it touched.
An incremental run — the usual one, after a merge — compares only new and
changed lines with the rest: their keys against every line's keys, read in
one scan. Pairs a person already decided are not asked again unless one of
the two lines changed since. The whole run is one transaction.
"""

from __future__ import annotations

import gc
import time
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from itertools import combinations

from recalldesk.core.matching.groups import MAX_BLOCK, Pair, build_groups
from recalldesk.core.matching.record import (
    KEY_SLOTS,
    NO_KEY,
    SLOT_KINDS,
    MatchRecord,
    key_hashes,
    make_record,
)
from recalldesk.core.matching.score import REVIEW, Verdict, compare, score
from recalldesk.core.matching.voter_evidence import with_voter_evidence
from recalldesk.core.messages import msg
from recalldesk.core.records import Actor
from recalldesk.core.work import Cancelled, IsCancelled, Progress
from recalldesk.ops.base import Changes, Done, Permission
from recalldesk.ops.workspace import Workspace
from recalldesk.store import audit
from recalldesk.store import campaign as campaign_store
from recalldesk.store import dedupe as store
from recalldesk.store import voter_match as voter_store
from recalldesk.store.connection import Database
from recalldesk.store.dedupe import StoredPair
from recalldesk.store.merge_tuning import merge_settings

LAST_RUN = "dedupe_last_run"
_BATCH = 20_000


@dataclass(frozen=True, slots=True)
class DedupeRun:
    """What a run did."""

    full: bool
    lines_matched: int  # lines normalized this run (all of them for a full run)
    lines_known: int  # lines the matcher knows in all
    pairs_compared: int
    groups_open: int  # open groups after the run
    groups_found: int  # groups this run wrote (new or rebuilt)
    seconds: float


def find_duplicates(
    ws: Workspace,
    actor: Actor,
    *,
    full: bool = False,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> Done[DedupeRun]:
    """Find groups of lines that may be one signer (new and changed lines, or all)."""
    ws.check(actor, Permission.DECIDE_DUPLICATES)  # before minutes of work, not after
    started = time.perf_counter()
    # A run makes millions of small tuples that live to its end: the cyclic collector
    # would walk them again and again (a third of a county run's time) for nothing.
    collecting = gc.isenabled()
    gc.disable()
    try:
        # The key indexes take new lines' keys at random places: a bigger page cache.
        with merge_settings(ws.db):
            return _find(ws, actor, full, progress, cancelled, started)
    finally:
        if collecting:
            gc.enable()


def _find(
    ws: Workspace,
    actor: Actor,
    full: bool,
    progress: Progress | None,
    cancelled: IsCancelled | None,
    started: float,
) -> Done[DedupeRun]:
    with ws.change(actor, Permission.DECIDE_DUPLICATES) as db:
        conn = db.conn
        if not full and not store.knows_lines(conn):
            full = True  # nothing known yet (a first search, or after an upgrade)
        if full:
            store.drop_key_indexes(conn)
            store.clear(conn)
        fresh: dict[int, MatchRecord] = {}
        fresh_keys: dict[int, tuple[int, ...]] = {}  # an incremental run's new lines
        # A full run's keys, one machine-word column per kind of key (a million lines'
        # tuples of Python ints would take ten times the memory).
        ids = array("q")
        columns = [array("q") for _ in range(KEY_SLOTS)]
        batch: list[tuple[int, int, tuple[int, ...]]] = []

        def flush() -> None:
            _check(cancelled)
            store.save_lines(conn, batch)
            if full:
                ids.extend([line for line, _, _ in batch])
                keys = zip(*[k for _, _, k in batch], strict=True)
                for column, values in zip(columns, keys, strict=True):
                    column.extend(values)
            else:
                fresh_keys.update((line, k) for line, _, k in batch)
            batch.clear()

        gone: list[int] = []  # lines no longer signatures: their groups are rebuilt
        for line, version, *fields in store.lines_to_match(conn, changed_only=not full, gone=gone):
            fresh[line] = record = make_record(line, *fields)
            batch.append((line, version, key_hashes(record)))
            if len(batch) >= _BATCH:
                flush()
        if batch:
            flush()
        _check(cancelled)
        if full:

            def block_and_score() -> tuple[list[Pair], int]:
                candidates = _blocks_in_memory(ids, columns)
                return _score(candidates, fresh, progress, cancelled), len(candidates)

            # Blocking and scoring are Python; SQLite builds the key indexes in C and
            # lets go of the interpreter meanwhile: on two threads the two overlap.
            with ThreadPoolExecutor(1, thread_name_prefix="dedupe") as pool:
                scoring = pool.submit(block_and_score)
                store.create_key_indexes(conn)
                pairs, compared = scoring.result()
            del ids, columns
            known = fresh
        else:
            candidates = _blocks_against_all(
                store.lines_sharing_keys(conn, _keys_of(fresh_keys)), fresh_keys
            )
            known = dict(fresh)
            missing = {i for pair in candidates for i in pair} - known.keys()
            known.update(_records(db, missing))
            _check(cancelled)
            pairs, compared = _score(candidates, known, progress, cancelled), len(candidates)
        # The voter file's word: different voters are two people, one voter is one.
        same_voter = voter_store.lines_by_voter(conn, None if full else fresh.keys())
        voter_of = voter_store.certain_voters(
            conn, {i for p in pairs for i in (p.a, p.b)} | {i for g in same_voter for i in g}
        )
        pairs = with_voter_evidence(pairs, voter_of, same_voter)
        missing = {i for p in pairs for i in (p.a, p.b)} - known.keys()
        if missing:
            known.update(_records(db, missing))
        if pairs:
            settled = store.settled_pairs(conn)
            if settled:
                paired = {i for p in pairs for i in (p.a, p.b)}
                pairs = _undecided(pairs, settled, store.line_versions(conn, paired))
        if full:
            store.delete_open_groups(conn)
            touched: set[int] = set()
            old_pairs: list[Pair] = []
        else:
            lines_in_pairs = {i for p in pairs for i in (p.a, p.b)} | fresh.keys() | set(gone)
            touched = store.open_group_ids_touching(conn, lines_in_pairs)
            # A pair of a rebuilt group whose line changed since is scored afresh below;
            # one whose line is gone is dropped.
            redo = fresh.keys() | set(gone)
            old_pairs = [
                _pair(p)
                for p in store.pairs_of_groups(conn, touched)
                if p.line_a not in redo and p.line_b not in redo
            ]
            refs = {i for p in old_pairs for i in (p.a, p.b)} - known.keys()
            known.update(_records(db, refs))
            store.delete_groups(conn, touched)
        merged = {(p.a, p.b): p for p in [*old_pairs, *pairs]}
        ordered = sorted(merged.values(), key=lambda p: (-p.verdict.score, p.a, p.b))
        voter_of.update(
            voter_store.certain_voters(conn, {i for p in old_pairs for i in (p.a, p.b)})
        )
        groups = build_groups(ordered, known, voter_of)
        versions = store.line_versions(conn, {r for g in groups for r in g.refs})
        now = audit.now_iso()
        for group in groups:
            store.add_group(
                conn,
                score=group.score,
                likely=group.likely,
                undecidable=group.undecidable,
                reasons=group.reasons,
                members={ref: versions[ref][1] for ref in group.refs},
                pairs=[
                    StoredPair(p.a, p.b, p.verdict.score, p.verdict.reasons, p.verdict.undecidable)
                    for p in group.pairs
                ],
                found_at=now,
            )
        campaign_store.set_meta(db, LAST_RUN, now)
        open_now = store.count_groups(conn)
        lines_known = int(db.scalar("SELECT count(*) FROM dedupe_line"))
        audit.record(
            conn, actor, "note", "dedupe_run", "",
            {"full": full, "lines": len(fresh), "groups": len(groups), "open": open_now},
            msg("audit.dedupe_run"),
        )  # fmt: skip
    run = DedupeRun(
        full, len(fresh), lines_known, compared, open_now, len(groups),
        round(time.perf_counter() - started, 2),
    )  # fmt: skip
    return Done(run, Changes(figures=True))


def _check(cancelled: IsCancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled()


def _records(db: Database, ids: Iterable[int]) -> dict[int, MatchRecord]:
    """Lines the run compares but did not read, normalized afresh."""
    rows = store.raw_lines(db.conn, ids)
    return {line: make_record(line, *fields) for line, _, *fields in rows}


def _pair(p: StoredPair) -> Pair:
    return Pair(p.line_a, p.line_b, Verdict(p.score, p.reasons, p.undecidable))


def _blocks_in_memory(ids: array[int], columns: list[array[int]]) -> set[tuple[int, int]]:
    """Pairs of lines sharing a key, one kind of key at a time (so memory stays small)."""
    pairs: set[tuple[int, int]] = set()
    for column in columns:
        # Most keys belong to one line: count in C, then look only at the shared ones.
        shared = {k for k, n in Counter(column).items() if 1 < n <= MAX_BLOCK and k != NO_KEY}
        blocks: defaultdict[int, list[int]] = defaultdict(list)
        for key, line in [(k, i) for k, i in zip(column, ids, strict=True) if k in shared]:
            blocks[key].append(line)
        for members in blocks.values():
            pairs.update(combinations(members, 2))
    return pairs


def _keys_of(fresh: dict[int, tuple[int, ...]]) -> set[tuple[int, int]]:
    """(kind, key) of every key of the new lines."""
    return {
        (kind, key)
        for keys in fresh.values()
        for kind, key in zip(SLOT_KINDS, keys, strict=True)
        if key != NO_KEY
    }


def _blocks_against_all(
    sharing: Iterable[tuple[int, int]], fresh: dict[int, tuple[int, ...]]
) -> set[tuple[int, int]]:
    """Pairs of a new or changed line with any line sharing a key (``sharing``: key, line)."""
    by_key: dict[int, list[int]] = {}
    for line, keys in fresh.items():
        for key in set(keys):
            if key != NO_KEY:
                by_key.setdefault(key, []).append(line)
    others: dict[int, set[int]] = {}
    for key, other in sharing:
        if other not in fresh:
            others.setdefault(key, set()).add(other)
    pairs: set[tuple[int, int]] = set()
    for key, new_lines in by_key.items():
        old_lines = others.get(key, set())
        if len(new_lines) + len(old_lines) > MAX_BLOCK:
            continue
        pairs.update(combinations(sorted(new_lines), 2))
        pairs.update((min(a, b), max(a, b)) for a in new_lines for b in old_lines)
    return pairs


def _score(
    candidates: Iterable[tuple[int, int]],
    records: dict[int, MatchRecord],
    progress: Progress | None,
    cancelled: IsCancelled | None,
) -> list[Pair]:
    out = []
    todo = list(candidates)
    for done, (i, j) in enumerate(todo):
        a, b = records.get(i), records.get(j)
        if a is None or b is None:
            continue
        if score(a, b, REVIEW) >= REVIEW:
            lo, hi = (i, j) if i < j else (j, i)
            out.append(Pair(lo, hi, compare(a, b)))
        if done % 50_000 == 0:
            _check(cancelled)
            if progress is not None:
                progress(done, len(todo))
    if progress is not None:
        progress(len(todo), len(todo))
    return out


def _undecided(
    pairs: list[Pair],
    settled: dict[tuple[str, str], tuple[str, int, int]],
    versions: dict[int, tuple[str, int]],
) -> list[Pair]:
    """Drop pairs a person decided, unless one of the lines changed since."""
    out = []
    for p in pairs:
        (ua, va), (ub, vb) = versions[p.a], versions[p.b]
        key, vers = ((ua, ub), (va, vb)) if ua < ub else ((ub, ua), (vb, va))
        decided = settled.get(key)
        if decided is not None and (decided[1], decided[2]) == vers:
            continue
        out.append(p)
    return out


__all__ = ["LAST_RUN", "DedupeRun", "find_duplicates"]
