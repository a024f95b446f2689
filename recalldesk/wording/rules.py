"""The rules of the law in words: a short name and a sentence for each code."""

from __future__ import annotations

from recalldesk.wording import QT_TRANSLATE_NOOP

CONTEXT = "Rules"

# Short plain names, for grids and lists (the code stays in tooltips and exports).
TITLES = {
    "MISSING_STREET_NUMBER": QT_TRANSLATE_NOOP("Rules", "No street number"),
    "MISSING_STREET": QT_TRANSLATE_NOOP("Rules", "No street"),
    "PO_BOX_ONLY": QT_TRANSLATE_NOOP("Rules", "P.O. box only"),
    "MISSING_CITY_AND_ZIP": QT_TRANSLATE_NOOP("Rules", "No city or ZIP"),
    "ZIP_OUT_OF_COUNTY": QT_TRANSLATE_NOOP("Rules", "ZIP outside the county"),
    "ZIP_STRADDLES_COUNTY": QT_TRANSLATE_NOOP("Rules", "ZIP on the county line"),
    "ZIP_MALFORMED": QT_TRANSLATE_NOOP("Rules", "ZIP not 5 digits"),
    "CITY_NOT_IN_COUNTY": QT_TRANSLATE_NOOP("Rules", "City not in the county"),
    "CITY_ZIP_MISMATCH": QT_TRANSLATE_NOOP("Rules", "City and ZIP differ"),
    "MISSING_NAME": QT_TRANSLATE_NOOP("Rules", "No printed name"),
    "SIGNATURE_MISSING": QT_TRANSLATE_NOOP("Rules", "No signature"),
    "WITHDRAWN": QT_TRANSLATE_NOOP("Rules", "Withdrawn"),
    "ILLEGIBLE": QT_TRANSLATE_NOOP("Rules", "Partly illegible"),
    "LINE_BEYOND_DECLARED": QT_TRANSLATE_NOOP("Rules", "Past the declared lines"),
    "DUPLICATE_LINE_NUMBER": QT_TRANSLATE_NOOP("Rules", "Line number keyed twice"),
    "SIGNED_BEFORE": QT_TRANSLATE_NOOP("Rules", "Possibly signed before"),
    "DECLARATION_INCOMPLETE": QT_TRANSLATE_NOOP("Rules", "Declaration incomplete"),
    "CIRCULATED_BEFORE_APPROVAL": QT_TRANSLATE_NOOP("Rules", "Circulated before approval"),
    "CIRCULATED_AFTER_DEADLINE": QT_TRANSLATE_NOOP("Rules", "Circulated after the deadline"),
    "CIRCULATION_DATES_REVERSED": QT_TRANSLATE_NOOP("Rules", "Circulation dates reversed"),
    "RECEIVED_AFTER_DEADLINE": QT_TRANSLATE_NOOP("Rules", "Received after the deadline"),
}

