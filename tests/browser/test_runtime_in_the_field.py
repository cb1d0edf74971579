"""What a practitioner meets in the field, in real Chromium: a new build deployed while they
were away, a runtime file that is missing or sent with the wrong type, a worker that never
answers, and a network that drops after one visit.

Each test serves the built site from its own server, which can break one file on purpose
(FaultyServer), so a test's faults never reach another's. Expected date: Oxfordshire ICPC from
Friday 18 December 2026 is Wednesday 13 January 2027 (15 working days; Christmas Day, the
Boxing Day substitute on Monday 28 December and New Year's Day do not count); with the rule
changed to 10 working days it is Wednesday 6 January 2027 (21, 22, 23, 24, 29, 30, 31 December,
4, 5, 6 January).
"""

from __future__ import annotations

import http.server
import json
import re
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

DEADLINES = "calculators/deadlines/?authority=oxfordshire&strategy_discussion=2026-12-18"
TRAINING = "training/deadlines/"
TIMEOUT = 60_000
ALERT = "[role=alert][data-failure]"
REPO_ROOT = Path(__file__).resolve().parents[2]


class FaultyServer:
    """The built site on 127.0.0.1, from a folder that can be swapped for another build, with
    faults by path suffix: ("status", 404), ("type", "text/plain") or ("hang",)."""

    def __init__(self, root: Path):
        self.root = root
        self.faults: dict[str, tuple] = {}
        self.served: list[tuple[str, int, int]] = []  # (path, status, bytes)
        self.release = threading.Event()
        server = self

        class Handler(http.server.SimpleHTTPRequestHandler):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, directory=str(server.root), **kwargs)

            def log_message(self, *args: object) -> None:
                pass

            def send_head(self):
                path = self.path.split("?")[0]
                for suffix, fault in server.faults.items():
                    if path.endswith(suffix):
                        if fault[0] == "status":
                            self.send_error(fault[1])
                            server.served.append((path, fault[1], 0))
                            return None
                        if fault[0] == "hang":
                            server.release.wait(90)
                            return None
                return super().send_head()

            def guess_type(self, path):
                for suffix, fault in server.faults.items():
                    if str(path).endswith(suffix) and fault[0] == "type":
                        return fault[1]
                return super().guess_type(path)

            def copyfile(self, source, outputfile):
                data = source.read()
                outputfile.write(data)
                server.served.append((self.path.split("?")[0], 200, len(data)))

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    def close(self) -> None:
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server(built_site: Path) -> Iterator[FaultyServer]:
    serving = FaultyServer(built_site)
    yield serving
    serving.close()


@pytest.fixture
def context(browser):
    context = browser.new_context()
    context.problems = []
    yield context
    context.close()


@pytest.fixture
def page(context):
    page = context.new_page()
    page.on("pageerror", lambda error: context.problems.append(str(error)))
    return page


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
def test_every_result_names_the_rules_it_was_worked_out_with(page, server, built_site):
    runtime = json.loads((built_site / "assets/runtime/runtime.json").read_text("utf-8"))
    page.goto(server.url + DEADLINES)
    wait_for_result(page)
    note = page.locator("[data-rules-version]")
    assert note.get_attribute("data-rules-version") == runtime["rules_version"]
    assert re.fullmatch(r"[0-9a-f]{12}", runtime["rules_version"])
    assert runtime["rules_version"] in note.inner_text()
    # Copy as text carries it too.
    text = page.evaluate(
        """() => import('../../javascripts/calculators/client.js').then((c) => c.calculate({
            name: 'deadlines', want: ['text'],
            payload: {authority: 'oxfordshire', events: {strategy_discussion: '2026-12-18'}}}))"""
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
def test_a_runtime_that_cannot_start_says_so(page, server, what, suffix, fault, detail):
    server.faults[suffix] = fault
    start = time.monotonic()
    page.goto(server.url + DEADLINES)
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


def test_a_runtime_that_never_answers_says_so_after_the_time_limit(context, server):
    server.faults["python_stdlib.zip"] = ("hang",)
    context.add_init_script("window.cpcStartTimeoutMs = 4000;")
    page = context.new_page()
    page.goto(server.url + DEADLINES)
    page.locator(ALERT).wait_for(timeout=TIMEOUT)
    assert page.locator(ALERT).get_attribute("data-failure") == "timeout"
    assert "did not finish loading in time" in page.locator(ALERT).inner_text()


def test_training_pages_say_so_too(page, server):
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
    context, page, server, built_site
):
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
    page.goto(server.url + DEADLINES)
    assert wait_for_result(page) == "2027-01-13"


def test_a_first_calculator_visit_downloads_each_runtime_file_once(context, page, server):
    page.goto(server.url + DEADLINES)
    wait_for_result(page)
    wait_until_kept(page)
    runtime = [path for path, status, size in server.served if "/assets/runtime/" in path and size]
    twice = sorted({path for path in runtime if runtime.count(path) > 1})
    assert len(set(runtime)) >= 6  # five Pyodide files, the wheel and runtime.json
    assert not twice, f"downloaded more than once: {twice}"


# ------------------------------------------------------------------ a new build reaches users
def _build_with_oxfordshire_icpc(days: int, site: Path, work: Path) -> None:
    """The site built from a copy of the repository whose Oxfordshire ICPC rule says `days`."""
    copy = work / "repo"
    files = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    for name in files:
        source = REPO_ROOT / name
        if source.is_file():
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, copy / name)
    (copy / "node_modules").symlink_to(REPO_ROOT / "node_modules")
    rules = copy / "calculators" / "data" / "authorities" / "oxfordshire" / "deadlines.toml"
    text = rules.read_text("utf-8")
    block = re.search(r'id = "icpc"\n(?:.+\n)*?period = "15 working days"', text)
    assert block, "the Oxfordshire ICPC rule was not found"
    changed = block.group(0).replace('"15 working days"', f'"{days} working days"')
    rules.write_text(text.replace(block.group(0), changed), "utf-8")
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)],
        cwd=copy,
        check=True,
        capture_output=True,
    )


@pytest.fixture(scope="module")
def changed_site(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("changed")
    site = work / "site"
    _build_with_oxfordshire_icpc(10, site, work)
    return site


@pytest.fixture
def swappable(built_site: Path, tmp_path: Path) -> Iterator[tuple[FaultyServer, Path]]:
    live = tmp_path / "live"
    live.symlink_to(built_site, target_is_directory=True)
    serving = FaultyServer(live)
    yield serving, live
    serving.close()


def _deploy(live: Path, site: Path) -> None:
    live.unlink()
    live.symlink_to(site, target_is_directory=True)


def test_a_returning_user_gets_the_new_rules_on_the_next_visit(
    context, page, swappable, changed_site
):
    server, live = swappable
    page.goto(server.url + DEADLINES)
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
    page.goto(server.url + DEADLINES)
    page.wait_for_selector(f'[data-rules-version="{new["rules_version"]}"]', timeout=TIMEOUT)
    assert wait_for_result(page) == "2027-01-06"
    # Never a result from the old rules: the page asked the server, not a kept copy.
    assert [version for version, _ in seen] == [new["rules_version"]], seen


def test_an_open_page_replaces_results_from_superseded_rules(
    context, page, swappable, changed_site
):
    server, live = swappable
    page.goto(server.url + DEADLINES)
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
