"""``recalldesk report`` and ``recalldesk project``: where the drive stands, and the
registrar's projection from a sample's results, headless."""

from __future__ import annotations

import argparse
import json
import time
from datetime import date
from pathlib import Path

from recalldesk import paths
from recalldesk.cli_common import UserError, iso_date, workspace
from recalldesk.core.projection import outcome, project, sample_size
from recalldesk.ops import backups, queries
from recalldesk.wording import translate
from recalldesk.wording.say import rule_meaning


def _report_pdf(path: Path, snap: queries.Snapshot, today: date) -> int:
    from recalldesk.app import write_report_headless  # Qt only when a PDF is asked for

    started = time.monotonic()
    write_report_headless(path, snap, today)
    print(
        translate("Cli", "Wrote {path} in {seconds} s").format(
            path=path, seconds=f"{time.monotonic() - started:.1f}"
        )
    )
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    today = iso_date(args.today, "--today") if args.today else date.today()
    with workspace(writes=False) as ws:
        backups.check_master(ws)  # figures from a damaged file would mislead
        snap = queries.dashboard_figures(ws, today)
    if snap is None:
        raise UserError(
            translate("Cli", "This database has no campaign yet: start the app to set it up.")
        )
    campaign, figures, progress = snap.campaign, snap.figures, snap.progress
    if args.pdf:
        return _report_pdf(Path(args.pdf), snap, today)
    found = snap.assessment
    report = {
        "campaign": campaign.name,
        "required": campaign.required_signatures,
        "filing_deadline": campaign.filing_deadline.isoformat(),
        "days_left": progress.days_left,
        "lines_keyed": figures.total_lines,
        "raw_signatures": figures.raw_signatures,
        "ruled_out_by_checks": figures.lines_with_errors,
        "on_void_sections": figures.lines_in_void_sections,
        "signed_more_than_once": figures.repeats,
        "clean": progress.clean,
        "estimated_valid": progress.estimated_valid,
        "share_of_requirement": round(progress.share_of_requirement, 4),
        "verdict": str(found.outcome),
        "verdict_basis": found.basis,
        "projected_valid": found.projected_valid,
        "validity_used": round(found.validity, 4),
        "validity_interval_95_wilson": [round(v, 4) for v in found.interval]
        if found.interval
        else None,
        "raw_target_for_qualifying": found.pace.target,
        "raw_still_needed": found.pace.still_needed,
        "raw_per_day_needed": round(found.pace.needed_per_day, 1)
        if found.pace.needed_per_day is not None
        else None,
        "raw_per_day_last_7_days": round(found.pace.last_7_days, 1),
        "registrar_sample_size": sample_size(figures.raw_signatures, campaign),
        "problems_by_code": dict(figures.problems_by_code.most_common()),
        "sections_by_status": dict(sorted(figures.sections_by_status.items())),
    }
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    labels = {
        "required": translate("Cli", "Required"),
        "filing_deadline": translate("Cli", "Filing deadline"),
        "days_left": translate("Cli", "Days left"),
        "lines_keyed": translate("Cli", "Lines keyed"),
        "raw_signatures": translate("Cli", "Raw signatures"),
        "ruled_out_by_checks": translate("Cli", "Ruled out by checks"),
        "on_void_sections": translate("Cli", "On void sections"),
        "signed_more_than_once": translate("Cli", "Signed more than once (confirmed)"),
        "clean": translate("Cli", "Clean"),
        "estimated_valid": translate("Cli", "Estimated valid"),
        "share_of_requirement": translate("Cli", "Share of requirement"),
        "verdict": translate("Cli", "Verdict"),
        "verdict_basis": translate("Cli", "Verdict stands on"),
        "projected_valid": translate("Cli", "Projected valid"),
        "validity_used": translate("Cli", "Validity used"),
        "validity_interval_95_wilson": translate("Cli", "Validity interval (95%, Wilson)"),
        "raw_target_for_qualifying": translate("Cli", "Raw target (110%)"),
        "raw_still_needed": translate("Cli", "Raw still needed"),
        "raw_per_day_needed": translate("Cli", "Raw needed per day"),
        "raw_per_day_last_7_days": translate("Cli", "Raw per day, last 7 days"),
        "registrar_sample_size": translate("Cli", "Registrar sample size"),
        "problems_by_code": translate("Cli", "Problems by code"),
        "sections_by_status": translate("Cli", "Sections by status"),
    }
    print(f"{campaign.name}\n{'=' * len(campaign.name)}")
    for key, value in report.items():
        if key == "campaign":
            continue
        if isinstance(value, dict):
            print(f"{labels[key]}:")
            for code, n in value.items():
                meaning = rule_meaning(code) if key == "problems_by_code" else ""
                print(f"  {code:<28} {n:>9,}  {meaning}")
            continue
        if key in ("share_of_requirement", "validity_used"):
            shown = f"{value:.1%}"
        elif key == "validity_interval_95_wilson" and isinstance(value, list):
            shown = f"{value[0]:.1%}–{value[1]:.1%}"
        elif key == "verdict":
            shown = {
                "qualifies": translate("Cli", "qualifies"),
                "full count": translate("Cli", "full count (90–110%)"),
                "fails": translate("Cli", "fails"),
            }.get(str(value), str(value))
        elif key == "verdict_basis":
            shown = {
                "sample": translate("Cli", "the latest sample's results"),
                "estimate": translate("Cli", "the conservative estimate (no sample yet)"),
                "assumed": translate("Cli", "the assumed validity (too few lines yet)"),
            }.get(str(value), str(value))
        elif isinstance(value, float):
            shown = f"{value:,.0f}"
        elif isinstance(value, int):
            shown = f"{value:,}"
        else:
            shown = "—" if value is None else str(value)
        print(f"{labels[key]:<34} {shown}")
    print(
        "\n"
        + translate(
            "Cli",
            "Estimated valid = clean signatures × {validity} (assumed validity), rounded down: "
            "deliberately conservative. The registrar's sample decides.",
        ).format(validity=f"{campaign.assumed_validity:.2%}")
    )
    return 0


