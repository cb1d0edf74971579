"""The command line: python -m calculators NAME [--input FILE] [--format json|text].

Mostly in-process through calculators.cli.main(argv, stdin, stdout); a few runs of the real
module entry point in a subprocess prove `python -m calculators` works.

Hand-checked example: a local pack whose own ICPC rule is "within 15 working days of the
strategy discussion" (chosen from the packs by that rule). From Friday 18 December 2026 the working days are 21, 22, 23, 24 December (25th is
Christmas Day, 26th a Saturday, Monday 28th the Boxing Day substitute), 29, 30, 31 December
(1 January is New Year's Day), then 4-8 and 11-13 January: the 15th is Wednesday 13 January 2027.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from calculators.cli import main

from .helpers import CASES as BAD_INPUT_CASES
from .helpers import cli, text_of
from .packs import authorities, icpc_in_15_working_days, raw_table

REPO = Path(__file__).resolve().parents[1]
FIFTEEN_DAYS = icpc_in_15_working_days()
STRATEGY = {"authority": FIFTEEN_DAYS, "events": {"strategy_discussion": "2026-12-18"}}
QUORUM = raw_table("quorum")
ATTENDANCE = raw_table("attendance")


def icpc_of(result: dict) -> dict:
    return next(d for d in result["deadlines"] if d["id"] == "icpc")


# ------------------------------------------------------------------ good input


def test_json_output_parses_and_exits_0():
    code, out = cli(["deadlines"], json.dumps(STRATEGY))
    assert code == 0
    result = json.loads(out)
    assert "errors" not in result
    icpc = icpc_of(result)
    assert icpc["due"] == "2027-01-13"
    assert icpc["due_text"] == "Wednesday 13 January 2027"


def test_explicit_json_format():
    code, out = cli(["deadlines", "--format", "json"], json.dumps(STRATEGY))
    assert code == 0
    assert icpc_of(json.loads(out))["due"] == "2027-01-13"


def test_text_format_shows_long_dates():
    code, out = cli(["deadlines", "--format", "text"], json.dumps(STRATEGY))
    assert code == 0
    assert "Wednesday 13 January 2027" in out
    assert authorities()[FIFTEEN_DAYS]["name"] in out
    assert "2027-01-13" not in out  # people see long dates, not ISO
    with pytest.raises(json.JSONDecodeError):
        json.loads(out)


def test_text_format_names_the_days_not_counted():
    code, out = cli(["deadlines", "--format", "text"], json.dumps(STRATEGY))
    assert code == 0
    out = " ".join(out.split())  # the text is wrapped to the terminal width
    for day in ("Friday 25 December 2026", "Monday 28 December 2026", "Friday 1 January 2027"):
        assert day in out


def test_text_bullets_only_start_items_and_wrapped_lines_are_indented():
    # A pack with key agencies, initial conference, children's social care alone: the reasons
    # and the required actions are long enough to wrap.
    payload = {
        "authority": next(pack for pack, table in QUORUM.items() if "key_agencies" in table),
        "conference_type": "initial",
        "attendees": [{"agency": "childrens-social-care"}],
    }
    result, text = text_of("quorum", payload)
    items = result["reasons"] + result["required_actions"]
    lines = text.splitlines()
    bulleted = [line for line in lines if line.startswith("  - ")]
    # one bullet per item, and each bullet begins its item's text
    assert len(bulleted) == len(items)
    for line, item in zip(bulleted, items, strict=True):
        assert item["text"].startswith(line[4:])
    # continuation lines are indented under the text, never bulleted
    assert any(line.startswith("    ") and not line.startswith("    Source") for line in lines)
    assert all(len(line) <= 88 for line in lines)


def test_attendance_notes_are_starred_once_each():
    # A pack whose attendance rules have notes.
    authority = next(pack for pack, table in ATTENDANCE.items() if table.get("notes"))
    result, text = text_of("attendance", {"authority": authority, "age": 14})
    starred = [line for line in text.splitlines() if line.startswith("  * ")]
    assert len(starred) == len(result["notes"])
    for line, note in zip(starred, result["notes"], strict=True):
        assert note["text"].startswith(line[4:])


def test_attendance_questions_are_wrapped_too():
    authority = next(pack for pack, table in ATTENDANCE.items() if table.get("questions"))
    result, text = text_of("attendance", {"authority": authority, "age": 13})
    asked = [line for line in text.splitlines() if line.startswith("  - ")]
    assert len(asked) == len(result["questions"])
    assert all(len(line) <= 88 for line in text.splitlines())


def test_input_file(tmp_path):
    path = tmp_path / "payload.json"
    path.write_text(json.dumps(STRATEGY), encoding="utf-8")
    # standard input is ignored when --input is given
    code, out = cli(["deadlines", "--input", str(path)], "this is not JSON")
    assert code == 0
    assert icpc_of(json.loads(out))["due"] == "2027-01-13"


def test_input_file_with_text_format(tmp_path):
    path = tmp_path / "payload.json"
    path.write_text(json.dumps(STRATEGY), encoding="utf-8")
    code, out = cli(["deadlines", "--input", str(path), "--format", "text"])
    assert code == 0
    assert "Wednesday 13 January 2027" in out


def test_quorum_json_and_text():
    # A pack whose chair may proceed only when every listed condition holds.
    authority, table = next(
        (pack, table) for pack, table in QUORUM.items() if table.get("proceed") == "all-conditions"
    )
    payload = {
        "authority": authority,
        "conference_type": "initial",
        "attendees": [{"agency": "childrens-social-care"}, {"agency": "police"}],
        "circumstances": {},
    }
    code, out = cli(["quorum"], json.dumps(payload))
    assert code == 0
    result = json.loads(out)
    assert result["quorate"] is False
    # No condition answered: not known yet, not "no".
    assert result["may_proceed"] is None
    assert len(result["unanswered"]) == len(table["exceptions"])
    code, out = cli(["quorum", "--format", "text"], json.dumps(payload))
    assert code == 0
    assert "Not quorate" in out
    assert "May go ahead: not known yet" in out


# ------------------------------------------------------------------ bad input


def errors_of(out: str) -> list[dict]:
    result = json.loads(out)
    assert set(result) == {"errors"}
    return result["errors"]


@pytest.mark.parametrize("text", ["{", "", "not json", "{'authority': 'an-authority'}", "[1,]"])
def test_bad_json_exits_2_naming_the_payload(text):
    code, out = cli(["deadlines"], text)
    assert code == 2
    (error,) = errors_of(out)
    assert error["field"] == "payload"
    assert error["message"].startswith("The payload is not valid JSON: ")
    assert "Traceback" not in out


def test_bad_json_in_text_format_is_still_json_errors():
    code, out = cli(["deadlines", "--format", "text"], "{")
    assert code == 2
    assert errors_of(out)[0]["field"] == "payload"


def test_missing_input_file_exits_2(tmp_path):
    missing = tmp_path / "nowhere.json"
    code, out = cli(["deadlines", "--input", str(missing)])
    assert code == 2
    (error,) = errors_of(out)
    assert error["field"] == "--input"
    assert error["message"] == f"Cannot read {missing}: No such file or directory"


def test_input_file_is_a_directory_exits_2(tmp_path):
    code, out = cli(["deadlines", "--input", str(tmp_path)])
    assert code == 2
    assert errors_of(out)[0]["field"] == "--input"


def test_input_file_not_utf8_exits_2(tmp_path):
    path = tmp_path / "latin1.json"
    path.write_bytes(b'{"authority": "\xe9"}')
    code, out = cli(["deadlines", "--input", str(path)])
    assert code == 2
    assert errors_of(out)[0]["field"] == "--input"


@pytest.mark.parametrize(
    ("calculator", "payload", "field", "message"),
    [pytest.param(*case[1:5], id=case[0]) for case in BAD_INPUT_CASES],
)
@pytest.mark.parametrize("output", ["json", "text"])
def test_every_bad_input_exits_2_with_errors(calculator, payload, field, message, output):
    code, out = cli([calculator, "--format", output], json.dumps(payload))
    assert code == 2
    assert "Traceback" not in out
    assert errors_of(out) == [{"field": field, "message": message}]


def test_unknown_calculator_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["bedtime"], stdin=io.StringIO("{}"), stdout=io.StringIO())
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "usage:" in err
    assert "bedtime" in err


@pytest.mark.parametrize("argv", [[], ["deadlines", "--format", "xml"], ["deadlines", "--nope"]])
def test_other_usage_errors_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(argv, stdin=io.StringIO("{}"), stdout=io.StringIO())
    assert exit_info.value.code == 2
    assert "usage:" in capsys.readouterr().err


# ------------------------------------------------------------------ the real entry point


def python_m(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "calculators", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        timeout=60,
        check=False,
    )


def test_module_entry_point_json():
    proc = python_m("deadlines", stdin=json.dumps(STRATEGY))
    assert proc.returncode == 0, proc.stderr
    assert icpc_of(json.loads(proc.stdout))["due"] == "2027-01-13"
    assert "Traceback" not in proc.stderr


def test_module_entry_point_text_from_file(tmp_path):
    path = tmp_path / "payload.json"
    path.write_text(json.dumps(STRATEGY), encoding="utf-8")
    proc = python_m("deadlines", "--input", str(path), "--format", "text")
    assert proc.returncode == 0, proc.stderr
    assert "Wednesday 13 January 2027" in proc.stdout


def test_module_entry_point_bad_input():
    proc = python_m("quorum", stdin=json.dumps({"authority": "narnia"}))
    assert proc.returncode == 2
    fields = {e["field"] for e in json.loads(proc.stdout)["errors"]}
    assert "authority" in fields
    assert "Traceback" not in proc.stdout + proc.stderr


def test_module_entry_point_bad_date_never_tracebacks():
    payload = {"authority": FIFTEEN_DAYS, "events": {"icpc": "0000-01-01"}}
    proc = python_m("deadlines", stdin=json.dumps(payload))
    assert "Traceback" not in proc.stdout + proc.stderr
    assert proc.returncode == 2
    assert [e["field"] for e in json.loads(proc.stdout)["errors"]] == ["events.icpc"]


def test_module_entry_point_unknown_calculator():
    proc = python_m("bedtime", stdin="{}")
    assert proc.returncode == 2
    assert "usage:" in proc.stderr
    assert "invalid choice" in proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01"])
def test_module_entry_point_edge_of_the_calendar(day):
    proc = python_m(
        "deadlines", stdin=json.dumps({"authority": FIFTEEN_DAYS, "events": {"icpc": day}})
    )
    assert proc.returncode == 2
    (error,) = json.loads(proc.stdout)["errors"]
    assert error["field"] == "events.icpc"
    assert error["message"] == (
        "The date of the initial child protection conference must be between "
        "Friday 1 January 2010 and Monday 31 December 2035"
    )
    assert "Traceback" not in proc.stdout + proc.stderr
