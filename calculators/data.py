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
