"""The county voter file tried as an attacker and a careless coordinator would (an
independent review's findings, each reproduced here before it was fixed): hostile and
malformed files, the two readers agreeing, stale verdicts, purges, paths."""

from __future__ import annotations

import os
import shutil
import threading
import tracemalloc
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from recalldesk.core.messages import MessageError
from recalldesk.core.predicted import Category
from recalldesk.core.records import Actor, SignatureLine
from recalldesk.core.voter_file import DEMO_PRESET, VoterRowError, parse_date
from recalldesk.ops import voter_figures, voter_match, voters
from recalldesk.ops.base import OpRefused
from recalldesk.ops.workspace import Workspace
from recalldesk.store.connection import open_database
from recalldesk.wording.say import say
from tests.ops.test_sample import central, key_lines
from tests.ops.test_voter_match import SIGNERS, VOTERS, elm
from tests.ops.test_voters import HEADER, voter, write

pyarrow = pytest.importorskip("pyarrow")
__all__ = ["central"]


def text_of(rows: list[list[str]], header: list[str] = HEADER, sep: str = "\t") -> str:
    return "\n".join(sep.join(r) for r in [header, *rows]) + "\n"


def outcome(ws: Workspace, actor: Actor, path: Path, mapping=DEMO_PRESET, **kw):  # type: ignore[no-untyped-def]
    """What an import did: ("ok", voters, refused, [(line, code)], stored rows) or
    ("refused", code, why)."""
    try:
        done = voters.import_voters(ws, actor, path, mapping, **kw).value
    except OpRefused as error:
        return ("refused", error.message.code, error.message.params.get("why"))
    stored = [
        tuple(r)
        for r in ws.db.query(
            "SELECT voter_id, first, middle, last, surname, suffix, number, street, street_core, "
            "unit, zip5, city, status, registered_on, ka, kn FROM voter ORDER BY voter_id"
        )
    ]
    return (
        "ok",
        done.voters,
        done.file.refused_rows,
        [(p.line, p.code) for p in done.problems],
        stored,
    )


READERS = ["columns", "rows", "process"]


def read_with(reader: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, bool]:
    if reader == "process":  # the > 32 MB path, on a small file
        from recalldesk.ops import voter_load

        monkeypatch.setattr(voter_load, "PROCESS_FROM", 0)
    return {"force_rows": reader == "rows"}


# --- 1. An unterminated quote silently swallows the rest of the file -----------------------


