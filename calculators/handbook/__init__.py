"""The handbook's generated text: every timescale, quorum and age on the site comes from here,
rendered from the same rules data the calculators use.

Pages hold markers that site.page_markdown replaces (the MkDocs hook only calls it):

    [[rule AUTHORITY ID]]    a deadline rule in words, with its citation
    [[rule AUTHORITY ID TYPE]]  only its rules for TYPE: initial, review or any (every conference)
    [[readings AUTHORITY ID]] how far apart two wordings of one deadline fall (`read_with`)
    [[quorum AUTHORITY]]     the authority's quorum, exceptions and what must follow
    [[attendance AUTHORITY]] its age presumption and advocacy rule
    [[fact AUTHORITY ID]]    another cited rule with a number in it (data/facts/*.toml)
    [[table TOPIC]]          a comparison table, authorities as columns (see TABLES)
    [[glance AUTHORITY]]     every timescale and threshold the authority sets
    [[form NAME]]            a calculator's form (calculators/handbook/forms.py)
    [[scenarios SET]], [[handout]], [[answers]], [[sheet AUTHORITY]]
                             training pages (calculators/handbook/training_pages.py)
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from ..attendance import no_rule_words
from ..attendance_rules import AttendanceRule, attendance_rule, attendance_rules
from ..data import authorities, facts, national
from ..quorum_rules import (
    ALL_CONDITIONS,
    CONDITIONS_LOST,
    NOT_SAID,
    QuorumRule,
    agency_name,
    condition_label,
    no_quorum_words,
    quorum_rule,
    quorum_rules,
    quoted,
)
from ..rules import (
    DeadlineRule,
    deadline_meanings,
    deadline_rules,
    read_together,
    rules_for,
    silences,
)
from .forms import form_html

Rule = TypeVar("Rule", QuorumRule, AttendanceRule)
AUTHORITIES = tuple(authorities())  # national first, then the five in the data's order
LOCAL = tuple(a for a in AUTHORITIES if a != national())

# Comparison tables of deadlines, by topic: their captions. Which deadline is a row of which
# table, and its row title, is data: the [deadline.ID] tables in data/deadlines.toml.
TABLES = {
    "timescales": "Conference timescales",
    "pre-birth": "Pre-birth timing",
    "reports": "Reports before the conference",
    "distribution": "Distribution after the conference",
}

# Above this many authority columns (or tabs) the reader picks which to compare
# (docs/javascripts/compare.js); the markup then names each column's authority for it.
PICK_ABOVE = 6

MARKER = re.compile(
    r"\[\[(rule|readings|quorum|attendance|fact|table|glance|form|scenarios|handout|answers|sheet)"
    r"(?: ([^\]]*?))?\]\]"
)


@dataclass(frozen=True)
class Links:
    """Where the sources page is, seen from the page being rendered."""

    markdown: str  # e.g. "../sources.md", for Markdown links MkDocs checks and rewrites
    url: str  # e.g. "../../sources/", for links inside generated HTML

    def md(self, authority: str, text: str) -> str:
        return f"[{text}]({self.markdown}#{authority})"

    def a(self, authority: str, text: str) -> str:
        return f'<a href="{self.url}#{authority}">{html.escape(text)}</a>'


class MarkerError(ValueError):
    """A marker names an authority, rule, fact or table that does not exist."""


def render(markdown: str, links: Links) -> str:
    """The page with every marker replaced; a marker on an indented line keeps its indent."""
    out = []
    for line in markdown.split("\n"):
        indent = line[: len(line) - len(line.lstrip())]
        out.append(
            MARKER.sub(lambda m, pad=indent: _expand(m, links).replace("\n", "\n" + pad), line)
        )
    return "\n".join(out)


def _expand(match: re.Match, links: Links) -> str:
    kind, args = match.group(1), (match.group(2) or "").split()
    from . import training_pages as training  # renders with this module's pieces: import late

    renderers: dict[str, Callable[..., str]] = {
        "scenarios": training.scenarios_html,
        "handout": training.handout_markdown,
        "answers": training.answers_markdown,
        "sheet": training.sheet_markdown,
        "rule": rule_text,
        "readings": readings_text,
        "quorum": quorum_text,
        "attendance": attendance_text,
        "fact": fact_text,
        "table": table_html,
        "glance": glance_markdown,
        "form": lambda name, links: form_html(name),
    }
    try:
        return renderers[kind](*args, links=links)
    except (KeyError, TypeError) as error:
        raise MarkerError(f"cannot render {match.group(0)}: {error}") from None


# --------------------------------------------------------------------------------- pieces
def _name(authority: str) -> str:
    if authority not in authorities():
        raise KeyError(f"unknown authority {authority!r}")
    return authorities()[authority]["name"]


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def cite_md(
    authority: str, section: str, quote: str | None, links: Links, summary: str | None = None
) -> str:
    """'([<Name>, section 1](...): "the source's words")'. A national rule's summary is
    our words, not the source's: it is never put in quotation marks."""
    _name(authority)  # an unknown authority stops here, named
    label = authorities()[authority]["cited_as"]
    said = f': "{quote}"' if quote else (f", in summary: {summary}" if summary else "")
    return f"({links.md(authority, f'{label}, {section}')}{said})"


