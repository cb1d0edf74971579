"""Training scenarios (data/scenarios.toml): the story and question come from the data; the
answer and its explanation always come from calculators.run, so they cannot drift from the rules.

The browser checks a learner's answer with the same functions (calculators.web asks
answer_for and explain); calculators/handbook/training_pages.py writes the scenario pages, the
trainer's handout and answer sheet, and the one-page timescales sheets from them.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from . import run
from .data import authorities, load
from .dates import Date, long_date

# Where the handbook explains each calculator's answers (deadlines use their own page).
PAGES = {
    "quorum": "handbook/membership-and-quorum/",
    "attendance": "handbook/involving-children-and-families/",
}
CHOICES = {
    "presumption": {
        "offer": "Offer the child the chance to take part",
        "not-expected": "The child is unlikely to take part directly",
        "none": "This procedure sets no age presumption",
    },
}


class ScenarioError(ValueError):
    """A scenario whose question does not have exactly one answer."""


@cache
def scenarios() -> tuple[dict[str, Any], ...]:
    return tuple(load("scenarios")["scenario"])


def sets() -> dict[str, str]:
    return load("scenarios")["sets"]


def story(scenario: dict) -> str:
    """The story with its placeholders filled from the payload."""
    payload = scenario["payload"]
    values: dict[str, str] = {"authority": authorities()[payload["authority"]]["name"]}
    for name, value in {**payload.get("events", {}), **payload}.items():
        if isinstance(value, str) and len(value) == 10 and value[4] == "-":
            values[name] = long_date(Date.fromisoformat(value))
        elif isinstance(value, int):
            values[name] = str(value)
    return scenario["story"].format(**values)


def result_of(scenario: dict) -> dict:
    result = run(scenario["calculator"], scenario["payload"])
    if "errors" in result:
        raise ScenarioError(f"{scenario['id']}: bad payload {result['errors']}")
    return result


def answer_for(result: dict, ask: dict) -> dict:
    """{"value", "text"}: the one correct answer to `ask` in this result."""
    kind = ask["type"]
    if kind == "date":
        matches = [d for d in result["deadlines"] if d["id"] == ask["deadline"]]
        if len(matches) != 1:
            raise ScenarioError(f"{len(matches)} deadlines called {ask['deadline']}")
        return {"value": matches[0]["due"], "text": matches[0]["due_text"]}
    value = result.get(ask["field"])
    if kind == "yes-no":
        if not isinstance(value, bool):
            raise ScenarioError(f"{ask['field']} is {value!r}, not yes or no")
        return {"value": value, "text": "Yes" if value else "No"}
    if kind == "choice":
        if value not in ask["options"] or len(set(ask["options"])) != len(ask["options"]):
            raise ScenarioError(f"{ask['field']} is {value!r}, not one of {ask['options']}")
        return {"value": value, "text": choice_label(ask["field"], value)}
    raise ScenarioError(f"unknown question type {kind!r}")


def choice_label(field: str, value: str) -> str:
    return CHOICES.get(field, {}).get(value, value)


def explain(calculator: str, result: dict, ask: dict) -> dict:
    """{"points": [...], "source": {...}, "page": url}: why the answer is what it is."""
    if ask["type"] == "date":
        from .rules import deadline_meanings

        item = next(d for d in result["deadlines"] if d["id"] == ask["deadline"])
        # The rule's own title says what the deadline is for (whose report, to whom).
        rule = item["rule"][:1].lower() + item["rule"][1:]
        points = [f"{item['title']}: {rule}, so {item['due_text']}.", *item["notes"]]
        if item["inherited"]:
            points.insert(1, "The local document is silent, so national guidance applies.")
        page = deadline_meanings()[item["id"]].page
        return {"points": points, "source": item["source"], "page": page}
    if calculator == "quorum":
        reasons = result["reasons"] + result["required_actions"]
        return {
            "points": [r["text"] for r in reasons],
            "source": reasons[0]["source"],
            "page": PAGES["quorum"],
        }
    notes = result["notes"]
    return {
        "points": [n["text"] for n in notes],
        "source": result["source"] or next((n["source"] for n in notes if n["source"]), None),
        "page": PAGES["attendance"],
    }
