"""The calculators in real Chromium, whichever authority is chosen: errors, the chosen
authority's own questions, remembering the authority, offline use, privacy and accessibility.

Authorities are chosen from the packs by what their rules say (fixtures in conftest.py);
expected values come from those rules or the inputs. Tests of one authority's rules, worked out
by hand, are in tests/browser/authorities/.
"""

from __future__ import annotations

import re

import pytest

from calculators.data import load
from tests.browser_helpers import (
    ATTENDANCE,
    DEADLINES,
    ICPC_IN_15_WORKING_DAYS,
    QUORUM,
    RESULT_TIMEOUT,
    STRATEGY_DISCUSSION,
    deadline_due,
    local_packs,
    type_date,
    wait_ready,
)

pytestmark = pytest.mark.browser


def test_a_wrong_date_shows_the_error_summary_linked_to_the_field(page, site_url):
    page.goto(site_url + DEADLINES)
    wait_ready(page)
    type_date(page, "strategy_discussion", "30", "2", "2027")
    page.click("button[data-submit]")
    summary = page.locator("[data-error-summary]")
    summary.wait_for()
    assert summary.locator("h2").inner_text() == "There is a problem"
    assert page.evaluate("document.activeElement.hasAttribute('data-error-summary')")
    assert page.title().startswith("Error: ")
    link = summary.locator("a").first
    assert link.inner_text() == "The date of the strategy discussion must be a real date"
    link.click()
    assert page.evaluate("document.activeElement.id") == "strategy_discussion-day"
    inline = page.locator("#strategy_discussion-error")
    assert "must be a real date" in inline.inner_text()
    assert page.get_attribute("#strategy_discussion-day", "aria-invalid") == "true"


def test_a_date_missing_its_month_and_an_impossible_order_are_both_explained(page, site_url):
    page.goto(site_url + DEADLINES)
    wait_ready(page)
    page.fill("#strategy_discussion-day", "18")
    page.fill("#strategy_discussion-year", "2026")
    page.click("button[data-submit]")
    assert page.locator("[data-error-summary] a").first.inner_text() == (
        "Date of the strategy discussion must include a month"
    )
    type_date(page, "strategy_discussion", "18", "12", "2026")
    type_date(page, "icpc", "1", "12", "2026")
    page.click("button[data-submit]")
    message = page.locator("[data-error-summary] a").first.inner_text()
    assert message == (
        "The date of the initial child protection conference must be the same as or after "
        "the date of the strategy discussion (Friday 18 December 2026)"
    )


def condition(page, circumstance: str):
    return page.locator(f'[data-condition="{circumstance}"]')


def _exceptions(pack_id: str) -> dict[str, str]:
    """circumstance -> the authority's words for it (its quorum table's exceptions)."""
    return {e["circumstance"]: e["quote"] for e in load("quorum")[pack_id].get("exceptions", [])}


def _agency_count(quote: str) -> str:
    """The "contact with N agencies" part of a quote, as the question asks it."""
    found = re.search(r"contact with \w+ agencies", quote)
    assert found, quote
    return found.group(0)


def test_quorum_conditions_are_asked_in_the_chosen_authority_s_words(
    page, site_url, authority_without_quorum
):
    # Chosen from the packs: two authorities that ask about limited agency contact in different
    # words (a different number of agencies) and about sufficient information in the same
    # words; one that asks whether the relevant agencies are present and not about
    # information; and one with no quorum at all.
    asking = {a: _exceptions(a) for a in local_packs() if "quorum" in local_packs()[a]}
    both = [
        a
        for a, words in asking.items()
        if {"limited_agency_contact", "sufficient_information"} <= set(words)
    ]
    first, second = next(
        (a, b)
        for a in both
        for b in both
        if _agency_count(asking[a]["limited_agency_contact"])
        != _agency_count(asking[b]["limited_agency_contact"])
        and asking[a]["sufficient_information"] == asking[b]["sufficient_information"]
    )
    present = next(
        a
        for a, words in asking.items()
        if "relevant_agencies_present" in words and "sufficient_information" not in words
    )
    page.goto(site_url + QUORUM)
    wait_ready(page)
    limited = condition(page, "limited_agency_contact")
    page.select_option("#authority", first)
    words = _agency_count(asking[first]["limited_agency_contact"])
    assert words in limited.locator("legend").inner_text()
    assert condition(page, "relevant_agencies_present").is_hidden()
    page.check("#limited_agency_contact-yes")
    page.check("#sufficient_information-yes")
    page.select_option("#authority", second)
    words = _agency_count(asking[second]["limited_agency_contact"])
    assert words in limited.locator("legend").inner_text()
    # A different question: the first authority's answer does not carry over; the same one does.
    assert page.is_checked("#limited_agency_contact-unknown")
    assert page.is_checked("#sufficient_information-yes")
    page.select_option("#authority", present)
    words = _agency_count(asking[present]["limited_agency_contact"])
    assert words in limited.locator("legend").inner_text()
    assert condition(page, "relevant_agencies_present").is_visible()
    assert condition(page, "sufficient_information").is_hidden()
    page.select_option("#authority", authority_without_quorum)
    assert limited.is_hidden()
    assert page.locator("#circumstances").is_hidden()  # no quorum: nothing to ask


