"""What each file of an authority pack may hold (calculators/data/authorities/<id>/), checked
when the packs are loaded, so that a typo stops with a message naming the file, the key and the
problem instead of giving a silently wrong date. `describe()` writes the same schema as Markdown
for the handbook's "Adding your authority" page.

The schema is data about the data: each key's type, whether it is required, what it means, and
for some keys a check against the shared tables (deadline ids, events, circumstances, agencies).
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .errors import PackError

Check = Callable[[Any], "str | None"]  # None when the value is fine, else the problem


@dataclass(frozen=True)
class Key:
    kind: type | tuple[type, ...]
    required: bool
    meaning: str
    check: Check | None = None
    # Keys of the same table that must be given with this one (an empty list counts as not
    # given): always, and for particular values of this key.
    needs: tuple[str, ...] = ()
    needs_for: dict[Any, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Table:
    """A TOML table: its keys, some of which are tables or arrays of tables."""

    keys: dict[str, Key | Table | Array]
    required: bool = False
    meaning: str = ""
    # A check on the table as a whole: (key, problem) for the first problem, or None.
    check: Callable[[dict], tuple[str, str] | None] | None = None


@dataclass(frozen=True)
class Array:
    """An array of tables, such as [[rule]]."""

    item: Table
    required: bool = False
    meaning: str = ""
    unique: str | None = None  # a key whose value must differ between the items


def _one_of(*allowed: str) -> Check:
    return lambda value: None if value in allowed else f"must be one of {', '.join(allowed)}"


def _known(what: str, names: Callable[[], Any]) -> Check:
    def check(value: Any) -> str | None:
        values = value if isinstance(value, list) else [value]
        unknown = [v for v in values if v not in names()]
        return f"{', '.join(map(str, unknown))}: not a known {what}" if unknown else None

    return check


def _period(value: str) -> str | None:
    from .periods import Period

    try:
        Period.parse(value)
    except ValueError as error:
        return str(error)
    return None


def _deadline_ids() -> Any:
    from .data import shared

    return shared("deadlines")["deadline"]


def _events() -> Any:
    from .data import events

    return events()


def _circumstances() -> Any:
    from .data import shared

    return shared("quorum")["circumstances"]


def _agencies() -> Any:
    from .data import shared

    return shared("quorum")["agencies"]


def _conference_types() -> Any:
    from .data import shared

    return shared("fields")["quorum"]["conference_type"]["options"]


def _ages(value: list) -> str | None:
    ok = len(value) == 2 and all(isinstance(v, int) for v in value) and value[0] <= value[1]
    return None if ok else "must be two whole numbers of years, [from, to], the first no larger"


def _age(value: int) -> str | None:
    from .attendance import OLDEST  # the oldest a child at a conference can be

    return None if 0 <= value <= OLDEST else f"must be an age from 0 to {OLDEST}"


def _period_named(action: dict) -> tuple[str, str] | None:
    """An action's period is written once, in `period`, and named in `text` as {period}."""
    named = "{period}" in action.get("text", "")
    if named and "period" not in action:
        return "period", "is missing: the text names {period}"
    if "period" in action and not named:
        return "text", "must name the period as {period}"
    return None


def _section_list(value: list) -> str | None:
    if not value or not all(isinstance(v, str) and v.strip() for v in value):
        return "must be a list of the document's sections, as text"
    twice = sorted({v for v in value if value.count(v) > 1})
    return f"lists {', '.join(twice)} twice" if twice else None


def _strings(value: list) -> str | None:
    return None if all(isinstance(v, str) for v in value) else "must be a list of strings"


SECTION = Key(str, True, "the section of the document the rule is in, as the document heads it")
QUOTE = Key(str, False, "the short phrase that carries the rule, word for word from the document")
DEADLINE_ID = _known("deadline id (calculators/data/deadlines.toml [deadline.ID])", _deadline_ids)
EVENT = _known("event (calculators/data/events.toml)", _events)

CITED = Table(
    {"section": Key(str, True, "the other passage's section"), "quote": QUOTE}, meaning=""
)

