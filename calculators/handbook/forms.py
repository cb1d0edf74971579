"""The calculators' forms as HTML, generated from the same data the calculators read, following
GOV.UK Design System patterns (labels and hints, day-month-year date inputs, an error summary).

The MkDocs hook renders [[form deadlines]], [[form quorum]] and [[form attendance]] with these;
docs/javascripts/calculators/ turns the forms into payloads for calculators.run and shows the
results. Field names are the payload's JSON field names, as in the page's URL.
"""

from __future__ import annotations

from html import escape

from ..data import authorities, events, national
from ..fields import deadline_sections, label, options
from ..quorum_rules import (
    Agency,
    QuorumRule,
    agencies,
    circumstances,
    condition_label,
    quorum_rules,
)

DATE_HINT = "For example, 27 3 2027"
FIRST_GROUP_OPEN = "initial"


def form_html(name: str) -> str:
    return {"deadlines": deadlines_form, "quorum": quorum_form, "attendance": attendance_form}[
        name
    ]()


def _error_summary() -> str:
    return (
        '<div class="cpc-error-summary" data-error-summary hidden tabindex="-1">'
        '<h2 class="cpc-error-summary__title">There is a problem</h2>'
        '<ul class="cpc-error-summary__list" data-error-list></ul></div>'
    )


def _error(field_id: str) -> str:
    return (
        f'<p class="cpc-error-message" id="{field_id}-error" data-error-for="{field_id}" hidden>'
        "</p>"
    )


def _authority_select(include_national: bool = True) -> str:
    options = "".join(
        f'<option value="{key}">{escape(row["name"])}</option>'
        for key, row in authorities().items()
        if include_national or key != national()
    )
    return (
        '<div class="cpc-form-group" data-field="authority">'
        f'<label class="cpc-label" for="authority">{escape(label("deadlines", "authority"))}</label>'
        '<p class="cpc-hint" id="authority-hint">Whose procedure applies. We remember your '
        "choice in this browser for next time.</p>"
        f"{_error('authority')}"
        '<select class="cpc-select" id="authority" name="authority" '
        f'aria-describedby="authority-hint">{options}</select></div>'
    )


def date_input(field: str, name: str, legend: str, hint: str) -> str:
    """GOV.UK date input: day, month and year in a fieldset, no auto-tab."""
    parts = "".join(
        f'<div class="cpc-date-input__item"><label class="cpc-label" for="{name}-{part}">'
        f"{part.title()}</label>"
        f'<input class="cpc-input cpc-input--width-{width}" id="{name}-{part}" '
        f'name="{name}-{part}" type="text" inputmode="numeric" autocomplete="off" '
        f'data-date-part="{part}"></div>'
        for part, width in (("day", 2), ("month", 2), ("year", 4))
    )
    return (
        f'<div class="cpc-form-group" data-field="{field}">'
        f'<fieldset class="cpc-fieldset" role="group" id="{name}" data-date="{name}" '
        f'aria-describedby="{name}-hint">'
        f'<legend class="cpc-fieldset__legend">{escape(legend)}</legend>'
        f'<p class="cpc-hint" id="{name}-hint">{escape(hint)} {DATE_HINT}</p>'
        f"{_error(name)}"
        f'<div class="cpc-date-input">{parts}</div></fieldset></div>'
    )


def _radios(field: str, legend: str, options: list[tuple[str, str]], hint: str = "") -> str:
    items = "".join(
        f'<div class="cpc-radios__item"><input class="cpc-radios__input" type="radio" '
        f'id="{field}-{value}" name="{field}" value="{value}">'
        f'<label class="cpc-label cpc-radios__label" for="{field}-{value}">{escape(label)}'
        "</label></div>"
        for value, label in options
    )
    hint_html = f'<p class="cpc-hint" id="{field}-hint">{escape(hint)}</p>' if hint else ""
    described = f' aria-describedby="{field}-hint"' if hint else ""
    return (
        f'<div class="cpc-form-group" data-field="{field}">'
        f'<fieldset class="cpc-fieldset" id="{field}"{described}>'
        f'<legend class="cpc-fieldset__legend">{escape(legend)}</legend>{hint_html}'
        f'{_error(field)}<div class="cpc-radios">{items}</div></fieldset></div>'
    )


