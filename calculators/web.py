"""What the browser's worker calls: calculators.run, plus the text and calendar forms of its
result, in one JSON round trip (the worker passes strings, not Python objects)."""

from __future__ import annotations

import datetime as dt
import json

from . import run


def respond(request_json: str) -> str:
    """{"name", "payload", "want": ["text", "ics"], "stamp"?, "ask"?}
    -> {"result", "text"?, "ics"?, "answer"?, "explanation"?}.

    With "ask" (a training question, see calculators/training.py) the response also carries the
    correct answer and why, so the browser only compares the learner's answer with it.
    """
    request = json.loads(request_json)
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

            stamp = dt.datetime.fromisoformat(request["stamp"]) if "stamp" in request else None
            response["ics"] = calendar(result, stamp or dt.datetime.now(dt.UTC))
        if "ask" in request:
            from .training import answer_for, explain

            response["answer"] = answer_for(result, request["ask"])
            response["explanation"] = explain(name, result, request["ask"])
    return json.dumps(response, ensure_ascii=False)
