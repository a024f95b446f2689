"""Circulator completion at intake with 100,000 circulators: the index against a scan.

    python tests/perf/bench_circulators.py [--circulators 100000]

Prints, per typed prefix, the time of ``ops.people.find_circulators`` (the FTS5
index, word prefixes, case and accents aside) beside the floor it replaces: a
``LIKE '%text%'`` scan of the folded names. No pass/fail.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from recalldesk.core.messages import msg
from recalldesk.core.normalize import fold
from recalldesk.core.records import LA_COUNTY_DA_RECALL_2022, FieldOffice, Operator
from recalldesk.demo import names
from recalldesk.ops import people, setup
from recalldesk.ops.workspace import Workspace
from recalldesk.store.bulk import bulk_load


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--circulators", type=int, default=100_000)
    args = parser.parse_args()
    rng = random.Random(7)
    firsts = [n for k, v in vars(names).items() if k.startswith("FIRST_") for n in v]
    lasts = [n for k, v in vars(names).items() if k.startswith("LAST_") for n in v]
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace.open(Path(tmp) / "recalldesk.sqlite3")
        ident = setup.set_up(
            ws,
            LA_COUNTY_DA_RECALL_2022,
            FieldOffice("PAS", "P"),
            Operator("Bench"),
            secret="bench password 1",
        ).value
        actor = people.operator_actor(ws, ident.operator)
        with bulk_load(ws.db, actor, msg("audit.demo_loaded", lines=0, seed=7)) as bulk:
            rows = []
            for n in range(args.circulators):
                name = f"{rng.choice(firsts)} {rng.choice(lasts)}"
                rows.append({"uuid": f"00000000-0000-4000-8000-{n:012d}", "name": name,
                             "name_key": fold(name)})  # fmt: skip
            bulk.insert_many("circulator", iter(rows))
        queries = ["r", "ro", "ros", "rosa", "rosa m", "mart", "garc ma", "ngu", "zz"]
        print(f"{args.circulators:,} circulators; ms per lookup (median of 20), 20 shown at most")
        print(f"{'typed':<10} {'index':>8} {'LIKE scan':>10} {'found':>6}")
        for text in queries:
            index, scan = [], []
            found = 0
            for _ in range(20):
                t = time.perf_counter()
                found = len(people.find_circulators(ws, text, 20))
                index.append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                ws.db.query(
                    "SELECT id, name FROM circulator WHERE name_key LIKE ? LIMIT 20",
                    (f"%{fold(text)}%",),
                )
                scan.append((time.perf_counter() - t) * 1000)
            print(f"{text:<10} {statistics.median(index):>8.2f} {statistics.median(scan):>10.2f} "
                  f"{found:>6}")  # fmt: skip
        ws.close()


if __name__ == "__main__":
    main()
