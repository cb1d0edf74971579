"""Practice mode in Chromium: answering by keyboard, verdicts with focus and a polite live
region, axe at desktop and 375 px, and the session pack printed on A4 without clipping."""

from __future__ import annotations

import subprocess

import pytest

from calculators.practice import cases

pytestmark = pytest.mark.browser

VERDICT_TIMEOUT = 60_000
# The case set: seed t2, level christmas-easter, for an authority chosen from the packs whose set
# starts with two date questions (conftest.py, practice_authority).
SET = "seed=t2&level=christmas-easter&authority={}"


def _type_date(page, case_id: str, iso: str) -> None:
    year, month, day = iso.split("-")
    page.locator(f"#case-{case_id}-day").wait_for(timeout=VERDICT_TIMEOUT)
    page.focus(f"#case-{case_id}-day")
    for value in (str(int(day)), str(int(month)), year):
        page.keyboard.type(value)
        page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # focus is on "Check my answer"


def test_right_and_wrong_answers_by_keyboard(page, site_url, axe, practice_authority):
    first, second = cases("t2", "christmas-easter", practice_authority)[:2]
    assert first["ask"]["type"] == second["ask"]["type"] == "date"
    page.goto(site_url + "training/practice/#" + SET.format(practice_authority))
    _type_date(page, "1", first["answer"]["value"])
    verdict = page.locator("#case-1 [data-verdict-outcome]")
    verdict.wait_for(timeout=VERDICT_TIMEOUT)
    assert verdict.get_attribute("data-verdict-outcome") == "right"
    assert page.evaluate("document.activeElement.matches('#case-1 [data-verdict]')")
    assert page.get_attribute("#case-1 [data-verdict]", "aria-live") == "polite"
    assert first["answer"]["text"] in page.inner_text("#case-1 [data-verdict]")

    _type_date(page, "2", "2000-01-03")
    wrong = page.locator("#case-2 [data-verdict-outcome]")
    wrong.wait_for(timeout=VERDICT_TIMEOUT)
    assert wrong.get_attribute("data-verdict-outcome") == "wrong"
    assert second["answer"]["text"] in page.inner_text("#case-2 [data-verdict]")
    assert "Score: 1 right out of 2 answered" in page.inner_text(".cpc-practice__score")
    assert "seed=t2" in page.url and "?" not in page.url
    assert not axe(page)
    page.set_viewport_size({"width": 375, "height": 800})
    # The menu turns into a drawer with a transition: check the page as it settles, not midway.
    page.wait_for_timeout(600)
    assert not axe(page)


def test_an_empty_answer_names_the_field(page, site_url, practice_authority):
    page.goto(site_url + "training/practice/#" + SET.format(practice_authority))
    page.locator("#case-1 button").click()
    assert "Enter your answer" in page.inner_text("#case-1-error")
    # GOV.UK: focus to the error summary, whose link goes to the field; the message is tied
    # to the answer's fields.
    assert page.evaluate("document.activeElement.matches('#case-1 .cpc-error-summary')")
    assert "There is a problem" in page.inner_text("#case-1 .cpc-error-summary")
    described = page.get_attribute("#case-1 fieldset", "aria-describedby").split()
    assert "case-1-error" in described
    page.locator("#case-1 .cpc-error-summary a").click()
    assert page.evaluate("document.activeElement.id") == "case-1-day"


def test_session_pack_prints_on_a4_without_clipping(page, site_url, tmp_path, practice_authority):
    set_cases = cases("t2", "christmas-easter", practice_authority)
    page.goto(site_url + "training/session-pack/#" + SET.format(practice_authority))
    page.locator("[data-practice-pack][data-ready]").wait_for(timeout=VERDICT_TIMEOUT)
    overflow = page.evaluate(
        "[...document.querySelectorAll('.cpc-pack__answers *, .cpc-pack__questions *')]"
        ".filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflow"
        " !== 'visible').length"
    )
    assert overflow == 0
    pdf = tmp_path / "pack.pdf"
    page.pdf(path=str(pdf), format="A4", print_background=True)
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    for case in set_cases:
        # Long stories wrap, so compare the first words and the answer.
        assert " ".join(case["story"].split()[:6]) in flat
        assert case["answer"]["text"] in flat
    assert "Answer sheet" in flat
    subprocess.run(
        ["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "pack")],
        check=True,
    )


def test_the_service_worker_keeps_the_practice_files(built_site):
    kept = (built_site / "sw.js").read_text("utf-8")
    for path in (
        "training/practice/",
        "training/session-pack/",
        "javascripts/calculators/practice.js",
        "stylesheets/practice.css",
    ):
        assert path in kept


def test_after_one_visit_practice_works_offline(browser, site_url, wait_until, practice_authority):
    first = cases("t2", "christmas-easter", practice_authority)[0]
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(site_url + "training/practice/#" + SET.format(practice_authority))
        page.locator("#case-1-day").wait_for(timeout=VERDICT_TIMEOUT)
        wait_until(page, "navigator.serviceWorker.controller !== null", timeout=VERDICT_TIMEOUT)
        # The service worker keeps the runtime as the page downloads it: let it finish.
        wait_until(
            page,
            "caches.keys().then(async (keys) => { for (const k of keys) { const c = await caches.open(k);"
            " for (const r of await c.keys()) { if (r.url.endsWith('.whl')) return true; } } return false; })",
            timeout=VERDICT_TIMEOUT,
        )
        context.set_offline(True)
        page.reload()
        _type_date(page, "1", first["answer"]["value"])
        verdict = page.locator("#case-1 [data-verdict-outcome]")
        verdict.wait_for(timeout=VERDICT_TIMEOUT)
        assert verdict.get_attribute("data-verdict-outcome") == "right"
    finally:
        context.close()
