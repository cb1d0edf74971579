"""Functions shared by several browser test files (tests/browser/): driving the calculators'
forms, and choosing authorities from the packs by what their rules say, so that a test that
needs "an authority with a quorum" never names one. Fixtures are in tests/browser/conftest.py.

Not tests/helpers.py: that module serves the engine's tests and is kept apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from calculators.data import load, national, packs

RESULT_TIMEOUT = 60_000
DEADLINES = "calculators/deadlines/"
QUORUM = "calculators/quorum/"
ATTENDANCE = "calculators/attendance/"

# Hand-worked for any authority whose ICPC is due "15 working days" after the strategy
# discussion: from Friday 18 December 2026, skipping Christmas Day (Fri 25), the Boxing Day
# substitute (Mon 28 December) and New Year's Day (Fri 1 January), the ICPC is due on
# Wednesday 13 January 2027.
STRATEGY_DISCUSSION = "2026-12-18"
ICPC_IN_15_WORKING_DAYS = "2027-01-13"


# ---------------------------------------------------------------- the calculators' forms
def wait_ready(page) -> None:
    """The calculator's form is ready to take input (its runtime has started)."""
    page.wait_for_selector("form[data-ready='true']", timeout=RESULT_TIMEOUT)


def type_date(page, name: str, day: str, month: str, year: str) -> None:
    page.fill(f"#{name}-day", day)
    page.fill(f"#{name}-month", month)
    page.fill(f"#{name}-year", year)


def submit_dates(page, *dates: tuple[str, str, str, str]):
    """Types each (field, day, month, year) in the order given, submits the form and returns
    the error summary's links once they show."""
    for name, day, month, year in dates:
        type_date(page, name, day, month, year)
    page.click("button[data-submit]")
    links = page.locator("[data-error-summary] a")
    links.first.wait_for()
    return links


def deadline_due(page, deadline_id: str) -> str:
    """The ISO date shown for the deadline, once it is shown."""
    locator = page.locator(f'[data-deadline="{deadline_id}"] time').first
    locator.wait_for(timeout=RESULT_TIMEOUT)
    return locator.get_attribute("datetime")


def outcome(page) -> str:
    """The quorum or attendance result's outcome, once it is shown."""
    result = page.locator("[data-outcome]")
    result.wait_for(timeout=RESULT_TIMEOUT)
    return result.get_attribute("data-outcome")


# ---------------------------------------------------------------- authorities by property
def local_packs() -> dict[str, dict[str, Any]]:
    """Every pack but the national baseline, in the packs' order."""
    return {pack_id: pack for pack_id, pack in packs().items() if pack_id != national()}


def pick(wanted: str, test: Callable[[str, dict[str, Any]], bool]) -> str:
    """The first local authority whose pack passes test(id, pack); fails the test run with
    `wanted` in the message when none does."""
    for pack_id, pack in local_packs().items():
        if test(pack_id, pack):
            return pack_id
    raise LookupError(f"no authority pack has {wanted}")


def rule(pack: dict[str, Any], rule_id: str, start: str) -> dict[str, Any] | None:
    """The pack's deadline rule with this id counted from this event, if it has one."""
    for found in pack.get("deadlines", {}).get("rule", []):
        if found["id"] == rule_id and found.get("from") == start:
            return found
    return None


def icpc_in_15_working_days(pack_id: str, pack: dict[str, Any]) -> bool:
    found = rule(pack, "icpc", "strategy_discussion")
    return bool(found) and found.get("period") == "15 working days" and not found.get("when")


def quorate_attendees(pack_id: str) -> list[str]:
    """Children's social care and as many other agencies as the authority's quorum asks for
    (the quorum table's other_agencies), each with direct contact: quorate by the rule."""
    rule_ = load("quorum")[pack_id]
    others = [a for a in load("quorum")["agencies"] if a != "childrens-social-care"]
    return ["childrens-social-care", *others[: rule_["other_agencies"]]]


# ---------------------------------------------------------------- training scenarios
def icpc_scenario() -> str:
    """The id of a scenario on the Deadlines training page that asks for the ICPC after a
    strategy discussion on STRATEGY_DISCUSSION, in an authority whose ICPC is 15 working days
    later: its answer is ICPC_IN_15_WORKING_DAYS."""
    for scenario in load("scenarios")["scenario"]:
        payload = scenario["payload"]
        authority = payload.get("authority")
        if (
            scenario["set"] == "deadlines"
            and scenario["ask"] == {"type": "date", "deadline": "icpc"}
            and payload.get("events") == {"strategy_discussion": STRATEGY_DISCUSSION}
            and authority in packs()
            and icpc_in_15_working_days(authority, packs()[authority])
        ):
            return scenario["id"]
    raise LookupError("no training scenario asks for an ICPC 15 working days after 18 Dec 2026")


def unanswered_choice_scenario() -> str:
    """The id of a scenario on the quorum and attendance training page that asks a yes-or-no or
    choice question (answered by choosing, so it can be checked with nothing chosen)."""
    for scenario in load("scenarios")["scenario"]:
        if scenario["set"] == "quorum-and-attendance" and scenario["ask"]["type"] != "date":
            return scenario["id"]
    raise LookupError("no training scenario asks a choice on the quorum and attendance page")


# ---------------------------------------------------------------- a typed birthday
def birthday_at(authority: str, age: int) -> dict[str, str]:
    """Inputs for the attendance calculator in which the child turns `age` on the day of the
    conference (born 1 March, conference 1 March 2024); the day before (29 February 2024, a
    leap day) the child is a year younger."""
    born = f"{2024 - age}-03-01"
    return {
        "authority": authority,
        "date_of_birth": born,
        "conference_date": "2024-03-01",
        "day_before": "2024-02-29",
    }


# ---------------------------------------------------------------- Exit this page
NEUTRAL = "https://www.bbc.co.uk/weather"
NEUTRAL_SITE = re.compile(r"^https://www\.bbc\.co\.uk/.*")
EXIT_TEST_PAGE = "handbook/exclusion/"
PHONE = {"width": 375, "height": 667}


def answer_the_neutral_site(context, stay: bool = False) -> None:
    """Answers the neutral site locally (no request leaves the machine); the recording context
    still records each request to it. With stay=True it answers 204 No Content, so the browser
    stays on the page."""

    def answer(route) -> None:
        if stay:
            route.fulfill(status=204)
        else:
            route.fulfill(
                status=200, content_type="text/html", body="<title>Weather</title><p>Weather</p>"
            )

    context.route(NEUTRAL_SITE, answer)


def neutral_requests(context) -> list:
    return [request for request in context.requests if NEUTRAL_SITE.match(request.url)]
