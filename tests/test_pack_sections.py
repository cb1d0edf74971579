"""Each pack lists its document's sections once, in authority.toml, and every rule cites one of
them: a misspelt section stops the load, naming the file and the key, instead of sending a
reader to a heading the document does not have."""

from __future__ import annotations

import copy

import pytest

from calculators import schema
from calculators.data import packs
from calculators.errors import PackError


def cited(tables: dict) -> list[str]:
    return [
        section
        for stem, table in tables.items()
        if stem != "authority"
        for _, section in schema.cited_sections(table, "")
    ]


@pytest.mark.parametrize("pack", list(packs()))
def test_every_section_listed_is_cited_and_every_one_cited_is_listed(pack):
    tables = packs()[pack]
    listed = tables["authority"]["document"]["sections"]
    assert set(cited(tables)) == set(listed)


def first_with(key: str) -> tuple[str, dict]:
    pack = next(p for p, t in packs().items() if t.get("deadlines", {}).get(key))
    return pack, copy.deepcopy(packs()[pack])


def test_a_misspelt_section_names_the_file_the_key_and_the_listed_one():
    pack, tables = first_with("rule")
    right = tables["deadlines"]["rule"][1]["section"]
    tables["deadlines"]["rule"][1]["section"] = right[:-1] + right[-1].swapcase() + "s"
    with pytest.raises(PackError) as raised:
        schema.check_sections(f"x/{pack}", tables)
    message = str(raised.value)
    assert message.startswith(
        f"x/{pack}/deadlines.toml: rule[2].section is not one of the sections"
    )
    assert f"(did you mean {right!r}?)" in message


def test_a_section_in_a_nested_table_is_checked_too():
    pack, tables = first_with("rule")
    tables["deadlines"]["rule"][0]["also"] = [{"section": "No such heading", "quote": "x"}]
    with pytest.raises(PackError, match=r"rule\[1\]\.also\[1\]\.section is not one of"):
        schema.check_sections(f"x/{pack}", tables)


def test_a_section_listed_twice_is_refused():
    card = copy.deepcopy(next(iter(packs().values()))["authority"])
    card["document"]["sections"].append(card["document"]["sections"][0])
    with pytest.raises(PackError, match=r"document\.sections lists .* twice"):
        schema.validate("x/authority.toml", "authority.toml", card)
