"""MkDocs hook: puts the calculators in the browser, self-hosted.

Before the build it makes the calculators wheel (python -m build, no network needed: the
package is pure Python). After the build it copies into site/assets/runtime/:

- the Pyodide core from the npm package `pyodide` (node_modules/pyodide, pinned in
  package-lock.json): pyodide.mjs, pyodide.asm.mjs, pyodide.asm.wasm, python_stdlib.zip and its
  pyodide-lock.json;
- the calculators wheel, which the worker installs with pyodide.loadPackage(url);
- runtime.json, telling the worker the wheel's file name and each deadline's handbook page;

and writes site/sw.js, a service worker that precaches the calculator pages and the runtime
so that after one visit they work with the network off.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

from calculators.handbook import handbook_pages

REPO = Path(__file__).resolve().parent.parent
PYODIDE = REPO / "node_modules" / "pyodide"
PYODIDE_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
)
WHEELS = REPO / "build" / "wheel"
SOURCES = [
    REPO / "pyproject.toml",
    *sorted((REPO / "calculators").rglob("*.py")),
    *sorted((REPO / "calculators" / "data").rglob("*.toml")),
]
# What a calculator page needs to work offline, as globs under the built site.
PRECACHE = (
    "calculators/*/index.html",
    "assets/stylesheets/*.css",
    "assets/javascripts/bundle.*.js",
    "assets/images/favicon.png",
    "stylesheets/*.css",
    "javascripts/**/*.js",
    "assets/runtime/**/*",
)


def wheel() -> Path:
    """The browser's calculators wheel, rebuilt when any source file is newer than it.

    It is built from a copy of the package in which every data table also has a JSON twin
    (calculators.data.load prefers it): the same data, parsed far faster in the browser.
    """
    built = sorted(WHEELS.glob("*.whl"))
    newest = max(path.stat().st_mtime for path in SOURCES)
    if len(built) == 1 and built[0].stat().st_mtime >= newest:
        return built[0]
    shutil.rmtree(WHEELS, ignore_errors=True)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp)
        shutil.copy2(REPO / "pyproject.toml", copy)
        shutil.copy2(REPO / "README.md", copy)
        shutil.copytree(
            REPO / "calculators", copy / "calculators", ignore=shutil.ignore_patterns("__pycache__")
        )
        add_json_twins(copy / "calculators" / "data")
        subprocess.run(
            [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(WHEELS)],
            cwd=copy,
            check=True,
            capture_output=True,
        )
    (built,) = WHEELS.glob("*.whl")
    return built


def add_json_twins(data: Path) -> None:
    """NAME.json beside each NAME.toml table, holding exactly what the TOML parses to."""
    for table in data.glob("*.toml"):
        parsed = tomllib.loads(table.read_text("utf-8"))
        table.with_suffix(".json").write_text(json.dumps(parsed, ensure_ascii=False), "utf-8")


def on_pre_build(config):  # the signature MkDocs calls
    missing = [name for name in PYODIDE_FILES if not (PYODIDE / name).exists()]
    if missing:
        raise SystemExit(
            f"Pyodide is missing from {PYODIDE} ({', '.join(missing)}): run `npm ci` "
            "(scripts/serve and scripts/test do this for you)."
        )
    wheel()


def on_post_build(config):  # the signature MkDocs calls
    site = Path(config["site_dir"])
    runtime = site / "assets" / "runtime"
    (runtime / "pyodide").mkdir(parents=True, exist_ok=True)
    for name in PYODIDE_FILES:
        shutil.copy2(PYODIDE / name, runtime / "pyodide" / name)
    built = wheel()
    shutil.copy2(built, runtime / built.name)
    pyodide_version = json.loads((PYODIDE / "package.json").read_text("utf-8"))["version"]
    (runtime / "runtime.json").write_text(
        json.dumps(
            {
                "pyodide": pyodide_version,
                "wheel": built.name,
                "handbook": handbook_pages(),
            },
            indent=2,
        ),
        "utf-8",
    )
    write_service_worker(site)


def write_service_worker(site: Path) -> None:
    files = sorted({path for pattern in PRECACHE for path in site.glob(pattern) if path.is_file()})
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.relative_to(site).as_posix().encode())
        digest.update(path.read_bytes())
    urls = [_url(path.relative_to(site).as_posix()) for path in files]
    template = (REPO / "scripts" / "sw.template.js").read_text("utf-8")
    script = template.replace("__VERSION__", digest.hexdigest()[:16]).replace(
        "__PRECACHE__", json.dumps(urls, indent=2)
    )
    (site / "sw.js").write_text(script, "utf-8")


def _url(relative: str) -> str:
    """Site-relative URL as the browser asks for it: pages by their folder."""
    return relative.removesuffix("index.html")
