"""``recalldesk operators``: who may sign in here, as what (issue 13; ops.sign_in).

PINs and passwords are typed at the terminal (twice when new) or read from
$RECALLDESK_PIN (the one signing in) and $RECALLDESK_NEW_PIN (the one being
set), never given as arguments.
"""

from __future__ import annotations

import argparse

from recalldesk.cli_common import WHO, UserError, new_secret, signed_in, workspace
from recalldesk.core.records import StaffRole
from recalldesk.ops import sign_in
from recalldesk.ops.base import OpRefused
from recalldesk.ops.sign_in import Member
from recalldesk.ops.workspace import Workspace
from recalldesk.wording import say, translate
from recalldesk.wording.say import role_name

ROLES = [str(r) for r in StaffRole]


def _member(ws: Workspace, name: str) -> Member:
    wanted = name.strip().casefold()
    for member in sign_in.roster(ws):
        if member.name.casefold() == wanted:
            return member
    raise UserError(
        translate("Cli", "There is no operator called {name} at office {office}.").format(
            name=name, office=ws.office_code
        )
    )


def _list(ws: Workspace) -> None:
    for member in sign_in.roster(ws):
        role = (
            role_name(str(member.role))
            if member.role is not None
            else translate("Cli", "no PIN: cannot sign in")
        )
        locked = translate("Cli", " (locked out)") if member.locked_until else ""
        print(f"  {member.name:<32} {role}{locked}")
    print(
        translate("Cli", "The screen locks after {minutes} idle minutes.").format(
            minutes=sign_in.idle_minutes(ws)
        )
    )


def cmd_operators(args: argparse.Namespace) -> int:
    action = args.action or "list"
    with workspace(writes=action != "list") as ws:
        if action == "list":
            _list(ws)
            return 0
        if action == "first":
            secret = new_secret(args.name)
            actor = sign_in.first_manager(ws, args.name, secret).value
            print(
                translate("Cli", "{name} is now this database's {role}.").format(
                    name=actor.operator, role=role_name(str(actor.role))
                )
            )
            return 0
        actor = signed_in(ws, args.operator)
        if action == "add":
            role = StaffRole(args.role)
            member = sign_in.add_member(ws, actor, args.name, role, new_secret(args.name)).value
            said = translate("Cli", "Added {name} as {role}.")
            print(said.format(name=member.name, role=role_name(str(role))))
        elif action == "pin":
            member = _member(ws, args.name)
            sign_in.set_secret(ws, actor, member.id, new_secret(member.name))
            print(translate("Cli", "{name} has a new PIN.").format(name=member.name))
        elif action == "role":
            member, role = _member(ws, args.name), StaffRole(args.role)
            try:
                sign_in.set_role(ws, actor, member.id, role)
            except OpRefused as refused:
                if refused.message.code != "signin.promotion_needs_password":
                    raise
                print(say(refused.message))  # a volunteer's PIN never guards a lead
                sign_in.set_role(ws, actor, member.id, role, new_secret(member.name))
            said = translate("Cli", "{name} is now a {role}.")
            print(said.format(name=member.name, role=role_name(args.role)))
        elif action == "remove":
            member = _member(ws, args.name)
            sign_in.remove_sign_in(ws, actor, member.id)
            print(translate("Cli", "{name} may no longer sign in here.").format(name=member.name))
        elif action == "idle":
            minutes = sign_in.set_idle_minutes(ws, actor, args.minutes).value
            said = translate("Cli", "The screen now locks after {minutes} idle minutes.")
            print(said.format(minutes=minutes))
    return 0


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``operators`` on the ``recalldesk`` parser."""
    cmd = sub.add_parser(
        "operators", help="who may sign in here, as volunteer, lead or coordinator"
    )
    actions = cmd.add_subparsers(dest="action", metavar="ACTION")
    actions.add_parser("list", help="every operator and their role (the default)")
    first = actions.add_parser(
        "first", help="name the first lead of a database nobody may sign in to yet"
    )
    first.add_argument("name", metavar="NAME")
    add = actions.add_parser("add", help="a lead adds an operator (the new PIN is typed)")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", choices=ROLES, default="volunteer", help="default: volunteer")
    pin = actions.add_parser("pin", help="a lead sets an operator's new PIN (lifts a lockout)")
    pin.add_argument("name", metavar="NAME")
    role = actions.add_parser("role", help="a lead changes an operator's role")
    role.add_argument("name", metavar="NAME")
    role.add_argument("role", choices=ROLES)
    remove = actions.add_parser("remove", help="an operator may no longer sign in here")
    remove.add_argument("name", metavar="NAME")
    idle = actions.add_parser("idle", help="minutes without a key before the app locks")
    idle.add_argument("minutes", type=int)
    for action in (add, pin, role, remove, idle):
        action.add_argument("--operator", metavar="NAME", help=WHO)
    cmd.set_defaults(func=cmd_operators)
