# Two entry points for a fresh machine: `make run` and `make test`.
# Both make a virtual environment in .venv and install Pith into it (editable), with the
# exact versions in constraints.txt.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PIP_INSTALL := $(BIN)/python -m pip install --quiet -c constraints.txt

.PHONY: run test package install-check constraints clean

run: $(VENV)/.installed-run
	$(BIN)/pith serve

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest

$(VENV)/bin/python:
	$(PYTHON) -c 'import sys; sys.exit("Pith needs Python 3.10 or newer") if sys.version_info < (3, 10) else None'
	$(PYTHON) -m venv $(VENV)
	# pip 23.2 cannot resolve lxml[html-clean] as readability-lxml asks for it; newer pips can.
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-run: pyproject.toml constraints.txt | $(VENV)/bin/python
	$(PIP_INSTALL) -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml constraints.txt | $(VENV)/bin/python
	$(PIP_INSTALL) -e '.[test]'
	touch $@ $(VENV)/.installed-run

# dist/pith-chrome.zip and dist/pith-firefox.zip (plus the unpacked folders).
package: $(VENV)/bin/python
	$(BIN)/python scripts/package_extension.py

# CI: the wheel installed into a clean virtual environment (and with pipx), served from
# another folder, checked by tests/test_install.py.
install-check: $(VENV)/.installed-test
	scripts/check_install.sh $(BIN)/python

# Pin what the test environment resolved to today.
constraints: $(VENV)/.installed-test
	{ sed -n '1,2p' constraints.txt; $(BIN)/python -m pip freeze --exclude-editable | grep -iv '^pith=='; } > constraints.new
	mv constraints.new constraints.txt

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache tests/artifacts
