"""The handbook's generated text: every timescale, quorum and age on the site comes from here,
rendered from the same rules data the calculators use.

Pages hold markers that the MkDocs hook (scripts/mkdocs_hooks.py) replaces:

    [[rule AUTHORITY ID]]    a deadline rule in words, with its citation
    [[readings AUTHORITY ID]] how far apart two wordings of one deadline fall (`read_with`)
    [[quorum AUTHORITY]]     the authority's quorum, exceptions and what must follow
    [[attendance AUTHORITY]] its age presumption and advocacy rule
    [[fact AUTHORITY ID]]    another cited rule with a number in it (data/facts/*.toml)
    [[table TOPIC]]          a comparison table, authorities as columns (see TOPICS)
    [[glance AUTHORITY]]     every timescale and threshold the authority sets
    [[form NAME]]            a calculator's form (calculators/forms.py)
    [[scenarios SET]], [[handout]], [[answers]], [[sheet AUTHORITY]]
                             training pages (calculators/training.py)
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass

from .data import authorities, facts, load
from .forms import form_html
from .rules import NATIONAL, DeadlineRule, deadline_rules, read_together, rules_for, silences

AUTHORITIES = tuple(authorities())  # national first, then the five in the data's order
LOCAL = tuple(a for a in AUTHORITIES if a != NATIONAL)

# Comparison tables: topic -> (title, rows); a row is a deadline id, optionally limited to the
# rules counting from one event (the first review after a pre-birth conference has its own row).
TOPICS: dict[str, tuple[str, tuple[tuple[str, str | None], ...]]] = {
    "timescales": (
        "Conference timescales",
        (
            ("conference-booking", None),
            ("icpc", None),
            ("conference-before-epo-expires", None),
            ("transfer-in-conference", None),
            ("first-core-group", None),
            ("next-core-group", None),
            ("first-review", "icpc"),
            ("next-review", None),
            ("looked-after-review", None),
            ("return-home-icpc", None),
            ("child-in-need-plan-review", None),
            ("supervision-order-3-month-review", None),
            ("supervision-order-9-month-review", None),
            ("attendance-improvements-agreed", None),
        ),
    ),
    "pre-birth": (
        "Pre-birth timing",
        (
            ("pre-birth-assessment-start", None),
            ("pre-birth-conference-request", None),
            ("pre-birth-conference", None),
            ("pre-birth-conference-planned", None),
            ("first-review", "pre_birth_conference"),
        ),
    ),
    "reports": (
        "Reports before the conference",
        (
            ("social-worker-liaises-with-chair", None),
            ("exclusion-representations", None),
            ("reports-to-parents", None),
            ("reports-to-chair", None),
            ("reports-to-safeguarding-unit", None),
            ("social-care-report-authorised", None),
            ("report-emailed-to-safeguarding-service", None),
        ),
    ),
    "distribution": (
        "Distribution after the conference",
        (
            ("decision-letter-to-parents", None),
            ("decisions-and-recommendations", None),
            ("decision-document", None),
            ("outline-plan-and-decision-letter", None),
            ("decision-summary-and-plan", None),
            ("record", None),
            ("record-to-parents", None),
            ("record-amendments", None),
        ),
    ),
}

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
        return f"[{text}]({self.markdown}#{anchor(authority)})"

    def a(self, authority: str, text: str) -> str:
        return f'<a href="{self.url}#{anchor(authority)}">{html.escape(text)}</a>'


def anchor(authority: str) -> str:
    """The sources page's section for an authority ("national" for the national baseline)."""
    return "national" if authority == NATIONAL else authority


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
    from . import training  # training renders with this module's pieces: import it late

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


def cite_md(authority: str, section: str, quote: str | None, links: Links) -> str:
    label = "Working Together 2023" if authority == NATIONAL else _name(authority)
    said = f': "{quote}"' if quote else ""
    return f"({links.md(authority, f'{label}, {section}')}{said})"


def _rule_cite(rule: DeadlineRule, links: Links) -> str:
    return cite_md(rule.authority, rule.section, rule.quote, links)


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
    return "; ".join(f"{_lower_first(r.words())} {_rule_cite(r, links)}" for r in rules)


def rule_text(authority: str, deadline_id: str, *, links: Links) -> str:
    """'within 15 working days of the strategy discussion (Oxfordshire, section 1: "...")'."""
    _known_id(deadline_id)
    name = _name(authority)
    local = _rules(authority, deadline_id)
    if local:
        return _rules_in_words(local, links)
    national = _rules(NATIONAL, deadline_id)
    silence = silences().get((authority, deadline_id))
    said = ""
    if silence:
        where = links.md(authority, f"{name}, {silence['section']}")
        said = f' {name}\'s document says instead: "{silence["quote"]}" ({where}).'
    if national:
        rules = _rules_in_words(national, links)
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


