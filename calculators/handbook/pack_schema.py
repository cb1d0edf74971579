"""The [[pack schema]] marker: what each file of an authority's data pack may hold, as the
schema module describes it (calculators/schema.py, `describe()`), for the page "Adding your
authority". Imported lazily, so the site builds before that module exists."""

from __future__ import annotations

import importlib

MARKER = "[[pack schema]]"
NOT_YET = (
    '!!! note "The pack\'s schema"\n'
    "    This copy of the handbook does not yet describe each file of a pack here. Copy an "
    "existing authority's pack and keep its keys; `scripts/test` checks what you wrote.\n"
)


def schema_markdown() -> str:
    """`calculators.schema.describe()` if that module exists, or a short note if not."""
    try:
        schema = importlib.import_module("calculators.schema")
    except ModuleNotFoundError as missing:
        if missing.name not in ("calculators.schema", "calculators"):
            raise  # the module exists but something it needs does not: say so
        return NOT_YET
    return str(schema.describe()).strip("\n") + "\n"


def expand(markdown: str) -> str:
    return markdown.replace(MARKER, schema_markdown()) if MARKER in markdown else markdown
