"""Oxfordshire's own rules in real Chromium, with expected values worked out by hand:

- ICPC from a strategy discussion on Friday 18 December 2026: 15 working days, skipping
  Christmas Day (Fri 25), Boxing Day's substitute (Mon 28 Dec) and New Year's Day (Fri 1 Jan)
  -> Wednesday 13 January 2027.
- Quorum: children's social care and at least 2 other agencies with direct contact; the chair
  may proceed without it only when all three conditions hold; an inquorate conference needs
  "a confirmed quorate decision within 24 hours".
- Attendance: a child is offered the chance to attend from 12 (born 29 February 2012: still 11
  on 28 February 2024, 12 on 29 February 2024, a leap year); at 11 the trainer's answer is
  "unlikely to take part".
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import icalendar
import pytest

from tests.browser_helpers import (
    ATTENDANCE,
    DEADLINES,
    QUORUM,
    RESULT_TIMEOUT,
    deadline_due,
    type_date,
    wait_ready,
)

pytestmark = pytest.mark.browser


def test_deadlines_by_link_calculate_at_once(page, site_url):
    page.goto(site_url + DEADLINES + "#authority=oxfordshire&strategy_discussion=2026-12-18")
    assert deadline_due(page, "icpc") == "2027-01-13"
    row = page.locator('[data-deadline="icpc"]')
    assert "Wednesday 13 January 2027" in row.inner_text()
    assert "Within 15 working days of the strategy discussion" in row.inner_text()
    assert (
        row.locator("a", has_text="Read about this in the handbook")
        .get_attribute("href")
        .endswith("/handbook/timing/")
    )
    # The form shows what the link said.
    assert page.input_value("#strategy_discussion-day") == "18"
    assert page.input_value("#authority") == "oxfordshire"


def test_calendar_file_parses_with_one_event_per_deadline(page, site_url, tmp_path: Path):
    page.goto(site_url + DEADLINES + "#authority=oxfordshire&strategy_discussion=2026-12-18")
    deadline_due(page, "icpc")
    shown = page.locator("[data-deadline]").count()
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Add to calendar (.ics)").click()
    download = download_info.value
    assert download.suggested_filename == "deadlines-oxfordshire.ics"
    path = tmp_path / "deadlines.ics"
    download.save_as(path)
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert len(events) == shown
    icpc = next(e for e in events if str(e["SUMMARY"]) == "Initial child protection conference")
    assert icpc["DTSTART"].dt.isoformat() == "2027-01-13"
    assert (icpc["DTEND"].dt - icpc["DTSTART"].dt).days == 1


def test_copy_as_text_gives_long_dates(recording_context, site_url):
    page = recording_context.new_page()
    recording_context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(site_url + DEADLINES + "#authority=oxfordshire&strategy_discussion=2026-12-18")
    deadline_due(page, "icpc")
    page.get_by_role("button", name="Copy as text").click()
    page.wait_for_selector("[data-action-status]:has-text('Copied')")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert "Wednesday 13 January 2027" in copied and "Initial child protection conference" in copied


@pytest.mark.parametrize(
    ("query", "outcome", "may_proceed"),
    [
        ("attendee=childrens-social-care&attendee=police&attendee=health", "quorate", "true"),
        (
            "attendee=childrens-social-care&attendee=police&attendee=health:no-contact"
            "&delay_detrimental=false",
            "inquorate",
            "false",
        ),
        # Not answered is not "does not hold": the answer waits on the conditions.
        (
            "attendee=childrens-social-care&attendee=police&attendee=health:no-contact",
            "inquorate",
            "null",
        ),
        (
            "attendee=childrens-social-care&attendee=police&limited_agency_contact=true"
            "&sufficient_information=true&delay_detrimental=true",
            "inquorate",
            "true",
        ),
    ],
)
def test_quorum_by_link(page, site_url, query, outcome, may_proceed):
    page.goto(f"{site_url}{QUORUM}#authority=oxfordshire&conference_type=initial&{query}")
    result = page.locator("[data-outcome]")
    result.wait_for(timeout=RESULT_TIMEOUT)
    assert result.get_attribute("data-outcome") == outcome
    assert page.get_attribute("[data-may-proceed]", "data-may-proceed") == may_proceed


def test_quorum_conditions_are_yes_no_or_not_known(page, site_url):
    """Oxfordshire, social care and police only: not quorate. With the chair's three conditions
    not known, the answer waits on them; one answered No settles it (all three are needed)."""
    page.goto(site_url + QUORUM)
    wait_ready(page)
    page.select_option("#authority", "oxfordshire")
    page.check("#conference_type-initial")
    for agency in ("childrens-social-care", "police"):
        page.check(f"#attendee-{agency}")
        page.check(f"#direct_contact-{agency}")
    for circumstance in ("limited_agency_contact", "sufficient_information", "delay_detrimental"):
        assert page.is_checked(f"#{circumstance}-unknown")
    page.click("button[data-submit]")
    page.locator("[data-outcome]").wait_for(timeout=RESULT_TIMEOUT)
    verdict = page.locator("[data-may-proceed]")
    assert verdict.get_attribute("data-may-proceed") == "null"
    assert "Not known yet" in verdict.inner_text()
    results = page.locator("[data-results]").inner_text()
    assert "exception does not apply" not in results
    assert "A delay will be detrimental to the child" in results
    page.check("#delay_detrimental-no")
    page.wait_for_selector('[data-may-proceed="false"]', timeout=RESULT_TIMEOUT)
    assert parse_qs(urlsplit(page.url).fragment)["delay_detrimental"] == ["false"]
    assert "limited_agency_contact" not in parse_qs(urlsplit(page.url).fragment)
    # The link brings the answers back: No stays No, the others stay Not known.
    link = page.url
    page.goto("about:blank")
    page.goto(link)
    page.wait_for_selector('[data-may-proceed="false"]', timeout=RESULT_TIMEOUT)
    assert page.is_checked("#delay_detrimental-no")
    assert page.is_checked("#limited_agency_contact-unknown")


def test_quorum_conference_date_dates_the_confirmed_decision(page, site_url):
    """Oxfordshire: "a confirmed quorate decision within 24 hours". A conference on Tuesday
    12 January 2027: due Wednesday 13 January 2027."""
    page.goto(
        f"{site_url}{QUORUM}?authority=oxfordshire&conference_type=initial"
        "&attendee=childrens-social-care&attendee=police&limited_agency_contact=true"
        "&sufficient_information=true&delay_detrimental=true"
    )
    page.locator("[data-outcome]").wait_for(timeout=RESULT_TIMEOUT)
    assert page.locator("[data-results] time").count() == 0
    type_date(page, "conference_date", "12", "1", "2027")
    due = page.locator("[data-results] time")
    due.first.wait_for(timeout=RESULT_TIMEOUT)
    assert due.first.get_attribute("datetime") == "2027-01-13"
    assert due.first.inner_text() == "Wednesday 13 January 2027"
    assert parse_qs(urlsplit(page.url).fragment)["conference_date"] == ["2027-01-12"]
    page.fill("#conference_date-month", "13")
    page.click("button[data-submit]")
    summary = page.locator("[data-error-summary] a").first
    summary.wait_for(timeout=RESULT_TIMEOUT)
    assert summary.inner_text() == "The date of the conference must be a real date"


@pytest.mark.parametrize(
    ("query", "outcome"),
    [
        ("authority=oxfordshire&age=11", "not-expected"),
        ("authority=oxfordshire&age=12", "offer"),
        # Born 29 Feb 2012: still 11 on 28 Feb 2024, 12 on 29 Feb 2024 (a leap year).
        ("authority=oxfordshire&date_of_birth=2012-02-29&conference_date=2024-02-29", "offer"),
        (
            "authority=oxfordshire&date_of_birth=2012-02-29&conference_date=2024-02-28",
            "not-expected",
        ),
    ],
)
def test_attendance_by_link(page, site_url, query, outcome):
    page.goto(f"{site_url}{ATTENDANCE}#{query}")
    result = page.locator("[data-outcome]")
    result.wait_for(timeout=RESULT_TIMEOUT)
    assert result.get_attribute("data-outcome") == outcome


def test_choice_questions_by_keyboard_right(page, site_url, axe):
    page.goto(site_url + "training/quorum-and-attendance/")
    page.focus("#oxfordshire-age-11-answer-offer")
    page.keyboard.press("ArrowDown")  # radios: the next option, "unlikely to take part"
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    verdict = page.locator("#oxfordshire-age-11 [data-verdict-outcome]")
    verdict.wait_for(timeout=RESULT_TIMEOUT)
    assert verdict.get_attribute("data-verdict-outcome") == "right"
    assert not axe(page)
