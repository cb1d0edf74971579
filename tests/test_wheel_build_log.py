"""A failed build of the browser's calculators wheel stops the site build with its log."""

from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path

import pytest
from mkdocs.exceptions import PluginError

RUNTIME = Path(__file__).resolve().parent.parent / "scripts" / "mkdocs_runtime.py"


def test_a_failed_wheel_build_shows_its_log(monkeypatch, tmp_path):
    spec = importlib.util.spec_from_file_location("cpc_runtime_under_test", RUNTIME)
    assert spec and spec.loader
    runtime = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(runtime)
    monkeypatch.setattr(runtime, "WHEELS", tmp_path / "wheel")

    def failing(command, **kwargs):
        return subprocess.CompletedProcess(command, 1, "* Building wheel...", "error: no backend")

    monkeypatch.setattr(runtime.subprocess, "run", failing)
    with pytest.raises(PluginError) as raised:
        runtime.wheel({"id": "test", "date": "2026-11-27"})
    assert "* Building wheel..." in str(raised.value)
    assert "error: no backend" in str(raised.value)