def _rule_cite(rule: DeadlineRule, links: Links, summary: bool = False) -> str:
    """The rule's citation, and any other passage of the document that says the same."""
    cite = cite_md(
        rule.authority, rule.section, rule.quote, links, rule.summary if summary else None
    )
    for section, quote in rule.also:
        # Inside the same brackets, so that a table cell can drop the outer pair.
        cite = f"{cite[:-1]}; also {cite_md(rule.authority, section, quote, links)[1:-1]})"
    return cite


def gap_words(gap: str) -> str:
    """How every surface flags a gap the handbook fills: '[gap in the source: ...]'."""
    return f"[gap in the source: {gap.rstrip('.')}]"


def _silence_md(authority: str, deadline_id: str, links: Links) -> str:
    """' <Name>'s document says: "..." ([<Name>, section](...)).' or ""."""
    silence = silences().get((authority, deadline_id))
    if silence is None:
        return ""
    name = _name(authority)
    where = links.md(authority, f"{name}, {silence['section']}")
    gap = f" {gap_words(silence['gap'])}" if "gap" in silence else ""
    return f' {name}\'s document says: "{silence["quote"]}" ({where}).{gap}'


def _rules(authority: str, deadline_id: str, event: str | None = None) -> list[DeadlineRule]:
    return [
        r
        for r in rules_for(authority)
        if r.id == deadline_id and (event is None or r.event == event)
    ]


def _known_id(deadline_id: str) -> None:
    if not any(r.id == deadline_id for r in deadline_rules()):
        raise KeyError(f"unknown deadline id {deadline_id!r}")


def _rules_in_words(rules: list[DeadlineRule], links: Links) -> str:
    return "; ".join(
        f"{_lower_first(r.words())} {_rule_cite(r, links)}"
        + (f" {gap_words(r.gap)}" if r.gap else "")
        for r in rules
    )


CONFERENCE_TYPES = {"initial": "initial", "review": "review", "any": None}


def rule_text(
    authority: str, deadline_id: str, conference_type: str | None = None, *, links: Links
) -> str:
    """'within 15 working days of the strategy discussion (<Name>, section 1: "...")'.

    With a conference type, only the rules for that type ("any": those for every conference),
    where a page speaks of one report, say, and the authority words each type differently.
    """
    _known_id(deadline_id)
    name = _name(authority)
    local = _rules(authority, deadline_id)
    if conference_type is not None:
        wanted = CONFERENCE_TYPES[conference_type]
        local = [r for r in local if r.conference_type == wanted]
        if not local:
            raise KeyError(f"{authority} has no {conference_type} rule {deadline_id!r}")
    if local:
        return _rules_in_words(local, links)
    inherited = _rules(national(), deadline_id)
    said = _silence_md(authority, deadline_id, links)
    if inherited:
        rules = _rules_in_words(inherited, links)
        return f"not stated in {name}'s document, so national guidance applies: {rules}.{said}"
    return f"not stated in {name}'s document (and national guidance as summarised here sets no timescale).{said}"


