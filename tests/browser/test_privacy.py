"""What a user types stays on the device: the calculators keep their inputs after "#" in the
address (a browser never sends that part to a server), old links with the inputs in the query
string still work and lose the query at once, no request carries a typed date or search, and no
page sends a referrer anywhere.

The typed dates are a birthday (conftest.py, typed_birthday): in an authority that offers
attendance from a presumption age, a child who turns that age on the day of the conference is
offered the chance to attend, and the day before is not expected to.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest

from tests.browser_helpers import (
    ATTENDANCE,
    DEADLINES,
    RESULT_TIMEOUT,
    outcome,
    type_date,
    wait_ready,
)

pytestmark = pytest.mark.browser


def born(case: dict[str, str]) -> dict[str, list[str]]:
    """The inputs as the address's fragment should hold them."""
    return {name: [case[name]] for name in ("authority", "date_of_birth", "conference_date")}


def born_link(case: dict[str, str]) -> str:
    return urlencode({name: values[0] for name, values in born(case).items()})


def typed_date(case: dict[str, str]) -> re.Pattern:
    """Every way the typed date of birth could be written in a URL or a header."""
    year, month, day = (int(part) for part in case["date_of_birth"].split("-"))
    gap = r"[ /.%20+-]+"
    return re.compile(
        rf"{year}-0?{month}-0?{day}|0?{day}{gap}0?{month}{gap}{year}"
        rf"|{year}%2D{month:02d}%2D{day:02d}",
        re.IGNORECASE,
    )


def type_birthday(page, case: dict[str, str]) -> None:
    wait_ready(page)
    page.select_option("#authority", case["authority"])
    for name in ("date_of_birth", "conference_date"):
        year, month, day = case[name].split("-")
        type_date(page, name, str(int(day)), str(int(month)), year)
    page.click("button[data-submit]")


def fragment(page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).fragment)


def test_after_a_calculation_the_inputs_are_after_the_hash_not_in_the_query(
    page, site_url, typed_birthday
):
    page.goto(site_url + ATTENDANCE)
    type_birthday(page, typed_birthday)
    assert outcome(page) == "offer"
    assert "?" not in page.url
    assert fragment(page) == born(typed_birthday)


def test_a_hash_link_gives_the_same_result(page, site_url, typed_birthday):
    link = born_link(typed_birthday)
    page.goto(f"{site_url}{ATTENDANCE}#{link}")
    assert outcome(page) == "offer"
    day = str(int(typed_birthday["date_of_birth"].split("-")[2]))
    assert page.input_value("#date_of_birth-day") == day
    # A day earlier the child is a year younger: not expected to attend.
    earlier = link.replace(typed_birthday["conference_date"], typed_birthday["day_before"])
    page.goto(f"{site_url}{ATTENDANCE}#{earlier}")
    page.reload()
    assert outcome(page) == "not-expected"


def test_an_old_query_link_still_works_and_the_query_leaves_the_address(
    page, site_url, typed_birthday
):
    page.goto(f"{site_url}{ATTENDANCE}?{born_link(typed_birthday)}")
    assert outcome(page) == "offer"
    assert "?" not in page.url
    assert fragment(page) == born(typed_birthday)
    # The rewritten address is the link that reproduces the result.
    page.reload()
    assert outcome(page) == "offer"


def test_no_request_carries_the_typed_date(recording_context, site_url, typed_birthday):
    context = recording_context
    page = context.new_page()
    page.goto(site_url + ATTENDANCE)
    type_birthday(page, typed_birthday)
    assert outcome(page) == "offer"
    page.reload()  # the address now holds the date, after "#"
    assert outcome(page) == "offer"
    page.locator(".md-header a.md-logo").click()  # leave by a link, to the home page
    page.wait_for_url(site_url)
    page.go_back()
    assert outcome(page) == "offer"
    date = typed_date(typed_birthday)
    carried = [
        f"{request.method} {request.url} {headers}"
        for request in context.requests
        for headers in [request.all_headers()]
        if date.search(request.url) or any(date.search(v) for v in headers.values())
    ]
    assert not carried, carried
    local = (site_url, "data:", "blob:")
    assert all(r.url.startswith(local) for r in context.requests)


