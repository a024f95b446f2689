"""Verification and operator statistics at campaign scale (issue 14).

Usage: python tests/perf/bench_verification.py --data-dir DIR [--lines 400]

DIR holds a campaign database, e.g. ``RECALLDESK_NEW_PIN=... recalldesk
--data-dir DIR demo --lines 900000 --offices 50`` (50 offices of 4 operators:
200 operators). The database is copied first, so DIR is never changed.

- **Statistics window**: the first count of every line (once, in the background,
  after the upgrade), then what opening the window costs once counted, beside
  the floor (one grouped scan of the lines: the least a recount could do) and
  a recount with SQL's window functions (what the window would cost without the
  kept counts). Target: < 1 s with 900,000 lines and 200 operators.
- **Accepting a re-keyed line** (``BlindSession.save``) beside accepting a keyed
  line (``KeyingSession.save``) over the same lines. Target: < 30 ms, as keying.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from recalldesk.core.records import Actor, Section, SignatureLine, StaffRole
from recalldesk.ops import keying_stats, sign_in, verification
from recalldesk.ops.intake import log_section
from recalldesk.ops.keying import KeyingSession
from recalldesk.ops.workspace import Workspace

PASSWORD = "bench password 1"
RECOUNT = """
SELECT operator_id, day, count(*), sum(CASE WHEN gap BETWEEN 0 AND 300 THEN gap ELSE 0 END)
FROM (SELECT operator_id, date(created_at, 'localtime') AS day,
      (julianday(created_at) - julianday(LAG(created_at) OVER (
          PARTITION BY operator_id ORDER BY created_at))) * 86400.0 AS gap
      FROM signature_line WHERE operator_id IS NOT NULL)
GROUP BY operator_id, day
"""


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * pct / 100))]


def timed(work: object) -> float:
    started = time.perf_counter()
    work()  # type: ignore[operator]
    return time.perf_counter() - started


def seed_verifications(ws: Workspace) -> int:
    """A tenth of the sections verified (their first ten lines keyed again, one section in
    eighteen with a field in error), as a drive's verification would leave them; returns
    the re-keyed lines. The per-day errors look each one up (store.verification)."""
    conn = ws.db.conn
    rows = conn.execute(
        "SELECT section_id, min(operator_id) FROM signature_line WHERE operator_id IS NOT NULL "
        "GROUP BY section_id HAVING count(*) >= 10"
    ).fetchall()
    verifiers = [r[0] for r in conn.execute("SELECT id FROM operator")]
    with ws.db.transaction():
        for n, (section_id, keyer) in enumerate(rows[::10]):
            made = conn.execute(
                "INSERT INTO verification(section_id, reason, first_operator_id, assigned_at, "
                "assigned_by, verifier_id, status) VALUES (?, 'share', ?, "
                "'2022-03-01T10:00:00Z', 'bench', ?, 'verified')",
                (section_id, keyer, verifiers[n % len(verifiers)]),
            ).lastrowid
            conn.executemany(
                "INSERT INTO verify_line(verification_id, line_number, keyed_at) "
                "VALUES (?, ?, '2022-03-02T10:00:00Z')",
                [(made, k) for k in range(1, 11)],
            )
            if n % 18 == 0:
                conn.execute(
                    "INSERT INTO discrepancy(verification_id, line_number, field, first_value, "
                    "second_value, first_operator_id, chosen, blame) "
                    "VALUES (?, 2, 'last_name', 'a', 'b', ?, 'second', 'first')",
                    (made, keyer),
                )
    return int(ws.db.scalar("SELECT count(*) FROM verify_line"))


def signed_in(ws: Workspace) -> tuple[Actor, Actor]:
    """The office's lead (named if the demo named none) and a new volunteer."""
    if sign_in.needs_first_manager(ws):
        sign_in.first_manager(ws, sign_in.roster(ws)[0].name, PASSWORD)
    lead_member = next(m for m in sign_in.roster(ws) if m.role is not None)
    lead = sign_in.sign_in(ws, lead_member.id, PASSWORD).value
    added = sign_in.add_member(ws, lead, "Bench Verifier", StaffRole.VOLUNTEER, "4821").value
    return lead, sign_in.sign_in(ws, added.id, "4821").value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--lines", type=int, default=400)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.data_dir.parent) as tmp:
        path = Path(tmp) / "bench.sqlite3"
        shutil.copy(args.data_dir / "recalldesk.sqlite3", path)
        ws = Workspace.open(path)
        lines_now = ws.db.scalar("SELECT count(*) FROM signature_line")
        operators = ws.db.scalar("SELECT count(DISTINCT operator_id) FROM signature_line")
        print(f"{lines_now:,} lines, {operators} operators")
        first = timed(lambda: keying_stats.statistics(ws))
        warm = [timed(lambda: keying_stats.statistics(ws)) for _ in range(5)]
        floor = timed(lambda: ws.db.query(
            "SELECT operator_id, count(*) FROM signature_line GROUP BY operator_id"))  # fmt: skip
        recount = timed(lambda: ws.db.query(RECOUNT))
        print("Statistics window (s):")
        print(f"  first count, once after the upgrade   {first:8.2f}")
        print(f"  opening it, counts kept (median of 5)  {statistics.median(warm):8.3f}")
        print(f"  floor: one grouped scan of the lines   {floor:8.2f}")
        print(f"  recount with SQL window functions      {recount:8.2f}")
        seeded = seed_verifications(ws)
        checked = [timed(lambda: keying_stats.statistics(ws)) for _ in range(5)]
        print(f"  opening it, {seeded:,} lines re-keyed   {statistics.median(checked):8.3f}")

        ws.keying_mode()
        lead, verifier = signed_in(ws)
        keyed: list[float] = []
        blind: list[float] = []
        made = 0
        while made < args.lines:
            section = log_section(ws, lead, Section(f"BENCH-{made:06d}", 20)).value
            session = KeyingSession(ws, lead, section.id)
            paper = [SignatureLine(n, "Ana", f"Ruiz{made + n}", str(n), "Oak St", "", "Pasadena",
                                   "91101") for n in range(1, 21)]  # fmt: skip
            for line in paper:
                started = time.perf_counter()
                session.save(line)
                keyed.append(time.perf_counter() - started)
            session.close()
            chosen = verification.assign(ws, lead, section.section.serial).value
            again = verification.BlindSession(ws, verifier, chosen.id)
            for line in paper:
                started = time.perf_counter()
                again.save(line)
                blind.append(time.perf_counter() - started)
            again.finish()
            made += 20
        print(f"Accepting a line (ms), {len(blind)} lines each:")
        for label, values in (("re-keyed, blind (BlindSession.save)", blind),
                              ("keyed (KeyingSession.save)", keyed)):  # fmt: skip
            p50, p95, p99 = (1000 * percentile(values, p) for p in (50, 95, 99))
            print(f"  {label:38} p50 {p50:6.1f}  p95 {p95:6.1f}  p99 {p99:6.1f}")
        ws.close()


if __name__ == "__main__":
    main()
