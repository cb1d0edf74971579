"""Smoke test of the built site in a real browser: local-only requests, no errors, WCAG AA."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser

SITE_NAME = "Child protection conference handbook"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]
PAGES = [
    "",
    "about/",
    "handbook/reports/",
    "handbook/membership-and-quorum/",
    "compare/timescales/",
    "compare/quorum/",
    "authorities/{local}/",
    "sources/",
    "glossary/",
]

AXE_RUN = """async (tags) => {
  const result = await axe.run(document, {runOnly: {type: 'tag', values: tags}});
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
}"""


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p or "home")
def test_page_is_local_error_free_and_accessible(
    browser, site_url: str, axe_script: Path, path: str, local_authority: str
) -> None:
    path = path.format(local=local_authority)
    context = browser.new_context()
    requests: list[str] = []
    console_errors: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    page.on(
        "console",
        lambda msg: console_errors.append(msg.text) if msg.type == "error" else None,
    )
    page.on("pageerror", lambda exc: console_errors.append(f"uncaught: {exc}"))
    try:
        page.goto(site_url + path, wait_until="networkidle")

        # (a) The page title names the site.
        assert SITE_NAME in page.title()

        # (b) Nothing is fetched from anywhere but the local server. data: and blob: URLs
        # never leave the browser; a blob: URL carries the origin that created it.
        local = _origin(site_url)
        foreign = []
        for url in requests:
            if url.startswith("data:"):
                continue
            origin = _origin(url.removeprefix("blob:"))
            if origin != local:
                foreign.append(url)
        assert not foreign, f"requests to other origins: {foreign}"

        # (c) No console errors.
        assert not console_errors, f"console errors: {console_errors}"

        # (d) axe-core finds no WCAG 2.2 A/AA violations.
        page.evaluate(axe_script.read_text("utf-8"))
        violations = page.evaluate(AXE_RUN, AXE_TAGS)
        report = "\n".join(
            f"- {v['id']} ({v['impact']}): {v['help']}\n"
            + "\n".join(f"    {target}" for target in v["targets"])
            for v in violations
        )
        assert not violations, f"axe-core violations on /{path}:\n{report}"
    finally:
        context.close()
