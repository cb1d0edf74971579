"""Loads the rule tables in calculators/data/ (TOML, read once per process).

Shared tables (what each deadline id means, events, fields, agencies, bank holidays) are files in
calculators/data/. Everything about one authority is its pack, a folder
calculators/data/authorities/<id>/ (authority.toml, and deadlines, quorum, attendance and facts
when it has them), found by looking, never listed in code, and checked against
calculators/schema.py as it is read. CALCULATORS_AUTHORITIES names another folder of packs (tests
and the scale benchmark use it).
"""

from __future__ import annotations

import json
import os
import re
from functools import cache
from typing import Any

# Plain file paths, not importlib.resources: the package is always installed as files (on disk
# or in Pyodide's file system), and importlib.resources costs the browser a slow import.
DATA_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
PACK_FILES = ("authority", "deadlines", "quorum", "attendance", "facts")
# What a pack's tables add to the shared table of the same name.
ASSEMBLED = {"deadlines", "quorum", "attendance", "authorities"}


def packs_dir() -> str:
    return os.environ.get("CALCULATORS_AUTHORITIES") or os.path.join(DATA_DIR, "authorities")


def _table(path_without_suffix: str) -> dict[str, Any] | None:
    """The parsed TOML file, or None when there is none. The browser's wheel also carries each
    table as a JSON twin, made from the TOML when the site is built (scripts/mkdocs_runtime.py):
    parsing TOML in the browser would slow the first result."""
    if os.path.exists(path_without_suffix + ".json"):
        with open(path_without_suffix + ".json", encoding="utf-8") as handle:
            return json.load(handle)
    if not os.path.exists(path_without_suffix + ".toml"):
        return None
    import tomllib

    from .errors import PackError

    with open(path_without_suffix + ".toml", encoding="utf-8") as handle:
        text = handle.read()
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise PackError(
            path_without_suffix + ".toml", None, f"is not valid TOML: {error}"
        ) from None


@cache
def packs() -> dict[str, dict[str, dict[str, Any]]]:
    """Every authority pack found: id -> {file name without .toml: parsed table}, in the packs'
    `order`. Each file is checked against the schema; a problem raises PackError."""
    from .errors import PackError
    from .schema import check_sections, validate

    root = packs_dir()
    found: dict[str, dict[str, dict[str, Any]]] = {}
    for pack in sorted(os.listdir(root)):
        folder = os.path.join(root, pack)
        if not os.path.isdir(folder) or pack.startswith((".", "_")):
            continue
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", pack):
            raise PackError(folder, None, "must be named in lower case letters, digits and hyphens")
        tables = {}
        for name in sorted(os.listdir(folder)):
            stem, suffix = os.path.splitext(name)
            if suffix == ".toml" and stem not in PACK_FILES:
                raise PackError(
                    os.path.join(folder, name),
                    None,
                    f"is not a file a pack can hold ({', '.join(PACK_FILES)})",
                )
        for stem in PACK_FILES:
            table = _table(os.path.join(folder, stem))
            if table is not None:
                validate(os.path.join(folder, stem + ".toml"), stem + ".toml", table)
                tables[stem] = table
        if "authority" not in tables:
            raise PackError(os.path.join(folder, "authority.toml"), None, "is missing")
        check_sections(folder, tables)
        found[pack] = tables
    baselines = [p for p, t in found.items() if t["authority"].get("baseline")]
    if len(baselines) != 1:
        raise PackError(
            root, None, f"must hold one pack with baseline = true, not {len(baselines)}"
        )
    return dict(sorted(found.items(), key=lambda item: (item[1]["authority"]["order"], item[0])))


def national() -> str:
    """The pack of national rules that every authority inherits where its document is silent."""
    return next(p for p, tables in packs().items() if tables["authority"].get("baseline"))


@cache
def shared(name: str) -> dict[str, Any]:
    """calculators/data/NAME.toml alone, without what the packs add (the schema checks packs
    against these)."""
    table = _table(os.path.join(DATA_DIR, name))
    if table is None:
        raise FileNotFoundError(os.path.join(DATA_DIR, name + ".toml"))
    return table


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed contents of calculators/data/NAME.toml; for deadlines, quorum and attendance,
    with every pack's own tables added (rules carry their pack's id as `authority`; quorum and
    attendance tables are keyed by it), and for `authorities`, each pack's authority.toml."""
    if name not in ASSEMBLED:
        return shared(name)
    table = dict(shared(name)) if name != "authorities" else {}
    for pack, tables in packs().items():
        if name == "authorities":
            row = tables["authority"]
            document = row["document"]
            table[pack] = {
                "name": row["name"],
                "short": row["short"],
                "document": document["title"],
                "cited_as": document.get("cited_as", row["name"]),
                "publisher": document["publisher"],
                "date": document["date"],
                "capture": document["capture"],
                **({"source": document["source"]} if "source" in document else {}),
            }
        elif name == "deadlines":
            own = tables.get("deadlines", {})
            for kind in ("rule", "silence"):
                table[kind] = [
                    *table.get(kind, []),
                    *({**row, "authority": pack} for row in own.get(kind, [])),
                ]
        elif name in tables:
            table[pack] = tables[name]
    return table


def authorities() -> dict[str, dict[str, Any]]:
    """The authorities, national baseline first then in their packs' order: id -> name, short,
    document (its title), cited_as (how citations name it), publisher, date, capture and source
    (the capture's file name)."""
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
    """Other cited rules that carry a number but are not deadlines (each pack's facts.toml),
    keyed by (authority, id)."""
    return {
        (pack, row["id"]): {**row, "authority": pack}
        for pack, tables in packs().items()
        for row in tables.get("facts", {}).get("fact", [])
    }
