"""Which rules a result was worked out with: the rules version.

The version's `id` is a short hash of the engine's code and data (every .py and .toml file of the
calculators package, leaving out calculators/handbook/, which writes the site, not results), so it changes whenever any rule or any calculation changes, and two copies
with the same id give the same answers. `date` is when that copy was built.

A built copy (the browser's wheel, see scripts/mkdocs_runtime.py) carries its version stamped in
data/version.json, written at build time. A source checkout has no stamp: the id is hashed from the
files when first asked for, and the date is the day the newest of them was last changed.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from functools import cache
from typing import TypedDict

PACKAGE = os.path.dirname(os.path.abspath(__file__))
STAMP = os.path.join(PACKAGE, "data", "version.json")
ID_LENGTH = 12
# Only these count: JSON twins of the tables, caches and the stamp itself are derived.
COUNTED = (".py", ".toml")


class RulesVersion(TypedDict):
    id: str
    date: str  # ISO date


def source_files(package: str = PACKAGE) -> list[str]:
    """The files the version is hashed from, as paths relative to the package, sorted."""
    found = []
    for folder, dirs, files in os.walk(package):
        dirs[:] = sorted(d for d in dirs if d not in ("__pycache__", "handbook"))
        for name in files:
            if name.endswith(COUNTED):
                found.append(os.path.relpath(os.path.join(folder, name), package))
    return sorted(path.replace(os.sep, "/") for path in found)


def compute(package: str = PACKAGE) -> RulesVersion:
    """The version of the package's files as they are now."""
    import hashlib  # only a source checkout hashes: the browser reads its stamp

    digest = hashlib.sha256()
    newest = 0.0
    for relative in source_files(package):
        path = os.path.join(package, relative)
        with open(path, "rb") as handle:
            content = handle.read()
        # Name and length first, so that moving bytes between files changes the hash.
        digest.update(f"{relative}\0{len(content)}\0".encode())
        digest.update(content)
        newest = max(newest, os.path.getmtime(path))
    day = dt.datetime.fromtimestamp(newest, dt.UTC).date()
    return {"id": digest.hexdigest()[:ID_LENGTH], "date": day.isoformat()}


def for_build() -> RulesVersion:
    """The version a build stamps: the files' id, and today as the day it was built."""
    return {"id": compute()["id"], "date": dt.date.today().isoformat()}


@cache
def rules_version() -> RulesVersion:
    """The stamped version of a built copy, else the version computed from the files."""
    if os.path.exists(STAMP):
        with open(STAMP, encoding="utf-8") as handle:
            stamped = json.load(handle)
        return {"id": stamped["id"], "date": stamped["date"]}
    return compute()


def describe(version: RulesVersion) -> str:
    """'Rules version 3f2a9c1d0b7e, built 26 November 2026' for text, print and calendars."""
    day = dt.date.fromisoformat(version["date"])
    return f"Rules version {version['id']}, built {day.day} {day:%B %Y}"
