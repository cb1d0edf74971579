"""Child protection conference calculators: deadlines, quorum and child attendance.

One entry point, used by the command line, the tests, the docs build and the browser:

    run("deadlines", {"authority": "oxfordshire", "events": {"strategy_discussion": "2026-12-18"}})

Bad input never raises: the result is {"errors": [{"field": ..., "message": ...}, ...]}.
The rules themselves are data, with their citations, in calculators/data/*.toml.
"""

from __future__ import annotations

from importlib import import_module

from .errors import InputError

__version__ = "0.1.0"

# Each calculator is the module of that name, with calculate(payload) -> dict. They are imported
# when first used: in the browser every module imported before the first result is a wait.
CALCULATORS = ("deadlines", "quorum", "attendance")


def run(name: str, payload: dict) -> dict:
    """The result of calculator `name` for `payload`, or {"errors": [...]} for bad input."""
    if name not in CALCULATORS:
        return InputError(
            [("calculator", f"{name!r} is not a calculator: use one of {', '.join(CALCULATORS)}")]
        ).as_result()
    try:
        return import_module(f".{name}", __name__).calculate(payload)
    except InputError as error:
        return error.as_result()


__all__ = ["CALCULATORS", "run"]
