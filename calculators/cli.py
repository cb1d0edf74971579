"""Command line: python -m calculators NAME [--input FILE] [--format json|text].

Reads the payload as JSON (standard input by default), prints the result, exits 0; on bad input
prints {"errors": [...]} and exits 2; when an authority pack's files have a problem, says which
file, key and problem on standard error and exits 3.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import TextIO

from . import CALCULATORS, run
from .errors import PackError, parse_json
from .text import render

EXIT_BAD_INPUT = 2
EXIT_BAD_PACK = 3


def main(
    argv: list[str] | None = None, stdin: TextIO | None = None, stdout: TextIO | None = None
) -> int:
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    parser = argparse.ArgumentParser(
        prog="python -m calculators",
        description="Child protection conference calculators. The payload is JSON.",
    )
    parser.add_argument("name", choices=list(CALCULATORS), help="which calculator to run")
    parser.add_argument(
        "--input", metavar="FILE", help="read the payload from FILE, not standard input"
    )
    parser.add_argument(
        "--format",
        choices=("json", "text"),
        default="json",
        help="json (default) or text for people",
    )
    args = parser.parse_args(argv)

    result = _load(args.input, stdin)
    try:
        if "errors" not in result:
            result = run(args.name, result["payload"])
        if "errors" in result or args.format == "json":
            text = json.dumps(result, indent=2, ensure_ascii=False) + "\n"
        else:
            # The text says when it was worked out: today, by this machine's clock.
            text = render(args.name, result, on=dt.date.today())
    except PackError as error:
        sys.stderr.write(f"The rules data has a problem, so nothing was worked out: {error}\n")
        return EXIT_BAD_PACK
    stdout.write(text)
    return EXIT_BAD_INPUT if "errors" in result else 0


def _load(path: str | None, stdin: TextIO) -> dict:
    """{"payload": ...} parsed from FILE or standard input, or an error result."""
    try:
        text = Path(path).read_text(encoding="utf-8") if path else stdin.read()
    except (OSError, UnicodeDecodeError) as error:
        where = path or "standard input"
        return _error(
            "--input", f"Cannot read {where}: {getattr(error, 'strerror', None) or error}"
        )
    return parse_json(text, "payload")


def _error(field: str, message: str) -> dict:
    return {"errors": [{"field": field, "message": message}]}
