"""The office's packet: what it holds, how it is named and signed, and that it is deterministic."""

import zipfile
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from recalldesk.core.messages import msg
from recalldesk.core.packet_format import PACKET_ALL_SHEETS, derive_keys
from recalldesk.core.records import SignatureLine
from recalldesk.core.work import Cancelled
from recalldesk.core.zipdata import ZipTable
from recalldesk.exchange.atomic import WriteFailed
from recalldesk.exchange.signed_write import cell_text, settle_rows
from recalldesk.ops.sync import PacketWritten
from recalldesk.ops.sync import write_packet as write_op
from recalldesk.store import lines, sync_state
from tests.sync_world import KEY, Site, World, line_uuids, plain


def write_packet(site: Site, folder: Path, **kwargs: object) -> PacketWritten:
    return write_op(site.ws, site.actor, folder, **kwargs).value  # type: ignore[arg-type]


def manifest_of(path: Path) -> dict[str, str]:
    book = CalamineWorkbook.from_path(str(plain(path)))
    return {r[0]: r[1] for r in book.get_sheet_by_name("Manifest").to_python()[1:]}


def sheet_rows(path: Path, title: str) -> list[list[object]]:
    return CalamineWorkbook.from_path(str(plain(path))).get_sheet_by_name(title).to_python()


def test_the_first_packet_holds_everything_and_says_so(world: World) -> None:
    path = world.pas.sync(world.out)
    assert path.name.startswith("PAS-") and path.name.endswith("-000001.recalldesk.xlsx")
    book = CalamineWorkbook.from_path(str(plain(path)))
    assert book.sheet_names == [
        "Manifest",
        "Offices",
        "Operators",
        "Circulators",
        "Sections",
        "Lines",
        "Keying",
    ]
    m = manifest_of(path)
    assert m["format"] == "recalldesk-packet/4" and m["office_code"] == "PAS"
    assert m["device_id"] == world.pas.db.meta("device_id")
    assert m["campaign_id"] == derive_keys(KEY).campaign_id
    assert (m["sequence"], m["since_change_seq"], m["full"]) == ("1", "0", "0")
    assert m["upto_change_seq"] == world.pas.db.meta("change_seq")
    assert (m["rows_offices"], m["rows_operators"], m["rows_circulators"]) == ("1", "1", "1")
    assert (m["rows_sections"], m["rows_lines"], m["rows_keying"]) == ("2", "5", "0")
    assert m["campaign_name"].startswith("Recall of District Attorney")
    assert "signature" not in m and m["created_at"].endswith("Z")  # the seal covers the file
    for spec in PACKET_ALL_SHEETS:
        rows = sheet_rows(path, spec.title)
        assert tuple(rows[0]) == spec.header
        assert all(isinstance(v, str) for row in rows for v in row)  # every cell is text
    lines_rows = sheet_rows(path, "Lines")
    assert [r[2] for r in lines_rows[1:]] == ["1", "2", "3", "1", "2"]  # by serial, line
    assert {r[0] for r in lines_rows[1:]} == line_uuids(world.pas.db)


def test_the_next_packet_holds_only_changes_plus_what_they_refer_to(
    world: World, zips: ZipTable
) -> None:
    world.pas.sync(world.out)
    stored = lines.lines_for_section(world.pas.db, 2)[0]
    lines.delete_line(world.pas.db, world.pas.actor, stored.id, reason=msg("audit.line_deleted"))
    path = world.pas.sync(world.out)
    m = manifest_of(path)
    assert m["sequence"] == "2" and m["since_change_seq"] != "0"
    rows = sheet_rows(path, "Lines")
    assert len(rows) == 2 and rows[1][0] == stored.line.uuid
    assert rows[1][rows[0].index("deleted")] == "1"  # tombstones travel
    assert [r[1] for r in sheet_rows(path, "Sections")[1:]] == ["PAS-0002"]  # its section
    assert len(sheet_rows(path, "Offices")) == 2 and len(sheet_rows(path, "Operators")) == 2
    assert len(sheet_rows(path, "Circulators")) == 1  # PAS-0002 has none


def test_nothing_new_writes_nothing(world: World) -> None:
    world.pas.sync(world.out)
    result = write_packet(world.pas, world.out)
    assert result.path is None and result.sequence == 1
    assert len(list(world.out.iterdir())) == 1
    full = write_packet(world.pas, world.out, full=True)
    assert full.path is not None and full.sequence == 2 and full.full
    assert full.rows["Lines"] == 5


