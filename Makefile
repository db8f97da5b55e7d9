# Two entry points for a fresh machine: `make run` and `make test`.
# Both make a virtual environment in .venv and install Pith into it (editable).

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test package clean

run: $(VENV)/.installed-run
	$(BIN)/pith serve

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest

$(VENV)/bin/python:
	$(PYTHON) -c 'import sys; sys.exit("Pith needs Python 3.10 or newer") if sys.version_info < (3, 10) else None'
	$(PYTHON) -m venv $(VENV)
	# pip 23.2 cannot resolve lxml[html-clean] as readability-lxml asks for it; newer pips can.
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-run: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed-run

# dist/pith-chrome.zip and dist/pith-firefox.zip (plus the unpacked folders).
package: $(VENV)/bin/python
	$(BIN)/python scripts/package_extension.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache tests/artifacts
