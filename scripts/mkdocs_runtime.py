"""MkDocs hook: puts the calculators in the browser, self-hosted, and the whole site offline.

Before the build it makes the calculators wheel (python -m build, no network needed: the
package is pure Python). After the build it writes into site/assets/runtime/:

- the Pyodide core from the npm package `pyodide` (node_modules/pyodide, pinned in
  package-lock.json) in a folder named for its version, pyodide/VERSION/;
- the calculators wheel, named for the rules version and build date (calculators-ID-DATE.whl, see
  calculators/version.py), which the worker unpacks;
- runtime.json: the rules version, where those two are, and each deadline's handbook page.

Every runtime file but runtime.json is content-addressed: a new build never reuses a name for
other bytes, so no cache anywhere can pair new pages with old rules. runtime.json is always
fetched afresh. Last it writes site/sw.js, the service worker (scripts/sw.template.js) that keeps
the whole site and the runtime for use with the network off.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

from mkdocs.exceptions import PluginError

from calculators.handbook import handbook_pages
from calculators.version import RulesVersion, for_build

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
# What the service worker keeps, as globs under the built site: every page and what pages use.
# Material's lunr language files are left out: the site's search is English only.
OFFLINE = (
    "**/*.html",
    "sitemap.xml",  # Material reads it for instant navigation
    "search/search_index.json",
    "assets/stylesheets/*.css",
    "assets/javascripts/bundle.*.js",
    "assets/javascripts/workers/search.*.js",
    "assets/images/favicon.png",
    "stylesheets/*.css",
    "javascripts/**/*.js",
    "assets/runtime/**/*",
)
# Files whose names change whenever their bytes do: a cached copy is never stale.
IMMUTABLE = (
    "assets/runtime/pyodide/*/*",
    "assets/runtime/calculators-*.whl",
    "assets/javascripts/bundle.*.js",
    "assets/javascripts/workers/search.*.js",
    "assets/stylesheets/*.*.min.css",
)


def wheel(version: RulesVersion) -> Path:
    """The browser's calculators wheel for this rules version, built once per version.

    It is built from a copy of the package in which every data table also has a JSON twin
    (calculators.data.load prefers it: the same data, parsed far faster in the browser) and the
    rules version is stamped in data/version.json.
    """
    target = WHEELS / f"calculators-{version['id']}-{version['date'].replace('-', '')}.whl"
    if target.exists():
        return target
    shutil.rmtree(WHEELS, ignore_errors=True)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp)
        shutil.copy2(REPO / "pyproject.toml", copy)
        shutil.copy2(REPO / "README.md", copy)
        shutil.copytree(
            REPO / "calculators", copy / "calculators", ignore=shutil.ignore_patterns("__pycache__")
        )
        add_json_twins(copy / "calculators" / "data")
        (copy / "calculators" / "data" / "version.json").write_text(json.dumps(version), "utf-8")
        out = copy / "dist"
        built = subprocess.run(
            [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out)],
            cwd=copy,
            capture_output=True,
            text=True,
            check=False,
        )
        if built.returncode != 0:
            raise PluginError(
                f"Building the calculators wheel failed:\n{built.stdout}\n{built.stderr}"
            )
        (made,) = out.glob("*.whl")
        WHEELS.mkdir(parents=True, exist_ok=True)
        shutil.copy2(made, target)
    return target


def add_json_twins(data: Path) -> None:
    """NAME.json beside each NAME.toml table, holding exactly what the TOML parses to."""
    for table in data.rglob("*.toml"):  # the shared tables and every authority pack's
        parsed = tomllib.loads(table.read_text("utf-8"))
        table.with_suffix(".json").write_text(json.dumps(parsed, ensure_ascii=False), "utf-8")


def on_pre_build(config):  # the signature MkDocs calls
    missing = [name for name in PYODIDE_FILES if not (PYODIDE / name).exists()]
    if missing:
        raise PluginError(
            f"Pyodide is missing from {PYODIDE} ({', '.join(missing)}): run `npm ci` "
            "(scripts/serve and scripts/test do this for you)."
        )
    check_packs()


def check_packs() -> None:
    """Every authority pack read and checked against its schema, in a fresh interpreter (so
    that `mkdocs serve` sees the packs as they are now): a problem stops the build with the
    file, key and problem, not a traceback."""
    checked = subprocess.run(
        [sys.executable, "-c", "from calculators.data import packs; packs()"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    if checked.returncode != 0:
        lines = checked.stderr.strip().splitlines() or ["(no message)"]
        problem = lines[-1].removeprefix("calculators.errors.PackError: ")
        raise PluginError(f"An authority pack has a problem: {problem}")


def on_post_build(config):  # the signature MkDocs calls
    site = Path(config["site_dir"])
    runtime = site / "assets" / "runtime"
    shutil.rmtree(runtime, ignore_errors=True)
    version = for_build()
    pyodide_version = json.loads((PYODIDE / "package.json").read_text("utf-8"))["version"]
    pyodide = runtime / "pyodide" / pyodide_version
    pyodide.mkdir(parents=True)
    for name in PYODIDE_FILES:
        shutil.copy2(PYODIDE / name, pyodide / name)
    built = wheel(version)
    shutil.copy2(built, runtime / built.name)
    (runtime / "runtime.json").write_text(
        json.dumps(
            {
                "rules_version": version["id"],
                "rules_built": version["date"],
                "pyodide": f"pyodide/{pyodide_version}/",
                "wheel": built.name,
                "handbook": handbook_pages(),
            },
            indent=2,
        ),
        "utf-8",
    )
    write_service_worker(site, version)


def write_service_worker(site: Path, version: RulesVersion) -> None:
    """site/sw.js: the template with this build's file lists. Its text changes with every build
    that changes any kept file, which is how browsers learn that there is a new build."""
    files = sorted({path for pattern in OFFLINE for path in site.glob(pattern) if path.is_file()})
    immutable = {path for pattern in IMMUTABLE for path in site.glob(pattern)}
    stamp = _fingerprint(site, [path for path in files if path not in immutable])
    lists = {
        "__BUILD__": json.dumps(f"{version['id']}-{stamp}"),
        "__IMMUTABLE__": json.dumps([_url(site, p) for p in files if p in immutable], indent=2),
        "__FRESH__": json.dumps([_url(site, p) for p in files if p not in immutable], indent=2),
    }
    script = (REPO / "scripts" / "sw.template.js").read_text("utf-8")
    for marker, value in lists.items():
        script = script.replace(marker, value)
    (site / "sw.js").write_text(script, "utf-8")


def _fingerprint(site: Path, files: list[Path]) -> str:
    import hashlib

    digest = hashlib.sha256()
    for path in files:
        digest.update(path.relative_to(site).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def _url(site: Path, path: Path) -> str:
    """Site-relative URL as the browser asks for it: pages by their folder."""
    return path.relative_to(site).as_posix().removesuffix("index.html")
