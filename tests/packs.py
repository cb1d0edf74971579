"""The rules data read straight from the files, not through calculators.data: tests compare what
the calculators and the handbook show against this independent reading.

The authorities are the packs found in calculators/data/authorities/ (each a folder with an
authority.toml), so a new pack is tested like the others without a test being edited."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "calculators" / "data"
PACKS = DATA / "authorities"


def _read(path: Path) -> dict:
    return tomllib.loads(path.read_text("utf-8")) if path.exists() else {}


@cache
def packs() -> dict[str, dict[str, dict]]:
    """id -> {file stem: parsed table}, in the packs' order."""
    found = {
        folder.name: {path.stem: _read(path) for path in sorted(folder.glob("*.toml"))}
        for folder in sorted(PACKS.iterdir())
        if (folder / "authority.toml").exists()
    }
    return dict(sorted(found.items(), key=lambda item: item[1]["authority"]["order"]))


def authorities() -> dict[str, dict]:
    """id -> its authority.toml."""
    return {pack: tables["authority"] for pack, tables in packs().items()}


def national() -> str:
    return next(p for p, row in authorities().items() if row.get("baseline"))


def local() -> list[str]:
    """Every authority but the national baseline."""
    return [p for p in authorities() if p != national()]


def raw_rules() -> list[dict]:
    """Every [[rule]], with its pack's id as `authority`."""
    return [
        {**rule, "authority": pack}
        for pack, tables in packs().items()
        for rule in tables.get("deadlines", {}).get("rule", [])
    ]


def raw_silences() -> list[dict]:
    return [
        {**row, "authority": pack}
        for pack, tables in packs().items()
        for row in tables.get("deadlines", {}).get("silence", [])
    ]


def raw_meanings() -> dict[str, dict]:
    """The shared [deadline.ID] tables."""
    return _read(DATA / "deadlines.toml")["deadline"]


def raw_table(name: str) -> dict[str, dict]:
    """Each pack's quorum or attendance table, by pack id (packs without one are left out)."""
    return {pack: tables[name] for pack, tables in packs().items() if name in tables}


def source_files() -> dict[str, str]:
    """id -> the file name of its capture in tests/fixtures/sources/."""
    return {
        pack: row["document"]["source"]
        for pack, row in authorities().items()
        if "source" in row["document"]
    }


def icpc_in_15_working_days(*, with_conditions: bool = False) -> str:
    """A local pack whose own ICPC rule is 15 working days from the strategy discussion (the
    dates the tests expect are worked out by hand for that rule); with `with_conditions`, one
    whose quorum also lists conditions for going ahead when inquorate."""
    return next(
        rule["authority"]
        for rule in raw_rules()
        if rule["authority"] in local()
        and rule["id"] == "icpc"
        and rule["from"] == "strategy_discussion"
        and rule["period"] == "15 working days"
        and (
            not with_conditions or raw_table("quorum").get(rule["authority"], {}).get("exceptions")
        )
    )
