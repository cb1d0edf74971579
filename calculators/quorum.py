"""The quorum calculator: is the conference quorate, and may it go ahead if not?

Attendees count by agency: several professionals from one agency count once, because the
sources count "professional groups or agencies", not people. Where a source requires direct
contact with the child, an agency counts only if one of its attendees has had it.
"""

from __future__ import annotations

from typing import Any

from . import validate
from .data import authorities, citation, load
from .errors import Problems
from .rules import NATIONAL, authority_name

CONFERENCE_TYPES = ("initial", "pre-birth", "transfer-in", "review")
SOCIAL_CARE = "childrens-social-care"
FIELDS = {"authority", "conference_type", "attendees", "circumstances"}


def calculate(payload: Any) -> dict:
    authority, conference_type, attendees, circumstances = _read(payload)
    table = load("quorum")
    rule = table.get(authority) if authority != NATIONAL else None
    labels = table["agencies"]
    name = authority_name(authority)
    result: dict[str, Any] = {
        "authority": authority,
        "authority_name": name,
        "conference_type": conference_type,
        "quorate": None,
        "may_proceed": None,
        "reasons": [],
        "required_actions": [],
        "missing_key_agencies": [],
        "counted_agencies": [],
        "not_counted": [],
    }
    if rule is None:
        subject = (
            "National guidance as summarised here"
            if authority == NATIONAL
            else f"{name}'s document"
        )
        result["reasons"].append(
            {
                "text": f"{subject} sets no quorum for child protection conferences. Check your local procedure.",
                "source": citation(authority, authorities()[authority]["document"]),
            }
        )
        return result

    def cite(quote: str) -> dict:
        return citation(authority, rule["section"], quote)

    present = {a["agency"] for a in attendees}
    counted: list[str] = []
    for agency in dict.fromkeys(a["agency"] for a in attendees if a["agency"] != SOCIAL_CARE):
        contact = any(a["direct_contact"] for a in attendees if a["agency"] == agency)
        if rule["direct_contact"] and not contact:
            result["not_counted"].append(
                {
                    "agency": agency,
                    "why": f"{labels[agency]}: no one attending has had direct contact with the child.",
                }
            )
        else:
            counted.append(agency)
    result["counted_agencies"] = counted
    has_social_care = SOCIAL_CARE in present
    needed = rule["other_agencies"]
    quorate = has_social_care and len(counted) >= needed
    result["quorate"] = quorate

    contact = " with direct contact with the child" if rule["direct_contact"] else ""
    if quorate:
        result["reasons"].append(
            {
                "text": f"Quorate: children's social care and {_other_agencies(len(counted))}{contact} attend "
                f"({', '.join(labels[a] for a in counted)}).",
                "source": cite(rule["quote"]),
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
                "source": cite(rule["quote"]),
            }
        )

    _key_agencies(rule, conference_type, circumstances, present, result, labels, cite)
    if quorate:
        result["may_proceed"] = True
        return result
    _inquorate(rule, circumstances, result, cite, name)
    return result


def _other_agencies(count: int) -> str:
    return f"{count} other agency" if count == 1 else f"{count} other agencies"


def _key_agencies(rule, conference_type, circumstances, present, result, labels, cite) -> None:
    """North Yorkshire: police, health and social care must attend, whatever the quorum."""
    for key in rule.get("key_agencies", []):
        if conference_type not in key["conference_types"]:
            continue
        if key.get("when") and not circumstances.get(key["when"]):
            continue
        missing = [a for a in key["agencies"] if a not in present]
        result["missing_key_agencies"].extend(
            a for a in missing if a not in result["missing_key_agencies"]
        )
        if missing:
            result["required_actions"].append(
                {
                    "text": "Key agencies must be invited and attend: "
                    f"{', '.join(labels[a] for a in missing)} not present."
                    + (f" {key['reading']}" if "reading" in key else ""),
                    "source": cite(key["quote"]),
                }
            )


