"""MkDocs hook: self-hosts the parts of GOV.UK Frontend the site uses, copied at build time.

The Exit this page button is GOV.UK Frontend's own component (npm package `govuk-frontend`,
pinned exactly in package-lock.json) rather than a copy written by hand: its keyboard shortcut,
announcements and overlay are tested by GOV.UK with users who need them. It fits beside Material
for MkDocs because only two components are taken and their styles are all `govuk-` classes:

- JavaScript: the ES modules that ExitThisPage and Button import, followed from those two files,
  copied under javascripts/govuk-frontend/ with their `.mjs` names (and the specifiers that name
  them) changed to `.js` so that every static host serves them as JavaScript and the calculators'
  service worker, which precaches javascripts/**/*.js, keeps the button working offline. Source
  map comments are dropped (the maps are not copied).
- CSS: scripts/govuk-frontend.scss compiled with Sass (npm `sass`, pinned) into
  stylesheets/govuk-frontend.css: the component, the Button and the visually hidden helper, no
  fonts, no global styles.

Nothing is committed: a new version is a change to package.json and package-lock.json only.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
from pathlib import Path, PurePosixPath

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "node_modules" / "govuk-frontend"
DIST = PACKAGE / "dist"
SASS = REPO / "node_modules" / "sass" / "sass.js"
SCSS = REPO / "scripts" / "govuk-frontend.scss"
CACHE = REPO / "build" / "govuk-frontend"

# The two components the site uses; everything they import comes along.
ENTRIES = ("components/exit-this-page/exit-this-page.mjs", "components/button/button.mjs")
JS_DIR = "javascripts/govuk-frontend"
CSS_FILE = "stylesheets/govuk-frontend.css"

# Real import/export statements start a line; JSDoc's "* @import ... from" lines do not.
_FROM = re.compile(r"^(?:import|export)\b[^;]*?\bfrom\s*'([^']+)'", re.MULTILINE)
_SOURCE_MAP = re.compile(r"^//# sourceMappingURL=.*\n?", re.MULTILINE)


def module_graph(root: Path, entries: tuple[str, ...]) -> list[str]:
    """Paths (relative to root) of the entry modules and every module they import, sorted."""
    seen: set[str] = set()
    todo = list(entries)
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        folder = PurePosixPath(path).parent
        for spec in _FROM.findall((root / path).read_text("utf-8")):
            if not spec.startswith("."):
                raise PluginError(f"GOV.UK Frontend: {path} imports {spec!r}, not a relative file")
            todo.append(_normalise(folder / spec))
    return sorted(seen)


def _normalise(path: PurePosixPath) -> str:
    parts: list[str] = []
    for part in path.parts:
        if part == "..":
            parts.pop()
        elif part != ".":
            parts.append(part)
    return "/".join(parts)


def as_served(source: str) -> str:
    """A module's text as the site serves it: `.mjs` imports renamed `.js`, no source map."""
    source = _FROM.sub(lambda m: m.group(0).replace(m.group(1), _js(m.group(1))), source)
    return _SOURCE_MAP.sub("", source)


def _js(path: str) -> str:
    return path.removesuffix(".mjs") + ".js"


def version() -> str:
    return json.loads((PACKAGE / "package.json").read_text("utf-8"))["version"]


def compiled_css() -> str:
    """scripts/govuk-frontend.scss compiled, cached under build/ until an input changes."""
    key = hashlib.sha256()
    for path in (SCSS, PACKAGE / "package.json", SASS.parent / "package.json"):
        key.update(path.read_bytes())
    cached = CACHE / f"{key.hexdigest()[:16]}.css"
    if cached.exists():
        return cached.read_text("utf-8")
    result = subprocess.run(
        [
            "node",
            str(SASS),
            "--no-source-map",
            "--style=compressed",
            f"--load-path={DIST}",
            str(SCSS),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise PluginError(f"Compiling {SCSS.name} failed:\n{result.stderr}")
    # Sass marks non-ASCII output (the helper's no-break spaces) with a byte-order mark; the
    # site's copy, which starts with a comment, names its encoding with @charset instead.
    css = result.stdout.lstrip("\ufeff")
    CACHE.mkdir(parents=True, exist_ok=True)
    for old in CACHE.glob("*.css"):
        old.unlink()
    cached.write_text(css, "utf-8")
    return css


def on_files(files, config):  # the signature MkDocs calls
    missing = [path for path in (PACKAGE, SASS) if not path.exists()]
    if missing:
        raise PluginError(
            f"{', '.join(map(str, missing))} missing: run `npm ci` "
            "(scripts/serve and scripts/test do this for you)."
        )
    root = DIST / "govuk"
    for path in module_graph(root, ENTRIES):
        content = as_served((root / path).read_text("utf-8"))
        files.append(File.generated(config, f"{JS_DIR}/{_js(path)}", content=content))
    css = f'@charset "UTF-8";\n/* GOV.UK Frontend {version()}, MIT licence */\n{compiled_css()}'
    files.append(File.generated(config, CSS_FILE, content=css))
    return files
