"""The accessibility statement: its contact details come only from mkdocs.yml's extra, and a
copy whose deploying organisation has not given them says so rather than inventing any."""

from __future__ import annotations

import re

from calculators.handbook import site

SAMPLE = {
    "accessibility": {
        "organisation": "Anytown Safeguarding Partnership",
        "email": "access@example.org",
        "phone": "01234 567890",
        "response_days": 5,
    }
}


def page_text(built_site) -> str:
    raw = (built_site / "accessibility" / "index.html").read_text("utf-8")
    article = raw.split('<article class="md-content__inner md-typeset">', 1)[1]
    article = re.sub(r"</?abbr[^>]*>", "", article.split("</article>", 1)[0])
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", article))


def test_the_statement_is_built_in_the_about_section_with_the_not_configured_notice(built_site):
    text = page_text(built_site)
    assert "Contact details not yet configured" in text
    assert "has not yet been configured" in text
    assert "mailto:" not in (built_site / "accessibility" / "index.html").read_text("utf-8")
    about = (built_site / "about" / "index.html").read_text("utf-8")
    assert 'href="../accessibility/"' in about  # in the nav beside the other About pages


def test_the_statement_has_the_public_sector_sections(built_site):
    text = page_text(built_site)
    for heading in (
        "How accessible this website is",
        "Feedback and contact information",
        "Enforcement procedure",
        "Compliance status",
        "Non-accessible content",
        "Preparation of this accessibility statement",
    ):
        assert heading in text, heading
    assert "partially compliant" in text and "WCAG 2.2" in text
    assert "Equality and Human Rights Commission (EHRC)" in text
    assert "(No. 2) Accessibility Regulations 2018" in text
    assert "Equality Advisory and Support Service (EASS)" in text
    assert re.search(r"built on \d{1,2} [A-Z][a-z]+ \d{4}", text)
    assert "375 pixels" in text and "axe-core" in text


def test_empty_config_gives_the_notice_and_no_contact():
    for extra in (None, {}, {"accessibility": {"organisation": "", "email": "", "phone": ""}}):
        block = site.accessibility_contact(extra)
        assert block.startswith('!!! warning "Contact details not yet configured"')
        assert "mailto:" not in block
        assert site.accessibility_publisher(extra).endswith("has not yet been configured.")


def test_an_organisation_without_any_way_to_reach_it_is_not_configured():
    extra = {"accessibility": {"organisation": "Anytown Council", "email": "", "phone": ""}}
    assert "not yet configured" in site.accessibility_contact(extra)


def test_a_given_config_shows_every_detail():
    block = site.accessibility_contact(SAMPLE)
    assert "not yet configured" not in block
    assert "Contact Anytown Safeguarding Partnership:" in block
    assert "- email: [access@example.org](mailto:access@example.org)" in block
    assert "- phone: 01234 567890" in block
    assert "get back to you within 5 working days." in block
    publisher = site.accessibility_publisher(SAMPLE)
    assert publisher == "This website is run by Anytown Safeguarding Partnership."


def test_details_are_escaped_not_run_as_html():
    extra = {"accessibility": {"organisation": "<b>A & B</b>", "phone": "1"}}
    assert "Contact &lt;b&gt;A &amp; B&lt;/b&gt;:" in site.accessibility_contact(extra)
