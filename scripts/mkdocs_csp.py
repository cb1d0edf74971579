"""MkDocs hook: a Content-Security-Policy and a no-referrer policy on every page.

A static host may send no headers of its own, so both are <meta> elements, put at the top of
<head> before any script (a policy only governs what comes after it). The policy lets nothing
from another origin in, and runs no inline script but those the build has seen:

- script-src: the site's own files, and each inline <script> the theme writes (Material's small
  helpers, the calculator page's worker start) allowed by its sha256 hash. Material's instant
  navigation keeps the first page's policy for the whole visit and re-runs the inline scripts of
  each page it brings in, so every page allows the inline scripts of every page: each page's
  hashes are gathered as it is written and the site-wide set is filled in after the build.
  'wasm-unsafe-eval' lets Pyodide compile WebAssembly; nothing uses eval.
- style-src 'self' without 'unsafe-inline': the pages carry no inline styles (the theme changes
  styles from script, through the style property, which a policy does not restrict).
- img-src also allows data: URLs: Material draws its icons with SVG data URLs in its stylesheet.
- frame-ancestors cannot be set from a <meta> element (browsers ignore it there); a host that
  can send headers should send `Content-Security-Policy: frame-ancestors 'none'`.

Links to other sites also get rel="noreferrer", with the same aim as the referrer policy.
"""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

PLACEHOLDER = "'cpc-inline-script-hashes'"
EXECUTABLE_TYPES = {"", "text/javascript", "application/javascript", "module"}


def policy(script_hashes: str = PLACEHOLDER) -> str:
    """The policy, with script_hashes (space-separated 'sha256-...' sources) for inline scripts."""
    directives = {
        "default-src": "'self'",
        "script-src": f"'self' 'wasm-unsafe-eval' {script_hashes}".strip(),
        "style-src": "'self'",
        "img-src": "'self' data:",
        "font-src": "'self'",
        "connect-src": "'self'",
        "worker-src": "'self'",
        "manifest-src": "'self'",
        "frame-src": "'none'",
        "object-src": "'none'",
        "base-uri": "'self'",
        "form-action": "'self'",
    }
    return "; ".join(f"{name} {value}" for name, value in directives.items())


class _InlineScripts(HTMLParser):
    """Collects the text of each inline script a browser would run."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.bodies: list[str] = []
        self._current: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "script":
            return
        named = {name: value or "" for name, value in attrs}
        runs = named.get("type", "").strip().lower() in EXECUTABLE_TYPES
        self._current = [] if runs and "src" not in named else None

    def handle_data(self, data: str) -> None:
        if self._current is not None:
            self._current.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._current is not None:
            self.bodies.append("".join(self._current))
            self._current = None


def inline_scripts(html: str) -> list[str]:
    """The text of every inline script in html that a browser would run, in order."""
    parser = _InlineScripts()
    parser.feed(html)
    parser.close()
    return parser.bodies


def script_hash(body: str) -> str:
    """A CSP hash source for an inline script's text: 'sha256-<base64>'."""
    digest = hashlib.sha256(body.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def page_hashes(html: str) -> set[str]:
    return {script_hash(body) for body in inline_scripts(html)}


_HEAD = re.compile(r"<head\b[^>]*>", re.IGNORECASE)
_CHARSET = re.compile(r"<meta\s+charset=[^>]*>", re.IGNORECASE)


def add_policy(html: str, script_hashes: str = PLACEHOLDER) -> str:
    """html with the policy and the referrer policy first in <head> (after its charset)."""
    metas = (
        f'<meta http-equiv="Content-Security-Policy" content="{policy(script_hashes)}">'
        '<meta name="referrer" content="no-referrer">'
    )
    head = _HEAD.search(html)
    if head is None:
        raise ValueError("the page has no <head>")
    charset = _CHARSET.match(html, _skip_space(html, head.end()))
    at = charset.end() if charset else head.end()
    return html[:at] + metas + html[at:]


def _skip_space(html: str, at: int) -> int:
    while at < len(html) and html[at].isspace():
        at += 1
    return at


_EXTERNAL_LINK = re.compile(r"<a\s[^>]*\bhref=\"https?://[^>]*>", re.IGNORECASE)
_REL = re.compile(r"\brel=\"([^\"]*)\"", re.IGNORECASE)


def no_referrer_links(html: str) -> str:
    """Every link to another site gets rel="noreferrer" (kept with the rel values it had)."""

    def fix(match: re.Match[str]) -> str:
        tag = match.group(0)
        rel = _REL.search(tag)
        if rel is None:
            return tag[:-1] + ' rel="noreferrer">'
        values = rel.group(1).split()
        if "noreferrer" in values:
            return tag
        return tag[: rel.start(1)] + " ".join([*values, "noreferrer"]) + tag[rel.end(1) :]

    return _EXTERNAL_LINK.sub(fix, html)


def fill_hashes(html: str, hashes: set[str]) -> str:
    return html.replace(PLACEHOLDER, " ".join(sorted(hashes)))


# The inline scripts of every page written in this build.
_seen: set[str] = set()


def _secure(html: str) -> str:
    _seen.update(page_hashes(html))
    return no_referrer_links(add_policy(html))


def on_pre_build(config):  # the signature MkDocs calls
    _seen.clear()


def on_post_page(output, page, config):  # the signature MkDocs calls
    return _secure(output)


def on_post_template(output_content, template_name, config):  # the signature MkDocs calls
    # Static templates: 404.html (sitemap.xml is not HTML).
    return _secure(output_content) if template_name.endswith(".html") else output_content


def on_post_build(config):  # the signature MkDocs calls
    for path in Path(config["site_dir"]).rglob("*.html"):
        html = path.read_text("utf-8")
        if PLACEHOLDER in html:
            path.write_text(fill_hashes(html, _seen), "utf-8")
