"""Will we qualify, at county scale: the dashboard, a sample's draw, its results, the report.

Usage: python tests/perf/bench_qualify.py --data-dir DIR

DIR holds a campaign database (``recalldesk --data-dir DIR demo --lines 900000``);
a copy is used, made the central office's master. Prints, each beside its
floor measured in the same run:

* the dashboard's snapshot (figures, verdict, pace) — target < 1 s: built once
  from every line, then refreshed from the sections that changed; floor:
  SQLite counting the lines alone;
* drawing the registrar's sample (max(500, 5%)) — target < 2 s; floor: reading
  every line's uuids (one table scan);
* writing the checklist, then importing 45,000 filled-in results — target < 5 s;
  floor: python-calamine parsing the same workbook without checking anything;
* the one-page PDF report — target < 3 s.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import sqlite3
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import openpyxl
from python_calamine import CalamineWorkbook

from recalldesk.app import write_report_headless
from recalldesk.core.records import Role, Section, SignatureLine
from recalldesk.ops import people, queries, sample
from recalldesk.ops.intake import log_section
from recalldesk.ops.keying import KeyingSession
from recalldesk.ops.sample_files import ENGLISH, import_checklist, write_checklist
from recalldesk.ops.workspace import Workspace
from recalldesk.store import campaign as campaign_store


def timed(label: str, work, *args, **kwargs):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = work(*args, **kwargs)
    print(f"  {label:<58} {time.perf_counter() - started:6.2f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--results", type=int, default=45_000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="rd-qualify-"))
    db_path = work / "recalldesk.sqlite3"
    shutil.copy(args.data_dir / "recalldesk.sqlite3", db_path)
    ws = Workspace.open(db_path)
    campaign_store.set_meta(ws.db, "role", str(Role.CENTRAL))
    ws.reload()
    actor = people.operator_actor(ws, people.operators(ws)[0])
    today = date(2022, 6, 1)
    raw = queries.raw_signatures(ws)
    print(f"central master with {raw:,} raw signatures")

    print("dashboard")
    conn = sqlite3.connect(db_path)
    timed(
        "floor: SQLite counts the lines (one grouped scan)",
        lambda: conn.execute(
            "SELECT mark, severity, count(*) FROM signature_line GROUP BY 1, 2"
        ).fetchall(),
    )
    timed("snapshot, first ever: builds the figures cache from every line",
          queries.dashboard_figures, ws, today)  # fmt: skip
    snap = timed("snapshot, nothing changed since", queries.dashboard_figures, ws, today)
    section = Section(
        "BENCH-1", 20, circulated_from=date(2022, 2, 1), circulated_to=date(2022, 2, 9),
        declaration_signed=True, declaration_dated=True, declaration_place=True,
        received_on=date(2022, 2, 10),
    )  # fmt: skip
    keying = KeyingSession(ws, actor, log_section(ws, actor, section).value.id)
    for n in range(1, 21):
        keying.save(SignatureLine(n, "Ana", f"Bench{n}", str(n), "Elm St", "", "", "91104"))
    snap = timed("snapshot after a section of 20 lines is keyed", queries.dashboard_figures,
                 ws, today)  # fmt: skip

    print("the sample")
    timed(
        "floor: read every line's uuid (one table scan, unsorted)",
        lambda: conn.execute("SELECT uuid FROM signature_line WHERE deleted = 0").fetchall(),
    )
    drawn = timed("draw the registrar's sample (store it, audit)", sample.draw, ws, actor,
                  seed=2022).value  # fmt: skip
    print(f"    {drawn.size:,} lines drawn from {drawn.raw_count:,}")
    timed("draw another (the week after: the uuid index is in the cache now)", sample.draw,
          ws, actor, seed=2023)  # fmt: skip
    book = work / "checklist.xlsx"
    timed(f"write the checklist ({drawn.size:,} rows)", write_checklist, ws, actor, drawn.id,
          book)  # fmt: skip
    filled = openpyxl.load_workbook(book)
    sheet = filled["Checklist"]
    rng = random.Random(1)
    choices = list(ENGLISH.values())
    weights = [72.65, 12.4, 4.5, 1.3, 1.0, 0.75, 1.3]
    for row in range(2, min(sheet.max_row, args.results + 1) + 1):
        sheet.cell(row, 12).value = rng.choices(choices, weights)[0]
    filled.save(book)
    del filled, sheet

    def floor_read() -> int:
        rows = CalamineWorkbook.from_path(str(book)).get_sheet_by_name("Checklist").to_python()
        return len(rows)

    timed("floor: python-calamine parses the filled checklist alone", floor_read)
    done = timed(f"import the filled checklist ({args.results:,} results, all checked)",
                 import_checklist, ws, actor, drawn.id, book).value  # fmt: skip
    print(f"    {done.read:,} results read, {done.changed:,} recorded")
    found = timed("findings: count, project, thresholds, interval", sample.findings, ws, drawn.id)
    print(f"    projected valid {found.projection.projected_valid:,} ({found.outcome})")
    snap = timed("snapshot with the sample (the verdict stands on it)",
                 queries.dashboard_figures, ws, today)  # fmt: skip
    print("the report")
    pdf = work / "report.pdf"
    timed("one-page PDF report (first Qt start included)", write_report_headless, pdf, snap,
          today)  # fmt: skip
    timed("one-page PDF report again", write_report_headless, pdf, snap, today)
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB")
    conn.close()
    ws.close()
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
