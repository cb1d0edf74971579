"""Training in Chromium: answering by keyboard, verdicts for right and wrong answers, A4
printing without clipped content, and WCAG 2.2 AA."""

from __future__ import annotations

import re

import pytest

from tests.browser_helpers import unanswered_choice_scenario

pytestmark = pytest.mark.browser

VERDICT_TIMEOUT = 60_000
# A4 less the 12 mm page margins in docs/stylesheets/calculators.css, in CSS pixels.
A4_PRINTABLE_WIDTH = round((210 - 24) / 25.4 * 96)


def test_a_learner_answers_a_date_by_keyboard_and_is_told_they_are_right(page, site_url):
    page.goto(site_url + "training/deadlines/")
    page.focus("#christmas-icpc-answer-day")
    for value in ("13", "1", "2027"):
        page.keyboard.type(value)
        page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # focus is on "Check my answer"
    verdict = page.locator("#christmas-icpc [data-verdict-outcome]")
    verdict.wait_for(timeout=VERDICT_TIMEOUT)
    assert verdict.get_attribute("data-verdict-outcome") == "right"
    text = page.locator("#christmas-icpc [data-verdict]").inner_text()
    assert "Wednesday 13 January 2027" in text
    assert "Christmas Day" in text  # the explanation says which days were not counted


def test_a_wrong_answer_is_told_the_right_one(page, site_url):
    page.goto(site_url + "training/deadlines/")
    # 15 working days ignoring the bank holidays would wrongly give Friday 8 January.
    page.fill("#christmas-icpc-answer-day", "8")
    page.fill("#christmas-icpc-answer-month", "1")
    page.fill("#christmas-icpc-answer-year", "2027")
    page.click("#christmas-icpc button")
    verdict = page.locator("#christmas-icpc [data-verdict-outcome]")
    verdict.wait_for(timeout=VERDICT_TIMEOUT)
    assert verdict.get_attribute("data-verdict-outcome") == "wrong"
    assert (
        "Wednesday 13 January 2027" in page.locator("#christmas-icpc [data-verdict]").inner_text()
    )


def test_checking_without_an_answer_asks_for_one(page, site_url):
    # Any scenario answered by choosing (yes or no, or one of some options) will do.
    scenario = unanswered_choice_scenario()
    page.goto(site_url + "training/quorum-and-attendance/")
    page.click(f"#{scenario} button")
    error = page.locator(f"#{scenario}-answer-error")
    error.wait_for()
    assert "Choose an answer" in error.inner_text()


def _fits_a4(page, site_url, axe, path, pages):
    page.goto(site_url + path)
    assert not axe(page)
    page.set_viewport_size({"width": A4_PRINTABLE_WIDTH, "height": 1000})
    page.emulate_media(media="print")
    overflow = page.evaluate(
        """() => {
            const page = document.documentElement.clientWidth;
            // Nothing reaches past the printable width, and no table or scroll box hides
            // part of its content.
            const beyond = [...document.querySelectorAll('article *')]
                .filter((e) => e.getBoundingClientRect().right > page + 1);
            const cut = [...document.querySelectorAll('article table, .md-typeset__scrollwrap')]
                .filter((e) => e.scrollWidth > e.clientWidth + 1);
            return [...beyond, ...cut].map((e) => e.tagName + ': ' + e.textContent.slice(0, 40));
        }"""
    )
    assert not overflow, overflow
    pdf = page.pdf(format="A4")
    count = len(re.findall(rb"/Type\s*/Page(?!s)", pdf))
    if pages is not None:
        assert count == pages
    else:
        assert count >= 1


@pytest.mark.parametrize("path", ["training/handout/", "training/answers/"])
def test_printouts_fit_a4_without_clipping(page, site_url, axe, path):
    _fits_a4(page, site_url, axe, path, None)


def test_each_authority_s_sheet_fits_one_a4_page(page, site_url, axe, each_local_authority):
    _fits_a4(page, site_url, axe, f"training/sheets/{each_local_authority}/", 1)