# What each finding means; {placeholders} come from the finding's parameters.
SENTENCES = {
    "MISSING_STREET_NUMBER": QT_TRANSLATE_NOOP(
        "Rules", "No street number: a residence address needs one."
    ),
    "MISSING_STREET": QT_TRANSLATE_NOOP("Rules", "No street name: a residence address needs one."),
    "PO_BOX_ONLY": QT_TRANSLATE_NOOP("Rules", "A P.O. box alone is not a residence address."),
    "MISSING_CITY_AND_ZIP": QT_TRANSLATE_NOOP(
        "Rules", "Neither city nor ZIP: the registrar cannot place the address."
    ),
    "ZIP_OUT_OF_COUNTY": QT_TRANSLATE_NOOP(
        "Rules", "The ZIP is outside the county: only the county's voters may sign."
    ),
    "ZIP_STRADDLES_COUNTY": QT_TRANSLATE_NOOP(
        "Rules", "The ZIP crosses the county line: the address may be outside the county."
    ),
    "ZIP_MALFORMED": QT_TRANSLATE_NOOP("Rules", "The ZIP is not a 5-digit ZIP code."),
    "CITY_NOT_IN_COUNTY": QT_TRANSLATE_NOOP(
        "Rules", "No ZIP, and the city is not one of the county's: check the address."
    ),
    "CITY_ZIP_MISMATCH": QT_TRANSLATE_NOOP("Rules", "The city does not match the ZIP code."),
    "MISSING_NAME": QT_TRANSLATE_NOOP(
        "Rules",
        "No printed name. Counted as invalid: the registrar may not match the signer "
        "without it (the stricter reading of the law).",
    ),
    "SIGNATURE_MISSING": QT_TRANSLATE_NOOP("Rules", "The line has no signature."),
    "WITHDRAWN": QT_TRANSLATE_NOOP(
        "Rules", "The signer withdrew in writing: the line is not valid."
    ),
    "ILLEGIBLE": QT_TRANSLATE_NOOP("Rules", "Partly illegible: keyed what could be read."),
    "LINE_BEYOND_DECLARED": QT_TRANSLATE_NOOP(
        "Rules", "The line number is past the section's declared number of lines."
    ),
    "DUPLICATE_LINE_NUMBER": QT_TRANSLATE_NOOP(
        "Rules", "This line number is already keyed in this section."
    ),
    "SIGNED_BEFORE": QT_TRANSLATE_NOOP(
        "Rules",
        "Possibly signed before: key what is on the paper; one of a person's signatures "
        "counts, and the Duplicates review decides.",
    ),
    "DECLARATION_INCOMPLETE": QT_TRANSLATE_NOOP(
        "Rules",
        "The circulator's declaration is incomplete: the whole section is at risk.",
    ),
    "CIRCULATED_BEFORE_APPROVAL": QT_TRANSLATE_NOOP(
        "Rules",
        "Circulation began before the petition was approved: the section is void.",
    ),
    "CIRCULATED_AFTER_DEADLINE": QT_TRANSLATE_NOOP(
        "Rules",
        "Circulation ran past the filing deadline: the section is void.",
    ),
    "CIRCULATION_DATES_REVERSED": QT_TRANSLATE_NOOP(
        "Rules", "The circulation end date is before its start date."
    ),
    "RECEIVED_AFTER_DEADLINE": QT_TRANSLATE_NOOP(
        "Rules", "Received after the filing deadline: a section not filed in time is void."
    ),
}

# The details a finding carries, shown after its sentence.
DETAILS = {
    "SIGNED_BEFORE": QT_TRANSLATE_NOOP(
        "Rules", "(section {serial} line {line}, office {office}, keyed {when})"
    ),
    "ZIP_OUT_OF_COUNTY": QT_TRANSLATE_NOOP("Rules", "({zip})"),
    "ZIP_STRADDLES_COUNTY": QT_TRANSLATE_NOOP("Rules", "({zip})"),
    "CITY_ZIP_MISMATCH": QT_TRANSLATE_NOOP("Rules", "({zip} is {city})"),
    "LINE_BEYOND_DECLARED": QT_TRANSLATE_NOOP("Rules", "(declared: {declared})"),
    "DECLARATION_INCOMPLETE": QT_TRANSLATE_NOOP("Rules", "Missing: {missing}."),
    "CIRCULATED_BEFORE_APPROVAL": QT_TRANSLATE_NOOP("Rules", "({date}; approved {approved})"),
    "CIRCULATED_AFTER_DEADLINE": QT_TRANSLATE_NOOP("Rules", "({date}; deadline {deadline})"),
}

# Parts of the circulator's declaration (the DECLARATION_INCOMPLETE finding lists them).
DECLARATION_PARTS = {
    "signature": QT_TRANSLATE_NOOP("Rules", "signature"),
    "date_signed": QT_TRANSLATE_NOOP("Rules", "date signed"),
    "place_signed": QT_TRANSLATE_NOOP("Rules", "place signed"),
    "circulated_from": QT_TRANSLATE_NOOP("Rules", "circulation start date"),
    "circulated_to": QT_TRANSLATE_NOOP("Rules", "circulation end date"),
}

SEVERITIES = {
    "error": QT_TRANSLATE_NOOP("Rules", "invalid"),
    "warning": QT_TRANSLATE_NOOP("Rules", "check"),
}
