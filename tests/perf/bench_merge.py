"""The merge benchmark: 60 office packets holding N lines, merged into an empty master.

    python tests/perf/bench_merge.py [--lines 900000] [--packets 60] [--keep DIR]
                                     [--cache-kib 65536,262144]

Steps, each timed in its own child process (wall time of the work, and the
child's peak RSS):
  1. generate: one office database per packet from the demo generator (bulk
     loaded, serials prefixed with the office code), then ``write_packet`` for each;
  2. baseline: read every sheet of every packet with python-calamine and
     ``executemany`` the rows into plain tables of a fresh database, one
     transaction per packet — the floor any merge must stand on;
  3. merge: ``merge_packets`` of the whole folder into a fresh central database,
     once per page-cache size in ``--cache-kib`` (the first is the shipped one);
  4. re-merge: the same folder again into the merged master (everything is
     skipped as already merged);
  5. incremental: the last sixth of the packets into a master already holding the
     rest (the everyday case: indexes maintained row by row), per page-cache size.
Prints figures only: timings are never pass/fail.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
KEY = "bench campaign key"


def _peak_mb() -> int:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def _uuid(rng: random.Random) -> str:
    h = f"{rng.getrandbits(128) | (1 << 127):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def _line_rows(
    lines: Any, declared: list[int], sec_ids: list[int], operator_id: int, zips: Any, rng: Any
) -> Any:
    """The demo's lines as stored rows, validated like keyed lines."""
    from recalldesk.core.rules import LineContext, validate_line
    from recalldesk.store.lines import line_values

    seen: set[int] = set()
    current = -1
    for item in lines:
        if item.section_index != current:
            current, seen = item.section_index, set()
        values = line_values(
            item.line, validate_line(item.line, LineContext(zips, declared[current], seen))
        )
        seen.add(item.line.line_number)
        values.update(uuid=_uuid(rng), section_id=sec_ids[current], operator_id=operator_id)
        yield values


