"""The [[pack schema]] marker on "Adding your authority": the schema module's own description,
or a short note until that module exists."""

from __future__ import annotations

import sys
import types

from calculators.handbook import pack_schema


def test_without_a_schema_module_the_page_says_so(monkeypatch):
    monkeypatch.setitem(sys.modules, "calculators.schema", None)  # import raises, as if absent
    text = pack_schema.expand("Before\n\n[[pack schema]]\n")
    assert "[[" not in text
    assert text.startswith("Before\n\n!!! note")


def test_with_a_schema_module_its_description_is_rendered(monkeypatch):
    fake = types.ModuleType("calculators.schema")
    fake.describe = lambda: "| File | Key |\n| --- | --- |\n| authority.toml | name |\n"  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "calculators.schema", fake)
    assert pack_schema.expand("[[pack schema]]") == (
        "| File | Key |\n| --- | --- |\n| authority.toml | name |\n"
    )
