"""Bad input is reported, never raised at the user: each problem names its field."""

from __future__ import annotations

import json


class InputError(Exception):
    """One or more problems with the payload. `problems` is a list of (field, message)."""

    def __init__(self, problems: list[tuple[str, str]]):
        super().__init__("; ".join(f"{field}: {message}" for field, message in problems))
        self.problems = problems

    def as_result(self) -> dict:
        return {"errors": [{"field": f, "message": m} for f, m in self.problems]}


class Problems:
    """Collects problems so a user sees all of them at once, not one per attempt. With a
    calculator's name, they are listed in the order of its form's fields (GOV.UK: an error
    summary lists errors in the order the fields appear)."""

    def __init__(self, calculator: str | None = None) -> None:
        self.items: list[tuple[str, str]] = []
        self.calculator = calculator

    def add(self, field: str, message: str) -> None:
        self.items.append((field, message))

    def __bool__(self) -> bool:
        return bool(self.items)

    def raise_if_any(self) -> None:
        if self.items:
            raise InputError(self.in_order())

    def in_order(self) -> list[tuple[str, str]]:
        if self.calculator is None:
            return list(self.items)
        from .fields import sort_key

        key = sort_key(self.calculator)
        return sorted(self.items, key=lambda item: key(item[0]))


def parse_json(text: str, field: str) -> dict:
    """{"payload": value} parsed from JSON text, or {"errors": [...]} naming `field`: reading
    JSON never raises at the user, however the text is written."""
    try:
        return {"payload": json.loads(text)}
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}"
        message = f"The {field} is not valid JSON: {error.msg} ({where})"
    except RecursionError:
        message = f"The {field} is nested too deeply to read: lists or objects inside each other"
    except ValueError as error:  # e.g. an integer with more digits than Python will read
        message = f"The {field} cannot be read: {error}"
    return InputError([(field, message)]).as_result()


class PackError(ValueError):
    """A problem in an authority pack's files (calculators/data/authorities/<id>/): raised when
    the packs are loaded, naming the file, the key and the problem, so that a typo in a pack
    stops the build or the command line instead of giving a silently wrong date."""

    def __init__(self, path: str, key: str | None, problem: str):
        where = f"{path}: {key}" if key else path
        super().__init__(f"{where} {problem}")
        self.path, self.key, self.problem = path, key, problem
