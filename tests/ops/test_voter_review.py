"""Reviewing voter matches: the lines listed, their candidates, a person's pick, re-matching."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from recalldesk.core.records import Actor, Section, SignatureLine
from recalldesk.core.voter_file import DEMO_PRESET
from recalldesk.ops import voter_match, voter_review, voters
from recalldesk.ops.base import OpRefused
from recalldesk.ops.intake import log_section
from recalldesk.ops.keying import KeyingSession
from recalldesk.ops.workspace import Workspace
from recalldesk.store import campaign as campaign_store
from tests.ops.test_sample import central
from tests.ops.test_voters import voter, write

__all__ = ["central"]

# The voter file: a Jr and his father (canceled) at 12 N Lake; two namesakes (both
# registered) at 30 N Lake; Ana alone at 20; two Luis Sotos elsewhere in the ZIP.
VOTERS = [
    voter(1, FirstName="Jose", LastName="Garcia", Suffix="JR", HouseNumber="12"),
    voter(2, FirstName="Jose", LastName="Garcia", Suffix="SR", HouseNumber="12", Status="C"),
    voter(3, FirstName="Ana", LastName="Ruiz", HouseNumber="20"),
    voter(4, FirstName="Maria", LastName="Lopez", Suffix="JR", HouseNumber="30"),
    voter(5, FirstName="Maria", LastName="Lopez", HouseNumber="30", Status="I"),
    voter(6, FirstName="Luis", LastName="Soto", HouseNumber="5"),
    voter(7, FirstName="Luis", LastName="Soto", HouseNumber="7", StreetName="OAK", Status="I"),
]
# The lines: (first, last, number, street).
LINES = [
    ("Jose", "Garcia", "12", "N Lake Ave"),  # 1: ambiguous (the Jr or the canceled Sr)
    ("Ana", "Ruiz", "20", "N Lake Ave"),  # 2: registered, one voter: not listed
    ("Maria", "Lopez", "30", "N Lake Ave"),  # 3: registered either way, but which one?
    ("Bob", "Stone", "40", "N Lake Ave"),  # 4: not found: not listed
    ("Luis", "Soto", "99", "Elm St"),  # 5: nobody at the address, two of the name nearby
]


def matched(ws: Workspace, actor: Actor, tmp_path: Path) -> KeyingSession:
    voters.import_voters(ws, actor, write(tmp_path / "v.tsv", VOTERS), DEMO_PRESET)
    section = Section(
        "PAS-0001", 10, circulated_from=date(2022, 2, 1), circulated_to=date(2022, 2, 9),
        declaration_signed=True, declaration_dated=True, declaration_place=True,
        received_on=date(2022, 2, 10),
    )  # fmt: skip
    session = KeyingSession(ws, actor, log_section(ws, actor, section).value.id)
    for n, (first, last, number, street) in enumerate(LINES, start=1):
        session.save(SignatureLine(n, first, last, number, street, "", "Pasadena", "91104"))
    voter_match.match_lines(ws, actor)
    return session


def row(ws: Workspace, line_number: int) -> tuple[str, str | None, str, int | None]:
    found = ws.db.query(
        "SELECT m.status, v.voter_id, m.reasons, m.reviewed_by FROM voter_match m "
        "JOIN signature_line l ON l.id = m.line_id LEFT JOIN voter v ON v.id = m.voter "
        "WHERE l.line_number = ?",
        (line_number,),
    )[0]
    return found[0], found[1], found[2], found[3]


def listed(ws: Workspace) -> list[tuple[str, int, str, str]]:
    return [(r.serial, r.line_number, r.last_name, r.status) for r in voter_review.to_review(ws)]


def test_the_lines_to_review_and_their_candidates(
    central: Workspace, actor: Actor, tmp_path: Path
) -> None:
    matched(central, actor, tmp_path)
    # Line 5 (two Luis Sotos elsewhere in the ZIP, nobody at the address) is not found
    # whoever of them it is: not listed (a county drive has tens of thousands of those).
    assert listed(central) == [
        ("PAS-0001", 1, "Garcia", "ambiguous"),
        ("PAS-0001", 3, "Lopez", "registered"),
    ]
    assert voter_review.count_to_review(central) == 2
    first = voter_review.to_review(central)[0]
    assert (first.street_number, first.street_name, first.zip_code) == ("12", "N Lake Ave", "91104")
    found = voter_review.candidates(central, first.line_id)
    assert sorted((c.voter_id, c.last, c.status, c.at_address) for c in found) == [
        ("LA0000001", "garcia jr", "active", True),
        ("LA0000002", "garcia sr", "canceled", True),
    ]
    assert found[0].chosen and not found[1].chosen  # the matcher's pick first
    assert found[0].number == "12" and found[0].street == "n lake ave" and found[0].score >= 9
    soto_line = central.db.scalar("SELECT id FROM signature_line WHERE line_number = 5")
    soto = voter_review.candidates(central, soto_line)
    assert sorted((c.voter_id, c.at_address) for c in soto) == [
        ("LA0000006", False), ("LA0000007", False)]  # fmt: skip
    counts = voter_review.predicted_counts(central)
    assert counts == {"ambiguous": 1, "registered": 2, "not_found": 2}


def test_a_pick_settles_the_line_and_the_verdict_follows_the_voter(
    central: Workspace, actor: Actor, tmp_path: Path
) -> None:
    matched(central, actor, tmp_path)
    garcia, lopez = voter_review.to_review(central)
    soto_line = central.db.scalar("SELECT id FROM signature_line WHERE line_number = 5")
    sr = next(c for c in voter_review.candidates(central, garcia.line_id) if "sr" in c.last)
    done = voter_review.decide(central, actor, garcia.line_id, sr.voter)
    assert done.changes.figures and done.value.reviewed_by == actor.operator
    assert row(central, 1) == ("canceled", "LA0000002", "same_address same_name "
                               "suffix_one_sided reviewed", actor.operator)  # fmt: skip
    inactive = next(
        c for c in voter_review.candidates(central, lopez.line_id) if c.status == "inactive"
    )
    voter_review.decide(central, actor, lopez.line_id, inactive.voter)
    assert row(central, 3)[:2] == ("registered", "LA0000005")  # inactive: still registered
    elsewhere = voter_review.candidates(central, soto_line)[0]  # decided from elsewhere too
    voter_review.decide(central, actor, soto_line, elsewhere.voter)
    assert row(central, 5)[0] == "different_address"
    assert listed(central) == []  # the list empties as lines are settled
    audited = central.db.query(
        "SELECT operator, action, changes, reason FROM audit_log WHERE entity = 'voter_match' "
        "AND action = 'update' ORDER BY id"
    )
    assert len(audited) == 3 and audited[0][0] == actor.operator
    assert '"ambiguous", "canceled"' in audited[0][2] and "audit.voter_review" in audited[0][3]


def test_none_of_these_is_not_found(central: Workspace, actor: Actor, tmp_path: Path) -> None:
    matched(central, actor, tmp_path)
    garcia = voter_review.to_review(central)[0]
    voter_review.decide(central, actor, garcia.line_id, None)
    status, voter_id, reasons, reviewed_by = row(central, 1)
    assert (status, voter_id, reviewed_by) == ("not_found", None, actor.operator)
    assert reasons.endswith("reviewed")
    assert voter_review.predicted_counts(central)["not_found"] == 3


def test_a_voter_who_is_not_a_candidate_is_refused_and_nothing_changes(
    central: Workspace, actor: Actor, tmp_path: Path
) -> None:
    matched(central, actor, tmp_path)
    garcia = voter_review.to_review(central)[0]
    ruiz = central.db.scalar("SELECT id FROM voter WHERE voter_id = 'LA0000003'")
    with pytest.raises(OpRefused) as refused:
        voter_review.decide(central, actor, garcia.line_id, ruiz)
    assert refused.value.message.code == "voters.not_a_candidate"
    with pytest.raises(OpRefused) as refused:
        voter_review.decide(central, actor, 10_000, None)
    assert refused.value.message.code == "voters.not_to_review"
    assert row(central, 1)[0] == "ambiguous" and row(central, 1)[3] is None
    assert len(listed(central)) == 2


def test_an_office_cannot_settle_matches(central: Workspace, actor: Actor, tmp_path: Path) -> None:
    matched(central, actor, tmp_path)
    garcia = voter_review.to_review(central)[0]
    campaign_store.set_meta(central.db, "role", "office")
    central.reload()
    with pytest.raises(OpRefused) as refused:
        voter_review.decide(central, actor, garcia.line_id, None)
    assert refused.value.message.code == "permission.central_only"
    assert row(central, 1)[3] is None


def test_a_line_changed_after_its_review_is_matched_again(
    central: Workspace, actor: Actor, tmp_path: Path
) -> None:
    session = matched(central, actor, tmp_path)
    garcia, lopez = voter_review.to_review(central)
    voter_review.decide(central, actor, garcia.line_id, None)
    voter_review.decide(central, actor, lopez.line_id, None)
    assert listed(central) == []
    session.save(SignatureLine(1, "Josefa", "Garcia", "12", "N Lake Ave", "", "Pasadena", "91104"))
    run = voter_match.match_lines(central, actor).value
    assert run.lines == 1  # only the changed line
    _, _, reasons, reviewed_by = row(central, 1)
    assert reviewed_by is None and "reviewed" not in reasons  # the review went with the change
    assert row(central, 3)[0] == "not_found" and row(central, 3)[3] == actor.operator  # stands
    session.save(SignatureLine(1, "Jose", "Garcia", "12", "N Lake Ave", "", "Pasadena", "91104"))
    voter_match.match_lines(central, actor)
    assert row(central, 1) == ("ambiguous", "LA0000001", row(central, 1)[2], None)
    assert [n for _, n, _, _ in listed(central)] == [1]  # listed again, to review afresh