def quorum_text(authority: str, *, links: Links) -> str:
    """The quorum rule as a short bulleted list (Markdown)."""
    name = _name(authority)
    table = load("quorum")
    rule = table.get(authority) if authority != NATIONAL else None
    if rule is None:
        subject = (
            "National guidance as summarised here"
            if authority == NATIONAL
            else f"{name}'s document"
        )
        return f"{subject} sets no quorum for child protection conferences."

    def cite(quote: str) -> str:
        return cite_md(authority, rule["section"], quote, links)

    contact = " which have had direct contact with each child" if rule["direct_contact"] else ""
    lines = [
        f"- **Quorate** when children's social care and at least {rule['other_agencies']} other "
        f"professional groups or agencies{contact} attend {cite(rule['quote'])}."
    ]
    if not rule["direct_contact"]:
        lines.append(
            "- The document does not require the other agencies to have had direct contact with the child."
        )
    exceptions = rule.get("exceptions", [])
    circumstances = table["circumstances"]
    if rule["proceed"] == "conditions-lost":
        lines.append(
            f"- The chair may go ahead in exceptional circumstances {cite(rule['proceed_quote'])}; "
            "the list of those circumstances was lost from the captured document."
        )
        if "breach_quote" in rule:
            lines.append(
                f"- Where the child has not had relevant contact with enough agencies, the quorum may be breached {cite(rule['breach_quote'])}."
            )
    elif exceptions:
        # Barnsley says the conference "should proceed"; the others that the chair "may".
        verb = (
            "Should go ahead although inquorate** when"
            if "chair_decides" in rule
            else ("May go ahead although inquorate** only when")
        )
        lines.append(f"- **{verb} all of these hold:")
        lines += [
            f"    - {circumstances[e['circumstance']].rstrip('.')} {cite(e['quote'])}."
            for e in exceptions
        ]
    if "chair_decides" in rule:
        lines.append(
            f"- Otherwise the decision to go ahead is the chair's {cite(rule['chair_decides'])}."
        )
    for action in rule.get("actions", []):
        lines.append(
            f"- **If an inquorate conference goes ahead:** {action['text']} {cite(action['quote'])}"
        )
    for key in rule.get("key_agencies", []):
        agencies = ", ".join(table["agencies"][a] for a in key["agencies"])
        when = (
            f", where {_lower_first(circumstances[key['when']]).rstrip('.')}"
            if key.get("when")
            else ""
        )
        kinds = ", ".join(key["conference_types"])
        lines.append(
            f"- **Key agencies** ({agencies}) must attend {kinds} conferences{when} {cite(key['quote'])}."
            + (f" {key['reading']}" if "reading" in key else "")
        )
    lines.append("- Attendees count by agency: several professionals from one agency count once.")
    return "\n".join(lines)


def attendance_text(authority: str, *, links: Links) -> str:
    name = _name(authority)
    rule = load("attendance").get(authority) if authority != NATIONAL else None
    if rule is None:
        return "National guidance as summarised here sets no age rule for a child's attendance."

    def cite(quote: str) -> str:
        return cite_md(authority, rule["section"], quote, links)

    parts = []
    if "presumption_age" in rule:
        age = rule["presumption_age"]
        parts.append(
            f"A child under {age} is presumed unlikely to take part directly or fully "
            f"{cite(rule['under_quote'])}; from {age}, a child should be offered the chance "
            f"{cite(rule['over_quote'])}. Both presumptions can be rebutted by evidence."
        )
    elif "presumption_lost_quote" in rule:
        parts.append(
            f"{name} recommends an approach based partly on age {cite(rule['presumption_lost_quote'])}, "
            "but the approach itself was lost from the captured document, so no age presumption is given here."
        )
    else:
        parts.append(f"{name}'s document sets no age presumption for a child taking part.")
    if "advocate_ages" in rule:
        low, high = rule["advocate_ages"]
        parts.append(
            f"Young people aged {low} to {high} are routinely offered an independent advocate "
            f"{cite(rule['advocate_quote'])}."
        )
    return " ".join(parts)


# --------------------------------------------------------------------------------- tables
def _cell_key(rules: list[DeadlineRule]) -> tuple:
    return tuple(sorted((r.words(), r.conference_type or "") for r in rules))


def _effective(authority: str, deadline_id: str, event: str | None):
    """(rules, inherited): the authority's own rules, else the national ones."""
    own = _rules(authority, deadline_id, event)
    if own or authority == NATIONAL:
        return own, False
    return _rules(NATIONAL, deadline_id, event), True


