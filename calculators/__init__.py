"""Child protection conference calculators: deadlines, quorum and child attendance.

One entry point, used by the command line, the tests, the docs build and the browser:

    run("deadlines", {"authority": "oxfordshire", "events": {"strategy_discussion": "2026-12-18"}})

Bad input never raises: the result is {"errors": [{"field": ..., "message": ...}, ...]}.
The rules themselves are data, with their citations, in calculators/data/*.toml.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import attendance, deadlines, quorum
from .errors import InputError

__version__ = "0.1.0"

CALCULATORS: dict[str, Callable[[Any], dict]] = {
    "deadlines": deadlines.calculate,
    "quorum": quorum.calculate,
    "attendance": attendance.calculate,
}


def run(name: str, payload: dict) -> dict:
    """The result of calculator `name` for `payload`, or {"errors": [...]} for bad input."""
    calculator = CALCULATORS.get(name)
    if calculator is None:
        return InputError(
            [("calculator", f"{name!r} is not a calculator: use one of {', '.join(CALCULATORS)}")]
        ).as_result()
    try:
        return calculator(payload)
    except InputError as error:
        return error.as_result()


__all__ = ["CALCULATORS", "run"]
