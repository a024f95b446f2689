"""The dashboard's figures, kept per section so a refresh reads only what changed.

:func:`recalldesk.store.stats.figures` scans every line four times (about five
seconds at 900,000 lines). Here each section's contribution — its own fields
and its lines grouped by mark, severity, problems and hour — is stored with
the campaign-wide sum, and a refresh recomputes only the sections with a line
or header whose ``change_seq`` is past the watermark (every write path stamps
one: keying, merges, conflicts, the demo), then adds the difference to the sum.

Two guards keep it honest: the live lines the sum counts must equal a count
of the table (a line moved to another section would be counted twice, so a
mismatch rebuilds everything), and confirmed repeats are never cached (they
come from the decisions, read fresh each time).
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from recalldesk.core.counting import is_signature
from recalldesk.core.figures import Figures, OfficeFigures
from recalldesk.store import stats
from recalldesk.store.chunks import CHUNK, rows_for_ids
from recalldesk.store.stats import _local_day

WATERMARK = "figures_watermark"
TOTAL = "figures_total"
_REBUILD_ABOVE = 20_000  # changed sections past which one full pass is cheaper

Key = tuple[Any, ...]


@dataclass(slots=True)
class Pending:
    """What a refresh learned, to be stored when the connection may write."""

    watermark: int
    total: Counter[Key]
    payloads: dict[int, str] = field(default_factory=dict)  # section id -> payload
    full: bool = False
    base: int | None = None  # the watermark of the cache this refresh started from


def _contribution(payload: dict[str, Any]) -> Counter[Key]:
    out: Counter[Key] = Counter()
    lines = payload["lines"]
    out[("all",)] += sum(g[4] for g in lines)  # every live line, whatever its section
    if payload["deleted"]:
        return out
    office, voided = payload["office"], payload["voided"]
    out[("s",)] += 1
    out[("ss", payload["status"])] += 1
    out[("sv",)] += voided
    out[("sd",)] += payload["declared"]
    for code in payload["problems"].split():
        out[("sp", code)] += 1
    out[("os", office)] += 1
    for mark, severity, problems, hour, n in lines:
        out[("t", mark, severity, voided)] += n
        for code in problems.split():
            out[("p", code)] += n
        out[("ol", office)] += n
        out[("h", hour)] += n
        if is_signature(mark):
            out[("hs", hour)] += n
    return out


def _payloads(conn: sqlite3.Connection, ids: list[int] | None) -> dict[int, dict[str, Any]]:
    """Each section's payload (``ids`` None: every section)."""
    out: dict[int, dict[str, Any]] = {}
    chunks = [None] if ids is None else [ids[i : i + CHUNK] for i in range(0, len(ids), CHUNK)]
    for chunk in chunks:
        where, params = ("", []) if chunk is None else (
            f"WHERE id IN ({', '.join('?' * len(chunk))})", chunk)  # fmt: skip
        for sid, office, voided, deleted, status, problems, declared in conn.execute(
            "SELECT id, office_id, voided, deleted, status, problems, declared_lines "
            f"FROM section {where}",
            params,
        ):
            out[sid] = {
                "office": office, "voided": voided, "deleted": deleted, "status": status,
                "problems": problems, "declared": declared, "lines": [],
            }  # fmt: skip
        line_where = "" if chunk is None else f"AND section_id IN ({', '.join('?' * len(chunk))})"
        for sid, mark, severity, problems, hour, n in conn.execute(
            "SELECT section_id, mark, severity, problems, substr(created_at, 1, 13), count(*) "
            f"FROM signature_line WHERE deleted = 0 {line_where} GROUP BY 1, 2, 3, 4, 5",
            params,
        ):
            if sid in out:
                out[sid]["lines"].append([mark, severity, problems, hour, n])
    return out


def _load_total(conn: sqlite3.Connection) -> tuple[int, Counter[Key]] | None:
    rows = dict(
        conn.execute(
            "SELECT key, value FROM meta WHERE key IN (?, ?)", (WATERMARK, TOTAL)
        ).fetchall()
    )
    if WATERMARK not in rows or TOTAL not in rows:
        return None
    total: Counter[Key] = Counter({tuple(k): n for k, n in json.loads(rows[TOTAL])})
    return int(rows[WATERMARK]), total