def test_copy_link_gives_the_inputs_after_the_hash(recording_context, site_url):
    context = recording_context
    page = context.new_page()
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(site_url + DEADLINES)
    page.wait_for_selector("form[data-ready='true']", timeout=RESULT_TIMEOUT)
    page.fill("#strategy_discussion-day", "18")
    page.fill("#strategy_discussion-month", "12")
    page.fill("#strategy_discussion-year", "2026")
    page.click("button[data-submit]")
    page.locator('[data-deadline="icpc"] time').first.wait_for(timeout=RESULT_TIMEOUT)
    page.get_by_role("button", name="Copy link").click()
    page.wait_for_selector("[data-action-status]:has-text('Copied')")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert "?" not in copied
    state = parse_qs(urlsplit(copied).fragment)
    assert state["strategy_discussion"] == ["2026-12-18"]
    # The copied link, opened afresh, gives the same result: the authority shown (whichever
    # it is) is in the link too.
    other = context.new_page()
    other.goto(copied)
    due = other.locator('[data-deadline="icpc"] time').first
    due.wait_for(timeout=RESULT_TIMEOUT)
    assert due.get_attribute("datetime") == page.locator(
        '[data-deadline="icpc"] time'
    ).first.get_attribute("datetime")


def test_an_anchor_is_not_taken_for_inputs(page, site_url):
    # Skip to content puts "#deadline-calculator" in the address: the page opens clean, with
    # no error about missing inputs.
    page.goto(f"{site_url}{DEADLINES}#deadline-calculator")
    page.wait_for_selector("form[data-ready='true']", timeout=RESULT_TIMEOUT)
    assert page.locator("[data-error-summary]").is_hidden()
    assert page.locator("[data-results]").is_hidden()


def test_the_hash_is_not_taken_for_an_anchor(page, site_url, local_authority):
    page.goto(f"{site_url}{DEADLINES}#authority={local_authority}&strategy_discussion=2026-12-18")
    page.locator('[data-deadline="icpc"] time').first.wait_for(timeout=RESULT_TIMEOUT)
    # Nothing scrolled to a missing id; the inputs are still in the address.
    assert page.evaluate("window.scrollY") == 0
    assert fragment(page)["strategy_discussion"] == ["2026-12-18"]


def test_anchors_on_training_pages_still_work(page, site_url):
    page.goto(site_url + "training/answers/")
    page.locator("a.headerlink[href$='#4-a-family-moves-in-over-easter']").click()
    page.wait_for_url("**#4-a-family-moves-in-over-easter")
    heading = page.locator("[id='4-a-family-moves-in-over-easter']")
    # Material's instant navigation may fetch the page again on the first click and then
    # scroll to the heading: wait (up to 5 s) for the heading to come to rest below the header.
    for _ in range(50):
        top = heading.evaluate("heading => heading.getBoundingClientRect().top")
        header_bottom = page.locator(".md-header").evaluate("h => h.getBoundingClientRect().bottom")
        if header_bottom <= top < header_bottom + 60:
            break
        page.wait_for_timeout(100)
    assert header_bottom <= top < header_bottom + 60


def test_a_search_is_never_sent_to_the_server(recording_context, site_url):
    context = recording_context
    page = context.new_page()
    page.goto(site_url + "handbook/timing/")
    page.get_by_role("textbox", name="Search").click()
    page.keyboard.type("strategy")
    results = page.locator(".md-search-result__item a")
    results.first.wait_for()
    # Each result's link carries no query (Material's search.highlight would add "?h=strategy").
    queries = results.evaluate_all("links => links.map((link) => new URL(link.href).search)")
    assert queries and not any(queries), queries
    results.first.click()
    page.wait_for_load_state("networkidle")
    assert "?" not in page.url
    sent = [r.url for r in context.requests if "strategy" in urlsplit(r.url).query.lower()]
    assert not sent, sent


def test_no_page_sends_a_referrer(recording_context, site_url):
    context = recording_context
    page = context.new_page()
    outside: list = []
    context.route(
        re.compile(r"^https://squidfunk\.github\.io/.*"),
        lambda route: (
            outside.append(route.request),
            route.fulfill(status=200, content_type="text/html", body="<title>Elsewhere</title>"),
        ),
    )
    page.goto(site_url + "handbook/timing/")
    assert page.locator('meta[name="referrer"]').get_attribute("content") == "no-referrer"
    inside = [r for r in context.requests if r.url.startswith(site_url)]
    assert inside and not [r.url for r in inside if "referer" in r.all_headers()]
    # The only link to another site: Material's credit in the footer, which opens a new tab.
    link = page.locator(".md-footer a[href^='https://']")
    assert "noreferrer" in link.get_attribute("rel").split()
    with context.expect_page():
        link.click()
    (request,) = outside
    assert "referer" not in request.all_headers()
