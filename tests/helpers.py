"""Helpers the tests share (fixtures live in conftest.py)."""

from __future__ import annotations

from pathlib import Path

from calculators.handbook import authority_prose

DOCS = Path(__file__).resolve().parent.parent / "docs"


def page_markdown(src_uri: str) -> str:
    """A page of docs/ as the build reads it: each authority's fragments in their places."""
    return authority_prose.page_markdown(src_uri, DOCS)
