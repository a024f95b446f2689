"""Verification by blind re-keying (issue 14): draw, re-key blind, settle, verified.

A lead draws what is verified (every section of a new volunteer, a share of each
operator's sections, more for an operator whose error rate is high: see
core.verification) or picks a section by hand. A second operator, never one
who keyed the section, keys it again through a :class:`BlindSession`, which
holds nothing of the first keying. Finishing compares the two; each field that
differs waits in the discrepancy queue until someone with the paper says which
is right (the first, the second, or a value typed afresh). A correction is an
ordinary audited edit of the line, so the next packet carries it to central.
When nothing is left to settle the section is verified. A verified section
whose lines change afterwards loses it (ops.keying), and says why.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, replace
from typing import Any

from recalldesk.core.messages import msg
from recalldesk.core.records import Actor, LineMark, SectionStatus, SignatureLine, StaffRole
from recalldesk.core.verification import (
    DEFAULT_SHARE,
    NEW_OPERATOR_SECTIONS,
    chosen,
    differences,
    errors_per_thousand,
    same_value,
    share_for,
)
from recalldesk.ops.base import Changes, Done, Permission, line_changes, refuse
from recalldesk.ops.workspace import Workspace
from recalldesk.store import audit, lines, sections
from recalldesk.store import campaign as campaign_store
from recalldesk.store import verification as store
from recalldesk.store.sections import StoredSection
from recalldesk.store.verification import Discrepancy, Verification

SHARE_KEY = "verify_share"
NEW_KEY = "verify_new_sections"
OPEN = ("assigned", "keying")
CHOICES = ("first", "second", "typed")
SIGNED, UNSIGNED = "yes", "no"  # core.verification words signature_present so


@dataclass(frozen=True, slots=True)
class Rules:
    share: float  # of each operator's sections
    new_sections: int  # every one of a new operator's first sections


@dataclass(frozen=True, slots=True)
class Drawn:
    seed: int
    rules: Rules
    assigned: list[Verification]


def rules(ws: Workspace) -> Rules:
    try:
        share = float(ws.db.meta(SHARE_KEY) or DEFAULT_SHARE)
        new = int(ws.db.meta(NEW_KEY) or NEW_OPERATOR_SECTIONS)
    except ValueError:
        return Rules(DEFAULT_SHARE, NEW_OPERATOR_SECTIONS)
    return Rules(min(1.0, max(0.0, share)), max(0, new))


def set_rules(ws: Workspace, actor: Actor, share: float, new_sections: int) -> Done[Rules]:
    if not 0 <= share <= 1 or not 0 <= new_sections <= 100:
        raise refuse("verify.bad_rules")
    with ws.change(actor, Permission.ASSIGN_VERIFICATION) as db:
        campaign_store.set_meta(db, SHARE_KEY, repr(share))
        campaign_store.set_meta(db, NEW_KEY, str(new_sections))
    return Done(Rules(share, new_sections), Changes(campaign=True))


def error_rates(ws: Workspace) -> dict[int, float | None]:
    """{operator id: fields in error per 1,000 compared}, None while too few are known."""
    return {op: errors_per_thousand(e, f) for op, (e, f) in store.errors_by_operator(ws.db).items()}


def draw(ws: Workspace, actor: Actor, *, seed: int | None = None) -> Done[Drawn]:
    """Assign the closed sections the rules choose; the seed makes the draw repeatable."""
    ws.check(actor, Permission.ASSIGN_VERIFICATION)
    seed = secrets.randbelow(2**31) if seed is None else seed
    if not 0 <= seed < 2**53:
        raise refuse("sample.seed")  # the same bound as the sample's: exact in any tool
    found = rules(ws)
    rates = error_rates(ws)
    taken = store.sections_with_live_verification(ws.db)
    counted: dict[int, int] = {}
    picks: list[tuple[int, str, int]] = []
    for section_id, uuid, keyer in store.closed_sections(ws.db, ws.office_code):
        if keyer is None:
            continue
        counted[keyer] = nth = counted.get(keyer, 0) + 1
        if section_id in taken:
            continue
        if nth <= found.new_sections:
            picks.append((section_id, "new_operator", keyer))
            continue
        share = share_for(found.share, rates.get(keyer))
        if chosen(seed, uuid, share):
            picks.append((section_id, "adaptive" if share > found.share else "share", keyer))
    at = audit.now_iso()
    with ws.change(actor, Permission.ASSIGN_VERIFICATION) as db:
        ids = [store.add_verification(db.conn, s, why, k, seed, at, actor.operator)
               for s, why, k in picks]  # fmt: skip
        audit.record(
            db.conn, actor, "note", "verification", f"draw:{seed}",
            {"seed": seed, "share": found.share, "new_sections": found.new_sections,
             "sections": len(ids)},
            msg("audit.verification_drawn", n=len(ids), seed=seed),
        )  # fmt: skip
    assigned = [v for v in (store.get_verification(ws.db, i) for i in ids) if v is not None]
    return Done(Drawn(seed, found, assigned), Changes(section_list=True))


def assign(ws: Workspace, actor: Actor, serial: str) -> Done[Verification]:
    """A lead picks a section by hand (its serial)."""
    ws.check(actor, Permission.ASSIGN_VERIFICATION)
    stored = sections.find_section(ws.db, serial.strip())
    if stored is None or stored.origin_office != ws.office_code:
        raise refuse("verify.no_such_section", serial=serial.strip()[:40])
    if stored.section.status not in (SectionStatus.KEYED, SectionStatus.VERIFIED):
        raise refuse("verify.not_closed", serial=stored.section.serial)
    if store.live_for_section(ws.db, stored.id) is not None:
        raise refuse("verify.already", serial=stored.section.serial)
    keyers = store.keyers_of_section(ws.db, stored.id)
    main = max(keyers, key=lambda k: (keyers[k], -k)) if keyers else None
    with ws.change(actor, Permission.ASSIGN_VERIFICATION) as db:
        new_id = store.add_verification(
            db.conn, stored.id, "hand", main, None, audit.now_iso(), actor.operator
        )
        audit.record(db.conn, actor, "note", "section", stored.section.uuid, {},
                     msg("audit.verification_assigned", serial=stored.section.serial))  # fmt: skip
    found = store.get_verification(ws.db, new_id)
    assert found is not None
    return Done(found, Changes(section_list=True))


def verifications(ws: Workspace) -> list[Verification]:
    return store.all_verifications(ws.db)


class BlindSession:
    """A second operator keys a section again, seeing nothing of the first keying.

    It reads only the section's header and the verifier's own lines; no method
    returns a line of the first keying (a test holds it to that).
    """

    def __init__(self, ws: Workspace, actor: Actor, verification_id: int) -> None:
        ws.check(actor, Permission.VERIFY)
        found = store.get_verification(ws.db, verification_id)
        if found is None:
            raise refuse("verify.missing")
        if found.status not in OPEN:
            raise refuse("verify.not_open", serial=found.serial)
        if actor.operator_id in store.keyers_of_section(ws.db, found.section_id):
            raise refuse("verify.not_the_first", serial=found.serial)
        if found.verifier_id is not None and found.verifier_id != actor.operator_id:
            raise refuse("verify.taken", serial=found.serial, name=found.verifier)
        section = sections.get_section(ws.db, found.section_id)
        assert section is not None
        self.ws, self.actor, self.verification = ws, actor, found
        self.serial = section.section.serial
        self.declared = section.section.declared_lines

    def saved(self) -> dict[int, SignatureLine]:
        """The verifier's own lines so far."""
        return store.blind_lines(self.ws.db, self.verification.id)

    def row_count(self, saved: dict[int, SignatureLine] | None = None) -> int:
        """Rows to show: the declared lines, or more if the verifier keyed past them."""
        return max([self.declared, 1, *(self.saved() if saved is None else saved)])

    def _still_open(self) -> None:
        """A verification compared (or lost) since this session began takes no more lines."""
        now = store.get_verification(self.ws.db, self.verification.id)
        if now is None or now.status not in OPEN:
            raise refuse("verify.not_open", serial=self.verification.serial)

    def save(self, line: SignatureLine) -> Done[None]:
        self._still_open()
        with self.ws.change(self.actor, Permission.VERIFY) as db:
            store.save_blind_line(db.conn, self.verification.id, line, audit.now_iso())
            store.set_state(db.conn, self.verification.id, "keying",
                            verifier_id=self.actor.operator_id)  # fmt: skip
        return Done(None)

    def finish(self) -> Done[Verification]:
        """Compare the two keyings: each field that differs goes to the queue; none left,
        the section is verified."""
        self._still_open()
        first = {s.line.line_number: s.line for s in
                 lines.lines_for_section(self.ws.db, self.verification.section_id)}  # fmt: skip
        second = self.saved()
        highest = max([0, *first, *second])
        found = differences(first, second, range(1, highest + 1))
        v = self.verification
        with self.ws.change(self.actor, Permission.VERIFY) as db:
            store.add_discrepancies(db.conn, v.id, found, v.first_operator_id,
                                    self.actor.operator_id)  # fmt: skip
            store.set_state(db.conn, v.id, "differences", verifier_id=self.actor.operator_id)
            said = msg("audit.verification_keyed", serial=v.serial, n=len(found))
            audit.record(db.conn, self.actor, "note", "section", _section_uuid(self.ws, v),
                         {"differences": len(found)}, said)  # fmt: skip
            if not found:
                _verified(self.ws, self.actor, v)
        done = store.get_verification(self.ws.db, v.id)
        assert done is not None
        return Done(done, line_changes(v.section_id, status_changed=not found))