def _inquorate(rule, circumstances, result, cite, name) -> None:
    labels = load("quorum")["circumstances"]
    exceptions = rule.get("exceptions", [])
    if rule["proceed"] == "conditions-lost":
        result["reasons"].append(
            {
                "text": f"{name}'s procedure lets the chair proceed in exceptional circumstances, but the list "
                "of those circumstances was lost from the captured document: the chair decides.",
                "source": cite(rule["proceed_quote"]),
            }
        )
    else:
        unmet = [e for e in exceptions if not circumstances.get(e["circumstance"])]
        if not unmet:
            result["may_proceed"] = True
            result["reasons"].append(
                {
                    "text": "The conference may go ahead although not quorate: every condition "
                    "the procedure sets for that holds.",
                    "source": cite(rule["proceed_quote"]),
                }
            )
        elif "chair_decides" in rule:
            result["reasons"].append(
                {
                    "text": "Not every condition for going ahead holds, so whether to go ahead "
                    "is the chair's decision.",
                    "source": cite(rule["chair_decides"]),
                }
            )
        else:
            result["may_proceed"] = False
            result["reasons"].append(
                {
                    "text": "It should not go ahead: the chair may proceed only when every "
                    "condition below holds, and not all do.",
                    "source": cite(rule["proceed_quote"]),
                }
            )
        # One reason per condition, each citing its own words.
        for exception in exceptions:
            met = exception not in unmet
            label = labels[exception["circumstance"]]
            result["reasons"].append(
                {
                    "text": f"{'Holds' if met else 'Does not hold'}: {label}",
                    "source": cite(exception["quote"]),
                }
            )
    if result["may_proceed"] is not False:
        for action in rule.get("actions", []):
            result["required_actions"].append(
                {"text": action["text"], "source": cite(action["quote"])}
            )


def _read(payload: Any) -> tuple[str, str, list[dict], dict[str, bool]]:
    payload = validate.require_object(payload)
    problems = Problems()
    validate.unknown_fields(payload, FIELDS, problems)
    authority = validate.authority(payload, problems)
    conference_type = validate.choice(
        payload.get("conference_type"), "conference_type", CONFERENCE_TYPES, problems
    )
    table = load("quorum")
    agencies = table["agencies"]
    attendees: list[dict] = []
    raw = payload.get("attendees")
    if not isinstance(raw, list):
        problems.add(
            "attendees", 'must be a list of attendees, each {"agency": ..., "direct_contact": true}'
        )
        raw = []
    for index, item in enumerate(raw):
        field = f"attendees[{index}]"
        if not isinstance(item, dict):
            problems.add(field, "must be an object with agency and direct_contact")
            continue
        validate.unknown_fields(item, {"agency", "direct_contact"}, problems, prefix=f"{field}.")
        agency = item.get("agency")
        if not isinstance(agency, str) or agency not in agencies:
            problems.add(
                f"{field}.agency",
                f"{validate.shown(agency)} is not a known agency: use one of {', '.join(agencies)}",
            )
            continue
        contact = validate.boolean(
            item.get("direct_contact", True), f"{field}.direct_contact", problems
        )
        if contact is not None:
            attendees.append({"agency": agency, "direct_contact": contact})
    circumstances: dict[str, bool] = {}
    raw_circ = payload.get("circumstances", {})
    if not isinstance(raw_circ, dict):
        problems.add(
            "circumstances",
            'must be an object of yes/no answers, for example {"delay_detrimental": true}',
        )
        raw_circ = {}
    for key, value in raw_circ.items():
        if key not in table["circumstances"]:
            problems.add(
                f"circumstances.{key}",
                f"is not a circumstance this calculator knows; use {', '.join(table['circumstances'])}",
            )
        elif (flag := validate.boolean(value, f"circumstances.{key}", problems)) is not None:
            circumstances[key] = flag
    problems.raise_if_any()
    assert authority is not None and conference_type is not None
    return authority, conference_type, attendees, circumstances
