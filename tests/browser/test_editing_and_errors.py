"""Editing after a result keeps the user's place (WCAG 3.2.2), and errors are done the GOV.UK
way: every error at once, in the order of the fields, each tied to its field.

Authorities are chosen from the packs by what their rules say (conftest.py). Dates worked out by
hand for an ICPC 15 working days after the strategy discussion: from Friday 18 December 2026,
Wednesday 13 January 2027 (25 and 28 December and 1 January are bank holidays); from Thursday
18 December 2025, Tuesday 13 January 2026 (25, 26 December and 1 January).
"""

from __future__ import annotations

import pytest

from calculators.data import authorities, load, national
from tests.browser_helpers import RESULT_TIMEOUT, quorate_attendees, submit_dates, wait_ready

pytestmark = pytest.mark.browser

ACTIVE_ID = "document.activeElement && document.activeElement.id"
STALE = "document.querySelectorAll('[data-stale]').length === 1"
UPDATED = "document.querySelector('[data-announce]').textContent === 'Results updated.'"


def shown(page, selector: str) -> None:
    page.locator(selector).first.wait_for(timeout=RESULT_TIMEOUT)


def described_by(page, element_id: str) -> list[str]:
    value = page.get_attribute(f"#{element_id}", "aria-describedby") or ""
    return value.split()


def test_backspace_in_a_date_after_a_result_keeps_focus_and_every_key(
    page_without_uncaught_errors, site_url, wait_until, icpc_15_working_days_authority
):
    page = page_without_uncaught_errors
    page.goto(
        site_url + f"calculators/deadlines/#authority={icpc_15_working_days_authority}"
        "&strategy_discussion=2026-12-18"
    )
    shown(page, '[data-deadline="icpc"] time[datetime="2027-01-13"]')
    page.focus("#strategy_discussion-year")
    page.keyboard.press("End")
    page.keyboard.press("Backspace")  # "202": not a real year while the user types
    wait_until(page, STALE)
    assert page.evaluate(ACTIVE_ID) == "strategy_discussion-year"
    # The results stay, marked out of date; the field says what is wrong, tied to it.
    assert page.locator("[data-results]").is_visible()
    assert "out of date" in page.locator("[data-stale]").inner_text()
    inline = page.locator("#strategy_discussion-error")
    assert inline.is_visible() and "year must include 4 numbers" in inline.inner_text()
    assert "strategy_discussion-error" in described_by(page, "strategy_discussion")
    assert not page.locator("[data-error-summary]").is_visible()
    # The next key lands where the user is typing, and the results refresh.
    page.keyboard.type("5")
    shown(page, '[data-deadline="icpc"] time[datetime="2026-01-13"]')
    assert page.input_value("#strategy_discussion-year") == "2025"
    assert page.evaluate(ACTIVE_ID) == "strategy_discussion-year"
    assert page.locator("[data-stale]").count() == 0
    assert not page.locator("#strategy_discussion-error").is_visible()
    assert "strategy_discussion-error" not in described_by(page, "strategy_discussion")
    wait_until(page, UPDATED)


def test_unticking_an_agency_after_a_result_keeps_focus_on_the_box(
    page_without_uncaught_errors, site_url, wait_until, quorum_authority
):
    page = page_without_uncaught_errors
    # Children's social care and as many other agencies as the quorum asks for, in contact.
    attendees = quorate_attendees(quorum_authority)
    last = attendees[-1]
    page.goto(
        site_url
        + f"calculators/quorum/#authority={quorum_authority}&conference_type=initial&"
        + "&".join(f"attendee={a}" for a in attendees)
    )
    shown(page, '[data-outcome="quorate"]')
    name = load("quorum")["agencies"][last]["name"]
    box = page.locator(f'input[name="attendee"][value="{last}"]')
    box.focus()
    # Unticking an agency while its direct contact is still ticked is a contradiction: the
    # results stay, marked out of date with what to do, and focus stays on the box.
    page.keyboard.press("Space")
    wait_until(page, STALE)
    assert page.evaluate(ACTIVE_ID) == f"attendee-{last}"
    assert not box.is_checked()
    assert name in page.locator("[data-stale] li").inner_text()
    assert not page.locator("[data-error-summary]").is_visible()
    page.keyboard.press("Space")  # ticked again: up to date, announced, focus still there
    wait_until(page, UPDATED)
    assert page.locator("[data-stale]").count() == 0
    assert page.locator('[data-outcome="quorate"]').is_visible()
    assert page.evaluate(ACTIVE_ID) == f"attendee-{last}"


