"""Each authority's rules on a child taking part in their conference (its pack's
attendance.toml) as an object, loaded once and used by the attendance calculator, the handbook,
the training and practice alike.

The pack's schema (calculators/schema.py) has checked each file's keys and the keys that must
come together, so building these objects cannot meet a missing key.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from .data import load


@dataclass(frozen=True)
class Presumption:
    """From `age`, a child should be offered the chance to take part; a younger child is
    presumed unlikely to take part directly or fully (both rebuttable)."""

    age: int
    over_quote: str
    under_quote: str


@dataclass(frozen=True)
class Advocate:
    """Ages routinely offered an independent advocate, both included."""

    low: int
    high: int
    quote: str


@dataclass(frozen=True)
class Note:
    text: str  # ours
    quote: str | None = None


@dataclass(frozen=True)
class AttendanceRule:
    authority: str
    section: str
    presumption: Presumption | None = None
    presumption_lost_quote: str | None = None  # the capture lost the age approach
    questions: tuple[str, ...] = ()  # to ask before deciding, word for word
    questions_lost_quote: str | None = None  # the capture lost the questions
    advocate: Advocate | None = None
    notes: tuple[Note, ...] = ()

    @classmethod
    def from_data(cls, authority: str, row: dict[str, Any]) -> AttendanceRule:
        presumption = advocate = None
        if "presumption_age" in row:
            presumption = Presumption(row["presumption_age"], row["over_quote"], row["under_quote"])
        if "advocate_ages" in row:
            low, high = row["advocate_ages"]
            advocate = Advocate(low, high, row["advocate_quote"])
        return cls(
            authority=authority,
            section=row["section"],
            presumption=presumption,
            presumption_lost_quote=row.get("presumption_lost_quote"),
            questions=tuple(row.get("questions", ())),
            questions_lost_quote=row.get("questions_lost_quote"),
            advocate=advocate,
            notes=tuple(Note(n["text"], n.get("quote")) for n in row.get("notes", ())),
        )


@cache
def attendance_rules() -> dict[str, AttendanceRule]:
    """Every authority's attendance rules, by authority. An authority with none sets no rule on
    a child's attendance in its document."""
    return {
        authority: AttendanceRule.from_data(authority, row)
        for authority, row in load("attendance").items()
    }


def attendance_rule(authority: str) -> AttendanceRule | None:
    return attendance_rules().get(authority)
