"""Each authority's quorum exceptions in its own words, on every surface that shows them: the
checker's result, the handbook's text, the comparison table, the at-a-glance page, the training
sheet and the checker's form.

The expected words of each authority, typed from its captured source rather than read from the
rules data, are tested in tests/authorities/test_<id>.py; the tests here hold for every pack.
"""

from __future__ import annotations

import re

from calculators.handbook.forms import quorum_form

from .helpers import HEALTH_EXAMPLES, form_conditions, plain
from .packs import raw_table


def test_the_form_asks_each_condition_only_for_authorities_that_set_it():
    # What each pack's quorum table asks, read from the pack files.
    wanted: dict[str, set[str]] = {}
    for authority, rule in raw_table("quorum").items():
        asks = [item["circumstance"] for item in rule.get("exceptions", [])]
        asks += [item["when"] for item in rule.get("key_agencies", []) if "when" in item]
        for circumstance in asks:
            wanted.setdefault(circumstance, set()).add(authority)
    assert wanted
    assert form_conditions() == wanted


def test_the_form_offers_yes_no_and_not_known_with_not_known_chosen():
    form = quorum_form()
    for circumstance in ("limited_agency_contact", "exploitation"):
        radios = re.findall(rf'<input[^>]*name="{circumstance}"[^>]*>', form)
        values = [re.search(r'value="([^"]*)"', r).group(1) for r in radios]
        assert values == ["yes", "no", "unknown"]
        checked = [r for r in radios if "checked" in r]
        assert len(checked) == 1 and 'value="unknown"' in checked[0]


def test_form_marks_agency_examples_as_this_handbook_s():
    form = quorum_form()
    label = re.search(r'<label[^>]*for="attendee-health"[^>]*>(.*?)</label>', form, re.S)
    assert plain(label.group(1)).strip() == "Health"
    hint = re.search(r'<[^>]*id="attendee-health-hint"[^>]*>(.*?)</p>', form, re.S)
    assert hint, "the examples are a hint tied to the checkbox"
    assert HEALTH_EXAMPLES in plain(hint.group(1))
    assert "this handbook" in plain(hint.group(1)).lower()
    assert re.search(r'id="attendee-health"[^>]*aria-describedby="attendee-health-hint"', form)
