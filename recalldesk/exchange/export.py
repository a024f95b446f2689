"""The campaign workbook a coordinator opens: Summary, Sections, Signatures.

The Summary is built with openpyxl (formatting, small tables); the big data
sheets are streamed by :mod:`xlsx_stream` into the same file, because
openpyxl alone manages only a few thousand rows a second at this scale.
Everything is read in one database snapshot, so the figures on the Summary
match the rows on the data sheets even while volunteers keep keying.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from recalldesk import __version__
from recalldesk.core.figures import Figures
from recalldesk.core.progress import progress_of
from recalldesk.core.projection import sample_size
from recalldesk.core.records import Campaign
from recalldesk.core.rules import RULES
from recalldesk.core.work import Cancelled, IsCancelled, Progress
from recalldesk.exchange.transport import encrypted_write
from recalldesk.exchange.xlsx_cells import FONT_NAME
from recalldesk.exchange.xlsx_stream import (
    Column,
    StreamedSheet,
    set_up_printing,
    write_literal,
    write_workbook,
)


class _Label(str):
    """A word of the workbook itself (a header, a Summary label): said in the user's
    language through :attr:`ExportTexts.word`; data is never translated."""

    __slots__ = ()


def _x(text: str) -> _Label:
    """Mark a workbook word (context "Export", found by scripts/translations.py)."""
    return _Label(text)


@dataclass(frozen=True, slots=True)
class ExportTexts:
    """The words the workbook needs from its caller (who words them in the user's language)."""

    meaning: Callable[[str], str]  # a problem code's meaning
    yes: str = "Yes"
    no: str = "No"
    word: Callable[[str], str] | None = None  # a header or label (context "Export")

    def said(self, value: object) -> object:
        """``value`` in the user's language when it is a workbook word, else as it is."""
        if isinstance(value, _Label) and self.word is not None:
            return self.word(str(value))
        return value


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    sections: int
    lines: int
    figures: Figures


SECTION_COLUMNS = (
    Column(_x("Section UUID"), "text", 38), Column(_x("Serial"), "text", 14),
    Column(_x("Office"), "text", 10), Column(_x("Circulator"), "text", 24),
    Column(_x("Circulator address"), "text", 36), Column(_x("Declared lines"), "int", 10),
    Column(_x("Keyed lines"), "int", 10), Column(_x("Circulated from"), "date", 12),
    Column(_x("Circulated to"), "date", 12), Column(_x("Declaration signed"), "bool", 10),
    Column(_x("Declaration dated"), "bool", 10), Column(_x("Declaration place"), "bool", 10),
    Column(_x("Received"), "date", 12), Column(_x("Status"), "text", 10),
    Column(_x("Problems"), "text", 36), Column(_x("Void or at risk"), "bool", 10),
    Column(_x("Why totals differ"), "text", 30),
    Column(_x("Version"), "int", 8), Column(_x("Updated (UTC)"), "datetime", 18),
)  # fmt: skip

LINE_COLUMNS = (
    Column(_x("Line UUID"), "text", 38), Column(_x("Serial"), "text", 14),
    Column(_x("Office"), "text", 10), Column(_x("Line"), "int", 6),
    Column(_x("First name"), "text", 16), Column(_x("Last name"), "text", 18),
    Column(_x("Street no."), "text", 9), Column(_x("Street"), "text", 24),
    Column(_x("Unit"), "text", 8),
    Column(_x("City"), "text", 18), Column(_x("ZIP"), "text", 8), Column(_x("Signed"), "text", 8),
    Column(_x("Mark"), "text", 10), Column(_x("Problems"), "text", 36),
    Column(_x("Severity"), "text", 9), Column(_x("Keyed by"), "text", 14),
    Column(_x("Keyed at (UTC)"), "datetime", 18), Column(_x("Version"), "int", 8),
)  # fmt: skip


def _said(columns: tuple[Column, ...], texts: ExportTexts) -> tuple[Column, ...]:
    """The columns with their headers in the user's language."""
    return tuple(replace(c, header=str(texts.said(c.header))) for c in columns)


def _date(value: object) -> object:
    return date.fromisoformat(value) if isinstance(value, str) and value else None


def _stamp(value: object) -> object:
    """Our UTC stamps ("…Z") as naive datetimes: Excel has no time zones (headers say UTC)."""
    if isinstance(value, str) and value:
        return datetime.fromisoformat(value[:-1] if value.endswith("Z") else value)
    return None


def _section_rows(
    rows: Iterable[tuple[object, ...]], texts: ExportTexts
) -> Iterator[tuple[object, ...]]:
    # Yes/No as text: TRUE/FALSE cells show as TRUE in one reader and 1 in another.
    yes_no = (texts.no, texts.yes)
    for r in rows:
        yield (
            *r[:7], _date(r[7]), _date(r[8]), yes_no[bool(r[9])], yes_no[bool(r[10])],
            yes_no[bool(r[11])], _date(r[12]), r[13], r[14], yes_no[bool(r[15])], r[16], r[17],
            _stamp(r[18]),
        )  # fmt: skip


def _line_rows(
    rows: Iterable[tuple[object, ...]], texts: ExportTexts
) -> Iterator[tuple[object, ...]]:
    yes_no = (texts.no, texts.yes)
    for r in rows:
        yield (*r[:11], yes_no[bool(r[11])], *r[12:16], _stamp(r[16]), r[17])


# (operator, office, lines keyed, keying hours, lines per hour, fields in error per
# 1,000 or None, lines corrected later): ops.keying_stats, as the Statistics window.
OperatorRow = tuple[str, str, int, float, float | None, float | None, int]


def _summary_builder(
    campaign: Campaign,
    figures: Figures,
    today: date,
    office: str,
    texts: ExportTexts,
    operators: Sequence[OperatorRow] = (),
) -> Callable[[Workbook], None]:
    meaning = texts.meaning

    def build(wb: Workbook) -> None:
        ws = wb.create_sheet("Summary")  # sheet names stay: scripts find them
        set_up_printing(ws, repeat_header=False)
        ws.column_dimensions["A"].width = 44
        ws.column_dimensions["B"].width = 18
        for col in "CDEF":
            ws.column_dimensions[col].width = 16
        ws.column_dimensions["E"].width = 70
        plain = Font(name=FONT_NAME)
        bold = Font(name=FONT_NAME, bold=True)
        row = 1

        def put(*values: object, heading: bool = False) -> None:
            nonlocal row
            for col, value in enumerate(map(texts.said, values), start=1):
                cell = ws.cell(row=row, column=col)
                write_literal(cell, value)
                if isinstance(value, date) and not isinstance(value, datetime):
                    cell.number_format = "yyyy-mm-dd"
                elif isinstance(value, float):
                    cell.number_format = "0.0%"
                elif isinstance(value, int) and not isinstance(value, bool):
                    cell.number_format = "#,##0"
                cell.font = bold if heading else plain
            row += 1

        progress = progress_of(campaign, figures.tally, today)
        ws.cell(row=1, column=1).font = Font(name=FONT_NAME, bold=True, size=14)
        put(campaign.name)
        put(_x("Jurisdiction"), campaign.jurisdiction)
        put(_x("Workbook of"), office or _x("this database"))
        put(_x("Generated"), datetime.now().replace(microsecond=0))
        ws.cell(row=row - 1, column=2).number_format = "yyyy-mm-dd hh:mm"
        put(_x("RecallDesk version"), __version__)
        row += 1
        put(_x("Progress against the requirement"), heading=True)
        put(_x("Valid signatures required"), campaign.required_signatures)
        put(_x("Filing deadline"), campaign.filing_deadline)
        put(_x("Days to the deadline"), progress.days_left)
        put(_x("Lines keyed"), figures.total_lines)
        put(_x("Blank or struck lines (not signatures)"), figures.blank_or_struck)
        put(_x("Raw signatures"), figures.raw_signatures)
        put(_x("Signatures our checks rule out"), figures.lines_with_errors)
        put(_x("Other signatures on void or at-risk sections"), figures.lines_in_void_sections)
        put(_x("Signed more than once (confirmed repeats, not counted)"), figures.repeats)
        put(_x("Clean signatures"), progress.clean)
        put(_x("Estimated valid (conservative)"), progress.estimated_valid)
        put(_x("Estimated share of the requirement"), progress.share_of_requirement)
        unreachable = _x("not reachable: no clean signatures yet")
        needed, still = progress.raw_needed, progress.raw_still_needed
        put(_x("Raw signatures needed at this rate"), unreachable if needed is None else needed)
        put(_x("Raw signatures still needed"), unreachable if still is None else still)
        put(
            _x("Registrar's random sample at this raw count"),
            sample_size(figures.raw_signatures, campaign),
        )
        note = ws.cell(row=row, column=1)
        explained = _x(
            "The estimate applies the campaign's assumed validity ({validity}) to clean "
            "signatures only, as if the registrar's own checks (registration, signature "
            "match) were still to remove their usual share. It is deliberately low: the "
            "registrar's sample decides."
        )
        write_literal(
            note, str(texts.said(explained)).format(validity=f"{campaign.assumed_validity:.2%}")
        )
        note.alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=5)
        ws.row_dimensions[row].height = 45
        row += 2

        def put_codes(title: str, unit: str, counts: dict[str, int]) -> None:
            nonlocal row
            put(title, unit, _x("Severity"), _x("Legal basis"), _x("Meaning"), heading=True)
            for code, n in sorted(counts.items(), key=lambda kv: -kv[1]):
                rule = RULES.get(code)
                put(code, n, str(rule.severity) if rule else "", rule.basis if rule else "",
                    meaning(code))  # fmt: skip
            row += 1

        put_codes(_x("Lines with problems, by code"), _x("Lines"), figures.problems_by_code)
        put(_x("Sections by status"), _x("Sections"), heading=True)
        for status, n in sorted(figures.sections_by_status.items()):
            put(status, n)
        put(_x("All sections"), figures.sections)
        put(_x("Void or at-risk sections"), figures.voided_sections)
        row += 1
        put_codes(_x("Section problems, by code"), _x("Sections"), figures.section_problems_by_code)
        put(_x("Office"), _x("Sections"), _x("Lines"), heading=True)
        for office_figures in figures.offices:
            put(
                f"{office_figures.code} — {office_figures.name}",
                office_figures.sections,
                office_figures.lines,
            )
        row += 1
        put(_x("Lines keyed by day"), _x("Lines"), heading=True)
        for day, n in figures.lines_by_day.items():
            put(date.fromisoformat(day), n)
        if operators:
            row += 1
            put(_x("Keying by operator"), _x("Office"), _x("Lines keyed"), _x("Keying time (h:mm)"),
                _x("Lines per hour"), _x("Fields in error per 1,000"), _x("Corrected later"),
                heading=True)  # fmt: skip
            for name, code, count, hours, speed, errors, fixed in operators:
                minutes = round(hours * 60)  # (a float cell here would read as a percentage)
                put(name, code, count, f"{minutes // 60}:{minutes % 60:02d}",
                    "" if speed is None else round(speed),
                    "" if errors is None else f"{errors:.1f}", fixed)  # fmt: skip

    return build


