"""Every message code of the layers below the UI, as an English template.

``{name}`` placeholders take the message's parameters; ``%Ln`` with ``(s)``
marks a plural on the parameter ``n``. Grouped by where the code comes from.
"""

from __future__ import annotations

from recalldesk.wording import QT_TRANSLATE_NOOP

CONTEXT = "Messages"

TITLES = {
    "storage.failed": QT_TRANSLATE_NOOP("Messages", "The database could not be used"),
    "storage.disk_full": QT_TRANSLATE_NOOP("Messages", "The disk is full"),
    "storage.io_error": QT_TRANSLATE_NOOP("Messages", "The disk reported an error"),
    "storage.read_only": QT_TRANSLATE_NOOP("Messages", "The database cannot be written"),
    "storage.locked": QT_TRANSLATE_NOOP("Messages", "The database is busy"),
    "storage.corrupt": QT_TRANSLATE_NOOP("Messages", "The database file is damaged"),
    "storage.not_ours": QT_TRANSLATE_NOOP("Messages", "Not a RecallDesk database"),
    "storage.newer_schema": QT_TRANSLATE_NOOP(
        "Messages", "The database is from a newer RecallDesk"
    ),
    "storage.missing": QT_TRANSLATE_NOOP("Messages", "No database"),
    "storage.folder_in_use": QT_TRANSLATE_NOOP("Messages", "RecallDesk is already open"),
    "permission": QT_TRANSLATE_NOOP("Messages", "Not allowed here"),
    "permission.role": QT_TRANSLATE_NOOP("Messages", "Not allowed for your role"),
    "signin": QT_TRANSLATE_NOOP("Messages", "Sign-in"),
    "verify": QT_TRANSLATE_NOOP("Messages", "Verification"),
    "keying": QT_TRANSLATE_NOOP("Messages", "Keying"),
    "file": QT_TRANSLATE_NOOP("Messages", "File refused"),
    "write": QT_TRANSLATE_NOOP("Messages", "The file could not be written"),
    "voters": QT_TRANSLATE_NOOP("Messages", "Voter file"),
}

