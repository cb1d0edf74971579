"""The rules version: every result names the rules it was worked out with, and the id changes
whenever any rule or any calculation does (calculators/version.py)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import icalendar

from calculators import run, version
from calculators.ics import calendar
from calculators.text import render

from .packs import local, national

PACKAGE = Path(version.__file__).parent
PAYLOAD = {"authority": local()[0], "events": {"strategy_discussion": "2026-12-18"}}


def _copy(tmp_path: Path) -> Path:
    copy = tmp_path / "calculators"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "*.json"))
    return copy


def test_every_calculator_result_carries_the_version():
    expected = version.compute()
    for name, payload in (
        ("deadlines", PAYLOAD),
        ("quorum", {"authority": local()[0], "conference_type": "initial", "attendees": []}),
        ("attendance", {"authority": local()[0], "age": 12}),
    ):
        result = run(name, payload)
        assert result["rules_version"] == expected["id"], name
        assert result["rules_built"] == expected["date"], name


def test_the_id_changes_when_a_rule_changes_and_only_then(tmp_path):
    copy = _copy(tmp_path)
    before = version.compute(str(copy))["id"]
    assert version.compute(str(copy))["id"] == before
    (copy / "data" / "unrelated.json").write_text("{}", "utf-8")  # derived files do not count
    assert version.compute(str(copy))["id"] == before
    rules = copy / "data" / "authorities" / national() / "deadlines.toml"
    rules.write_text(rules.read_text("utf-8").replace("15 working days", "14 working days", 1))
    assert version.compute(str(copy))["id"] != before


def test_the_id_changes_when_the_code_changes(tmp_path):
    copy = _copy(tmp_path)
    before = version.compute(str(copy))["id"]
    periods = copy / "periods.py"
    periods.write_text(periods.read_text("utf-8") + "\n# a change\n", "utf-8")
    assert version.compute(str(copy))["id"] != before


def test_a_built_copy_reads_its_stamp(tmp_path):
    copy = _copy(tmp_path)
    (copy / "data" / "version.json").write_text(
        json.dumps({"id": "0123456789ab", "date": "2027-03-01"}), "utf-8"
    )
    script = "import calculators.version as v; print(v.rules_version())"
    shown = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, check=True
    ).stdout
    assert shown.strip() == "{'id': '0123456789ab', 'date': '2027-03-01'}"


def test_text_and_calendar_state_the_version():
    result = run("deadlines", PAYLOAD)
    day = result["rules_built"]
    text = render("deadlines", result)
    assert (
        text.rstrip()
        .splitlines()[-1]
        .startswith(f"Rules version {result['rules_version']}, built ")
    )
    assert day[:4] in text.rstrip().splitlines()[-1]
    import datetime as dt

    parsed = icalendar.Calendar.from_ical(
        calendar(result, dt.datetime(2026, 12, 18, tzinfo=dt.UTC))
    )
    for event in parsed.walk("VEVENT"):
        assert f"Rules version {result['rules_version']}" in str(event["DESCRIPTION"])


def test_describe_writes_the_date_in_words():
    assert (
        version.describe({"id": "abc123def456", "date": "2026-12-01"})
        == "Rules version abc123def456, built 1 December 2026"
    )
