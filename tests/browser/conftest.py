"""Shared fixtures for browser tests: the built site, a local server and Debian's Chromium.

The site is built once per test session with ``mkdocs build --strict`` and served from a
thread on 127.0.0.1 on a free port. Chromium is Debian's (``/usr/bin/chromium``), driven by
Playwright for Python; Playwright's own browser downloads are not used.
"""

from __future__ import annotations

import functools
import http.server
import importlib.util
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

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


SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "bench_scale.py"


def bench_scale():
    spec = importlib.util.spec_from_file_location("bench_scale", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def many_url(tmp_path_factory):
    """A site with ten local authorities, served on a free port."""
    repo = tmp_path_factory.mktemp("many")
    scale = bench_scale()
    scale.copy_repository(repo)
    assert scale.add_authorities(repo, 10) == 5
    site = repo / "site"
    built = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "--site-dir", str(site)],
        cwd=repo,
        env={**os.environ, "PYTHONPATH": str(repo), "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert built.returncode == 0, built.stderr

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
    """A page in a context of its own (test files that watch requests define their own)."""
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
