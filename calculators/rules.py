"""The deadline rules of data/deadlines.toml as objects, with their words and citations."""

from __future__ import annotations

from functools import cache
from typing import Any, NamedTuple

from .data import authorities, citation, events, load
from .periods import Period

NATIONAL = "england"


class DeadlineRule(NamedTuple):
    id: str
    authority: str
    title: str
    event: str  # the event the period counts from ("from" in the data)
    period: Period
    direction: str
    section: str
    quote: str | None = None
    summary: str | None = None
    sooner_of: tuple[str, Period] | None = None
    conference_type: str | None = None
    requires: tuple[str, ...] = ()
    wording: str | None = None  # "at": the source names a point in time, not a latest date
    notes: tuple[str, ...] = ()

    @classmethod
    def from_data(cls, row: dict[str, Any]) -> DeadlineRule:
        sooner = row.get("sooner_of")
        return cls(
            id=row["id"],
            authority=row["authority"],
            title=row["title"],
            event=row["from"],
            period=Period.parse(row["period"]),
            direction=row["direction"],
            section=row["section"],
            quote=row.get("quote"),
            summary=row.get("summary"),
            sooner_of=(sooner["from"], Period.parse(sooner["period"])) if sooner else None,
            conference_type=row.get("conference_type"),
            requires=tuple(row.get("requires", ())),
            wording=row.get("wording"),
            notes=tuple(row.get("notes", ())),
        )

    def words(self, event: str | None = None) -> str:
        """The rule in plain words: 'Within 15 working days of the strategy discussion'."""
        label = events()[event or self.event]["label"]
        if self.period.amount == 0:
            text = f"Before {label}"
        elif self.period.gestation:
            text = f"At {self.period.words()} (counted back from {label})"
        elif self.wording == "at":
            side = "before" if self.direction == "before" else "after"
            text = f"{self.period.words().capitalize()} {side} {label}"
        elif self.direction == "before":
            text = f"At least {self.period.words()} before {label}"
        else:
            text = f"Within {self.period.words()} of {label}"
        if self.sooner_of:
            other_event, other_period = self.sooner_of
            text += (
                f", or within {other_period.words()} of {events()[other_event]['label']}"
                ", whichever is sooner"
            )
        if self.conference_type:
            text += f" ({self.conference_type} conferences)"
        return text

    def source(self) -> dict:
        if self.summary:
            return citation(self.authority, self.section, summary=self.summary)
        return citation(self.authority, self.section, self.quote)


@cache
def deadline_rules() -> tuple[DeadlineRule, ...]:
    return tuple(DeadlineRule.from_data(row) for row in load("deadlines")["rule"])


@cache
def silences() -> dict[tuple[str, str], dict[str, Any]]:
    """What an authority says in place of a timescale, keyed by (authority, deadline id)."""
    return {(row["authority"], row["id"]): row for row in load("deadlines")["silence"]}


def rules_for(authority: str) -> list[DeadlineRule]:
    return [rule for rule in deadline_rules() if rule.authority == authority]


def authority_name(authority: str) -> str:
    return authorities()[authority]["name"]
