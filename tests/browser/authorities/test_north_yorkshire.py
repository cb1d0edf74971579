"""North Yorkshire's own rules in real Chromium, with expected values worked out by hand (see
each test): the conference "before the EPO expires", and the key agencies that must attend
an initial conference.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from tests.browser_helpers import (
    DEADLINES,
    QUORUM,
    RESULT_TIMEOUT,
    deadline_due,
    type_date,
    wait_ready,
)

pytestmark = pytest.mark.browser


def test_ticking_that_the_epo_expires_late_in_the_day_changes_the_date(page, site_url):
    # North Yorkshire, "be held before the EPO expires", order expiring Wed 13 Jan 2027. Read at
    # its earliest the conference is due the working day before, Tue 12 Jan 2027; ticking that
    # the order expires late in the day makes it Wed 13 Jan 2027.
    page.goto(site_url + DEADLINES)
    wait_ready(page)
    page.select_option("#authority", "north-yorkshire")
    group = page.locator('details[data-group="initial"]')
    box = group.locator("#epo_expires_late_in_day")
    # the tick box sits in the same section as the expiry date, just after it
    assert box.count() == 1
    assert page.evaluate(
        """() => {
            const date = document.querySelector('[data-field="events.epo_expiry"]');
            return date.nextElementSibling.contains(document.getElementById('epo_expires_late_in_day'));
        }"""
    )
    assert "late in the day" in page.locator('label[for="epo_expires_late_in_day"]').inner_text()
    type_date(page, "epo_expiry", "13", "1", "2027")
    page.click("button[data-submit]")
    assert deadline_due(page, "conference-before-epo-expires") == "2027-01-12"
    assert "epo_expires_late_in_day" not in page.url
    box.check()
    page.wait_for_selector(
        '[data-deadline="conference-before-epo-expires"] time[datetime="2027-01-13"]'
    )
    state = parse_qs(urlsplit(page.url).fragment)
    assert state["epo_expires_late_in_day"] == ["true"]
    # The link brings the tick back, in a page opened afresh.
    link = page.url
    page.goto("about:blank")
    page.goto(link)
    assert deadline_due(page, "conference-before-epo-expires") == "2027-01-13"
    assert page.is_checked("#epo_expires_late_in_day")
    box.uncheck()
    page.wait_for_selector(
        '[data-deadline="conference-before-epo-expires"] time[datetime="2027-01-12"]'
    )


def test_quorum_by_ticking_boxes(page, site_url):
    page.goto(site_url + QUORUM)
    wait_ready(page)
    page.select_option("#authority", "north-yorkshire")
    page.check("#conference_type-initial")
    for agency in ("childrens-social-care", "health", "education"):
        page.check(f"#attendee-{agency}")
        page.check(f"#direct_contact-{agency}")
    page.click("button[data-submit]")
    result = page.locator("[data-outcome]")
    result.wait_for(timeout=RESULT_TIMEOUT)
    assert result.get_attribute("data-outcome") == "quorate"
    # Quorate, but North Yorkshire's key agencies must attend initial conferences: police.
    assert "Police not present" in page.locator("[data-results]").inner_text()
    state = parse_qs(urlsplit(page.url).fragment)
    assert state["attendee"] == ["childrens-social-care", "health", "education"]
