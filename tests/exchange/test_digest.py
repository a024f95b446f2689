"""Central's digests back to the offices: figures, standing, decisions; checked like packets."""

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from recalldesk.exchange.digest import import_digest, import_digests_from, write_digests
from recalldesk.exchange.merge import merge_packets
from recalldesk.exchange.packet_write import SyncRefused
from recalldesk.exchange.signed_read import Refused
from recalldesk.store import decisions, digests
from tests.sync_world import World, fingerprint, rewrite_packet


@pytest.fixture
def merged(world: World) -> World:
    world.pas.sync(world.out)
    world.gln.sync(world.out)
    world.merge()
    return world


def one_line(world: World, serial: str) -> str:
    return str(
        world.hq.db.scalar(
            "SELECT l.uuid FROM signature_line l JOIN section s ON s.id = l.section_id "
            "WHERE s.serial = ? AND l.line_number = 1",
            (serial,),
        )
    )


def test_central_writes_a_digest_per_office(merged: World, tmp_path: Path) -> None:
    pas_line, gln_line = one_line(merged, "PAS-0001"), one_line(merged, "GLN-0001")
    decisions.decide_duplicate(merged.hq.db, merged.hq.actor, pas_line, gln_line)
    written = write_digests(merged.hq.db, tmp_path, today=date(2022, 6, 1))
    assert [(d.office_code, d.decisions) for d in written] == [("GLN", 1), ("PAS", 1)]
    assert written[1].path.name == "PAS-digest-000001.recalldesk-digest.xlsx"
    book = CalamineWorkbook.from_path(str(written[1].path))
    assert book.sheet_names == ["Manifest", "Campaign", "Standing", "Decisions"]
    figures = dict(book.get_sheet_by_name("Campaign").to_python()[1:])
    assert figures["lines_keyed"] == "8" and figures["days_left"] == "35"
    assert figures["packets_merged"] == "2"
    standing = book.get_sheet_by_name("Standing").to_python()
    assert [r[:2] for r in standing[1:]] == [["1", "PAS"], ["2", "GLN"]]
    (decision,) = book.get_sheet_by_name("Decisions").to_python()[1:]
    assert decision[0] == pas_line and decision[3] == "duplicate"
    assert decision[5:8] == ["GLN", "GLN-0001", "1"]  # the other office's reference


def test_the_office_imports_its_digest_and_sees_centrals_decisions(
    merged: World, tmp_path: Path
) -> None:
    pas_line, gln_line = one_line(merged, "PAS-0001"), one_line(merged, "GLN-0001")
    decisions.decide_duplicate(merged.hq.db, merged.hq.actor, pas_line, gln_line)
    write_digests(merged.hq.db, merged.out)
    result = import_digests_from(merged.pas.db, merged.pas.actor, merged.out)
    assert result is not None and result.imported and result.decisions == 1
    (seen,) = digests.central_decisions(merged.pas.db, pas_line)
    assert (seen.other_office, seen.other_serial, seen.other_line_number) == ("GLN", "GLN-0001", 1)
    assert (seen.serial, seen.line_number, seen.decision) == ("PAS-0001", 1, "duplicate")
    view = digests.latest_digest(merged.pas.db)
    assert view is not None and view.sequence == 1 and view.figures["lines_keyed"] == "8"
    assert view.standing[0]["office_code"] == "PAS"

    again = import_digests_from(merged.pas.db, merged.pas.actor, merged.out)
    assert again is not None and not again.imported and "already imported" in again.message

    # A newer digest replaces what the older one said.
    decisions.decide_duplicate(
        merged.hq.db, merged.hq.actor, pas_line, gln_line, decisions.NOT_DUPLICATE
    )
    write_digests(merged.hq.db, merged.out)
    newer = import_digests_from(merged.pas.db, merged.pas.actor, merged.out)
    assert newer is not None and newer.sequence == 2
    assert [d.decision for d in digests.central_decisions(merged.pas.db)] == ["not_duplicate"]


def test_a_digest_for_another_office_is_refused(merged: World, tmp_path: Path) -> None:
    written = write_digests(merged.hq.db, tmp_path, offices=["GLN"])
    before = fingerprint(merged.pas.db)
    with pytest.raises(Refused, match="addressed to office GLN; this is office PAS"):
        import_digest(merged.pas.db, merged.pas.actor, written[0].path)
    assert fingerprint(merged.pas.db) == before


def test_a_tampered_digest_is_refused(merged: World, tmp_path: Path) -> None:
    (written,) = write_digests(merged.hq.db, tmp_path, offices=["PAS"])

    def inflate(wb: openpyxl.Workbook) -> None:
        wb["Campaign"]["B6"] = "999999"

    tampered = rewrite_packet(written.path, tmp_path / "t.recalldesk-digest.xlsx", inflate)
    before = fingerprint(merged.pas.db)
    with pytest.raises(Refused, match="signature does not match"):
        import_digest(merged.pas.db, merged.pas.actor, tampered)
    assert fingerprint(merged.pas.db) == before


def test_packets_and_digests_are_not_mistaken_for_each_other(merged: World, tmp_path: Path) -> None:
    (written,) = write_digests(merged.hq.db, tmp_path, offices=["PAS"])
    report = merge_packets(merged.hq.db, merged.hq.actor, [written.path])
    assert "it is a central digest, not an office's sync packet" in report.outcomes[0].message
    packet = next(merged.out.iterdir())
    with pytest.raises(Refused, match="it is an office's sync packet, not a central digest"):
        import_digest(merged.pas.db, merged.pas.actor, packet)


def test_only_central_writes_digests(world: World, tmp_path: Path) -> None:
    with pytest.raises(SyncRefused, match="central office"):
        write_digests(world.pas.db, tmp_path)


def test_decisions_need_two_real_lines(merged: World) -> None:
    line = one_line(merged, "PAS-0001")
    with pytest.raises(ValueError, match="itself"):
        decisions.decide_duplicate(merged.hq.db, merged.hq.actor, line, line)
    with pytest.raises(ValueError, match="both lines"):
        decisions.decide_duplicate(
            merged.hq.db, merged.hq.actor, line, "00000000-0000-4000-8000-000000000000"
        )
