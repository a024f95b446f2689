"""``recalldesk``: the desktop app, or the same operations headless.

With no subcommand it opens the app. Subcommands serve coordinators'
scripts and tests: ``demo``, ``export``, ``report``, ``project``, ``info``.
Errors the user can act on print one plain message and exit with status 2.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from recalldesk import __version__, paths
from recalldesk.cli_common import Meter, UserError, open_existing
from recalldesk.cli_sync import SyncCommandError
from recalldesk.cli_sync import add_commands as add_sync_commands
from recalldesk.core.projection import outcome, project, sample_size
from recalldesk.core.rules import RULES
from recalldesk.core.zipdata import load_default_zip_table
from recalldesk.exchange.atomic import WriteFailed
from recalldesk.exchange.export import export_workbook, progress_of
from recalldesk.store import stats
from recalldesk.store.campaign import get_campaign
from recalldesk.store.connection import Database, open_database
from recalldesk.store.errors import StorageError
from recalldesk.store.migrations import schema_version

EXIT_USER_ERROR = 2


def _open_existing() -> Database:
    path = paths.database_path()
    return open_existing(
        "Start the app to set one up, or fill it with demo data: "
        f"recalldesk --data-dir {path.parent} demo"
    )


def cmd_init(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from recalldesk.core.records import LA_COUNTY_DA_RECALL_2022, FieldOffice, Operator
    from recalldesk.store.setup import Role, is_set_up, set_up

    db = open_database(paths.database_path())
    try:
        if is_set_up(db):
            raise UserError(
                f"{db.path} is already set up for office {db.meta('office_code')}. "
                "Use another --data-dir for another office."
            )
        campaign = LA_COUNTY_DA_RECALL_2022
        changes: dict[str, object] = {}
        if args.campaign_name:
            changes["name"] = args.campaign_name
        if args.county:
            changes["county"] = args.county
            changes["jurisdiction"] = f"{args.county} County"
        if args.required:
            changes["required_signatures"] = args.required
        if args.approved:
            changes["approval_date"] = date.fromisoformat(args.approved)
        if args.deadline:
            changes["filing_deadline"] = date.fromisoformat(args.deadline)
        campaign = replace(campaign, **changes)  # type: ignore[arg-type]
        identity = set_up(
            db,
            campaign,
            FieldOffice(args.office, args.office_name or args.office),
            Operator(args.operator),
            role=Role.CENTRAL if args.central else Role.OFFICE,
            campaign_key=args.campaign_key or "",
        )
    finally:
        db.close()
    print(
        f"Set up {identity.role} database for office {identity.office.value.code} "
        f"({identity.campaign.name}) in {paths.database_path()}"
    )
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from recalldesk.demo.load import DemoRefused, load_demo

    db = open_database(paths.database_path())
    try:
        started = time.monotonic()
        n = load_demo(
            db,
            load_default_zip_table(),
            lines=args.lines,
            offices=args.offices,
            seed=args.seed,
            progress=Meter("Generating demo lines"),
        )
    except DemoRefused as error:
        raise UserError(str(error)) from error
    finally:
        db.close()
    print(
        f"Wrote {n:,} demo lines to {paths.database_path()} in {time.monotonic() - started:.1f} s"
    )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    out = (
        Path(args.out)
        if args.out
        else Path.cwd() / (f"recalldesk-{datetime.now():%Y%m%d-%H%M}.xlsx")
    )
    if out.suffix.lower() != ".xlsx":
        raise UserError(f"{out.name}: the export is an Excel workbook; name it *.xlsx")
    db = _open_existing()
    try:
        started = time.monotonic()
        result = export_workbook(db, out, progress=Meter("Exporting rows"))
    finally:
        db.close()
    print(
        f"Wrote {result.path} ({result.sections:,} sections, {result.lines:,} lines) "
        f"in {time.monotonic() - started:.1f} s"
    )
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    db = _open_existing()
    try:
        campaign = get_campaign(db)
        if campaign is None:
            raise UserError("This database has no campaign yet: start the app to set it up.")
        with db.snapshot() as conn:
            figures = stats.figures(conn)
    finally:
        db.close()
    today = date.fromisoformat(args.today) if args.today else date.today()
    progress = progress_of(campaign, figures, today)
    report = {
        "campaign": campaign.name,
        "required": campaign.required_signatures,
        "filing_deadline": campaign.filing_deadline.isoformat(),
        "days_left": progress.days_left,
        "lines_keyed": figures.total_lines,
        "raw_signatures": figures.raw_signatures,
        "ruled_out_by_checks": figures.lines_with_errors,
        "on_void_sections": figures.lines_in_void_sections,
        "clean": progress.clean,
        "estimated_valid": progress.estimated_valid,
        "share_of_requirement": round(progress.share_of_requirement, 4),
        "raw_needed": progress.raw_needed,
        "raw_still_needed": progress.raw_still_needed,
        "registrar_sample_size": sample_size(figures.raw_signatures, campaign),
        "problems_by_code": dict(figures.problems_by_code.most_common()),
        "sections_by_status": dict(sorted(figures.sections_by_status.items())),
    }
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"{campaign.name}\n{'=' * len(campaign.name)}")
    for key, value in report.items():
        if isinstance(value, dict):
            print(f"{key.replace('_', ' ').capitalize()}:")
            for code, n in value.items():
                meaning = RULES[code].message if code in RULES else ""
                print(f"  {code:<28} {n:>9,}  {meaning}")
        elif key != "campaign":
            shown = (
                f"{value:.1%}"
                if key == "share_of_requirement"
                else (f"{value:,}" if isinstance(value, int) else value)
            )
            print(f"{key.replace('_', ' ').capitalize():<28} {shown}")
    print(
        f"\nEstimated valid = clean signatures × {campaign.assumed_validity:.2%} (assumed "
        "validity), rounded down: deliberately conservative. The registrar's sample decides."
    )
    return 0


def cmd_project(args: argparse.Namespace) -> int:
    """The registrar's projection from a sample's results (2 CCR 20530–20532)."""
    result = project(args.raw, args.sample, args.valid, args.duplicates)
    db_campaign = None
    if paths.database_path().exists():
        db = open_database(paths.database_path())
        try:
            db_campaign = get_campaign(db)
        finally:
            db.close()
    print(f"Validity in sample (p)      {result.validity_pct}%")
    print(f"Unadjusted valid (U)        {result.unadjusted:,}")
    print(f"Factor (f = N / n)          {result.factor}")
    print(f"Weight of a duplicate (w)   {result.duplicate_weight:.4f}")
    print(f"Duplicate penalty (E)       {result.duplicate_penalty:,}")
    print(f"Projected valid (U − E)     {result.projected_valid:,}")
    if db_campaign is not None:
        verdict = outcome(result.projected_valid, db_campaign)
        print(f"Against {db_campaign.required_signatures:,} required: {verdict}")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    path = paths.database_path()
    print(f"RecallDesk {__version__}")
    print(f"Data folder   {path.parent}")
    print(f"Database      {path} ({'present' if path.exists() else 'not created yet'})")
    if path.exists():
        db = open_database(path, readonly=True)
        try:
            print(f"Schema        version {schema_version(db.conn)}")
            print(f"Office        {db.meta('office_code') or '(not set up)'}")
            print(f"Device        {db.meta('device_id')}")
            print(f"Contents      {db.meta('contents') or 'campaign work'}")
            with db.snapshot() as conn:
                print(f"Sections      {stats.count_sections(conn):,}")
                print(f"Lines         {stats.count_lines(conn):,}")
            if args.check:
                problems = db.integrity_check()
                print("Integrity     " + ("ok" if not problems else "; ".join(problems[:5])))
                if problems:
                    return 1
        finally:
            db.close()
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="recalldesk",
        description="Key, check, export and project recall petition signatures. "
        "With no command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"RecallDesk {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"use DIR for the campaign database (default: the local app-data folder; "
        f"also ${paths.ENV_DATA_DIR})",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = sub.add_parser("init", help="set up a new database: campaign, office, operator")
    init.add_argument("--office", required=True, metavar="CODE", help="this office's code")
    init.add_argument("--office-name", metavar="NAME", help="this office's name")
    init.add_argument("--operator", required=True, metavar="NAME", help="first operator")
    init.add_argument("--central", action="store_true", help="the central office's database")
    init.add_argument("--campaign-key", metavar="KEY", help="the campaign's shared key")
    init.add_argument("--campaign-name", metavar="NAME", help="default: the LA 2022 recall")
    init.add_argument("--county", metavar="NAME", help="the county (default Los Angeles)")
    init.add_argument("--required", type=int, metavar="N", help="valid signatures required")
    init.add_argument("--approved", metavar="YYYY-MM-DD", help="petition approval date")
    init.add_argument("--deadline", metavar="YYYY-MM-DD", help="filing deadline")
    init.set_defaults(func=cmd_init)

    demo = sub.add_parser("demo", help="fill an empty database with a synthetic LA County drive")
    demo.add_argument("--lines", type=int, default=20_000, help="signature lines (default 20,000)")
    demo.add_argument("--offices", type=int, default=8, help="field offices (default 8)")
    demo.add_argument("--seed", type=int, default=2022, help="random seed (default 2022)")
    demo.set_defaults(func=cmd_demo)

    export = sub.add_parser("export", help="write the campaign workbook (.xlsx)")
    export.add_argument("--out", metavar="FILE.xlsx", help="where to write it")
    export.set_defaults(func=cmd_export)

    report = sub.add_parser("report", help="print progress against the requirement")
    report.add_argument("--json", action="store_true", help="machine-readable output")
    report.add_argument("--today", metavar="YYYY-MM-DD", help="count days left from this date")
    report.set_defaults(func=cmd_report)

    proj = sub.add_parser("project", help="the registrar's projection from a sample's results")
    proj.add_argument("--raw", type=int, required=True, help="raw signatures filed (N)")
    proj.add_argument("--sample", type=int, required=True, help="sample size (n)")
    proj.add_argument("--valid", type=int, required=True, help="valid in the sample (V)")
    proj.add_argument("--duplicates", type=int, default=0, help="duplicates in the sample (D)")
    proj.set_defaults(func=cmd_project)

    info = sub.add_parser("info", help="where the data lives and what it holds")
    info.add_argument("--check", action="store_true", help="also run an integrity check")
    info.set_defaults(func=cmd_info)

    add_sync_commands(sub)  # sync, merge, digest, import-digest, conflicts, decide
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.data_dir:
        paths.set_data_dir(args.data_dir)
    if args.command is None:
        from recalldesk.app import run_app

        return run_app()
    try:
        return int(args.func(args))
    except (UserError, SyncCommandError, StorageError, WriteFailed, ValueError) as error:
        print(f"recalldesk: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("\nrecalldesk: cancelled; nothing was written.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
