"""The Content-Security-Policy in a real browser: every built page loads without a violation,
instant navigation between kinds of page brings none, and search, the calculators and the
training answer checker still work under it.

Violations are caught twice: a listener for the securitypolicyviolation event, added before any
page script runs (the csp_context fixture), and Chromium's console, where each violation is also
reported as an error. Authorities are chosen from the packs (conftest.py): any would do.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser_helpers import (
    ATTENDANCE,
    DEADLINES,
    ICPC_IN_15_WORKING_DAYS,
    QUORUM,
    RESULT_TIMEOUT,
    STRATEGY_DISCUSSION,
    icpc_scenario,
    quorate_attendees,
)

pytestmark = pytest.mark.browser


def violations(page) -> list[str]:
    return page.evaluate("window.__cspViolations")


def assert_clean(page) -> None:
    assert not violations(page), violations(page)
    assert not page.context.problems, page.context.problems


def site_pages(built_site: Path) -> list[str]:
    """Every built HTML page, as a path under the site's root."""
    paths = []
    for html in sorted(built_site.rglob("*.html")):
        relative = html.relative_to(built_site).as_posix()
        paths.append(relative.removesuffix("index.html"))
    return paths


def test_the_site_has_pages_of_every_kind(built_site, local_authority):
    paths = site_pages(built_site)
    for expected in (
        "",
        "handbook/timing/",
        "compare/timescales/",
        f"authorities/{local_authority}/",
        "calculators/deadlines/",
        "training/deadlines/",
        f"training/sheets/{local_authority}/",
        "quick-exit/",
        "404.html",
    ):
        assert expected in paths
    assert len(paths) > 40


def test_every_page_loads_without_a_violation(csp_page, site_url, built_site):
    page = csp_page
    found = {}
    for path in site_pages(built_site):
        page.goto(site_url + path, wait_until="load")
        page.wait_for_timeout(50)  # violation events are queued as tasks
        if violations(page):
            found[path] = violations(page)
    assert not found, found
    # A page missing from the site (404) is the only error the console may show.
    assert all("404" in problem for problem in page.context.problems), page.context.problems


def test_instant_navigation_between_kinds_of_page_brings_no_violation(
    csp_page, site_url, another_local_authority
):
    page = csp_page
    page.goto(site_url + "handbook/convening/")
    for url_part in (
        "handbook/timing/",
        "compare/timescales/",
        f"authorities/{another_local_authority}/",
        "calculators/deadlines/",
        "training/deadlines/",
        "quick-exit/",
    ):
        page.locator(f'.md-nav--primary a[href$="{url_part}"]:visible').first.click()
        page.wait_for_url("**/" + url_part)
        page.wait_for_timeout(100)
    page.locator(".md-header a.md-logo").click()
    page.wait_for_url(site_url)
    assert page.evaluate("window.document$ !== undefined")  # Material's instant navigation
    assert_clean(page)


def test_search_works_under_the_policy(csp_page, site_url):
    page = csp_page
    page.goto(site_url + "handbook/timing/")
    page.get_by_role("textbox", name="Search").click()
    page.keyboard.type("quorum")
    results = page.locator(".md-search-result__item")
    results.first.wait_for()
    assert any("quorum" in text.lower() for text in results.all_inner_texts())
    results.first.locator("a").first.click()
    page.wait_for_load_state()
    assert_clean(page)


@pytest.mark.parametrize("calculator", ["deadlines", "quorum", "attendance"])
def test_the_calculators_work_under_the_policy(
    csp_page,
    site_url,
    calculator,
    icpc_15_working_days_authority,
    quorum_authority,
    presumption_authority,
):
    page = csp_page
    attendees = "&".join(f"attendee={a}" for a in quorate_attendees(quorum_authority))
    age_authority, age = presumption_authority
    path, selector, (attribute, value) = {
        # An ICPC due 15 working days after Friday 18 December 2026 (browser_helpers).
        "deadlines": (
            DEADLINES + f"#authority={icpc_15_working_days_authority}"
            f"&strategy_discussion={STRATEGY_DISCUSSION}",
            '[data-deadline="icpc"] time',
            ("datetime", ICPC_IN_15_WORKING_DAYS),
        ),
        # Children's social care and as many other agencies as the quorum asks for, in contact.
        "quorum": (
            QUORUM + f"#authority={quorum_authority}&conference_type=initial&{attendees}",
            "[data-outcome]",
            ("data-outcome", "quorate"),
        ),
        # A child of the authority's presumption age is offered the chance to attend.
        "attendance": (
            ATTENDANCE + f"#authority={age_authority}&age={age}",
            "[data-outcome]",
            ("data-outcome", "offer"),
        ),
    }[calculator]
    page.goto(site_url + path)
    result = page.locator(selector).first
    result.wait_for(timeout=RESULT_TIMEOUT)
    assert result.get_attribute(attribute) == value
    assert_clean(page)


def test_the_training_answer_checker_works_under_the_policy(csp_page, site_url):
    # A training scenario asking for an ICPC after a strategy discussion on Friday
    # 18 December 2026, in an authority whose ICPC is 15 working days later: the answer is
    # Wednesday 13 January 2027 (browser_helpers).
    page = csp_page
    found = icpc_scenario()
    page.goto(site_url + "training/deadlines/")
    page.wait_for_selector("[data-status]:has-text('is ready')", timeout=RESULT_TIMEOUT)
    scenario = page.locator(f"#{found}")
    year, month, day = ICPC_IN_15_WORKING_DAYS.split("-")
    page.fill(f"#{found}-answer-day", str(int(day)))
    page.fill(f"#{found}-answer-month", str(int(month)))
    page.fill(f"#{found}-answer-year", year)
    scenario.get_by_role("button", name="Check my answer").click()
    verdict = scenario.locator("[data-verdict-outcome]")
    verdict.wait_for(timeout=RESULT_TIMEOUT)
    assert verdict.get_attribute("data-verdict-outcome") == "right"
    assert_clean(page)


def test_the_policy_blocks_an_injected_script_and_other_origins(csp_context, csp_page, site_url):
    context, page = csp_context, csp_page
    # What the policy is for: script that found its way into a page does not run, and nothing
    # is fetched from another origin. (Any request to another origin is refused here anyway.)
    context.route("https://example.org/**", lambda route: route.abort())
    page.goto(site_url + "handbook/timing/")
    page.evaluate(
        """() => {
            const script = document.createElement("script");
            script.textContent = "window.__injected = true";
            document.head.append(script);
            const image = document.createElement("img");
            image.src = "https://example.org/pixel.png";
            document.body.append(image);
        }"""
    )
    page.wait_for_timeout(200)
    assert page.evaluate("window.__injected") is None
    blocked = violations(page)
    assert any(v.startswith("script-src") for v in blocked), blocked
    assert any(v.startswith("img-src blocked https://example.org/") for v in blocked), blocked
