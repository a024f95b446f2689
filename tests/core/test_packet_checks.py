"""Column checks of signed sheets: a whole column at once, the first bad row found."""

import pytest

from recalldesk.core.packet_checks import first_invalid, problem
from recalldesk.core.packet_format import Field

UUID = "0b6a1c9e-5d3f-4c2a-9e8b-7f6d5c4b3a21"


@pytest.mark.parametrize(
    ("kind", "good", "bad"),
    [
        ("uuid", [UUID], ["", UUID.upper(), UUID + "0", "not-a-uuid"]),
        ("uuid?", ["", UUID], ["x"]),
        ("int", ["0", "7", "123456789"], ["", "-1", "01", "1.0", "1234567890", "1\n2"]),
        ("int+", ["1", "42"], ["0", "", "007"]),
        ("bool", ["0", "1"], ["", "2", "true"]),
        ("date?", ["", "2022-02-28"], ["2022-02-30", "2022-2-1", "28/02/2022"]),
        ("stamp", ["2022-02-10T14:03:05.123Z", "2022-02-10T14:03:05Z"], ["2022-02-10", "now"]),
        ("text!", ["a", " x "], ["", "   "]),
        ("text", ["", "anything\nat all"], []),
    ],
)
def test_kinds(kind: str, good: list[str], bad: list[str]) -> None:
    field = Field("c", kind)
    assert first_invalid(field, good) is None
    for value in bad:
        assert first_invalid(field, [*good, value, *good]) == len(good), value


def test_enum_and_messages() -> None:
    mark = Field("mark", "enum", ("", "blank", "struck"))
    assert first_invalid(mark, ["", "blank", "struck"]) is None
    assert first_invalid(mark, ["blank", "smudged"]) == 1
    found = problem(mark, "smudged")
    assert found.code == "cell.enum"
    assert found.params == {"found": "smudged", "choices": "'', 'blank', 'struck'"}
    assert problem(Field("v", "int+"), "x" * 100).params["found"].endswith("…")
    assert first_invalid(Field("v", "int"), []) is None


def test_a_cell_longer_than_excel_allows_is_refused_in_every_column() -> None:
    long = "x" * 32_768
    for kind in ("text", "text!", "uuid", "int"):
        assert first_invalid(Field("c", kind), ["a", long]) == 1, kind
    emoji = "😀" * 16_384  # 32,768 UTF-16 units in 16,384 characters
    assert first_invalid(Field("c", "text"), [emoji]) == 0
    assert first_invalid(Field("c", "text"), ["y" * 32_767]) is None
    found = problem(Field("c", "text"), long)
    assert found.code == "cell.too_long" and found.params["length"] == 32_768
