# Two commands for a fresh machine: `make site` and `make test`. Everything else follows.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# Material prints a long notice about MkDocs 2 on every build; we pin MkDocs 1.x on purpose.
export NO_MKDOCS_2_WARNING := 1
PIP_INSTALL := $(BIN)/python -m pip install --quiet --disable-pip-version-check
NODE_DEPS := node_modules/.installed

.PHONY: site test check lint serve bench chromium pdf-libs clean

## site: create .venv, install pinned dependencies, validate content, build site/
site: $(VENV)/.site-deps pdf-libs
	@$(BIN)/python -m generator check --quiet
	@$(BIN)/mkdocs build --quiet
	@echo "Built the toolkit into site/ (open site/index.html, or host the folder)."

## test: install test tools and Chromium if needed, then ruff, mypy and every test
test: $(VENV)/.test-deps chromium pdf-libs lint
	$(BIN)/python -m pytest

## lint: ruff and mypy (Python); TypeScript on the JSDoc types and ESLint (theme/assets/js)
lint: $(VENV)/.test-deps $(NODE_DEPS)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	node_modules/.bin/tsc --project tsconfig.json
	node_modules/.bin/eslint --max-warnings 0

# The pinned checkers of package-lock.json (Node.js and npm): installed again only when the
# lock file is newer than the last install.
$(NODE_DEPS): package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

## check: validate content/ and framework/ without building
check: $(VENV)/.site-deps
	@$(BIN)/python -m generator check

## serve: live preview on http://127.0.0.1:8000/, rebuilt when content changes
serve: $(VENV)/.site-deps
	$(BIN)/mkdocs serve

## bench: build times and sizes, printed as ratios against their targets
bench: $(VENV)/.test-deps chromium pdf-libs
	$(BIN)/python -m bench

chromium:
	@scripts/ensure-chromium

pdf-libs: $(VENV)/.site-deps
	@scripts/ensure-pdf-libs $(BIN)/python

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.site-deps: pyproject.toml | $(BIN)/python
	$(PIP_INSTALL) -e .
	@touch $@

$(VENV)/.test-deps: pyproject.toml $(VENV)/.site-deps
	$(PIP_INSTALL) -e '.[test]'
	@touch $@

clean:
	rm -rf site .venv .pytest_cache .mypy_cache .ruff_cache *.egg-info node_modules
