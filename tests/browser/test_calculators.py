"""The calculators in real Chromium: by typing and by link, errors, keyboard, calendar export,
offline use, privacy and accessibility. Expected dates are worked out by hand:

- Oxfordshire ICPC from a strategy discussion on Friday 18 December 2026: 15 working days,
  skipping Christmas Day (Fri 25), Boxing Day's substitute (Mon 28 Dec) and New Year's Day
  (Fri 1 Jan) -> Wednesday 13 January 2027.
- Barnsley ICPC from Friday 4 December 2026: 7-11, 14-18 Dec are 10 working days, 21-24 Dec
  four more, then 29 Dec -> Tuesday 29 December 2026.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import icalendar
import pytest

pytestmark = pytest.mark.browser

DEADLINES = "calculators/deadlines/"
QUORUM = "calculators/quorum/"
ATTENDANCE = "calculators/attendance/"
RESULT_TIMEOUT = 60_000
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]


@pytest.fixture
def context(browser, site_url):
    context = browser.new_context(accept_downloads=True)
    context.requests = []
    context.errors = []
    context.on("request", lambda request: context.requests.append(request.url))
    yield context
    context.close()


@pytest.fixture
def page(context):
    page = context.new_page()
    page.on("console", lambda m: context.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: context.errors.append(str(e)))
    return page


def deadline_due(page, deadline_id: str) -> str:
    locator = page.locator(f'[data-deadline="{deadline_id}"] time').first
    locator.wait_for(timeout=RESULT_TIMEOUT)
    return locator.get_attribute("datetime")


def wait_ready(page) -> None:
    page.wait_for_selector("form[data-ready='true']", timeout=RESULT_TIMEOUT)


def type_date(page, name: str, day: str, month: str, year: str) -> None:
    page.fill(f"#{name}-day", day)
    page.fill(f"#{name}-month", month)
    page.fill(f"#{name}-year", year)


def test_deadlines_by_link_calculate_at_once(page, site_url):
    page.goto(site_url + DEADLINES + "#authority=oxfordshire&strategy_discussion=2026-12-18")
    assert deadline_due(page, "icpc") == "2027-01-13"
    row = page.locator('[data-deadline="icpc"]')
    assert "Wednesday 13 January 2027" in row.inner_text()
    assert "Within 15 working days of the strategy discussion" in row.inner_text()
    assert (
        row.locator("a", has_text="Read about this in the handbook")
        .get_attribute("href")
        .endswith("/handbook/timing/")
    )
    # The form shows what the link said.
    assert page.input_value("#strategy_discussion-day") == "18"
    assert page.input_value("#authority") == "oxfordshire"


def test_deadlines_by_typing_mirror_the_url_and_recalculate_live(page, site_url):
    page.goto(site_url + DEADLINES)
    wait_ready(page)
    page.select_option("#authority", "barnsley")
    type_date(page, "strategy_discussion", "4", "Dec", "2026")  # a month name is accepted
    page.click("button[data-submit]")
    assert deadline_due(page, "icpc") == "2026-12-29"
    # The inputs are in the address after "#", which the browser never sends to a server.
    state = parse_qs(urlsplit(page.url).fragment)
    assert state == {"authority": ["barnsley"], "strategy_discussion": ["2026-12-04"]}
    assert "?" not in page.url
    # Changing a date recalculates without pressing the button again.
    page.fill("#strategy_discussion-day", "18")
    page.wait_for_selector('[data-deadline="icpc"] time[datetime="2027-01-13"]')
    # Report deadlines need the conference and its type.
    page.locator('details[data-group="reports"] summary').click()
    type_date(page, "conference", "11", "1", "2027")
    page.check("#conference_type-review")
    # Barnsley: reports to parents "at least two days before": 2 working days before Mon 11 Jan
    # is Thursday 7 January 2027.
    assert deadline_due(page, "reports-to-parents") == "2027-01-07"
    assert parse_qs(urlsplit(page.url).fragment)["conference_type"] == ["review"]


def test_ticking_that_the_epo_expires_late_in_the_day_changes_the_date(page, site_url):
    # North Yorkshire, "be held before the EPO expires", order expiring Wed 13 Jan 2027. Read at
    # its earliest the conference is due the working day before, Tue 12 Jan 2027; ticking that
    # the order expires late in the day makes it Wed 13 Jan 2027.
    page.goto(site_url + DEADLINES)
    wait_ready(page)
    page.select_option("#authority", "north-yorkshire")
    group = page.locator('details[data-group="initial"]')
    box = group.locator("#epo_expires_late_in_day")
    # the tick box sits in the same section as the expiry date, just after it
    assert box.count() == 1
    assert page.evaluate(
        """() => {
            const date = document.querySelector('[data-field="events.epo_expiry"]');
            return date.nextElementSibling.contains(document.getElementById('epo_expires_late_in_day'));
        }"""
    )
    assert "late in the day" in page.locator('label[for="epo_expires_late_in_day"]').inner_text()
    type_date(page, "epo_expiry", "13", "1", "2027")
    page.click("button[data-submit]")
    assert deadline_due(page, "conference-before-epo-expires") == "2027-01-12"
    assert "epo_expires_late_in_day" not in page.url
    box.check()
    page.wait_for_selector(
        '[data-deadline="conference-before-epo-expires"] time[datetime="2027-01-13"]'
    )
    state = parse_qs(urlsplit(page.url).fragment)
    assert state["epo_expires_late_in_day"] == ["true"]
    # The link brings the tick back, in a page opened afresh.
    link = page.url
    page.goto("about:blank")
    page.goto(link)
    assert deadline_due(page, "conference-before-epo-expires") == "2027-01-13"
    assert page.is_checked("#epo_expires_late_in_day")
    box.uncheck()
    page.wait_for_selector(
        '[data-deadline="conference-before-epo-expires"] time[datetime="2027-01-12"]'
    )


def test_a_wrong_date_shows_the_error_summary_linked_to_the_field(page, site_url):
    page.goto(site_url + DEADLINES)
    wait_ready(page)
    type_date(page, "strategy_discussion", "30", "2", "2027")
    page.click("button[data-submit]")
    summary = page.locator("[data-error-summary]")
    summary.wait_for()
    assert summary.locator("h2").inner_text() == "There is a problem"
    assert page.evaluate("document.activeElement.hasAttribute('data-error-summary')")
    assert page.title().startswith("Error: ")
    link = summary.locator("a").first
    assert link.inner_text() == "The date of the strategy discussion must be a real date"
    link.click()
    assert page.evaluate("document.activeElement.id") == "strategy_discussion-day"
    inline = page.locator("#strategy_discussion-error")
    assert "must be a real date" in inline.inner_text()
    assert page.get_attribute("#strategy_discussion-day", "aria-invalid") == "true"


def test_a_date_missing_its_month_and_an_impossible_order_are_both_explained(page, site_url):
    page.goto(site_url + DEADLINES)
    wait_ready(page)
    page.fill("#strategy_discussion-day", "18")
    page.fill("#strategy_discussion-year", "2026")
    page.click("button[data-submit]")
    assert page.locator("[data-error-summary] a").first.inner_text() == (
        "Date of the strategy discussion must include a month"
    )
    type_date(page, "strategy_discussion", "18", "12", "2026")
    type_date(page, "icpc", "1", "12", "2026")
    page.click("button[data-submit]")
    message = page.locator("[data-error-summary] a").first.inner_text()
    assert message == (
        "The date of the initial child protection conference must be the same as or after "
        "the date of the strategy discussion (Friday 18 December 2026)"
    )


def test_the_deadline_calculator_works_by_keyboard_alone(page, site_url):
    page.goto(site_url + DEADLINES)
    wait_ready(page)
    page.focus("#authority")
    page.keyboard.type("Warrington")  # chosen by typing its name, wherever it is in the list
    page.keyboard.press("Tab")  # the "Initial and transfer-in conferences" section, open
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "strategy_discussion-day"
    for value in ("18", "12", "2026"):
        page.keyboard.type(value)
        page.keyboard.press("Tab")
    page.focus("#strategy_discussion-year")
    page.keyboard.press("Enter")
    # Warrington's "15 days", read as calendar days: Sat 2 Jan 2027 -> Thursday 31 December.
    assert deadline_due(page, "icpc") == "2026-12-31"
    assert page.evaluate("document.activeElement.id") == "results-title"


def test_calendar_file_parses_with_one_event_per_deadline(page, site_url, tmp_path: Path):
    page.goto(site_url + DEADLINES + "#authority=oxfordshire&strategy_discussion=2026-12-18")
    deadline_due(page, "icpc")
    shown = page.locator("[data-deadline]").count()
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Add to calendar (.ics)").click()
    download = download_info.value
    assert download.suggested_filename == "deadlines-oxfordshire.ics"
    path = tmp_path / "deadlines.ics"
    download.save_as(path)
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert len(events) == shown
    icpc = next(e for e in events if str(e["SUMMARY"]) == "Initial child protection conference")
    assert icpc["DTSTART"].dt.isoformat() == "2027-01-13"
    assert (icpc["DTEND"].dt - icpc["DTSTART"].dt).days == 1


def test_copy_as_text_gives_long_dates(context, page, site_url):
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(site_url + DEADLINES + "#authority=oxfordshire&strategy_discussion=2026-12-18")
    deadline_due(page, "icpc")
    page.get_by_role("button", name="Copy as text").click()
    page.wait_for_selector("[data-action-status]:has-text('Copied')")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert "Wednesday 13 January 2027" in copied and "Initial child protection conference" in copied


@pytest.mark.parametrize(
    ("query", "outcome", "may_proceed"),
    [
        ("attendee=childrens-social-care&attendee=police&attendee=health", "quorate", "true"),
        (
            "attendee=childrens-social-care&attendee=police&attendee=health:no-contact"
            "&delay_detrimental=false",
            "inquorate",
            "false",
        ),
        # Not answered is not "does not hold": the answer waits on the conditions.
        (
            "attendee=childrens-social-care&attendee=police&attendee=health:no-contact",
            "inquorate",
            "null",
        ),
        (
            "attendee=childrens-social-care&attendee=police&limited_agency_contact=true"
            "&sufficient_information=true&delay_detrimental=true",
            "inquorate",
            "true",
        ),
    ],
)
def test_quorum_by_link(page, site_url, query, outcome, may_proceed):
    page.goto(f"{site_url}{QUORUM}#authority=oxfordshire&conference_type=initial&{query}")
    result = page.locator("[data-outcome]")
    result.wait_for(timeout=RESULT_TIMEOUT)
    assert result.get_attribute("data-outcome") == outcome
    assert page.get_attribute("[data-may-proceed]", "data-may-proceed") == may_proceed


def test_quorum_by_ticking_boxes(page, site_url):
    page.goto(site_url + QUORUM)
    wait_ready(page)
    page.select_option("#authority", "north-yorkshire")
    page.check("#conference_type-initial")
    for agency in ("childrens-social-care", "health", "education"):
        page.check(f"#attendee-{agency}")
        page.check(f"#direct_contact-{agency}")
    page.click("button[data-submit]")
    result = page.locator("[data-outcome]")
    result.wait_for(timeout=RESULT_TIMEOUT)
    assert result.get_attribute("data-outcome") == "quorate"
    # Quorate, but North Yorkshire's key agencies must attend initial conferences: police.
    assert "Police not present" in page.locator("[data-results]").inner_text()
    state = parse_qs(urlsplit(page.url).fragment)
    assert state["attendee"] == ["childrens-social-care", "health", "education"]


def condition(page, circumstance: str):
    return page.locator(f'[data-condition="{circumstance}"]')


def test_quorum_conditions_are_yes_no_or_not_known(page, site_url):
    """Oxfordshire, social care and police only: not quorate. With the chair's three conditions
    not known, the answer waits on them; one answered No settles it (all three are needed)."""
    page.goto(site_url + QUORUM)
    wait_ready(page)
    page.select_option("#authority", "oxfordshire")
    page.check("#conference_type-initial")
    for agency in ("childrens-social-care", "police"):
        page.check(f"#attendee-{agency}")
        page.check(f"#direct_contact-{agency}")
    for circumstance in ("limited_agency_contact", "sufficient_information", "delay_detrimental"):
        assert page.is_checked(f"#{circumstance}-unknown")
    page.click("button[data-submit]")
    page.locator("[data-outcome]").wait_for(timeout=RESULT_TIMEOUT)
    verdict = page.locator("[data-may-proceed]")
    assert verdict.get_attribute("data-may-proceed") == "null"
    assert "Not known yet" in verdict.inner_text()
    results = page.locator("[data-results]").inner_text()
    assert "exception does not apply" not in results
    assert "A delay will be detrimental to the child" in results
    page.check("#delay_detrimental-no")
    page.wait_for_selector('[data-may-proceed="false"]', timeout=RESULT_TIMEOUT)
    assert parse_qs(urlsplit(page.url).fragment)["delay_detrimental"] == ["false"]
    assert "limited_agency_contact" not in parse_qs(urlsplit(page.url).fragment)
    # The link brings the answers back: No stays No, the others stay Not known.
    link = page.url
    page.goto("about:blank")
    page.goto(link)
    page.wait_for_selector('[data-may-proceed="false"]', timeout=RESULT_TIMEOUT)
    assert page.is_checked("#delay_detrimental-no")
    assert page.is_checked("#limited_agency_contact-unknown")


def test_quorum_conditions_are_asked_in_the_chosen_authority_s_words(page, site_url):
    page.goto(site_url + QUORUM)
    wait_ready(page)
    limited = condition(page, "limited_agency_contact")
    page.select_option("#authority", "warrington")
    assert "relevant contact with 2 agencies" in limited.locator("legend").inner_text()
    assert condition(page, "relevant_agencies_present").is_hidden()
    page.check("#limited_agency_contact-yes")
    page.check("#sufficient_information-yes")
    page.select_option("#authority", "oxfordshire")
    assert "relevant contact with 3 agencies" in limited.locator("legend").inner_text()
    # A different question: the Warrington answer does not carry over; the same one does.
    assert page.is_checked("#limited_agency_contact-unknown")
    assert page.is_checked("#sufficient_information-yes")
    page.select_option("#authority", "barnsley")
    assert "not had contact with three agencies" in limited.locator("legend").inner_text()
    assert condition(page, "relevant_agencies_present").is_visible()
    assert condition(page, "sufficient_information").is_hidden()
    page.select_option("#authority", "croydon")
    assert limited.is_hidden()
    assert page.locator("#circumstances").is_hidden()  # no quorum: nothing to ask


def test_quorum_conference_date_dates_the_confirmed_decision(page, site_url):
    """Oxfordshire: "a confirmed quorate decision within 24 hours". A conference on Tuesday
    12 January 2027: due Wednesday 13 January 2027."""
    page.goto(
        f"{site_url}{QUORUM}?authority=oxfordshire&conference_type=initial"
        "&attendee=childrens-social-care&attendee=police&limited_agency_contact=true"
        "&sufficient_information=true&delay_detrimental=true"
    )
    page.locator("[data-outcome]").wait_for(timeout=RESULT_TIMEOUT)
    assert page.locator("[data-results] time").count() == 0
    type_date(page, "conference_date", "12", "1", "2027")
    due = page.locator("[data-results] time")
    due.first.wait_for(timeout=RESULT_TIMEOUT)
    assert due.first.get_attribute("datetime") == "2027-01-13"
    assert due.first.inner_text() == "Wednesday 13 January 2027"
    assert parse_qs(urlsplit(page.url).fragment)["conference_date"] == ["2027-01-12"]
    page.fill("#conference_date-month", "13")
    page.click("button[data-submit]")
    summary = page.locator("[data-error-summary] a").first
    summary.wait_for(timeout=RESULT_TIMEOUT)
    assert summary.inner_text() == "The date of the conference must be a real date"


def test_quorum_without_a_conference_type_is_an_error(page, site_url):
    page.goto(site_url + QUORUM)
    wait_ready(page)
    page.click("button[data-submit]")
    assert page.locator("[data-error-summary] a").first.inner_text() == (
        "Select the type of conference"
    )


@pytest.mark.parametrize(
    ("query", "outcome"),
    [
        ("authority=oxfordshire&age=11", "not-expected"),
        ("authority=oxfordshire&age=12", "offer"),
        # Born 29 Feb 2012: still 11 on 28 Feb 2024, 12 on 29 Feb 2024 (a leap year).
        ("authority=oxfordshire&date_of_birth=2012-02-29&conference_date=2024-02-29", "offer"),
        (
            "authority=oxfordshire&date_of_birth=2012-02-29&conference_date=2024-02-28",
            "not-expected",
        ),
        ("authority=barnsley&age=13", "none"),
    ],
)
def test_attendance_by_link(page, site_url, query, outcome):
    page.goto(f"{site_url}{ATTENDANCE}#{query}")
    result = page.locator("[data-outcome]")
    result.wait_for(timeout=RESULT_TIMEOUT)
    assert result.get_attribute("data-outcome") == outcome


def test_attendance_by_typing_and_barnsley_advocacy(page, site_url):
    page.goto(site_url + ATTENDANCE)
    wait_ready(page)
    page.select_option("#authority", "barnsley")
    page.fill("#age", "11")
    page.click("button[data-submit]")
    page.locator("[data-outcome]").wait_for(timeout=RESULT_TIMEOUT)
    assert "Yes, routinely" in page.locator("[data-results]").inner_text()
    assert parse_qs(urlsplit(page.url).fragment) == {"authority": ["barnsley"], "age": ["11"]}


def test_the_chosen_authority_is_remembered_for_the_next_visit(context, page, site_url):
    page.goto(site_url + ATTENDANCE + "#authority=warrington&age=9")
    page.locator("[data-outcome]").wait_for(timeout=RESULT_TIMEOUT)
    other = context.new_page()
    other.goto(site_url + DEADLINES)
    assert other.input_value("#authority") == "warrington"


@pytest.mark.parametrize(
    "path",
    [
        DEADLINES + "#authority=oxfordshire&strategy_discussion=2026-12-18&edd=2027-06-01",
        QUORUM + "#authority=warrington&conference_type=review&attendee=childrens-social-care",
        ATTENDANCE + "#authority=oxfordshire&age=14",
    ],
    ids=["deadlines", "quorum", "attendance"],
)
def test_calculator_pages_with_results_are_local_quiet_and_accessible(
    context, page, site_url, axe_script, path
):
    page.goto(site_url + path)
    page.locator("[data-results]:not([hidden])").wait_for(timeout=RESULT_TIMEOUT)
    foreign = [u for u in context.requests if not u.startswith((site_url, "data:", "blob:"))]
    assert not foreign, foreign
    assert not context.errors, context.errors
    page.evaluate(axe_script.read_text("utf-8"))
    violations = page.evaluate(
        """async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}}))
            .violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`)""",
        AXE_TAGS,
    )
    assert not violations, "\n".join(violations)


def test_after_one_visit_the_calculator_works_offline(context, page, site_url, wait_until):
    page.goto(site_url + DEADLINES + "#authority=oxfordshire&strategy_discussion=2026-12-18")
    deadline_due(page, "icpc")
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    wait_until(page, "navigator.serviceWorker.controller !== null", timeout=RESULT_TIMEOUT)
    context.set_offline(True)
    page.reload()
    assert deadline_due(page, "icpc") == "2027-01-13"


def test_reading_pages_never_load_pyodide(context, page, site_url):
    # The page itself never starts the calculators' worker; only the service worker fetches the
    # runtime, in the background, to keep it for use offline.
    from_page = []
    page.on(
        "request",
        lambda r: from_page.append(r.url) if r.service_worker is None and r.frame else None,
    )
    page.goto(site_url + "handbook/timing/")
    page.goto(site_url + "compare/timescales/")
    page.wait_for_load_state("networkidle")
    assert not [u for u in from_page if "/assets/runtime/" in u or "worker.js" in u]
    assert not [w.url for w in page.workers if "calculators" in w.url]


def test_material_script_runs_once_the_calculator_has_answered(page, site_url, wait_until):
    # Held back so it does not slow Pyodide's boot (overrides/main.html); it must still run,
    # or search and instant navigation would be missing on calculator pages.
    page.goto(site_url + DEADLINES + "#authority=oxfordshire&strategy_discussion=2026-12-18")
    deadline_due(page, "icpc")
    wait_until(page, "window.document$ !== undefined", timeout=RESULT_TIMEOUT)
    page.get_by_role("textbox", name="Search").click()
    page.keyboard.type("quorum")
    page.locator(".md-search-result__item").first.wait_for(timeout=RESULT_TIMEOUT)
