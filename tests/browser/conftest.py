"""Shared fixtures for browser tests: the built site, a local server and Debian's Chromium.

The site is built once per test session with ``mkdocs build --strict`` and served from a
thread on 127.0.0.1 on a free port. Chromium is Debian's (``/usr/bin/chromium``), driven by
Playwright for Python; Playwright's own browser downloads are not used.
"""

from __future__ import annotations

import functools
import http.server
import json
import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from calculators.data import load
from calculators.practice import cases
from tests.browser_helpers import (
    ATTENDANCE,
    DEADLINES,
    EXIT_TEST_PAGE,
    PHONE,
    QUORUM,
    STRATEGY_DISCUSSION,
    answer_the_neutral_site,
    birthday_at,
    icpc_in_15_working_days,
    local_packs,
    pick,
)
from tests.helpers import bench_scale, build_copy

REPO_ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
AXE_JS = REPO_ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        """Keep test output clean: no access log."""


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """Base URL (ending in /) of the built site, served on 127.0.0.1 on a free port."""
    handler = functools.partial(_QuietHandler, directory=str(built_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        host, port = server.server_address[:2]
        yield f"http://{host}:{port}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Debian's Chromium, headless, launched through Playwright."""
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} not found: install Debian's chromium package "
            "(scripts/test does this when run as root)."
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def axe_script() -> Path:
    """Path to axe-core's browser bundle (installed by scripts/_setup.sh with npm ci).

    Load it with page.evaluate(axe_script.read_text("utf-8")): page.add_script_tag adds an
    inline script, which the site's Content-Security-Policy blocks.
    """
    if not AXE_JS.exists():
        pytest.fail(f"{AXE_JS} not found: run `npm ci` in the repository root.")
    return AXE_JS


def _wait_until(page, expression: str, timeout: float = 30_000) -> None:
    """Wait until expression is true in the page."""
    deadline = time.monotonic() + timeout / 1000
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise AssertionError(f"still false after {timeout / 1000:.0f} s: {expression}")
        page.wait_for_timeout(50)


@pytest.fixture
def wait_until():
    """wait_until(page, expression, timeout=ms): Playwright's wait_for_function compiles its
    predicate inside the page, which the site's Content-Security-Policy forbids (no
    'unsafe-eval'); this polls with page.evaluate, which the policy does not govern."""
    return _wait_until


# ---------------------------------------------------- many authorities: the picker
PICKER_EXTRA = ["made-up-1", "made-up-2", "made-up-3"]  # 6 + 3 = 9 authority columns

WIDEN = """(extra) => {
    const table = document.querySelector('.cpc-compare table');
    const head = table.tHead.rows[0].cells;
    for (let i = 1; i < head.length; i += 1) {
        head[i].setAttribute('data-authority', 'column-' + i);
    }
    for (const row of Array.from(table.rows)) {
        const last = row.cells[row.cells.length - 1];
        extra.forEach((id, k) => {
            const copy = last.cloneNode(true);
            if (row.parentElement.tagName === 'THEAD') {
                copy.setAttribute('data-authority', id);
                copy.textContent = 'Made up ' + (k + 1);
            }
            row.append(copy);
        });
    }
    return head.length - 1;
}"""


def widen(page, site_url: str) -> None:
    """Give the page's comparison table nine authority columns and start the picker afresh."""
    assert page.evaluate(WIDEN, PICKER_EXTRA) == 9
    page.evaluate(
        "async (url) => { (await import(url)).setUp(); }", site_url + "javascripts/compare.js"
    )


@pytest.fixture
def widened(browser, site_url):
    """The timescales table with nine authority columns and the picker started on it."""

    def open_page(own: str | None = None, width: int = 1280):
        # bypass_csp: the test imports the page's own module again to start it afresh.
        context = browser.new_context(bypass_csp=True, viewport={"width": width, "height": 900})
        page = context.new_page()
        page.goto(site_url + "compare/timescales/")
        if own:
            page.evaluate("(id) => localStorage.setItem('cpc-authority', id)", own)
        widen(page, site_url)
        opened.append(context)
        return page

    opened: list = []
    open_page.again = lambda page: widen(page, site_url)  # type: ignore[attr-defined]
    yield open_page
    for context in opened:
        context.close()


@pytest.fixture(scope="module")
def many_url(tmp_path_factory):
    """A site with ten local authorities, served on a free port."""
    repo = tmp_path_factory.mktemp("many")
    bench_scale.copy_repository(repo)
    assert bench_scale.add_authorities(repo, 10) == 5
    site = repo / "site"
    build_copy(repo, site)

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=str(site))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture
def page(browser):
    """A page in a context of its own (recording_page when the test watches requests)."""
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def axe(axe_script):
    """axe(page) -> the page's WCAG 2.2 AA violations, as "rule: targets" lines."""

    def violations(page) -> list[str]:
        page.evaluate(axe_script.read_text("utf-8"))
        return page.evaluate(
            """async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}}))
                .violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`)""",
            ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"],
        )

    return violations


