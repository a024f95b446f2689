"""Guessing a voter file's column mapping and status codes from what the file says."""

from __future__ import annotations

from recalldesk.core.voter_file import DEMO_PRESET, VoterStatus
from recalldesk.core.voter_guess import codes_in, guess_columns, guess_status


def test_the_demo_layout_is_guessed_whole() -> None:
    assert guess_columns(list(DEMO_PRESET.columns.values())) == DEMO_PRESET.columns


def test_county_spellings_are_guessed() -> None:
    header = ["Voter ID", "NAME_LAST", "Name First", "House No", "Street", "Apt", "Mail City",
              "Res City", "RES_ZIP", "Voter Status", "Reg Date", "Precinct"]  # fmt: skip
    assert guess_columns(header) == {
        "voter_id": "Voter ID", "first_name": "Name First", "last_name": "NAME_LAST",
        "street_number": "House No", "street_name": "Street", "zip": "RES_ZIP", "unit": "Apt",
        "city": "Res City", "status": "Voter Status", "registered_on": "Reg Date",
    }  # fmt: skip
    for spelling in ("LastName", "Last Name", "last_name", "NAME_LAST", "Surname"):
        assert guess_columns(["ID", spelling])["last_name"] == spelling


def test_a_header_is_used_once_and_unknown_ones_are_left_out() -> None:
    found = guess_columns(["Suffix", "StreetSuffix", "Phone", "Email"])
    assert found == {"name_suffix": "Suffix", "street_type": "StreetSuffix"}
    assert guess_columns(["Phone", ""]) == {}


def test_status_codes_seen_in_the_rows_are_guessed() -> None:
    rows = [["1", "A"], ["2", "I"], ["3", " A "], ["4", ""], ["5", "X"], ["6"], ["7", "Q"]]
    assert codes_in(rows, 1) == ["A", "I", "X", "Q"]
    guessed = [guess_status(code) for code in codes_in(rows, 1)]
    assert guessed == [VoterStatus.ACTIVE, VoterStatus.INACTIVE, VoterStatus.CANCELED, None]
    assert guess_status("Cancelled") is VoterStatus.CANCELED
