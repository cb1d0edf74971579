"""With more authorities than fit, the reader picks which to compare: their own first, the
choice kept, keyboard usable, axe-clean at 375 px, and paper showing the chosen columns.

The built site has too few authorities for the picker, so each test gives a comparison table
more columns (copies of the last one, each naming a made-up authority) and starts the picker
again, as a page with that many authorities would."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def shown(page) -> list[str]:
    return page.evaluate(
        """() => Array.from(document.querySelectorAll('.cpc-compare thead th[data-authority]'))
            .filter((cell) => getComputedStyle(cell).display !== 'none')
            .map((cell) => cell.getAttribute('data-authority'))"""
    )


def test_five_authorities_need_no_picker(browser, site_url):
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(site_url + "compare/timescales/")
        page.wait_for_load_state("load")
        assert page.locator(".cpc-picker").count() == 0
        assert page.locator(".cpc-compare thead th[hidden]").count() == 0
    finally:
        context.close()


def test_the_readers_own_authority_comes_first_then_the_others_up_to_six(widened):
    page = widened(own="made-up-3")
    assert shown(page) == ["column-1", "column-2", "column-3", "column-4", "column-5", "made-up-3"]
    first = page.locator(".cpc-picker input[type=checkbox]").first
    assert first.get_attribute("value") == "made-up-3"
    assert "6 of 9 shown" in page.locator(".cpc-picker summary").inner_text()
    # The row headers stay.
    assert page.locator(".cpc-compare tbody th:visible").count() > 0


def test_the_picker_works_from_the_keyboard_and_the_choice_is_kept(widened):
    page = widened()
    page.locator(".cpc-picker summary").focus()
    page.keyboard.press("Enter")  # opens the disclosure
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.value")
    assert focused == "column-1"
    page.keyboard.press("Space")  # untick the first authority
    assert "column-1" not in shown(page)
    page.locator(".cpc-picker label", has_text="Made up 2").click()
    assert shown(page)[-1] == "made-up-2"
    kept = page.evaluate("JSON.parse(localStorage.getItem('cpc-compare'))")
    assert kept == ["column-2", "column-3", "column-4", "column-5", "column-6", "made-up-2"]
    # The same choice on the next visit.
    page.reload()
    page.evaluate("document.querySelector('.cpc-picker')?.remove()")
    widened.again(page)
    assert shown(page) == kept


def test_print_shows_the_chosen_columns_only(widened):
    page = widened()
    page.emulate_media(media="print")
    assert shown(page) == [f"column-{i}" for i in range(1, 7)]
    hidden = page.evaluate(
        "getComputedStyle(document.querySelector('.cpc-compare tbody td:last-child')).display"
    )
    assert hidden == "none"
    assert page.evaluate("getComputedStyle(document.querySelector('.cpc-picker')).display") == (
        "none"
    )


def test_the_picker_is_axe_clean_at_375_px(widened, axe_script):
    page = widened(width=375)
    page.locator(".cpc-picker summary").click()
    page.evaluate(axe_script.read_text("utf-8"))
    violations = page.evaluate(
        """async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}}))
            .violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`)""",
        AXE_TAGS,
    )
    assert not violations, "\n".join(violations)
