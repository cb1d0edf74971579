"""Warrington: tests of its own rules, each expected value worked out by hand from its source
(the calendar and the England and Wales bank holidays for dates), never read from the calculator.

Grouped by topic. Generic tests, which hold for every pack, are in tests/test_*.py; the deadline
rules are also in tests/deadlines/.
"""

from __future__ import annotations

AUTHORITY = "warrington"