def _section_uuid(ws: Workspace, v: Verification) -> str:
    stored = sections.get_section(ws.db, v.section_id)
    return stored.section.uuid if stored is not None else ""


def _verified(ws: Workspace, actor: Actor, v: Verification) -> None:
    """Inside a change: nothing left to settle; the section is verified."""
    section = sections.get_section(ws.db, v.section_id)
    if section is None or section.section.status not in (SectionStatus.KEYED,
                                                          SectionStatus.VERIFIED):  # fmt: skip
        raise refuse("verify.reopened", serial=v.serial)  # changed since: compare anew
    store.set_state(ws.db.conn, v.id, "verified", settled_at=audit.now_iso())
    sections.set_status(ws.db, actor, v.section_id, SectionStatus.VERIFIED,
                        reason=msg("audit.verified", serial=v.serial))  # fmt: skip


def queue(ws: Workspace, verification_id: int) -> list[Discrepancy]:
    """The differences of one verification, settled or not, line by line."""
    return store.discrepancies(ws.db, verification_id)


def settle(
    ws: Workspace, actor: Actor, discrepancy_id: int, choice: str, typed: str = ""
) -> Done[Discrepancy]:
    """Say what the paper shows: the first keying's value, the second's, or ``typed``.

    The first keying is corrected when it was wrong (an audited edit, carried by
    the next packet); who decided and when go to the audit log and the queue.
    """
    # A lead's, with the paper: settling changes the lines, and a verifier who could settle
    # their own re-keying could rewrite a closed section at will (found by review).
    ws.check(actor, Permission.ASSIGN_VERIFICATION)
    if choice not in CHOICES:
        raise refuse("verify.bad_choice", choice=choice[:20])
    found = store.get_discrepancy(ws.db, discrepancy_id)
    v = store.get_verification(ws.db, found.verification_id) if found is not None else None
    if found is None or found.chosen or v is None or v.status != "differences":
        raise refuse("verify.no_such_difference")
    if actor.operator_id == v.first_operator_id:
        raise refuse("verify.not_the_first", serial=v.serial)
    value = {"first": found.first_value, "second": found.second_value}.get(choice, typed)
    value = " ".join(value.split())
    if found.field == "mark" and value not in {str(m) for m in LineMark}:
        raise refuse("verify.bad_mark", value=value[:20])
    if found.field == "signature_present" and value not in (SIGNED, UNSIGNED):
        raise refuse("verify.bad_signed", value=value[:20], signed=SIGNED, unsigned=UNSIGNED)
    blame = _blame(value, found.first_value, found.second_value)
    at = audit.now_iso()
    with ws.change(actor, Permission.VERIFY) as db:
        if not same_value(value, found.first_value):
            _correct(ws, actor, v, found, value)
        store.decide(db.conn, found.id, choice, value, blame, actor.operator, at)
        audit.record(
            db.conn, actor, "note", "section", _section_uuid(ws, v),
            {"line": found.line_number, "field": found.field, "chosen": choice, "blame": blame},
            msg("audit.difference_settled", serial=v.serial, line=found.line_number,
                field=found.field, chosen=choice),
        )  # fmt: skip
        left = [d for d in store.discrepancies(ws.db, v.id) if not d.chosen]
        if not left:
            _verified(ws, actor, v)
    settled = next(d for d in store.discrepancies(ws.db, v.id) if d.id == found.id)
    return Done(settled, line_changes(v.section_id, status_changed=not left))


