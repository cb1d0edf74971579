"""GOV.UK Frontend, self-hosted (scripts/mkdocs_govuk_frontend.py): only the modules the Exit this
page button needs, served as .js, and styles that touch nothing but GOV.UK's own classes."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location(
    "mkdocs_govuk_frontend", REPO / "scripts" / "mkdocs_govuk_frontend.py"
)
govuk = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(govuk)


def test_the_package_versions_are_pinned_exactly():
    wanted = json.loads((REPO / "package.json").read_text("utf-8"))["devDependencies"]
    for name in ("govuk-frontend", "sass"):
        assert re.fullmatch(r"\d+\.\d+\.\d+", wanted[name]), (name, wanted[name])


def test_only_the_modules_the_two_components_import_are_taken():
    # Read from the package's import statements: ExitThisPage imports configuration,
    # create-element, errors and i18n; Button imports configuration; configuration imports
    # component, errors and common/index; component, errors and i18n import common/index.
    assert govuk.module_graph(govuk.DIST / "govuk", govuk.ENTRIES) == [
        "common/configuration.mjs",
        "common/create-element.mjs",
        "common/index.mjs",
        "component.mjs",
        "components/button/button.mjs",
        "components/exit-this-page/exit-this-page.mjs",
        "errors/index.mjs",
        "i18n.mjs",
    ]


def test_modules_are_served_as_js_without_source_maps():
    source = (
        "import { A } from '../../common/a.mjs';\n"
        "/**\n * @import { B } from '../init.mjs'\n */\n"
        "export { A };\n"
        "//# sourceMappingURL=x.mjs.map\n"
    )
    assert govuk.as_served(source) == (
        "import { A } from '../../common/a.js';\n"
        "/**\n * @import { B } from '../init.mjs'\n */\n"
        "export { A };\n"
    )


def test_the_built_site_holds_the_modules_and_the_styles(built_site):
    served = built_site / govuk.JS_DIR
    names = sorted(p.relative_to(served).as_posix() for p in served.rglob("*") if p.is_file())
    assert names == [
        "common/configuration.js",
        "common/create-element.js",
        "common/index.js",
        "component.js",
        "components/button/button.js",
        "components/exit-this-page/exit-this-page.js",
        "errors/index.js",
        "i18n.js",
    ]
    for path in served.rglob("*.js"):
        text = path.read_text("utf-8")
        imported = re.findall(r"^(?:import|export)\b[^;]*?from\s*'([^']+)'", text, re.MULTILINE)
        assert all(spec.endswith(".js") for spec in imported), (path, imported)
        assert all((path.parent / spec).resolve().exists() for spec in imported), path
        assert "sourceMappingURL" not in text, path
    css = (built_site / govuk.CSS_FILE).read_text("utf-8")
    assert css.startswith('@charset "UTF-8";')
    assert len(css.encode()) < 10_000


def test_the_styles_touch_only_govuk_classes_and_load_nothing(built_site):
    css = (built_site / govuk.CSS_FILE).read_text("utf-8")
    assert "@font-face" not in css and "url(" not in css and "@import" not in css
    body = re.sub(r"/\*.*?\*/|@charset[^;]*;", "", css, flags=re.DOTALL)
    selectors = set()
    for block in re.findall(r"([^{}]+)\{[^{}]*\}", re.sub(r"@media[^{]*\{", "", body)):
        selectors.update(s.strip() for s in block.split(","))
    assert selectors
    stray = {s for s in selectors if not (s == ":root" or s.startswith(".govuk-"))}
    assert not stray, stray