def test_clearing_the_age_after_a_result_keeps_focus_and_explains(
    page_without_uncaught_errors, site_url, wait_until, presumption_authority
):
    # From the authority's presumption age a child is offered the chance to attend; below it,
    # not expected.
    page = page_without_uncaught_errors
    authority, age = presumption_authority
    page.goto(site_url + f"calculators/attendance/#authority={authority}&age={age}")
    shown(page, '[data-outcome="offer"]')
    page.focus("#age")
    page.keyboard.press("Control+A")
    page.keyboard.press("Backspace")  # empty: no age to work from
    wait_until(page, STALE)
    assert page.evaluate(ACTIVE_ID) == "age"
    assert page.locator("#age-error").is_visible()
    assert "age-error" in described_by(page, "age")
    assert page.locator('[data-outcome="offer"]').is_visible()  # kept, marked out of date
    page.keyboard.type(str(age - 1))
    shown(page, '[data-outcome="not-expected"]')
    assert page.evaluate(ACTIVE_ID) == "age"
    assert page.locator("[data-stale]").count() == 0


def test_two_wrong_dates_give_two_errors_in_the_order_of_the_fields(
    page_without_uncaught_errors, site_url
):
    page = page_without_uncaught_errors
    page.goto(site_url + "calculators/deadlines/")
    wait_ready(page)
    # The ICPC field comes after the strategy discussion's; fill it first, both wrong.
    links = submit_dates(
        page, ("icpc", "12", "", "2027"), ("strategy_discussion", "x", "12", "2026")
    )
    assert links.all_inner_texts() == [
        "Date of the strategy discussion must be a real date",
        "Date of the initial child protection conference must include a month",
    ]
    assert page.evaluate("document.activeElement.hasAttribute('data-error-summary')")
    assert [a.get_attribute("href") for a in links.all()] == [
        "#strategy_discussion-day",
        "#icpc-month",
    ]
    for name in ("strategy_discussion", "icpc"):
        assert f"{name}-error" in described_by(page, name)
        assert page.locator(f"#{name}-error").is_visible()


def test_an_unreadable_date_and_an_impossible_one_are_both_in_the_summary(
    page_without_uncaught_errors, site_url
):
    page = page_without_uncaught_errors
    # The page cannot read the strategy discussion (no month); the calculator is the one that
    # knows 30 February 2027 is not a real date. Both show at once, in the order of the fields.
    page.goto(site_url + "calculators/deadlines/")
    wait_ready(page)
    links = submit_dates(
        page, ("strategy_discussion", "18", "", "2026"), ("icpc", "30", "2", "2027")
    )
    assert links.all_inner_texts() == [
        "Date of the strategy discussion must include a month",
        "The date of the initial child protection conference must be a real date",
    ]
    assert page.locator("#icpc-error").is_visible()


@pytest.mark.parametrize(
    "authority", [national(), next(a for a in authorities() if a != national())]
)
def test_every_source_link_in_a_result_lands_on_its_document(
    page_without_uncaught_errors, site_url, authority
):
    page = page_without_uncaught_errors
    # Each link's #fragment is a section of the sources page (the links used to drop it).
    page.goto(
        f"{site_url}calculators/deadlines/#authority={authority}&strategy_discussion=2026-12-18"
        "&icpc=2027-01-13"
    )
    shown(page, '[data-deadline="icpc"]')
    links = page.locator(".cpc-source a[href*='sources/']")
    hrefs = {links.nth(i).get_attribute("href") for i in range(links.count())}
    assert hrefs and all("#" in href for href in hrefs), hrefs
    sources = page.context.new_page()
    sources.goto(site_url + "sources/")
    for href in hrefs:
        assert sources.locator(f"[id='{href.split('#')[1]}']").count() == 1, href
