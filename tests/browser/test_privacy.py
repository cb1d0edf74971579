"""What a user types stays on the device: the calculators keep their inputs after "#" in the
address (a browser never sends that part to a server), old links with the inputs in the query
string still work and lose the query at once, no request carries a typed date or search, and no
page sends a referrer anywhere.

The dates are worked out by hand: a child born on 29 February 2012 is still 11 on 28 February
2024 and turns 12 on 29 February 2024 (a leap day); Oxfordshire offers attendance from 12.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest

pytestmark = pytest.mark.browser

ATTENDANCE = "calculators/attendance/"
DEADLINES = "calculators/deadlines/"
RESULT_TIMEOUT = 60_000
BORN = {
    "authority": ["oxfordshire"],
    "date_of_birth": ["2012-02-29"],
    "conference_date": ["2024-02-29"],
}
BORN_LINK = "authority=oxfordshire&date_of_birth=2012-02-29&conference_date=2024-02-29"
# Every way the typed date could be written in a URL or a header.
TYPED_DATE = re.compile(
    r"2012-0?2-29|29[ /.%20+-]+0?2[ /.%20+-]+2012|2012%2D02%2D29", re.IGNORECASE
)


@pytest.fixture
def context(browser):
    context = browser.new_context()
    context.sent = []
    context.on("request", lambda request: context.sent.append(request))
    yield context
    context.close()


@pytest.fixture
def page(context):
    return context.new_page()


def outcome(page) -> str:
    result = page.locator("[data-outcome]")
    result.wait_for(timeout=RESULT_TIMEOUT)
    return result.get_attribute("data-outcome")


def type_birthday(page) -> None:
    page.wait_for_selector("form[data-ready='true']", timeout=RESULT_TIMEOUT)
    page.select_option("#authority", "oxfordshire")
    for name, (day, month, year) in {
        "date_of_birth": ("29", "2", "2012"),
        "conference_date": ("29", "2", "2024"),
    }.items():
        page.fill(f"#{name}-day", day)
        page.fill(f"#{name}-month", month)
        page.fill(f"#{name}-year", year)
    page.click("button[data-submit]")


def fragment(page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).fragment)


def test_after_a_calculation_the_inputs_are_after_the_hash_not_in_the_query(page, site_url):
    page.goto(site_url + ATTENDANCE)
    type_birthday(page)
    assert outcome(page) == "offer"
    assert "?" not in page.url
    assert fragment(page) == BORN


def test_a_hash_link_gives_the_same_result(page, site_url):
    page.goto(f"{site_url}{ATTENDANCE}#{BORN_LINK}")
    assert outcome(page) == "offer"
    assert page.input_value("#date_of_birth-day") == "29"
    # A day earlier the child is still 11: not expected to attend.
    page.goto(f"{site_url}{ATTENDANCE}#{BORN_LINK.replace('2024-02-29', '2024-02-28')}")
    page.reload()
    assert outcome(page) == "not-expected"


def test_an_old_query_link_still_works_and_the_query_leaves_the_address(page, site_url):
    page.goto(f"{site_url}{ATTENDANCE}?{BORN_LINK}")
    assert outcome(page) == "offer"
    assert "?" not in page.url
    assert fragment(page) == BORN
    # The rewritten address is the link that reproduces the result.
    page.reload()
    assert outcome(page) == "offer"


def test_no_request_carries_the_typed_date(context, page, site_url):
    page.goto(site_url + ATTENDANCE)
    type_birthday(page)
    assert outcome(page) == "offer"
    page.reload()  # the address now holds the date, after "#"
    assert outcome(page) == "offer"
    page.locator(".md-header a.md-logo").click()  # leave by a link, to the home page
    page.wait_for_url(site_url)
    page.go_back()
    assert outcome(page) == "offer"
    carried = [
        f"{request.method} {request.url} {headers}"
        for request in context.sent
        for headers in [request.all_headers()]
        if TYPED_DATE.search(request.url) or any(TYPED_DATE.search(v) for v in headers.values())
    ]
    assert not carried, carried
    local = (site_url, "data:", "blob:")
    assert all(r.url.startswith(local) for r in context.sent)


def test_copy_link_gives_the_inputs_after_the_hash(context, page, site_url):
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
    # The copied link, opened afresh, gives the same result: Oxfordshire (or whichever
    # authority was chosen) is in the link too.
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


def test_the_hash_is_not_taken_for_an_anchor(page, site_url):
    page.goto(f"{site_url}{DEADLINES}#authority=oxfordshire&strategy_discussion=2026-12-18")
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


def test_a_search_is_never_sent_to_the_server(context, page, site_url):
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
    sent = [r.url for r in context.sent if "strategy" in urlsplit(r.url).query.lower()]
    assert not sent, sent


def test_no_page_sends_a_referrer(context, page, site_url):
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
    inside = [r for r in context.sent if r.url.startswith(site_url)]
    assert inside and not [r.url for r in inside if "referer" in r.all_headers()]
    # The only link to another site: Material's credit in the footer, which opens a new tab.
    link = page.locator(".md-footer a[href^='https://']")
    assert "noreferrer" in link.get_attribute("rel").split()
    with context.expect_page():
        link.click()
    (request,) = outside
    assert "referer" not in request.all_headers()
