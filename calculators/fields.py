"""The calculators' fields in words: each field's label (data/fields.toml, and events.toml for the
deadline calculator's dates), how a label reads inside a sentence, and the order of the fields
on each form, which is the order errors are listed in (GOV.UK: as the fields appear).

Fields are named by their payload path: "events.icpc", "closure_days[2]", "attendees[0].agency".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

from .data import event_groups, events, load

_INDEX = re.compile(r"\[(\d+)\]")


def _table() -> dict:
    return load("fields")


def label(calculator: str, field: str) -> str:
    """The form's label for a field: "Date of the strategy discussion" for "events.strategy_discussion"."""
    if field == "authority":
        return _table()["authority"]["label"]
    if field.startswith("events."):
        return events()[field.removeprefix("events.")]["title"]
    if calculator == "deadlines" and field in late_in_day_fields():
        return events()[late_in_day_fields()[field]]["late_in_day"]["title"]
    return _table()[calculator][field]["label"]


def options(calculator: str, field: str) -> dict[str, str]:
    """The words the form shows for each answer of a choice: value -> words."""
    return _table()[calculator][field]["options"]


def late_in_day_fields() -> dict[str, str]:
    """Yes/no fields saying an event comes late in the day (events.toml): field -> event."""
    return {
        row["late_in_day"]["field"]: name for name, row in events().items() if "late_in_day" in row
    }


def the(text: str) -> str:
    """A label as it reads inside a sentence: "Date of the conference" -> "the date of the
    conference". "Today's date" takes no article."""
    lowered = text[:1].lower() + text[1:]
    return lowered if lowered.startswith("today's") else f"the {lowered}"


def capital(text: str) -> str:
    """A sentence's first letter in capitals."""
    return text[:1].upper() + text[1:]


def one_of(values: Iterable[str], last: str = "or") -> str:
    """'a, b or c'."""
    items = list(values)
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} {last} {items[-1]}"


# ------------------------------------------------------------------ the order of the form
def deadline_sections() -> list[tuple[str, str, list[str]]]:
    """The deadline form's sections, in order: (group, heading, fields). Each date is followed by
    its "late in the day" tick box; a field with a `section` comes after that section's dates."""
    placed = {
        name: row["section"] for name, row in _table()["deadlines"].items() if "section" in row
    }
    sections = []
    for group, heading in event_groups().items():
        fields = []
        for name, row in events().items():
            if row["group"] == group:
                fields.append(f"events.{name}")
                if "late_in_day" in row:
                    fields.append(row["late_in_day"]["field"])
        fields += [name for name, section in placed.items() if section == group]
        sections.append((group, heading, fields))
    return sections


@cache
def order(calculator: str) -> tuple[str, ...]:
    """Every field of a calculator, from the top of its form to the bottom."""
    if calculator == "deadlines":
        middle = [field for _, _, fields in deadline_sections() for field in fields]
        return ("authority", "events", *middle, "closure_days", "today")
    listed = list(_table()[calculator]["order"])
    if calculator == "quorum":
        listed += [f"circumstances.{name}" for name in load("quorum")["circumstances"]]
    return tuple(listed)


def sort_key(calculator: str) -> Callable[[str], tuple]:
    """A key putting fields in the form's order: "closure_days[2]" after "closure_days[1]",
    "attendees[1].direct_contact" with the direct-contact question. Fields the form does not
    have (a misspelt name in a JSON payload) come last."""
    positions = {field: index for index, field in enumerate(order(calculator))}

    def key(field: str) -> tuple:
        indices = tuple(int(n) for n in _INDEX.findall(field))
        plain = _INDEX.sub("", field)
        parts = plain.split(".")
        for end in range(len(parts), 0, -1):
            prefix = ".".join(parts[:end])
            if prefix in positions:
                return (positions[prefix], indices)
        return (len(positions), ())

    return key


def given_input(calculator: str, field: str, value: object, text: str) -> dict:
    """One of the inputs a result lists: {"field", "label", "value", "text"}, where `value` is as
    the payload gave it and `text` is how people read it ("Friday 18 December 2026")."""
    return {"field": field, "label": label(calculator, field), "value": value, "text": text}