def table_html(topic: str, *, links: Links) -> str:
    """A comparison table: authorities as columns, one row per rule, differences flagged."""
    if topic == "quorum":
        return _compare_table("Quorum", "Rule", _quorum_rows(links))
    if topic == "attendance":
        return _compare_table("Child attendance and advocacy", "Rule", _attendance_rows(links))
    title, rows = TOPICS[topic]
    table_rows = []
    for deadline_id, event in rows:
        cells = []
        for authority in AUTHORITIES:
            rules, inherited = _effective(authority, deadline_id, event)
            cells.append((_cell(authority, rules, inherited, links), _cell_key(rules)))
        table_rows.append((_row_title(deadline_id, event), cells))
    return _compare_table(title, "Deadline", table_rows)


def _compare_table(title: str, first: str, rows: list[tuple[str, list[tuple[str, object]]]]) -> str:
    """rows: (row label, [(cell html, comparison key) for each authority in AUTHORITIES])."""
    head = "".join(f'<th scope="col">{html.escape(_short(a))}</th>' for a in AUTHORITIES)
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


def _rule_rows(table: dict, headings: tuple[str, ...], cells_for) -> list:
    """Rows for a table of per-authority rules: cells_for(authority, rule) gives the cells it
    has, by heading; an authority with no rule, or no cell for a heading, is "Not stated"."""
    rows: dict[str, list] = {heading: [] for heading in headings}
    for authority in AUTHORITIES:
        rule = table.get(authority) if authority != NATIONAL else None
        cells = cells_for(authority, rule) if rule else {}
        for heading in headings:
            rows[heading].append(cells.get(heading, NOT_STATED))
    return list(rows.items())


def _quorum_rows(links: Links) -> list:
    table = load("quorum")
    labels = table["circumstances"]

    def cells_for(authority: str, rule: dict) -> dict:
        def cell(lines: list[str], key: object):
            return _text_cell(authority, rule["section"], lines, links, key)

        contact = " with direct contact with each child" if rule["direct_contact"] else ""
        cells = {
            "Who must attend": cell(
                [
                    f"Children's social care and at least {rule['other_agencies']} other agencies{contact}"
                ],
                (rule["other_agencies"], rule["direct_contact"]),
            )
        }
        if rule["proceed"] == "conditions-lost":
            lines = ["In exceptional circumstances; the list of them was lost from the capture"]
        else:
            # The sources' own words: Warrington's "2 agencies" is not the others' 3.
            lines = [f"\u201c{e['quote']}\u201d" for e in rule.get("exceptions", [])]
            if "chair_decides" in rule:
                lines = [
                    "It should go ahead when all of these hold:",
                    *lines,
                    "Otherwise the chair decides.",
                ]
        cells["If not quorate, it may go ahead when"] = cell(lines, tuple(lines))
        actions = [a["text"] for a in rule.get("actions", [])]
        if actions:
            cells["After an inquorate conference"] = cell(actions, tuple(actions))
        keys = [
            f"{', '.join(table['agencies'][a].split(' (')[0] for a in k['agencies'])}: "
            f"{', '.join(k['conference_types'])} conferences"
            + (f", where {labels[k['when']].rstrip('.').lower()}" if k.get("when") else "")
            for k in rule.get("key_agencies", [])
        ]
        if keys:
            cells["Key agencies that must attend"] = cell(keys, tuple(keys))
        return cells

    headings = (
        "Who must attend",
        "If not quorate, it may go ahead when",
        "After an inquorate conference",
        "Key agencies that must attend",
    )
    return _rule_rows(table, headings, cells_for)


def _attendance_rows(links: Links) -> list:
    def cells_for(authority: str, rule: dict) -> dict:
        def cell(lines: list[str], key: object):
            return _text_cell(authority, rule["section"], lines, links, key)

        cells = {}
        if "presumption_age" in rule:
            age = rule["presumption_age"]
            lines = [
                f"Under {age}: unlikely to take part directly or fully",
                f"{age} and over: offer the chance",
                "(both can be rebutted)",
            ]
            cells["Age presumption"] = cell(lines, age)
        elif "presumption_lost_quote" in rule:
            cells["Age presumption"] = cell(["Lost from the captured document"], "lost")
        if rule.get("questions"):
            cells["Questions before deciding"] = cell(rule["questions"], tuple(rule["questions"]))
        elif "questions_lost_quote" in rule:
            cells["Questions before deciding"] = cell(["Lost from the captured document"], "lost")
        if "advocate_ages" in rule:
            low, high = rule["advocate_ages"]
            cells["Independent advocate"] = cell(
                [f"Routinely offered at ages {low} to {high}"], (low, high)
            )
        return cells

    headings = ("Age presumption", "Questions before deciding", "Independent advocate")
    return _rule_rows(load("attendance"), headings, cells_for)


