"""``recalldesk keys``: this computer's signing key, and the keys it trusts.

recalldesk keys show                          this key's fingerprint, and every key trusted
recalldesk keys new                           make this computer's key (asks a password)
recalldesk keys export --to FOLDER            write its enrollment file for the other side
recalldesk keys enroll FILE --fingerprint F   trust a key once F, read aloud, matches it
recalldesk keys revoke OFFICE                 stop trusting an office's key (a lost laptop)
recalldesk keys require on|off                central: refuse packets from unenrolled offices

The password is typed at the terminal (never shown) or read from
$RECALLDESK_PASSWORD; it is never an argument.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from recalldesk.cli_common import UserError, password, signed_in, workspace
from recalldesk.ops import office_keys
from recalldesk.wording import translate


def cmd_keys(args: argparse.Namespace) -> int:
    action = args.keys_action
    with workspace(writes=action in ("new", "enroll", "revoke", "require")) as ws:
        actor = signed_in(ws, args.operator)
        if action == "new":
            had = office_keys.own_fingerprint(ws)
            typed = password(translate("Cli", "A password for this computer's key: "), twice=True)
            made = office_keys.make_own_key(ws, actor, typed).value
            print(translate("Cli", "This computer's key: {fingerprint}").format(fingerprint=made))
            if had:
                print(translate("Cli", "It replaces {old}: enroll the new one again.").format(
                    old=had))  # fmt: skip
            return 0
        if action == "export":
            folder = Path(args.to)
            if not folder.is_dir():
                raise UserError(translate("Cli", "{path} is not a folder.").format(path=folder))
            path = office_keys.write_enrollment(ws, folder)
            print(
                translate(
                    "Cli", "Wrote {path}. Read this fingerprint to the other side: {fingerprint}"
                ).format(path=path, fingerprint=office_keys.own_fingerprint(ws))
            )
            return 0  # fmt: skip
        if action == "enroll":
            key = office_keys.enroll(ws, actor, Path(args.file), args.fingerprint).value
            print(translate("Cli", "Trusted the key of {office}: {fingerprint}").format(
                office=key.office_code, fingerprint=office_keys.fingerprint_of(key)))  # fmt: skip
            return 0
        if action == "revoke":
            office_keys.revoke(ws, actor, args.office)
            print(translate("Cli", "The key of {office} is no longer trusted; its record stays.")
                  .format(office=args.office))  # fmt: skip
            return 0
        if action == "require":
            on = office_keys.set_require_signed(ws, actor, args.state == "on").value
            state = translate("Cli", "refused") if on else translate("Cli", "merged")
            print(translate("Cli", "Packets from offices without a key: {state}.").format(
                state=state))  # fmt: skip
            return 0
        own = office_keys.own_fingerprint(ws) or translate("Cli", "none yet (recalldesk keys new)")
        print(translate("Cli", "This computer's key: {fingerprint}").format(fingerprint=own))
        for key in office_keys.trusted_keys(ws):
            state = (translate("Cli", "trusted") if key.live else
                     translate("Cli", "revoked {at} by {by}").format(at=key.revoked_at,
                                                                    by=key.revoked_by))  # fmt: skip
            print(f"  {key.office_code:<10} {office_keys.fingerprint_of(key)}  {state}")
    return 0


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``keys`` on the ``recalldesk`` parser."""
    cmd = sub.add_parser("keys", help="this computer's signing key and the keys it trusts")
    cmd.add_argument("--operator", metavar="NAME", help="who is acting (default: first operator)")
    actions = cmd.add_subparsers(dest="keys_action", metavar="ACTION")
    actions.add_parser("show", help="this key's fingerprint and every key trusted")
    actions.add_parser("new", help="make this computer's signing key (asks a password)")
    export = actions.add_parser("export", help="write this key's enrollment file")
    export.add_argument("--to", required=True, metavar="FOLDER")
    enroll = actions.add_parser("enroll", help="trust the key in an enrollment file")
    enroll.add_argument("file", metavar="FILE")
    enroll.add_argument("--fingerprint", required=True, metavar="F",
                        help="the fingerprint the other side read to you")  # fmt: skip
    revoke = actions.add_parser("revoke", help="stop trusting an office's key")
    revoke.add_argument("office", metavar="OFFICE")
    require = actions.add_parser("require", help="central: refuse unsigned packets (or not)")
    require.add_argument("state", choices=("on", "off"))
    cmd.set_defaults(func=cmd_keys, keys_action="show")