# ---------------------------------------------------- contexts that record what happens
def _record(context):
    """Makes the context keep what happens in it: .requests (every request, as Playwright's
    Request), .problems (console errors, and uncaught exceptions as "uncaught: ..."), and
    .uncaught (the uncaught exceptions alone), for every page opened in it."""
    context.requests = []
    context.problems = []
    context.uncaught = []

    def watch(page) -> None:
        page.on(
            "console",
            lambda message: (
                context.problems.append(message.text) if message.type == "error" else None
            ),
        )

        def uncaught(error) -> None:
            context.uncaught.append(str(error))
            context.problems.append(f"uncaught: {error}")

        page.on("pageerror", uncaught)

    context.on("request", lambda request: context.requests.append(request))
    context.on("page", watch)
    return context


@pytest.fixture
def open_recording_context(browser):
    """open_recording_context(**options): a new context (Playwright's new_context options) that
    records its requests and problems (see _record); closed after the test."""
    opened: list = []

    def open_context(**options):
        context = _record(browser.new_context(**options))
        opened.append(context)
        return context

    yield open_context
    for context in opened:
        context.close()


@pytest.fixture
def recording_context(open_recording_context):
    """A context of its own whose requests and problems are recorded: .requests, .problems,
    .uncaught."""
    return open_recording_context()


@pytest.fixture
def recording_page(recording_context):
    """A page in recording_context."""
    return recording_context.new_page()


@pytest.fixture
def page_without_uncaught_errors(recording_page):
    """A recorded page; the test fails if any script in it threw an uncaught exception."""
    yield recording_page
    assert not recording_page.context.uncaught, recording_page.context.uncaught


# ---------------------------------------------------- the Content-Security-Policy
CSP_LISTEN = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(
    `${event.violatedDirective} blocked ${event.blockedURI || "inline"} in ${event.sourceFile}:${event.lineNumber}`
  );
});
"""


@pytest.fixture
def csp_context(open_recording_context):
    """A recording context at desktop width whose pages collect CSP violations, from before any
    page script runs, in window.__cspViolations."""
    context = open_recording_context(viewport={"width": 1400, "height": 900})
    context.add_init_script(CSP_LISTEN)
    return context


@pytest.fixture
def csp_page(csp_context):
    return csp_context.new_page()


# ---------------------------------------------------- printing
@pytest.fixture(scope="module")
def print_context(browser):
    """One context for a module's printouts; it bypasses the CSP because print tests inject
    their own marker styles."""
    context = browser.new_context(bypass_csp=True)
    yield context
    context.close()


# ---------------------------------------------------- Exit this page
@pytest.fixture
def open_exit_test_page(site_url):
    """open_exit_test_page(context, path=a long handbook page): a new page in the context,
    opened from about:blank, so that Back after leaving shows whether the handbook stayed in
    the tab's history."""

    def open_page(context, path: str = EXIT_TEST_PAGE):
        page = context.new_page()
        page.goto("about:blank")
        page.goto(site_url + path)
        return page

    return open_page


@pytest.fixture
def exit_context(open_recording_context):
    """A recording context in which the neutral site is answered locally."""
    context = open_recording_context()
    answer_the_neutral_site(context)
    return context


@pytest.fixture
def exit_page(exit_context, open_exit_test_page):
    """A long handbook page in exit_context, opened from about:blank."""
    return open_exit_test_page(exit_context)


@pytest.fixture
def exit_phone(open_recording_context, open_exit_test_page):
    """The same page on a phone (375 by 667 CSS px, touch), the neutral site answered locally."""
    context = open_recording_context(viewport=PHONE, is_mobile=True, has_touch=True)
    answer_the_neutral_site(context)
    return open_exit_test_page(context)


# ---------------------------------------------------- a server that can break on purpose
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
def faulty_server(built_site: Path) -> Iterator[FaultyServer]:
    """The built site from a server of this test's own, whose faults reach no other test."""
    serving = FaultyServer(built_site)
    yield serving
    serving.close()


def _build_with_icpc_in(authority: str, days: int, site: Path, work: Path) -> None:
    """The site built from a copy of the repository whose `authority` ICPC rule says `days`
    working days instead of 15."""
    copy = work / "repo"
    bench_scale.copy_repository(copy)
    rules = copy / "calculators" / "data" / "authorities" / authority / "deadlines.toml"
    text = rules.read_text("utf-8")
    block = re.search(r'id = "icpc"\n(?:.+\n)*?period = "15 working days"', text)
    assert block, f"the ICPC rule of {authority} was not found"
    changed = block.group(0).replace('"15 working days"', f'"{days} working days"')
    rules.write_text(text.replace(block.group(0), changed), "utf-8")
    build_copy(copy, site)


@pytest.fixture(scope="module")
def site_with_icpc_in_10_working_days(tmp_path_factory, icpc_15_working_days_authority) -> Path:
    """The site built again with icpc_15_working_days_authority's ICPC changed to 10 working
    days: a new build with new rules, as deployed while a user was away."""
    work = tmp_path_factory.mktemp("changed")
    site = work / "site"
    _build_with_icpc_in(icpc_15_working_days_authority, 10, site, work)
    assert json.loads((site / "assets/runtime/runtime.json").read_text("utf-8"))
    return site