def readings_text(authority: str, deadline_id: str, *, links: Links) -> str:
    """How far apart an authority's two wordings of one deadline fall, with their citation."""
    _known_id(deadline_id)
    found = [
        (text, rule)
        for rule in _rules(authority, deadline_id)
        if (text := read_together(rule)) is not None
    ]
    if not found:
        raise KeyError(f"{authority} {deadline_id} has no second wording (read_with)")
    text, rule = found[0]
    where = links.md(authority, f"{_name(authority)}, {rule.section}")
    return f"{text} ({where})"


def fact_text(authority: str, fact_id: str, *, links: Links) -> str:
    fact = facts().get((authority, fact_id))
    if fact is None:
        raise KeyError(f"unknown fact {authority}/{fact_id}")
    return f"{fact['text']} {cite_md(authority, fact['section'], fact['quote'], links)}"


def fact_sentence(authority: str, fact: dict, links: Links) -> str:
    """A fact standing alone, as at a glance: '**Venues.** Every venue needs ... (citation).'
    Its `lead` words make the `text`, written to read inside a page's sentence, a sentence;
    a fact that `repeats` another elsewhere in the document is cited with it."""
    sentence = " ".join(filter(None, [fact.get("lead", ""), fact["text"]]))
    cite = cite_md(authority, fact["section"], fact["quote"], links)
    for other in facts().values():
        if other["authority"] == authority and other.get("repeats") == fact["id"]:
            again = cite_md(authority, other["section"], other["quote"], links)[1:-1]
            cite = f"{cite[:-1]}; repeated in {again})"
    return f"**{fact['topic']}.** {sentence[:1].upper()}{sentence[1:]} {cite}."


def quorum_text(authority: str, *, links: Links) -> str:
    """The quorum rule as a short bulleted list (Markdown)."""
    _name(authority)  # an unknown authority stops here, named
    rule = quorum_rule(authority)
    if rule is None:
        return no_quorum_words(authority)

    def cite(quote: str | None) -> str:
        return cite_md(authority, rule.section, quote, links)

    contact = " which have had direct contact with each child" if rule.direct_contact else ""
    lines = [
        f"- **Quorate** when children's social care and at least {rule.other_agencies} other "
        f"professional groups or agencies{contact} attend {cite(rule.quote)}."
    ]
    if not rule.direct_contact:
        lines.append(
            "- The document does not require the other agencies to have had direct contact with the child."
        )
    if rule.breach_quote:
        lines.append(
            f"- **The quorum may be breached** in exceptional cases {cite(rule.breach_quote)}. "
            f"{rule.breach_reading}"
        )
    lines += _going_ahead_lines(rule, cite)
    for action in rule.actions:
        lines.append(
            f"- **If an inquorate conference goes ahead:** {action.text} {cite(action.quote)}"
        )
    for key in rule.key_agencies:
        agencies = ", ".join(agency_name(a) for a in key.agencies)
        when = f", where {condition_label(rule, key.when)}" if key.when else ""
        kinds = ", ".join(key.conference_types)
        lines.append(
            f"- **Key agencies** ({agencies}) must attend {kinds} conferences{when} {cite(key.quote)}."
            + (f" {key.reading}" if key.reading else "")
        )
    lines.append("- Attendees count by agency: several professionals from one agency count once.")
    return "\n".join(lines)


def _going_ahead_lines(rule: QuorumRule, cite: Callable[[str | None], str]) -> list[str]:
    """When an inquorate conference may (or should) still go ahead, each condition in the
    authority's own words."""
    if rule.proceed is None:
        return [f"- The document {NOT_SAID}."]
    if rule.proceed == CONDITIONS_LOST:
        return [
            f"- The chair may go ahead in exceptional circumstances {cite(rule.proceed_quote)}; "
            "the list of those circumstances was lost from the captured document."
        ]
    lines = []
    if rule.chair_decides:
        lines.append(
            f"- **If not quorate**, whether the conference goes ahead is the chair's decision "
            f"{cite(rule.chair_decides)}."
        )
    lead = (
        "**May go ahead although inquorate** only when all of these hold"
        if rule.proceed == ALL_CONDITIONS
        else "**Should go ahead although inquorate** when all of these hold"
    )
    lines.append(f"- {lead} {cite(rule.proceed_quote)}:")
    lines += [
        f"    - {condition_label(rule, c.circumstance)} {cite(None)}." for c in rule.conditions
    ]
    return lines


