"""Each line's predicted verdict from the voter file: full and incremental matching, a new
file re-matching everything, the figures by the registrar's categories, the lookup while
keying, and the voter file never leaving the central database."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from recalldesk.core.matching.voter_evidence import SAME_VOTER
from recalldesk.core.predicted import Category
from recalldesk.core.records import Actor, SignatureLine
from recalldesk.core.voter_file import DEMO_PRESET
from recalldesk.ops import dedupe_queue, dedupe_run, voter_figures, voter_match, voters
from recalldesk.ops.base import OpRefused
from recalldesk.ops.export import export_workbook
from recalldesk.ops.workspace import Workspace
from recalldesk.wording.export import export_texts
from tests.ops.test_sample import central, key_lines
from tests.ops.test_voters import voter, write

__all__ = ["central"]

# key_lines keys person n at house number 100 + n, Elm St, 91104.
SIGNERS = ["Ana Ruiz", "Bob Smith", "Carla Diaz", "Dario Fo", "Eva Luna"]


def elm(n: int, first: str, last: str, **changes: str) -> list[str]:
    return voter(n, FirstName=first, LastName=last, HouseNumber=str(100 + n), StreetDir="",
                 StreetName="ELM", StreetType="ST", **changes)  # fmt: skip


VOTERS = [
    elm(1, "ANA", "RUIZ"),  # line 1 (and line 6: the same person again)
    elm(2, "ROBERT", "SMITH"),  # line 2, "Bob": a nickname
    elm(3, "CARLA", "DIAZ", Status="C"),  # line 3: canceled
    elm(30, "DARIO", "FO"),  # line 4 moved: registered at 130 Elm St, same ZIP
    elm(5, "MARCO", "LUNA"),  # line 5: only a housemate is registered at 105 Elm St
]


def imported(ws: Workspace, actor: Actor, tmp_path: Path, rows: list[list[str]]) -> None:
    voters.import_voters(ws, actor, write(tmp_path / "voters.tsv", rows), DEMO_PRESET)


def statuses(ws: Workspace) -> list[tuple[int, str]]:
    return [
        (r[0], r[1])
        for r in ws.db.query(
            "SELECT l.line_number, m.status FROM voter_match m "
            "JOIN signature_line l ON l.id = m.line_id ORDER BY l.line_number"
        )
    ]


def test_every_line_gets_its_predicted_verdict(
    central: Workspace, actor: Actor, tmp_path: Path
) -> None:
    session = key_lines(central, actor, "PAS-0001", SIGNERS)
    session.save(SignatureLine(6, "Ana", "Ruiz", "101", "Elm St", "", "", "91104"))  # again
    with pytest.raises(OpRefused) as refused:
        voter_match.match_lines(central, actor)
    assert refused.value.message.code == "voters.no_file"
    imported(central, actor, tmp_path, VOTERS)
    run = voter_match.match_lines(central, actor).value
    assert run.lines == 6 and run.full
    assert statuses(central) == [
        (1, "registered"), (2, "registered"), (3, "canceled"), (4, "different_address"),
        (5, "not_found"), (6, "registered"),
    ]  # fmt: skip
    figures = voter_figures.predicted(central)
    # Line 6 is Ana Ruiz again: one voter counts once, the second line is a repeat.
    assert figures.drive.counts == {
        Category.VALID: 2, Category.SIGNED_MORE_THAN_ONCE: 1, Category.CANCELED: 1,
        Category.DIFFERENT_ADDRESS: 1, Category.NOT_REGISTERED: 1,
    }  # fmt: skip
    assert figures.valid == 2 and figures.file is not None


def test_matching_again_takes_only_new_lines_and_a_new_file_takes_all(
    central: Workspace, actor: Actor, tmp_path: Path
) -> None:
    session = key_lines(central, actor, "PAS-0001", SIGNERS)
    imported(central, actor, tmp_path, VOTERS)
    voter_match.match_lines(central, actor)
    assert voter_match.match_lines(central, actor).value.lines == 0
    session.save(SignatureLine(6, "Marco", "Luna", "105", "Elm St", "", "", "91104"))
    again = voter_match.match_lines(central, actor).value
    assert again.lines == 1 and not again.full
    assert statuses(central)[-1] == (6, "registered")
    figures = voter_figures.predicted(central)
    assert figures.drive.counts.get(Category.NOT_MATCHED, 0) == 0
    # A new voter file: every verdict goes with the old one, and every line is matched again.
    imported(central, actor, tmp_path, [elm(1, "ANA", "RUIZ")])
    assert statuses(central) == []
    assert voter_figures.predicted(central).drive.counts[Category.NOT_MATCHED] == 6
    run = voter_match.match_lines(central, actor).value
    assert run.lines == 6 and run.full
    assert [s for _, s in statuses(central)].count("registered") == 1


def test_only_the_central_office_matches(ws: Workspace, actor: Actor) -> None:
    with pytest.raises(OpRefused):
        voter_match.match_lines(ws, actor)


def test_a_line_is_looked_up_as_it_is_keyed(
    central: Workspace, actor: Actor, tmp_path: Path
) -> None:
    assert voter_match.lookup(central, "Ana", "Ruiz", "101", "Elm St", "", "91104") is None
    imported(central, actor, tmp_path, VOTERS)
    found = voter_match.lookup(central, "Ana", "Ruiz", "101", "Elm Street", "", "91104")
    assert found is not None and found.status == "registered"
    moved = voter_match.lookup(central, "Dario", "Fo", "104", "Elm St", "", "91104")
    assert moved is not None and moved.status == "different_address"


def test_the_voter_file_never_leaves_in_an_export(
    central: Workspace, actor: Actor, tmp_path: Path
) -> None:
    key_lines(central, actor, "PAS-0001", SIGNERS[:2])
    imported(central, actor, tmp_path, [*VOTERS, elm(9, "ZEBULON", "QUIXOTE")])
    voter_match.match_lines(central, actor)
    out = tmp_path / "master.xlsx"
    export_workbook(central, actor, out, texts=export_texts())
    with zipfile.ZipFile(out) as book:
        text = b"".join(book.read(name) for name in book.namelist())
    assert b"Ruiz" in text  # the signer's line is exported...
    assert b"QUIXOTE" not in text.upper() and b"LA0000009" not in text  # ...no voter is


def _groups(ws: Workspace) -> list[list[int]]:
    return sorted(sorted(m.line_number for m in g.lines) for g in dedupe_queue.queue(ws))


def test_voter_matches_feed_the_duplicate_search(
    central: Workspace, actor: Actor, tmp_path: Path
) -> None:
    session = key_lines(central, actor, "PAS-0001", ["Jose Garcia"])
    for n, (first, last) in enumerate([("Joe", "Garcia"), ("Ana", "Ruiz"), ("Ana", "Gomez")], 2):
        session.save(SignatureLine(n, first, last, "101", "Elm St", "", "", "91104"))
    dedupe_run.find_duplicates(central, actor, full=True)
    # Names and address alone: "Joe" may be José; "Ruiz" and "Gomez" are other families.
    assert _groups(central) == [[1, 2]]
    imported(central, actor, tmp_path, [
        elm(1, "JOSE", "GARCIA"), elm(1, "JOE", "GARCIA"),  # two men at one address
        elm(1, "ANA", "RUIZ GOMEZ"),  # one woman who writes either family name
    ])  # fmt: skip
    voter_match.match_lines(central, actor)
    dedupe_run.find_duplicates(central, actor, full=True)
    assert _groups(central) == [[3, 4]]
    found = dedupe_queue.queue(central)[0]
    assert SAME_VOTER in found.group.reasons


def test_an_office_holds_a_copy_only_when_allowed_and_a_purge_leaves_no_voter(
    ws: Workspace, actor: Actor, tmp_path: Path
) -> None:
    session = key_lines(ws, actor, "PAS-0001", SIGNERS[:1])
    rows = [*VOTERS, elm(9, "ZEBULON", "QUIXOTE")]
    with pytest.raises(OpRefused):  # the voter file stays at the central office...
        imported(ws, actor, tmp_path, rows)
    voters.set_office_copy(ws, actor, True)  # ...unless the campaign lets this office keep one
    imported(ws, actor, tmp_path, rows)
    found = session.voter_check(SignatureLine(2, "Bob", "Smith", "102", "Elm St", "", "", "91104"))
    assert found is not None and found.status == "registered"
    gone = voters.purge(ws, actor).value
    assert gone.voters == 6
    assert session.voter_check(SignatureLine(2, "Bob", "Smith", "102", "Elm St")) is None
    ws.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    folder = ws.path.parent
    for path in folder.rglob("*"):
        if path.is_file() and path.suffix != ".tsv":
            assert b"QUIXOTE" not in path.read_bytes().upper(), path
    assert voters.files(ws)[0].file_name == "voters.tsv"  # provenance is kept


def test_a_big_match_split_with_a_second_process_gives_the_same_verdicts(
    central: Workspace, actor: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = key_lines(central, actor, "PAS-0001", SIGNERS)
    session.save(SignatureLine(6, "Ana", "Ruiz", "101", "Elm St", "", "", "91104"))
    imported(central, actor, tmp_path, VOTERS)
    voter_match.match_lines(central, actor, full=True)
    alone = statuses(central)
    monkeypatch.setattr(voter_match, "PARALLEL_FROM", 2)
    monkeypatch.setattr(voter_match, "BATCH", 2)
    assert voter_match.match_lines(central, actor, full=True).value.lines == 6
    assert statuses(central) == alone