SCHEMA: dict[str, Table] = {
    "authority.toml": Table(
        {
            "name": Key(str, True, "the authority's name as readers know it"),
            "short": Key(str, True, "a short name for tabs and table columns"),
            "order": Key(int, True, "where it comes among the authorities (smaller first)"),
            "baseline": Key(
                bool,
                False,
                "true for the national rules every authority inherits where it is silent "
                "(one pack only)",
            ),
            "document": Table(
                {
                    "title": Key(str, True, "the document's title"),
                    "cited_as": Key(
                        str,
                        False,
                        "how citations name it, where not by the authority's name "
                        '(e.g. "Working Together 2023")',
                    ),
                    "publisher": Key(str, True, "who publishes it"),
                    "date": Key(str, True, 'its date, or "Not stated in the capture"'),
                    "source": Key(
                        str, False, "the file name of its text capture in tests/fixtures/sources/"
                    ),
                    "capture": Key(str, True, "what the capture holds and what it lost"),
                    "sections": Key(
                        list,
                        True,
                        "the document's sections as this pack cites them: a heading, with a "
                        "sub-heading in brackets where a rule cites one; every `section` in the "
                        "pack's other files must be one of these",
                        _section_list,
                    ),
                },
                required=True,
                meaning="the one document every rule of this pack is cited from",
            ),
        }
    ),
    "deadlines.toml": Table(
        {
            "rule": Array(
                Table(
                    {
                        "id": Key(str, True, "the deadline's id", DEADLINE_ID),
                        "title": Key(str, True, "the authority's own name for the deadline"),
                        "from": Key(str, True, "the event the period counts from", EVENT),
                        "period": Key(
                            str, True, '"N working days", "N days", "N weeks", ...', _period
                        ),
                        "direction": Key(str, True, '"after" or "before" the event'),
                        "sooner_of": Table(
                            {
                                "from": Key(str, True, "the other event", EVENT),
                                "period": Key(str, True, "the other period", _period),
                            },
                            meaning="a second limit: the earlier of the two applies",
                        ),
                        "conference_type": Key(
                            str, False, '"initial" or "review" only', _one_of("initial", "review")
                        ),
                        "requires": Key(list, False, "other events that must be given", EVENT),
                        "section": SECTION,
                        "quote": QUOTE,
                        "summary": Key(str, False, "for a document not captured: a summary"),
                        "wording": Key(
                            str, False, '"at" where the source names a point', _one_of("at")
                        ),
                        "notes": Key(list, False, "what a practitioner must also know", _strings),
                        "from_label": Key(str, False, "the source's own name for the event"),
                        "gap": Key(str, False, "what the source does not say, and what is used"),
                        "also": Array(CITED, meaning="other passages saying the same"),
                        "read_with": Key(
                            str, False, "the id of a rule giving another day", DEADLINE_ID
                        ),
                    }
                ),
                meaning="every dated rule in the document",
            ),
            "silence": Array(
                Table(
                    {
                        "id": Key(
                            str, True, "the deadline id it sets no timescale for", DEADLINE_ID
                        ),
                        "section": SECTION,
                        "quote": Key(str, True, "what the document says instead, word for word"),
                        "gap": Key(str, False, "what the handbook uses instead"),
                    }
                ),
                meaning="what the document says where it sets no timescale",
            ),
        }
    ),
    "quorum.toml": Table(
        {
            "section": SECTION,
            "quote": Key(str, True, "the quorum, word for word"),
            "other_agencies": Key(int, True, "agencies besides children's social care"),
            "direct_contact": Key(bool, True, "whether they must have had direct contact"),
            "proceed": Key(
                str,
                False,
                "how an inquorate conference may go ahead: all-conditions (the chair may "
                "proceed only when every condition holds), should-proceed (the chair decides; "
                "the document says it should go ahead when every condition holds) or "
                "conditions-lost (the capture lost the list); leave it out where the document "
                "does not say",
                _one_of("all-conditions", "should-proceed", "conditions-lost"),
                needs=("proceed_quote",),
                needs_for={
                    "all-conditions": ("exceptions",),
                    "should-proceed": ("exceptions", "chair_decides"),
                },
            ),
            "proceed_quote": Key(str, False, "the sentence letting it go ahead"),
            "breach_quote": Key(
                str,
                False,
                "the sentence saying the quorum may be breached",
                needs=("breach_reading",),
            ),
            "breach_reading": Key(str, False, "how the handbook reads that sentence"),
            "chair_decides": Key(str, False, "the sentence leaving it to the chair"),
            "exceptions": Array(
                Table(
                    {
                        "circumstance": Key(
                            str,
                            True,
                            "the condition's id (calculators/data/quorum.toml [circumstances])",
                            _known("circumstance", _circumstances),
                        ),
                        "quote": Key(str, True, "the authority's own words for it"),
                    }
                ),
                meaning="the conditions under which an inquorate conference may go ahead",
            ),
            "actions": Array(
                Table(
                    {
                        "text": Key(
                            str, True, "what must happen, in our words; {period} names the period"
                        ),
                        "period": Key(str, False, "the time the source allows", _period),
                        "quote": Key(str, True, "the source's words"),
                    },
                    check=_period_named,
                ),
                meaning="what must happen when an inquorate conference goes ahead",
            ),
            "key_agencies": Array(
                Table(
                    {
                        "agencies": Key(list, True, "agency ids", _known("agency", _agencies)),
                        "conference_types": Key(
                            list,
                            False,
                            "the conference types it applies to (calculators/data/fields.toml); all of "
                            "them when left out",
                            _known("conference type", _conference_types),
                        ),
                        "quote": Key(str, True, "the source's words"),
                        "when": Key(
                            str,
                            False,
                            "a circumstance that must hold",
                            _known("circumstance", _circumstances),
                        ),
                        "when_quote": Key(str, False, "the source's words for it"),
                        "reading": Key(str, False, "where the handbook reads beyond the words"),
                    }
                ),
                meaning="agencies that must attend whatever the quorum",
            ),
        }
    ),
    "attendance.toml": Table(
        {
            "section": SECTION,
            "presumption_age": Key(
                int,
                False,
                "from this age a child is offered the chance to take part",
                _age,
                needs=("over_quote", "under_quote"),
            ),
            "over_quote": Key(str, False, "the words for children of that age or over"),
            "under_quote": Key(str, False, "the words for younger children"),
            "presumption_lost_quote": Key(str, False, "where the capture lost the age"),
            "advocate_ages": Key(
                list,
                False,
                "[from, to]: ages routinely offered an advocate",
                _ages,
                needs=("advocate_quote",),
            ),
            "advocate_quote": Key(str, False, "the words for the advocate offer"),
            "questions": Key(
                list, False, "questions to ask before deciding, word for word", _strings
            ),
            "questions_lost_quote": Key(str, False, "where the capture lost the questions"),
            "notes": Array(
                Table({"text": Key(str, True, "the rule in our words"), "quote": QUOTE}),
                meaning="other rules on attendance",
            ),
        }
    ),
    "facts.toml": Table(
        {
            "fact": Array(
                Table(
                    {
                        "id": Key(str, True, "a name for the fact, unique in the pack"),
                        "text": Key(str, True, "the rule, reading inside a sentence"),
                        "topic": Key(str, True, "the heading it goes under at a glance"),
                        "lead": Key(str, False, "words before `text` that make it a sentence"),
                        "section": SECTION,
                        "quote": Key(str, True, "word for word from the document"),
                        "repeats": Key(
                            str, False, "the id of a fact the document states elsewhere"
                        ),
                    }
                ),
                unique="id",
                meaning="other cited rules with a number in them",
            )
        }
    ),
}

