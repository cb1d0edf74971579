"""ruff checks every Python file in the repository, scripts without a .py suffix included
(scripts/test runs `ruff check .`, which only finds those pyproject.toml names)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .conftest import REPO_ROOT


def python_files() -> set[Path]:
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    found = set()
    for name in listed:
        path = REPO_ROOT / name
        if "node_modules" in path.parts or not path.is_file():
            continue
        with path.open("rb") as handle:
            first = handle.readline()
        if path.suffix == ".py" or (first.startswith(b"#!") and b"python" in first):
            found.add(path.resolve())
    return found


def test_ruff_checks_every_python_file():
    shown = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--show-files", "."],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    checked = {Path(line).resolve() for line in shown if line.startswith("/")}
    missing = sorted(str(p.relative_to(REPO_ROOT)) for p in python_files() - checked)
    assert python_files(), "no Python files found: the test would pass vacuously"
    assert missing == []
