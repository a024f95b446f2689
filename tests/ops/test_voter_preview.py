"""The mapping dialog's preview: encoding, delimiter, header and first rows, as imported."""

from __future__ import annotations

from pathlib import Path

import pytest

from recalldesk.core.messages import MessageError
from recalldesk.core.voter_file import DEMO_PRESET
from recalldesk.ops.voter_preview import first_problems, preview
from tests.ops.test_voters import HEADER, voter, write


def test_a_tab_separated_file_is_previewed(tmp_path: Path) -> None:
    path = write(tmp_path / "v.tsv", [voter(n) for n in range(1, 31)])
    seen = preview(path)
    assert (seen.encoding, seen.delimiter, seen.header) == ("utf-8", "\t", HEADER)
    assert len(seen.rows) == 20 and seen.rows[0] == voter(1)
    assert seen.size == path.stat().st_size


def test_a_windows_1252_comma_file_is_previewed(tmp_path: Path) -> None:
    path = tmp_path / "v.csv"
    path.write_text('Id,Last Name\n1,"Muñoz, Jr"\n', encoding="cp1252")
    seen = preview(path)
    assert (seen.encoding, seen.delimiter, seen.rows) == ("windows-1252", ",", [["1", "Muñoz, Jr"]])
    assert preview(path, delimiter="|").header == ["Id,Last Name"]  # as the user chose


@pytest.mark.parametrize(
    ("text", "code"),
    [(None, "file.missing"), ("", "voters.empty"), ("one column\n", "voters.no_delimiter")],
)
def test_what_cannot_be_previewed_says_why(tmp_path: Path, text: str | None, code: str) -> None:
    path = tmp_path / "v.txt"
    if text is not None:
        path.write_text(text)
    with pytest.raises(MessageError) as refused:
        preview(path)
    assert refused.value.message.code == code


def test_the_first_rows_a_mapping_cannot_read_are_named(tmp_path: Path) -> None:
    rows = [voter(1), voter(2, Zip="x"), voter(3), voter(4, VoterID=""), voter(5, Zip="y")]
    path = write(tmp_path / "v.tsv", rows)
    found = first_problems(path, DEMO_PRESET, limit=2)
    assert [(p.line, p.code) for p in found] == [(3, "voters.bad_zip"), (5, "voters.no_id")]
    assert found[0].params == {"voter": "LA0000002", "found": "x"}
    assert first_problems(write(tmp_path / "ok.tsv", [voter(1)]), DEMO_PRESET) == []
    assert first_problems(tmp_path / "missing.tsv", DEMO_PRESET) == []
