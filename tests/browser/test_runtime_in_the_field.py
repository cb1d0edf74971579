"""What a practitioner meets in the field, in real Chromium: a new build deployed while they
were away, a runtime file that is missing or sent with the wrong type, a worker that never
answers, and a network that drops after one visit.

Each test serves the built site from its own server, which can break one file on purpose
(conftest.py, faulty_server), so a test's faults never reach another's. The authority is one
whose ICPC is 15 working days after the strategy discussion (conftest.py): from Friday
18 December 2026 it is due Wednesday 13 January 2027 (Christmas Day, the Boxing Day substitute
on Monday 28 December and New Year's Day do not count); with the rule changed to 10 working days
it is Wednesday 6 January 2027 (21, 22, 23, 24, 29, 30, 31 December, 4, 5, 6 January).
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from tests.browser_helpers import STRATEGY_DISCUSSION

pytestmark = pytest.mark.browser

TRAINING = "training/deadlines/"
TIMEOUT = 60_000
ALERT = "[role=alert][data-failure]"


def deadlines(authority: str) -> str:
    """The deadline calculator by an old query link (still served, then rewritten to "#")."""
    return f"calculators/deadlines/?authority={authority}&strategy_discussion={STRATEGY_DISCUSSION}"


def wait_for_result(page) -> str:
    due = page.locator('[data-deadline="icpc"] time').first
    due.wait_for(timeout=TIMEOUT)
    return due.get_attribute("datetime")


def wait_until_kept(page) -> None:
    """The service worker is installed (everything kept) and controls the page."""
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    # Polled from here: wait_for_function evaluates a string, which the site's CSP forbids.
    give_up = time.monotonic() + TIMEOUT / 1000
    while not page.evaluate("navigator.serviceWorker.controller !== null"):
        assert time.monotonic() < give_up, "the service worker never took control"
        page.wait_for_timeout(200)


# ------------------------------------------------------------------ the rules version
def test_every_result_names_the_rules_it_was_worked_out_with(
    recording_page, faulty_server, built_site, icpc_15_working_days_authority
):
    page = recording_page
    server = faulty_server
    runtime = json.loads((built_site / "assets/runtime/runtime.json").read_text("utf-8"))
    page.goto(server.url + deadlines(icpc_15_working_days_authority))
    wait_for_result(page)
    note = page.locator("[data-rules-version]")
    assert note.get_attribute("data-rules-version") == runtime["rules_version"]
    assert re.fullmatch(r"[0-9a-f]{12}", runtime["rules_version"])
    assert runtime["rules_version"] in note.inner_text()
    # Copy as text carries it too.
    text = page.evaluate(
        """() => import('../../javascripts/calculators/client.js').then((c) => c.calculate({
            name: 'deadlines', want: ['text'],
            payload: {authority: AUTHORITY, events: {strategy_discussion: '2026-12-18'}}}))""".replace(
            "AUTHORITY", json.dumps(icpc_15_working_days_authority)
        )
    )
    assert f"Rules version {runtime['rules_version']}" in text["text"]
    assert text["result"]["rules_version"] == runtime["rules_version"]


# ------------------------------------------------------------------ failures are stated
FAULTS = [
    ("wasm missing", "pyodide.asm.wasm", ("status", 404), "pyodide.asm.wasm answered 404"),
    ("wasm wrong type", "pyodide.asm.wasm", ("type", "text/plain"), "not application/wasm"),
    ("wheel missing", ".whl", ("status", 404), "answered 404"),
    ("worker missing", "calculators/worker.js", ("status", 404), ""),
    ("runtime list missing", "runtime.json", ("status", 404), "runtime.json answered 404"),
]


@pytest.mark.parametrize(("what", "suffix", "fault", "detail"), FAULTS, ids=[f[0] for f in FAULTS])
def test_a_runtime_that_cannot_start_says_so(
    recording_page, faulty_server, what, suffix, fault, detail, icpc_15_working_days_authority
):
    page = recording_page
    server = faulty_server
    server.faults[suffix] = fault
    start = time.monotonic()
    page.goto(server.url + deadlines(icpc_15_working_days_authority))
    alert = page.locator(ALERT)
    alert.wait_for(timeout=TIMEOUT)
    text = alert.inner_text()
    assert time.monotonic() - start < 30, "the failure was not stated within seconds"
    assert "The handbook pages still work" in text
    assert "Reload the page" in text
    assert "IT service desk" in text
    assert detail in alert.locator("[data-failure-detail]").inner_text()
    for leak in ("Traceback", 'File "', "    at ", "PythonError", ".mjs:"):
        assert leak not in page.locator("article").inner_text(), leak
    # The loading indicator has stopped, and Calculate shows the message again, not nothing.
    assert "Loading" not in page.locator("[data-status]").inner_text()
    page.get_by_role("button", name="Calculate").click()
    assert page.locator(ALERT).count() == 1
    assert page.evaluate("document.activeElement.matches('[data-failure]')")
    assert not page.locator("[data-results]").is_visible()


def test_a_runtime_that_never_answers_says_so_after_the_time_limit(
    recording_context, faulty_server, icpc_15_working_days_authority
):
    context = recording_context
    server = faulty_server
    server.faults["python_stdlib.zip"] = ("hang",)
    context.add_init_script("window.cpcStartTimeoutMs = 4000;")
    page = context.new_page()
    page.goto(server.url + deadlines(icpc_15_working_days_authority))
    page.locator(ALERT).wait_for(timeout=TIMEOUT)
    assert page.locator(ALERT).get_attribute("data-failure") == "timeout"
    assert "did not finish loading in time" in page.locator(ALERT).inner_text()


def test_training_pages_say_so_too(recording_page, faulty_server):
    page = recording_page
    server = faulty_server
    server.faults["pyodide.asm.wasm"] = ("status", 404)
    page.goto(server.url + TRAINING)
    alert = page.locator(ALERT)
    alert.wait_for(timeout=TIMEOUT)
    assert "The handbook pages still work" in alert.inner_text()
    first = page.locator("[data-scenario]").first
    for part, value in (("day", "13"), ("month", "1"), ("year", "2027")):
        first.locator(f"input[id$='-answer-{part}']").fill(value)
    first.get_by_role("button", name="Check my answer").click()
    page.wait_for_timeout(500)
    assert "Checking" not in first.locator("[data-verdict]").inner_text()
    assert page.locator(ALERT).count() == 1


# ------------------------------------------------------------------ the whole handbook offline
def test_after_one_reading_page_every_page_and_calculator_works_offline(
    recording_context, recording_page, faulty_server, built_site, icpc_15_working_days_authority
):
    context = recording_context
    page = recording_page
    server = faulty_server
    page.goto(server.url + "handbook/reviews/")
    wait_until_kept(page)
    context.set_offline(True)
    pages = sorted(
        path.parent.relative_to(built_site).as_posix()
        for path in built_site.rglob("index.html")
        if "bench" not in path.parts
    )
    assert len(pages) > 40
    for path in pages:
        url = server.url + ("" if path == "." else f"{path}/")
        response = page.goto(url)
        assert response is not None and response.ok, url
        assert page.locator("h1").count() >= 1, url
    page.goto(server.url + deadlines(icpc_15_working_days_authority))
    assert wait_for_result(page) == "2027-01-13"


def test_a_first_calculator_visit_downloads_each_runtime_file_once(
    recording_page, faulty_server, icpc_15_working_days_authority
):
    page = recording_page
    server = faulty_server
    page.goto(server.url + deadlines(icpc_15_working_days_authority))
    wait_for_result(page)
    wait_until_kept(page)
    runtime = [path for path, status, size in server.served if "/assets/runtime/" in path and size]
    twice = sorted({path for path in runtime if runtime.count(path) > 1})
    assert len(set(runtime)) >= 6  # five Pyodide files, the wheel and runtime.json
    assert not twice, f"downloaded more than once: {twice}"


# ------------------------------------------------------------------ a new build reaches users
def _deploy(live: Path, site: Path) -> None:
    live.unlink()
    live.symlink_to(site, target_is_directory=True)


def test_a_returning_user_gets_the_new_rules_on_the_next_visit(
    recording_page,
    swappable_server,
    site_with_icpc_in_10_working_days,
    icpc_15_working_days_authority,
):
    page = recording_page
    changed_site = site_with_icpc_in_10_working_days
    server, live = swappable_server
    page.goto(server.url + deadlines(icpc_15_working_days_authority))
    assert wait_for_result(page) == "2027-01-13"
    old = page.locator("[data-rules-version]").get_attribute("data-rules-version")
    wait_until_kept(page)
    page.goto(server.url)  # away from the calculator
    _deploy(live, changed_site)
    new = json.loads((changed_site / "assets/runtime/runtime.json").read_text("utf-8"))
    assert new["rules_version"] != old

    seen = []
    page.expose_function("cpcSaw", lambda version, superseded: seen.append((version, superseded)))
    page.add_init_script(WATCH_RESULTS)
    page.goto(server.url + deadlines(icpc_15_working_days_authority))
    page.wait_for_selector(f'[data-rules-version="{new["rules_version"]}"]', timeout=TIMEOUT)
    assert wait_for_result(page) == "2027-01-06"
    # Never a result from the old rules: the page asked the server, not a kept copy.
    assert [version for version, _ in seen] == [new["rules_version"]], seen


def test_an_open_page_replaces_results_from_superseded_rules(
    recording_page,
    swappable_server,
    site_with_icpc_in_10_working_days,
    icpc_15_working_days_authority,
):
    page = recording_page
    changed_site = site_with_icpc_in_10_working_days
    server, live = swappable_server
    page.goto(server.url + deadlines(icpc_15_working_days_authority))
    assert wait_for_result(page) == "2027-01-13"
    _deploy(live, changed_site)
    new = json.loads((changed_site / "assets/runtime/runtime.json").read_text("utf-8"))
    # The practitioner comes back to the tab (the browser says the page is visible again).
    page.evaluate("window.dispatchEvent(new Event('online'))")
    page.locator("[data-superseded]").wait_for(timeout=TIMEOUT)
    page.wait_for_selector(f'[data-rules-version="{new["rules_version"]}"]', timeout=TIMEOUT)
    assert wait_for_result(page) == "2027-01-06"
    assert page.locator("[data-superseded]").count() == 0


# Reports every result the page shows: its rules version and whether it was marked superseded.
WATCH_RESULTS = """
new MutationObserver(() => {
  for (const note of document.querySelectorAll('[data-rules-version]:not([data-seen])')) {
    note.setAttribute('data-seen', '');
    const section = note.closest('[data-results]');
    window.cpcSaw(note.dataset.rulesVersion, Boolean(section && section.querySelector('[data-superseded]')));
  }
}).observe(document, { childList: true, subtree: true });
"""
