"""Child protection conference calculators: deadlines, quorum and child attendance.

One entry point, used by the command line, the tests, the docs build and the browser:

    run("deadlines", {"authority": "<pack id>", "events": {"strategy_discussion": "2026-12-18"}})

where the pack id is the name of a folder in calculators/data/authorities/.

Bad input never raises: the result is {"errors": [{"field": ..., "message": ...}, ...]}.
A result also carries "rules_version" and "rules_built" (see calculators/version.py).
The rules themselves are data, with their citations, in calculators/data/*.toml.
"""

from __future__ import annotations

from importlib import import_module

from .errors import InputError
from .version import rules_version

__version__ = "0.1.0"

# Each calculator is the module of that name, with calculate(payload) -> dict. They are imported
# when first used: in the browser every module imported before the first result is a wait.
CALCULATORS = ("deadlines", "quorum", "attendance")


def run(name: str, payload: dict) -> dict:
    """The result of calculator `name` for `payload`, or {"errors": [...]} for bad input."""
    if name not in CALCULATORS:
        from .fields import one_of
        from .validate import shown

        message = f"There is no calculator called {shown(name)}: use {one_of(CALCULATORS)}"
        return InputError([("calculator", message)]).as_result()
    try:
        result = import_module(f".{name}", __name__).calculate(payload)
    except InputError as error:
        return error.as_result()
    # Every answer says which rules it was worked out with, so a printout can be checked.
    version = rules_version()
    return {**result, "rules_version": version["id"], "rules_built": version["date"]}


__all__ = ["CALCULATORS", "run"]
