#!/usr/bin/env python3
"""How the site grows with the number of authorities.

Usage: .venv/bin/python scripts/bench_scale.py [N ...]      (default: 5 20 50)
       scripts/bench-scale [N ...]

For each N, copies the repository to a temporary folder, adds synthetic local authorities
until there are N (copies of the existing ones: their data under a new id and name, and their
prose folder docs/authorities/<id>/ with its markers pointing at the new id), builds the site
strictly and reports the build time, the site's size, the heaviest pages and the search
index's size. Nothing in the repository itself is changed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def copy_repository(target: Path) -> None:
    """The repository's files (tracked, and new ones git does not ignore) copied to `target`,
    with node_modules linked rather than copied."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    (target / "node_modules").symlink_to(ROOT / "node_modules")


def build(repo: Path, site: Path, python: str = sys.executable) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` of the copy at `repo` into `site`, reading the copy's own code
    and rules (PYTHONPATH), not the installed ones."""
    return subprocess.run(
        [python, "-m", "mkdocs", "build", "--strict", "-q", "--site-dir", str(site)],
        cwd=repo,
        env={**os.environ, "PYTHONPATH": str(repo), "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        check=False,
    )


def plan(local: list[str], count: int) -> list[tuple[str, str, int]]:
    """(new id, copied id, copy number) for each synthetic authority, round robin."""
    return [
        (f"{local[i % len(local)]}-copy-{i // len(local) + 1}", local[i % len(local)], i + 1)
        for i in range(max(0, count - len(local)))
    ]


def add_authorities(repo: Path, count: int) -> int:
    """Adds copies until there are `count` local authorities; returns how many were added."""
    packs = repo / "calculators" / "data" / "authorities"
    cards = {
        p.name: tomllib.loads((p / "authority.toml").read_text("utf-8")) for p in packs.iterdir()
    }
    local = [
        p
        for p, card in sorted(cards.items(), key=lambda i: i[1]["order"])
        if not card.get("baseline")
    ]
    copies = plan(local, count)
    for new, old, number in copies:
        # A pack is a folder: the copy is the folder under a new id, with a new name.
        shutil.copytree(packs / old, packs / new)
        card = packs / new / "authority.toml"
        text = card.read_text("utf-8")
        for key, value in (
            ("name", f"{cards[old]['name']} (copy {number})"),
            ("short", f"{cards[old]['short']} {number}"),
            ("order", str(100 + number)),
        ):
            text = re.sub(
                rf"^{key} = .*$",
                f"{key} = {value if key == 'order' else json.dumps(value)}",
                text,
                count=1,
                flags=re.M,
            )
        card.write_text(text, "utf-8")
    prose = repo / "docs" / "authorities"
    for new, old, _ in copies:
        if not (prose / old).is_dir():
            continue
        shutil.copytree(prose / old, prose / new)
        # The copy's markers and source links name the copy, not the authority it came from.
        marker = re.compile(
            rf"(\[\[[a-z]+ ){re.escape(old)}([ \]])|(sources\.md#){re.escape(old)}\b"
        )
        for page in (prose / new).glob("*.md"):
            text = page.read_text("utf-8")
            text = marker.sub(lambda m, n=new: (m[1] or m[3]) + n + (m[2] or ""), text)
            page.write_text(text, "utf-8")
    return len(copies)


def size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def measure(count: int, python: str) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as folder:
        repo = Path(folder)
        copy_repository(repo)
        added = add_authorities(repo, count)
        site = repo / "site"
        started = time.perf_counter()
        built = build(repo, site, python)
        seconds = time.perf_counter() - started
        if built.returncode != 0:
            sys.exit(f"The build with {count} authorities failed:\n{built.stderr}")
        pages = sorted(
            ((p.stat().st_size, str(p.relative_to(site))) for p in site.rglob("*.html")),
            reverse=True,
        )
        runtime = site / "assets" / "runtime"
        return {
            "authorities": count,
            "added": added,
            "build_seconds": round(seconds, 1),
            "site_bytes": size(site),
            "site_bytes_without_runtime": size(site) - size(runtime),
            "pages": len(pages),
            "largest_pages": pages[:5],
            "search_index_bytes": (site / "search" / "search_index.json").stat().st_size,
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("counts", nargs="*", type=int, default=[5, 20, 50])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    results = [measure(count, sys.executable) for count in args.counts]
    if args.json:
        print(json.dumps(results, indent=2))
        return
    for result in results:
        print(
            f"{result['authorities']:>3} authorities ({result['added']} synthetic): "
            f"build {result['build_seconds']} s, {result['pages']} pages, site "
            f"{result['site_bytes'] / 1e6:.1f} MB ({result['site_bytes_without_runtime'] / 1e6:.1f}"
            f" MB without the Python runtime), search index "
            f"{result['search_index_bytes'] / 1e3:.0f} kB"
        )
        for weight, page in result["largest_pages"]:
            print(f"      {weight / 1e3:>7.0f} kB  {page}")


if __name__ == "__main__":
    main()
