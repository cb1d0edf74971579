"""A site with many authorities (synthetic copies, as scripts/bench-scale makes them) builds
strictly, and its topic pages' tabs get the picker: the reader's own authority first."""

from __future__ import annotations

import functools
import http.server
import importlib.util
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

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


def test_topic_tabs_show_six_with_the_readers_own_first(browser, many_url):
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(many_url + "handbook/timing/")
        page.evaluate("localStorage.setItem('cpc-authority', 'barnsley-copy-1')")
        page.reload()
        page.locator(".cpc-picker").wait_for()
        labels = page.locator(".tabbed-labels label")
        assert labels.count() == 10
        visible = [
            t.strip() for t in page.locator(".tabbed-labels label:visible").all_inner_texts()
        ]
        assert len(visible) == 6
        assert "Barnsley 4" in visible  # the fourth copy made: the reader's own
        first = page.locator(".cpc-picker input[type=checkbox]").first
        assert first.get_attribute("value") == "barnsley-copy-1"
    finally:
        context.close()