def test_quorum_without_a_conference_type_is_an_error(page, site_url):
    page.goto(site_url + QUORUM)
    wait_ready(page)
    page.click("button[data-submit]")
    assert page.locator("[data-error-summary] a").first.inner_text() == (
        "Select the type of conference"
    )


def test_the_chosen_authority_is_remembered_for_the_next_visit(
    recording_context, site_url, another_local_authority
):
    assert "attendance" in local_packs()[another_local_authority]
    page = recording_context.new_page()
    page.goto(site_url + ATTENDANCE + f"#authority={another_local_authority}&age=9")
    page.locator("[data-outcome]").wait_for(timeout=RESULT_TIMEOUT)
    other = recording_context.new_page()
    other.goto(site_url + DEADLINES)
    assert other.input_value("#authority") == another_local_authority


@pytest.mark.parametrize(
    "calculator_with_results", ["deadlines", "quorum", "attendance"], indirect=True
)
def test_calculator_pages_with_results_are_local_quiet_and_accessible(
    recording_page, site_url, axe, calculator_with_results
):
    page = recording_page
    page.goto(site_url + calculator_with_results)
    page.locator("[data-results]:not([hidden])").wait_for(timeout=RESULT_TIMEOUT)
    requests = [r.url for r in page.context.requests]
    foreign = [u for u in requests if not u.startswith((site_url, "data:", "blob:"))]
    assert not foreign, foreign
    assert not page.context.problems, page.context.problems
    violations = axe(page)
    assert not violations, "\n".join(violations)


def test_after_one_visit_the_calculator_works_offline(
    recording_context, site_url, wait_until, icpc_15_working_days_authority
):
    page = recording_context.new_page()
    page.goto(
        site_url + DEADLINES + f"#authority={icpc_15_working_days_authority}"
        f"&strategy_discussion={STRATEGY_DISCUSSION}"
    )
    deadline_due(page, "icpc")
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    wait_until(page, "navigator.serviceWorker.controller !== null", timeout=RESULT_TIMEOUT)
    recording_context.set_offline(True)
    page.reload()
    assert deadline_due(page, "icpc") == ICPC_IN_15_WORKING_DAYS


def test_reading_pages_never_load_pyodide(page, site_url):
    # The page itself never starts the calculators' worker; only the service worker fetches the
    # runtime, in the background, to keep it for use offline.
    from_page = []
    page.on(
        "request",
        lambda r: from_page.append(r.url) if r.service_worker is None and r.frame else None,
    )
    page.goto(site_url + "handbook/timing/")
    page.goto(site_url + "compare/timescales/")
    page.wait_for_load_state("networkidle")
    assert not [u for u in from_page if "/assets/runtime/" in u or "worker.js" in u]
    assert not [w.url for w in page.workers if "calculators" in w.url]


def test_material_script_runs_once_the_calculator_has_answered(
    page, site_url, wait_until, icpc_15_working_days_authority
):
    # Held back so it does not slow Pyodide's boot (overrides/main.html); it must still run,
    # or search and instant navigation would be missing on calculator pages.
    page.goto(
        site_url + DEADLINES + f"#authority={icpc_15_working_days_authority}"
        f"&strategy_discussion={STRATEGY_DISCUSSION}"
    )
    deadline_due(page, "icpc")
    wait_until(page, "window.document$ !== undefined", timeout=RESULT_TIMEOUT)
    page.get_by_role("textbox", name="Search").click()
    page.keyboard.type("quorum")
    page.locator(".md-search-result__item").first.wait_for(timeout=RESULT_TIMEOUT)
