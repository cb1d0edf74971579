"""`scripts/serve --live` rebuilds in one process: each build must read the rules afresh."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HOOKS = Path(__file__).resolve().parent.parent / "scripts" / "mkdocs_hooks.py"


def load_hooks():
    spec = importlib.util.spec_from_file_location("cpc_hooks_under_test", HOOKS)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_each_build_reads_the_rules_afresh():
    ours = {k: v for k, v in sys.modules.items() if k.split(".")[0] == "calculators"}
    try:
        hooks = load_hooks()
        old_data = sys.modules["calculators.data"]
        old_data.load("authorities")
        assert old_data.load.cache_info().currsize > 0
        old_prose = hooks.authority_prose

        config = {"nav": [{"At a glance": []}]}
        hooks.on_config(config)

        # The rules read before are forgotten, by the old module as well as the new one ...
        assert old_data.load.cache_info().currsize == 0
        assert sys.modules["calculators.data"] is not old_data
        # ... and the hooks now use freshly imported modules.
        assert hooks.authority_prose is not old_prose
        assert hooks.authority_prose is sys.modules["calculators.handbook.authority_prose"]
        assert (
            config["nav"][0]["At a glance"] == hooks.authority_prose.nav_sections()["At a glance"]
        )
    finally:
        for name in [k for k in sys.modules if k.split(".")[0] == "calculators"]:
            del sys.modules[name]
        sys.modules.update(ours)


def test_serve_live_watches_the_rules():
    serve = (HOOKS.parent / "serve").read_text("utf-8")
    [line] = [line for line in serve.split("\n") if "exec mkdocs serve" in line]
    assert '--watch "$REPO_ROOT/calculators"' in line