def settle_line(
    ws: Workspace, actor: Actor, verification_id: int, line_number: int, choice: str
) -> Done[int]:
    """Take the first or the second keying for every open difference of one line (a line
    blank in one keying and filled in the other is one decision, not nine)."""
    if choice not in ("first", "second"):
        raise refuse("verify.bad_choice", choice=choice[:20])
    ws.check(actor, Permission.ASSIGN_VERIFICATION)
    open_ones = [d for d in store.discrepancies(ws.db, verification_id)
                 if d.line_number == line_number and not d.chosen]  # fmt: skip
    with ws.change(actor, Permission.ASSIGN_VERIFICATION):
        changes = [settle(ws, actor, d.id, choice).changes for d in open_ones]
    last = changes[-1] if changes else line_changes(0)
    return Done(len(open_ones), last)


def _blame(value: str, first: str, second: str) -> str:
    wrong_first, wrong_second = not same_value(value, first), not same_value(value, second)
    if wrong_first and wrong_second:
        return "both"
    return "first" if wrong_first else "second"


def _correct(ws: Workspace, actor: Actor, v: Verification, d: Discrepancy, value: str) -> None:
    """Inside a change: the first keying's line takes the paper's value (audited)."""
    stored = lines.line_in_section(ws.db, v.section_id, d.line_number)
    base = stored.line if stored is not None else SignatureLine(d.line_number)
    change: dict[str, Any] = {d.field: _typed(d.field, value)}
    fixed = replace(base, problems=(), uuid="", **change)
    reason = msg("audit.verify_corrected", line=d.line_number, field=d.field)
    if stored is None:
        lines.accept_line(ws.db, actor, ws.zips, v.section_id, fixed)
    else:
        lines.update_line(ws.db, actor, ws.zips, stored.id, fixed, reason=reason)


