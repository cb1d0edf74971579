"""The authorities' prose put in place by plain functions, no site builder involved."""

from __future__ import annotations

import pytest

from calculators.data import authorities
from calculators.handbook import LOCAL, authority_prose

from .helpers import DOCS, write


def test_tabs_follow_the_data_order_with_short_names_as_labels(two_authorities):
    docs, first, second = two_authorities
    text = authority_prose.page_markdown("handbook/timing.md", docs)
    one, two = authorities()[first]["short"], authorities()[second]["short"]
    assert text == (
        f'# Timing\n\n=== "{one}"\n\n    First\'s text.\n\n'
        f'=== "{two}"\n\n    - second\'s text\n\n      [link](other.md)\n\n## After\n'
    )


def test_an_authority_without_a_fragment_gets_no_tab(two_authorities):
    docs, _, _ = two_authorities
    text = authority_prose.page_markdown("handbook/timing.md", docs)
    assert text.count("=== ") == 2
    assert authority_prose.authority_tabs("types", docs) == ""


def test_fragments_are_not_pages():
    assert authority_prose.is_fragment("authorities/x/timing.md")
    assert authority_prose.is_fragment("authorities/x/sources.md")
    assert not authority_prose.is_fragment("authorities/x/index.md")
    assert not authority_prose.is_fragment("handbook/timing.md")


def test_links_are_relative_to_the_page_and_in_the_data_order():
    text = authority_prose.authority_links("sheet", "training/index.md")
    lines = text.split(" ·\n")
    assert len(lines) == len(LOCAL)
    assert lines[0] == f"[{authorities()[LOCAL[0]]['short']}](sheets/{LOCAL[0]}.md)"
    glance = authority_prose.authority_links("glance", "index.md").split(" ·\n")
    assert glance[-1].endswith(f"(authorities/{LOCAL[-1]}/index.md)")


def test_a_marker_keeps_its_indent():
    text = authority_prose.expand("-   x\n\n    [[authority links glance]]\n", "index.md", DOCS)
    assert all(line.startswith("    [") for line in text.split("\n")[2:-1])


def test_every_local_authority_has_a_sheet_and_an_at_a_glance_page_in_the_nav():
    nav = authority_prose.nav_sections()
    assert nav["At a glance"] == [f"authorities/{a}/index.md" for a in LOCAL]
    assert nav["Timescales sheets"] == [f"training/sheets/{a}.md" for a in LOCAL]
    pages = authority_prose.generated_pages(DOCS)
    assert sorted(pages) == sorted(f"training/sheets/{a}.md" for a in LOCAL)


def test_an_authority_without_prose_gets_a_generated_at_a_glance_page(tmp_path):
    pages = authority_prose.generated_pages(tmp_path)
    for authority in LOCAL:
        page = pages[f"authorities/{authority}/index.md"]
        assert page.startswith(f"# {authorities()[authority]['name']} at a glance\n")
        assert f"[[glance {authority}]]" in page


def test_the_sources_section_comes_from_the_data_without_a_fragment(tmp_path):
    authority = LOCAL[0]
    row = authorities()[authority]
    text = authority_prose.source_section(authority, tmp_path)
    assert text.split("\n")[0] == f"## {row['name']} {{#{authority}}}"
    assert f"- **Publisher:** {row['publisher']}" in text
    assert f"- **Title:** *{row['document']}*" in text


def test_a_fragment_gives_the_section_its_text_under_the_generated_heading(tmp_path):
    authority = LOCAL[0]
    write(tmp_path, f"authorities/{authority}/sources.md", "Hand-written notes.\n")
    text = authority_prose.source_section(authority, tmp_path)
    assert text.endswith("}\n\nHand-written notes.")


def test_the_details_of_a_compare_page_name_each_local_authority():
    text = authority_prose.authority_details("quorum")
    assert text.count("### ") == len(LOCAL)
    assert f"[[quorum {LOCAL[-1]}]]" in text
    with pytest.raises(KeyError):
        authority_prose.authority_details("weather")


def test_an_unknown_marker_is_named():
    with pytest.raises(KeyError, match="authority tab"):
        authority_prose.expand("[[authority tab]]\n", "handbook/timing.md", DOCS)


def test_every_topic_page_with_tabs_has_one_per_prose_folder():
    for page in sorted((DOCS / "handbook").glob("*.md")):
        text = authority_prose.page_markdown(f"handbook/{page.name}", DOCS)
        having = [a for a in authorities() if (DOCS / "authorities" / a / page.name).is_file()]
        assert text.count('\n=== "') == len(having), page.name


def test_the_names_read_as_a_sentence():
    names = [authorities()[a]["name"] for a in LOCAL]
    text = authority_prose.expand("Of [[authority names]], side by side.", "index.md", DOCS)
    assert text == f"Of {', '.join(names[:-1])} and {names[-1]}, side by side."