def _checkboxes(field: str, legend: str, options: list[tuple[str, str, str]], hint: str) -> str:
    """options: (value, label, item hint or "")."""
    items = "".join(
        f'<div class="cpc-checkboxes__item"><input class="cpc-checkboxes__input" '
        f'type="checkbox" id="{field}-{value}" name="{field}" value="{value}"'
        + (f' aria-describedby="{field}-{value}-hint"' if item_hint else "")
        + f'><label class="cpc-label cpc-checkboxes__label" for="{field}-{value}">'
        f"{escape(label)}</label>"
        + (
            f'<p class="cpc-hint cpc-checkboxes__hint" id="{field}-{value}-hint">'
            f"{escape(item_hint)}</p>"
            if item_hint
            else ""
        )
        + "</div>"
        for value, label, item_hint in options
    )
    return (
        f'<div class="cpc-form-group" data-field="{field}">'
        f'<fieldset class="cpc-fieldset" id="{field}" aria-describedby="{field}-hint">'
        f'<legend class="cpc-fieldset__legend">{escape(legend)}</legend>'
        f'<p class="cpc-hint" id="{field}-hint">{escape(hint)}</p>{_error(field)}'
        f'<div class="cpc-checkboxes">{items}</div></fieldset></div>'
    )


def late_in_day_box(option: dict) -> str:
    """A single tick box beside an event's date: the event comes late in the day (events.toml
    `late_in_day`). The browser sends it as the payload's yes/no field of the same name."""
    field = option["field"]
    return (
        f'<div class="cpc-form-group" data-field="{field}">{_error(field)}'
        '<div class="cpc-checkboxes"><div class="cpc-checkboxes__item">'
        f'<input class="cpc-checkboxes__input" type="checkbox" id="{field}" name="{field}" '
        f'value="true" data-option aria-describedby="{field}-hint">'
        f'<label class="cpc-label cpc-checkboxes__label" for="{field}">'
        f"{escape(option['title'])}</label></div>"
        f'<p class="cpc-hint" id="{field}-hint">{escape(option["help"])}</p></div></div>'
    )


def _form(name: str, body: str, button: str) -> str:
    return (
        f'<form class="cpc-form" data-calculator="{name}" novalidate>{_error_summary()}'
        f'{body}<button type="submit" class="cpc-button" data-submit>{button}</button></form>'
        '<p class="cpc-status" data-status role="status">Loading the calculator: this takes a '
        "few seconds the first time.</p>"
        '<section class="cpc-results" data-results hidden aria-labelledby="results-title">'
        "</section>"
    )


def deadlines_form() -> str:
    sections = []
    late = {
        row["late_in_day"]["field"]: row["late_in_day"]
        for row in events().values()
        if "late_in_day" in row
    }
    for group, heading, names in deadline_sections():
        fields = []
        for field in names:
            if field.startswith("events."):
                name = field.removeprefix("events.")
                row = events()[name]
                fields.append(date_input(field, name, row["title"], row["help"]))
            elif field in late:
                fields.append(late_in_day_box(late[field]))
            elif field == "conference_type":
                fields.append(
                    _radios(
                        "conference_type",
                        label("deadlines", "conference_type"),
                        list(options("deadlines", "conference_type").items()),
                        "Report deadlines differ for initial and review conferences.",
                    )
                )
        open_attr = " open" if group == FIRST_GROUP_OPEN else ""
        sections.append(
            f'<details class="cpc-details" data-group="{group}"{open_attr}>'
            f'<summary class="cpc-details__summary">{escape(heading)}</summary>'
            f'<div class="cpc-details__text">{"".join(fields)}</div></details>'
        )
    closures_label = label("deadlines", "closure_days")
    closures = (
        '<details class="cpc-details" data-group="closures">'
        f'<summary class="cpc-details__summary">{escape(closures_label)}</summary>'
        '<div class="cpc-details__text"><div class="cpc-form-group" data-field="closure_days">'
        f'<label class="cpc-label" for="closure_days">{escape(closures_label)}</label>'
        '<p class="cpc-hint" id="closure_days-hint">Days your office is closed, besides '
        "weekends and bank holidays: one date a line, for example 24 12 2026. They are not "
        "counted as working days.</p>"
        f"{_error('closure_days')}"
        '<textarea class="cpc-textarea" id="closure_days" name="closure_days" rows="3" '
        'aria-describedby="closure_days-hint"></textarea></div></div></details>'
    )
    intro = (
        '<p class="cpc-hint">Give the dates you know; leave the rest blank. Each section '
        "opens to show its dates.</p>"
    )
    return _form(
        "deadlines",
        _authority_select() + intro + "".join(sections) + closures,
        "Calculate deadlines",
    )