@pytest.fixture
def swappable_server(built_site: Path, tmp_path: Path) -> Iterator[tuple[FaultyServer, Path]]:
    """(server, live): a FaultyServer serving the folder the symlink `live` points to, at first
    the built site; point `live` at another build to deploy it."""
    live = tmp_path / "live"
    live.symlink_to(built_site, target_is_directory=True)
    serving = FaultyServer(live)
    yield serving, live
    serving.close()


# ---------------------------------------------------- authorities chosen by property
# Generic tests never name an authority: they ask for one whose pack has what the test needs,
# and work out what to expect from the pack or the inputs. Tests of one authority's own rules,
# worked out by hand, are in tests/browser/authorities/test_<id>.py.
@pytest.fixture(scope="session")
def local_authority() -> str:
    """Any local authority (the first pack after the national baseline)."""
    return next(iter(local_packs()))


@pytest.fixture(scope="session")
def another_local_authority(local_authority) -> str:
    """A local authority other than local_authority (the last pack)."""
    other = list(local_packs())[-1]
    assert other != local_authority, "the tests need two local authorities"
    return other


@pytest.fixture(scope="session")
def icpc_15_working_days_authority() -> str:
    """An authority whose ICPC is due 15 working days after the strategy discussion: from
    Friday 18 December 2026 that is Wednesday 13 January 2027 (browser_helpers)."""
    return pick("an ICPC 15 working days after the strategy discussion", icpc_in_15_working_days)


@pytest.fixture(scope="session")
def quorum_authority() -> str:
    """An authority whose pack has a quorum table."""
    return pick("a quorum table", lambda _id, pack: "quorum" in pack)


@pytest.fixture(scope="session")
def authority_without_quorum() -> str:
    """A local authority whose pack has no quorum table."""
    return pick("no quorum table", lambda _id, pack: "quorum" not in pack)


@pytest.fixture(scope="session")
def attendance_authority() -> str:
    """An authority whose pack has an attendance table."""
    return pick("an attendance table", lambda _id, pack: "attendance" in pack)


@pytest.fixture(scope="session")
def presumption_authority() -> tuple[str, int]:
    """(id, age): an authority whose attendance table has a presumption age, the age from
    which a child is offered the chance to attend (below it, not expected)."""
    found = pick(
        "an attendance presumption age",
        lambda _id, pack: "presumption_age" in pack.get("attendance", {}),
    )
    return found, load("attendance")[found]["presumption_age"]


@pytest.fixture(scope="session")
def pre_birth_timeline_authority() -> str:
    """An authority whose ICPC is 15 working days after the strategy discussion and whose only
    deadlines from the strategy discussion or the expected date of delivery (edd) are the ICPC,
    the start of the pre-birth assessment and the pre-birth conference."""

    def fits(pack_id: str, pack: dict) -> bool:
        counted = {
            found["id"]
            for found in pack["deadlines"]["rule"]
            if found.get("from") in ("strategy_discussion", "edd")
        }
        return icpc_in_15_working_days(pack_id, pack) and counted == {
            "icpc",
            "pre-birth-assessment-start",
            "pre-birth-conference",
        }

    return pick("an ICPC in 15 working days and two deadlines from the edd", fits)


@pytest.fixture(scope="session")
def practice_authority() -> str:
    """An authority whose practice set (seed t2, level christmas-easter) starts with two date
    questions."""
    return pick(
        "a practice set starting with two dates",
        lambda pack_id, _pack: (
            [c["ask"]["type"] for c in cases("t2", "christmas-easter", pack_id)][:2]
            == ["date", "date"]
        ),
    )


@pytest.fixture
def calculator_with_results(
    request, icpc_15_working_days_authority, quorum_authority, presumption_authority
) -> str:
    """The path of a calculator opened by a link that gives results, for each calculator."""
    return {
        "deadlines": DEADLINES + f"#authority={icpc_15_working_days_authority}"
        f"&strategy_discussion={STRATEGY_DISCUSSION}&edd=2027-06-01",
        "quorum": QUORUM + f"#authority={quorum_authority}&conference_type=review"
        "&attendee=childrens-social-care",
        "attendance": ATTENDANCE + f"#authority={presumption_authority[0]}&age=14",
    }[request.param]


@pytest.fixture(scope="session")
def typed_birthday(presumption_authority) -> dict[str, str]:
    """Attendance inputs in presumption_authority for a child who turns its presumption age on
    the day of the conference (offered the chance to attend) and is a year younger the day
    before (not expected): see browser_helpers.birthday_at."""
    return birthday_at(*presumption_authority)


def pytest_generate_tests(metafunc):
    """A test asking for each_local_authority runs once for every local authority pack."""
    if "each_local_authority" in metafunc.fixturenames:
        metafunc.parametrize("each_local_authority", list(local_packs()))
