"""Helpers the tests share (fixtures live in conftest.py)."""

from __future__ import annotations

from pathlib import Path

from calculators.handbook import authority_prose

DOCS = Path(__file__).resolve().parent.parent / "docs"


def page_markdown(src_uri: str) -> str:
    """A page of docs/ as the build reads it: each authority's fragments in their places."""
    return authority_prose.page_markdown(src_uri, DOCS)


def copy_repository(target: Path) -> None:
    """The files git tracks (and new ones it does not ignore), copied to `target`, with
    node_modules linked rather than copied."""
    import shutil
    import subprocess

    root = DOCS.parent
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=root,
        capture_output=True,
        check=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = root / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    (target / "node_modules").symlink_to(root / "node_modules")


def copy_authority(repo: Path, old: str, new: str, name: str, short: str) -> None:
    """What a procedures officer does to add an authority: copy a pack folder and a prose
    folder under the new id, and write the new name where the old one was."""
    import re
    import shutil
    import tomllib

    packs = repo / "calculators" / "data" / "authorities"
    card = tomllib.loads((packs / old / "authority.toml").read_text("utf-8"))
    shutil.copytree(packs / old, packs / new)
    text = (packs / new / "authority.toml").read_text("utf-8")
    text = text.replace(f'name = "{card["name"]}"', f'name = "{name}"', 1)
    text = text.replace(f'short = "{card["short"]}"', f'short = "{short}"', 1)
    (packs / new / "authority.toml").write_text(text, "utf-8")
    prose = repo / "docs" / "authorities"
    shutil.copytree(prose / old, prose / new)
    for page in (prose / new).glob("*.md"):
        text = page.read_text("utf-8")
        text = re.sub(rf"(\[\[[a-z-]+ ){re.escape(old)}\b", rf"\g<1>{new}", text)
        text = re.sub(rf"#{re.escape(old)}\b", f"#{new}", text)
        text = text.replace(card["name"], name)
        page.write_text(text, "utf-8")
