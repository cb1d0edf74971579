"""A site with many authorities (synthetic copies, as scripts/bench-scale makes them) builds
strictly, and its topic pages' tabs get the picker: the reader's own authority first."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def test_topic_tabs_show_six_with_the_readers_own_first(browser, many_url):
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(many_url + "handbook/timing/")
        page.evaluate("localStorage.setItem('cpc-authority', 'barnsley-copy-1')")
        page.reload()
        page.locator(".cpc-picker").wait_for()
        labels = page.locator(".tabbed-labels label")
        assert labels.count() == 10
        visible = [
            t.strip() for t in page.locator(".tabbed-labels label:visible").all_inner_texts()
        ]
        assert len(visible) == 6
        assert "Barnsley 4" in visible  # the fourth copy made: the reader's own
        first = page.locator(".cpc-picker input[type=checkbox]").first
        assert first.get_attribute("value") == "barnsley-copy-1"
    finally:
        context.close()