TEMPLATES = {
    "cli.text": "{text}",  # a sentence the CLI already worded
    # --- storage: the environment's faults (store.errors) ---------------------------------
    "storage.failed": QT_TRANSLATE_NOOP(
        "Messages", "The database {path} could not be used ({detail})."
    ),
    "storage.disk_full": QT_TRANSLATE_NOOP(
        "Messages",
        "The disk is full. Free some disk space and try again. Nothing was saved by this "
        "action; everything saved before it is safe.",
    ),
    "storage.io_error": QT_TRANSLATE_NOOP(
        "Messages",
        "The disk reported an error while writing ({detail}). Nothing was saved by this "
        "action; everything saved before it is safe. If it happens again, copy the data "
        "folder to another disk.",
    ),
    "storage.read_only": QT_TRANSLATE_NOOP(
        "Messages",
        "The database cannot be written: the file or its folder is read-only (or on a "
        "locked USB stick). Move it to a writable folder. ({detail})",
    ),
    "storage.locked": QT_TRANSLATE_NOOP(
        "Messages",
        "Another program (or another copy of RecallDesk) is using the database. Close it "
        "and try again. Nothing was saved by this action.",
    ),
    "storage.corrupt": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is damaged, or is not an SQLite file ({detail}). Nothing was changed. "
        "Restore from a backup: File → Restore from a backup…, or recalldesk restore "
        "(the backups are in the backups folder next to it).",
    ),
    "storage.not_ours": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is an SQLite database, but not a RecallDesk one. Nothing was changed. "
        "Choose the campaign database (recalldesk.sqlite3) instead.",
    ),
    "storage.newer_schema": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} was written by a newer RecallDesk (database version {version}; this "
        "version reads up to {latest}). Install the newer RecallDesk. The file was not "
        "changed.",
    ),
    "storage.missing": QT_TRANSLATE_NOOP("Messages", "{path} does not exist."),
    "storage.folder_in_use": QT_TRANSLATE_NOOP(
        "Messages",
        "Another copy of RecallDesk ({holder}, process {pid}, since {since}) is using the "
        "data folder {path}. Only one may write to it at a time: switch to that window, "
        "or close it and try again.",
    ),
    # --- permissions -------------------------------------------------------------------
    "permission.central_only": QT_TRANSLATE_NOOP(
        "Messages",
        "This is done at the central office; this database is a field office's. Open the "
        "central database (set up with recalldesk init --central).",
    ),
    "permission.office_only": QT_TRANSLATE_NOOP(
        "Messages",
        "This is done at a field office; this is the central office's database. Central "
        "merges packets and writes digests.",
    ),
    "permission.denied": QT_TRANSLATE_NOOP(
        "Messages", "You may not do this here ({permission}, as {role})."
    ),
    "permission.role": QT_TRANSLATE_NOOP(
        "Messages",
        "{name} is signed in as {role}; this ({permission}) needs a {needed}. Ask one to "
        "sign in (File → Lock and switch operator).",
    ),
    # --- signing in (ops.sign_in, core.passwords) ---------------------------------------
    "signin.pin_too_short": QT_TRANSLATE_NOOP(
        "Messages", "A PIN must have at least {minimum} characters."
    ),
    "signin.password_too_short": QT_TRANSLATE_NOOP(
        "Messages", "A lead's or coordinator's password must have at least {minimum} characters."
    ),
    "signin.secret_too_long": QT_TRANSLATE_NOOP(
        "Messages", "That is longer than {limit} characters."
    ),
    "signin.secret_too_plain": QT_TRANSLATE_NOOP(
        "Messages",
        "That is too easy to guess (one character repeated, or counting): choose another.",
    ),
    "signin.unknown_operator": QT_TRANSLATE_NOOP(
        "Messages", "That operator is not at this office."
    ),
    "signin.no_pin": QT_TRANSLATE_NOOP(
        "Messages",
        "{name} has no PIN on this computer yet: a lead gives one (File → Operators…).",
    ),
    "signin.locked": QT_TRANSLATE_NOOP(
        "Messages",
        "Too many wrong tries: {name} can sign in again after {until}, or a lead can set a "
        "new PIN now.",
    ),
    "signin.wrong": QT_TRANSLATE_NOOP(
        "Messages", "That PIN or password is not {name}'s. Tries left before a pause: {left}."
    ),
    "signin.no_such_operator": QT_TRANSLATE_NOOP(
        "Messages",
        "There is no operator called {name} at office {office}. Who may sign in: {names}.",
    ),
    "signin.manager_exists": QT_TRANSLATE_NOOP(
        "Messages",
        "This database already has its lead (at central, its coordinator): ask them to add you.",
    ),
    "signin.role_not_below": QT_TRANSLATE_NOOP(
        "Messages",
        "Only someone above a {role} manages a {role}'s sign-in: a lead manages volunteers.",
    ),
    "signin.promotion_needs_password": QT_TRANSLATE_NOOP(
        "Messages",
        "A {role} signs in with a password, not a PIN: {name} types one (at least 10 "
        "characters) for the new role.",
    ),
    "signin.role_above_yours": QT_TRANSLATE_NOOP(
        "Messages", "Only someone who is at least a {role} may give or change that role."
    ),
    "signin.old_wrong": QT_TRANSLATE_NOOP(
        "Messages",
        "The current PIN or password is not right: nothing was changed. Tries left before a "
        "pause: {left}.",
    ),
    "signin.not_yourself": QT_TRANSLATE_NOOP(
        "Messages", "You cannot change your own role or sign-in: ask another lead."
    ),
    "signin.last_manager": QT_TRANSLATE_NOOP(
        "Messages", "This is the last {role} here: make someone else one first."
    ),
    "signin.idle_out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "The idle lock takes {low} to {high} minutes."
    ),
    "signin.not_set_up": QT_TRANSLATE_NOOP(
        "Messages",
        "Nobody may sign in to this database yet. Name its lead first: in the app, or with "
        "recalldesk operators first NAME.",
    ),
    # --- setup and settings ------------------------------------------------------------------
    "setup.not_set_up": QT_TRANSLATE_NOOP(
        "Messages",
        "This database is not set up yet: start the app to set it up, or run recalldesk init.",
    ),
    "setup.already": QT_TRANSLATE_NOOP(
        "Messages",
        "This database is already set up for office {office}. Use another data folder for "
        "another office.",
    ),
    "setup.no_campaign_name": QT_TRANSLATE_NOOP("Messages", "The campaign needs a name."),
    "setup.no_office_code": QT_TRANSLATE_NOOP(
        "Messages", "The office needs a code (for example PAS)."
    ),
    "setup.bad_office_code": QT_TRANSLATE_NOOP(
        "Messages",
        "The office code {office} is not usable: use up to 12 letters (A–Z) or digits (a hyphen "
        "or underscore between them is fine).",
    ),
    "setup.no_operator": QT_TRANSLATE_NOOP("Messages", "Type your name or initials."),
    "campaign.required_not_positive": QT_TRANSLATE_NOOP(
        "Messages", "The number of valid signatures required must be more than zero."
    ),
    "campaign.deadline_before_approval": QT_TRANSLATE_NOOP(
        "Messages", "The filing deadline cannot be before the approval date."
    ),
    "campaign.validity_out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "The assumed validity must be more than 0% and at most 100%."
    ),
    "campaign.county_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "RecallDesk has no ZIP list for the county “{county}”, so it could not check "
        "signers' addresses. Type a California county's name (for example Los Angeles "
        "or San Diego).",
    ),
    "settings.key_too_short": QT_TRANSLATE_NOOP(
        "Messages", "The campaign key must have at least {minimum} characters."
    ),
    "sync.no_campaign_key": QT_TRANSLATE_NOOP(
        "Messages",
        "This database has no campaign key, so its sync files could not be signed or "
        "checked. Every office and the central office need the same key: enter it in "
        "File → Settings (or recalldesk init --campaign-key KEY when setting up).",
    ),
    # --- operators ---------------------------------------------------------------------
    "operator.no_name": QT_TRANSLATE_NOOP("Messages", "Type a name or initials."),
    "operator.name_too_long": QT_TRANSLATE_NOOP(
        "Messages", "A name may have at most {limit} characters."
    ),
    "operator.exists": QT_TRANSLATE_NOOP(
        "Messages", "{name} is already on the list: pick them there."
    ),
    # --- sections and keying -----------------------------------------------------------
    "section.missing": QT_TRANSLATE_NOOP("Messages", "That section no longer exists."),
    "section.duplicate_serial": QT_TRANSLATE_NOOP(
        "Messages", "Section {serial} is already logged. Open it from the section list."
    ),
    "intake.no_serial": QT_TRANSLATE_NOOP("Messages", "Type or scan the section's serial number."),
    "intake.serial_too_long": QT_TRANSLATE_NOOP(
        "Messages", "A serial number has at most {limit} characters."
    ),
    "intake.declared_out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "Enter the number of lines declared on the section (1 to {limit})."
    ),
    "intake.no_circulator_name": QT_TRANSLATE_NOOP("Messages", "Type the circulator's name."),
    "intake.duplicate_serial": QT_TRANSLATE_NOOP(
        "Messages",
        "Section {serial} is already logged (office {office}). Open it from the section "
        "list instead of logging it again.",
    ),
    # --- verification (ops.verification) -------------------------------------------------
    "verify.bad_rules": QT_TRANSLATE_NOOP(
        "Messages", "The share is 0 to 100%, and a new volunteer's sections 0 to 100."
    ),
    "verify.no_such_section": QT_TRANSLATE_NOOP("Messages", "This office has no section {serial}."),
    "verify.not_closed": QT_TRANSLATE_NOOP(
        "Messages", "Section {serial} is not closed yet: it is verified once keyed and closed."
    ),
    "verify.already": QT_TRANSLATE_NOOP(
        "Messages", "Section {serial} is already to be verified (or verified)."
    ),
    "verify.missing": QT_TRANSLATE_NOOP("Messages", "That verification is not here."),
    "verify.not_open": QT_TRANSLATE_NOOP(
        "Messages", "Section {serial} has been keyed again already: settle its differences."
    ),
    "verify.not_the_first": QT_TRANSLATE_NOOP(
        "Messages",
        "You keyed lines of section {serial}: another volunteer verifies it (never the first).",
    ),
    "verify.taken": QT_TRANSLATE_NOOP(
        "Messages", "{name} is keying section {serial} again; they finish it."
    ),
    "verify.bad_choice": QT_TRANSLATE_NOOP(
        "Messages", "“{choice}” is not a choice: the first, the second, or a typed value."
    ),
    "verify.no_such_difference": QT_TRANSLATE_NOOP(
        "Messages", "That difference is settled already, or is not here."
    ),
    "verify.bad_signed": QT_TRANSLATE_NOOP(
        "Messages", "“{value}”: is the line signed? Type {signed} or {unsigned}."
    ),
    "verify.blind_section": QT_TRANSLATE_NOOP(
        "Messages",
        "Section {serial} waits to be keyed again, blind: only who keyed it, or a lead, "
        "opens it until then.",
    ),
    "verify.reopened": QT_TRANSLATE_NOOP(
        "Messages",
        "Section {serial} was changed since it was keyed again: it is no longer what was "
        "compared. Close it, and draw or pick it again.",
    ),
    "verify.bad_mark": QT_TRANSLATE_NOOP(
        "Messages", "“{value}” is not a line mark (blank, struck, withdrawn, illegible)."
    ),
    "keying.reopen_needs_lead": QT_TRANSLATE_NOOP(
        "Messages",
        "Section {serial} is closed: changing its lines opens it again, which a lead does. "
        "Nothing was changed; ask a lead (Ctrl+L to let them sign in).",
    ),
    "keying.not_owner": QT_TRANSLATE_NOOP(
        "Messages",
        "Section {serial} belongs to office {office}: only that office changes its lines. "
        "Here it is read-only.",
    ),
    "line.number_not_positive": QT_TRANSLATE_NOOP("Messages", "Line numbers start at 1."),
    "line.field_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The {field} is longer than {limit} characters: check what was typed."
    ),
    "close.totals_differ": QT_TRANSLATE_NOOP(
        "Messages", "{keyed} lines keyed, {declared} declared on the section"
    ),
    "note.section_reopened": QT_TRANSLATE_NOOP(
        "Messages", "Section {serial} was closed; this change opened it again."
    ),
    "note.logged": QT_TRANSLATE_NOOP("Messages", "Section {serial} logged."),
    # --- undo steps (menu labels) and the audit reasons of undo/redo ---------------------
    "step.accept": QT_TRANSLATE_NOOP("Messages", "saving line {line}"),
    "step.edit": QT_TRANSLATE_NOOP("Messages", "editing line {line}"),
    "step.delete": QT_TRANSLATE_NOOP("Messages", "deleting line {line}"),
    "undo.accept": QT_TRANSLATE_NOOP("Messages", "undo saving line {line}"),
    "undo.edit": QT_TRANSLATE_NOOP("Messages", "undo editing line {line}"),
    "undo.delete": QT_TRANSLATE_NOOP("Messages", "undo deleting line {line}"),
    "redo.accept": QT_TRANSLATE_NOOP("Messages", "redo saving line {line}"),
    "redo.edit": QT_TRANSLATE_NOOP("Messages", "redo editing line {line}"),
    "redo.delete": QT_TRANSLATE_NOOP("Messages", "redo deleting line {line}"),
    # --- audit reasons -------------------------------------------------------------------
    "audit.reopened": QT_TRANSLATE_NOOP(
        "Messages", "reopened (was {was}) by a change to line {line}"
    ),
    "audit.closed": QT_TRANSLATE_NOOP("Messages", "closed as keyed; control totals match"),
    "audit.dedupe_run": QT_TRANSLATE_NOOP("Messages", "looked for people who signed twice"),
    "audit.closed_totals_differ": QT_TRANSLATE_NOOP(
        "Messages", "closed as keyed; totals differ ({keyed} keyed, {declared} declared): {reason}"
    ),
    "audit.line_deleted": QT_TRANSLATE_NOOP("Messages", "line deleted"),
    "audit.digest_imported": QT_TRANSLATE_NOOP("Messages", "imported central digest {sequence}"),
    "audit.packet_merged": QT_TRANSLATE_NOOP(
        "Messages", "merged packet {sequence} of office {office}"
    ),
    "audit.conflict_resolved": QT_TRANSLATE_NOOP(
        "Messages", "merge conflict {conflict} resolved: kept the {kept} record"
    ),
    "audit.conflict_reopened": QT_TRANSLATE_NOOP(
        "Messages", "merge conflict {conflict} opened again (the {was} record had been kept)"
    ),
    "audit.key_set": QT_TRANSLATE_NOOP("Messages", "campaign key set"),
    "audit.numbering_restarted": QT_TRANSLATE_NOOP(
        "Messages", "packet numbering restarted under a new device identity (after a restore)"
    ),
    "audit.key_changed": QT_TRANSLATE_NOOP("Messages", "campaign key changed"),
    "audit.demo_loaded": QT_TRANSLATE_NOOP("Messages", "demo data: {lines} lines, seed {seed}"),
    # --- conflicts and duplicates --------------------------------------------------------
    "conflict.bad_choice": QT_TRANSLATE_NOOP(
        "Messages", "Keep “local” or “incoming”, not “{choice}”."
    ),
    "conflict.missing": QT_TRANSLATE_NOOP("Messages", "There is no conflict {conflict}."),
    "conflict.already_resolved": QT_TRANSLATE_NOOP(
        "Messages", "Conflict {conflict} was already settled (kept the {kept} record)."
    ),
    "conflict.not_settled": QT_TRANSLATE_NOOP(
        "Messages", "Conflict {conflict} is still open: there is no choice to take back."
    ),
    "conflict.superseded": QT_TRANSLATE_NOOP(
        "Messages",
        "A newer version of this record has arrived since conflict {conflict}; the conflict "
        "no longer applies: keep the stored record.",
    ),
    "duplicate.same_line": QT_TRANSLATE_NOOP("Messages", "A line cannot be a duplicate of itself."),
    "duplicate.lines_missing": QT_TRANSLATE_NOOP(
        "Messages", "Both lines must be in this database (give each line's UUID)."
    ),
    "demo.not_empty": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is set up already, or holds sections or lines. Demo data is only written to "
        "an empty database: use another --data-dir.",
    ),
    # --- merge ---------------------------------------------------------------------------
    "merge.already_merged": QT_TRANSLATE_NOOP("Messages", "already merged ({file}, {at})"),
    "merge.sequence_reused": QT_TRANSLATE_NOOP(
        "Messages",
        "office {office} already sent a different packet numbered {sequence} ({file}, merged "
        "{at}); this one was not merged. The office's computer was probably restored from a "
        "backup: at the office, use File → Sync everything again after a restore (or "
        "recalldesk sync --full --after-restore) and send that packet.",
    ),
    "merge.already_merged_this_run": QT_TRANSLATE_NOOP(
        "Messages", "already merged (earlier in this run)"
    ),
    "row.repeated_uuid": QT_TRANSLATE_NOOP(
        "Messages",
        "repeats the UUID {uuid} of data row {first_row}: a packet holds each record once",
    ),
    "row.repeated_live_value": QT_TRANSLATE_NOOP(
        "Messages",
        "the {what} “{value}” is also used by data row {first_row}, and both are live "
        "(not deleted)",
    ),
    "row.repeated_operator": QT_TRANSLATE_NOOP(
        "Messages",
        "repeats the operator {uuid} of data row {first_row}: the sheet has one row per operator",
    ),
    "row.more_errors_than_fields": QT_TRANSLATE_NOOP(
        "Messages", "counts {errors} fields in error but only {fields} fields compared"
    ),
    "row.unknown_reference": QT_TRANSLATE_NOOP(
        "Messages",
        "refers to {what} “{value}”, which is neither in this packet nor in the master database",
    ),
    "row.serial_taken": QT_TRANSLATE_NOOP(
        "Messages",
        "section “{serial}” is already in the master database, logged by office {office}. "
        "The same serial cannot be two sections: correct it at one office, then send a "
        "full packet (recalldesk sync --full)",
    ),
    "row.not_owner": QT_TRANSLATE_NOOP(
        "Messages",
        "belongs to office {owner}: a packet from office {office} may create and change only "
        "office {office}'s own records",
    ),
    "row.office_deleted": QT_TRANSLATE_NOOP(
        "Messages",
        "deletes the record of office {office}: no packet may delete an office (central "
        "retires an office)",
    ),
    "row.version_implausible": QT_TRANSLATE_NOOP(
        "Messages",
        "has version {version}, but office {office} has made only {changes} changes in all: "
        "a record's version grows by one with each change",
    ),
    # --- each office's own signing key ------------------------------------------------------
    "file.signer_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "is signed with a key this database does not trust (key {signer}): enroll the "
        "sender's key, or, if that key was revoked, ask for the file again signed with the "
        "new one",
    ),
    "file.signature_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "has a signature that does not match its contents (key {signer}): it was changed "
        "after it was signed. Ask for it again",
    ),
    "file.not_signed": QT_TRANSLATE_NOOP(
        "Messages",
        "is not signed with office {office}'s key, which this central office trusts: only "
        "that office's own computer can write its packets",
    ),
    "file.signed_by_other": QT_TRANSLATE_NOOP(
        "Messages",
        "names office {office}, but is signed with another office's key ({signer}): an "
        "office can send only its own packets",
    ),
    "file.central_office_code": QT_TRANSLATE_NOOP(
        "Messages",
        "comes in the name of office {office}, this central office itself: central's own "
        "records are never changed by a packet",
    ),
    "file.office_not_enrolled": QT_TRANSLATE_NOOP(
        "Messages",
        "comes from office {office}, whose key is not enrolled here, and this central office "
        "takes only signed packets: enroll the office's key (recalldesk keys enroll)",
    ),
    "file.transport_key": QT_TRANSLATE_NOOP(
        "Messages",
        "is encrypted with another key than this campaign's: it belongs to another campaign. "
        "If it is the same campaign, the two were set up with different campaign keys (or the "
        "key was changed since the file was written)",
    ),
    "file.transport_no_key": QT_TRANSLATE_NOOP(
        "Messages", "is encrypted, and this database has no campaign key to open it"
    ),
    "file.transport_damaged": QT_TRANSLATE_NOOP(
        "Messages", "is an encrypted file that cannot be opened: it is damaged or not ours"
    ),
    "file.digest_not_signed": QT_TRANSLATE_NOOP(
        "Messages",
        "is not signed with the central office's key, which this office trusts: only the "
        "central office can write digests",
    ),
    "keys.password_too_short": QT_TRANSLATE_NOOP(
        "Messages", "The password must have at least {minimum} characters."
    ),
    "keys.wrong_password": QT_TRANSLATE_NOOP(
        "Messages", "That password does not unlock this computer's signing key."
    ),
    "keys.damaged": QT_TRANSLATE_NOOP(
        "Messages", "This computer's signing key is damaged: make a new one and enroll it again."
    ),
    "keys.locked": QT_TRANSLATE_NOOP(
        "Messages",
        "This database signs what it sends with its own key: give the password that unlocks "
        "it (recalldesk asks for it, or reads RECALLDESK_PASSWORD).",
    ),
    "keys.none": QT_TRANSLATE_NOOP(
        "Messages", "This database has no signing key yet: make one first (recalldesk keys new)."
    ),
    "keys.not_enrollment": QT_TRANSLATE_NOOP(
        "Messages", "{name} is not a RecallDesk enrollment file."
    ),
    "keys.other_campaign": QT_TRANSLATE_NOOP(
        "Messages", "{name} is the key of another campaign's database."
    ),
    "keys.same_side": QT_TRANSLATE_NOOP(
        "Messages",
        "{name} is not from the other side: central enrolls offices' keys, and an office "
        "trusts central's key.",
    ),
    "keys.fingerprint_differs": QT_TRANSLATE_NOOP(
        "Messages",
        "The fingerprint you heard ({heard}) is not the one in office {office}'s file: do not "
        "enroll it. Someone may have changed the file; ask the office for it again.",
    ),
    "keys.cannot_write": QT_TRANSLATE_NOOP(
        "Messages", "The enrollment file {name} cannot be written ({detail})."
    ),
    "keys.none_for_office": QT_TRANSLATE_NOOP(
        "Messages", "No key of office {office} is trusted here."
    ),
    "audit.key_made": QT_TRANSLATE_NOOP(
        "Messages", "made this database's signing key ({fingerprint})"
    ),
    "audit.key_enrolled": QT_TRANSLATE_NOOP(
        "Messages", "trusted the signing key of {office} ({fingerprint})"
    ),
    "audit.key_revoked": QT_TRANSLATE_NOOP("Messages", "revoked the signing key of {office}"),
    "audit.require_signed": QT_TRANSLATE_NOOP(
        "Messages", "turned {state} refusing packets from offices without a key"
    ),
    "row.serial_of_other": QT_TRANSLATE_NOOP(
        "Messages",
        "section “{serial}” is in the serial range central issued to office {owner}: office "
        "{office} cannot log it",
    ),
    "row.serial_outside": QT_TRANSLATE_NOOP(
        "Messages",
        "section “{serial}” is outside the serial ranges central issued to office {office}: "
        "correct the serial at the office, or ask central for the range it came from",
    ),
    "serials.bad_range": QT_TRANSLATE_NOOP(
        "Messages",
        "“{first}” to “{last}” is not a range: both serials must end in a number, with the "
        "same text before it, the first not above the last.",
    ),
    "serials.overlap": QT_TRANSLATE_NOOP(
        "Messages",
        "That range overlaps the one issued to office {office} ({first} to {last}).",
    ),
    "audit.signin_locked": QT_TRANSLATE_NOOP(
        "Messages", "{name} locked out of signing in after {tries} wrong tries"
    ),
    "audit.signed_in": QT_TRANSLATE_NOOP("Messages", "signed in"),
    "audit.first_manager": QT_TRANSLATE_NOOP("Messages", "named the first {role} of this database"),
    "audit.member_added": QT_TRANSLATE_NOOP("Messages", "added {name} as {role}"),
    "audit.pin_set": QT_TRANSLATE_NOOP("Messages", "set a new PIN for {name}"),
    "audit.own_pin_changed": QT_TRANSLATE_NOOP("Messages", "changed their own PIN"),
    "audit.role_set": QT_TRANSLATE_NOOP("Messages", "made {name} a {role}"),
    "audit.sign_in_removed": QT_TRANSLATE_NOOP("Messages", "{name} may no longer sign in here"),
    "audit.verification_drawn": QT_TRANSLATE_NOOP(
        "Messages", "drew %Ln section(s) to verify (seed {seed})"
    ),
    "audit.verification_assigned": QT_TRANSLATE_NOOP(
        "Messages", "chose section {serial} to verify"
    ),
    "audit.verification_keyed": QT_TRANSLATE_NOOP(
        "Messages", "keyed section {serial} again, blind: %Ln difference(s)"
    ),
    "audit.difference_settled": QT_TRANSLATE_NOOP(
        "Messages", "settled line {line}'s {field} in section {serial}: {chosen}"
    ),
    "audit.verify_corrected": QT_TRANSLATE_NOOP(
        "Messages", "corrected line {line}'s {field} from the paper (verification)"
    ),
    "audit.verified": QT_TRANSLATE_NOOP("Messages", "section {serial} verified"),
    "audit.serials_issued": QT_TRANSLATE_NOOP(
        "Messages", "issued the section serials {first} to {last} to office {office}"
    ),
    "row.cannot_merge": QT_TRANSLATE_NOOP(
        "Messages", "cannot be merged into the master database ({detail})"
    ),
    # --- duplicates --------------------------------------------------------------------------
    "dedupe.no_group": QT_TRANSLATE_NOOP(
        "Messages", "There is no group {group} of possible duplicates (run the search again)."
    ),
    "dedupe.already_settled": QT_TRANSLATE_NOOP(
        "Messages", "Group {group} is already {status}; reopen it to decide again."
    ),
    # --- the campaign's sample ---------------------------------------------------------------
    "sample.size": QT_TRANSLATE_NOOP(
        "Messages", "A sample has between {low} and {high} signatures."
    ),
    "sample.seed": QT_TRANSLATE_NOOP(
        "Messages", "A seed is a whole number from 0 to 9007199254740991."
    ),
    "sample.nothing_to_draw": QT_TRANSLATE_NOOP(
        "Messages", "There are no signatures to draw a sample from yet."
    ),
    "sample.no_draw": QT_TRANSLATE_NOOP("Messages", "There is no sample {draw}."),
    "sample.no_position": QT_TRANSLATE_NOOP(
        "Messages", "The sample has lines 1 to {size}; there is no line {position}."
    ),
    "sample.bad_result": QT_TRANSLATE_NOOP(
        "Messages", "“{found}” is not one of the registrar's results."
    ),
    "audit.sample_draw": QT_TRANSLATE_NOOP("Messages", "drew a random sample"),
    "checklist.not_checklist": QT_TRANSLATE_NOOP(
        "Messages", "it is not a RecallDesk sample checklist (no “{sheet}” and “About” sheets)"
    ),
    "checklist.other_sample": QT_TRANSLATE_NOOP(
        "Messages",
        "it is the checklist of another sample (its About sheet names sample {found}); "
        "import it into that sample",
    ),
    "checklist.header": QT_TRANSLATE_NOOP(
        "Messages", "the first row of “{sheet}” is not the checklist's header (columns moved?)"
    ),
    "checklist.too_many_rows": QT_TRANSLATE_NOOP(
        "Messages", "it has far more rows than the sample's {size} lines"
    ),
    "checklist.position": QT_TRANSLATE_NOOP(
        "Messages", "row {row}: “{found}” is not a position in this sample"
    ),
    "checklist.repeated": QT_TRANSLATE_NOOP(
        "Messages", "row {row}: position {position} is already on row {first}"
    ),
    "checklist.result": QT_TRANSLATE_NOOP(
        "Messages", "row {row}: “{found}” is not one of the results in the drop-down list"
    ),
    "checklist.unsafe": QT_TRANSLATE_NOOP(
        "Messages", "it unpacks to far more than a checklist could hold (a damaged or hostile file)"
    ),
    "audit.sample_results": QT_TRANSLATE_NOOP("Messages", "recorded {count} sample results"),
    # --- the voter file ---------------------------------------------------------------------
    "voters.no_column": QT_TRANSLATE_NOOP(
        "Messages", "the file has no column “{column}” (mapped to {field}): check the mapping"
    ),
    "voters.no_delimiter": QT_TRANSLATE_NOOP(
        "Messages", "the first line has no tab, pipe or comma between columns"
    ),
    "voters.short_row": QT_TRANSLATE_NOOP(
        "Messages", "the row has {columns} columns where the header has {needed}"
    ),
    "voters.long_row": QT_TRANSLATE_NOOP(
        "Messages", "the row has {columns} columns where the header has {needed}"
    ),
    "voters.no_id": QT_TRANSLATE_NOOP("Messages", "the row has no voter id"),
    "voters.malformed": QT_TRANSLATE_NOOP(
        "Messages", "the file is not delimited text a voter file could be ({detail})"
    ),
    "voters.encoding": QT_TRANSLATE_NOOP(
        "Messages", "the file's text is neither UTF-8 nor Windows-1252 ({detail})"
    ),
    "voters.empty": QT_TRANSLATE_NOOP("Messages", "the file is empty"),
    "voters.mapping_incomplete": QT_TRANSLATE_NOOP(
        "Messages", "The column mapping leaves out {fields}: choose a column for each."
    ),
    "voters.refused": QT_TRANSLATE_NOOP(
        "Messages", "The voter file {name} was not imported ({why}); nothing changed."
    ),
    "voters.unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The voter file {name} cannot be read ({detail}); nothing changed."
    ),
    "voters.none_read": QT_TRANSLATE_NOOP(
        "Messages", "The voter file {name} holds no voter RecallDesk could read; nothing changed."
    ),
    "voters.too_many_refused": QT_TRANSLATE_NOOP(
        "Messages",
        "The voter file {name} was not imported: {refused} rows could not be read (more "
        "than {limit}), the first on line {line} ({problem}). Check the column mapping; "
        "nothing changed.",
    ),
    "audit.voter_file": QT_TRANSLATE_NOOP("Messages", "imported the voter file ({rows} voters)"),
    "audit.voter_match": QT_TRANSLATE_NOOP(
        "Messages", "predicted the registrar's verdict on {lines} lines from the voter file"
    ),
    "audit.voter_office_copy": QT_TRANSLATE_NOOP(
        "Messages", "set whether this office may hold a copy of the voter file ({state})"
    ),
    "audit.purge": QT_TRANSLATE_NOOP(
        "Messages",
        "purged the drive's personal data: the names and addresses of {lines} signature "
        "lines, the voter file, and the values the audit kept of them",
    ),
    "purge.done": QT_TRANSLATE_NOOP(
        "Messages",
        "This database's personal data was purged on {at}: it sends and merges no more "
        "packets (they would bring names and addresses back).",
    ),
    "audit.voter_purge": QT_TRANSLATE_NOOP(
        "Messages", "purged the voter file ({voters} voters) and every predicted verdict"
    ),
    "voters.match_failed": QT_TRANSLATE_NOOP(
        "Messages", "The lines could not be matched ({detail}); nothing changed."
    ),
    "voters.too_many_columns": QT_TRANSLATE_NOOP(
        "Messages", "line {line} has {columns} columns: not a voter file"
    ),
    "voters.quote_unclosed": QT_TRANSLATE_NOOP(
        "Messages",
        "a quote on line {line} is never closed on that line: the rest of the file would "
        "run into one field",
    ),
    "voters.field_too_long": QT_TRANSLATE_NOOP(
        "Messages", "line {line} holds a value of {length} characters: not a voter record"
    ),
    "voters.column_twice": QT_TRANSLATE_NOOP(
        "Messages", "the header names the column “{column}” twice: say which one in the mapping"
    ),
    "voters.file_changed": QT_TRANSLATE_NOOP(
        "Messages",
        "The voter file {name} changed while it was read (another program writing it?); "
        "nothing changed here. Import it again once it is complete.",
    ),
    "voters.not_a_file": QT_TRANSLATE_NOOP(
        "Messages", "The voter file {name} is not a regular file; nothing changed."
    ),
    "voters.no_file": QT_TRANSLATE_NOOP(
        "Messages", "No voter file has been imported yet: import the county's voter file first."
    ),
    "voters.no_name": QT_TRANSLATE_NOOP("Messages", "voter {voter} has no name"),
    "voters.bad_zip": QT_TRANSLATE_NOOP("Messages", "voter {voter}: “{found}” is not a ZIP code"),
    "voters.bad_status": QT_TRANSLATE_NOOP(
        "Messages", "voter {voter}: “{found}” is not a status the mapping knows"
    ),
    "voters.bad_date": QT_TRANSLATE_NOOP(
        "Messages", "voter {voter}: “{found}” is not a registration date"
    ),
    "voters.preset_name": QT_TRANSLATE_NOOP(
        "Messages", "Give the preset a name (at most {limit} characters)."
    ),
    "voters.preset_built_in": QT_TRANSLATE_NOOP(
        "Messages", "“{name}” is the built-in preset: it cannot be replaced or deleted."
    ),
    "voters.preset_exists": QT_TRANSLATE_NOOP(
        "Messages", "A preset named “{name}” is already saved."
    ),
    "voters.preset_missing": QT_TRANSLATE_NOOP("Messages", "No preset named “{name}” is saved."),
    "audit.voter_preset_saved": QT_TRANSLATE_NOOP(
        "Messages", "saved the voter file column mapping “{name}”"
    ),
    "audit.voter_preset_deleted": QT_TRANSLATE_NOOP(
        "Messages", "deleted the voter file column mapping “{name}”"
    ),
    "voters.not_to_review": QT_TRANSLATE_NOOP(
        "Messages", "That line has no predicted verdict to review: match the lines again."
    ),
    "voters.not_a_candidate": QT_TRANSLATE_NOOP(
        "Messages",
        "That voter is not one of the line's candidates any more: the voter file or the line "
        "changed. Match the lines again.",
    ),
    "audit.voter_review": QT_TRANSLATE_NOOP("Messages", "reviewed a line's voter match: {status}"),
    # --- backups ---------------------------------------------------------------------------
    "backup.kept_range": QT_TRANSLATE_NOOP("Messages", "Keep between {low} and {high} backups."),
    "backup.not_found": QT_TRANSLATE_NOOP("Messages", "There is no backup file at {path}."),
    "backup.other_database": QT_TRANSLATE_NOOP(
        "Messages",
        "That backup is of another database (office {office}); this one is office {ours}. "
        "Nothing was changed.",
    ),
    # --- files: packets and digests read from outside (exchange) -------------------------
    "file.missing": QT_TRANSLATE_NOOP("Messages", "the file does not exist"),
    "file.cannot_read": QT_TRANSLATE_NOOP("Messages", "the file cannot be read ({detail})"),
    "file.too_big": QT_TRANSLATE_NOOP(
        "Messages", "the file is {size}, more than the {limit} a workbook may have here"
    ),
    "file.not_xlsx": QT_TRANSLATE_NOOP("Messages", "it is not an Excel workbook (.xlsx)"),
    "file.damaged": QT_TRANSLATE_NOOP(
        "Messages", "the workbook is truncated or damaged ({detail}); ask for the file again"
    ),
    "file.too_many_parts": QT_TRANSLATE_NOOP(
        "Messages", "the workbook has {parts} parts; a workbook here has fewer"
    ),
    "file.part_missing": QT_TRANSLATE_NOOP(
        "Messages", "it is not an Excel workbook (.xlsx): {part} is missing"
    ),
    "file.encrypted": QT_TRANSLATE_NOOP("Messages", "the workbook is encrypted"),
    "file.compression": QT_TRANSLATE_NOOP(
        "Messages", "{part} uses an unsupported compression method"
    ),
    "file.zip_bomb": QT_TRANSLATE_NOOP(
        "Messages",
        "{part} expands {ratio} times (to {size}): it looks like a zip bomb and was not opened",
    ),
    "file.expands_too_much": QT_TRANSLATE_NOOP(
        "Messages",
        "the workbook expands to more than {limit}: too big to be a packet, or a zip bomb; "
        "it was not opened",
    ),
    "file.not_regular": QT_TRANSLATE_NOOP(
        "Messages",
        "it is not a regular file (a {kind}); only files are read. Copy the packet itself "
        "into the folder.",
    ),
    "file.no_seal": QT_TRANSLATE_NOOP(
        "Messages",
        "it has no RecallDesk seal: it was opened and saved in another program (Excel drops "
        "the seal), cut short on the way, or written by a RecallDesk older than 0.2. Ask for "
        "the file again, as RecallDesk wrote it.",
    ),
    "file.seal_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "its signature does not match its contents: the file was changed after RecallDesk "
        "wrote it (edited, or damaged on the way). Ask for the {kind} again.",
    ),
    "file.seal_other_campaign": QT_TRANSLATE_NOOP(
        "Messages",
        "it belongs to another campaign (campaign id {their_id}); this database is {ours}, "
        "campaign id {our_id}. If it is the same campaign, the two were set up with different "
        "campaign keys.",
    ),
    "file.seal_key": QT_TRANSLATE_NOOP(
        "Messages", "it is sealed with a key this database does not hold"
    ),
    "file.changed_while_read": QT_TRANSLATE_NOOP(
        "Messages", "the file changed while it was being read; merge it again once it is copied"
    ),
    "file.unexpected_part": QT_TRANSLATE_NOOP(
        "Messages",
        "it holds {part}, which RecallDesk never writes (macros, links, pictures and other "
        "active content are refused)",
    ),
    "file.part_twice": QT_TRANSLATE_NOOP(
        "Messages", "it holds {part} twice (perhaps in other letter case)"
    ),
    "file.part_too_big": QT_TRANSLATE_NOOP(
        "Messages", "its part {part} is {size}, far more than RecallDesk ever writes there"
    ),
    "file.part_unused": QT_TRANSLATE_NOOP(
        "Messages", "its part {part} belongs to no sheet: something was hidden in the file"
    ),
    "file.bad_part_xml": QT_TRANSLATE_NOOP(
        "Messages", "its part {part} is not valid XML ({detail})"
    ),
    "file.unexpected_element": QT_TRANSLATE_NOOP(
        "Messages",
        "its part {part} holds “{element}”, which RecallDesk never writes (formulas, links, "
        "declarations and other active content are refused)",
    ),
    "file.tag_too_long": QT_TRANSLATE_NOOP(
        "Messages", "its part {part} holds an XML tag longer than any RecallDesk writes"
    ),
    "file.content_type": QT_TRANSLATE_NOOP(
        "Messages", "{part} is declared as “{content_type}”, not what RecallDesk writes"
    ),
    "file.bad_target": QT_TRANSLATE_NOOP(
        "Messages",
        "{part} points to “{target}”, which is not one of the file's own parts as RecallDesk "
        "names them",
    ),
    "file.external_link": QT_TRANSLATE_NOOP(
        "Messages", "{part} links to something outside the file; RecallDesk never does"
    ),
    "file.unexpected_relationship": QT_TRANSLATE_NOOP(
        "Messages", "{part} adds a “{kind}”, which RecallDesk never writes"
    ),
    "file.defined_name": QT_TRANSLATE_NOOP(
        "Messages", "the workbook defines the name “{name}”, which RecallDesk never writes"
    ),
    "file.sheet_twice": QT_TRANSLATE_NOOP(
        "Messages", "the workbook has two sheets called “{sheet}”"
    ),
    "file.sheet_hidden": QT_TRANSLATE_NOOP(
        "Messages", "the sheet “{sheet}” is hidden; RecallDesk hides nothing"
    ),
    "file.sheet_no_part": QT_TRANSLATE_NOOP(
        "Messages", "the sheet “{sheet}” has no part of its own in the file"
    ),
    "file.sheets_disagree": QT_TRANSLATE_NOOP(
        "Messages", "the workbook's list of sheets reads differently in different readers"
    ),
    "file.display_format": QT_TRANSLATE_NOOP(
        "Messages",
        "a display format (“{format_code}”) could make a cell show something other than its value",
    ),
    "file.cell_without_reference": QT_TRANSLATE_NOOP(
        "Messages", "its part {part} has a cell without its reference, unlike RecallDesk's"
    ),
    "file.cell_out_of_range": QT_TRANSLATE_NOOP(
        "Messages",
        "a cell at {cell} lies outside the {columns} columns and {rows} rows this sheet may "
        "have; it was not loaded",
    ),
    "file.manifest_too_long": QT_TRANSLATE_NOOP(
        "Messages", "the manifest field “{field}” is longer than {limit} characters"
    ),
    "file.manifest_office_code": QT_TRANSLATE_NOOP(
        "Messages",
        "the manifest's office code “{found}” is not an office code (capital letters, "
        "digits, - and _, up to 12)",
    ),
    "file.manifest_bad_value": QT_TRANSLATE_NOOP(
        "Messages", "the manifest field “{field}” is not in the form RecallDesk writes"
    ),
    "file.unforeseen": QT_TRANSLATE_NOOP(
        "Messages",
        "it could not be read ({detail}). Nothing of it was merged; the other files were "
        "handled as usual. Ask for the file again, and report this message.",
    ),
    "file.unreadable": QT_TRANSLATE_NOOP("Messages", "the workbook cannot be read ({detail})"),
    "file.sheet_unreadable": QT_TRANSLATE_NOOP("Messages", "the sheet cannot be read ({detail})"),
    "file.no_manifest": QT_TRANSLATE_NOOP(
        "Messages", "it is not a RecallDesk packet or digest: it has no Manifest sheet"
    ),
    "file.manifest_header": QT_TRANSLATE_NOOP("Messages", "the header must be “field | value”"),
    "file.manifest_two_columns": QT_TRANSLATE_NOOP("Messages", "only two columns are allowed"),
    "file.manifest_not_text": QT_TRANSLATE_NOOP(
        "Messages", "a {kind} cell; manifest cells are text"
    ),
    "file.manifest_field_twice": QT_TRANSLATE_NOOP("Messages", "the field “{field}” appears twice"),
    "file.control_character": QT_TRANSLATE_NOOP("Messages", "a cell holds a control character"),
    "file.sheet_missing": QT_TRANSLATE_NOOP("Messages", "the sheet “{sheet}” is missing"),
    "file.unexpected_sheet": QT_TRANSLATE_NOOP(
        "Messages", "unexpected sheet “{sheet}”; a signed workbook has only its own"
    ),
    "file.formula": QT_TRANSLATE_NOOP(
        "Messages", "cell {cell} holds a formula; packets and digests hold values only"
    ),
    "file.sheet_not_at_a1": QT_TRANSLATE_NOOP(
        "Messages", "the sheet must start at cell A1 with its header"
    ),
    "file.header_row": QT_TRANSLATE_NOOP("Messages", "the header row must be: {header}"),
    "file.row_width": QT_TRANSLATE_NOOP("Messages", "the row has {cells} cells, not {width}"),
    "file.cell_not_text": QT_TRANSLATE_NOOP(
        "Messages", "a {kind} cell ({value}); every cell of a signed sheet is text"
    ),
    "file.rows_unreadable": QT_TRANSLATE_NOOP("Messages", "the rows could not be read"),
    "file.manifest_number": QT_TRANSLATE_NOOP(
        "Messages",
        "the manifest field “{field}” must be a whole number from {minimum} to {maximum} "
        "(found “{found}”)",
    ),
    "file.wrong_kind": QT_TRANSLATE_NOOP(
        "Messages", "it is a {found} (of RecallDesk), not a {expected}"
    ),
    "file.newer_format": QT_TRANSLATE_NOOP(
        "Messages",
        "it was written by a newer RecallDesk (format {found}; this RecallDesk reads "
        "{expected}). Install the newer RecallDesk here.",
    ),
    "file.older_format": QT_TRANSLATE_NOOP(
        "Messages",
        "it was written by an older RecallDesk (format {found}; this RecallDesk reads "
        "{expected}). Update RecallDesk where it was written, then send a full packet.",
    ),
    "file.not_recalldesk": QT_TRANSLATE_NOOP(
        "Messages", "it is not a RecallDesk sync file (format “{found}”)"
    ),
    "file.manifest_missing_field": QT_TRANSLATE_NOOP(
        "Messages", "the manifest has no “{field}” field"
    ),
    "file.other_campaign": QT_TRANSLATE_NOOP(
        "Messages",
        "it belongs to another campaign ({theirs}, campaign id {their_id}); this database is "
        "{ours}, campaign id {our_id}. If it is the same campaign, the two were set up with "
        "different campaign keys.",
    ),
    "file.newer_schema": QT_TRANSLATE_NOOP(
        "Messages",
        "it was written by a newer RecallDesk ({app_version}, database version {schema}; "
        "this RecallDesk reads up to version {latest}). Install the newer RecallDesk here, "
        "then merge it again.",
    ),
    "file.manifest_full": QT_TRANSLATE_NOOP(
        "Messages", "the manifest field “full” must be 0, or 1 with since_change_seq 0"
    ),
    "file.manifest_no_office": QT_TRANSLATE_NOOP(
        "Messages", "the manifest names no office or device"
    ),
    "file.packet_rows_differ": QT_TRANSLATE_NOOP(
        "Messages",
        "the sheet has {found} data rows but the manifest says {expected}: the packet is "
        "incomplete or was edited",
    ),
    "file.row_count_differs": QT_TRANSLATE_NOOP(
        "Messages", "the sheet has {found} data rows but the manifest says {expected}"
    ),
    "file.digest_other_office": QT_TRANSLATE_NOOP(
        "Messages", "it is addressed to office {theirs}; this is office {ours}"
    ),
    # cells of signed sheets (core.packet_checks)
    "cell.uuid": QT_TRANSLATE_NOOP(
        "Messages", "is not a UUID (lower-case 8-4-4-4-12 hex digits) (found “{found}”)"
    ),
    "cell.uuid_or_empty": QT_TRANSLATE_NOOP(
        "Messages",
        "is not a UUID (lower-case 8-4-4-4-12 hex digits) or empty (found “{found}”)",
    ),
    "cell.text_required": QT_TRANSLATE_NOOP("Messages", "is empty"),
    "cell.int": QT_TRANSLATE_NOOP(
        "Messages",
        "is not a whole number (0 or more, written without leading zeros) (found “{found}”)",
    ),
    "cell.int_positive": QT_TRANSLATE_NOOP(
        "Messages",
        "is not a whole number of 1 or more (written without leading zeros) (found “{found}”)",
    ),
    "cell.bool": QT_TRANSLATE_NOOP("Messages", "is not 0 or 1 (found “{found}”)"),
    "cell.date_or_empty": QT_TRANSLATE_NOOP(
        "Messages", "is not a date (YYYY-MM-DD) or empty (found “{found}”)"
    ),
    "cell.stamp": QT_TRANSLATE_NOOP(
        "Messages",
        "is not a real UTC time (YYYY-MM-DDTHH:MM:SS.fffZ, between 1900 and 2099) "
        "(found “{found}”)",
    ),
    "cell.longer_than": QT_TRANSLATE_NOOP(
        "Messages", "holds {length} characters, longer than the {limit} this column allows"
    ),
    "cell.code": QT_TRANSLATE_NOOP(
        "Messages",
        "is not an office code (capital letters, digits, - and _, up to 12) (found “{found}”)",
    ),
    "cell.too_long": QT_TRANSLATE_NOOP(
        "Messages",
        "holds {length} characters, more than the {limit} a cell may hold (Excel would cut it)",
    ),
    "cell.enum": QT_TRANSLATE_NOOP("Messages", "is not one of: {choices} (found “{found}”)"),
    # --- writing files (exchange.atomic) -------------------------------------------------
    "write.disk_full": QT_TRANSLATE_NOOP(
        "Messages", "The disk is full: {path} could not be written. Free some space and retry."
    ),
    "write.not_allowed": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} cannot be written: the folder is read-only, or the file is open in another "
        "program (close it in Excel and retry).",
    ),
    "write.no_folder": QT_TRANSLATE_NOOP("Messages", "The folder {folder} does not exist."),
    "write.failed": QT_TRANSLATE_NOOP("Messages", "{path} could not be written: {detail}."),
}
