"""Bad input is reported, never raised at the user: each problem names its field."""

from __future__ import annotations


class InputError(Exception):
    """One or more problems with the payload. `problems` is a list of (field, message)."""

    def __init__(self, problems: list[tuple[str, str]]):
        super().__init__("; ".join(f"{field}: {message}" for field, message in problems))
        self.problems = problems

    def as_result(self) -> dict:
        return {"errors": [{"field": f, "message": m} for f, m in self.problems]}


class Problems:
    """Collects problems so a user sees all of them at once, not one per attempt."""

    def __init__(self) -> None:
        self.items: list[tuple[str, str]] = []

    def add(self, field: str, message: str) -> None:
        self.items.append((field, message))

    def __bool__(self) -> bool:
        return bool(self.items)

    def raise_if_any(self) -> None:
        if self.items:
            raise InputError(self.items)
