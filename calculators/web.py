"""What the browser's worker calls: calculators.run, plus the text and calendar forms of its
result, in one JSON round trip (the worker passes strings, not Python objects)."""

from __future__ import annotations

import datetime as dt
import json

from . import run
from .errors import InputError, parse_json


def respond(request_json: str) -> str:
    """{"name", "payload", "want": ["text", "ics"], "stamp"?, "ask"?}
    -> {"result", "text"?, "ics"?, "answer"?, "explanation"?}.

    With "ask" (a training question, see calculators/training.py) the response also carries the
    correct answer and why, so the browser only compares the learner's answer with it.
    """
    parsed = parse_json(request_json, "request")
    request = parsed.get("payload")
    problem = _check(request) if "errors" not in parsed else None
    if "errors" in parsed or problem:
        result = parsed if problem is None else InputError([problem]).as_result()
        return json.dumps({"result": result}, ensure_ascii=False)
    name = request["name"]
    result = run(name, request["payload"])
    response: dict = {"result": result}
    if "errors" not in result:
        want = request.get("want", [])
        # Imported when first asked for, to keep the browser's first result quick.
        if "text" in want:
            from .text import render

            response["text"] = render(name, result)
        if "ics" in want and name == "deadlines":
            from .ics import calendar

            stamp = _stamp(request.get("stamp"))
            response["ics"] = calendar(result, stamp or dt.datetime.now(dt.UTC))
        if "ask" in request:
            from .training import answer_for, explain

            response["answer"] = answer_for(result, request["ask"])
            response["explanation"] = explain(name, result, request["ask"])
    return json.dumps(response, ensure_ascii=False)


def _check(request: object) -> tuple[str, str] | None:
    """(field, problem) if the request itself (not its payload) is malformed."""
    if not isinstance(request, dict):
        return ("request", 'must be a JSON object: {"name": ..., "payload": ...}')
    if not isinstance(request.get("name"), str):
        return ("name", "must name a calculator: deadlines, quorum or attendance")
    if "payload" not in request:
        return ("payload", "is missing")
    want = request.get("want", [])
    if not isinstance(want, list) or not all(isinstance(w, str) for w in want):
        return ("want", 'must be a list such as ["text", "ics"]')
    if "stamp" in request and _stamp(request["stamp"]) is None:
        return ("stamp", "must be a date and time written as ISO 8601")
    return None


def _stamp(value: object) -> dt.datetime | None:
    """The time an export is made, from ISO 8601 text, or None."""
    if not isinstance(value, str):
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        return None
