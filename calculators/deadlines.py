"""The deadlines calculator: every date that follows from the events a user gives.

For each deadline id, the authority's own rule applies; where its document is silent the
national rule applies (`inherited`). A pre-birth conference is an initial conference, so rules
that count from the ICPC count from it too unless a source gives a pre-birth rule.
"""

from __future__ import annotations

from typing import Any

from . import validate
from .data import events as known_events
from .dates import Date, long_date
from .errors import InputError, Problems
from .periods import apply
from .rules import (
    NATIONAL,
    DeadlineRule,
    authority_name,
    deadline_meanings,
    deadline_rules,
    generic_title,
    read_together,
    rules_for,
    silence_words,
)
from .workingdays import OutsideSupportedRange, WorkingCalendar

CONFERENCE_TYPES = ("initial", "review")
FIELDS = {"authority", "events", "closure_days", "conference_type"}


def late_in_day_options() -> dict[str, str]:
    """Yes/no fields saying an event comes late in the day (events.toml): field -> event."""
    return {
        row["late_in_day"]["field"]: name
        for name, row in known_events().items()
        if "late_in_day" in row
    }


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


def calculate(payload: Any) -> dict:
    authority, given, conference_type, closures, late = _read(payload)
    cal = WorkingCalendar(closures)
    deadlines, not_stated = [], []
    for deadline_id in _ids():
        rule, event, inherited, note = _choose(deadline_id, authority, given, conference_type)
        if rule is None:
            if note:
                not_stated.append(
                    {"id": deadline_id, "title": generic_title(deadline_id), "note": note}
                )
            continue
        try:
            deadlines.append(_deadline(rule, event, given, cal, late, inherited, note))
        except OutsideSupportedRange as error:
            raise InputError([(f"events.{event}", str(error))]) from None
    deadlines.sort(key=lambda d: (d["due"], d["id"]))
    return {
        "authority": authority,
        "authority_name": authority_name(authority),
        "deadlines": deadlines,
        "not_stated": not_stated,
        "warnings": _warnings(deadlines, given),
    }


def _read(payload: Any) -> tuple[str, dict[str, Date], str | None, list[Date], set[str]]:
    """(authority, events given, conference type, closure days, events late in the day)."""
    payload = validate.require_object(payload)
    problems = Problems()
    options = late_in_day_options()
    validate.unknown_fields(payload, FIELDS | set(options), problems)
    authority = validate.authority(payload, problems)
    late = {
        event
        for field, event in options.items()
        if field in payload and validate.boolean(payload[field], field, problems)
    }

    raw_events = payload.get("events")
    given: dict[str, Date] = {}
    conference_type = payload.get("conference_type")
    if not isinstance(raw_events, dict) or not raw_events:
        problems.add(
            "events", 'give at least one date, for example {"strategy_discussion": "2027-01-13"}'
        )
        raw_events = {}
    for name, value in raw_events.items():
        if name == "conference_type":  # accepted beside the conference date too
            if conference_type is not None and conference_type != value:
                problems.add("events.conference_type", "differs from conference_type")
            conference_type = value
        elif name not in known_events():
            problems.add(
                f"events.{name}",
                f"is not an event this calculator knows; use {', '.join(known_events())}",
            )
        elif (day := validate.date(value, f"events.{name}", problems)) is not None:
            given[name] = day

    if conference_type is not None:
        conference_type = validate.choice(
            conference_type, "conference_type", CONFERENCE_TYPES, problems
        )
    elif "conference" in given:
        problems.add("conference_type", "is required with a conference date: initial or review")

    closures: list[Date] = []
    raw_closures = payload.get("closure_days", [])
    if not isinstance(raw_closures, list):
        problems.add("closure_days", "must be a list of dates written as YYYY-MM-DD")
    else:
        for index, value in enumerate(raw_closures):
            if (day := validate.date(value, f"closure_days[{index}]", problems)) is not None:
                closures.append(day)

    if "icpc" in given and "pre_birth_conference" in given:
        problems.add(
            "events.pre_birth_conference",
            "a pre-birth conference is the initial conference: give icpc or pre_birth_conference, not both",
        )
    labels = known_events()
    for later, earlier in ORDER:
        if later in given and earlier in given and given[later] < given[earlier]:
            problems.add(
                f"events.{later}",
                f"must be the same as or after {labels[earlier]['label']} ({long_date(given[earlier])})",
            )
    problems.raise_if_any()
    assert authority is not None
    return authority, given, conference_type, closures, late


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
        "National guidance as summarised here" if authority == NATIONAL else f"{name}'s document"
    )
    substitute = "pre_birth_conference" in given and "icpc" not in given
    layers = [(authority, False)] + ([(NATIONAL, True)] if authority != NATIONAL else [])
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
        "" if authority == NATIONAL else ", and neither does national guidance as summarised here"
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
    outcome = apply(rule.period, start, rule.direction, cal, same_day=event in late)
    if rule.sooner_of and rule.sooner_of[0] in given:
        other_event = rule.sooner_of[0]
        try:
            other = apply(rule.sooner_of[1], given[other_event], "after", cal)
        except OutsideSupportedRange as error:
            raise InputError([(f"events.{other_event}", str(error))]) from None
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
