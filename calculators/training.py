"""Training scenarios (data/scenarios.toml): the story and question come from the data; the
answer and its explanation always come from calculators.run, so they cannot drift from the rules.

The browser checks a learner's answer with the same functions (calculators.web asks
answer_for and explain); the hook renders the scenario pages, the trainer's handout and answer
sheet, and the one-page timescales sheets from here.
"""

from __future__ import annotations

import html
import json
import posixpath
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


# ------------------------------------------------------------------------------------ pages
def _cite(source: dict | None, links) -> str:
    from .handbook import cite_md

    if not source:
        return ""
    return cite_md(source["authority"], source["section"], source.get("quote"), links)


def scenarios_html(set_id: str, *, links) -> str:
    """A set's scenarios, each with an answer form the browser checks (training.js)."""
    from .forms import date_input

    parts = []
    for number, scenario in enumerate((s for s in scenarios() if s["set"] == set_id), 1):
        sid = scenario["id"]
        ask = scenario["ask"]
        config = {"calculator": scenario["calculator"], "payload": scenario["payload"], "ask": ask}
        if ask["type"] == "date":
            field = date_input(f"{sid}-answer", f"{sid}-answer", "Your answer", "")
        else:
            options = (
                [("yes", "Yes"), ("no", "No")]
                if ask["type"] == "yes-no"
                else [(o, choice_label(ask["field"], o)) for o in ask["options"]]
            )
            items = "".join(
                f'<div class="cpc-radios__item"><input class="cpc-radios__input" type="radio" '
                f'id="{sid}-answer-{value}" name="{sid}-answer" value="{value}">'
                f'<label class="cpc-label cpc-radios__label" for="{sid}-answer-{value}">'
                f"{html.escape(label)}</label></div>"
                for value, label in options
            )
            field = (
                f'<div class="cpc-form-group" data-field="{sid}-answer">'
                f'<fieldset class="cpc-fieldset" id="{sid}-answer">'
                '<legend class="cpc-fieldset__legend">Your answer</legend>'
                f'<p class="cpc-error-message" id="{sid}-answer-error" '
                f'data-error-for="{sid}-answer" hidden></p>'
                f'<div class="cpc-radios">{items}</div></fieldset></div>'
            )
        parts.append(
            f'<section class="cpc-scenario" id="{sid}" aria-labelledby="{sid}-title" '
            f"data-scenario='{html.escape(json.dumps(config), quote=True)}'>"
            f'<h2 id="{sid}-title">{number}. {html.escape(scenario["title"])}</h2>'
            f"<p>{html.escape(story(scenario))}</p>"
            f'<p class="cpc-scenario__question"><strong>{html.escape(scenario["question"])}'
            "</strong></p>"
            f'<form class="cpc-form" data-scenario-form novalidate>{field}'
            '<button type="submit" class="cpc-button">Check my answer</button></form>'
            '<div class="cpc-verdict" data-verdict aria-live="polite"></div></section>'
        )
    return "\n".join(parts)


def _numbered_sets():
    """(set heading, [(number, scenario), ...]) for each set, numbered across all sets."""
    number = 0
    for set_id, heading in sets().items():
        members = [s for s in scenarios() if s["set"] == set_id]
        yield heading, list(enumerate(members, number + 1))
        number += len(members)


def handout_markdown(*, links) -> str:
    """The learners' handout: every scenario's story and question, with room to answer."""
    lines = []
    for heading, numbered in _numbered_sets():
        lines += [f"## {heading}", ""]
        for number, scenario in numbered:
            lines += [
                f"### {number}. {scenario['title']}",
                "",
                story(scenario),
                "",
                f"**{scenario['question']}**",
                "",
                '<p class="cpc-answer-space">Your answer:</p>',
                "",
            ]
    return "\n".join(lines)


def answers_markdown(*, links) -> str:
    """The trainer's answer sheet, computed by the calculators."""
    lines = []
    for heading, numbered in _numbered_sets():
        lines += [f"## {heading}", ""]
        for number, scenario in numbered:
            result = result_of(scenario)
            answer = answer_for(result, scenario["ask"])
            why = explain(scenario["calculator"], result, scenario["ask"])
            page = _page_md(why["page"], links)
            lines += [
                f"### {number}. {scenario['title']}",
                "",
                f"*{scenario['question']}*",
                "",
                f"**Answer: {answer['text']}**",
                "",
                *[f"- {point}" for point in why["points"]],
                "",
                f"Source: {_cite(why['source'], links)[1:-1]}. "
                f"[Read about this in the handbook]({page}).",
                "",
            ]
    return "\n".join(lines)


