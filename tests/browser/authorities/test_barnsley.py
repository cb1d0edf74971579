"""Barnsley's own rules in real Chromium, with expected values worked out by hand:

- ICPC from Friday 4 December 2026, 15 working days: 7-11, 14-18 Dec are 10 working days,
  21-24 Dec four more, then 29 Dec -> Tuesday 29 December 2026.
- Reports to parents "at least two days before" the conference.
- Attendance: no presumption age; young people aged 11 to 15 are routinely offered an
  independent advocate.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from tests.browser_helpers import (
    ATTENDANCE,
    DEADLINES,
    RESULT_TIMEOUT,
    deadline_due,
    type_date,
    wait_ready,
)

pytestmark = pytest.mark.browser


def test_attendance_by_link(page, site_url):
    page.goto(f"{site_url}{ATTENDANCE}#authority=barnsley&age=13")
    result = page.locator("[data-outcome]")
    result.wait_for(timeout=RESULT_TIMEOUT)
    assert result.get_attribute("data-outcome") == "none"


def test_deadlines_by_typing_mirror_the_url_and_recalculate_live(page, site_url):
    page.goto(site_url + DEADLINES)
    wait_ready(page)
    page.select_option("#authority", "barnsley")
    type_date(page, "strategy_discussion", "4", "Dec", "2026")  # a month name is accepted
    page.click("button[data-submit]")
    assert deadline_due(page, "icpc") == "2026-12-29"
    # The inputs are in the address after "#", which the browser never sends to a server.
    state = parse_qs(urlsplit(page.url).fragment)
    assert state == {"authority": ["barnsley"], "strategy_discussion": ["2026-12-04"]}
    assert "?" not in page.url
    # Changing a date recalculates without pressing the button again.
    page.fill("#strategy_discussion-day", "18")
    page.wait_for_selector('[data-deadline="icpc"] time[datetime="2027-01-13"]')
    # Report deadlines need the conference and its type.
    page.locator('details[data-group="reports"] summary').click()
    type_date(page, "conference", "11", "1", "2027")
    page.check("#conference_type-review")
    # Barnsley: reports to parents "at least two days before": 2 working days before Mon 11 Jan
    # is Thursday 7 January 2027.
    assert deadline_due(page, "reports-to-parents") == "2027-01-07"
    assert parse_qs(urlsplit(page.url).fragment)["conference_type"] == ["review"]


def test_attendance_by_typing_and_barnsley_advocacy(page, site_url):
    page.goto(site_url + ATTENDANCE)
    wait_ready(page)
    page.select_option("#authority", "barnsley")
    page.fill("#age", "11")
    page.click("button[data-submit]")
    page.locator("[data-outcome]").wait_for(timeout=RESULT_TIMEOUT)
    assert "Yes, routinely" in page.locator("[data-results]").inner_text()
    assert parse_qs(urlsplit(page.url).fragment) == {"authority": ["barnsley"], "age": ["11"]}


def test_choice_questions_wrong_answer(page, site_url, axe):
    page.goto(site_url + "training/quorum-and-attendance/")
    page.check("#barnsley-advocacy-answer-no")
    page.click("#barnsley-advocacy button")
    wrong = page.locator("#barnsley-advocacy [data-verdict-outcome]")
    wrong.wait_for(timeout=RESULT_TIMEOUT)
    assert wrong.get_attribute("data-verdict-outcome") == "wrong"
    assert not axe(page)
