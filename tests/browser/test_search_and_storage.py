"""Search runs in the browser from the site's own index; no cookies are ever set."""

from __future__ import annotations

import pytest

from tests.browser_helpers import local_packs

pytestmark = pytest.mark.browser


def test_search_finds_pages_from_the_local_index(browser, site_url):
    context = browser.new_context()
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    try:
        page.goto(site_url)
        page.get_by_role("textbox", name="Search").click()
        page.keyboard.type("quorum")
        results = page.locator(".md-search-result__item")
        results.first.wait_for()
        assert results.count() > 0
        assert any("quorum" in r.lower() for r in results.all_inner_texts())
        assert all(url.startswith(site_url) for url in requests if not url.startswith("data:"))
    finally:
        context.close()


def test_no_cookies_and_only_the_chosen_tab_in_storage(browser, site_url, another_local_authority):
    short = local_packs()[another_local_authority]["authority"]["short"]
    context = browser.new_context()
    page = context.new_page()
    try:
        page.goto(site_url + "handbook/exclusion/")
        page.locator(".tabbed-labels label", has_text=short).first.click()
        page.goto(site_url + "compare/timescales/")
        assert context.cookies() == []
        assert page.evaluate("document.cookie") == ""
        keys = page.evaluate("() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)]")
        # Only the chosen authority is stored (by the linked tabs, and by a calculator once used).
        assert keys and all(key.endswith(".__tabs") for key in keys), keys
    finally:
        context.close()