TYPE_WORDS = {str: "text", int: "a whole number", bool: "true or false", list: "a list"}


def validate(path: str, name: str, data: dict) -> None:
    """Raise PackError for the first problem in `data`, the parsed file `path`."""
    schema = SCHEMA.get(name)
    if schema is None:
        raise PackError(
            path, None, f"is not a file an authority pack can hold ({', '.join(SCHEMA)})"
        )
    _table(path, "", schema, data)


def _table(path: str, where: str, schema: Table, data: dict) -> None:
    for key in data:
        if key not in schema.keys:
            close = [k for k in schema.keys if _similar(k, key)]
            hint = f" (did you mean {close[0]}?)" if close else ""
            raise PackError(path, where + key, f"is not a key this file can hold{hint}")
    for key, spec in schema.keys.items():
        at = where + key
        if key not in data:
            if spec.required:
                raise PackError(path, at, "is missing")
            continue
        value = data[key]
        if isinstance(spec, Table):
            if not isinstance(value, dict):
                raise PackError(path, at, "must be a table")
            _table(path, at + ".", spec, value)
        elif isinstance(spec, Array):
            if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
                raise PackError(path, at, f"must be [[{key}]] tables")
            seen: set = set()
            for number, item in enumerate(value, 1):
                _table(path, f"{at}[{number}].", spec.item, item)
                if spec.unique:
                    if item[spec.unique] in seen:
                        raise PackError(path, f"{at}[{number}].{spec.unique}", "is used twice")
                    seen.add(item[spec.unique])
        else:
            if not isinstance(value, spec.kind) or (spec.kind is int and isinstance(value, bool)):
                raise PackError(path, at, f"must be {TYPE_WORDS.get(spec.kind, spec.kind)}")  # type: ignore[arg-type]
            problem = spec.check(value) if spec.check else None
            if problem:
                raise PackError(path, at, f"{problem} (it is {value!r})")
            wanted = spec.needs_for.get(value, ()) if isinstance(value, str) else ()
            for other in (*spec.needs, *wanted):
                if data.get(other) in (None, []):
                    raise PackError(path, where + other, f"is missing: {key} needs it")
    if schema.check and (found := schema.check(data)):
        raise PackError(path, where + found[0], found[1])


