"""Sync files encrypted on the way (issue 13): a lost USB stick reveals nothing."""

from __future__ import annotations

import zipfile
from io import BytesIO
from pathlib import Path

from msoffcrypto.format.ooxml import OOXMLFile

from recalldesk.exchange.transport import OLE_MAGIC
from tests.sync_world import KEY, NAMES, World, plain, record_fingerprint


def test_a_packet_on_a_lost_stick_shows_no_signer_and_excel_can_open_it(world: World) -> None:
    packet = world.pas.sync(world.out)
    data = packet.read_bytes()
    assert data.startswith(OLE_MAGIC) and not zipfile.is_zipfile(packet)
    for first, last in NAMES:  # the names keyed at PAS, in any encoding a finder would try
        for needle in (first, last):
            assert needle.encode() not in data and needle.encode("utf-16-le") not in data
    # The campaign key opens it, as Excel does when a coordinator types it.
    found = OOXMLFile(BytesIO(data))
    found.load_key(password=KEY)
    out = BytesIO()
    found.decrypt(out)
    assert zipfile.is_zipfile(out) and b"Lopez" in b"".join(
        zipfile.ZipFile(out).read(n) for n in zipfile.ZipFile(out).namelist()
    )
    assert world.merge(packet).outcomes[0].status == "merged"


def _refusal(world: World, path) -> str:  # type: ignore[no-untyped-def]
    (outcome,) = world.merge(path).outcomes
    assert outcome.status == "refused"
    assert outcome.message is not None
    return outcome.message.code


def test_a_packet_encrypted_with_another_key_is_refused(world: World) -> None:
    packet = plain(world.pas.sync(world.out))
    other = world.out / "PAS-other-key.recalldesk.xlsx"
    with open(packet, "rb") as source, open(other, "wb") as out:
        OOXMLFile(source).encrypt("another campaign's key", out)
    packet.unlink()
    before = record_fingerprint(world.hq.db)
    assert _refusal(world, other) == "file.transport_key"
    assert record_fingerprint(world.hq.db) == before


def test_a_damaged_encrypted_file_is_refused_not_a_crash(world: World) -> None:
    bad = world.out / "PAS-damaged.recalldesk.xlsx"
    bad.write_bytes(OLE_MAGIC + b"\x00" * 4000)
    assert _refusal(world, bad) == "file.transport_damaged"


def test_the_campaign_workbook_can_be_exported_behind_a_password(
    world: World,
    tmp_path,
    monkeypatch,
    capsys,  # type: ignore[no-untyped-def]
) -> None:
    from recalldesk.cli import main

    world.merge(world.pas.sync(world.out))
    folder = world.hq.ws.path.parent
    world.hq.close()
    out = tmp_path / "master.xlsx"
    monkeypatch.setenv("RECALLDESK_PASSWORD", "short")
    assert main(["--data-dir", str(folder), "export", "--out", str(out), "--password"]) == 2
    assert "at least 10" in capsys.readouterr().err and not out.exists()
    monkeypatch.setenv("RECALLDESK_PASSWORD", "a coordinator's password")
    assert main(["--data-dir", str(folder), "export", "--out", str(out), "--password"]) == 0
    data = out.read_bytes()
    assert data.startswith(OLE_MAGIC) and b"Lopez" not in data
    found = OOXMLFile(BytesIO(data))
    found.load_key(password="a coordinator's password")
    opened = BytesIO()
    found.decrypt(opened)
    book = zipfile.ZipFile(opened)
    assert b"Lopez" in b"".join(book.read(n) for n in book.namelist())


def test_a_merge_decrypts_each_packet_once_and_keeps_no_copy(
    world: World,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    from recalldesk.exchange import transport

    calls: list[str] = []
    real = transport.decrypt_into

    def counting(source, target, password):  # type: ignore[no-untyped-def]
        calls.append(str(target))
        return real(source, target, password)

    monkeypatch.setattr(transport, "decrypt_into", counting)
    world.pas.sync(world.out)
    world.gln.sync(world.out)
    report = world.merge()
    assert [o.status for o in report.outcomes] == ["merged", "merged"]
    assert len(calls) == 2  # the manifest's look and the read share one decrypted copy
    assert transport._kept == {} and transport._folder == []
    assert not any(Path(c).exists() for c in calls)  # removed after the merge
