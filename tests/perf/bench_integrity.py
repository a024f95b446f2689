"""The integrity check and the backup at campaign scale, beside their floors.

    python tests/perf/bench_integrity.py --data-dir /tmp/rd900   # a 900,000-line demo

Times, on the same database file, each three times (the first run may read
from disk; the later ones from the page cache):
  * quick_check — what RecallDesk runs before a merge, export, report, digest
    or the day's backup (ops.backups.check_master);
  * integrity_check — the full check (it also compares every index with its
    table), for comparison;
  * the backup — SQLite's backup API into a new file (store.backups.take);
  * the floor: reading every byte of the file, and copying it (shutil).
Prints figures only: timings are never pass/fail.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from recalldesk.ops import backups
from recalldesk.ops.workspace import Workspace
from recalldesk.store import backups as store_backups


def timed(work, runs: int = 3) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        out.append(time.perf_counter() - started)
    return out


def show(name: str, seconds: list[float]) -> None:
    print(f"{name:<34} " + "  ".join(f"{s:6.2f} s" for s in seconds))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", required=True, type=Path)
    args = parser.parse_args()
    path = args.data_dir / "recalldesk.sqlite3"
    ws = Workspace.open(path, readonly=True)
    lines = ws.db.scalar("SELECT count(*) FROM signature_line")
    size = path.stat().st_size
    print(f"{path}: {lines:,} lines, {size / (1 << 20):,.0f} MB")

    def read_all() -> None:
        with open(path, "rb") as handle:
            while handle.read(1 << 20):
                pass

    with tempfile.TemporaryDirectory() as tmp:
        show("floor: read every byte", timed(read_all))
        show("quick_check (before merge/export)", timed(lambda: backups.check_master(ws)))
        show("integrity_check (full)", timed(lambda: ws.db.integrity_check(), runs=1))
        show("floor: copy the file (shutil)", timed(lambda: shutil.copyfile(path, Path(tmp) / "c")))

        def backup() -> None:
            taken = store_backups.take(ws.db, "bench")
            taken.unlink()

        show("backup (SQLite backup API)", timed(backup))
    ws.close()


if __name__ == "__main__":
    main()
