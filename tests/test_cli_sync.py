"""A drive run through files alone: two offices and central, by the command line."""

from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from recalldesk.cli import main
from recalldesk.core.zipdata import ZipTable
from tests.sync_world import KEY, make_site, plain


def run(folder: Path, *args: str) -> int:
    return main(["--data-dir", str(folder), *args])


@pytest.fixture
def sites(
    tmp_path: Path,
    zips: ZipTable,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> dict[str, Path]:
    """PAS and GLN with a day's keying each (by the store, as the app keys), and central HQ."""
    monkeypatch.setenv("RECALLDESK_CAMPAIGN_KEY", KEY)
    for code, serial, count in (("PAS", "PAS-0001", 5), ("GLN", "GLN-0001", 4)):
        site = make_site(tmp_path, code)
        site.key(zips, site.section(serial, 10).id, count)
        site.close()
    assert run(tmp_path / "HQ", "init", "--office", "HQ", "--operator", "Kim", "--central",
               "--campaign-key") == 0  # fmt: skip
    capsys.readouterr()
    return {code: tmp_path / code for code in ("PAS", "GLN", "HQ")}


def test_sync_merge_export_digest_and_back(
    sites: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    assert run(sites["PAS"], "sync", "--to", str(usb)) == 0
    out = capsys.readouterr().out
    assert "Wrote packet 1 (" in out and "5 lines" in out
    assert run(sites["PAS"], "sync", "--to", str(usb)) == 0
    assert "Nothing new since packet 1" in capsys.readouterr().out

    assert run(sites["HQ"], "merge", str(usb)) == 0
    out = capsys.readouterr().out
    assert "Packets: 1 merged, 0 skipped as already merged, 0 refused" in out
    assert run(sites["HQ"], "merge", str(usb)) == 0
    assert "0 merged, 1 skipped" in capsys.readouterr().out

    book = tmp_path / "master.xlsx"
    assert run(sites["HQ"], "export", "--out", str(book)) == 0
    rows = CalamineWorkbook.from_path(str(book)).get_sheet_by_name("Signatures").to_python()
    assert len(rows) == 6

    assert run(sites["HQ"], "digest", "--to", str(usb)) == 0
    assert "decisions about office" in capsys.readouterr().out
    assert run(sites["PAS"], "sync", "--to", str(usb)) == 0  # picks up its digest
    assert "Imported central digest 1" in capsys.readouterr().out


def test_merge_exits_1_when_a_packet_is_refused(
    sites: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "junk.recalldesk.xlsx"
    junk.write_text("not a workbook")
    assert run(sites["HQ"], "merge", str(junk)) == 1
    assert "refused  junk.recalldesk.xlsx: it is not an Excel workbook" in (capsys.readouterr().out)


def test_sync_commands_explain_mistakes(
    sites: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(sites["PAS"], "merge", str(tmp_path)) == 2
    assert "done at the central office" in capsys.readouterr().err
    assert run(sites["HQ"], "sync", "--to", str(tmp_path)) == 2
    assert "this is the central office's database" in capsys.readouterr().err
    assert run(sites["PAS"], "sync", "--to", str(tmp_path / "nowhere")) == 2
    assert "is not a folder" in capsys.readouterr().err
    assert run(tmp_path / "empty", "sync", "--to", str(tmp_path)) == 2
    assert "No campaign database" in capsys.readouterr().err
    assert run(sites["HQ"], "conflicts") == 0
    assert "No open merge conflicts." in capsys.readouterr().out
    assert run(sites["HQ"], "conflicts", "--resolve", "7") == 2
    assert "There is no conflict 7." in capsys.readouterr().err


def test_decide_and_import_digest(
    sites: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    assert run(sites["PAS"], "sync", "--to", str(usb)) == 0
    assert run(sites["HQ"], "merge", str(usb)) == 0
    capsys.readouterr()
    packet = CalamineWorkbook.from_path(str(plain(next(usb.glob("PAS-*")))))
    uuids = [row[0] for row in packet.get_sheet_by_name("Lines").to_python()[1:3]]
    assert run(sites["HQ"], "decide", *uuids) == 0
    assert "are the same signer" in capsys.readouterr().out
    assert run(sites["HQ"], "digest", "--to", str(usb), "--office", "PAS") == 0
    capsys.readouterr()
    digest = next(usb.glob("PAS-digest-*"))
    assert run(sites["PAS"], "import-digest", str(digest)) == 0
    assert "Imported central digest 1 (2 decisions)" in capsys.readouterr().out  # one per line
    assert run(sites["GLN"], "import-digest", str(digest)) == 2
    assert "addressed to office PAS; this is office GLN" in capsys.readouterr().err


def test_sync_still_writes_its_packet_when_a_digest_beside_it_is_bad(
    sites: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    (usb / "PAS-digest-000009.recalldesk-digest.xlsx").write_text("not a workbook")
    assert run(sites["PAS"], "sync", "--to", str(usb)) == 1
    captured = capsys.readouterr()
    assert "Wrote packet 1" in captured.out
    assert "central digest not imported" in captured.err and "not an Excel workbook" in captured.err


def test_moving_from_the_shared_key_to_each_offices_own_key(
    sites: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """The documented step (README): each office makes its key and exports it; central
    enrolls each once the fingerprint is read aloud, then requires signed packets."""
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setenv("RECALLDESK_PASSWORD", "a long office password")
    assert run(sites["PAS"], "keys", "new") == 0
    assert run(sites["PAS"], "keys", "export", "--to", str(usb)) == 0
    said = capsys.readouterr().out
    heard = said.rsplit(": ", 1)[1].strip()  # the fingerprint, read over the phone
    assert run(sites["HQ"], "keys", "enroll", str(usb / "PAS.recalldesk-key"),
               "--fingerprint", "0000-1111-2222-3333") == 2  # fmt: skip
    assert "do not enroll it" in capsys.readouterr().err
    assert run(sites["HQ"], "keys", "enroll", str(usb / "PAS.recalldesk-key"),
               "--fingerprint", heard) == 0  # fmt: skip
    assert run(sites["HQ"], "keys", "require", "on") == 0
    assert run(sites["PAS"], "sync", "--to", str(usb)) == 0  # signed with PAS's key
    assert run(sites["GLN"], "sync", "--to", str(usb)) == 0  # GLN has no key yet
    capsys.readouterr()
    assert run(sites["HQ"], "merge", str(usb)) == 1
    out = capsys.readouterr()
    assert "1 merged" in out.out and "1 refused" in out.out
    assert "not enrolled" in out.out + out.err
    assert run(sites["HQ"], "keys", "show") == 0
    assert "PAS" in capsys.readouterr().out
    monkeypatch.setenv("RECALLDESK_PASSWORD", "not the password")
    assert run(sites["PAS"], "sync", "--to", str(usb)) == 2
    assert "does not unlock" in capsys.readouterr().err
