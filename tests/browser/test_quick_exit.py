"""Exit this page (GOV.UK Frontend's component): the button, by mouse, Enter or Space, and
Shift pressed three times all hide the page at once and leave for a neutral site, replacing the
handbook in the tab's history and sending it no referrer. The button stays in reach on a phone,
is readable, and the sticky header it sits in never hides the element that has focus."""

from __future__ import annotations

import pytest

from tests.browser_helpers import (
    EXIT_TEST_PAGE,
    NEUTRAL,
    answer_the_neutral_site,
    neutral_requests,
)

pytestmark = pytest.mark.browser

BUTTON_NAME = "Emergency Exit this page"


def exit_button(page):
    return page.get_by_role("button", name=BUTTON_NAME)


def status(page):
    return page.locator("[data-module='govuk-exit-this-page'] [role='status']")


def assert_left_without_history(page):
    page.wait_for_url(NEUTRAL)
    assert page.title() == "Weather"
    page.go_back()
    # location.replace() swapped the handbook out of the history: back leads past it.
    assert page.url == "about:blank"


def tab_to_exit_button(page):
    # As on GOV.UK, "Skip to content" is the first stop and Exit this page the second.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Skip to content"
    page.keyboard.press("Tab")
    assert exit_button(page).evaluate("button => button === document.activeElement")


def scroll_to_the_end(page, wait_until):
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    wait_until(page, "window.scrollY > 1000")


def uncovered(page, locator) -> bool:
    """Whether the element is on screen and is what a tap at its centre would reach."""
    return locator.evaluate(
        """(element) => {
            const box = element.getBoundingClientRect();
            if (box.top < 0 || box.bottom > window.innerHeight || box.height === 0) { return false; }
            const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
            return element.contains(hit);
        }"""
    )


def test_button_comes_straight_after_the_skip_link_and_names_itself(exit_page):
    page = exit_page
    assert exit_button(page).is_visible()
    tab_to_exit_button(page)


def test_button_exits(exit_page):
    page = exit_page
    exit_button(page).click()
    assert_left_without_history(page)


def test_button_exits_with_enter(exit_page):
    page = exit_page
    tab_to_exit_button(page)
    page.keyboard.press("Enter")
    assert_left_without_history(page)


def test_button_exits_with_space(exit_page):
    page = exit_page
    # It is a link made to look and act like a button: Space must work as on a <button>.
    tab_to_exit_button(page)
    page.keyboard.press("Space")
    assert_left_without_history(page)


def test_the_page_is_hidden_at_once(open_recording_context, open_exit_test_page):
    # The neutral site answers "no content", so the tab stays on the page as it was left.
    context = open_recording_context()
    answer_the_neutral_site(context, stay=True)
    page = open_exit_test_page(context)
    exit_button(page).click()
    assert len(neutral_requests(context)) == 1
    overlay = page.locator(".govuk-exit-this-page-overlay")
    assert overlay.is_visible()
    assert overlay.inner_text() == "Loading."
    assert not page.locator("article").is_visible()
    assert not exit_button(page).is_visible()


@pytest.mark.parametrize("how", ["click", "shift"])
def test_the_neutral_site_is_not_told_where_the_user_came_from(exit_context, exit_page, how):
    context = exit_context
    page = exit_page
    if how == "click":
        exit_button(page).click()
    else:
        for _ in range(3):
            page.keyboard.press("Shift")
    page.wait_for_url(NEUTRAL)
    (request,) = neutral_requests(context)
    assert "referer" not in request.all_headers()


def test_shift_three_times_exits_and_each_press_is_announced(exit_page):
    page = exit_page
    page.keyboard.press("Shift")
    assert status(page).text_content() == "Shift, press 2 more times to exit."
    page.keyboard.press("Shift")
    assert status(page).text_content() == "Shift, press 1 more time to exit."
    page.keyboard.press("Shift")
    assert_left_without_history(page)


def test_another_key_between_shifts_starts_the_count_again(exit_page):
    page = exit_page
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.keyboard.press("a")
    page.keyboard.press("Shift")
    assert status(page).text_content() == "Shift, press 2 more times to exit."
    assert EXIT_TEST_PAGE in page.url