def attendance_text(authority: str, *, links: Links) -> str:
    name = _name(authority)
    rule = attendance_rule(authority)
    if rule is None:
        return no_rule_words(authority)

    def cite(quote: str) -> str:
        return cite_md(authority, rule.section, quote, links)

    parts = []
    if rule.presumption:
        age = rule.presumption.age
        parts.append(
            f"A child under {age} is presumed unlikely to take part directly or fully "
            f"{cite(rule.presumption.under_quote)}; from {age}, a child should be offered the "
            f"chance {cite(rule.presumption.over_quote)}. Both presumptions can be rebutted by "
            "evidence."
        )
    elif rule.presumption_lost_quote:
        parts.append(
            f"{name} recommends an approach based partly on age {cite(rule.presumption_lost_quote)}, "
            "but the approach itself was lost from the captured document, so no age presumption is given here."
        )
    else:
        parts.append(f"{name}'s document sets no age presumption for a child taking part.")
    if rule.advocate:
        advocate = rule.advocate
        parts.append(
            f"Young people aged {advocate.low} to {advocate.high} are routinely offered an "
            f"independent advocate {cite(advocate.quote)}."
        )
    return " ".join(parts)


# --------------------------------------------------------------------------------- tables
def _cell_key(rules: list[DeadlineRule]) -> tuple:
    return tuple(sorted((r.words(), r.conference_type or "") for r in rules))


def _effective(authority: str, deadline_id: str, events: list[str], own_rows: set[str]):
    """(rules, inherited): the authority's own rules for a row, else the national ones.
    The row holds the rules counting from `events`, or, when empty, from any event without
    a row of its own (`own_rows`)."""

    def in_row(rule: DeadlineRule) -> bool:
        return rule.event in events if events else rule.event not in own_rows

    own = [r for r in _rules(authority, deadline_id) if in_row(r)]
    if own or authority == national():
        return own, False
    return [r for r in _rules(national(), deadline_id) if in_row(r)], True


def topic_rows(topic: str) -> list[tuple[str, str | None, list[str]]]:
    """(deadline id, row title, events) for each row of a comparison table, in the data's order.

    A row takes the id's rules counting from `events`; an empty list means every event except
    those with a row of their own (the first review after a pre-birth conference)."""
    meanings = deadline_meanings()
    main = [(m.id, m.title, []) for m in meanings.values() if m.topic == topic]
    own = [
        (m.id, row["title"], [event])
        for m in meanings.values()
        for event, row in m.by_event.items()
        if row["topic"] == topic
    ]
    return main + own


def table_html(topic: str, *, links: Links) -> str:
    """A comparison table: authorities as columns, one row per deadline, differences flagged."""
    if topic == "quorum":
        return _compare_table("Quorum", "Rule", _quorum_rows(links))
    if topic == "attendance":
        return _compare_table("Child attendance and advocacy", "Rule", _attendance_rows(links))
    title = TABLES[topic]
    table_rows = []
    for deadline_id, row_title, row_events in topic_rows(topic):
        own_rows = set(deadline_meanings()[deadline_id].by_event)
        cells = []
        for authority in AUTHORITIES:
            rules, inherited = _effective(authority, deadline_id, row_events, own_rows)
            cell = _cell(authority, deadline_id, rules, inherited, row_title, links)
            cells.append((cell, _cell_key(rules)))
        table_rows.append((row_title, cells))
    return _compare_table(title, "Deadline", table_rows)


def _compare_table(title: str, first: str, rows: list[tuple[str, list[tuple[str, object]]]]) -> str:
    """rows: (row label, [(cell html, comparison key) for each authority in AUTHORITIES])."""
    picked = len(AUTHORITIES) > PICK_ABOVE  # the picker needs each column's authority

    def column(authority: str) -> str:
        named = f' data-authority="{authority}"' if picked else ""
        return f'<th scope="col"{named}>{html.escape(_short(authority))}</th>'

    head = "".join(column(a) for a in AUTHORITIES)
    body = []
    for label, cells in rows:
        differs = len({key for _, key in cells}) > 1
        flag = ' <strong class="cpc-differs-flag">Differs</strong>' if differs else ""
        css = ' class="cpc-differs"' if differs else ""
        row_cells = "".join(cell for cell, _ in cells)
        body.append(f'<tr{css}><th scope="row">{html.escape(label)}{flag}</th>{row_cells}</tr>')
    return (
        f'<div class="cpc-compare"><table>\n<caption>{html.escape(title)}</caption>\n'
        f'<thead><tr><th scope="col">{first}</th>{head}</tr></thead>\n<tbody>\n'
        + "\n".join(body)
        + "\n</tbody></table></div>"
    )