def cmd_project(args: argparse.Namespace) -> int:
    """The registrar's projection from a sample's results (2 CCR 20530–20532)."""
    try:
        result = project(args.raw, args.sample, args.valid, args.duplicates)
    except ValueError as error:
        raise UserError(
            translate(
                "Cli",
                "The sample's numbers cannot be right: raw and sample must be more than 0, "
                "and valid and duplicates between 0 and the sample size.",
            )
        ) from error
    db_campaign = None
    if paths.database_path().exists():
        with workspace(writes=False) as ws:
            db_campaign = ws.campaign
    rows = (
        (translate("Cli", "Validity in sample (p)"), f"{result.validity_pct}%"),
        (translate("Cli", "Unadjusted valid (U)"), f"{result.unadjusted:,}"),
        (translate("Cli", "Factor (f = N / n)"), f"{result.factor}"),
        (translate("Cli", "Weight of a duplicate (w)"), f"{result.duplicate_weight:.4f}"),
        (translate("Cli", "Duplicate penalty (E)"), f"{result.duplicate_penalty:,}"),
        (translate("Cli", "Projected valid (U − E)"), f"{result.projected_valid:,}"),
    )
    for label, value in rows:
        print(f"{label:<28} {value}")
    if db_campaign is not None:
        verdict = outcome(result.projected_valid, db_campaign)
        print(
            translate("Cli", "Against {required} required: {verdict}").format(
                required=f"{db_campaign.required_signatures:,}", verdict=verdict
            )
        )
    return 0


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = sub.add_parser("report", help="print progress against the requirement")
    report.add_argument("--json", action="store_true", help="machine-readable output")
    report.add_argument("--today", metavar="YYYY-MM-DD", help="count days left from this date")
    report.add_argument("--pdf", metavar="FILE.pdf", help="write the one-page report as PDF")
    report.set_defaults(func=cmd_report)

    proj = sub.add_parser("project", help="the registrar's projection from a sample's results")
    proj.add_argument("--raw", type=int, required=True, help="raw signatures filed (N)")
    proj.add_argument("--sample", type=int, required=True, help="sample size (n)")
    proj.add_argument("--valid", type=int, required=True, help="valid in the sample (V)")
    proj.add_argument("--duplicates", type=int, default=0, help="duplicates in the sample (D)")
    proj.set_defaults(func=cmd_project)
