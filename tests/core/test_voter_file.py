"""A voter file's rows through a column mapping (issue 12's first piece)."""

from datetime import date

import pytest

from recalldesk.core.voter_file import (
    DEMO_PRESET,
    ColumnMapping,
    VoterRowError,
    VoterStatus,
    detect_delimiter,
    read_row,
)

HEADER = (
    "VoterID\tFirstName\tMiddleName\tLastName\tSuffix\tHouseNumber\tHouseFraction\tStreetDir"
    "\tStreetName\tStreetType\tStreetPostDir\tUnit\tCity\tZip\tStatus\tRegistrationDate"
)


def row(**changes: str) -> list[str]:
    values = dict.fromkeys(HEADER.split("\t"), "")
    values.update({
        "VoterID": "LA000123", "FirstName": "María", "LastName": "Hernández",
        "HouseNumber": "1234", "HouseFraction": "1/2", "StreetDir": "N",
        "StreetName": "LAKE", "StreetType": "AVE", "Unit": "4", "City": "PASADENA",
        "Zip": "91104-2231", "Status": "A", "RegistrationDate": "03/15/2018",
    })  # fmt: skip
    values.update(changes)
    return list(values.values())


def where() -> dict[str, int]:
    return DEMO_PRESET.indexes(HEADER.split("\t"))


def test_a_row_becomes_a_voter() -> None:
    voter = read_row(row(), where(), DEMO_PRESET)
    assert (voter.voter_id, voter.first_name, voter.last_name) == ("LA000123", "María", "Hernández")
    assert (voter.street_number, voter.street_name, voter.unit) == ("1234 1/2", "N LAKE AVE", "4")
    assert voter.zip_code == "91104" and voter.status is VoterStatus.ACTIVE
    assert voter.registered_on == date(2018, 3, 15)


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"VoterID": ""}, "voters.no_id"),
        ({"FirstName": "", "LastName": ""}, "voters.no_name"),
        ({"Zip": "9110"}, "voters.bad_zip"),
        ({"Status": "Q"}, "voters.bad_status"),
        ({"RegistrationDate": "13/45/2018"}, "voters.bad_date"),
    ],
)
def test_a_bad_row_says_what_is_wrong(changes: dict[str, str], code: str) -> None:
    with pytest.raises(VoterRowError) as wrong:
        read_row(row(**changes), where(), DEMO_PRESET)
    assert wrong.value.code == code


def test_statuses_and_short_rows() -> None:
    assert read_row(row(Status="C"), where(), DEMO_PRESET).status is VoterStatus.CANCELED
    assert read_row(row(Status="inactive"), where(), DEMO_PRESET).status is VoterStatus.INACTIVE
    with pytest.raises(VoterRowError) as short:
        read_row(["LA1", "Ana"], where(), DEMO_PRESET)
    assert short.value.code == "voters.short_row"


def test_a_mapping_names_its_missing_fields_and_columns() -> None:
    partial = ColumnMapping("partial", {"voter_id": "ID", "last_name": "Last"})
    assert partial.missing() == ["first_name", "street_number", "street_name", "zip"]
    with pytest.raises(VoterRowError) as absent:
        partial.indexes(["ID", "Surname"])
    assert absent.value.params == {"column": "Last", "field": "last_name"}


def test_the_delimiter_is_detected() -> None:
    assert detect_delimiter(HEADER) == "\t"
    assert detect_delimiter("id|first|last") == "|"
    assert detect_delimiter("id,first,last") == ","
    with pytest.raises(VoterRowError):
        detect_delimiter("just one column")


def test_every_row_problem_has_words() -> None:
    import re
    from pathlib import Path

    from recalldesk.core import voter_file
    from recalldesk.wording.messages import TEMPLATES

    raised = set(re.findall(r'VoterRowError\("([a-z_.]+)"', Path(voter_file.__file__).read_text()))
    assert raised and raised <= set(TEMPLATES)
