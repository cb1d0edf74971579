"""The Content-Security-Policy in a real browser: every built page loads without a violation,
instant navigation between kinds of page brings none, and search, the calculators and the
training answer checker still work under it.

Violations are caught twice: a listener for the securitypolicyviolation event, added before any
page script runs, and Chromium's console, where each violation is also reported as an error.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

RESULT_TIMEOUT = 60_000
LISTEN = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(
    `${event.violatedDirective} blocked ${event.blockedURI || "inline"} in ${event.sourceFile}:${event.lineNumber}`
  );
});
"""


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    context.add_init_script(LISTEN)
    context.problems = []
    yield context
    context.close()


@pytest.fixture
def page(context):
    page = context.new_page()
    page.on(
        "console",
        lambda msg: context.problems.append(msg.text) if msg.type == "error" else None,
    )
    page.on("pageerror", lambda error: context.problems.append(f"uncaught: {error}"))
    return page


def violations(page) -> list[str]:
    return page.evaluate("window.__cspViolations")


def assert_clean(context, page) -> None:
    assert not violations(page), violations(page)
    assert not context.problems, context.problems


def site_pages(built_site: Path) -> list[str]:
    """Every built HTML page, as a path under the site's root."""
    paths = []
    for html in sorted(built_site.rglob("*.html")):
        relative = html.relative_to(built_site).as_posix()
        paths.append(relative.removesuffix("index.html"))
    return paths


def test_the_site_has_pages_of_every_kind(built_site):
    paths = site_pages(built_site)
    for expected in (
        "",
        "handbook/timing/",
        "compare/timescales/",
        "authorities/croydon/",
        "calculators/deadlines/",
        "training/deadlines/",
        "training/sheets/barnsley/",
        "quick-exit/",
        "404.html",
    ):
        assert expected in paths
    assert len(paths) > 40


def test_every_page_loads_without_a_violation(context, page, site_url, built_site):
    found = {}
    for path in site_pages(built_site):
        page.goto(site_url + path, wait_until="load")
        page.wait_for_timeout(50)  # violation events are queued as tasks
        if violations(page):
            found[path] = violations(page)
    assert not found, found
    # A page missing from the site (404) is the only error the console may show.
    assert all("404" in problem for problem in context.problems), context.problems


def test_instant_navigation_between_kinds_of_page_brings_no_violation(context, page, site_url):
    page.goto(site_url + "handbook/convening/")
    for url_part in (
        "handbook/timing/",
        "compare/timescales/",
        "authorities/croydon/",
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
    assert_clean(context, page)


def test_search_works_under_the_policy(context, page, site_url):
    page.goto(site_url + "handbook/timing/")
    page.get_by_role("textbox", name="Search").click()
    page.keyboard.type("quorum")
    results = page.locator(".md-search-result__item")
    results.first.wait_for()
    assert any("quorum" in text.lower() for text in results.all_inner_texts())
    results.first.locator("a").first.click()
    page.wait_for_load_state()
    assert_clean(context, page)


@pytest.mark.parametrize(
    ("path", "selector", "expected"),
    [
        # Oxfordshire: 15 working days after Friday 18 December 2026, skipping Christmas Day,
        # the Boxing Day substitute (Monday 28 December) and New Year's Day: 13 January 2027.
        (
            "calculators/deadlines/#authority=oxfordshire&strategy_discussion=2026-12-18",
            '[data-deadline="icpc"] time',
            ("datetime", "2027-01-13"),
        ),
        # Oxfordshire's quorum: children's social care and two other agencies with contact.
        (
            "calculators/quorum/#authority=oxfordshire&conference_type=initial"
            "&attendee=childrens-social-care&attendee=police&attendee=health",
            "[data-outcome]",
            ("data-outcome", "quorate"),
        ),
        # Born 29 February 2012, twelve on 29 February 2024: Oxfordshire offers attendance at 12.
        (
            "calculators/attendance/#authority=oxfordshire&date_of_birth=2012-02-29"
            "&conference_date=2024-02-29",
            "[data-outcome]",
            ("data-outcome", "offer"),
        ),
    ],
    ids=["deadlines", "quorum", "attendance"],
)
def test_the_calculators_work_under_the_policy(context, page, site_url, path, selector, expected):
    page.goto(site_url + path)
    result = page.locator(selector).first
    result.wait_for(timeout=RESULT_TIMEOUT)
    attribute, value = expected
    assert result.get_attribute(attribute) == value
    assert_clean(context, page)


def test_the_training_answer_checker_works_under_the_policy(context, page, site_url):
    # "A strategy discussion just before Christmas": Oxfordshire, Friday 18 December 2026, so
    # the conference is due by Wednesday 13 January 2027 (15 working days, skipping 25 and
    # 28 December and 1 January).
    page.goto(site_url + "training/deadlines/")
    page.wait_for_selector("[data-status]:has-text('is ready')", timeout=RESULT_TIMEOUT)
    scenario = page.locator("#christmas-icpc")
    page.fill("#christmas-icpc-answer-day", "13")
    page.fill("#christmas-icpc-answer-month", "1")
    page.fill("#christmas-icpc-answer-year", "2027")
    scenario.get_by_role("button", name="Check my answer").click()
    verdict = scenario.locator("[data-verdict-outcome]")
    verdict.wait_for(timeout=RESULT_TIMEOUT)
    assert verdict.get_attribute("data-verdict-outcome") == "right"
    assert_clean(context, page)


def test_the_policy_blocks_an_injected_script_and_other_origins(context, page, site_url):
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
