"""Operator statistics on a hand-made keying log (issue 14)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from recalldesk.core.records import Actor, Section, SignatureLine
from recalldesk.ops import keying_stats, verification
from recalldesk.ops.intake import log_section
from recalldesk.ops.keying import KeyingSession
from recalldesk.ops.workspace import Workspace
from recalldesk.store import audit
from tests.ops.test_verification import PAPER, keyed_section
from tests.ops.test_verification import people as people

# Tom's saves: three at 10:00, a lunch, two at 14:00 (UTC, on one local day at LA's offset
# or any other: the test sets TZ to UTC).
TIMES = [
    "2022-03-01T10:00:00.000Z",  # first of the shift: adds no time
    "2022-03-01T10:01:00.000Z",  # +60 s
    "2022-03-01T10:02:30.000Z",  # +90 s
    "2022-03-01T14:00:00.000Z",  # after lunch: a gap over 5 minutes counts nothing
    "2022-03-01T14:00:40.000Z",  # +40 s
]


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    import time

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    stamps: list[str] = []
    monkeypatch.setattr(audit, "now_iso", lambda: stamps.pop(0) if stamps else
                        "2022-03-02T09:00:00.000Z")  # fmt: skip
    yield stamps
    monkeypatch.undo()
    time.tzset()


def test_lines_time_speed_and_corrections(
    ws: Workspace, people: dict[str, Actor], clock: list[str]
) -> None:
    section = log_section(ws, people["lead"], Section("PAS-100", 5)).value
    session = KeyingSession(ws, people["tom"], section.id)
    for n, stamp in enumerate(TIMES, start=1):
        clock[:] = [stamp] * 20  # every write of this save stamps the same moment
        session.save(SignatureLine(n, "Ana", f"Ruiz{n}", "1", "Oak St", "", "", "91101"))
    clock[:] = []
    session.save(SignatureLine(2, "Ana", "Ruiz", "1", "Oak St", "", "", "91101"))  # corrected
    found = keying_stats.statistics(ws)
    tom = next(t for t in found.operators if t.name == "Tom Nguyen")
    assert (tom.lines, tom.corrected) == (5, 1) and tom.seconds == pytest.approx(190.0)
    assert tom.per_hour == pytest.approx(5 * 3600 / 190)
    (day,) = tom.days
    assert str(day.day) == "2022-03-01" and day.lines == 5
    assert day.seconds == pytest.approx(190.0)
    assert tom.per_thousand is None  # not verified yet
    assert found.share_of(tom) == verification.rules(ws).share
    clock[:] = ["2022-03-01T14:03:40.000Z"] * 20  # three minutes on: counted incrementally
    session.save(SignatureLine(6, "Bo", "Li", "2", "Elm St", "", "", "91101"))
    again = next(t for t in keying_stats.statistics(ws).operators if t.name == "Tom Nguyen")
    assert again.lines == 6 and again.seconds == pytest.approx(370.0)


def test_errors_per_thousand_come_from_verification(
    ws: Workspace, people: dict[str, Actor]
) -> None:
    for n in range(9):  # 9 sections × 3 lines × 9 fields = 243 fields, one in error
        keyed_section(ws, people, f"PAS-2{n}", typo=n == 0)
        chosen = verification.assign(ws, people["lead"], f"PAS-2{n}").value
        blind = verification.BlindSession(ws, people["grace"], chosen.id)
        for line in PAPER:
            blind.save(line)
        done = blind.finish().value
        for difference in verification.queue(ws, done.id):
            verification.settle(ws, people["lead"], difference.id, "second")
    found = keying_stats.statistics(ws)
    tom = next(t for t in found.operators if t.name == "Tom Nguyen")
    assert (tom.errors, tom.fields) == (1, 243)
    assert tom.per_thousand == pytest.approx(1000 / 243)  # 4.1: under the threshold
    assert found.share_of(tom) == verification.rules(ws).share
    grace = next(t for t in found.operators if t.name == "Grace Kim")
    assert (grace.errors, grace.lines) == (0, 0)  # re-keying is not keying


def test_the_export_carries_each_operators_figures(
    ws: Workspace, people: dict[str, Actor], tmp_path: Path
) -> None:
    import openpyxl

    from recalldesk.ops.export import export_workbook
    from recalldesk.wording.export import export_texts

    keyed_section(ws, people, "PAS-300", typo=False)
    out = tmp_path / "book.xlsx"
    export_workbook(ws, people["lead"], out, texts=export_texts())
    rows = [tuple(r) for r in openpyxl.load_workbook(out)["Summary"].iter_rows(values_only=True)]
    heading = next(i for i, r in enumerate(rows) if r[0] == "Keying by operator")
    assert rows[heading][1:7] == ("Office", "Lines keyed", "Keying time (h:mm)",
                                  "Lines per hour", "Fields in error per 1,000",
                                  "Corrected later")  # fmt: skip
    assert rows[heading + 1][:3] == ("Tom Nguyen", "PAS", 3)


def test_a_deleted_line_is_not_a_correction(ws: Workspace, people: dict[str, Actor]) -> None:
    section = log_section(ws, people["lead"], Section("PAS-400", 3)).value
    session = KeyingSession(ws, people["tom"], section.id)
    session.save(PAPER[0])
    session.delete(1)
    tom = next(t for t in keying_stats.statistics(ws).operators if t.name == "Tom Nguyen")
    assert (tom.lines, tom.corrected) == (1, 0)


def test_errors_count_on_the_day_of_the_keying_they_judge(
    ws: Workspace, people: dict[str, Actor], clock: list[str]
) -> None:
    """Tom keys on 1 March, Grace re-keys on 3 March: Tom's error is his 1 March's,
    the fields compared count on each one's own day."""
    clock[:] = ["2022-03-01T10:00:00.000Z"] * 200
    keyed_section(ws, people, "PAS-700", typo=True)
    chosen = verification.assign(ws, people["lead"], "PAS-700").value
    clock[:] = ["2022-03-03T10:00:00.000Z"] * 200
    blind = verification.BlindSession(ws, people["grace"], chosen.id)
    for line in PAPER:
        blind.save(line)
    (difference,) = verification.queue(ws, blind.finish().value.id)
    verification.settle(ws, people["lead"], difference.id, "second")
    clock[:] = []
    found = {t.name: t for t in keying_stats.statistics(ws).operators}
    fields = 3 * 9
    tom_days = {str(d.day): (d.errors, d.fields) for d in found["Tom Nguyen"].days}
    assert tom_days == {"2022-03-01": (1, fields)}
    grace_days = {str(d.day): (d.errors, d.fields, d.lines) for d in found["Grace Kim"].days}
    assert grace_days == {"2022-03-03": (0, fields, 0)}  # her re-keying's day, no lines keyed
    for total in found.values():  # the days add up to the operator's figures
        assert sum(d.errors for d in total.days) == total.errors
        assert sum(d.fields for d in total.days) == total.fields
