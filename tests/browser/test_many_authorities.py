"""A site with many authorities (synthetic copies, as scripts/bench-scale makes them) builds
strictly, and its topic pages' tabs get the picker: the reader's own authority first."""

from __future__ import annotations

import pytest

from tests.browser_helpers import local_packs

pytestmark = pytest.mark.browser


def test_topic_tabs_show_six_with_the_readers_own_first(browser, many_url):
    # scripts/bench_scale.py copies the local packs in order, each copy "<id>-copy-<n>" named
    # "<short> <n>", numbered on from the existing authorities: 5 local packs and 5 copies, so
    # the fourth copy is of the fourth local pack, as the first copy of it, "<short> 4".
    fourth = list(local_packs())[3]
    own, short = f"{fourth}-copy-1", local_packs()[fourth]["authority"]["short"]
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(many_url + "handbook/timing/")
        page.evaluate("(id) => localStorage.setItem('cpc-authority', id)", own)
        page.reload()
        page.locator(".cpc-picker").wait_for()
        labels = page.locator(".tabbed-labels label")
        assert labels.count() == 10
        visible = [
            t.strip() for t in page.locator(".tabbed-labels label:visible").all_inner_texts()
        ]
        assert len(visible) == 6
        assert f"{short} 4" in visible  # the fourth copy made: the reader's own
        first = page.locator(".cpc-picker input[type=checkbox]").first
        assert first.get_attribute("value") == own
    finally:
        context.close()