def write_campaign_workbook(
    out: Path,
    campaign: Campaign,
    figures: Figures,
    sections: tuple[Iterable[tuple[object, ...]], int],
    lines: tuple[Iterable[tuple[object, ...]], int],
    *,
    office: str,
    texts: ExportTexts,
    today: date,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    max_rows_per_sheet: int = 1_048_576,
    password: str | None = None,
    operators: Sequence[OperatorRow] = (),
) -> ExportResult:
    """Write the campaign workbook to ``out`` (atomically; protected by ``password`` as
    Excel protects a workbook, when given: exchange.transport); returns what was written.

    ``sections`` and ``lines`` are the rows (as ``store.stats`` streams them)
    and their counts, read in the same snapshot as ``figures``. ``texts``
    words what the file says beyond the data (problem codes' meaning, Yes/No).
    ``progress(done, total)`` is called as rows stream; when ``cancelled()``
    turns true the export stops with :class:`Cancelled` and ``out`` is left
    untouched.
    """
    (section_rows, n_sections), (line_rows, n_lines) = sections, lines
    total = n_sections + n_lines

    def on_rows(done: int) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(min(done, total), total)

    sheets = [
        StreamedSheet("Sections", _said(SECTION_COLUMNS, texts), _section_rows(section_rows, texts),
                      n_sections),
        StreamedSheet("Signatures", _said(LINE_COLUMNS, texts), _line_rows(line_rows, texts),
                      n_lines),
    ]  # fmt: skip
    with encrypted_write(out, password) as handle:
        write_workbook(
            handle,
            _summary_builder(campaign, figures, today, office, texts, operators),
            sheets,
            max_rows_per_sheet=max_rows_per_sheet,
            progress=on_rows,
        )
    if progress is not None:
        progress(total, total)
    return ExportResult(Path(out), n_sections, n_lines, figures)
