"""Practice mode: fresh cases from a seed, answers from calculators.run, the working and hints.

Templates, levels and date windows are data (data/practice.toml). A case set is fully
determined by (seed, level, authority), so a trainer can give everyone the same set. Answers are
never stored: each case carries the calculators.run result it was made from. This module runs
in the browser too, so it must not import calculators.handbook.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from functools import cache
from typing import Any

from . import run
from .data import authorities, load, national
from .dates import Date, long_date
from .training import answer_for, choice_label, explain
from .workingdays import WorkingCalendar, bank_holidays, supported_range

ONE_DAY = dt.timedelta(days=1)


@cache
def settings() -> dict[str, Any]:
    return load("practice")


def levels() -> dict[str, str]:
    return {key: level["label"] for key, level in settings()["levels"].items()}


def years() -> tuple[int, int]:
    """The years cases come from: practice.toml's, inside the bank-holiday table's range."""
    first, last = supported_range()
    # A year's margin at the end, so a deadline months after the event stays in range.
    return max(settings()["first_year"], first.year), min(settings()["last_year"], last.year - 1)


def _event_day(rng: random.Random, level: dict) -> Date:
    first, last = years()
    year = rng.randint(first, last)
    if level.get("month_ends"):
        # The last days of a month, February most often and in a leap year when there is one.
        leap = [y for y in range(first, last + 1) if y % 4 == 0 and (y % 100 or y % 400 == 0)]
        month = 2 if rng.random() < 0.4 else rng.randint(1, 12)
        if month == 2 and leap:
            year = rng.choice(leap)
        following = Date(year + month // 12, month % 12 + 1, 1)
        return following - dt.timedelta(days=rng.randint(1, 4))
    near = [d for d, name in bank_holidays().items() if name in level["near"] and d.year == year]
    if near:
        anchor = rng.choice(sorted(near))
        return anchor + dt.timedelta(days=rng.randint(-level["before"], level["after"]))
    return Date(year, 1, 1) + dt.timedelta(days=rng.randint(0, 364))


def working(result: dict, deadline_id: str) -> dict:
    """Every day counted and every day skipped between the event and the deadline."""
    item = next(d for d in result["deadlines"] if d["id"] == deadline_id)
    start, due = Date.fromisoformat(item["from"]["date"]), Date.fromisoformat(item["due"])
    step = ONE_DAY if due >= start else -ONE_DAY
    calendar, holidays = WorkingCalendar(), bank_holidays()
    in_working_days = "working day" in item["rule"].lower()
    days: list[dict] = []
    day = start
    # Months and weeks are counted on the calendar: a day-by-day list only helps working days.
    while in_working_days and day != due:
        day += step
        if calendar.is_working_day(day):
            days.append({"date": day.isoformat(), "text": long_date(day), "counted": True})
        else:
            # A bank holiday on a Saturday is skipped as a weekend; its substitute day is named.
            why = "weekend" if day.weekday() >= 5 else holidays.get(day, "office closure day")
            days.append(
                {"date": day.isoformat(), "text": long_date(day), "counted": False, "why": why}
            )
    return {
        "working_days": in_working_days,
        "days": days,
        "counted": sum(d["counted"] for d in days),
    }


def _count(rule: str) -> int | None:
    match = re.search(r"(\d+) working days?", rule)
    return int(match.group(1)) if match else None


def hint(case: dict, answer: str) -> str | None:
    """The usual mistake a wrong date answer looks like, or None (and always None if right)."""
    if case["ask"]["type"] != "date" or answer == case["answer"]["value"]:
        return None
    try:
        given = Date.fromisoformat(answer)
    except ValueError:
        return None
    item = next(d for d in case["result"]["deadlines"] if d["id"] == case["ask"]["deadline"])
    count = _count(item["rule"])
    if count is None:
        return None
    start, due = Date.fromisoformat(item["from"]["date"]), Date.fromisoformat(item["due"])
    sign = 1 if due >= start else -1
    calendar = WorkingCalendar()
    guesses = []
    if count > 1:
        # Counting the event day itself as day one: one working day short.
        short = calendar.add(start, count - 1) if sign > 0 else calendar.subtract(start, count - 1)
        guesses.append(
            (
                short,
                "It looks as if the day of the event was counted: counting "
                "starts on the next working day.",
            )
        )
    day, left = start, count
    while left:
        day += sign * ONE_DAY
        if day.weekday() < 5:
            left -= 1
    weekdays = day
    guesses.append(
        (
            weekdays,
            "It looks as if a bank holiday was counted as a working day: "
            "bank holidays are skipped, like weekends.",
        )
    )
    guesses.append(
        (
            start + sign * count * ONE_DAY,
            "It looks as if calendar days were counted: "
            "this rule counts working days, so weekends and bank holidays are skipped.",
        )
    )
    for wrong, text in guesses:
        if wrong == given and wrong != due:
            return text
    return None


def _deadline_case(rng: random.Random, template: dict, authority: str, level: dict) -> dict | None:
    day = _event_day(rng, level)
    if template["event"] != "edd":
        # Meetings and notifications fall on working days; a due date of delivery need not.
        day = WorkingCalendar().on_or_after(day)
    payload = {
        "authority": authority,
        "events": {template["event"]: day.isoformat()},
        **template.get("extra", {}),
    }
    result = run("deadlines", payload)
    if "errors" in result:
        return None
    if not any(d["id"] == template["deadline"] for d in result["deadlines"]):
        return None
    ask = {"type": "date", "deadline": template["deadline"]}
    work = working(result, template["deadline"])
    skipped = any(not d["counted"] and d["why"] != "weekend" for d in work["days"])
    if level["quiet"] and skipped:
        return None
    values = {"authority": result["authority_name"], "event": long_date(day)}
    return {
        "payload": payload,
        "result": result,
        "ask": ask,
        "working": work,
        "story": template["story"].format(**values),
    }


def _attendance_case(rng: random.Random, template: dict, authority: str, level: dict) -> dict:
    first, last = years()
    conference = Date(rng.randint(first, last), rng.randint(1, 12), rng.randint(1, 28))
    age = rng.randint(8, 15)
    if rng.random() < 0.4:
        # A 29 February birthday, with the conference close to the birthday in a common year.
        leap = next(
            y
            for y in range(conference.year - age, 1900, -1)
            if y % 4 == 0 and (y % 100 or y % 400 == 0)
        )
        born = Date(leap, 2, 29)
        conference = Date(born.year + age + rng.randint(0, 2), 2, 28) + dt.timedelta(
            days=rng.randint(0, 2)
        )
    else:
        born = Date(conference.year - age, rng.randint(1, 12), rng.randint(1, 28))
    payload = {
        "authority": authority,
        "date_of_birth": born.isoformat(),
        "conference_date": conference.isoformat(),
    }
    result = run("attendance", payload)
    if "errors" in result:
        return None  # type: ignore[return-value]
    ask = {"type": "choice", "field": template["field"], "options": template["options"]}
    values = {
        "authority": authorities()[authority]["name"],
        "date_of_birth": long_date(born),
        "conference_date": long_date(conference),
    }
    return {
        "payload": payload,
        "result": result,
        "ask": ask,
        "working": None,
        "story": template["story"].format(**values),
    }


def _quorum_case(rng: random.Random, template: dict, authority: str, level: dict) -> dict | None:
    """Who is attending an initial or review conference, and what is known of the conditions
    under which an inquorate one may go ahead: is it quorate? (Only where the authority's
    document sets a quorum.)"""
    from .quorum import SOCIAL_CARE
    from .quorum_rules import agencies, agency_name, condition_label, quorum_rule

    rule = quorum_rule(authority)
    if rule is None:
        return None
    others = [a for a in agencies() if a != SOCIAL_CARE]
    picked = ([SOCIAL_CARE] if rng.random() < 0.85 else []) + rng.sample(
        others, rng.randint(1, min(4, len(others)))
    )
    attendees = [{"agency": a, "direct_contact": rng.random() < 0.7} for a in picked]
    circumstances = {c.circumstance: rng.random() < 0.5 for c in rule.conditions}
    conference_type = rng.choice(["initial", "review"])
    payload = {
        "authority": authority,
        "conference_type": conference_type,
        "attendees": attendees,
        "circumstances": circumstances,
    }
    result = run("quorum", payload)
    if "errors" in result or not isinstance(result.get("quorate"), bool):
        return None
    who = "; ".join(
        f"{agency_name(a['agency'])} ({'has had' if a['direct_contact'] else 'has not had'} "
        "direct contact with the child)"
        for a in attendees
    )
    known = " ".join(
        f"{condition_label(rule, c)}: {'yes' if holds else 'no'}."
        for c, holds in circumstances.items()
    )
    article = {"initial": "an initial", "review": "a review"}[conference_type]
    values = {
        "authority": authorities()[authority]["name"],
        "conference": article,
        "attendees": who,
        "known": f" What is known: {known}" if known else "",
    }
    return {
        "payload": payload,
        "result": result,
        "ask": {"type": "yes-no", "field": "quorate"},
        "working": None,
        "story": template["story"].format(**values),
    }


MAKERS = {"deadlines": "_deadline_case", "attendance": "_attendance_case", "quorum": "_quorum_case"}


def cases(seed: str, level: str, authority: str) -> list[dict]:
    """The case set for this seed, level and authority (the same every time)."""
    if level not in settings()["levels"]:
        raise ValueError(f"no practice level called {level!r}")
    if authority not in authorities():
        raise ValueError(f"no authority called {authority!r}")
    rng = random.Random(f"{seed}|{level}|{authority}")
    chosen, templates = settings()["levels"][level], settings()["template"]
    made: list[dict] = []
    for _ in range(settings()["cases_per_set"] * 40):
        if len(made) == settings()["cases_per_set"]:
            break
        template = rng.choice(templates)
        make = globals()[MAKERS[template["calculator"]]]
        case = make(rng, template, authority, chosen)
        if case is None:
            continue
        case["answer"] = answer_for(case["result"], case["ask"])
        case["explain"] = explain(template["calculator"], case["result"], case["ask"])
        case.update(
            id=f"{len(made) + 1}",
            template=template["id"],
            calculator=template["calculator"],
            question=template["question"],
        )
        if case["ask"]["type"] == "choice":
            case["choices"] = [
                {"value": v, "text": choice_label(case["ask"]["field"], v)}
                for v in case["ask"]["options"]
            ]
        elif case["ask"]["type"] == "yes-no":
            case["choices"] = [{"value": "yes", "text": "Yes"}, {"value": "no", "text": "No"}]
        made.append(case)
    return made


def check(case: dict, answer: str) -> dict:
    """The verdict on a learner's answer: right or wrong, the right answer and any hint."""
    correct = case["answer"]["value"]
    if isinstance(correct, bool):  # a yes-no question: the page sends "yes" or "no"
        correct = "yes" if correct else "no"
    right = answer == correct
    return {
        "right": right,
        "answer": case["answer"]["text"],
        "hint": None if right else hint(case, answer),
    }


