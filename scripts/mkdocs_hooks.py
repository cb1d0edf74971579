"""MkDocs hook: the site's pages are written by plain functions in calculators/handbook/
(site.py's `page_markdown` fills every page's markers from the rules data, so no timescale is
ever typed into a page); this file only calls them where MkDocs asks, and turns their errors
into MkDocs' PluginError."""

from __future__ import annotations

import importlib
import sys

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from calculators.handbook import authority_prose, site


def fresh_calculators() -> None:
    """Forget every rule read so far and import calculators/ afresh.

    `mkdocs serve` rebuilds in the same process: without this, a rebuild after a pack changes
    would still use the rules (and the modules) read at the first build. Old modules' caches
    are cleared too, for the hooks that imported a function from them.
    """
    global authority_prose, site
    for name, module in list(sys.modules.items()):
        if name == "calculators" or name.startswith("calculators."):
            for value in list(vars(module).values()):
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()
            del sys.modules[name]
    authority_prose = importlib.import_module("calculators.handbook.authority_prose")
    site = importlib.import_module("calculators.handbook.site")


def on_config(config):  # the signature MkDocs calls
    fresh_calculators()
    # mkdocs.yml names no authority: the nav's authority sections come from the data.
    site.fill_nav(config["nav"] or [])
    return config


def on_files(files, config):  # the signature MkDocs calls
    docs_dir = config["docs_dir"]
    for file in list(files):
        # An authority's fragments are read into the topic pages, not built as pages.
        if authority_prose.is_fragment(file.src_uri):
            files.remove(file)
    for src_uri, content in authority_prose.generated_pages(docs_dir).items():
        files.append(File.generated(config, src_uri, content=content))
    return files


def on_page_markdown(markdown, page, config, files):  # the signature MkDocs calls
    try:
        return site.page_markdown(
            markdown, page.file.src_uri, page.url, config["docs_dir"], config.get("extra")
        )
    except (KeyError, ValueError) as error:
        raise PluginError(f"{page.file.src_uri}: {error}") from None
