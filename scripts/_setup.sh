# shellcheck shell=bash
# Sourced by scripts/serve and scripts/test (not run on its own).
#
# Makes sure this checkout has what it needs, doing only the work that is missing:
#   - a Python virtual environment in .venv (Python 3.11 or newer),
#   - the project and its [dev,docs] extras, reinstalled when pyproject.toml changes,
#   - the npm dev tools (axe-core) in node_modules, reinstalled when package-lock.json changes,
#   - Debian's Chromium at /usr/bin/chromium, for the browser tests,
#   - Debian's poppler-utils (pdftotext), for the print tests.
# Then puts .venv/bin first on PATH.

set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export REPO_ROOT
cd "$REPO_ROOT"

VENV="$REPO_ROOT/.venv"
CHROMIUM=/usr/bin/chromium

_say() { printf '==> %s\n' "$*" >&2; }
_fail() { printf 'error: %s\n' "$*" >&2; exit 1; }
_is_root() { [ "$(id -u)" -eq 0 ]; }
_hash() { sha256sum "$1" | cut -d' ' -f1; }

_APT_UPDATED=0
_apt_install() {
    if [ "$_APT_UPDATED" -eq 0 ]; then
        apt-get update -qq
        _APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# --- Python virtual environment ---------------------------------------------------------------
command -v python3 >/dev/null 2>&1 || _fail "python3 not found: install Python 3.11 or newer."
python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
    || _fail "Python 3.11 or newer is needed; python3 is $(python3 -V 2>&1)."

if [ ! -x "$VENV/bin/python" ]; then
    _say "Creating the virtual environment in .venv"
    python3 -m venv "$VENV"
fi

# --- Python packages (only when pyproject.toml changed since the last install) ---------------
PIP_STAMP="$VENV/.cpc-pyproject.sha256"
if [ ! -f "$PIP_STAMP" ] || [ "$(cat "$PIP_STAMP")" != "$(_hash pyproject.toml)" ]; then
    _say "Installing Python packages into .venv (pip install -e \".[dev,docs]\")"
    "$VENV/bin/python" -m pip install -q -e ".[dev,docs]"
    _hash pyproject.toml >"$PIP_STAMP"
fi

# --- npm dev tools (axe-core for the accessibility checks) ------------------------------------
if ! command -v npm >/dev/null 2>&1; then
    if _is_root; then
        _say "npm not found: installing Debian's nodejs and npm"
        _apt_install nodejs npm
    else
        _fail "npm not found: install Node.js and npm (Debian: sudo apt-get install nodejs npm)."
    fi
fi

NPM_STAMP="$REPO_ROOT/node_modules/.cpc-package-lock.sha256"
if [ -f package-lock.json ]; then
    if [ ! -f "$NPM_STAMP" ] || [ "$(cat "$NPM_STAMP")" != "$(_hash package-lock.json)" ]; then
        _say "Installing npm dev tools (npm ci)"
        npm ci --no-audit --no-fund --loglevel=error >/dev/null
        _hash package-lock.json >"$NPM_STAMP"
    fi
elif [ ! -d node_modules ]; then
    _say "Installing npm dev tools (npm install)"
    npm install --no-audit --no-fund --loglevel=error >/dev/null
fi

# --- Chromium for the browser tests -----------------------------------------------------------
if [ ! -x "$CHROMIUM" ]; then
    if _is_root; then
        _say "Chromium not found: installing Debian's chromium package"
        _apt_install chromium
    else
        printf '%s\n' \
            "warning: $CHROMIUM not found, so the browser tests cannot run." \
            "         Install Debian's Chromium as root: apt-get update && apt-get install chromium" \
            >&2
    fi
fi

# --- pdftotext, for the print tests (tests/browser/test_print.py) -----------------------------
if ! command -v pdftotext >/dev/null 2>&1; then
    if _is_root; then
        _say "pdftotext not found: installing Debian's poppler-utils package"
        _apt_install poppler-utils
    else
        printf '%s\n' \
            "warning: pdftotext not found, so the print tests cannot run." \
            "         Install Debian's poppler-utils as root: apt-get install poppler-utils" \
            >&2
    fi
fi

# Material for MkDocs prints an end-of-life notice on every build; the project knows (see
# shared notes on a later move). Keep build output to what matters.
export NO_MKDOCS_2_WARNING=1
export VIRTUAL_ENV="$VENV"
export PATH="$VENV/bin:$PATH"
