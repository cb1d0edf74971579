"""Shared test helpers: the captured source documents, for checking quotes word for word."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

SOURCES = Path(__file__).parent / "fixtures" / "sources"
SOURCE_FILES = {
    "oxfordshire": "000_407a0381a9fd4bba.txt",
    "north-yorkshire": "001_f7a68cc90b3c4c3a.txt",
    "croydon": "002_37302181bc7f6b2e.txt",
    "barnsley": "003_72a1149c8952d334.txt",
    "warrington": "004_0b9aed544cecc18a.txt",
}


def normalise(text: str) -> str:
    """Fold the differences a capture introduces: curly quotes, bold marks, runs of space."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("*", "")
    return re.sub(r"\s+", " ", text).strip().lower()


@pytest.fixture(scope="session")
def source_text():
    cache: dict[str, str] = {}

    def read(authority: str) -> str:
        if authority not in cache:
            cache[authority] = normalise((SOURCES / SOURCE_FILES[authority]).read_text("utf-8"))
        return cache[authority]

    return read
