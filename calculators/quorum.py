"""The quorum calculator: is the conference quorate, and may it go ahead if not?

Attendees count by agency: several professionals from one agency count once, because the
sources count "professional groups or agencies", not people. Where a source requires direct
contact with the child, an agency counts only if one of its attendees has had it.

Each condition for going ahead is answered yes (true), no (false) or not at all (left out):
not knowing is not "does not hold". Where the answer depends on a condition nobody has
answered, the result says which ones, in the authority's own words (`unanswered`).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from . import validate
from .data import authorities, citation
from .dates import Date, long_date
from .errors import InputError, Problems
from .fields import capital, given_input, label, one_of, options, the
from .periods import apply
from .quorum_rules import (
    ALL_CONDITIONS,
    CONDITIONS_LOST,
    NOT_SAID,
    SHOULD_PROCEED,
    Action,
    QuorumRule,
    agencies,
    agency_name,
    circumstances,
    condition_label,
    no_quorum_words,
    quorum_rule,
)
from .rules import authority_name
from .workingdays import OutsideSupportedRange, WorkingCalendar

SOCIAL_CARE = "childrens-social-care"
Cite = Callable[[str | None], dict]
FIELDS = {"authority", "conference_type", "attendees", "circumstances", "conference_date"}


# ------------------------------------------------------------------ the calculation
def calculate(payload: Any) -> dict:
    authority, conference_type, attendees, answers, day = _read(payload)
    rule = quorum_rule(authority)
    name = authority_name(authority)
    result: dict[str, Any] = {
        "authority": authority,
        "authority_name": name,
        "conference_type": conference_type,
        "conference_date": day.isoformat() if day else None,
        "inputs": _inputs(authority, conference_type, day, attendees, answers),
        "quorate": None,
        "may_proceed": None,
        "unanswered": [],
        "reasons": [],
        "required_actions": [],
        "missing_key_agencies": [],
        "counted_agencies": [],
        "not_counted": [],
    }
    if rule is None:
        result["reasons"].append(
            {
                "text": f"{no_quorum_words(authority)} Check your local procedure.",
                "source": citation(authority, authorities()[authority]["document"]),
            }
        )
        return result

    def cite(quote: str | None) -> dict:
        return citation(authority, rule.section, quote)

    present = {a["agency"] for a in attendees}
    counted: list[str] = []
    for agency in dict.fromkeys(a["agency"] for a in attendees if a["agency"] != SOCIAL_CARE):
        contact = any(a["direct_contact"] for a in attendees if a["agency"] == agency)
        if rule.direct_contact and not contact:
            result["not_counted"].append(
                {
                    "agency": agency,
                    "why": f"{agency_name(agency)}: no one attending has had direct contact with the child.",
                }
            )
        else:
            counted.append(agency)
    result["counted_agencies"] = counted
    has_social_care = SOCIAL_CARE in present
    needed = rule.other_agencies
    quorate = has_social_care and len(counted) >= needed
    result["quorate"] = quorate

    contact = " with direct contact with the child" if rule.direct_contact else ""
    if quorate:
        result["reasons"].append(
            {
                "text": f"Quorate: children's social care and {_other_agencies(len(counted))}{contact} attend "
                f"({', '.join(agency_name(a) for a in counted)}).",
                "source": cite(rule.quote),
            }
        )
    else:
        missing = [] if has_social_care else ["children's social care is not attending"]
        if len(counted) < needed:
            missing.append(
                f"{_other_agencies(len(counted))}{contact} {'attends' if len(counted) == 1 else 'attend'}, and {needed} are needed"
            )
        result["reasons"].append(
            {
                "text": f"Not quorate: {'; '.join(missing)}.",
                "source": cite(rule.quote),
            }
        )

    _key_agencies(rule, conference_type, answers, present, result, cite)
    if quorate:
        result["may_proceed"] = True
        return result
    _inquorate(rule, answers, result, cite, name)
    if result["may_proceed"] is not False:
        # Not yet known, or the chair's to decide: what follows applies only if it goes ahead.
        maybe = result["may_proceed"] is None
        for action in rule.actions:
            item = _action(action, cite, day)
            if maybe:
                item["text"] = f"If it goes ahead: {item['text'][:1].lower()}{item['text'][1:]}"
            result["required_actions"].append(item)
    return result


def _other_agencies(count: int) -> str:
    return f"{count} other agency" if count == 1 else f"{count} other agencies"


def _key_agencies(
    rule: QuorumRule,
    conference_type: str,
    answers: dict[str, bool],
    present: set[str],
    result: dict,
    cite: Cite,
) -> None:
    """Agencies that must attend whatever the quorum (a document's key agencies)."""
    for key in rule.key_agencies:
        if conference_type not in key.conference_types:
            continue
        if key.when and answers.get(key.when) is False:
            continue
        missing = [a for a in key.agencies if a not in present]
        if not missing:
            continue
        names = ", ".join(agency_name(a) for a in missing)
        reading = f" {key.reading}" if key.reading else ""
        if key.when and key.when not in answers:
            # Not known whether the rule applies: say what follows if it does.
            text = (
                f"Not answered: whether {condition_label(rule, key.when)}. If so, key agencies "
                f"must be invited and attend: {names} not present.{reading}"
            )
        else:
            result["missing_key_agencies"].extend(
                a for a in missing if a not in result["missing_key_agencies"]
            )
            text = f"Key agencies must be invited and attend: {names} not present.{reading}"
        result["required_actions"].append({"text": text, "source": cite(key.quote)})


def _outcome(proceed: str, holds: list[bool]) -> bool | None:
    """May an inquorate conference go ahead, every condition answered? None: the chair decides."""
    if proceed == ALL_CONDITIONS:
        return all(holds)
    if proceed == SHOULD_PROCEED:
        return True if all(holds) else None
    return None


def _decide(rule: QuorumRule, answers: dict[str, bool]) -> tuple[bool | None, list[str]]:
    """(may_proceed, conditions still to answer). The answer is settled when every way of
    answering the open conditions gives the same one; otherwise it waits on them."""
    assert rule.proceed is not None
    conditions = [c.circumstance for c in rule.conditions]
    open_ = [c for c in conditions if c not in answers]
    outcomes = set()
    for values in itertools.product((True, False), repeat=len(open_)):
        filled = {**answers, **dict(zip(open_, values, strict=True))}
        outcomes.add(_outcome(rule.proceed, [filled[c] for c in conditions]))
    if len(outcomes) == 1:
        return outcomes.pop(), []
    return None, open_


def _inquorate(
    rule: QuorumRule, answers: dict[str, bool], result: dict, cite: Cite, name: str
) -> None:
    reasons = result["reasons"]
    if rule.proceed is None:
        reasons.append(
            {
                "text": f"{name}'s document {NOT_SAID}. Check your local procedure.",
                "source": cite(None),
            }
        )
    elif rule.proceed == CONDITIONS_LOST:
        reasons.append(
            {
                "text": f"{name}'s procedure lets the chair proceed in exceptional circumstances, but the list "
                "of those circumstances was lost from the captured document: the chair decides.",
                "source": cite(rule.proceed_quote),
            }
        )
    else:
        may, open_ = _decide(rule, answers)
        result["may_proceed"] = may
        result["unanswered"] = [
            {"circumstance": c, "text": condition_label(rule, c)} for c in open_
        ]
        reasons.append(
            {
                "text": _verdict(rule, may, open_, answers, name),
                "source": cite(rule.proceed_quote),
            }
        )
        if rule.chair_decides:
            reasons.append(
                {
                    "text": "When a conference is not quorate, whether it goes ahead rests with the chair.",
                    "source": cite(rule.chair_decides),
                }
            )
        # One reason per condition, in the authority's words, each citing them.
        for condition in rule.conditions:
            answer = answers.get(condition.circumstance)
            state = {True: "Holds", False: "Does not hold", None: "Not answered"}[answer]
            reasons.append(
                {
                    "text": f"{state}: {condition_label(rule, condition.circumstance)}",
                    "source": cite(condition.quote),
                }
            )
    if rule.breach_quote:
        reasons.append({"text": rule.breach_text(name), "source": cite(rule.breach_quote)})


def _verdict(
    rule: QuorumRule, may: bool | None, open_: list[str], answers: dict[str, bool], name: str
) -> str:
    """What the answers so far decide, in words."""
    if open_:
        case = (
            "it may go ahead although not quorate: the chair may proceed only when every "
            "condition below holds"
            if rule.proceed == ALL_CONDITIONS
            else f"this is a case in which {name}'s procedure says the conference should go ahead"
        )
        still = "; ".join(condition_label(rule, c) for c in open_)
        return f"Not known yet whether {case}. Still to answer: {still}."
    left_open = any(c.circumstance not in answers for c in rule.conditions)
    settled = " That settles it, whatever the answers still to give." if left_open else ""
    if rule.proceed == ALL_CONDITIONS:
        if may:
            return (
                "The conference may go ahead although not quorate: every condition the "
                "procedure sets for that holds."
            )
        return (
            "The procedure's exception does not apply: it lets the chair proceed despite the "
            "lack of agency representation where every condition below holds, and not all do."
            f"{settled}"
        )
    if may:
        return (
            f"It should go ahead although not quorate: {name}'s procedure says so when every "
            "condition below holds, and they all do."
        )
    return (
        f"The case in which {name}'s procedure says an inquorate conference should go ahead "
        f"does not apply: a condition below does not hold.{settled}"
    )


def _action(action: Action, cite: Cite, day: Date | None) -> dict:
    """A required action; with a period and the conference date, the date it is due by."""
    item: dict[str, Any] = {"text": action.text, "source": cite(action.quote)}
    if action.period is None or day is None:
        return item
    try:
        outcome = apply(action.period, day, "after", WorkingCalendar())
    except OutsideSupportedRange as error:
        raise InputError(
            [("conference_date", validate.outside(_subject("conference_date"), error))]
        ) from None
    item.update(due=outcome.due.isoformat(), due_text=long_date(outcome.due), notes=outcome.notes)
    if outcome.limit != outcome.due:
        item.update(limit=outcome.limit.isoformat(), limit_text=long_date(outcome.limit))
    return item


# ------------------------------------------------------------------ input
NAME = "quorum"


def _inputs(
    authority: str,
    conference_type: str,
    day: Date | None,
    attendees: list[dict],
    answers: dict[str, bool],
) -> list[dict]:
    """What the result was worked out from, in words, in the order of the form."""
    rule = quorum_rule(authority)
    attending = list(dict.fromkeys(a["agency"] for a in attendees))
    contact = list(dict.fromkeys(a["agency"] for a in attendees if a["direct_contact"]))

    def names(agencies: list[str]) -> str:
        return ", ".join(agency_name(a) for a in agencies) or "None"

    found = [
        given_input(NAME, "authority", authority, authority_name(authority)),
        given_input(
            NAME,
            "conference_type",
            conference_type,
            options(NAME, "conference_type")[conference_type],
        ),
    ]
    if day is not None:
        found.append(given_input(NAME, "conference_date", day.isoformat(), long_date(day)))
    found += [
        given_input(NAME, "attendees", attending, names(attending)),
        given_input(NAME, "attendees.direct_contact", contact, names(contact)),
    ]
    # Each answer given, under the question as the form asks it for this authority.
    for circumstance in circumstances():
        if circumstance in answers:
            answer = answers[circumstance]
            found.append(
                {
                    "field": f"circumstances.{circumstance}",
                    "label": condition_label(rule, circumstance),
                    "value": answer,
                    "text": "Yes" if answer else "No",
                }
            )
    return found


def _subject(field: str) -> str:
    return the(label(NAME, field))


def _read(payload: Any) -> tuple[str, str, list[dict], dict[str, bool], Date | None]:
    payload = validate.require_object(payload)
    problems = Problems(NAME)
    validate.unknown_fields(payload, FIELDS, problems)
    authority = validate.authority(payload, problems)
    conference_type = validate.choice(
        payload.get("conference_type"),
        "conference_type",
        _subject("conference_type"),
        tuple(options(NAME, "conference_type")),
        problems,
    )
    day = None
    if payload.get("conference_date") is not None:
        day = validate.date(
            payload["conference_date"], "conference_date", _subject("conference_date"), problems
        )
    known = agencies()
    attendees: list[dict] = []
    raw = payload.get("attendees")
    if not isinstance(raw, list):
        example = '[{"agency": "police", "direct_contact": true}], or [] when none is attending'
        problems.add(
            "attendees",
            f"Give the agencies attending as a list such as {example}"
            if raw is None
            else f"The agencies attending must be a list such as {example}, not "
            f"{validate.shown(raw)}",
        )
        raw = []
    for index, item in enumerate(raw):
        field = f"attendees[{index}]"
        who = f"attendee {index + 1}"
        if not isinstance(item, dict):
            problems.add(
                field,
                f'{capital(who)} must be an object such as {{"agency": "police", '
                f'"direct_contact": true}}, not {validate.shown(item)}',
            )
            continue
        validate.unknown_fields(
            item, {"agency", "direct_contact"}, problems, prefix=f"{field}.", holder=who
        )
        agency = item.get("agency")
        if not isinstance(agency, str) or agency not in known:
            problems.add(
                f"{field}.agency",
                f"Enter the agency of {who}: one of {one_of(known)}"
                if agency is None
                else f"The agency of {who} must be one of {one_of(known)}, not "
                f"{validate.shown(agency)}",
            )
            continue
        contact = validate.boolean(
            item.get("direct_contact", True),
            f"{field}.direct_contact",
            f"whether {who} has had direct contact with the child",
            problems,
        )
        if contact is not None:
            attendees.append({"agency": agency, "direct_contact": contact})
    answers: dict[str, bool] = {}
    raw_circ = payload.get("circumstances", {})
    if not isinstance(raw_circ, dict):
        problems.add(
            "circumstances",
            "The answers about the circumstances must be an object of true or false answers, "
            f'for example {{"delay_detrimental": true}}, not {validate.shown(raw_circ)}',
        )
        raw_circ = {}
    for key, value in raw_circ.items():
        field = f"circumstances.{key}"
        if key not in circumstances():
            problems.add(
                field,
                f"This calculator has no circumstance called {validate.shown(key)}: use "
                f"{one_of(circumstances())}",
            )
            continue
        subject = f"the answer to \u201c{circumstances()[key].rstrip('.')}\u201d"
        if value is None:
            problems.add(
                field, f"{capital(subject)} must be true or false; if it is not known, leave it out"
            )
        elif (flag := validate.boolean(value, field, subject, problems)) is not None:
            answers[key] = flag
    problems.raise_if_any()
    assert authority is not None and conference_type is not None
    return authority, conference_type, attendees, answers, day
