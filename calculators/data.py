"""Loads the rule tables in calculators/data/ (TOML, read once per process)."""

from __future__ import annotations

import json
import os
from functools import cache
from typing import Any

# Plain file paths, not importlib.resources: the package is always installed as files (on disk
# or in Pyodide's file system), and importlib.resources costs the browser a slow import.
DATA_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


def _read(*parts: str) -> str:
    with open(os.path.join(DATA_DIR, *parts), encoding="utf-8") as handle:
        return handle.read()


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed contents of calculators/data/NAME.toml.

    The browser's wheel also carries each table as NAME.json, made from the TOML when the site
    is built (scripts/mkdocs_runtime.py): parsing TOML in the browser would slow the first result.
    """
    if os.path.exists(os.path.join(DATA_DIR, f"{name}.json")):
        return json.loads(_read(f"{name}.json"))
    import tomllib

    return tomllib.loads(_read(f"{name}.toml"))


def authorities() -> dict[str, dict[str, Any]]:
    return load("authorities")


@cache
def events() -> dict[str, dict[str, Any]]:
    """The dates a user can give, by event name (the [groups] table is not an event)."""
    return {name: row for name, row in load("events").items() if name != "groups"}


def event_groups() -> dict[str, str]:
    """The sections of the deadline form, in order: group id -> heading."""
    return load("events")["groups"]


def citation(authority: str, section: str, quote: str | None = None, **extra: Any) -> dict:
    """The `source` object every rule carries: authority, document, section and the phrase."""
    doc = authorities()[authority]
    source = {
        "authority": authority,
        "authority_name": doc["name"],
        "document": doc["document"],
        "section": section,
    }
    if quote:
        source["quote"] = quote
    source.update(extra)
    return source


@cache
def facts() -> dict[tuple[str, str], dict[str, Any]]:
    """Other cited rules that carry a number but are not deadlines (data/facts/*.toml),
    keyed by (authority, id)."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    import tomllib  # facts are read only when building the site, never in the browser

    for name in sorted(os.listdir(os.path.join(DATA_DIR, "facts"))):
        if not name.endswith(".toml"):
            continue
        for row in tomllib.loads(_read("facts", name)).get("fact", []):
            key = (row["authority"], row["id"])
            if key in found:
                raise ValueError(f"fact {key} is defined twice (second in {name})")
            found[key] = {**row, "file": name}
    return found