def check_sections(folder: str, tables: dict[str, dict]) -> None:
    """Raise PackError where a file of the pack cites a section its authority.toml does not
    list: a misspelt section would send a reader to a heading that is not in the document."""
    listed = tables["authority"]["document"]["sections"]
    for stem, table in tables.items():
        if stem == "authority":
            continue
        for where, section in cited_sections(table, ""):
            if section not in listed:
                close = difflib.get_close_matches(section, listed, n=1, cutoff=0.8)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                raise PackError(
                    f"{folder}/{stem}.toml",
                    where,
                    f"is not one of the sections authority.toml lists: {section!r}{hint}",
                )


def cited_sections(value: Any, where: str) -> list[tuple[str, str]]:
    """Every `section` key in a parsed file: (where, its value)."""
    found = []
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "section" and isinstance(item, str):
                found.append((where + key, item))
            else:
                found += cited_sections(item, f"{where}{key}.")
    elif isinstance(value, list):
        for number, item in enumerate(value, 1):
            found += cited_sections(item, f"{where.rstrip('.')}[{number}].")
    return found


def _similar(a: str, b: str) -> bool:
    """A likely typo: the same letters but one, or two swapped."""
    if abs(len(a) - len(b)) > 1:
        return False
    return sum(x != y for x, y in zip(a, b, strict=False)) + abs(len(a) - len(b)) <= 1 or sorted(
        a
    ) == sorted(b)


def describe() -> str:
    """The schema in Markdown: one section a file, one line a key."""
    out = []
    for name, table in SCHEMA.items():
        out.append(f"### `{name}`\n")
        out.extend(_describe(table, 0))
        out.append("")
    return "\n".join(out)


def _describe(table: Table, depth: int) -> list[str]:
    pad = "    " * depth
    lines = []
    for key, spec in table.keys.items():
        need = "required" if spec.required else "optional"
        if isinstance(spec, Table):
            lines.append(f"{pad}- `[{key}]` ({need}): {spec.meaning}")
            lines.extend(_describe(spec, depth + 1))
        elif isinstance(spec, Array):
            lines.append(f"{pad}- `[[{key}]]` (any number): {spec.meaning}")
            lines.extend(_describe(spec.item, depth + 1))
        else:
            kind = TYPE_WORDS.get(spec.kind, "")  # type: ignore[arg-type]
            needs = "".join(
                f"; {'with' if value is None else f'when {value}, with'} "
                + ", ".join(f"`{k}`" for k in keys)
                for value, keys in ((None, spec.needs), *spec.needs_for.items())
                if keys
            )
            lines.append(f"{pad}- `{key}` ({kind}, {need}): {spec.meaning}{needs}")
    return lines
