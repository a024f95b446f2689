"""The shape every operation shares: permissions, refusals, results and changes."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from recalldesk.core.messages import Message, MessageError, msg

T = TypeVar("T")


class Permission(enum.StrEnum):
    """What an operation needs the actor to be allowed to do."""

    READ = "read"
    KEY = "key"  # save, edit, mark and undo lines
    VERIFY = "verify"  # key a section again, blind, and settle its differences
    ASSIGN_VERIFICATION = "assign_verification"  # choose what is verified
    INTAKE = "intake"  # log sections, add circulators
    CLOSE_SECTION = "close_section"
    MANAGE_OPERATORS = "manage_operators"
    SYNC = "sync"  # an office writes packets and imports digests
    MERGE = "merge"  # central merges packets
    DIGEST = "digest"  # central writes digests
    RESOLVE_CONFLICTS = "resolve_conflicts"
    DECIDE_DUPLICATES = "decide_duplicates"
    SAMPLE = "sample"  # draw the campaign's sample and record its results
    VOTER_FILE = "voter_file"  # import the county voter file (it stays at central)
    EXPORT = "export"
    SETTINGS = "settings"  # the campaign key and other settings
    SET_UP = "set_up"
    PURGE = "purge"  # remove the drive's personal data at its end


class OpRefused(MessageError):
    """The operation was not done, and changed nothing; ``message`` says why."""


def refuse(code: str, **params: Any) -> OpRefused:
    """``raise refuse("keying.not_owner", office="PAS")``."""
    return OpRefused(msg(code, **params))


@dataclass(frozen=True, slots=True)
class Changes:
    """What an operation changed, so each window redraws only what it must.

    ``sections`` names the sections (row ids) whose lines or header changed.
    """

    sections: frozenset[int] = field(default_factory=frozenset)
    section_list: bool = False  # sections added, removed or changed status
    figures: bool = False  # anything the dashboard counts
    conflicts: bool = False
    operators: bool = False
    campaign: bool = False  # campaign settings, identity or keys
    undo: bool = False  # the undo history's state

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.sections | other.sections,
            self.section_list or other.section_list,
            self.figures or other.figures,
            self.conflicts or other.conflicts,
            self.operators or other.operators,
            self.campaign or other.campaign,
            self.undo or other.undo,
        )

    @property
    def anything(self) -> bool:
        return bool(self.sections) or any(
            (
                self.section_list,
                self.figures,
                self.conflicts,
                self.operators,
                self.campaign,
                self.undo,
            )
        )


NO_CHANGES = Changes()


def line_changes(section_id: int, *, status_changed: bool = False) -> Changes:
    """A line of ``section_id`` was saved, edited or undone."""
    return Changes(
        sections=frozenset({section_id}), section_list=status_changed, figures=True, undo=True
    )


@dataclass(frozen=True, slots=True)
class Done(Generic[T]):
    """An operation's result and what it changed."""

    value: T
    changes: Changes = NO_CHANGES
    notes: tuple[Message, ...] = ()  # things worth telling the user (a section reopened …)
