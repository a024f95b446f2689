"""Latency of accepting one signature line into a large campaign database.

Usage: python tests/perf/bench_accept.py --data-dir DIR [--lines 2000]

DIR must hold a campaign database (e.g. ``recalldesk --data-dir DIR demo
--lines 900000``). The database is copied first, so DIR is never changed.
Prints p50/p95/p99/max of ``accept_line`` (validation + insert + audit +
durable commit) over consecutive lines keyed into fresh sections, as a
volunteer would. Target (issue 2): p99 < 10 ms with 900,000 lines.
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
from recalldesk.core.zipdata import load_default_zip_table
from recalldesk.store import campaign as campaign_store
from recalldesk.store import lines, people, sections
from recalldesk.store.audit import Actor
from recalldesk.store.connection import open_database
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
        db = open_database(path)
        zips = load_default_zip_table()
        camp = campaign_store.get_campaign(db)
        assert camp is not None
        with db.snapshot() as conn:
            existing = count_lines(conn)
        office = people.list_offices(db)[0]
        actor = Actor("bench", office.value.code, campaign_store.device_id(db))
        rng = random.Random(1)
        zip_codes = [z.zip_code for z in zips if z.kind == "standard"]
        timings: list[float] = []
        section_id = 0
        for n in range(args.lines):
            if n % 20 == 0:
                stored = sections.add_section(
                    db, actor, camp, Section(f"BENCH-{n:06d}", 20), office.id, None
                )
                section_id = stored.id
            line = SignatureLine(
                n % 20 + 1, rng.choice(["Ana", "José", "Mei"]), f"Bench{n}", str(n),
                "Main St", "", "", rng.choice(zip_codes),
            )  # fmt: skip
            started = time.perf_counter()
            lines.accept_line(db, actor, zips, section_id, line)
            timings.append((time.perf_counter() - started) * 1000)
        db.close()
    print(f"accept_line into a database of {existing:,} lines, {args.lines:,} accepts:")
    print(
        f"  p50 {statistics.median(timings):.2f} ms   p95 {percentile(timings, 95):.2f} ms   "
        f"p99 {percentile(timings, 99):.2f} ms   max {max(timings):.2f} ms"
    )


if __name__ == "__main__":
    main()
