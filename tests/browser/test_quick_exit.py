"""Exit this page: the button and Shift pressed three times both leave for a neutral site,
replacing the handbook in the tab's history, and the button works by keyboard."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser

NEUTRAL = "https://www.bbc.co.uk/weather"


@pytest.fixture
def page(browser, site_url):
    context = browser.new_context()
    # The neutral site is another origin: answer it locally so no request leaves the machine.
    context.route(
        re.compile(r"^https://www\.bbc\.co\.uk/.*"),
        lambda route: route.fulfill(
            status=200, content_type="text/html", body="<title>Weather</title><p>Weather</p>"
        ),
    )
    page = context.new_page()
    page.goto("about:blank")
    page.goto(site_url + "handbook/exclusion/")
    yield page
    context.close()


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
    assert page.evaluate("document.activeElement.hasAttribute('data-exit-button')")


def test_button_comes_straight_after_the_skip_link_and_names_itself(page):
    assert page.get_by_role("button", name="Emergency Exit this page").is_visible()
    tab_to_exit_button(page)


def test_button_exits(page):
    page.get_by_role("button", name="Emergency Exit this page").click()
    assert_left_without_history(page)


def test_button_exits_by_keyboard(page):
    tab_to_exit_button(page)
    page.keyboard.press("Enter")
    assert_left_without_history(page)


def test_shift_three_times_exits_and_each_press_is_announced(page):
    status = page.locator("[data-exit-status]")
    page.keyboard.press("Shift")
    assert status.text_content() == "Shift, press 2 more times to exit."
    page.keyboard.press("Shift")
    assert status.text_content() == "Shift, press 1 more time to exit."
    page.keyboard.press("Shift")
    assert_left_without_history(page)


def test_another_key_between_shifts_starts_the_count_again(page):
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.keyboard.press("a")
    page.keyboard.press("Shift")
    assert page.locator("[data-exit-status]").text_content() == "Shift, press 2 more times to exit."
    assert "exclusion" in page.url


def test_shift_as_a_modifier_does_not_count(page):
    for _ in range(3):
        page.keyboard.press("Shift+KeyA")
    assert "exclusion" in page.url


def test_presses_more_than_five_seconds_apart_do_not_exit(page):
    page.clock.install()
    page.reload()
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.clock.run_for(5100)
    assert page.locator("[data-exit-status]").text_content() == "Exit this page expired."
    page.keyboard.press("Shift")
    assert "exclusion" in page.url