@pytest.mark.parametrize("reader", READERS)
def test_an_unterminated_quote_never_swallows_the_rows_after_it(
    central: Workspace, actor: Actor, tmp_path: Path, reader: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stray opening quote (``"Ana``) makes both readers read the rest of the file as one
    field: the import SUCCEEDS with 5 voters of 50 and "1 row refused" (the column reader
    does the same up to the end of its 4 MB block: a 27 MB file lost its last 20,000
    voters in the review). Correct: refuse the file naming the line of the quote (or read
    every other row); never import with rows silently missing."""
    rows = [voter(n) for n in range(1, 51)]
    rows[5] = voter(6, FirstName='"Ana')
    path = tmp_path / "v.tsv"
    path.write_text(text_of(rows))
    found = outcome(central, actor, path, **read_with(reader, monkeypatch))
    if found[0] == "ok":
        assert found[1] + found[2] == 50, f"{50 - found[1] - found[2]} rows vanished: {found[:4]}"


def test_an_unterminated_quote_in_a_2mb_file_loses_nothing(
    central: Workspace, actor: Actor, tmp_path: Path
) -> None:
    """30,000 rows, a stray quote on line 102: the column reader imports 100 voters and
    reports one refused row; 29,899 voters are gone without a word. Correct: refused."""
    rows = [voter(n) for n in range(1, 30001)]
    rows[100] = voter(101, FirstName='"Ana')
    path = tmp_path / "v.tsv"
    path.write_text(text_of(rows))
    found = outcome(central, actor, path)
    if found[0] == "ok":
        assert found[1] + found[2] == 30000, found[:4]


# --- 2. The column reader's bookkeeping of skipped lines: quadratic time, unbounded memory --


def test_line_numbers_of_refused_rows_are_found_by_search_not_by_walking() -> None:
    """``_line_of`` walked every skipped (short/long/blank) line for each refused row:
    10,000 short rows interleaved with 10,000 bad-ZIP rows took ~4 s, a 30 MB file of such
    pairs hours. Now a few binary searches: the same numbers as walking, and the search
    touches O(log n) skipped lines, not all of them."""
    from array import array

    from recalldesk.exchange import voter_columns

    skipped = array("q", range(3, 200_003, 2))  # every other line from line 3 on left out

    def walked(row: int) -> int:  # the old way, for the expected answer
        line = row + 2
        for s in skipped:
            if s <= line:
                line += 1
        return line

    calls = []
    real = voter_columns.bisect.bisect_right

    def counted(a, x):  # type: ignore[no-untyped-def]
        calls.append(x)
        return real(a, x)

    for row in (0, 1, 5, 999, 54_321, 99_998):
        calls.clear()
        voter_columns.bisect.bisect_right = counted  # type: ignore[assignment]
        try:
            found = voter_columns._line_of(row, skipped)
        finally:
            voter_columns.bisect.bisect_right = real  # type: ignore[assignment]
        assert found == walked(row), row
        assert len(calls) <= 40, (row, len(calls))


def test_blank_lines_do_not_cost_memory_in_the_column_reader(tmp_path: Path) -> None:
    """``ColumnProblems._skipped`` keeps every skipped physical line (blank ones too) as an
    int: a 30 MB file of blank lines took 1.7 GB and 97 s (row reader: 140 MB, 21 s); a
    300 MB one in the spawned process would need ~17 GB. Correct: memory bounded whatever
    the file holds (blank lines need no bookkeeping, others at most a count)."""
    from recalldesk.exchange.voter_columns import ColumnProblems, read_voter_columns

    path = tmp_path / "v.tsv"
    path.write_bytes(text_of([voter(1)]).encode() + b"\n" * 600_000 + b"LA9\tx\n")
    problems = ColumnProblems(limit=20)
    tracemalloc.start()
    try:
        for _ in read_voter_columns(
            path, HEADER, DEMO_PRESET, "utf-8", "\t", problems, quoted=False
        ):
            pass
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8 << 20, f"peak {peak >> 20} MB for 600,000 blank lines"


# --- 3. No bound on a line's length once the file holds a quote character -----------------


def test_a_header_of_a_million_columns_is_refused_when_the_file_holds_a_quote(
    central: Workspace, actor: Actor, tmp_path: Path
) -> None:
    """The 64 KB line limit applies only to files with no ``"`` anywhere (voter_text
    ``_split_lines``). One quote anywhere and the csv path takes any line: a 20 MB header
    of tabs gave the mapping dialog's preview a 20,971,536-column header (16 combo boxes
    filled with it on the GUI thread) and took 30 s / 3.7 GB in the column reader; the row
    reader IMPORTS the file. Correct: a line longer than a voter record could be refuses
    the file (preview and import), quoted or not."""
    path = tmp_path / "v.tsv"
    path.write_text(
        "\t".join(HEADER)
        + "\t" * 1_000_000
        + "\n"
        + text_of([voter(1), voter(2, LastName='O"Brien')]).split("\n", 1)[1]
    )
    from recalldesk.ops.voter_preview import preview

    with pytest.raises(MessageError):
        preview(path)
    assert outcome(central, actor, path, force_rows=True)[0] == "refused"


def test_a_field_longer_than_a_record_refuses_the_file_in_both_readers(
    central: Workspace, actor: Actor, tmp_path: Path
) -> None:
    """A 200 KB (or 5 MB) city: the row reader refuses the file (line too long), the
    column reader imports it and stores the 5 MB string. Correct: the same verdict from
    both readers (refused, as voter_text's docstring promises)."""
    path = write(tmp_path / "v.tsv", [voter(1), voter(2, City="Y" * 200_000)])
    assert outcome(central, actor, path)[0] == outcome(central, actor, path, force_rows=True)[0]


# --- 4. A refused file's message shows a code, not what is wrong --------------------------


def test_a_whole_file_refusal_says_what_is_wrong_and_where(
    central: Workspace, actor: Actor, tmp_path: Path
) -> None:
    """ops/voters.py ``raise refuse("voters.refused", ..., why=error.message.code)`` keeps
    only the code: the coordinator reads "The voter file v.tsv was not imported
    (voters.no_column); nothing changed." (likewise voters.malformed, voters.encoding,
    file.missing...), the column, line and detail dropped. Correct: the worded reason,
    e.g. "the file has no column “ZIP5” (mapped to zip)"."""
    path = write(tmp_path / "v.tsv", [voter(1)])
    wrong = replace(DEMO_PRESET, columns={**DEMO_PRESET.columns, "zip": "ZIP5"})
    with pytest.raises(OpRefused) as refused:
        voters.import_voters(central, actor, path, wrong)
    text = say(refused.value.message)
    assert "voters.no_column" not in text and "ZIP5" in text, text


# --- 5. A voter listed twice makes a repeat signature count as valid ----------------------


def test_a_voter_listed_twice_does_not_make_a_repeat_signature_valid(
    central: Workspace, actor: Actor, tmp_path: Path
) -> None:
    """Duplicate voter ids are imported silently (no unique check, no problem reported).
    Ana Ruiz listed twice (same id LA0000001): her two lines each fit two voters
    (candidates = 2), so neither is "certain" and both count VALID (3 valid of 3 lines,
    where one voter once gives 2 valid + 1 signed more than once): an overestimate.
    Correct: refuse/report a file with duplicate voter ids, or treat rows of one voter id
    as one voter."""
    session = key_lines(central, actor, "PAS-0001", ["Ana Ruiz", "Bob Smith"])
    session.save(SignatureLine(3, "Ana", "Ruiz", "101", "Elm St", "", "", "91104"))
    path = write(
        tmp_path / "v.tsv", [elm(1, "ANA", "RUIZ"), elm(2, "BOB", "SMITH"), elm(1, "ANA", "RUIZ")]
    )
    try:
        voters.import_voters(central, actor, path, DEMO_PRESET)
    except OpRefused:
        return  # refusing the duplicate ids is one correct answer
    voter_match.match_lines(central, actor)
    counts = voter_figures.predicted(central).drive.counts
    assert counts.get(Category.VALID) == 2 and counts.get(Category.SIGNED_MORE_THAN_ONCE) == 1, (
        counts
    )


# --- 6. Windows-1252 files refused as "neither UTF-8 nor Windows-1252" --------------------


@pytest.mark.parametrize("force_rows", [False, True], ids=["columns", "rows"])
def test_a_windows_1252_file_whose_first_accent_is_past_the_first_megabyte_is_read(
    central: Workspace, actor: Actor, tmp_path: Path, force_rows: bool
) -> None:
    """encoding_of sniffs only the first 1 MB: a cp1252 county file whose first accented
    name is on row 15,001 is read as UTF-8 and refused "the file's text is neither UTF-8
    nor Windows-1252" - it IS Windows-1252. Correct: imported (José read as jose)."""
    rows = [voter(n) for n in range(1, 15001)] + [voter(15001, FirstName="José")]
    path = write(tmp_path / "v.tsv", rows, encoding="cp1252")
    assert path.stat().st_size > 1 << 20
    found = outcome(central, actor, path, force_rows=force_rows)
    assert found[0] == "ok", found


def test_a_small_windows_1252_file_ending_in_an_accent_is_read(
    central: Workspace, actor: Actor, tmp_path: Path
) -> None:
    """voter_text.encoding_of forgives a decoding error in the last 4 bytes of the sniff
    ("a character cut at the sniff's end") even when the sniff read the WHOLE file: a
    small cp1252 file whose only accent is in its last bytes (last column City, "SAN JOSÉ")
    is taken for UTF-8 and refused. Correct: only forgive the cut when 1 MB was read."""
    order = [h for h in HEADER if h != "City"] + ["City"]
    rows = [[dict(zip(HEADER, voter(n), strict=True))[h] for h in order] for n in range(1, 5)]
    rows.append([dict(zip(HEADER, voter(5, City="SAN JOSÉ"), strict=True))[h] for h in order])
    path = tmp_path / "v.tsv"
    path.write_bytes(text_of(rows, header=order).encode("cp1252"))
    assert outcome(central, actor, path)[0] == "ok"


# --- 7. The two readers disagree -----------------------------------------------------------


def _cases() -> dict[str, bytes]:
    good = [voter(n) for n in range(1, 21)]
    late = [voter(n) for n in range(1, 15001)]
    notes = [*HEADER, "Notes"]
    return {
        # a trailing unmapped column some rows leave off: columns refuse all as short rows
        "fewer_columns_than_header": text_of(good, header=notes).encode(),
        # a stray extra column: columns refuse it (long_row), rows import it
        "more_columns_than_header": text_of([*good, [*voter(21), "x"]]).encode(),
        # a line of spaces: columns skip it as blank, rows refuse it (short_row)
        "whitespace_line": (
            text_of(good[:3]) + "   \n" + text_of(good[3:]).split("\n", 1)[1]
        ).encode(),
        # Arabic-Indic / fullwidth digits: rows take them as a ZIP; columns refuse them with
        # the wrong reason "voters.bad_date" naming a valid date
        "unicode_digit_zip": text_of(
            [*good, voter(21, Zip="٩١١٠٤"), voter(22, Zip="９１１０４")]
        ).encode(),
        # invalid UTF-8 after the first MB in a column the mapping leaves out: rows refuse
        # the file, columns import it
        "bad_utf8_in_unmapped_column_late": (
            "\n".join("\t".join(r) for r in [notes, *[[*r, "n"] for r in late]]) + "\n"
        ).encode()
        + b"\t".join(x.encode() for x in voter(15001))
        + b"\t\xff\n",
        # header only, no newline: columns say "malformed", rows "none read"
        "header_only_without_newline": "\t".join(HEADER).encode(),
        # a quoted field with a line break: the column reader names the NEXT bad row one
        # line too early (22 for line 23)
        "bad_row_after_a_multiline_record": text_of(
            [*good[:5], voter(6, FirstName='"An\na"'), *good[6:], voter(21, Zip="x")]
        ).encode(),
        # a lone quote field: rows name line 13 (the record's end), columns line 12
        "lone_quote_near_the_end": text_of([*good[:10], voter(11, Unit='"'), voter(12)]).encode(),
    }


@pytest.mark.parametrize("case", list(_cases()))
def test_both_readers_give_the_same_result(
    central: Workspace, actor: Actor, tmp_path: Path, case: str
) -> None:
    """exchange/voter_columns.py says "The same file read row by row gives the same rows: a
    test holds the two readers to it" - these files do not. Correct: the same voters, the
    same refused count, the same (line, code) problems, the same refusal."""
    path = tmp_path / f"{case}.tsv"
    path.write_bytes(_cases()[case])
    by_columns = outcome(central, actor, path)
    by_rows = outcome(central, actor, path, force_rows=True)
    assert by_columns[:4] == by_rows[:4]
    assert by_columns == by_rows


# --- 8. A UTF-16 file (Excel's "Unicode Text") -------------------------------------------


def test_a_utf16_file_is_read_or_refused_for_its_encoding(tmp_path: Path) -> None:
    """A UTF-16 file (BOM FF FE) fails the UTF-8 sniff and is read as Windows-1252: the
    preview shows a header of "ÿþV\\x00o\\x00t..." and the import says "the file has no
    column “VoterID”: check the mapping". Correct: read it as UTF-16, or refuse it
    naming the encoding (voters.encoding)."""
    from recalldesk.ops.voter_preview import preview

    path = tmp_path / "v.txt"
    path.write_bytes(text_of([voter(1), voter(2)]).encode("utf-16"))
    try:
        seen = preview(path)
    except MessageError as error:
        assert error.message.code == "voters.encoding"
        return
    assert seen.header == HEADER, seen.header[:3]


# --- 9. The second matching process cannot open a database whose path has '#' or '?' -----


def test_a_full_match_split_in_two_works_in_a_folder_named_with_a_hash(
    central: Workspace, actor: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """store/voter_match.py ``match_reader`` opens f"file:{path}?mode=ro" with the raw path:
    in a folder like "Recall #2" (or with '?', or '%41') the URI names another file and
    every full match of >= 100,000 lines fails ("no such table: voter"). Correct: the
    path quoted (pathlib's as_uri(), or urllib.parse.quote) and the match done."""
    key_lines(central, actor, "PAS-0001", SIGNERS)
    voters.import_voters(central, actor, write(tmp_path / "v.tsv", VOTERS), DEMO_PRESET)
    central.db.checkpoint("TRUNCATE")
    folder = tmp_path / "Recall #2"
    folder.mkdir()
    target = folder / central.db.path.name
    shutil.copy(central.db.path, target)
    db = open_database(target)
    try:
        monkeypatch.setattr(voter_match, "PARALLEL_FROM", 2)
        monkeypatch.setattr(voter_match, "BATCH", 2)
        assert voter_match.match_lines(Workspace(db), actor, full=True).value.lines == 5
    finally:
        db.close()


# --- 10. Provenance: the hash is of the bytes hashed, not of the bytes imported ----------


def test_the_recorded_sha256_is_that_of_the_bytes_imported(
    central: Workspace, actor: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file is read three times (hashed, header, rows). A file replaced between the
    hash and the reading (a sync client, a re-download) is imported with the size and
    SHA-256 of the OTHER content: the 2 CCR 19003 provenance is false. Correct: hash the
    bytes as they are read, or check size/hash again after reading and refuse if changed."""
    path = write(tmp_path / "v.tsv", [voter(1), voter(2)])
    original = voters._size_and_digest

    def then_changed(p: Path, *args, **kwargs):  # type: ignore[no-untyped-def]
        found = original(p, *args, **kwargs)
        write(p, [voter(n) for n in range(1, 40)])  # the file changes after its hash
        return found

    monkeypatch.setattr(voters, "_size_and_digest", then_changed)
    try:
        done = voters.import_voters(central, actor, path, DEMO_PRESET).value
    except OpRefused:
        return  # refusing a file that changed while read is correct too
    import hashlib

    assert done.file.sha256 == hashlib.sha256(path.read_bytes()).hexdigest(), (
        f"{done.voters} voters stored under the hash of a 2-voter file"
    )


# --- 11. A purge leaves the voter file in the backups ---------------------------------------


def test_a_purge_leaves_no_voter_in_the_backups(
    ws: Workspace, actor: Actor, tmp_path: Path
) -> None:
    """A field office holding a copy takes a backup before every sync (and daily): each one
    holds the whole voter table. ``purge`` (and turning the office copy off) scrubs the
    database only; the voters stay in backups/*.sqlite3 (and come back with a restore).
    Correct: a purge removes the voter file from the backups too (or backups never hold
    it)."""
    from recalldesk.ops.backups import take_backup

    voters.set_office_copy(ws, actor, True)
    voters.import_voters(
        ws,
        actor,
        write(tmp_path / "voters.tsv", [*VOTERS, elm(9, "ZEBULON", "QUIXOTE")]),
        DEMO_PRESET,
    )
    take_backup(ws, "before-sync")
    voters.purge(ws, actor)
    ws.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    holding = [
        p.name
        for p in ws.path.parent.rglob("*")
        if p.is_file() and p.suffix != ".tsv" and b"QUIXOTE" in p.read_bytes().upper()
    ]
    assert holding == []


# --- 13. Unbounded process-wide caches -----------------------------------------------------


def test_the_normalization_caches_are_bounded(
    central: Workspace, actor: Actor, tmp_path: Path
) -> None:
    """core/matching/record.py ``sound`` and ``_street_core`` are ``functools.cache``
    (unbounded) and live as long as the app: every distinct surname, given name and street
    of every file imported (and line matched) stays in memory; each hostile file of random
    names adds to it. (_WORDS/_INTERNED stop at 1M entries but not at a size: with the
    column reader's unlimited field length those entries can be megabytes.) Correct: a
    bound (lru_cache(maxsize=...) or cleared after an import)."""
    from recalldesk.core.matching import record

    rows = [voter(n, LastName=f"Zq{n:05d}x", StreetName=f"Q{n:05d}") for n in range(1, 3001)]
    voters.import_voters(
        central, actor, write(tmp_path / "v.tsv", rows), DEMO_PRESET, force_rows=True
    )
    assert record.sound.cache_info().maxsize is not None
    assert record._street_core.cache_info().maxsize is not None


# --- 14. A FIFO (or /dev/zero) passed as the file hangs the import ------------------------


def test_a_fifo_is_refused_not_waited_on(central: Workspace, actor: Actor, tmp_path: Path) -> None:
    """``_size_and_digest`` opens and reads whatever it is given: a FIFO blocks forever in
    open() and /dev/zero is read forever (no Cancel is checked while hashing). The preview
    says "empty" (st_size 0), but `recalldesk voters import` hangs. Correct: anything but
    a regular file is refused at once (voters.unreadable)."""
    fifo = tmp_path / "v.tsv"
    os.mkfifo(fifo)
    result: list[object] = []

    def attempt() -> None:
        try:
            voters.import_voters(central, actor, fifo, DEMO_PRESET)
        except Exception as error:
            result.append(error)

    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(3)
    hung = worker.is_alive()
    if hung:  # let the thread go: a writer opens and closes the FIFO
        for _ in range(3):
            os.close(os.open(fifo, os.O_WRONLY))
            worker.join(2)
            if not worker.is_alive():
                break
    assert not hung, "the import waited on the FIFO"
    assert result and isinstance(result[0], OpRefused)


# --- 15. Small crashes and misleading refusals -----------------------------------------------


def test_a_file_with_one_column_is_refused_not_crashed(
    central: Workspace, actor: Actor, tmp_path: Path
) -> None:
    """A mapping naming one column for every field (the dialog allows it) and a one-column
    file: the column path calls detect_delimiter(header_line(...)) inside the import, and
    its VoterRowError("voters.no_delimiter") escapes import_voters uncaught (a crash; the
    row reader refuses it). Correct: an OpRefused, as from the row reader."""
    path = tmp_path / "v.tsv"
    path.write_text("VoterID\nLA1\nLA2\n")
    same = {
        f: "VoterID"
        for f in ("voter_id", "first_name", "last_name", "street_number", "street_name", "zip")
    }
    mapping = replace(DEMO_PRESET, columns=same, delimiter="")
    with pytest.raises(OpRefused):
        voters.import_voters(central, actor, path, mapping)


def test_a_header_naming_a_column_twice_is_refused_naming_it(
    central: Workspace, actor: Actor, tmp_path: Path
) -> None:
    """ColumnMapping.indexes keeps the LAST of two columns of one name: a header with "Zip"
    twice (the second holding ZIP+4) refuses every row as a bad ZIP and says "holds no
    voter RecallDesk could read" (a bigger file: "too many refused ... check the mapping").
    Correct: refuse naming the duplicated column (or use the first), not a row-level
    refusal."""
    rows = [[*voter(n), "1234"] for n in range(1, 20)]
    path = tmp_path / "v.tsv"
    path.write_text(text_of(rows, header=[*HEADER, "Zip"]))
    found = outcome(central, actor, path)
    assert found[0] == "ok" or found[1] not in ("voters.none_read", "voters.too_many_refused"), (
        found
    )


def test_a_two_digit_year_is_not_read_as_the_year_18() -> None:
    """parse_date("3/15/18") gives date(18, 3, 15): MM/DD/YY extracts are stored with
    registration year 0018 (and "0001-01-01" is taken too). Correct: 2018-03-15, or the row
    refused as voters.bad_date."""
    try:
        found = parse_date("3/15/18", "LA1")
    except VoterRowError:
        return
    assert found == date(2018, 3, 15), found


# --- 16. A line edited after the match keeps counting with its old verdict -----------------


def test_a_line_edited_after_the_match_is_not_counted_with_its_old_verdict(
    central: Workspace, actor: Actor, tmp_path: Path
) -> None:
    """store/voter_figures.py ``grouped`` joins voter_match without ``m.line_seq =
    l.change_seq``: line 1 (Ana Ruiz, registered) re-keyed as "Zed Zulu, 999 Nowhere St"
    still counts VALID until someone runs the match again (after a merge of corrections:
    thousands of lines). store/voter_match.py's _CERTAIN already treats such a verdict as
    stale. Correct: a changed line counts NOT_MATCHED ("keyed since the last match")."""
    session = key_lines(central, actor, "PAS-0001", SIGNERS)
    voters.import_voters(central, actor, write(tmp_path / "v.tsv", VOTERS), DEMO_PRESET)
    voter_match.match_lines(central, actor)
    assert voter_figures.predicted(central).drive.counts[Category.VALID] == 2
    session.save(SignatureLine(1, "Zed", "Zulu", "999", "Nowhere St", "", "", "91104"))
    counts = voter_figures.predicted(central).drive.counts
    assert counts.get(Category.VALID) == 1 and counts.get(Category.NOT_MATCHED) == 1, counts


# --- 17. No bound on the voters a line is compared with ------------------------------------


def test_a_key_shared_by_thousands_of_voters_does_not_stall_the_match(
    central: Workspace, actor: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ops/voter_match.py compares each line with EVERY voter sharing its address (or name)
    key: no cap like the duplicate search's MAX_BLOCK = 100. 10,000 voters at "1 Main St"
    (a hostile file, or a mapping that put a constant column in the house number) make
    each line cost ~0.14 s: 40 lines take ~5 s, a 900,000-line drive days; the keying
    lookup (voter_check) stalls the same way. Correct: a bounded candidate list (too common
    a key: not_found/unchecked with a reason, or a review)."""
    rows = [
        voter(n, HouseNumber="1", StreetName="MAIN", StreetType="ST", LastName=f"Q{n}x")
        for n in range(1, 10001)
    ]
    voters.import_voters(central, actor, write(tmp_path / "v.tsv", rows), DEMO_PRESET)
    session = key_lines(central, actor, "PAS-0001", [])
    for n in range(1, 41):
        session.save(SignatureLine(n, "Ana", f"Zz{n}", "1", "Main St", "", "", "91104"))
    scored: list[int] = []
    real = voter_match.predict

    def counting(line, at_address=(), by_name=()):  # type: ignore[no-untyped-def]
        scored.append(len(at_address) + len(by_name))
        return real(line, at_address, by_name)

    monkeypatch.setattr(voter_match, "predict", counting)
    voter_match.match_lines(central, actor)
    assert scored and max(scored) <= voter_match.MAX_CANDIDATES, max(scored)
    found = voter_match.lookup(central, "Ana", "Q17x", "1", "Main St", "", "91104")
    assert found is not None and found.status == "registered"  # the real one is not lost


def test_a_line_with_its_city_and_no_zip_is_found(
    central: Workspace, actor: Actor, tmp_path: Path
) -> None:
    """A line with a city and no ZIP passes the rules (only "no city or ZIP" is a problem);
    both keys needed the ZIP, so "Bob Smith, 102 Elm St, Pasadena" was predicted not found
    (counted "not registered") though registered there. Now the city's ZIPs are searched."""
    session = key_lines(central, actor, "PAS-0001", ["Ana Ruiz"])
    session.save(SignatureLine(2, "Bob", "Smith", "102", "Elm St", "", "Pasadena", ""))
    voters.import_voters(
        central,
        actor,
        write(tmp_path / "v.tsv", [elm(1, "ANA", "RUIZ"), elm(2, "BOB", "SMITH")]),
        DEMO_PRESET,
    )
    found = voter_match.lookup(central, "Bob", "Smith", "102", "Elm St", "Pasadena", "")
    assert found is not None and found.status == "registered", found
    voter_match.match_lines(central, actor)
    status = central.db.scalar(
        "SELECT m.status FROM voter_match m JOIN signature_line l ON l.id = m.line_id "
        "WHERE l.line_number = 2"
    )
    assert status == "registered"
