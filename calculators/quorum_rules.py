"""Each authority's quorum rule (its pack's quorum.toml) as an object, loaded once and used by the
quorum checker, the handbook, the training and practice alike; with the shared vocabulary of
calculators/data/quorum.toml (agencies, and this handbook's words for each circumstance).

The pack's schema (calculators/schema.py) has checked each file's keys and the keys that must
come together, so building these objects cannot meet a missing key.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from .data import authorities, load, national, shared
from .periods import Period

ALL_CONDITIONS = "all-conditions"  # the chair may proceed only when every condition holds
SHOULD_PROCEED = "should-proceed"  # the chair decides; it should go ahead when all hold
CONDITIONS_LOST = "conditions-lost"  # the source's list of conditions was lost in the capture


# Where a document has a quorum but does not say how an inquorate conference may go ahead.
NOT_SAID = "does not say whether a conference that is not quorate may go ahead"


def no_quorum_words(authority: str) -> str:
    """What to say where an authority's pack has no quorum table (the national baseline, as
    summarised here, sets none either)."""
    if authority == national():
        return (
            "National guidance as summarised here sets no quorum for child protection conferences."
        )
    name = authorities()[authority]["name"]
    return f"{name}'s document sets no quorum for child protection conferences."


def quoted(words: str) -> str:
    return f"\u201c{words}\u201d"


@dataclass(frozen=True)
class Agency:
    id: str
    name: str  # what the checker, the handbook and the form call it
    examples: str | None  # this handbook's own examples, shown only as a hint on the form


@dataclass(frozen=True)
class Condition:
    """A condition for an inquorate conference going ahead, in the authority's words."""

    circumstance: str  # the id the user answers (calculators/data/quorum.toml [circumstances])
    quote: str


@dataclass(frozen=True)
class Action:
    """What must happen when an inquorate conference goes ahead."""

    template: str  # ours, naming the period as {period}
    quote: str
    period: Period | None = None

    @property
    def text(self) -> str:
        return (
            self.template.replace("{period}", self.period.words()) if self.period else self.template
        )


@dataclass(frozen=True)
class KeyAgencies:
    """Agencies that must attend whatever the quorum, where a document names key agencies."""

    agencies: tuple[str, ...]
    conference_types: tuple[str, ...]
    quote: str
    when: str | None = None  # a circumstance that must hold for the rule to apply
    when_quote: str | None = None
    reading: str | None = None  # where this handbook applies the rule beyond the source's words


@dataclass(frozen=True)
class QuorumRule:
    authority: str
    section: str
    quote: str
    other_agencies: int  # agencies besides children's social care
    direct_contact: bool  # whether they count only with direct contact with the child
    proceed: str | None  # ALL_CONDITIONS, SHOULD_PROCEED, CONDITIONS_LOST; None: not said
    proceed_quote: str | None = None
    conditions: tuple[Condition, ...] = ()
    chair_decides: str | None = None
    breach_quote: str | None = None
    breach_reading: str | None = None  # how this handbook reads breach_quote
    actions: tuple[Action, ...] = ()
    key_agencies: tuple[KeyAgencies, ...] = ()

    @classmethod
    def from_data(cls, authority: str, row: dict[str, Any]) -> QuorumRule:
        every_type = tuple(shared("fields")["quorum"]["conference_type"]["options"])
        return cls(
            authority=authority,
            section=row["section"],
            quote=row["quote"],
            other_agencies=row["other_agencies"],
            direct_contact=row["direct_contact"],
            proceed=row.get("proceed"),
            proceed_quote=row.get("proceed_quote"),
            conditions=tuple(
                Condition(e["circumstance"], e["quote"]) for e in row.get("exceptions", ())
            ),
            chair_decides=row.get("chair_decides"),
            breach_quote=row.get("breach_quote"),
            breach_reading=row.get("breach_reading"),
            actions=tuple(
                Action(a["text"], a["quote"], Period.parse(a["period"]) if "period" in a else None)
                for a in row.get("actions", ())
            ),
            key_agencies=tuple(
                KeyAgencies(
                    agencies=tuple(k["agencies"]),
                    conference_types=tuple(k.get("conference_types", every_type)),
                    quote=k["quote"],
                    when=k.get("when"),
                    when_quote=k.get("when_quote"),
                    reading=k.get("reading"),
                )
                for k in row.get("key_agencies", ())
            ),
        )

    def asked(self) -> list[str]:
        """The circumstances that can change this authority's answer, in the order it lists
        them."""
        asked = [c.circumstance for c in self.conditions]
        asked += [k.when for k in self.key_agencies if k.when]
        return list(dict.fromkeys(asked))

    def breach_text(self, name: str) -> str:
        assert self.breach_quote and self.breach_reading
        return f"{name}'s procedure also says: {quoted(self.breach_quote)}. {self.breach_reading}"


@cache
def quorum_rules() -> dict[str, QuorumRule]:
    """Every authority's quorum rule, by authority, in the packs' order. An authority with none
    sets no quorum in its document; the national baseline, as summarised here, sets none."""
    table = load("quorum")
    shared_keys = set(shared("quorum"))
    return {
        authority: QuorumRule.from_data(authority, row)
        for authority, row in table.items()
        if authority not in shared_keys and authority != national()
    }


def quorum_rule(authority: str) -> QuorumRule | None:
    return quorum_rules().get(authority)


@cache
def agencies() -> dict[str, Agency]:
    """The agencies a user can say are attending, in the form's order."""
    return {
        agency: Agency(agency, row["name"], row.get("examples"))
        for agency, row in shared("quorum")["agencies"].items()
    }


def agency_name(agency: str) -> str:
    """The agency's plain name ("Health"), never this handbook's examples of it."""
    return agencies()[agency].name


def circumstances() -> dict[str, str]:
    """Every circumstance id, with this handbook's generic words for it."""
    return shared("quorum")["circumstances"]


def condition_words(rule: QuorumRule | None, circumstance: str) -> tuple[str, bool]:
    """(words, own): the authority's own words for a circumstance where its rule has them,
    otherwise this handbook's generic wording."""
    if rule is not None:
        for condition in rule.conditions:
            if condition.circumstance == circumstance:
                return condition.quote, True
        for key in rule.key_agencies:
            if key.when == circumstance and key.when_quote:
                return key.when_quote, True
    return circumstances()[circumstance], False


def condition_label(rule: QuorumRule | None, circumstance: str) -> str:
    """A circumstance as shown: the authority's words in quotation marks, or ours plain."""
    words, own = condition_words(rule, circumstance)
    return quoted(words) if own else words.rstrip(".")
