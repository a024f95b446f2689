"""Benchmark the signature-sheet export against bare writers (not collected by pytest).

    python tests/perf/bench_export_writers.py [--rows 900000] [--skip-slow]

Each writer runs in its own child process, so "peak RSS" is that child's ru_maxrss
(interpreter + imports + writer) and the children don't warm each other's caches. Every
child generates the same deterministic rows the same way, so row generation is a shared
cost in every wall time. Writers:

  generate   row generation only (no file): the shared cost inside every wall time
  openpyxl   bare openpyxl write-only loop
  xlsxwriter bare xlsxwriter constant_memory loop
  minimal    inline-string rows straight into a zip member, no styles (the floor)
  recalldesk recalldesk.exchange.xlsx_stream.write_workbook
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator

COLUMNS: list[tuple[str, str]] = [
    ("Line ID", "text"),
    ("Section serial", "text"),
    ("Office", "text"),
    ("Line", "int"),
    ("First name", "text"),
    ("Last name", "text"),
    ("Street no.", "text"),
    ("Street", "text"),
    ("Unit", "text"),
    ("City", "text"),
    ("ZIP", "text"),
    ("Signature present", "bool"),
    ("Mark", "text"),
    ("Problems", "text"),
    ("Keyed by", "text"),
    ("Keyed at", "datetime"),
]
FIRST = ["Maria", "José", "James", "Linh", "Robert", "Mei", "Aisha", "David", "Sofía", "Wei"]
LAST = ["Garcia", "Muñoz", "Smith", "Nguyễn", "Johnson", "李", "Brown", "O'Neil", "Lee", "Kim"]
STREETS = ["Main St", "Oak Ave", "2nd St", "El Camino Real", "Mission Blvd", "Pine & 3rd"]
CITIES = ["Los Angeles", "San José", "Fresno", "Oakland", "Bakersfield", "Eureka"]
OFFICES = ["LA-01", "LA-02", "SF-01", "FR-03", "SD-07"]
KEYERS = ["ana.r", "ben.k", "chen.w", "dee.m"]
START = dt.datetime(2025, 3, 1, 8, 0, 0)
BATCH = 5_000


def make_rows(n: int) -> Iterator[list[object]]:
    """Deterministic synthetic signature lines (20 lines per petition section)."""
    rng = random.Random(20250301)
    rand, pick = rng.getrandbits, rng.choice
    for i in range(n):
        u = rand(128)
        yield [
            f"{u >> 96:08x}-{u >> 80 & 0xFFFF:04x}-4{u >> 64 & 0xFFF:03x}-"
            f"{u >> 48 & 0xFFFF:04x}-{u & 0xFFFFFFFFFFFF:012x}",
            f"S-{i // 20:07d}",
            pick(OFFICES),
            i % 20 + 1,
            pick(FIRST),
            pick(LAST),
            str(rand(13) + 1),
            pick(STREETS),
            f"Apt {rand(7)}" if rand(3) == 0 else None,
            pick(CITIES),
            f"9{rand(14) % 10000:04d}",
            rand(4) != 0,
            "X" if rand(5) == 0 else None,
            "no address; illegible" if rand(4) == 0 else None,
            pick(KEYERS),
            START + dt.timedelta(seconds=i * 7),
        ]


def generate_only(path: str, n: int) -> None:
    """Row generation alone: the cost every writer's wall time includes."""
    for _ in make_rows(n):
        pass
    open(path, "wb").close()


def write_openpyxl(path: str, n: int) -> None:
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Signatures")
    ws.append([h for h, _ in COLUMNS])
    for row in make_rows(n):
        ws.append(row)
    wb.save(path)


def write_xlsxwriter(path: str, n: int) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(path, {"constant_memory": True})
    ws = wb.add_worksheet("Signatures")
    stamp = wb.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    ws.write_row(0, 0, [h for h, _ in COLUMNS])
    for r, row in enumerate(make_rows(n), start=1):
        ws.write_row(r, 0, row[:15])
        ws.write_datetime(r, 15, row[15], stamp)
    wb.close()


_MIN_PARTS = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.'
    'openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="'
    'application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
    'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="'
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override '
    'PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.worksheet+xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
    'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
    'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="'
    'xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.'
    'openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships"><sheets><sheet name="Signatures" sheetId="1" r:id="'
    'rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns='
    '"http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/></Relationships>',
}


def write_minimal(path: str, n: int) -> None:
    """The floor: every value as an escaped inline string, no styles, no types."""
    letters = [chr(65 + i) for i in range(len(COLUMNS))]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        for name, xml in _MIN_PARTS.items():
            z.writestr(name, xml)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            f.write(
                b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
                b'openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            )
            chunk = [_minimal_row(1, letters, [h for h, _ in COLUMNS])]
            for r, row in enumerate(make_rows(n), start=2):
                chunk.append(_minimal_row(r, letters, row))
                if len(chunk) >= BATCH:
                    f.write("".join(chunk).encode())
                    chunk = []
            f.write(("".join(chunk) + "</sheetData></worksheet>").encode())


def _esc(text: str) -> str:
    # Chained str.replace is the cheapest correct escape (xml.sax.saxutils.escape is ~30% slower).
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _minimal_row(r: int, letters: list[str], row: list[object]) -> str:
    cells = "".join(
        [
            f'<c r="{c}{r}" t="inlineStr"><is><t>{_esc(str(v))}</t></is></c>'
            for c, v in zip(letters, row, strict=True)
            if v is not None
        ]
    )
    return f'<row r="{r}">{cells}</row>'


def write_recalldesk(path: str, n: int, max_rows: int = 1_048_576) -> None:
    from recalldesk.exchange.xlsx_stream import (
        Column,
        StreamedSheet,
        write_literal,
        write_workbook,
    )

    def summary(wb: object) -> None:
        ws = wb.create_sheet("Summary")  # type: ignore[attr-defined]
        write_literal(ws["A1"], "Signature lines")
        write_literal(ws["B1"], n)

    columns = [Column(h, k, 12.0) for h, k in COLUMNS]  # type: ignore[arg-type]
    sheet = StreamedSheet("Signatures", columns, make_rows(n), n)
    with open(path, "wb") as f:
        write_workbook(f, summary, [sheet], max_rows_per_sheet=max_rows, progress=lambda _: None)


def read_openpyxl(path: str) -> int:
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True)
    rows = 0
    for ws in wb.worksheets:
        if ws.title.startswith("Signatures"):
            rows += sum(1 for _ in ws.iter_rows(min_row=2, values_only=True))
    wb.close()
    return rows


