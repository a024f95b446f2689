"""``recalldesk``: the desktop app, or the same operations headless.

With no subcommand it opens the app. Subcommands serve coordinators'
scripts and tests; each calls the same operations as the app. Errors the
user can act on print one plain message and exit with status 2.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import cast

from recalldesk import __version__, display_check, paths, wording
from recalldesk.cli_backup import add_commands as add_backup_commands
from recalldesk.cli_common import (
    CAMPAIGN_KEY_ENV,
    WHO,
    CliParser,
    Meter,
    UserError,
    campaign_key_from,
    iso_date,
    new_secret,
    password,
    signed_in,
    workspace,
)
from recalldesk.cli_dedupe import add_commands as add_dedupe_commands
from recalldesk.cli_keys import add_commands as add_keys_commands
from recalldesk.cli_operators import add_commands as add_operators_commands
from recalldesk.cli_purge import add_commands as add_purge_commands
from recalldesk.cli_report import add_commands as add_report_commands
from recalldesk.cli_sample import add_commands as add_sample_commands
from recalldesk.cli_serials import add_commands as add_serials_commands
from recalldesk.cli_sync import add_commands as add_sync_commands
from recalldesk.cli_voters import add_commands as add_voters_commands
from recalldesk.core.messages import MessageError
from recalldesk.core.records import LA_COUNTY_DA_RECALL_2022, FieldOffice, Operator, Role
from recalldesk.core.redact import redacted_traceback
from recalldesk.core.work import Cancelled
from recalldesk.ops import demo, queries, setup, sign_in
from recalldesk.ops.export import export_workbook
from recalldesk.ops.sync import Refused
from recalldesk.wording import say, say_where, translate
from recalldesk.wording.export import export_texts
from recalldesk.wording.say import role_name

EXIT_USER_ERROR = 2


def cmd_init(args: argparse.Namespace) -> int:
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
        changes["approval_date"] = iso_date(args.approved, "--approved")
    if args.deadline:
        changes["filing_deadline"] = iso_date(args.deadline, "--deadline")
    campaign = replace(campaign, **changes)  # type: ignore[arg-type]
    if args.campaign_key:
        raise UserError(
            translate(
                "Cli",
                "The campaign key is a secret: it is never written on the command line, where "
                "the process list and the shell history keep it. Give --campaign-key alone "
                "(it is asked for), or set {env}.",
            ).format(env=CAMPAIGN_KEY_ENV)
        )
    campaign_key = campaign_key_from(args.campaign_key)
    secret = new_secret(args.operator)
    with workspace(writes=True, must_exist=False) as ws:
        identity = setup.set_up(
            ws,
            campaign,
            FieldOffice(args.office, args.office_name or args.office),
            Operator(args.operator),
            role=Role.CENTRAL if args.central else Role.OFFICE,
            campaign_key=campaign_key,
            secret=secret,
        ).value
    role = (
        translate("Cli", "central") if identity.role is Role.CENTRAL else translate("Cli", "office")
    )
    done = translate("Cli", "Set up {role} database for office {office} ({campaign}) in {path}")
    print(
        done.format(
            role=role,
            office=identity.office.value.code,
            campaign=identity.campaign.name,
            path=paths.database_path(),
        )
    )
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    # Asked first, so a long generation never ends at a prompt nobody is watching.
    secret = None if args.no_lead else new_secret(translate("Cli", "the demo office's lead"))
    with workspace(writes=True, must_exist=False) as ws:
        started = time.monotonic()
        n = demo.fill_demo(
            ws, lines=args.lines, offices=args.offices, seed=args.seed,
            progress=Meter(translate("Cli", "Generating demo lines")), central=args.central,
        ).value  # fmt: skip
        print(
            translate("Cli", "Wrote {n} demo lines to {path} in {seconds} s").format(
                n=f"{n:,}", path=paths.database_path(),
                seconds=f"{time.monotonic() - started:.1f}",
            )
        )  # fmt: skip
        if secret is not None:
            lead = sign_in.first_manager(ws, sign_in.roster(ws)[0].name, secret).value
            print(
                translate("Cli", "Sign in as {name} ({role}) with the password just typed.")
                .format(name=lead.operator, role=role_name(str(lead.role)))
            )  # fmt: skip
        if args.voter_file:
            target = Path(args.voter_file)
            voters = demo.write_demo_voter_file(
                ws, target, lines=args.lines, offices=args.offices, seed=args.seed,
                voters=args.voters, progress=Meter(translate("Cli", "Writing voters")),
            ).value  # fmt: skip
            print(
                translate("Cli", "Wrote {n} voters to {path} (the truth: {truth})").format(
                    n=f"{voters:,}", path=target, truth=demo.truth_path(target)
                )
            )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    out = (
        Path(args.out)
        if args.out
        else Path.cwd() / (f"recalldesk-{datetime.now():%Y%m%d-%H%M}.xlsx")
    )
    if out.suffix.lower() != ".xlsx":
        raise UserError(
            translate("Cli", "{name}: the export is an Excel workbook; name it *.xlsx").format(
                name=out.name
            )
        )
    with workspace(writes=False) as ws:
        started = time.monotonic()
        secret = (
            password(translate("Cli", "A password to open the workbook: "), twice=True)
            if args.password else None
        )  # fmt: skip
        result = export_workbook(
            ws, signed_in(ws, args.operator), out, texts=export_texts(),
            progress=Meter(translate("Cli", "Exporting rows")), password=secret,
        ).value  # fmt: skip
    print(
        translate("Cli", "Wrote {path} ({sections} sections, {lines} lines) in {seconds} s").format(
            path=result.path, sections=f"{result.sections:,}", lines=f"{result.lines:,}",
            seconds=f"{time.monotonic() - started:.1f}",
        )
    )  # fmt: skip
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    path = paths.database_path()
    print(f"RecallDesk {__version__}")
    print(translate("Cli", "Data folder   {folder}").format(folder=path.parent))
    state = translate("Cli", "present") if path.exists() else translate("Cli", "not created yet")
    print(translate("Cli", "Database      {path} ({state})").format(path=path, state=state))
    if not path.exists():
        return 0
    with workspace(writes=False) as ws:
        info = queries.info(ws)
        print(translate("Cli", "Schema        version {n}").format(n=info.schema))
        office = info.office_code or translate("Cli", "(not set up)")
        print(translate("Cli", "Office        {office}").format(office=office))
        print(translate("Cli", "Device        {device}").format(device=info.device_id))
        contents = info.contents or translate("Cli", "campaign work")
        print(translate("Cli", "Contents      {contents}").format(contents=contents))
        print(translate("Cli", "Sections      {n}").format(n=f"{info.sections:,}"))
        print(translate("Cli", "Lines         {n}").format(n=f"{info.lines:,}"))
        if args.check:
            problems = queries.integrity_problems(ws)
            result = translate("Cli", "ok") if not problems else "; ".join(problems[:5])
            print(translate("Cli", "Integrity     {result}").format(result=result))
            if problems:
                return 1
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = CliParser(
        prog="recalldesk",
        description="Key, check, export and project recall petition signatures. "
        "With no command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"RecallDesk {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="use DIR for the campaign database (default: the local app-data folder; "
        "also $RECALLDESK_DATA_DIR)",
    )
    # Subcommands are CliParsers too (argparse makes them of the parent's class).
    sub = cast(
        "argparse._SubParsersAction[argparse.ArgumentParser]",
        parser.add_subparsers(dest="command", metavar="COMMAND"),
    )

    init = sub.add_parser("init", help="set up a new database: campaign, office, operator")
    init.add_argument("--office", required=True, metavar="CODE", help="this office's code")
    init.add_argument("--office-name", metavar="NAME", help="this office's name")
    init.add_argument(
        "--operator", required=True, metavar="NAME",
        help="the first operator: the office's lead (central's coordinator); their password "
        "is typed, or read from $RECALLDESK_NEW_PIN",
    )  # fmt: skip
    init.add_argument("--central", action="store_true", help="the central office's database")
    init.add_argument(
        "--campaign-key", nargs="?", const="", default=None, metavar="",
        help="ask for the campaign's shared key (typed, or read from $RECALLDESK_CAMPAIGN_KEY; "
        "never written on the command line)",
    )  # fmt: skip
    init.add_argument("--campaign-name", metavar="NAME", help="default: the LA 2022 recall")
    init.add_argument("--county", metavar="NAME", help="the county (default Los Angeles)")
    init.add_argument("--required", type=int, metavar="N", help="valid signatures required")
    init.add_argument("--approved", metavar="YYYY-MM-DD", help="petition approval date")
    init.add_argument("--deadline", metavar="YYYY-MM-DD", help="filing deadline")
    init.set_defaults(func=cmd_init)

    demo_cmd = sub.add_parser(
        "demo", help="fill an empty database with a synthetic LA County drive"
    )
    demo_cmd.add_argument(
        "--lines", type=int, default=20_000, help="signature lines (default 20,000)"
    )
    demo_cmd.add_argument("--offices", type=int, default=8, help="field offices (default 8)")
    demo_cmd.add_argument("--seed", type=int, default=2022, help="random seed (default 2022)")
    demo_cmd.add_argument(
        "--central", action="store_true", help="as the central office's master (samples, merge)"
    )
    demo_cmd.add_argument(
        "--voter-file", metavar="FILE",
        help="also write the synthetic voter file the drive was signed from (and its truth)",
    )  # fmt: skip
    demo_cmd.add_argument(
        "--voters", type=int, metavar="N",
        help="voters in that file (default: 6.3 per line, 5.7 million for 900,000 lines)",
    )  # fmt: skip
    demo_cmd.add_argument(
        "--no-lead", action="store_true",
        help="name nobody who may sign in (else the first operator is the lead, and their "
        "password is typed, or read from $RECALLDESK_NEW_PIN)",
    )  # fmt: skip
    demo_cmd.set_defaults(func=cmd_demo)

    export = sub.add_parser("export", help="write the campaign workbook (.xlsx)")
    export.add_argument("--out", metavar="FILE.xlsx", help="where to write it")
    export.add_argument(
        "--password", action="store_true",
        help="protect it with a password Excel asks for (typed, or $RECALLDESK_PASSWORD)",
    )  # fmt: skip
    export.add_argument("--operator", metavar="NAME", help=WHO)
    export.set_defaults(func=cmd_export)

    add_report_commands(sub)  # report, project
    info = sub.add_parser("info", help="where the data lives and what it holds")
    info.add_argument("--check", action="store_true", help="also run an integrity check")
    info.set_defaults(func=cmd_info)

    add_sync_commands(sub)  # sync, merge, digest, import-digest, conflicts, decide
    add_backup_commands(sub)  # backup, restore
    add_dedupe_commands(sub)  # dedupe
    add_sample_commands(sub)  # sample draw|list|checklist|import|record|project
    add_voters_commands(sub)  # voters import|list
    add_purge_commands(sub)  # purge
    add_keys_commands(sub)  # keys show|new|export|enroll|revoke|require
    add_serials_commands(sub)  # serials list|issue
    add_operators_commands(sub)  # operators list|first|add|pin|role|remove|idle
    return parser


def window_problem(kind: str, missing: list[str]) -> str:
    """Why the desktop window cannot open here, in one sentence."""
    if kind == "no_display":
        return translate(
            "Cli",
            "The RecallDesk window needs a desktop session, and none was found (no DISPLAY). "
            "The headless commands still work here: recalldesk --help lists them.",
        )
    return translate(
        "Cli",
        "The RecallDesk window cannot open: the system lacks libraries Qt needs to draw it. "
        "Install them (Debian/Ubuntu: sudo apt-get install {packages}) and start it again. "
        "The headless commands still work: recalldesk --help lists them.",
    ).format(packages=" ".join(missing))


def explain(error: MessageError) -> str:
    """One plain sentence for an error the user can act on."""
    if isinstance(error, Refused):
        return say_where(error.file, error.problem, error.sheet, error.row, error.column)
    return say(error.message)


def command_line_language() -> str:
    """``es`` when $RECALLDESK_LANGUAGE, else the system's language (LC_ALL, LC_MESSAGES,
    LANG, as the shell sets them), is Spanish; else ``en``."""
    for name in ("RECALLDESK_LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "").strip().lower()
        if value and value not in ("c", "posix"):
            return "es" if value.startswith("es") else "en"
    return "en"


def main(argv: Sequence[str] | None = None) -> int:
    # The voter file import reads a county file in a spawned second process: in a frozen
    # app that process must start as the worker, not as a second app.
    multiprocessing.freeze_support()
    # The language first: the help (--help) and every message are in it.
    if command_line_language() != "en":
        from recalldesk.app import cli_language

        cli_language(command_line_language())
    else:
        wording.set_translator(None)  # English: the sources' own words
        wording.set_date_style("en")
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.data_dir:
        paths.set_data_dir(args.data_dir)
    if args.command is None:
        blocked = display_check.problem()
        if blocked is not None:
            print(f"recalldesk: {window_problem(*blocked)}", file=sys.stderr)
            return EXIT_USER_ERROR
        from recalldesk.app import run_app

        return run_app()
    try:
        return int(args.func(args))
    except MessageError as error:
        print(f"recalldesk: {explain(error)}", file=sys.stderr)
        return EXIT_USER_ERROR
    except Cancelled:
        print(translate("Cli", "recalldesk: cancelled; nothing was written."), file=sys.stderr)
        return 130
    except BrokenPipeError:  # the output went to a pipe that closed (| head): not an error
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print(
            "\n" + translate("Cli", "recalldesk: cancelled; nothing was written."),
            file=sys.stderr,
        )
        return 130
    except Exception as error:  # our bug: said, with where it happened, never its text
        print(
            translate(
                "Cli", "recalldesk: an unexpected error ({kind}); nothing more was saved. "
                "For the campaign's technical contact (no personal data in it):"
            ).format(kind=type(error).__name__),
            redacted_traceback(error), sep="\n", file=sys.stderr,
        )  # fmt: skip
        return 1


if __name__ == "__main__":
    sys.exit(main())