def _typed(field: str, value: str) -> object:
    if field == "mark":
        return LineMark(value)
    if field == "signature_present":
        return value == SIGNED
    return value


def check_not_blind(ws: Workspace, actor: Actor, section: StoredSection) -> None:
    """Refuse a volunteer who did not key ``section`` the sight of its lines while it waits
    for its second keying: whoever saw the first keying could not re-key it blind."""
    if actor.role.covers(StaffRole.LEAD):
        return
    found = store.live_for_section(ws.db, section.id)
    if found is None or found.status not in OPEN:
        return
    if actor.operator_id not in store.keyers_of_section(ws.db, section.id):
        raise refuse("verify.blind_section", serial=section.section.serial)


def lose_verified(ws: Workspace, actor: Actor, section_id: int, line: int) -> None:
    """Inside a change: a verified section changed again is no longer verified; why is kept
    with its verification (shown in the verification list)."""
    found = store.live_for_section(ws.db, section_id)
    if found is None:
        return
    why = json.dumps({"line": line, "by": actor.operator, "at": audit.now_iso()})
    store.set_state(ws.db.conn, found.id, "lost", lost_reason=why)


__all__ = [
    "BlindSession",
    "Discrepancy",
    "Drawn",
    "Rules",
    "Verification",
    "assign",
    "check_not_blind",
    "draw",
    "error_rates",
    "lose_verified",
    "queue",
    "rules",
    "set_rules",
    "settle",
    "settle_line",
    "verifications",
]
