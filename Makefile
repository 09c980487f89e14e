# Two commands for a fresh machine: `make run` and `make test` (see README).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test lint translations install install-test demo bench clean check-install package check-package

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml setup.py
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(BIN)/python pyproject.toml setup.py
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(VENV)/.installed $@

$(VENV)/.installed-package: $(BIN)/python pyproject.toml setup.py
	$(BIN)/python -m pip install --quiet -e '.[package]'
	touch $(VENV)/.installed $@

install: $(VENV)/.installed translations

install-test: $(VENV)/.installed-test translations

translations: $(BIN)/python
	PATH=$(BIN):$$PATH $(BIN)/python packaging/translations.py compile >/dev/null

run: install
	QT_QPA_PLATFORM= $(BIN)/cellapp --demo

lint: install-test
	$(BIN)/ruff check cellapp ui tests bench packaging
	$(BIN)/lint-imports
	$(BIN)/mypy

test: lint
	$(BIN)/python -m pytest -q

# A non-editable install into a throwaway venv must find its resources and run.
check-install: $(BIN)/python
	rm -rf build /tmp/cellapp-install-check
	$(PYTHON) -m venv /tmp/cellapp-install-check
	/tmp/cellapp-install-check/bin/python -m pip install --quiet .
	cd /tmp && /tmp/cellapp-install-check/bin/cellapp --version
	cd /tmp && /tmp/cellapp-install-check/bin/cellapp --data-dir /tmp/cellapp-install-check/demo demo --members 12 --months 2
	cd /tmp && /tmp/cellapp-install-check/bin/python -c "from cellapp.paths import fonts_dir, translations_dir; \
	  assert (fonts_dir() / 'LiberationSerif-Regular.ttf').is_file(), fonts_dir(); \
	  assert (translations_dir() / 'cellapp_vi.qm').is_file(), translations_dir(); print('resources found in', fonts_dir().parent)"

# The one-folder program for this OS in dist/cellapp/ (PyInstaller), and on Linux the .deb beside it.
package: $(VENV)/.installed-package translations
	rm -rf dist/cellapp build/pyinstaller
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
	  packaging/cellapp.spec
	if [ "$$(uname -s)" = Linux ]; then packaging/linux/build-deb.sh; fi

# Builds the packages, installs the .deb on this machine with dpkg and runs the installed program (root).
check-package: package
	packaging/linux/check-deb.sh

bench: install-test
	$(BIN)/python bench/startup.py
	$(BIN)/python bench/print.py
	$(BIN)/python bench/members.py
	$(BIN)/python bench/fees.py
	$(BIN)/python bench/sync.py --quick
	$(BIN)/python bench/committee.py

clean:
	rm -rf $(VENV) build dist *.egg-info