def _page_md(page_url: str, links) -> str:
    """A handbook page's Markdown path, relative to the page being rendered."""
    root = posixpath.dirname(links.markdown)  # where sources.md is: the docs root
    return posixpath.join(root, page_url.rstrip("/") + ".md")


def sheet_markdown(authority: str, *, links) -> str:
    """One printable A4 page: every timescale the authority sets or inherits, its quorum and
    its rule on the child's attendance, in brief; the handbook has the sources' words."""
    from .handbook import gap_words
    from .rules import NATIONAL, read_together, rules_for, silences

    name = authorities()[authority]["name"]
    own = rules_for(authority)
    lines = [
        '<div class="cpc-sheet" markdown>',
        "",
        "| Deadline | Rule | Where |",
        "| --- | --- | --- |",
    ]
    for rule in own:
        gap = f" {gap_words(rule.gap)}" if rule.gap else ""
        together = read_together(rule, brief=True)
        words = f"{rule.words()}{gap}. {together}" if together else f"{rule.words()}{gap}"
        lines.append(f"| {rule.title} | {words} | {rule.section} |")
    own_ids = {rule.id for rule in own}
    for rule in rules_for(NATIONAL):
        if rule.id not in own_ids:
            silence = silences().get((authority, rule.id), {})
            said = f'. {name} says: "{silence["quote"]}"' if silence else ""
            gap = f" {gap_words(silence['gap'])}" if "gap" in silence else ""
            lines.append(
                f"| {rule.title} | {rule.words()}{said}{gap} | National guidance: {name} sets no "
                "timescale |"
            )
    lines += ["", f"**Quorum.** {_quorum_brief(authority)}", ""]
    lines += [f"**Child attendance.** {_attendance_brief(authority)}", ""]
    lines += [
        f"*Generated from the handbook's rules data. {name}: "
        f"{authorities()[authority]['document']}. Check the current procedure.*",
        "",
        "</div>",
    ]
    return "\n".join(lines)


def _quorum_brief(authority: str) -> str:
    """The quorum in brief, each authority's conditions in its own words."""
    from .quorum import action_text, condition_label, quoted

    rule = load("quorum").get(authority)
    if rule is None:
        return f"{authorities()[authority]['name']}'s document sets no quorum."
    contact = " with direct contact with each child" if rule["direct_contact"] else ""
    text = (
        f"Children's social care and at least {rule['other_agencies']} other agencies{contact} "
        f"({rule['section']})."
    )
    if rule["proceed"] == "conditions-lost":
        text += " If not quorate, the chair may go ahead in exceptional circumstances (the list was lost from the capture)."
    elif rule["proceed"] == "all-conditions":
        conditions = "; ".join(condition_label(rule, e["circumstance"]) for e in rule["exceptions"])
        text += f" If not quorate, the chair may proceed only when all of these hold: {conditions}."
    else:  # should-proceed: the chair decides, and the source says when it should go ahead
        text += (
            f" Going ahead if not quorate: {quoted(rule['chair_decides'])}; "
            f"{quoted(rule['proceed_quote'])}."
        )
    if "breach_quote" in rule:
        text += f" Also: {quoted(rule['breach_quote'])}. {rule['breach_reading']}"
    actions = " ".join(action_text(a) for a in rule.get("actions", []))
    return f"{text} {actions}".strip()


def _attendance_brief(authority: str) -> str:
    rule = load("attendance").get(authority)
    name = authorities()[authority]["name"]
    parts = []
    if rule and "presumption_age" in rule:
        age = rule["presumption_age"]
        parts.append(
            f"Under {age}: presumed unlikely to take part directly; {age} and over: offer the "
            f"chance (both rebuttable; {rule['section']})."
        )
    elif rule and "presumption_lost_quote" in rule:
        parts.append("The age approach was lost from the captured document.")
    else:
        parts.append(f"{name}'s document sets no age presumption.")
    if rule and "advocate_ages" in rule:
        low, high = rule["advocate_ages"]
        parts.append(
            f"Ages {low} to {high}: independent advocate routinely offered ({rule['section']})."
        )
    return " ".join(parts)
