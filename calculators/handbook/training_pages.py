"""The training pages: each set's scenarios with their answer forms, the trainer's handout and
answer sheet, and the one-page timescales sheet of each authority. The answers come from
calculators.training (and so from calculators.run); this module only writes the pages."""

from __future__ import annotations

import html
import json
import posixpath

from ..attendance_rules import attendance_rule
from ..data import authorities, national
from ..quorum_rules import (
    ALL_CONDITIONS,
    CONDITIONS_LOST,
    NOT_SAID,
    condition_label,
    quorum_rule,
    quoted,
)
from ..training import answer_for, choice_label, explain, result_of, scenarios, sets, story
from . import cite_md, gap_words
from .forms import date_input


def _cite(source: dict | None, links) -> str:
    if not source:
        return ""
    return cite_md(source["authority"], source["section"], source.get("quote"), links)


def scenarios_html(set_id: str, *, links) -> str:
    """A set's scenarios, each with an answer form the browser checks (training.js)."""
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
    from ..rules import read_together, rules_for, silences

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
    for rule in rules_for(national()):
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
    rule = quorum_rule(authority)
    if rule is None:
        return f"{authorities()[authority]['name']}'s document sets no quorum."
    contact = " with direct contact with each child" if rule.direct_contact else ""
    text = (
        f"Children's social care and at least {rule.other_agencies} other agencies{contact} "
        f"({rule.section})."
    )
    if rule.proceed is None:
        text += f" The document {NOT_SAID}."
    elif rule.proceed == CONDITIONS_LOST:
        text += " If not quorate, the chair may go ahead in exceptional circumstances (the list was lost from the capture)."
    elif rule.proceed == ALL_CONDITIONS:
        conditions = "; ".join(condition_label(rule, c.circumstance) for c in rule.conditions)
        text += f" If not quorate, the chair may proceed only when all of these hold: {conditions}."
    else:  # should-proceed: the chair decides, and the source says when it should go ahead
        assert rule.chair_decides and rule.proceed_quote
        text += (
            f" Going ahead if not quorate: {quoted(rule.chair_decides)}; "
            f"{quoted(rule.proceed_quote)}."
        )
    if rule.breach_quote:
        text += f" Also: {quoted(rule.breach_quote)}. {rule.breach_reading}"
    actions = " ".join(a.text for a in rule.actions)
    return f"{text} {actions}".strip()


def _attendance_brief(authority: str) -> str:
    rule = attendance_rule(authority)
    name = authorities()[authority]["name"]
    parts = []
    if rule and rule.presumption:
        age = rule.presumption.age
        parts.append(
            f"Under {age}: presumed unlikely to take part directly; {age} and over: offer the "
            f"chance (both rebuttable; {rule.section})."
        )
    elif rule and rule.presumption_lost_quote:
        parts.append("The age approach was lost from the captured document.")
    else:
        parts.append(f"{name}'s document sets no age presumption.")
    if rule and rule.advocate:
        low, high = rule.advocate.low, rule.advocate.high
        parts.append(
            f"Ages {low} to {high}: independent advocate routinely offered ({rule.section})."
        )
    return " ".join(parts)
