"""The Content-Security-Policy hook (scripts/mkdocs_csp.py): hashing inline scripts, placing the
policy, and the built site as a whole.

The expected hashes are published SHA-256 test values (FIPS 180-2): SHA-256 of the empty string
is e3b0c442...b855, of "abc" ba7816bf...15ad; base64 of those 32 bytes is what CSP wants.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("mkdocs_csp", REPO / "scripts" / "mkdocs_csp.py")
csp = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(csp)

EMPTY = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"
ABC = "'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='"

SAMPLE = """<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>Sample</title>
    <script>abc</script>
    <script src="assets/bundle.js"></script>
    <script id="__config" type="application/json">{"base": "."}</script>
    <script type="text/plain" data-src="later.js"></script>
  </head>
  <body>
    <script type="module">abc</script><script></script>
    <a href="https://example.org/" target="_blank" rel="noopener">Elsewhere</a>
    <a href="https://example.net/">Also elsewhere</a>
    <a href="../timing/">Here</a>
  </body>
</html>
"""


def test_known_sha256_values():
    assert csp.script_hash("") == EMPTY
    assert csp.script_hash("abc") == ABC


def test_only_inline_scripts_a_browser_runs_are_hashed():
    # Scripts with src are covered by 'self'; JSON and text/plain blocks never run.
    assert csp.inline_scripts(SAMPLE) == ["abc", "abc", ""]
    assert csp.page_hashes(SAMPLE) == {ABC, EMPTY}


def test_the_hash_covers_the_script_text_exactly():
    # Whitespace and character references are part of the text the browser hashes.
    html = "<head><script>\n  a &amp;&amp; b\n</script></head>"
    assert csp.inline_scripts(html) == ["\n  a &amp;&amp; b\n"]
    assert csp.script_hash("\n  a &amp;&amp; b\n") != csp.script_hash("a && b")


def test_the_policy_comes_first_in_the_head_after_the_charset():
    html = csp.add_policy(SAMPLE, ABC)
    head = html[html.index("<head>") : html.index("</head>")]
    charset = head.index('<meta charset="utf-8">')
    policy = head.index('<meta http-equiv="Content-Security-Policy"')
    referrer = head.index('<meta name="referrer" content="no-referrer">')
    assert charset < policy < referrer < head.index("<script")
    assert f"script-src 'self' 'wasm-unsafe-eval' {ABC};" in html


def test_without_a_charset_the_policy_opens_the_head():
    html = csp.add_policy("<html><head><script>abc</script></head></html>", ABC)
    assert html.startswith('<html><head><meta http-equiv="Content-Security-Policy"')


def test_a_page_without_a_head_is_an_error():
    with pytest.raises(ValueError, match="no <head>"):
        csp.add_policy("<p>no head</p>")


def test_the_policy_allows_nothing_from_elsewhere_and_no_inline_code_unhashed():
    directives = dict(part.split(" ", 1) for part in csp.policy(ABC).split("; "))
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == f"'self' 'wasm-unsafe-eval' {ABC}"
    assert directives["style-src"] == "'self'"
    assert directives["object-src"] == "'none'"
    assert directives["base-uri"] == "'self'"
    assert directives["form-action"] == "'self'"
    for name, value in directives.items():
        assert "unsafe-inline" not in value and "'unsafe-eval'" not in value, name
        assert "http" not in value and "*" not in value, name


def test_links_to_other_sites_get_noreferrer():
    html = csp.no_referrer_links(SAMPLE)
    assert '<a href="https://example.org/" target="_blank" rel="noopener noreferrer">' in html
    assert '<a href="https://example.net/" rel="noreferrer">' in html
    assert '<a href="../timing/">' in html
    assert csp.no_referrer_links(html) == html


def test_every_page_allows_the_inline_scripts_of_every_page():
    # Material's instant navigation keeps the first page's policy and runs the next page's
    # inline scripts under it.
    csp.on_pre_build({})
    first = csp.on_post_page(SAMPLE, None, {})
    csp.on_post_page("<head></head><script>other</script>", None, {})
    filled = csp.fill_hashes(first, csp._seen)
    assert csp.script_hash("other") in filled and ABC in filled
    assert csp.PLACEHOLDER not in filled


# ------------------------------------------------------------------ the built site


def built_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_every_built_page_carries_the_policy_before_any_script(built_site):
    pages = built_pages(built_site)
    assert len(pages) > 40
    for page in pages:
        html = page.read_text("utf-8")
        head = html[: html.index("</head>")]
        where = f"{page.relative_to(built_site)}"
        assert head.count('http-equiv="Content-Security-Policy"') == 1, where
        assert head.index("Content-Security-Policy") < head.index("<script"), where
        assert '<meta name="referrer" content="no-referrer">' in head, where
        assert csp.PLACEHOLDER not in html, where
        policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html)
        script_src = next(d for d in policy.group(1).split("; ") if d.startswith("script-src"))
        for body in csp.inline_scripts(html):
            assert csp.script_hash(body) in script_src, (where, body[:60])


def test_no_built_page_has_inline_styles_or_event_handlers(built_site):
    # style-src has no 'unsafe-inline' and scripts run only from files or hashes.
    for page in built_pages(built_site):
        html = page.read_text("utf-8")
        assert not re.search(r"<style[\s>]", html), page
        assert not re.search(r"\sstyle=\"", html), page
        assert not re.search(r"\son[a-z]+=\"", html), page
        assert "javascript:" not in html, page
