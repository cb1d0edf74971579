"""Loads the rule tables in calculators/data/ (TOML, read once per process)."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed contents of calculators/data/NAME.toml."""
    text = resources.files(__package__).joinpath("data", f"{name}.toml").read_text("utf-8")
    return tomllib.loads(text)


def authorities() -> dict[str, dict[str, Any]]:
    return load("authorities")


def events() -> dict[str, dict[str, Any]]:
    return load("events")


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
    folder = resources.files(__package__).joinpath("data", "facts")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".toml"):
            continue
        for row in tomllib.loads(entry.read_text("utf-8")).get("fact", []):
            key = (row["authority"], row["id"])
            if key in found:
                raise ValueError(f"fact {key} is defined twice (second in {entry.name})")
            found[key] = {**row, "file": entry.name}
    return found
