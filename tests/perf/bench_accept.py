"""Latency of accepting one signature line into a large campaign database.

Usage: python tests/perf/bench_accept.py --data-dir DIR [--lines 2000]

DIR must hold a campaign database (e.g. ``recalldesk --data-dir DIR demo
--lines 900000``). The database is copied first, so DIR is never changed.
Prints p50/p95/p99/max of saving a line through the keying operation
(``KeyingSession.save``: permission and owner checks, validation, insert,
audit, durable commit) over consecutive lines keyed into fresh sections, as a
volunteer would, and of the bare repository call (``store.lines.accept_line``)
beside it. Target (issue 2): p99 < 10 ms with 900,000 lines.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from recalldesk.core.records import Section, SignatureLine
from recalldesk.ops import people
from recalldesk.ops.intake import log_section
from recalldesk.ops.keying import KeyingSession
from recalldesk.ops.workspace import Workspace
from recalldesk.store import lines
from recalldesk.store.stats import count_lines


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * pct / 100))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--lines", type=int, default=2_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.data_dir.parent) as tmp:
        path = Path(tmp) / "bench.sqlite3"
        shutil.copy(args.data_dir / "recalldesk.sqlite3", path)
        ws = Workspace.open(path)
        ws.keying_mode()
        with ws.db.snapshot() as conn:
            existing = count_lines(conn)
        actor = people.operator_actor(ws, people.operators(ws)[0])
        rng = random.Random(1)
        zip_codes = [z.zip_code for z in ws.zips if z.kind == "standard"]
        timings: dict[str, list[float]] = {"operation": [], "repository": []}
        session: KeyingSession | None = None
        for n in range(args.lines):
            if n % 20 == 0:
                stored = log_section(ws, actor, Section(f"BENCH-{n:06d}", 40)).value
                session = KeyingSession(ws, actor, stored.id)
            assert session is not None
            line = SignatureLine(
                n % 20 + 1, rng.choice(["Ana", "José", "Mei"]), f"Bench{n}", str(n),
                "Main St", "", "", rng.choice(zip_codes),
            )  # fmt: skip
            started = time.perf_counter()
            session.save(line)
            timings["operation"].append((time.perf_counter() - started) * 1000)
            bare = SignatureLine(line.line_number + 20, *(getattr(line, f) for f in (
                "first_name", "last_name", "street_number", "street_name", "unit", "city",
                "zip_code")))  # fmt: skip
            started = time.perf_counter()
            lines.accept_line(ws.db, actor, ws.zips, session.section_id, bare)
            timings["repository"].append((time.perf_counter() - started) * 1000)
            if n % 200 == 199:
                ws.tidy()  # the app checkpoints while keying pauses
        ws.close()
    print(f"saving a line into a database of {existing:,} lines, {args.lines:,} saves:")
    for name, values in timings.items():
        print(
            f"  {name:<11} p50 {statistics.median(values):.2f} ms   "
            f"p95 {percentile(values, 95):.2f} ms   p99 {percentile(values, 99):.2f} ms   "
            f"max {max(values):.2f} ms"
        )


if __name__ == "__main__":
    main()
