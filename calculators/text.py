"""Readable text for people at a terminal: --format text."""

from __future__ import annotations

import textwrap

from .dates import Date, long_date
from .version import describe

WIDTH = 88


def render(name: str, result: dict, on: Date | None = None) -> str:
    """The result as text for people (Copy as text, --format text): what it was worked out from,
    the answer, the rules version and, with `on`, the day it was worked out."""
    body = {"deadlines": _deadlines, "quorum": _quorum, "attendance": _attendance}[name](result)
    inputs = ["Worked out from:"] + [
        line for said in input_lines(result) for line in _wrap(said, "  ")
    ]
    footer = [version_line(result)] + ([worked_out_line(on)] if on else [])
    # The inputs follow the answer's first paragraph (the heading, or the verdict).
    head, _, rest = body.rstrip("\n").partition("\n\n")
    return "\n".join([head, "", *inputs, "", *([rest, ""] if rest else []), *footer]) + "\n"


def version_line(result: dict) -> str:
    """Which rules the result was worked out with, so a copy on a case file can be checked."""
    return describe({"id": result["rules_version"], "date": result["rules_built"]}) + "."


def worked_out_line(on: Date) -> str:
    """'Worked out on Thursday 26 November 2026.'"""
    return f"Worked out on {long_date(on)}."


def input_lines(result: dict, leave_out: tuple[str, ...] = ()) -> list[str]:
    """Each input the result was worked out from, as 'Label: words', in the form's order.
    A label that is a question is followed by its answer without a colon."""
    return [
        f"{item['label']}{' ' if item['label'].endswith('?') else ': '}{item['text']}"
        for item in result.get("inputs", [])
        if item["field"] not in leave_out
    ]


def _cite(source: dict | None) -> str:
    """Where a rule is, with the source's own words in quotation marks; a national rule carries
    a summary instead (the national document is not captured), which is never shown as a quote."""
    if not source:
        return ""
    if source.get("quote"):
        said = f': "{source["quote"]}"'
    elif source.get("summary"):
        said = f", in summary: {source['summary']}"
    else:
        said = ""
    return f"{source['authority_name']}, {source['document']}, {source['section']}{said}"


def _wrap(text: str, indent: str = "    ") -> list[str]:
    """`text` wrapped to WIDTH; `indent` ("  - ", a bullet) starts the first line only, and the
    lines after it line up under the text."""
    return textwrap.wrap(text, WIDTH, initial_indent=indent, subsequent_indent=" " * len(indent))


def _when(item: dict) -> str:
    """A deadline's date, with where it stands beside it when today's date was given."""
    return (
        f"{item['due_text']} ({item['status_text']})" if "status_text" in item else item["due_text"]
    )


def _deadlines(result: dict) -> str:
    lines = [f"Deadlines for {result['authority_name']}", ""]
    width = max((len(_when(d)) for d in result["deadlines"]), default=0)
    for item in result["deadlines"]:
        inherited = "  [national guidance applies]" if item["inherited"] else ""
        heading = f"{_when(item):<{width}}  {item['title']}{inherited}"
        lines += (
            textwrap.wrap(heading, WIDTH, subsequent_indent="    ")
            if len(heading) > WIDTH
            else [heading]
        )
        lines += _wrap(f"Rule: {item['rule']}.")
        lines += _wrap(f"Source: {_cite(item['source'])}")
        for note in item["notes"]:
            lines += _wrap(f"Note: {note}")
        lines.append("")
    for item in result["not_stated"]:
        lines.append(f"Not stated: {item['title']}")
        lines += _wrap(item["note"])
    for warning in result["warnings"]:
        lines += _wrap(f"Warning: {warning}", "")
    return "\n".join(lines).rstrip() + "\n"


def _quorum(result: dict) -> str:
    verdict = {True: "Quorate", False: "Not quorate", None: "No quorum rule"}[result["quorate"]]
    proceed = {True: "yes", False: "no", None: "the chair decides"}[result["may_proceed"]]
    if result["quorate"] is None:
        proceed = "this procedure sets no quorum, so it says nothing on this"
    if result.get("unanswered"):
        proceed = "not known yet: answer " + "; ".join(u["text"] for u in result["unanswered"])
    lines = [
        f"{result['authority_name']}, {result['conference_type']} conference: {verdict}",
        f"May go ahead: {proceed}",
        "",
    ]
    for heading, key in (("Why", "reasons"), ("Must also happen", "required_actions")):
        if result[key]:
            lines.append(f"{heading}:")
            for item in result[key]:
                lines += _wrap(item["text"], "  - ")
                if "due_text" in item:
                    lines += _wrap(f"By: {item['due_text']}")
                    lines += [line for note in item["notes"] for line in _wrap(f"Note: {note}")]
                if item.get("source"):
                    lines += _wrap(f"Source: {_cite(item['source'])}")
    return "\n".join(lines).rstrip() + "\n"


def _attendance(result: dict) -> str:
    presumption = {
        "offer": "offer the child the chance to take part",
        "not-expected": "the child is unlikely to take part directly (presumption can be rebutted)",
        "none": "no age presumption in this procedure",
    }[result["presumption"]]
    advocate = {True: "yes, routinely", False: "no", None: "not routinely stated"}[
        result["advocate_offered"]
    ]
    lines = [
        f"{result['authority_name']}: child aged {result['age']}",
        f"Presumption: {presumption}",
        f"Independent advocate offered: {advocate}",
        "",
    ]
    if result["questions"]:
        lines.append("Questions to ask:")
        for question in result["questions"]:
            lines += _wrap(question, "  - ")
    for note in result["notes"]:
        lines += _wrap(note["text"], "  * ")
        if note.get("source"):
            lines += _wrap(f"Source: {_cite(note['source'])}")
    return "\n".join(lines).rstrip() + "\n"
