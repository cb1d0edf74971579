"""Authority packs (calculators/data/authorities/<id>/): a new authority is a copied folder, and a
typo in a pack stops with a message naming the file, the key and the problem."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from calculators import schema
from calculators.errors import PackError

from .helpers import ORIGINAL, run_with
from .packs import PACKS, national, packs

REPO = Path(__file__).resolve().parent.parent


def run_each(packs_dir: Path, requests: dict[str, dict]) -> dict[str, dict]:
    """One request per calculator, each result by the calculator's name."""
    return dict(zip(requests, run_with(packs_dir, list(requests.items())), strict=True))


def test_a_copied_pack_is_an_authority_the_calculators_know(copied: Path):
    found = run_each(
        copied,
        {
            "deadlines": {"authority": "newtown", "events": {"strategy_discussion": "2026-12-18"}},
            "quorum": {
                "authority": "newtown",
                "conference_type": "initial",
                "attendees": [{"agency": "police", "direct_contact": True}],
            },
            "attendance": {"authority": "newtown", "age": 12},
        },
    )
    for name, result in found.items():
        assert "errors" not in result, (name, result)
        assert result["authority_name"] == "Newtown", name
    # Its own rules, cited to itself; where it is silent, the national rules, cited to them.
    cited = {d["source"]["authority"] for d in found["deadlines"]["deadlines"]}
    assert "newtown" in cited or found["deadlines"]["deadlines"] == []
    assert cited <= {"newtown", national()}
    # A pack with no attendance table says its own document sets no age rule: not that
    # national guidance does (the defect this replaced).
    notes = " ".join(n["text"] for n in found["attendance"]["notes"])
    assert "Newtown's document sets no age rule" in notes
    assert found["attendance"]["presumption"] == "none"


def test_the_copy_gives_the_same_dates_as_its_original(copied: Path):
    events = {"strategy_discussion": "2026-12-18", "icpc": "2027-01-13"}
    [found] = run_with(copied, [("deadlines", {"authority": "newtown", "events": events})])
    [original] = run_with(PACKS, [("deadlines", {"authority": ORIGINAL, "events": events})])
    assert [(d["id"], d["due"]) for d in found["deadlines"]] == [
        (d["id"], d["due"]) for d in original["deadlines"]
    ]


@pytest.mark.parametrize("pack", list(packs()))
def test_every_pack_found_passes_its_schema(pack):
    for stem, table in packs()[pack].items():
        schema.validate(f"{pack}/{stem}.toml", f"{stem}.toml", table)


def first_rule_pack() -> str:
    return next(p for p, t in packs().items() if t.get("deadlines", {}).get("rule"))


TYPOS = [
    # (file, change to the first rule or the file, key the message names, words in the problem)
    ("deadlines.toml", {"peroid": "15 working days"}, "rule[1].peroid", "did you mean period"),
    ("deadlines.toml", {"period": "15 workingdays"}, "rule[1].period", "not a period"),
    ("deadlines.toml", {"id": "icpcc"}, "rule[1].id", "not a known deadline id"),
    ("deadlines.toml", {"from": "strategy"}, "rule[1].from", "not a known event"),
    ("deadlines.toml", {"direction": 1}, "rule[1].direction", "must be text"),
]


@pytest.mark.parametrize(("file", "change", "key", "words"), TYPOS, ids=lambda v: str(v))
def test_a_typo_names_the_file_the_key_and_the_problem(file, change, key, words):
    pack = first_rule_pack()
    table = json.loads(json.dumps(packs()[pack]["deadlines"]))
    rule = table["rule"][0]
    for name, value in change.items():
        if name == "peroid":
            rule["peroid"] = rule.pop("period")
        else:
            rule[name] = value
    with pytest.raises(PackError) as raised:
        schema.validate(f"{pack}/{file}", file, table)
    message = str(raised.value)
    assert message.startswith(f"{pack}/{file}: {key} "), message
    assert words in message, message


def test_an_authority_without_a_name_is_refused():
    card = json.loads(json.dumps(packs()[national()]["authority"]))
    del card["name"]
    with pytest.raises(PackError, match=r"^x/authority.toml: name is missing$"):
        schema.validate("x/authority.toml", "authority.toml", card)


def test_the_command_line_says_what_is_wrong_with_a_pack_without_a_traceback(copied: Path):
    rules = copied / "newtown" / "deadlines.toml"
    rules.write_text(rules.read_text("utf-8").replace("period =", "peroid =", 1), "utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "calculators", "deadlines"],
        input=json.dumps({"authority": "newtown", "events": {"strategy_discussion": "2026-12-18"}}),
        cwd=REPO,
        env={**os.environ, "CALCULATORS_AUTHORITIES": str(copied)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 3
    assert "Traceback" not in done.stderr
    assert "newtown/deadlines.toml: rule[" in done.stderr and "peroid" in done.stderr
    assert "did you mean period" in done.stderr
    assert done.stdout == ""


def test_the_schema_is_described_for_people():
    text = schema.describe()
    for file in ("authority.toml", "deadlines.toml", "quorum.toml", "attendance.toml"):
        assert f"### `{file}`" in text
    assert "- `name` (text, required)" in text
    assert "- `[[rule]]`" in text
