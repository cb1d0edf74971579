"""Warrington's own rules in real Chromium, with expected values worked out by hand: its ICPC
"within 15 days" is read as calendar days.
"""

from __future__ import annotations

import pytest

from tests.browser_helpers import (
    DEADLINES,
    deadline_due,
    wait_ready,
)

pytestmark = pytest.mark.browser


def test_the_deadline_calculator_works_by_keyboard_alone(page, site_url):
    page.goto(site_url + DEADLINES)
    wait_ready(page)
    page.focus("#authority")
    page.keyboard.type("Warrington")  # chosen by typing its name, wherever it is in the list
    page.keyboard.press("Tab")  # the "Initial and transfer-in conferences" section, open
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "strategy_discussion-day"
    for value in ("18", "12", "2026"):
        page.keyboard.type(value)
        page.keyboard.press("Tab")
    page.focus("#strategy_discussion-year")
    page.keyboard.press("Enter")
    # Warrington's "15 days", read as calendar days: Sat 2 Jan 2027 -> Thursday 31 December.
    assert deadline_due(page, "icpc") == "2026-12-31"
    assert page.evaluate("document.activeElement.id") == "results-title"