NOT_STATED = ('<td class="cpc-not-stated">Not stated</td>', None)


def _text_cell(authority: str, section: str, lines: list[str], links: Links, key: object):
    text = "<br>".join(html.escape(line) for line in lines)
    return (f"<td>{text}<br><small>{links.a(authority, section)}</small></td>", key)


def _rule_rows(rules: Mapping[str, Rule], headings: tuple[str, ...], cells_for) -> list:
    """Rows for a table of per-authority rules: cells_for(authority, rule) gives the cells it
    has, by heading; an authority with no rule, or no cell for a heading, is "Not stated"."""
    rows: dict[str, list] = {heading: [] for heading in headings}
    for authority in AUTHORITIES:
        rule = rules.get(authority)
        cells = cells_for(authority, rule) if rule else {}
        for heading in headings:
            rows[heading].append(cells.get(heading, NOT_STATED))
    return list(rows.items())


def _quorum_rows(links: Links) -> list:
    def cells_for(authority: str, rule: QuorumRule) -> dict:
        def cell(lines: list[str], key: object):
            return _text_cell(authority, rule.section, lines, links, key)

        contact = " with direct contact with each child" if rule.direct_contact else ""
        cells = {
            "Who must attend": cell(
                [
                    f"Children's social care and at least {rule.other_agencies} other agencies{contact}"
                ],
                (rule.other_agencies, rule.direct_contact),
            )
        }
        lines = _going_ahead_cell(rule)
        if lines:
            cells["If not quorate"] = cell(lines, tuple(lines))
        actions = [a.text for a in rule.actions]
        if actions:
            cells["After an inquorate conference"] = cell(actions, tuple(actions))
        keys = [
            f"{', '.join(agency_name(a) for a in k.agencies)}: "
            f"{', '.join(k.conference_types)} conferences"
            + (f", where {condition_label(rule, k.when)}" if k.when else "")
            for k in rule.key_agencies
        ]
        if keys:
            cells["Key agencies that must attend"] = cell(keys, tuple(keys))
        return cells

    headings = (
        "Who must attend",
        "If not quorate",
        "After an inquorate conference",
        "Key agencies that must attend",
    )
    return _rule_rows(quorum_rules(), headings, cells_for)


def _going_ahead_cell(rule: QuorumRule) -> list[str]:
    """The comparison cell for an inquorate conference: the sources' own words (none where the
    document does not say, so the cell reads "Not stated")."""
    lines: list[str] = []
    if rule.proceed == CONDITIONS_LOST:
        lines = ["In exceptional circumstances; the list of them was lost from the capture"]
    elif rule.proceed == ALL_CONDITIONS:
        lines = [
            "The chair may proceed only when all of these hold:",
            *(condition_label(rule, c.circumstance) for c in rule.conditions),
        ]
    elif rule.proceed is not None:  # should-proceed: the chair decides; it says when it should
        assert rule.chair_decides and rule.proceed_quote
        lines = [quoted(rule.chair_decides), quoted(rule.proceed_quote)]
    if rule.breach_quote and rule.breach_reading:
        lines += [f"Also: {quoted(rule.breach_quote)}", rule.breach_reading]
    return lines


def _attendance_rows(links: Links) -> list:
    def cells_for(authority: str, rule: AttendanceRule) -> dict:
        def cell(lines: list[str], key: object):
            return _text_cell(authority, rule.section, lines, links, key)

        cells = {}
        if rule.presumption:
            age = rule.presumption.age
            lines = [
                f"Under {age}: unlikely to take part directly or fully",
                f"{age} and over: offer the chance",
                "(both can be rebutted)",
            ]
            cells["Age presumption"] = cell(lines, age)
        elif rule.presumption_lost_quote:
            cells["Age presumption"] = cell(["Lost from the captured document"], "lost")
        if rule.questions:
            cells["Questions before deciding"] = cell(list(rule.questions), rule.questions)
        elif rule.questions_lost_quote:
            cells["Questions before deciding"] = cell(["Lost from the captured document"], "lost")
        if rule.advocate:
            low, high = rule.advocate.low, rule.advocate.high
            cells["Independent advocate"] = cell(
                [f"Routinely offered at ages {low} to {high}"], (low, high)
            )
        return cells

    headings = ("Age presumption", "Questions before deciding", "Independent advocate")
    return _rule_rows(attendance_rules(), headings, cells_for)