def test_shift_as_a_modifier_does_not_count(exit_page):
    page = exit_page
    for _ in range(3):
        page.keyboard.press("Shift+KeyA")
    for _ in range(3):
        page.keyboard.press("Shift+Tab")
    assert EXIT_TEST_PAGE in page.url


def test_presses_more_than_five_seconds_apart_do_not_exit(exit_page):
    page = exit_page
    page.clock.install()
    page.reload()
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.clock.run_for(5100)
    assert status(page).text_content() == "Exit this page expired."
    page.keyboard.press("Shift")
    assert EXIT_TEST_PAGE in page.url


def test_coming_back_shows_the_page_again(exit_page):
    page = exit_page
    # A page restored by Back (from the back/forward cache) must not stay hidden.
    page.keyboard.press("Shift")
    page.evaluate(
        "document.body.classList.add('govuk-exit-this-page-hide-content');"
        "window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}))"
    )
    assert page.locator("article").is_visible()
    assert status(page).text_content() == ""


def test_label_and_hint_are_readable(exit_page):
    page = exit_page
    for locator in (exit_button(page), page.locator(".cpc-exit__hint a")):
        size = locator.evaluate("element => parseFloat(getComputedStyle(element).fontSize)")
        assert size >= 16, size


def test_on_a_phone_the_button_stays_in_reach_after_scrolling(exit_phone, wait_until):
    phone = exit_phone
    scroll_to_the_end(phone, wait_until)
    assert uncovered(phone, exit_button(phone))
    exit_button(phone).tap()
    assert_left_without_history(phone)


def test_on_a_phone_the_menu_and_search_open_below_the_button(exit_phone, wait_until):
    phone = exit_phone
    scroll_to_the_end(phone, wait_until)
    phone.locator("label.md-header__button[for='__drawer']").tap()
    wait_until(
        phone, "document.querySelector('.md-sidebar--primary').getBoundingClientRect().right > 200"
    )
    assert uncovered(phone, exit_button(phone))
    phone.locator("label.md-overlay").tap(position={"x": 340, "y": 400})
    phone.locator("label.md-header__button[for='__search']").tap()
    phone.get_by_role("textbox", name="Search").wait_for()
    phone.wait_for_timeout(500)  # Material locks the page's scrolling a moment after
    assert uncovered(phone, exit_button(phone))
    assert uncovered(phone, phone.get_by_role("textbox", name="Search"))


def test_on_a_phone_the_sticky_header_never_hides_the_focused_element(exit_phone, wait_until):
    phone = exit_phone
    # WCAG 2.2, 2.4.11 Focus not obscured: moving backwards through the page's links puts each
    # at the top of the screen, where the exit button and Material's title bar stick.
    scroll_to_the_end(phone, wait_until)
    header_bottom = phone.locator(".md-header").evaluate(
        "header => header.getBoundingClientRect().bottom"
    )
    checked = 0
    for _ in range(30):
        phone.keyboard.press("Shift+Tab")
        box = phone.evaluate(
            """() => {
                const element = document.activeElement;
                if (!element.closest('.md-content')) { return null; }
                const box = element.getBoundingClientRect();
                return {top: box.top, bottom: box.bottom, text: element.textContent.trim()};
            }"""
        )
        if box is None:
            continue
        checked += 1
        assert box["top"] >= header_bottom - 1, (box, header_bottom)
    assert checked >= 10
    assert EXIT_TEST_PAGE in phone.url


def test_an_anchor_lands_below_the_sticky_header(exit_phone, site_url):
    phone = exit_phone
    phone.goto(site_url + EXIT_TEST_PAGE + "#where-they-differ")
    heading = phone.locator("#where-they-differ")
    heading.wait_for()
    phone.wait_for_timeout(300)
    top = heading.evaluate("heading => heading.getBoundingClientRect().top")
    header_bottom = phone.locator(".md-header").evaluate(
        "header => header.getBoundingClientRect().bottom"
    )
    assert header_bottom <= top < header_bottom + 60


def test_the_hint_links_to_the_page_on_quick_exit_and_history(exit_page):
    page = exit_page
    page.locator(".cpc-exit__hint").get_by_role("link", name="Quick exit and history").click()
    page.wait_for_url("**/quick-exit/")
    assert page.title().startswith("Quick exit and browsing history - ")
    assert "Clearing your browsing history" in page.locator("article").inner_text()
