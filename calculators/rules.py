"""The deadline rules of data/deadlines.toml as objects, with their words and citations."""

from __future__ import annotations

from functools import cache
from typing import Any, NamedTuple

from .data import authorities, citation, events, load
from .periods import Period


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
    from_label: str | None = None  # the source's own name for the event, where it differs
    gap: str | None = None  # what the source does not say (or the capture lost), and what is used
    also: tuple[tuple[str, str], ...] = ()  # (section, quote): other passages saying the same
    read_with: str | None = None  # another wording of the same thing, on another day

    @classmethod
    def from_data(cls, row: dict[str, Any]) -> DeadlineRule:
        sooner = row.get("sooner_of")
        period = Period.parse(row["period"])
        if period.gestation and row["direction"] != "before":
            raise ValueError(f"{row['id']}: a point in pregnancy comes before the EDD")
        return cls(
            id=row["id"],
            authority=row["authority"],
            title=row["title"],
            event=row["from"],
            period=period,
            direction=row["direction"],
            section=row["section"],
            quote=row.get("quote"),
            summary=row.get("summary"),
            sooner_of=(sooner["from"], Period.parse(sooner["period"])) if sooner else None,
            conference_type=row.get("conference_type"),
            requires=tuple(row.get("requires", ())),
            wording=row.get("wording"),
            notes=tuple(row.get("notes", ())),
            from_label=row.get("from_label"),
            gap=row.get("gap"),
            also=tuple((a["section"], a["quote"]) for a in row.get("also", ())),
            read_with=row.get("read_with"),
        )

    def words(self, event: str | None = None) -> str:
        """The rule in plain words: 'Within 15 working days of the strategy discussion'.

        `event` is the event actually counted from, when it is not the rule's own (a pre-birth
        conference standing for the initial conference); the source's own name for its event
        (`from_label`) is used only for that event.
        """
        if self.from_label and event in (None, self.event):
            label = self.from_label
        else:
            label = events()[event or self.event]["label"]
        if self.period.amount == 0:
            text = f"Before {label}"
        elif self.period.gestation:
            when = "At" if self.wording == "at" else "No later than"
            text = (
                f"{when} {self.period.words()}{_week_of(self.period)} (counted back from {label})"
            )
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


class DeadlineMeaning(NamedTuple):
    """What a deadline id means in every authority (a [deadline.ID] table in the data)."""

    id: str
    title: str  # generic: true of every authority's rule with this id
    page: str  # the handbook page that explains it, site-relative ("handbook/timing/")
    topic: str  # the comparison table it is a row of
    by_event: dict[str, dict[str, str]]  # event -> {title, topic}: rules counting from it

    def row_title(self, event: str) -> str:
        """The comparison row of a rule counting from `event`: its own row or the id's."""
        return self.by_event.get(event, {}).get("title", self.title)

    def row_topic(self, event: str) -> str:
        return self.by_event.get(event, {}).get("topic", self.topic)


def _week_of(period: Period) -> str:
    """', the last day of the 32nd week' for 31 weeks 6 days: how sources name the point."""
    if period.days != 6:
        return ""
    week = period.amount + 1
    suffix = "th" if 10 <= week % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(week % 10, "th")
    return f", the last day of the {week}{suffix} week"


@cache
def deadline_rules() -> tuple[DeadlineRule, ...]:
    return tuple(DeadlineRule.from_data(row) for row in load("deadlines")["rule"])


@cache
def deadline_meanings() -> dict[str, DeadlineMeaning]:
    """Every deadline id, in the data's order, with its generic title, page and table.

    An id with rules but no [deadline.ID] table, or the reverse, is an error: a new deadline
    needs its one entry there.
    """
    meanings = {
        key: DeadlineMeaning(
            id=key,
            title=row["title"],
            page=row["page"],
            topic=row["topic"],
            by_event=dict(row.get("from", {})),
        )
        for key, row in load("deadlines")["deadline"].items()
    }
    used = {rule.id for rule in deadline_rules()}
    if used - set(meanings) or set(meanings) - used:
        raise ValueError(
            f"deadline ids without a [deadline.ID] table: {sorted(used - set(meanings))}; "
            f"tables without rules: {sorted(set(meanings) - used)}"
        )
    return meanings


def generic_title(deadline_id: str) -> str:
    return deadline_meanings()[deadline_id].title


@cache
def silences() -> dict[tuple[str, str], dict[str, Any]]:
    """What an authority says where it sets no timescale, keyed by (authority, deadline id)."""
    return {(row["authority"], row["id"]): row for row in load("deadlines")["silence"]}


def silence_words(authority: str, deadline_id: str) -> str:
    """'<Name>'s document says: "..." (section).', with any gap, or "" when it says nothing."""
    silence = silences().get((authority, deadline_id))
    if silence is None:
        return ""
    name = authority_name(authority)
    gap = f" Gap in the source: {silence['gap']}" if "gap" in silence else ""
    return f'{name}\'s document says: "{silence["quote"]}" ({silence["section"]}).{gap}'


def rules_for(authority: str) -> list[DeadlineRule]:
    return [rule for rule in deadline_rules() if rule.authority == authority]


def authority_name(authority: str) -> str:
    return authorities()[authority]["name"]


def read_together(rule: DeadlineRule, *, brief: bool = False) -> str | None:
    """How far apart a rule and its `read_with` partner fall, in words, or None.

    Full: for the calculators' notes and the handbook. Brief: for tables and sheets.
    """
    if rule.read_with is None:
        return None
    partners = [
        r for r in rules_for(rule.authority) if r.id == rule.read_with and r.event == rule.event
    ]
    if len(partners) != 1:
        raise ValueError(f"{rule.id}: read_with {rule.read_with!r} names no single rule")
    partner = partners[0]
    latest, planned = (rule, partner) if partner.wording == "at" else (partner, rule)
    if latest.wording == "at" or planned.wording != "at" or rule.direction != "before":
        raise ValueError(f"{rule.id}: read_with pairs a latest date with a later planned one")
    early, late = _days_before(latest), _days_before(planned)
    if early <= late:
        raise ValueError(f"{rule.id}: the planned date is not after the latest date")
    gap = "a day" if early - late == 1 else f"{early - late} days"
    name = authority_name(rule.authority)
    if brief:
        side = "before" if rule is latest else "after"
        return f"{name}'s two sentences are {gap} apart: this is {gap} {side} the {partner.title.lower()}."
    label = events()[rule.event]["label"]
    point = ""
    if latest.period.gestation:
        week = _week_of(latest.period)  # ", the last day of the 32nd week" or ""
        earliest = "read at its earliest, " if week else ""
        point = f", {earliest}{latest.period.words()}{f' ({week[2:]})' if week else ''},"
    return (
        f"{name}'s two sentences are {gap} apart: the latest date{point} is {early} days before "
        f"{label}; the planned date is {late} days before it, {gap} later. "
        "Plan for the latest date or before."
    )


def _days_before(rule: DeadlineRule) -> int:
    """Days between a fixed point before an event and the event (weeks or gestation only)."""
    if rule.period.gestation:
        return rule.period.days_before_term()
    if rule.period.unit == "weeks":
        return rule.period.amount * 7
    raise ValueError(f"{rule.id}: read_with needs a period in weeks or of gestation")
