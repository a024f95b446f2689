"""A keying session without Qt: save, edit, marks, undo/redo, totals, resume."""

from datetime import date

import pytest

from recalldesk.core.messages import Message
from recalldesk.core.records import Actor, LineMark, Section, SectionStatus, SignatureLine
from recalldesk.ops import keying
from recalldesk.ops.intake import log_section
from recalldesk.ops.keying import KeyingSession, TotalsMismatch
from recalldesk.ops.workspace import Workspace
from recalldesk.store import audit, search, sections
from recalldesk.store.connection import Database

FULL = Section("PAS-0042", 3, circulated_from=date(2022, 2, 1),
               circulated_to=date(2022, 2, 3), declaration_signed=True,
               declaration_dated=True, declaration_place=True)  # fmt: skip


@pytest.fixture
def session(ws: Workspace, actor: Actor) -> KeyingSession:
    stored = log_section(ws, actor, FULL).value
    return KeyingSession(ws, actor, stored.id)


def reasons(db: Database, uuid: str) -> list[Message | None]:
    return [e.reason for e in audit.history(db, uuid)]


def line(n: int, last: str = "Ruiz") -> SignatureLine:
    return SignatureLine(n, "Ana", last, "12", "Oak St", "", "Pasadena", "91101")


def test_opening_starts_keying_and_remembers_resume(session: KeyingSession, db: Database) -> None:
    assert session.section.section.status is SectionStatus.KEYING
    assert sections.resume_candidate(db) == session.section
    assert session.resume_at() == 1


def test_save_then_edit_same_number(session: KeyingSession) -> None:
    first = session.save(line(1)).value
    edited = session.save(line(1, "Ruíz")).value
    assert edited.id == first.id and edited.version == 2
    assert [s.line.last_name for s in session.saved_lines()] == ["Ruíz"]
    assert session.resume_at() == 2


def test_undo_and_redo_across_saved_changes(
    session: KeyingSession, ws: Workspace, actor: Actor
) -> None:
    session.save(line(1))
    session.save(line(2))
    session.save(line(2, "Cruz"))
    assert session.history.undo_label() == Message("step.edit", {"line": 2})
    keying.undo(ws, actor, session.history)
    assert session.line(2).line.last_name == "Ruiz"  # type: ignore[union-attr]
    keying.undo(ws, actor, session.history)
    assert session.line(2) is None
    keying.redo(ws, actor, session.history)
    assert session.line(2).line.last_name == "Ruiz"  # type: ignore[union-attr]
    keying.redo(ws, actor, session.history)
    assert session.line(2).line.last_name == "Cruz"  # type: ignore[union-attr]
    assert not session.history.can_redo()
    saved = session.line(2)
    assert saved is not None
    found = reasons(ws.db, saved.line.uuid)
    assert Message("undo.edit", {"line": 2}) in found
    assert Message("redo.accept", {"line": 2}) in found


def test_a_new_save_clears_redo(session: KeyingSession, ws: Workspace, actor: Actor) -> None:
    session.save(line(1))
    keying.undo(ws, actor, session.history)
    session.save(line(1, "Other"))
    assert not session.history.can_redo()


def test_blank_and_struck_in_one_step(session: KeyingSession) -> None:
    session.mark(1, LineMark.BLANK)
    stored = session.mark(2, LineMark.STRUCK).value
    assert stored.line.mark is LineMark.STRUCK and stored.findings == ()


def test_closing_with_differing_totals_needs_a_reason(session: KeyingSession, db: Database) -> None:
    session.save(line(1))
    with pytest.raises(TotalsMismatch) as refused:
        session.close()
    assert refused.value.message == Message("close.totals_differ", {"keyed": 1, "declared": 3})
    session.close("last two lines torn off")
    assert session.section.section.status is SectionStatus.KEYED
    entry = audit.history(db, session.section.section.uuid)[-1]
    assert entry.reason == Message(
        "audit.closed_totals_differ",
        {"keyed": 1, "declared": 3, "reason": "last two lines torn off"},
    )
    assert sections.resume_candidate(db) is None


def test_closing_with_matching_totals(session: KeyingSession) -> None:
    for n in (1, 2, 3):
        session.save(line(n))
    session.close()
    assert session.section.section.status is SectionStatus.KEYED


def test_rows_grow_past_the_declared_count(session: KeyingSession) -> None:
    session.save(line(5))
    assert session.row_count() == 5


def test_find_by_serial_name_and_address(session: KeyingSession, db: Database) -> None:
    session.save(SignatureLine(1, "José", "Muñoz", "1520", "North Lake Avenue", "", "", "91104"))
    assert [h.serial for h in search.find(db, "PAS-00")] == ["PAS-0042"]
    for query in ("munoz", "Muñoz, José", "jose munoz", "1520 N Lake Ave", "1520 n lake"):
        hits = search.find(db, query)
        assert [(h.serial, h.line_number) for h in hits] == [("PAS-0042", 1)], query
    assert search.find(db, "nobody") == [] and search.find(db, " ") == []


def test_section_filters_and_pages(session: KeyingSession, db: Database) -> None:
    f = sections.SectionFilter(status=SectionStatus.KEYING)
    assert sections.count_sections(db, f) == 1
    assert sections.count_sections(db, sections.SectionFilter(serial="PAS-00")) == 1
    assert sections.count_sections(db, sections.SectionFilter(serial="X")) == 0
    assert [s.section.serial for s in sections.section_page(db, f)] == ["PAS-0042"]