def test_the_same_changes_give_the_same_data(world: World, tmp_path: Path) -> None:
    state = sync_state.packet_state(world.pas.db)
    first = world.pas.sync(tmp_path / "a" if (tmp_path / "a").mkdir() is None else tmp_path)
    sync_state.record_packet_written(world.pas.db, state.last_sequence, state.covered_change_seq)
    (tmp_path / "b").mkdir()
    second = world.pas.sync(tmp_path / "b")
    assert first.name == second.name
    m1, m2 = manifest_of(first), manifest_of(second)
    assert {k: v for k, v in m1.items() if k != "created_at"} == {
        k: v for k, v in m2.items() if k != "created_at"
    }
    with zipfile.ZipFile(plain(first)) as a, zipfile.ZipFile(plain(second)) as b:
        for n in range(2, 7):  # the data sheets, byte for byte
            member = f"xl/worksheets/sheet{n}.xml"
            assert a.read(member) == b.read(member)


def test_the_seal_covers_every_byte_of_the_file(world: World) -> None:
    import hashlib
    import hmac

    from recalldesk.exchange.seal import SEAL_LENGTH

    path = world.pas.sync(world.out)
    data = plain(path).read_bytes()
    keys = derive_keys(KEY)
    trailer = data[-SEAL_LENGTH:].decode()
    assert trailer.startswith(f"RDSEAL/1 {keys.campaign_id} ")
    mac = hmac.new(keys.signing, b"recalldesk seal 1\x00packet\x00" + data[:-SEAL_LENGTH],
                   hashlib.sha256)  # fmt: skip
    assert trailer.endswith(mac.hexdigest())
    assert "signature" not in manifest_of(path)


HOSTILE = [
    '=HYPERLINK("http://x","y")', "+1+1", "@SUM(A1)", "\tTab", "a\rb", " padded ",
    "_x0041_", "_x005F_x0041_", "bell\x07", "José Muñoz", "日本語",
]  # fmt: skip


def test_text_survives_exactly_and_stays_literal(world: World, zips: ZipTable) -> None:
    for n, text in enumerate(HOSTILE, start=1):
        line = SignatureLine(n, text, "Smith", "1", "Main St", "", "", "91101")
        lines.accept_line(world.gln.db, world.gln.actor, zips, 1, replace(line, line_number=n + 3))
    path = world.gln.sync(world.out)
    rows = sheet_rows(path, "Lines")
    first_names = {r[3] for r in rows[1:]}
    stored = {r[0] for r in world.gln.db.query("SELECT first_name FROM signature_line")}
    assert first_names == {cell_text(t) for t in stored}  # stored text, as a reader gets it
    assert '=HYPERLINK("http://x","y")' in first_names and "a\rb" in first_names
    ws = openpyxl.load_workbook(plain(path))["Lines"]
    formula_like = [c for c in ws["D"] if str(c.value).startswith(("=", "+", "@"))]
    assert formula_like and all(c.data_type == "s" and c.quotePrefix for c in formula_like)
    report = world.merge(path)  # and the signature holds over all of it
    assert report.outcomes[0].status == "merged"


def test_cell_text_settles_what_a_reader_would_decode() -> None:
    assert cell_text("plain") == "plain"
    assert cell_text("bell\x07") == "bell"
    assert cell_text("_x0041_") == "_x0041_"
    assert cell_text("_x005F_x0041_") == "_x005FA"  # the writer cannot store this one exactly
    assert list(settle_rows([("a", "b\x01")])) == [("a", "b")]


def test_a_failed_write_leaves_the_sync_state_alone(world: World, tmp_path: Path) -> None:
    with pytest.raises(WriteFailed) as failed:
        write_packet(world.pas, tmp_path / "no-such-folder")
    assert failed.value.code == "write.no_folder"
    assert sync_state.packet_state(world.pas.db).last_sequence == 0


def test_cancel_writes_no_file_and_records_nothing(world: World) -> None:
    with pytest.raises(Cancelled):
        write_packet(world.pas, world.out, cancelled=lambda: True)
    assert list(world.out.iterdir()) == []
    assert sync_state.packet_state(world.pas.db).last_sequence == 0


def test_progress_counts_rows(world: World) -> None:
    seen: list[tuple[int, int]] = []
    write_packet(world.pas, world.out, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (10, 10)