def quorum_form() -> str:
    def examples(agency: Agency) -> str:
        if agency.examples is None:
            return ""
        return f"For example {agency.examples}: this handbook's examples, not a procedure's list."

    body = (
        _authority_select()
        + _radios(
            "conference_type",
            label("quorum", "conference_type"),
            list(options("quorum", "conference_type").items()),
        )
        + date_input(
            "conference_date",
            "conference_date",
            label("quorum", "conference_date"),
            "Optional. With it, anything that must follow within a set time is given a date.",
        )
        + _checkboxes(
            "attendee",
            label("quorum", "attendees"),
            [(key, agency.name, examples(agency)) for key, agency in agencies().items()],
            "Tick each agency with someone at the conference. Several people from one agency "
            "count once.",
        )
        + _checkboxes(
            "direct_contact",
            label("quorum", "attendees.direct_contact"),
            [(key, agency.name, "") for key, agency in agencies().items()],
            "Most procedures count only agencies that have had direct contact with the child.",
        )
        + _conditions()
    )
    return _form("quorum", body, "Check quorum")


def _conditions() -> str:
    """One yes / no / not known question per circumstance, shown only for the authorities
    whose rule asks it, in each one's own words (quorum.js shows the chosen authority's)."""
    groups = []
    for circumstance, generic in circumstances().items():
        asking = {a: r for a, r in quorum_rules().items() if circumstance in r.asked()}
        if asking:
            groups.append(_condition(circumstance, generic, asking))
    intro = (
        '<p class="cpc-hint">If the conference is not quorate, these decide whether it may '
        "still go ahead. Answer what you know and leave the rest as Not known: the result "
        "then says which answers it needs.</p>"
    )
    return f'<div class="cpc-conditions" id="circumstances">{intro}{"".join(groups)}</div>'


def _condition(circumstance: str, generic: str, asking: dict[str, QuorumRule]) -> str:
    """A condition's fieldset: its words and their source for each authority asking it (one
    shown at a time), this handbook's wording as the fallback, and inline radios."""
    words = (
        "".join(
            f'<span data-words="{a}" hidden>{escape(condition_label(rule, circumstance))}</span>'
            for a, rule in asking.items()
        )
        + f'<span data-words="*">{escape(generic.rstrip("."))}</span>'
    )
    hints = (
        "".join(
            f'<span data-hint="{a}" hidden>{escape(authorities()[a]["name"])}\'s words '
            f"({escape(rule.section)}).</span>"
            for a, rule in asking.items()
        )
        + '<span data-hint="*">This handbook\'s wording.</span>'
    )
    radios = "".join(
        f'<div class="cpc-radios__item"><input class="cpc-radios__input" type="radio" '
        f'id="{circumstance}-{value}" name="{circumstance}" value="{value}"'
        f"{' checked' if value == 'unknown' else ''}>"
        f'<label class="cpc-label cpc-radios__label" for="{circumstance}-{value}">{label}'
        "</label></div>"
        for value, label in (("yes", "Yes"), ("no", "No"), ("unknown", "Not known"))
    )
    return (
        f'<div class="cpc-form-group" data-field="circumstances.{circumstance}" '
        f'data-condition="{circumstance}" data-authorities="{" ".join(asking)}">'
        f'<fieldset class="cpc-fieldset" id="{circumstance}" '
        f'aria-describedby="{circumstance}-hint">'
        f'<legend class="cpc-fieldset__legend">{words}</legend>'
        f'<p class="cpc-hint" id="{circumstance}-hint">{hints}</p>{_error(circumstance)}'
        f'<div class="cpc-radios cpc-radios--inline">{radios}</div></fieldset></div>'
    )


def attendance_form() -> str:
    body = (
        _authority_select() + '<div class="cpc-form-group" data-field="age">'
        f'<label class="cpc-label" for="age">{escape(label("attendance", "age"))}</label>'
        '<p class="cpc-hint" id="age-hint">Or leave this blank and give the date of birth and '
        "the conference date below.</p>"
        f"{_error('age')}"
        '<input class="cpc-input cpc-input--width-3" id="age" name="age" type="text" '
        'inputmode="numeric" autocomplete="off" aria-describedby="age-hint"></div>'
        + date_input("date_of_birth", "date_of_birth", label("attendance", "date_of_birth"), "")
        + date_input(
            "conference_date", "conference_date", label("attendance", "conference_date"), ""
        )
    )
    return _form("attendance", body, "Check attendance")