def _current_seq(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT value FROM meta WHERE key = 'change_seq'").fetchone()
    return int(row[0]) if row else 0


def _live_lines(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM signature_line WHERE deleted = 0").fetchone()[0])


def read(conn: sqlite3.Connection, *, can_store: bool = True) -> tuple[Figures, Pending | None]:
    """The figures (inside a snapshot), and what to store so the next read is quick.

    A reader that cannot store (``can_store`` False) never builds the cache from
    every line: counting the lines directly is quicker for a figure read once.
    """
    seq = _current_seq(conn)
    known = _load_total(conn)
    pending: Pending | None = None
    if known is not None and known[0] == seq:
        total = known[1]
    elif known is None and not can_store:
        return stats.figures(conn), None
    else:
        total, pending = _refresh(conn, seq, known)
    if total[("all",)] != _live_lines(conn):  # a line moved between sections, or worse
        if not can_store:
            return stats.figures(conn), None
        total, pending = _rebuild(conn, seq)
    return _figures(conn, total), pending


def _refresh(
    conn: sqlite3.Connection, seq: int, known: tuple[int, Counter[Key]] | None
) -> tuple[Counter[Key], Pending]:
    if known is None:
        return _rebuild(conn, seq)
    watermark, total = known
    changed = {
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT section_id FROM signature_line WHERE change_seq > ?", (watermark,)
        )
    }
    changed |= {r[0] for r in conn.execute(
        "SELECT id FROM section WHERE change_seq > ?", (watermark,))}  # fmt: skip
    if len(changed) > _REBUILD_ABOVE:
        return _rebuild(conn, seq)
    ids = sorted(changed)
    old: dict[int, str] = dict(
        rows_for_ids(
            conn, "SELECT section_id, payload FROM figures_section WHERE section_id IN ({ids})", ids
        )
    )
    total = Counter(total)
    for text in old.values():
        total.subtract(_contribution(json.loads(text)))
    fresh = _payloads(conn, ids)
    payloads = {}
    for sid, payload in fresh.items():
        total.update(_contribution(payload))
        payloads[sid] = json.dumps(payload, separators=(",", ":"))
    total = +total  # drop the keys that fell to zero
    return total, Pending(seq, total, payloads, base=watermark)


def _rebuild(conn: sqlite3.Connection, seq: int) -> tuple[Counter[Key], Pending]:
    total: Counter[Key] = Counter()
    payloads = {}
    for sid, payload in _payloads(conn, None).items():
        total.update(_contribution(payload))
        payloads[sid] = json.dumps(payload, separators=(",", ":"))
    total = +total
    return total, Pending(seq, total, payloads, full=True)


def store(conn: sqlite3.Connection, pending: Pending) -> bool:
    """Keep what a read learned (in the caller's write transaction); False if stale.

    What was read is the state at its watermark, so it may be kept even if lines
    changed since (they carry a later change_seq: the next read picks them up).
    A refresh rewrote only the sections changed since the cache it started from,
    so it is kept only over that same cache (another reader may have stored one
    meanwhile, whose rows it would mix with); a full rebuild rewrites every row
    and is kept unless a newer cache is stored.
    """
    known = conn.execute("SELECT value FROM meta WHERE key = ?", (WATERMARK,)).fetchone()
    stored = int(known[0]) if known is not None else None
    if pending.full:
        if stored is not None and stored > pending.watermark:
            return False
    elif stored != pending.base:
        return False
    if pending.full:
        conn.execute("DELETE FROM figures_section")
    conn.executemany(
        "INSERT OR REPLACE INTO figures_section(section_id, payload) VALUES (?, ?)",
        list(pending.payloads.items()),
    )
    conn.executemany(
        "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
        [
            (WATERMARK, str(pending.watermark)),
            (TOTAL, json.dumps([[list(k), n] for k, n in pending.total.items()])),
        ],
    )
    return True


def _figures(conn: sqlite3.Connection, total: Counter[Key]) -> Figures:
    out = Figures()
    for key, n in total.items():
        kind = key[0]
        if kind == "t":
            out.tally.add(key[1], key[2], bool(key[3]), n)
        elif kind == "p":
            out.problems_by_code[key[1]] += n
        elif kind == "ss":
            out.sections_by_status[key[1]] += n
        elif kind == "sp":
            out.section_problems_by_code[key[1]] += n
        elif kind == "h" or kind == "hs":
            day = _local_day(key[1])
            days = out.lines_by_day if kind == "h" else out.signatures_by_day
            days[day] = days.get(day, 0) + n
    out.sections = total[("s",)]
    out.voided_sections = total[("sv",)]
    out.declared_lines = total[("sd",)]
    # Confirmed repeats are read fresh: a decision changes no line's change_seq.
    for mark, severity, voided, n in conn.execute(
        "SELECT l.mark, l.severity, s.voided, count(*) FROM signature_line l "
        "JOIN section s ON s.id = l.section_id WHERE l.deleted = 0 AND s.deleted = 0 "
        "AND l.uuid IN (SELECT repeat_uuid FROM duplicate_decision WHERE decision = 'duplicate')"
        " GROUP BY 1, 2, 3"
    ):
        out.tally.add(mark, severity, bool(voided), -n)
        out.tally.add(mark, severity, bool(voided), n, repeat=True)
    for office_id, code, name in conn.execute(
        "SELECT id, code, name FROM office WHERE deleted = 0 ORDER BY code"
    ):
        out.offices.append(
            OfficeFigures(code, name, total[("os", office_id)], total[("ol", office_id)])
        )
    out.lines_by_day = dict(sorted(out.lines_by_day.items()))
    out.signatures_by_day = dict(sorted(out.signatures_by_day.items()))
    return out
