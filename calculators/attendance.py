"""The attendance calculator: may the child take part in their conference, and with whom?

Age is counted in whole years on the conference date. A child born on 29 February has their
birthday on 1 March in a year that is not a leap year.
"""

from __future__ import annotations

from typing import Any

from . import validate
from .attendance_rules import attendance_rule
from .data import citation, national
from .dates import Date, add_months, long_date
from .errors import Problems
from .fields import capital, given_input, label, the
from .rules import authority_name

FIELDS = {"authority", "age", "date_of_birth", "conference_date"}
OLDEST = 17  # a child is a person under 18 (Children Act 1989, section 105)


def age_on(birth: Date, day: Date) -> int:
    """Whole years from `birth` to `day`; 29 February birthdays fall on 1 March in other years."""
    years = day.year - birth.year
    birthday = (birth.month, birth.day)
    if birthday == (2, 29) and not _is_leap(day.year):
        birthday = (3, 1)
    return years - ((day.month, day.day) < birthday)


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def no_rule_words(authority: str) -> str:
    """What to say where an authority's pack has no attendance table: its own document sets no
    age rule (and the national baseline, as summarised here, sets none either)."""
    if authority == national():
        return "National guidance as summarised here sets no age rule for a child's attendance."
    return (
        f"{authority_name(authority)}'s document sets no age rule for a child's attendance, and "
        "national guidance as summarised here sets none either."
    )


def calculate(payload: Any) -> dict:
    authority, age = _read(payload)
    rule = attendance_rule(authority)
    name = authority_name(authority)
    result: dict[str, Any] = {
        "authority": authority,
        "authority_name": name,
        "age": age,
        "inputs": _inputs(authority, payload, age),
        "presumption": "none",
        "advocate_offered": None,
        "questions": [],
        "notes": [],
        "source": None,
    }
    if rule is None:
        result["notes"].append(
            {
                "text": f"{no_rule_words(authority)} Check your local procedure.",
                "source": None,
            }
        )
        return result

    def cite(quote: str | None) -> dict:
        return citation(authority, rule.section, quote)

    if rule.presumption:
        threshold = rule.presumption.age
        offered = age >= threshold
        result["presumption"] = "offer" if offered else "not-expected"
        quote = rule.presumption.over_quote if offered else rule.presumption.under_quote
        result["source"] = cite(quote)
        result["notes"].append(
            {
                "text": (
                    f"At {age}, the starting presumption is that the child should be offered the chance to "
                    "take part. Evidence can rebut it."
                    if offered
                    else f"At {age}, the starting presumption is that the child is unlikely to take part directly "
                    f"or fully (under {threshold}). Evidence can rebut it: assess the child's understanding."
                ),
                "source": result["source"],
            }
        )
    elif rule.presumption_lost_quote:
        result["source"] = cite(rule.presumption_lost_quote)
        result["notes"].append(
            {
                "text": f"{name}'s procedure recommends an approach based on age and understanding, but "
                "the approach itself was lost from the captured document. No age presumption is given.",
                "source": result["source"],
            }
        )
    else:
        result["notes"].append(
            {
                "text": f"{name}'s document sets no age presumption for a child taking part.",
                "source": cite(None),
            }
        )

    result["questions"] = list(rule.questions)
    if rule.questions_lost_quote:
        result["notes"].append(
            {
                "text": "The questions the chair should ask were lost from the captured document.",
                "source": cite(rule.questions_lost_quote),
            }
        )

    if rule.advocate:
        low, high = rule.advocate.low, rule.advocate.high
        advocate = cite(rule.advocate.quote)
        if low <= age <= high:
            result["advocate_offered"] = True
            result["notes"].append(
                {
                    "text": f"At {age}, the young person is routinely offered an independent advocate "
                    f'(ages {low} to {high}; the source says "between", read here as including '
                    "both ages).",
                    "source": advocate,
                }
            )
        else:
            result["notes"].append(
                {
                    "text": f"Advocates are offered routinely only at ages {low} to {high}; at {age}, "
                    "identify one if the child needs it.",
                    "source": advocate,
                }
            )
        result["source"] = result["source"] or advocate

    for note in rule.notes:
        result["notes"].append({"text": note.text, "source": cite(note.quote)})
    return result


NAME = "attendance"
ADULT = 18  # a child protection conference is for a child: under 18


def _subject(field: str) -> str:
    return the(label(NAME, field))


def _inputs(authority: str, payload: dict, age: int) -> list[dict]:
    """What the result was worked out from, in words, in the order of the form."""
    found = [given_input(NAME, "authority", authority, authority_name(authority))]
    if "age" in payload:
        found.append(given_input(NAME, "age", age, str(age)))
    for field in ("date_of_birth", "conference_date"):
        if field in payload:
            day = validate.read_date(payload[field], "")
            assert isinstance(day, Date)  # checked by _read
            found.append(given_input(NAME, field, day.isoformat(), long_date(day)))
    return found


def _read(payload: Any) -> tuple[str, int]:
    payload = validate.require_object(payload)
    problems = Problems(NAME)
    validate.unknown_fields(payload, FIELDS, problems)
    authority = validate.authority(payload, problems)
    has_age = "age" in payload
    has_dates = "date_of_birth" in payload or "conference_date" in payload
    age: int | None = None
    if has_age and has_dates:
        problems.add(
            "age",
            f"Enter either {_subject('age')}, or {_subject('date_of_birth')} and "
            f"{_subject('conference_date')}, not both",
        )
    elif has_age:
        value = payload["age"]
        if isinstance(value, bool) or not isinstance(value, int):
            problems.add(
                "age",
                f"Enter {_subject('age')} as a whole number, like 12, not {validate.shown(value)}",
            )
        elif value < 0:
            problems.add("age", f"{capital(_subject('age'))} must be 0 or more")
        elif value > OLDEST:
            problems.add(
                "age",
                f"{capital(_subject('age'))} must be {OLDEST} or less: child protection "
                f"conferences are for children under {ADULT}",
            )
        else:
            age = value
    elif has_dates:
        birth = validate.date(
            payload.get("date_of_birth"),
            "date_of_birth",
            _subject("date_of_birth"),
            problems,
            in_table=False,
        )
        day = validate.date(
            payload.get("conference_date"),
            "conference_date",
            _subject("conference_date"),
            problems,
            in_table=False,
        )
        if birth and day:
            if birth > day:
                problems.add(
                    "date_of_birth",
                    f"{capital(_subject('date_of_birth'))} must be the same as or before "
                    f"{_subject('conference_date')} ({long_date(day)})",
                )
            elif (found := age_on(birth, day)) > OLDEST:
                # Born on or before this day, the child is 18 or more at the conference.
                latest = add_months(day, -12 * ADULT)
                problems.add(
                    "date_of_birth",
                    f"{capital(_subject('date_of_birth'))} must be after {long_date(latest)}: "
                    f"child protection conferences are for children under {ADULT}",
                )
            else:
                age = found
    else:
        problems.add(
            "age",
            f"Enter {_subject('age')}, or {_subject('date_of_birth')} and "
            f"{_subject('conference_date')}",
        )
    problems.raise_if_any()
    assert authority is not None and age is not None
    return authority, age