def _short(authority: str) -> str:
    return authorities()[authority]["short"]


def _silence_html(authority: str, deadline_id: str, links: Links) -> str:
    """What the authority says instead of a timescale, in its words, for a table cell."""
    silence = silences().get((authority, deadline_id))
    if silence is None:
        return ""
    gap = f"<br>{html.escape(gap_words(silence['gap']))}" if "gap" in silence else ""
    return (
        f"<br><small>It says: \u201c{html.escape(silence['quote'])}\u201d "
        f"({links.a(authority, silence['section'])}){gap}</small>"
    )


def _cell(
    authority: str,
    deadline_id: str,
    rules: list[DeadlineRule],
    inherited: bool,
    row_title: str,
    links: Links,
) -> str:
    """A table cell in the authority's own words: a rule whose title says more than the row's
    (whose report, to whom) shows its title too."""
    said = _silence_html(authority, deadline_id, links)
    if not rules:
        return f'<td class="cpc-not-stated">Not stated{said}</td>'
    if inherited:
        return f'<td class="cpc-inherited">Not stated: national guidance applies{said}</td>'
    parts = []
    for rule in rules:
        title = f"<strong>{html.escape(rule.title)}</strong><br>" if rule.title != row_title else ""
        gap = f"<br><em>{html.escape(gap_words(rule.gap))}</em>" if rule.gap else ""
        where = "; ".join(
            links.a(authority, section) for section in [rule.section, *(s for s, _ in rule.also)]
        )
        together = read_together(rule, brief=True)
        apart = f"<br>{html.escape(together)}" if together else ""
        parts.append(f"{title}{html.escape(rule.words())}{gap}{apart}<br><small>{where}</small>")
    return "<td>" + "<hr>".join(parts) + "</td>"


# --------------------------------------------------------------------------------- at a glance
def glance_markdown(authority: str, *, links: Links) -> str:
    """Every timescale and threshold an authority sets, and what it inherits."""
    name = _name(authority)
    lines = ["## Timescales", "", "| Deadline | Rule | Source |", "| --- | --- | --- |"]
    own_ids = set()
    for rule in rules_for(authority):
        own_ids.add(rule.id)
        gap = f" {gap_words(rule.gap)}" if rule.gap else ""
        together = read_together(rule, brief=True)
        apart = f" {together}" if together else ""
        source = _rule_cite(rule, links, summary=True)[1:-1]
        lines.append(f"| {rule.title} | {rule.words()}{gap}{apart} | {source} |")
    if authority != national():
        national_ids = set()
        for rule in rules_for(national()):
            national_ids.add(rule.id)
            if rule.id not in own_ids:
                said = _silence_md(authority, rule.id, links)
                source = _rule_cite(rule, links, summary=True)[1:-1]
                lines.append(
                    f"| {rule.title} | {rule.words()} *(national guidance: {name}'s document "
                    f"sets no timescale)*{said} | {source} |"
                )
        for deadline_id, meaning in deadline_meanings().items():
            if deadline_id not in own_ids | national_ids and (authority, deadline_id) in silences():
                said = _silence_md(authority, deadline_id, links).strip()
                lines.append(f"| {meaning.title} | Not stated. {said} | |")
    lines += ["", "## Quorum", "", quorum_text(authority, links=links)]
    lines += ["", "## Child attendance and advocacy", "", attendance_text(authority, links=links)]
    own_facts = [
        f for (a, _), f in sorted(facts().items()) if a == authority and "repeats" not in f
    ]
    if own_facts:
        lines += ["", "## Other thresholds", ""]
        lines += [f"- {fact_sentence(authority, f, links)}" for f in own_facts]
    return "\n".join(lines)


def handbook_pages() -> dict[str, str]:
    """Every deadline id with the handbook page that explains it (site-relative URL)."""
    return {key: meaning.page for key, meaning in deadline_meanings().items()}