def _short(authority: str) -> str:
    return authorities()[authority]["short"]


def _row_title(deadline_id: str, event: str | None) -> str:
    rules = [
        r for r in deadline_rules() if r.id == deadline_id and (event is None or r.event == event)
    ]
    return rules[0].title


def _cell(authority: str, rules: list[DeadlineRule], inherited: bool, links: Links) -> str:
    if not rules:
        return '<td class="cpc-not-stated">Not stated</td>'
    if inherited:
        return '<td class="cpc-inherited">Not stated: national guidance applies</td>'
    parts = []
    for rule in rules:
        where = links.a(authority, rule.section)
        together = read_together(rule, brief=True)
        apart = f"<br>{html.escape(together)}" if together else ""
        parts.append(f"{html.escape(rule.words())}{apart}<br><small>{where}</small>")
    return "<td>" + "<hr>".join(parts) + "</td>"


# --------------------------------------------------------------------------------- at a glance
def glance_markdown(authority: str, *, links: Links) -> str:
    """Every timescale and threshold an authority sets, and what it inherits."""
    name = _name(authority)
    lines = ["## Timescales", "", "| Deadline | Rule | Source |", "| --- | --- | --- |"]
    own_ids = []
    for rule in rules_for(authority):
        own_ids.append(rule.id)
        source = cite_md(authority, rule.section, rule.quote or rule.summary, links)
        lines.append(f"| {rule.title} | {rule.words()} | {source.strip('()')} |")
    if authority != NATIONAL:
        for rule in rules_for(NATIONAL):
            if rule.id not in own_ids:
                source = cite_md(NATIONAL, rule.section, rule.summary, links).strip("()")
                lines.append(
                    f"| {rule.title} | {rule.words()} *(national guidance: {name}'s document is silent)* | {source} |"
                )
    lines += ["", "## Quorum", "", quorum_text(authority, links=links)]
    lines += ["", "## Child attendance and advocacy", "", attendance_text(authority, links=links)]
    own_facts = [f for (a, _), f in sorted(facts().items()) if a == authority]
    if own_facts:
        lines += ["", "## Other thresholds", ""]
        lines += [f"- {fact_text(authority, f['id'], links=links)}" for f in own_facts]
    return "\n".join(lines)


# Where each deadline is explained, for the calculators' "read more" links (site-relative URLs).
HANDBOOK_PAGES: dict[str, str] = {
    "conference-booking": "handbook/convening/",
    "icpc": "handbook/timing/",
    "conference-before-epo-expires": "handbook/timing/",
    "transfer-in-conference": "handbook/timing/",
    "pre-birth-assessment-start": "handbook/timing/",
    "pre-birth-conference-request": "handbook/timing/",
    "pre-birth-conference": "handbook/timing/",
    "pre-birth-conference-planned": "handbook/timing/",
    "first-core-group": "handbook/core-groups/",
    "next-core-group": "handbook/core-groups/",
    "first-review": "handbook/reviews/",
    "next-review": "handbook/reviews/",
    "looked-after-review": "handbook/looked-after-children/",
    "return-home-icpc": "handbook/looked-after-children/",
    "supervision-order-3-month-review": "handbook/looked-after-children/",
    "supervision-order-9-month-review": "handbook/looked-after-children/",
    "child-in-need-plan-review": "handbook/discontinuing/",
    "attendance-improvements-agreed": "handbook/membership-and-quorum/",
    "social-worker-liaises-with-chair": "handbook/reports/",
    "exclusion-representations": "handbook/exclusion/",
    "reports-to-parents": "handbook/reports/",
    "reports-to-chair": "handbook/reports/",
    "reports-to-safeguarding-unit": "handbook/reports/",
    "social-care-report-authorised": "handbook/reports/",
    "report-emailed-to-safeguarding-service": "handbook/reports/",
    "decision-letter-to-parents": "handbook/after-the-conference/",
    "decisions-and-recommendations": "handbook/after-the-conference/",
    "decision-document": "handbook/after-the-conference/",
    "outline-plan-and-decision-letter": "handbook/after-the-conference/",
    "decision-summary-and-plan": "handbook/after-the-conference/",
    "record": "handbook/after-the-conference/",
    "record-to-parents": "handbook/after-the-conference/",
    "record-amendments": "handbook/after-the-conference/",
}


def handbook_pages() -> dict[str, str]:
    """Every deadline id with the handbook page that explains it."""
    missing = {rule.id for rule in deadline_rules()} - set(HANDBOOK_PAGES)
    if missing:
        raise KeyError(f"no handbook page for {sorted(missing)}")
    return dict(HANDBOOK_PAGES)
