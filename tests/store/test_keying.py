"""A keying session without Qt: save, edit, marks, undo/redo, totals, resume."""

from datetime import date

import pytest

from recalldesk.core.records import LineMark, Section, SectionStatus, SignatureLine
from recalldesk.core.zipdata import ZipTable
from recalldesk.store import audit, people, search, sections
from recalldesk.store.audit import Actor
from recalldesk.store.campaign import get_campaign
from recalldesk.store.connection import Database
from recalldesk.store.keying import KeyingSession, TotalsMismatch


@pytest.fixture
def session(db: Database, actor: Actor, zips: ZipTable) -> KeyingSession:
    campaign = get_campaign(db)
    assert campaign is not None
    office_id = people.list_offices(db)[0].id
    full = Section("PAS-0042", 3, circulated_from=date(2022, 2, 1),
                   circulated_to=date(2022, 2, 3), declaration_signed=True,
                   declaration_dated=True, declaration_place=True)  # fmt: skip
    stored = sections.add_section(db, actor, campaign, full, office_id, None)
    return KeyingSession(db, zips, actor, stored.id)


def line(n: int, last: str = "Ruiz") -> SignatureLine:
    return SignatureLine(n, "Ana", last, "12", "Oak St", "", "Pasadena", "91101")


def test_opening_starts_keying_and_remembers_resume(session: KeyingSession, db: Database) -> None:
    assert session.section.section.status is SectionStatus.KEYING
    assert sections.resume_candidate(db) == session.section
    assert session.resume_at() == 1


def test_save_then_edit_same_number(session: KeyingSession) -> None:
    first = session.save(line(1))
    edited = session.save(line(1, "Ruíz"))
    assert edited.id == first.id and edited.version == 2
    assert [s.line.last_name for s in session.saved_lines()] == ["Ruíz"]
    assert session.resume_at() == 2


def test_undo_and_redo_across_saved_changes(session: KeyingSession, actor: Actor) -> None:
    session.save(line(1))
    session.save(line(2))
    session.save(line(2, "Cruz"))
    assert session.history.undo_label() == "editing line 2"
    session.history.undo(actor)
    assert session.line(2).line.last_name == "Ruiz"  # type: ignore[union-attr]
    session.history.undo(actor)
    assert session.line(2) is None
    session.history.redo(actor)
    assert session.line(2).line.last_name == "Ruiz"  # type: ignore[union-attr]
    session.history.redo(actor)
    assert session.line(2).line.last_name == "Cruz"  # type: ignore[union-attr]
    assert not session.history.can_redo()
    saved = session.line(2)
    assert saved is not None
    reasons = [e.reason for e in audit.history(session.db, saved.line.uuid)]
    assert "undo editing line 2" in reasons and "redo saving line 2" in reasons


def test_a_new_save_clears_redo(session: KeyingSession, actor: Actor) -> None:
    session.save(line(1))
    session.history.undo(actor)
    session.save(line(1, "Other"))
    assert not session.history.can_redo()


def test_blank_and_struck_in_one_step(session: KeyingSession) -> None:
    session.mark(1, LineMark.BLANK)
    stored = session.mark(2, LineMark.STRUCK)
    assert stored.line.mark is LineMark.STRUCK and stored.findings == ()


def test_closing_with_differing_totals_needs_a_reason(session: KeyingSession) -> None:
    session.save(line(1))
    with pytest.raises(TotalsMismatch):
        session.close()
    session.close("last two lines torn off")
    assert session.section.section.status is SectionStatus.KEYED
    entry = audit.history(session.db, session.section.section.uuid)[-1]
    assert entry.reason == "totals differ (1 keyed, 3 declared): last two lines torn off"
    assert sections.resume_candidate(session.db) is None


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
