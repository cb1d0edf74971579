"""The deadlines calculator: every date that follows from the events a user gives.

For each deadline id, the authority's own rule applies; where its document is silent the
national rule applies (`inherited`). A pre-birth conference is an initial conference, so rules
that count from the ICPC count from it too unless a source gives a pre-birth rule.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from . import validate
from .data import events as known_events
from .data import national
from .dates import Date, long_date
from .errors import Problems
from .fields import capital, given_input, label, late_in_day_fields, one_of, options, order, the
from .periods import apply
from .rules import (
    DeadlineRule,
    authority_name,
    deadline_meanings,
    deadline_rules,
    generic_title,
    read_together,
    rules_for,
    silence_words,
)
from .standing import standing
from .workingdays import OutsideSupportedRange, WorkingCalendar

CONFERENCE_TYPES = ("initial", "review")
FIELDS = {"authority", "events", "closure_days", "conference_type", "today"}
NAME = "deadlines"


def late_in_day_options() -> dict[str, str]:
    """Yes/no fields saying an event comes late in the day (events.toml): field -> event."""
    return late_in_day_fields()


# (later event, earlier event): the later may not come before the earlier.
ORDER = (
    ("icpc", "strategy_discussion"),
    ("review", "icpc"),
    ("review", "pre_birth_conference"),
    ("birth", "pre_birth_conference"),
    ("core_group", "icpc"),
    ("core_group", "pre_birth_conference"),
    ("record_received", "conference"),
)


class Given(NamedTuple):
    """What a valid payload says."""

    authority: str
    events: dict[str, Date]
    conference_type: str | None
    closures: list[Date]
    late: dict[str, bool]  # "late in the day" answers given: field -> yes or no
    today: Date | None


class _TooFar(Exception):
    """A deadline counted from `event` falls outside the bank-holiday table."""

    def __init__(self, event: str, error: OutsideSupportedRange):
        super().__init__(str(error))
        self.event = event
        self.error = error


def calculate(payload: Any) -> dict:
    read = _read(payload)
    given = read.events
    late = {late_in_day_fields()[field] for field, yes in read.late.items() if yes}
    cal = WorkingCalendar(read.closures)
    deadlines, not_stated = [], []
    problems = Problems(NAME)
    for deadline_id in _ids():
        rule, event, inherited, note = _choose(
            deadline_id, read.authority, given, read.conference_type
        )
        if rule is None:
            if note:
                not_stated.append(
                    {"id": deadline_id, "title": generic_title(deadline_id), "note": note}
                )
            continue
        try:
            item = _deadline(rule, event, given, cal, late, inherited, note)
        except _TooFar as far:
            field = f"events.{far.event}"
            if field not in (f for f, _ in problems.items):
                problems.add(field, validate.outside(_subject(field), far.error))
            continue
        if read.today is not None:
            item.update(standing(Date.fromisoformat(item["due"]), read.today, cal))
        deadlines.append(item)
    problems.raise_if_any()
    deadlines.sort(key=lambda d: (d["due"], d["id"]))
    return {
        "authority": read.authority,
        "authority_name": authority_name(read.authority),
        "today": read.today.isoformat() if read.today else None,
        "inputs": _inputs(read),
        "deadlines": deadlines,
        "not_stated": not_stated,
        "warnings": _warnings(deadlines, given),
    }


def _subject(field: str) -> str:
    """A field as it reads inside a sentence: "the date of the strategy discussion"."""
    return the(label(NAME, field))


def _read(payload: Any) -> Given:
    payload = validate.require_object(payload)
    problems = Problems(NAME)
    options = late_in_day_fields()
    validate.unknown_fields(payload, FIELDS | set(options), problems)
    authority = validate.authority(payload, problems)
    late: dict[str, bool] = {}
    for field in options:
        if field in payload:
            subject = f"the answer to \u201c{label(NAME, field)}\u201d"
            if (answer := validate.boolean(payload[field], field, subject, problems)) is not None:
                late[field] = answer

    raw_events = payload.get("events")
    given: dict[str, Date] = {}
    conference_type = payload.get("conference_type")
    if raw_events is None or raw_events == {}:
        first = next(iter(known_events()))
        problems.add(
            "events", f"Enter at least one date, for example {_subject(f'events.{first}')}"
        )
        raw_events = {}
    elif not isinstance(raw_events, dict):
        problems.add(
            "events",
            'The dates must be an object such as {"strategy_discussion": "2027-01-13"}, '
            f"not {validate.shown(raw_events)}",
        )
        raw_events = {}
    for name, value in raw_events.items():
        field = f"events.{name}"
        if name == "conference_type":  # accepted beside the conference date too
            if conference_type is not None and conference_type != value:
                problems.add(
                    field,
                    f"The type of conference is given twice, as {validate.shown(value)} among "
                    f"the dates and as {validate.shown(conference_type)}: give it once",
                )
            conference_type = value
        elif name not in known_events():
            problems.add(
                field,
                f"This calculator has no date called {validate.shown(name)}: use "
                f"{one_of(known_events())}",
            )
        elif (day := validate.date(value, field, _subject(field), problems)) is not None:
            given[name] = day

    if conference_type is not None:
        conference_type = _conference_type(conference_type, problems)
    elif "conference" in given:
        problems.add("conference_type", f"Select {_subject('conference_type')}")

    closures: list[Date] = []
    raw_closures = payload.get("closure_days", [])
    if not isinstance(raw_closures, list):
        problems.add(
            "closure_days",
            f"{capital(_subject('closure_days'))} must be a list of dates written as "
            'YYYY-MM-DD, for example ["2027-01-05"]',
        )
    else:
        for index, value in enumerate(raw_closures):
            field = f"closure_days[{index}]"
            subject = f"the date on line {index + 1} of {_subject('closure_days')}"
            if (day := validate.date(value, field, subject, problems)) is not None:
                closures.append(day)

    today = None
    if "today" in payload:
        today = validate.date(payload["today"], "today", _subject("today"), problems)

    if "icpc" in given and "pre_birth_conference" in given:
        problems.add(
            "events.pre_birth_conference",
            f"Enter either {_subject('events.icpc')} or "
            f"{_subject('events.pre_birth_conference')}, not both: a pre-birth conference is "
            "the initial conference",
        )
    for later, earlier in ORDER:
        if later in given and earlier in given and given[later] < given[earlier]:
            problems.add(
                f"events.{later}",
                f"{capital(_subject(f'events.{later}'))} must be the same as or after "
                f"{_subject(f'events.{earlier}')} ({long_date(given[earlier])})",
            )
    problems.raise_if_any()
    assert authority is not None
    return Given(authority, given, conference_type, closures, late, today)


def _conference_type(value: Any, problems: Problems) -> str | None:
    if value in CONFERENCE_TYPES:
        return value
    problems.add(
        "conference_type",
        f"{capital(_subject('conference_type'))} must be {one_of(CONFERENCE_TYPES)}, not "
        f"{validate.shown(value)} (a pre-birth or transfer-in conference is an initial "
        "conference)",
    )
    return None


def _inputs(read: Given) -> list[dict]:
    """What the result was worked out from, in words, in the order of the form."""
    found: dict[str, dict] = {
        "authority": given_input(NAME, "authority", read.authority, authority_name(read.authority))
    }
    for name, day in read.events.items():
        found[f"events.{name}"] = given_input(
            NAME, f"events.{name}", day.isoformat(), long_date(day)
        )
    for field, yes in read.late.items():
        found[field] = given_input(NAME, field, yes, "Yes" if yes else "No")
    if read.conference_type is not None:
        words = options(NAME, "conference_type")[read.conference_type]
        found["conference_type"] = given_input(NAME, "conference_type", read.conference_type, words)
    if read.closures:
        found["closure_days"] = given_input(
            NAME,
            "closure_days",
            [day.isoformat() for day in read.closures],
            "; ".join(long_date(day) for day in read.closures),
        )
    if read.today is not None:
        found["today"] = given_input(NAME, "today", read.today.isoformat(), long_date(read.today))
    return [found[field] for field in order(NAME) if field in found]


def _ids() -> list[str]:
    """Every deadline id, in the order of its [deadline.ID] table in the data."""
    return list(deadline_meanings())


def _applies(rule: DeadlineRule, given: dict, conference_type: str | None) -> bool:
    return all(e in given for e in rule.requires) and rule.conference_type in (
        None,
        conference_type,
    )


def _choose(deadline_id: str, authority: str, given: dict, conference_type: str | None):
    """(rule, event it counts from, inherited?, note) for one deadline id; rule None if none applies.

    The note explains an inherited rule, a substituted event, or why no rule applies.
    """
    name = authority_name(authority)
    subject = (
        "National guidance as summarised here" if authority == national() else f"{name}'s document"
    )
    substitute = "pre_birth_conference" in given and "icpc" not in given
    layers = [(authority, False)] + ([(national(), True)] if authority != national() else [])
    wanted_events = set(given) | ({"icpc"} if substitute else set())
    for source, inherited in layers:
        candidates = [r for r in rules_for(source) if r.id == deadline_id]
        # A rule written for the pre-birth conference beats the ICPC rule applied to it.
        candidates.sort(key=lambda r: r.event != "pre_birth_conference")
        for rule in candidates:
            if rule.event not in wanted_events or not _applies(rule, given, conference_type):
                continue
            event = rule.event
            note = None
            if event == "icpc" and substitute:
                event = "pre_birth_conference"
                note = (
                    f"{name if not inherited else 'National guidance'} counts this from the initial "
                    "conference; a pre-birth conference is an initial conference, so it counts from "
                    "the pre-birth conference."
                )
            if inherited:
                said = silence_words(authority, deadline_id)
                note = " ".join(
                    filter(
                        None,
                        [
                            f"{name}'s document does not give this timescale; national guidance applies.",
                            said,
                            note,
                        ],
                    )
                )
            return rule, event, inherited, note
    # Nothing applies: say so only when the user gave the event a rule elsewhere counts from.
    elsewhere = [r for r in deadline_rules() if r.id == deadline_id and r.event in wanted_events]
    if not elsewhere:
        return None, None, False, None
    local = [r for r in rules_for(authority) if r.id == deadline_id]
    if local:
        need = sorted({e for r in local for e in r.requires if e not in given})
        kinds = sorted({r.conference_type for r in local if r.conference_type})
        if need:
            why = f"{name} sets this only when you also give the date of {' and '.join(known_events()[e]['label'] for e in need)}."
        elif kinds and conference_type not in kinds:
            why = f"{name} sets this only for {' and '.join(kinds)} conferences."
        else:
            why = f"{name} counts this from another event."
        return None, None, False, why
    neither = (
        "" if authority == national() else ", and neither does national guidance as summarised here"
    )
    said = silence_words(authority, deadline_id)
    return (
        None,
        None,
        False,
        " ".join(
            filter(
                None,
                [
                    f"{subject} gives no timescale for this{neither}.",
                    said,
                    "Check your local procedure.",
                ],
            )
        ),
    )


def _deadline(rule, event, given, cal, late, inherited, note) -> dict:
    start = given[event]
    try:
        outcome = apply(rule.period, start, rule.direction, cal, same_day=event in late)
    except OutsideSupportedRange as error:
        raise _TooFar(event, error) from None
    if rule.sooner_of and rule.sooner_of[0] in given:
        other_event = rule.sooner_of[0]
        try:
            other = apply(rule.sooner_of[1], given[other_event], "after", cal)
        except OutsideSupportedRange as error:
            raise _TooFar(other_event, error) from None
        if other.limit < outcome.limit:
            outcome = other
    gap = [f"Gap in the source: {rule.gap}"] if rule.gap else []
    notes = [*([note] if note else []), *gap, *rule.notes, *outcome.notes]
    if rule.sooner_of and rule.sooner_of[0] not in given:
        notes.append(
            f"Once the baby is born, give the date of birth: the deadline becomes "
            f"{rule.sooner_of[1].words()} after the birth if that is sooner."
        )
    notes += _late_in_day_notes(rule, event, late)
    if together := read_together(rule):
        notes.append(together)
    days_off = cal.days_off_between(start, outcome.due)
    if days_off and rule.period.unit == "working days":
        listed = "; ".join(f"{long_date(d)} ({n})" for d, n in days_off)
        notes.append(f"Not counted as working days: {listed}.")
    item = {
        "id": rule.id,
        "title": rule.title,
        "due": outcome.due.isoformat(),
        "due_text": long_date(outcome.due),
        "rule": rule.words(event),
        "from": {"event": event, "date": start.isoformat()},
        "source": rule.source(),
        "inherited": inherited,
        "notes": notes,
    }
    if outcome.limit != outcome.due:
        item["limit"] = outcome.limit.isoformat()
        item["limit_text"] = long_date(outcome.limit)
    return item


def _late_in_day_notes(rule: DeadlineRule, event: str, late: set[str]) -> list[str]:
    """For a rule "before" an event that may come late in the day: which reading was used."""
    option = known_events()[event].get("late_in_day")
    if option is None or rule.period.amount != 0 or rule.direction != "before":
        return []
    if event in late:
        return [
            f'You said "{option["title"].lower()}", so the day itself counts if it is a working '
            "day, before that time."
        ]
    return [
        f'{option["why"]} If you know that {option["title"].lower()}, tick "{option["title"]}": '
        "the day itself then counts if it is a working day."
    ]


def _warnings(deadlines: list[dict], given: dict[str, Date]) -> list[str]:
    """Events the user gave that already missed the deadline this tool computed for them."""
    warnings = []
    held = {"icpc": "icpc", "pre-birth-conference": "pre_birth_conference"}
    for item in deadlines:
        event = held.get(item["id"])
        if event in given and given[event] > Date.fromisoformat(item["due"]):
            warnings.append(
                f"The {item['title'].lower()} on {long_date(given[event])} is after its deadline, "
                f"{item['due_text']} ({item['rule'].lower()})."
            )
    if "birth" in given and "pre_birth_conference" not in given:
        warnings.append("The date of birth is used only with a pre-birth conference date.")
    if (
        "edd" in given
        and "pre_birth_conference" in given
        and given["pre_birth_conference"] > given["edd"]
    ):
        warnings.append(
            "The pre-birth conference is after the expected date of delivery: check both dates."
        )
    return warnings