def child_generate(folder: Path, lines: int, packets: int) -> dict[str, Any]:
    """Office databases and their first packets (a full day's work each)."""
    from recalldesk.core.messages import msg
    from recalldesk.core.normalize import fold
    from recalldesk.core.records import LA_COUNTY_DA_RECALL_2022, FieldOffice, Operator
    from recalldesk.core.rules import validate_section
    from recalldesk.core.zipdata import load_default_zip_table
    from recalldesk.demo.synth import generate
    from recalldesk.ops.people import operator_actor
    from recalldesk.ops.setup import set_up
    from recalldesk.ops.sync import write_packet
    from recalldesk.ops.workspace import Workspace
    from recalldesk.store.bulk import bulk_load
    from recalldesk.store.sections import section_values

    zips = load_default_zip_table()
    out = folder / "packets"
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    per = [lines // packets + (1 if i < lines % packets else 0) for i in range(packets)]
    packet_seconds = 0.0
    for i, n in enumerate(per):
        code = f"O{i + 1:02d}"
        (folder / "offices" / code).mkdir(parents=True, exist_ok=True)
        ws = Workspace.open(folder / "offices" / code / "recalldesk.sqlite3")
        db = ws.db
        ident = set_up(
            ws, LA_COUNTY_DA_RECALL_2022, FieldOffice(code, f"Office {code}"),
            Operator("Bench Keyer"), campaign_key=KEY, secret="bench password 1",
        ).value  # fmt: skip
        actor = operator_actor(ws, ident.operator)
        data = generate(n, 1, 1000 + i, ident.campaign, zips)
        rng = random.Random(i)
        with bulk_load(db, actor, msg("audit.demo_loaded", lines=n, seed=1000 + i)) as bulk:
            circ_ids = [
                bulk.insert("circulator", {
                    "uuid": _uuid(rng), "name": c.name, "street_address": c.street_address,
                    "city": c.city, "zip_code": c.zip_code, "name_key": fold(c.name)})
                for c in data.circulators
            ]  # fmt: skip
            sec_ids, declared = [], []
            for section, circ in data.sections:
                values = section_values(section, validate_section(section, ident.campaign))
                values.update(
                    uuid=_uuid(rng), serial=f"{code}-{values['serial']}",
                    office_id=ident.office.id, circulator_id=circ_ids[circ],
                )  # fmt: skip
                sec_ids.append(bulk.insert("section", values))
                declared.append(section.declared_lines)

            rows = _line_rows(data.lines, declared, sec_ids, ident.operator.id, zips, rng)
            bulk.insert_many("signature_line", rows)
        t = time.perf_counter()
        write_packet(ws, actor, out)
        packet_seconds += time.perf_counter() - t
        ws.close()
    size = sum(p.stat().st_size for p in out.iterdir())
    return {
        "seconds": round(time.perf_counter() - started, 1),
        "write_packets_seconds": round(packet_seconds, 1),
        "packets_mb": round(size / 2**20, 1),
        "peak_mb": _peak_mb(),
    }


def child_baseline(folder: Path) -> dict[str, Any]:
    """Decrypt each packet (they travel encrypted: any reader must), read every sheet with
    calamine and executemany into plain tables: nothing else."""
    import io
    import sqlite3

    from msoffcrypto.format.ooxml import OOXMLFile
    from python_calamine import CalamineWorkbook

    path = folder / "baseline.sqlite3"
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    started = time.perf_counter()
    rows_read = 0
    created: set[str] = set()
    for packet in sorted((folder / "packets").iterdir()):
        with open(packet, "rb") as handle:
            encrypted = OOXMLFile(handle)
            encrypted.load_key(password=KEY)
            plain = io.BytesIO()
            encrypted.decrypt(plain)
        plain.seek(0)
        book = CalamineWorkbook.from_filelike(plain)
        conn.execute("BEGIN")
        for title in book.sheet_names:
            if title == "Manifest":
                continue
            rows = book.get_sheet_by_name(title).to_python(skip_empty_area=False)
            header, data = rows[0], rows[1:]
            table = title.lower()
            if table not in created:
                conn.execute(f"CREATE TABLE {table} ({', '.join(f'{h} TEXT' for h in header)})")
                created.add(table)
            marks = ", ".join("?" * len(header))
            conn.executemany(f"INSERT INTO {table} VALUES ({marks})", data)
            rows_read += len(data)
        conn.execute("COMMIT")
        book.close()
    conn.close()
    return {
        "seconds": round(time.perf_counter() - started, 2),
        "rows": rows_read,
        "peak_mb": _peak_mb(),
    }


def _central(path: Path) -> Any:
    from recalldesk.core.records import LA_COUNTY_DA_RECALL_2022, FieldOffice, Operator, Role
    from recalldesk.ops.people import operator_actor
    from recalldesk.ops.setup import set_up
    from recalldesk.ops.workspace import Workspace

    ws = Workspace.open(path)
    ident = set_up(
        ws, LA_COUNTY_DA_RECALL_2022, FieldOffice("HQ", "Central"), Operator("Coordinator"),
        role=Role.CENTRAL, campaign_key=KEY, secret="bench password 1",
    ).value  # fmt: skip
    return ws, operator_actor(ws, ident.operator)


def _open_central(path: Path) -> Any:
    from recalldesk.ops import people
    from recalldesk.ops.workspace import Workspace

    ws = Workspace.open(path)
    return ws, people.operator_actor(ws, people.operators(ws)[0])


def child_merge(folder: Path, cache_kib: int, step: str, keep_last: int) -> dict[str, Any]:
    """merge: all packets into a fresh master; remerge: all again into it; incremental:
    the last ``keep_last`` packets into a copy of a master holding all the others."""
    from recalldesk.ops.merge import merge_packets
    from recalldesk.store import merge_tuning
    from recalldesk.wording import say

    packets = sorted((folder / "packets").iterdir())
    path = folder / "central" / "recalldesk.sqlite3"
    if step == "merge":
        shutil.rmtree(path.parent, ignore_errors=True)
        path.parent.mkdir(parents=True)
        ws, actor = _central(path)
    elif step == "remerge":
        ws, actor = _open_central(path)
    else:
        base = folder / "central-base" / "recalldesk.sqlite3"
        if not base.exists():
            base.parent.mkdir(parents=True)
            ws, actor = _central(base)
            merge_packets(ws, actor, packets[:-keep_last])
            ws.db.checkpoint("TRUNCATE")
            ws.close()
        shutil.rmtree(path.parent, ignore_errors=True)
        shutil.copytree(base.parent, path.parent)
        ws, actor = _open_central(path)
        packets = packets[-keep_last:]
    merge_tuning.MERGE_CACHE_KIB = cache_kib
    started = time.perf_counter()
    report = merge_packets(ws, actor, packets).value
    seconds = time.perf_counter() - started
    lines = ws.db.scalar("SELECT count(*) FROM signature_line")
    ws.close()
    return {
        "seconds": round(seconds, 2),
        "merged": len(report.merged),
        "skipped": len(report.skipped),
        "refused": [say(o.message) for o in report.refused if o.message][:3],
        "lines_in_master": lines,
        "peak_mb": _peak_mb(),
    }


def run_child(*argv: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, *argv], capture_output=True, text=True, check=False
    )
    if done.returncode:
        raise SystemExit(f"child {argv} failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lines", type=int, default=900_000)
    parser.add_argument("--packets", type=int, default=60)
    parser.add_argument("--keep", metavar="DIR", help="work in DIR and keep it (reuses packets)")
    parser.add_argument("--cache-kib", default="131072", help="page cache sizes to compare")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        step, folder, *rest = args.child
        if step == "generate":
            result = child_generate(Path(folder), int(rest[0]), int(rest[1]))
        elif step == "baseline":
            result = child_baseline(Path(folder))
        else:
            result = child_merge(Path(folder), int(rest[0]), step, int(rest[1]))
        print(json.dumps(result))
        return

    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-merge-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        print(f"{args.lines:,} lines in {args.packets} packets, in {folder}/", flush=True)
        if not (folder / "packets").exists():
            gen = run_child("--child", "generate", str(folder), str(args.lines), str(args.packets))
            print(f"generate offices + packets: {gen}", flush=True)
        base = run_child("--child", "baseline", str(folder))
        print(f"baseline (calamine + executemany): {base}", flush=True)
        caches = [int(c) for c in args.cache_kib.split(",")]
        for cache in caches:
            merged = run_child("--child", "merge", str(folder), str(cache), "0")
            ratio = merged["seconds"] / base["seconds"]
            print(f"merge, cache {cache // 1024} MB: {merged} -> {ratio:.2f}x baseline", flush=True)
        again = run_child("--child", "remerge", str(folder), str(caches[-1]), "0")
        print(
            f"re-merge (all skipped): {again} -> "
            f"{again['seconds'] / merged['seconds']:.1%} of the last merge",
            flush=True,
        )
        last = max(1, args.packets // 6)
        for cache in caches:
            step = run_child("--child", "incremental", str(folder), str(cache), str(last))
            print(
                f"incremental: the last {last} packets into a master holding the others, "
                f"cache {cache // 1024} MB: {step}",
                flush=True,
            )
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
