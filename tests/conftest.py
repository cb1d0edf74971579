"""Shared fixtures, and the captured source documents for checking quotes word for word (other
helpers are in tests/helpers.py)."""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from calculators.handbook import LOCAL

from .helpers import ORIGINAL, write
from .packs import PACKS, authorities, source_files

REPO_ROOT = Path(__file__).resolve().parent.parent
SOURCES = Path(__file__).parent / "fixtures" / "sources"
# Each pack names its capture (authority.toml [document] source).
SOURCE_FILES = source_files()


def normalise(text: str) -> str:
    """Fold the differences a capture introduces: curly quotes, bold marks, runs of space."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("*", "")
    text = text.replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", text).strip().lower()


@functools.cache
def read_source(authority: str) -> str:
    """An authority's captured source document, normalised for quote checks."""
    return normalise((SOURCES / SOURCE_FILES[authority]).read_text("utf-8"))


@pytest.fixture(scope="session")
def source_text():
    return read_source


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site, built with ``mkdocs build --strict`` into a temporary directory, or the one
    scripts/test has just built (CPC_SITE_DIR), so that a test run builds the site once."""
    given = os.environ.get("CPC_SITE_DIR")
    if given and (Path(given) / "index.html").is_file():
        return Path(given)
    site_dir = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{result.stdout}\n{result.stderr}")
    return site_dir


@pytest.fixture(scope="session")
def copied_authority(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(repository copy, its built site): a copy of this repository in which a local pack and
    its prose were copied to the id `newtown`, named Newtown, and the site built strictly."""
    from .helpers import build_copy, copy_authority, copy_repository
    from .packs import local

    repo = tmp_path_factory.mktemp("copied") / "repo"
    copy_repository(repo)
    copy_authority(repo, local()[0], "newtown", "Newtown", "Newtown")
    site = repo / "site"
    build_copy(repo, site)
    return repo, site


@pytest.fixture
def two_authorities(tmp_path: Path) -> tuple[Path, str, str]:
    """A docs folder where the second and first local authorities have a fragment for a page,
    written in the reverse of the data's order, and the others none."""
    first, second = LOCAL[:2]
    write(tmp_path, f"authorities/{second}/timing.md", "- second's text\n\n  [link](other.md)\n")
    write(tmp_path, f"authorities/{first}/timing.md", "First's text.\n")
    write(tmp_path, "handbook/timing.md", "# Timing\n\n[[authority tabs]]\n\n## After\n")
    return tmp_path, first, second


@pytest.fixture
def copied(tmp_path: Path) -> Path:
    """Every pack, plus ORIGINAL copied as `newtown` named Newtown, without attendance rules."""
    root = tmp_path / "authorities"
    shutil.copytree(PACKS, root)
    shutil.copytree(PACKS / ORIGINAL, root / "newtown")
    card = root / "newtown" / "authority.toml"
    text = card.read_text("utf-8")
    name = authorities()[ORIGINAL]["name"]
    short = authorities()[ORIGINAL]["short"]
    text = text.replace(f'name = "{name}"', 'name = "Newtown"', 1)
    text = text.replace(f'short = "{short}"', 'short = "Newtown"', 1)
    card.write_text(text, "utf-8")
    (root / "newtown" / "attendance.toml").unlink(missing_ok=True)
    return root
