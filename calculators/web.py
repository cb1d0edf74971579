"""What the browser's worker calls: calculators.run, plus the text and calendar forms of its
result, in one JSON round trip (the worker passes strings, not Python objects)."""

from __future__ import annotations

import datetime as dt
import json

from . import run
from .errors import InputError, parse_json


def respond(request_json: str) -> str:
    """{"name", "payload", "want": ["text", "ics"], "today"?, "stamp"?, "ask"?}
    -> {"result", "text"?, "ics"?, "answer"?, "explanation"?}.

    "today" (YYYY-MM-DD) is the device's own date, which the text and calendar forms give as the
    day the result was worked out; without it, the payload's "today", else the date of "stamp"
    (the moment a calendar file is made, ISO 8601), else this Python's clock.

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
    if name == "practice":
        from .practice import respond as practice

        return json.dumps({"result": practice(request["payload"])}, ensure_ascii=False)
    result = run(name, request["payload"])
    response: dict = {"result": result}
    if "errors" not in result:
        want = request.get("want", [])
        # Imported when first asked for, to keep the browser's first result quick.
        stamp = _stamp(request.get("stamp"))
        on = _worked_out_on(request, stamp)
        if "text" in want:
            from .text import render

            response["text"] = render(name, result, on=on)
        if "ics" in want and name == "deadlines":
            from .ics import calendar

            response["ics"] = calendar(result, stamp or dt.datetime.now(dt.UTC), on=on)
        if "ask" in request:
            from .training import answer_for, explain

            response["answer"] = answer_for(result, request["ask"])
            response["explanation"] = explain(name, result, request["ask"])
    return json.dumps(response, ensure_ascii=False)


def _check(request: object) -> tuple[str, str] | None:
    """(field, problem) if the request itself (not its payload) is malformed."""
    if not isinstance(request, dict):
        return ("request", 'The request must be a JSON object: {"name": ..., "payload": ...}')
    if not isinstance(request.get("name"), str):
        return ("name", "The request must name a calculator: deadlines, quorum or attendance")
    if "payload" not in request:
        return ("payload", "The request has no payload: give the calculator's input as payload")
    want = request.get("want", [])
    if not isinstance(want, list) or not all(isinstance(w, str) for w in want):
        return ("want", 'What the request wants must be a list such as ["text", "ics"]')
    if "stamp" in request and _stamp(request["stamp"]) is None:
        return (
            "stamp",
            "The request's stamp must be a date and time written as ISO 8601, for example "
            "2027-01-13T09:30:00+00:00",
        )
    if "today" in request and _day(request["today"]) is None:
        return ("today", "The request's today must be a date written as YYYY-MM-DD")
    return None


def _worked_out_on(request: dict, stamp: dt.datetime | None) -> dt.date:
    """The day a result is worked out, as the device sees it (see respond)."""
    payload = request["payload"]
    for value in (
        request.get("today"),
        payload.get("today") if isinstance(payload, dict) else None,
    ):
        if (day := _day(value)) is not None:
            return day
    return stamp.date() if stamp else dt.date.today()


def _day(value: object) -> dt.date | None:
    """A date from YYYY-MM-DD text, or None."""
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _stamp(value: object) -> dt.datetime | None:
    """The time an export is made, from ISO 8601 text, or None."""
    if not isinstance(value, str):
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        return None
