"""Authority tabs are linked across the site, and printing hides navigation."""

from __future__ import annotations

import pytest

from tests.browser_helpers import local_packs

pytestmark = pytest.mark.browser


def checked_tab(page) -> str:
    return page.evaluate(
        """() => {
            const set = document.querySelector('.tabbed-set');
            const input = set.querySelector('input:checked');
            return set.querySelector(`label[for="${input.id}"]`).textContent.trim();
        }"""
    )


def test_a_chosen_authority_stays_chosen_on_the_next_page(
    browser, site_url, local_authority, another_local_authority
):
    # The tabs follow the packs' order: the first local authority's tab is open at first.
    first = local_packs()[local_authority]["authority"]["short"]
    chosen = local_packs()[another_local_authority]["authority"]["short"]
    context = browser.new_context()
    page = context.new_page()
    try:
        page.goto(site_url + "handbook/exclusion/")
        assert checked_tab(page) == first
        page.locator(".tabbed-labels label", has_text=chosen).first.click()
        assert checked_tab(page) == chosen
        page.goto(site_url + "handbook/reports/")
        assert checked_tab(page) == chosen
        page.get_by_role("link", name="Complaints").first.click()
        page.wait_for_url("**/handbook/complaints/")
        assert checked_tab(page) == chosen
    finally:
        context.close()


def test_print_hides_navigation_and_adds_the_check_online_footer(browser, site_url):
    context = browser.new_context()
    page = context.new_page()
    try:
        page.goto(site_url + "handbook/timing/")
        page.emulate_media(media="print")
        page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
        for selector in (".md-sidebar--primary", ".md-header", ".cpc-exit"):
            assert not page.locator(selector).first.is_visible(), selector
        footer = page.locator("[data-print-footer]")
        assert footer.is_visible()
        assert "Printed on" in footer.text_content()
        assert "check the online version" in footer.text_content()
    finally:
        context.close()
