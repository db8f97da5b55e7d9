#!/usr/bin/env bash
# Pith as a new user gets it: build the wheel, install it into a clean virtual environment
# outside the checkout (and with `pipx install .`), then run tests/test_install.py against
# each installed `pith` command, serving from another folder.
#
#   scripts/check_install.sh PYTHON     (PYTHON: the test environment's interpreter)
set -euo pipefail
cd "$(dirname "$0")/.."
test_python=${1:-.venv/bin/python}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "install-check: building the wheel"
"$test_python" -m pip wheel --quiet --no-deps -w "$work/dist" .
wheel=$(ls "$work"/dist/pith-*.whl)

echo "install-check: pip install $(basename "$wheel") into a clean virtual environment"
python3 -m venv "$work/venv"
"$work/venv/bin/python" -m pip install --quiet --upgrade pip
"$work/venv/bin/python" -m pip install --quiet -c constraints.txt "$wheel"
PITH_INSTALLED="$work/venv/bin/pith" "$test_python" -m pytest -q -p no:cacheprovider tests/test_install.py

echo "install-check: pipx install ."
python3 -m venv "$work/tools"
"$work/tools/bin/python" -m pip install --quiet pipx
PIPX_HOME="$work/pipx" PIPX_BIN_DIR="$work/pipx-bin" PIPX_MAN_DIR="$work/pipx-man" \
  "$work/tools/bin/pipx" install --quiet --pip-args="-c $PWD/constraints.txt" .
PITH_INSTALLED="$work/pipx-bin/pith" "$test_python" -m pytest -q -p no:cacheprovider tests/test_install.py
echo "install-check: passed"
