"""North Yorkshire: tests of its own rules, each expected value worked out by hand from its source
(the calendar and the England and Wales bank holidays for dates), never read from the calculator.

Grouped by topic. Generic tests, which hold for every pack, are in tests/test_*.py; the deadline
rules are also in tests/deadlines/.
"""

from __future__ import annotations

import json

from ..helpers import cli

AUTHORITY = "north-yorkshire"


# ------------------------------------------------------------------ cli


def test_non_ascii_output_is_kept():
    # North Yorkshire's key-agency quote has a curly apostrophe (U+2019 in "Children's").
    payload = {"authority": AUTHORITY, "conference_type": "initial", "attendees": []}
    code, out = cli(["quorum"], json.dumps(payload))
    assert code == 0
    assert "Children\u2019s Social Care" in out
