"""Shared fixtures for browser tests: the built site, a local server and Debian's Chromium.

The site is built once per test session with ``mkdocs build --strict`` and served from a
thread on 127.0.0.1 on a free port. Chromium is Debian's (``/usr/bin/chromium``), driven by
Playwright for Python; Playwright's own browser downloads are not used.
"""

from __future__ import annotations

import functools
import http.server
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
