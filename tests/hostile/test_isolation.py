"""One bad file refuses itself: the run goes on, and nothing merged before it is undone."""

from __future__ import annotations

import os
import struct
import zipfile
from pathlib import Path

import pytest

from tests.hostile.kit import edit_members, members, reseal, run_cli, sheet_member
from tests.sync_world import World, open_site, plain


def merge_folder_at_hq(world: World) -> tuple[int, str]:
    world.hq.close()
    run = run_cli(world.hq.ws.db.path.parent, "merge", str(world.out), timeout=60)
    world.hq = open_site(world.hq.ws.db.path.parent.parent, "HQ")
    assert "Traceback" not in run.text, run.text
    return run.code, run.out


def serials(world: World) -> set[str]:
    return {r[0] for r in world.hq.db.query("SELECT serial FROM section")}


def test_damaged_compressed_data_refuses_only_its_file(world: World) -> None:
    world.gln.sync(world.out)
    pas = world.pas.sync(world.out)
    data = bytearray(plain(pas).read_bytes())
    with zipfile.ZipFile(pas) as book:
        info = book.getinfo(sheet_member(members(pas), "Lines"))
    name_len, extra_len = struct.unpack(
        "<HH", data[info.header_offset + 26 : info.header_offset + 30]
    )
    start = info.header_offset + 30 + name_len + extra_len
    for i in range(start + 10, start + 60):
        data[i] = 0xFF  # the deflate stream no longer inflates
    damaged = world.out / "damaged.recalldesk.xlsx"
    damaged.write_bytes(bytes(data))
    reseal(damaged)
    pas.unlink()
    code, out = merge_folder_at_hq(world)
    assert code == 1 and "damaged.recalldesk.xlsx" in out
    assert serials(world) == {"GLN-0001"}


def test_a_member_name_that_is_not_utf8(world: World) -> None:
    world.gln.sync(world.out)
    pas = world.pas.sync(world.out)
    bad = world.out / "name.recalldesk.xlsx"
    edit_members(pas, bad, lambda parts: parts.update({"docProps/xx.xml": b"<x/>"}), key=None)
    data = bad.read_bytes()
    # Mark the name UTF-8 (flag bit 11) and make it invalid UTF-8, in both headers.
    data = data.replace(b"docProps/xx.xml", b"docProps/\xff\xfe.xml")
    at = data.find(b"PK\x01\x02")
    while at != -1:
        name_len = struct.unpack("<H", data[at + 28 : at + 30])[0]
        if data[at + 46 : at + 46 + name_len] == b"docProps/\xff\xfe.xml":
            flags = struct.unpack("<H", data[at + 8 : at + 10])[0] | 0x800
            data = data[: at + 8] + struct.pack("<H", flags) + data[at + 10 :]
        at = data.find(b"PK\x01\x02", at + 4)
    bad.write_bytes(data)
    reseal(bad)
    pas.unlink()
    code, out = merge_folder_at_hq(world)
    assert code == 1 and "name.recalldesk.xlsx" in out
    assert serials(world) == {"GLN-0001"}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_named_like_a_packet(world: World) -> None:
    world.gln.sync(world.out)
    os.mkfifo(world.out / "AAA-pipe.recalldesk.xlsx")  # sorts first: the merge meets it first
    code, out = merge_folder_at_hq(world)
    assert code == 1 and "AAA-pipe.recalldesk.xlsx" in out and "not a regular file" in out
    assert serials(world) == {"GLN-0001"}


def test_a_link_named_like_a_packet_is_not_followed(world: World, tmp_path: Path) -> None:
    world.gln.sync(world.out)
    elsewhere = world.pas.sync(tmp_path)
    (world.out / "AAA-link.recalldesk.xlsx").symlink_to(elsewhere)
    code, out = merge_folder_at_hq(world)
    assert code == 1 and "AAA-link.recalldesk.xlsx" in out and "link" in out
    assert serials(world) == {"GLN-0001"}


class FakePanic(BaseException):
    """As pyo3's PanicException: a Rust panic in the parser is not an Exception."""


def test_a_parser_panic_refuses_only_its_file(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    from recalldesk.exchange import signed_read

    real = signed_read.CalamineWorkbook.from_path
    calls: list[str] = []

    def panicking(path: str) -> object:
        calls.append(path)
        if len(calls) == 2:  # the second file triaged: PAS (GLN sorts first)
            raise FakePanic("called `Option::unwrap()` on a `None` value")
        return real(path)

    world.gln.sync(world.out)
    world.pas.sync(world.out)
    monkeypatch.setattr(signed_read.CalamineWorkbook, "from_path", panicking)
    report = world.merge()
    assert [o.status for o in report.outcomes] == ["merged", "refused"]
    assert "FakePanic" in str(report.outcomes[1].message)
    assert serials(world) == {"GLN-0001"}
