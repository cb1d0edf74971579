"""The engine stays apart from the code that writes the site (calculators/handbook/): the
browser's wheel leaves it out, and no request the browser makes imports it."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

from .packs import national

REPO = Path(__file__).resolve().parent.parent
# Any pack will do; the national baseline, found by its `baseline` key.
NATIONAL = national()

# Every request kind the browser sends: each calculator with text and calendar, and a training
# question (its answer and explanation).
REQUESTS = [
    {
        "name": "deadlines",
        "payload": {"authority": NATIONAL, "events": {"strategy_discussion": "2026-12-18"}},
        "want": ["text", "ics"],
        "today": "2026-12-21",
        "stamp": "2026-12-21T10:00:00Z",
    },
    {
        "name": "quorum",
        "payload": {
            "authority": NATIONAL,
            "conference_type": "initial",
            "attendees": [{"agency": "police", "direct_contact": True}],
        },
        "want": ["text"],
    },
    {"name": "attendance", "payload": {"authority": NATIONAL, "age": 12}, "want": ["text"]},
    {
        "name": "deadlines",
        "payload": {"authority": NATIONAL, "events": {"strategy_discussion": "2026-12-18"}},
        "ask": {"type": "date", "deadline": "icpc"},
    },
]

PROBE = """
import json, sys
from calculators import web
for request in json.loads(sys.argv[1]):
    response = json.loads(web.respond(json.dumps(request)))
    assert "errors" not in response["result"], response
    print(sorted(response))
print(json.dumps(sorted(m for m in sys.modules if m.startswith("calculators"))))
"""


def test_no_browser_request_imports_the_site_writing_code():
    # A fresh interpreter: this test process has imported the handbook for other tests.
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(REQUESTS)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    lines = done.stdout.strip().splitlines()
    assert "['answer', 'explanation', 'result']" in lines  # the training question was answered
    assert "['ics', 'result', 'text']" in lines
    modules = json.loads(lines[-1])
    assert "calculators.web" in modules and "calculators.training" in modules
    assert not [m for m in modules if m.startswith("calculators.handbook")]


def test_the_wheel_leaves_out_the_site_writing_code(tmp_path: Path):
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(tmp_path)],
        cwd=REPO,
        capture_output=True,
        check=True,
    )
    (wheel,) = tmp_path.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "calculators/web.py" in names and "calculators/training.py" in names
    assert "calculators/data/deadlines.toml" in names
    assert not [n for n in names if n.startswith("calculators/handbook")]


def test_the_engine_never_imports_the_handbook():
    engine = [p for p in (REPO / "calculators").glob("*.py")]
    assert len(engine) > 10
    for path in engine:
        text = path.read_text("utf-8")
        assert "handbook import" not in text and "import handbook" not in text, path.name