def read_calamine(path: str) -> int:
    from python_calamine import CalamineWorkbook

    wb = CalamineWorkbook.from_path(path)
    rows = 0
    for name in wb.sheet_names:
        if name.startswith("Signatures"):
            rows += sum(1 for _ in wb.get_sheet_by_name(name).iter_rows()) - 1
    return rows


WRITERS: dict[str, Callable[[str, int], None]] = {
    "generate": generate_only,
    "openpyxl": write_openpyxl,
    "xlsxwriter": write_xlsxwriter,
    "minimal": write_minimal,
    "recalldesk": write_recalldesk,
}
READERS: dict[str, Callable[[str], int]] = {
    "read-openpyxl": read_openpyxl,
    "read-calamine": read_calamine,
}


def child(task: str, path: str, n: int) -> None:
    t0 = time.perf_counter()
    result = READERS[task](path) if task in READERS else WRITERS[task](path, n)
    wall = time.perf_counter() - t0
    usage = resource.getrusage(resource.RUSAGE_SELF)
    rss_mb = usage.ru_maxrss / 1024  # KiB on Linux
    cpu = usage.ru_utime + usage.ru_stime  # includes imports; steadier than wall on a busy box
    print(json.dumps({"wall": wall, "cpu": cpu, "rss_mb": rss_mb, "rows": result}))


def run_child(task: str, path: str, n: int, repeat: int = 1) -> dict[str, float]:
    """Best of ``repeat`` runs: minimum wall and CPU time, maximum peak RSS."""
    cmd = [sys.executable, os.path.abspath(__file__), "--child", task, "--path", path]
    runs = []
    for _ in range(repeat):
        out = subprocess.run([*cmd, "--rows", str(n)], check=True, capture_output=True, text=True)
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return {
        "wall": min(r["wall"] for r in runs),
        "cpu": min(r["cpu"] for r in runs),
        "rss_mb": max(r["rss_mb"] for r in runs),
        "rows": runs[0]["rows"],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--rows", type=int, default=900_000)
    ap.add_argument("--skip-slow", action="store_true", help="skip openpyxl and xlsxwriter")
    ap.add_argument("--only", choices=sorted(WRITERS), action="append", help="run just these")
    ap.add_argument("--repeat", type=int, default=1, help="best of N runs per writer")
    ap.add_argument("--no-read", action="store_true", help="skip reading the file back")
    ap.add_argument("--keep", action="store_true", help="keep the output files")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--path", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child, args.path, args.rows)
        return

    names = args.only or [
        w for w in WRITERS if not (args.skip_slow and w in ("openpyxl", "xlsxwriter"))
    ]
    out_dir = tempfile.mkdtemp(prefix="bench_export_")
    n = args.rows
    print(f"{n:,} rows, python {sys.version.split()[0]}, output in {out_dir}", flush=True)
    print(
        f"{'writer':<11} {'rows':>9} {'wall s':>8} {'cpu s':>8} {'rows/s':>9} "
        f"{'peak RSS MB':>12} {'file MB':>8}"
    )
    walls: dict[str, float] = {}
    cpus: dict[str, float] = {}
    paths: dict[str, str] = {}
    for name in names:
        paths[name] = path = os.path.join(out_dir, f"{name}.xlsx")
        res = run_child(name, path, n, args.repeat)
        walls[name] = res["wall"]
        cpus[name] = res["cpu"]
        size = os.path.getsize(path) / 2**20
        print(
            f"{name:<11} {n:>9,} {res['wall']:>8.2f} {res['cpu']:>8.2f} {n / res['wall']:>9,.0f} "
            f"{res['rss_mb']:>12.0f} {size:>8.1f}",
            flush=True,
        )
    if "minimal" in walls and "recalldesk" in walls:
        print(
            f"ratio recalldesk / minimal: wall {walls['recalldesk'] / walls['minimal']:.2f}x, "
            f"cpu {cpus['recalldesk'] / cpus['minimal']:.2f}x"
        )
        if "generate" in walls:  # the writers' own share, row generation subtracted
            gen = walls["generate"]
            own = (walls["recalldesk"] - gen) / (walls["minimal"] - gen)
            print(f"ratio without row generation: wall {own:.2f}x")

    if "recalldesk" in paths and not args.no_read:
        counts = {}
        for reader in READERS:
            res = run_child(reader, paths["recalldesk"], n)
            counts[reader] = int(res["rows"])
            print(
                f"{reader:<14} {int(res['rows']):>9,} rows in {res['wall']:.2f} s "
                f"(peak RSS {res['rss_mb']:.0f} MB)",
                flush=True,
            )
        ok = all(c == n for c in counts.values())
        print("read-back row counts:", "OK" if ok else f"MISMATCH (expected {n:,})")
        if not ok:
            sys.exit(1)
    if not args.keep:
        for path in paths.values():
            os.remove(path)
        os.rmdir(out_dir)


if __name__ == "__main__":
    main()
