"""Barnsley: tests of its own rules, each expected value worked out by hand from its source
(the calendar and the England and Wales bank holidays for dates), never read from the calculator.

Grouped by topic. Generic tests, which hold for every pack, are in tests/test_*.py; the deadline
rules are also in tests/deadlines/.
"""

from __future__ import annotations

import json

from ..helpers import cli

AUTHORITY = "barnsley"


# ------------------------------------------------------------------ cli


def test_attendance_json_and_text():
    payload = {
        "authority": AUTHORITY,
        "date_of_birth": "2016-05-20",
        "conference_date": "2027-05-20",
    }
    code, out = cli(["attendance"], json.dumps(payload))
    assert code == 0
    result = json.loads(out)
    assert result["age"] == 11
    assert result["advocate_offered"] is True
    code, out = cli(["attendance", "--format", "text"], json.dumps(payload))
    assert code == 0
    assert "11" in out