def new_seed(rng: random.Random | None = None) -> str:
    return f"{(rng or random.Random()).randrange(16**6):06x}"


SEED = re.compile(r"[A-Za-z0-9-]{1,40}")
# What the browser needs of a case: the calculators' full result stays in Python.
SHOWN = (
    "id",
    "template",
    "calculator",
    "story",
    "question",
    "ask",
    "choices",
    "answer",
    "working",
    "explain",
)


def respond(payload: object) -> dict:
    """The web route (calculators.web, request name "practice").

    {"seed", "level", "authority"} -> {"seed", "level", "authority", "levels", "authorities",
    "cases"}; with "case" and "answer" as well -> {"verdict": check(...)} for that case.
    Bad input gives {"errors": [{"field", "message"}]} in plain words.
    """
    if not isinstance(payload, dict):
        return {
            "errors": [
                {
                    "field": "practice",
                    "message": "The practice request must be an "
                    "object with a seed, a level and an authority",
                }
            ]
        }
    errors = []
    seed, level, authority = payload.get("seed"), payload.get("level"), payload.get("authority")
    authority = authority or national()  # none chosen yet: the national baseline
    if not isinstance(seed, str) or not SEED.fullmatch(seed):
        errors.append(
            {
                "field": "seed",
                "message": "The set number must be 1 to 40 letters, digits or hyphens",
            }
        )
    if level not in settings()["levels"]:
        errors.append({"field": "level", "message": "Choose a level from the list"})
    if authority not in authorities():
        errors.append({"field": "authority", "message": "Choose an authority from the list"})
    if errors:
        return {"errors": errors}
    made = cases(seed, level, authority)
    if "case" in payload:
        case = next((c for c in made if c["id"] == payload["case"]), None)
        answer = payload.get("answer")
        if case is None:
            return {"errors": [{"field": "case", "message": "There is no such case in this set"}]}
        if not isinstance(answer, str) or not answer:
            return {"errors": [{"field": f"answer-{case['id']}", "message": "Enter your answer"}]}
        return {"verdict": check(case, answer)}
    return {
        "seed": seed,
        "level": level,
        "authority": authority,
        "levels": levels(),
        "authorities": {key: a["name"] for key, a in authorities().items()},
        "cases": [{key: case.get(key) for key in SHOWN} for case in made],
    }
