"""Possible duplicates in words: why two lines may be one signer, and a group as text."""

from __future__ import annotations

from recalldesk.core.matching import score as why
from recalldesk.core.matching.voter_evidence import SAME_VOTER
from recalldesk.ops.dedupe_queue import QueueGroup
from recalldesk.wording import QT_TRANSLATE_NOOP, translate

REASONS = {
    why.SAME_ADDRESS: QT_TRANSLATE_NOOP("Dedupe", "same house number, street and ZIP"),
    why.SAME_NAME: QT_TRANSLATE_NOOP("Dedupe", "same given name"),
    why.NICKNAME: QT_TRANSLATE_NOOP("Dedupe", "given name a nickname or short form"),
    why.INITIAL: QT_TRANSLATE_NOOP("Dedupe", "given name an initial"),
    why.NAME_TYPO: QT_TRANSLATE_NOOP("Dedupe", "given name one letter off"),
    why.SWAPPED: QT_TRANSLATE_NOOP("Dedupe", "first and last names swapped"),
    why.SECOND_SURNAME: QT_TRANSLATE_NOOP("Dedupe", "a second family name added or left off"),
    why.SURNAME_TYPO: QT_TRANSLATE_NOOP("Dedupe", "family name one letter off"),
    why.NUMBER_TRANSPOSED: QT_TRANSLATE_NOOP("Dedupe", "house number digits swapped"),
    why.NUMBER_TYPO: QT_TRANSLATE_NOOP("Dedupe", "house number one digit off (or a neighbour)"),
    why.STREET_VARIANT: QT_TRANSLATE_NOOP("Dedupe", "the street written another way"),
    why.ZIP_TYPO: QT_TRANSLATE_NOOP("Dedupe", "ZIP one digit off"),
    why.UNIT_MISSING: QT_TRANSLATE_NOOP("Dedupe", "unit number on one line only"),
    why.UNIT_DIFFERS: QT_TRANSLATE_NOOP("Dedupe", "different unit numbers"),
    why.SUFFIX_ONE_SIDED: QT_TRANSLATE_NOOP(
        "Dedupe",
        "one line says Jr, Sr or III and the other not: a parent and child of one name "
        "cannot be told apart from the lines; check the voter file or the signatures",
    ),
    why.OTHER_GIVEN_NAME: QT_TRANSLATE_NOOP("Dedupe", "different given names"),
    SAME_VOTER: QT_TRANSLATE_NOOP("Dedupe", "both lines matched to the same voter"),
}


def reason_text(code: str) -> str:
    text = REASONS.get(code)
    return translate("Dedupe", text) if text else code


def reasons_text(codes: tuple[str, ...]) -> str:
    return "; ".join(reason_text(c) for c in codes)


def group_lines(entry: QueueGroup) -> list[str]:
    """A group as plain lines (the CLI's ``--list``)."""
    g = entry.group
    head = translate("Dedupe", "Group {id}: score {score}{likely} — {reasons}").format(
        id=g.id,
        score=f"{g.score:.1f}",
        likely=translate("Dedupe", ", likely") if g.likely else "",
        reasons=reasons_text(g.reasons),
    )
    out = [head]
    for line in entry.lines:
        address = " ".join(
            part for part in (line.street_number, line.street_name, line.unit) if part
        )
        out.append(
            translate(
                "Dedupe", "  {serial} line {line} ({office}): {first} {last}, {address}, {zip}"
            ).format(
                serial=line.serial,
                line=line.line_number,
                office=line.office_code,
                first=line.first_name,
                last=line.last_name,
                address=address,
                zip=line.zip_code,
            )
        )
    return out
