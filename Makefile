# Two commands for a fresh machine: `make site` and `make test`. Everything else follows.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# Material prints a long notice about MkDocs 2 on every build; we pin MkDocs 1.x on purpose.
export NO_MKDOCS_2_WARNING := 1
# Python keeps what it compiles (in __pycache__, ignored by git), even where the machine says
# not to: the tests start over a hundred Python processes (builds, checks, the test workers),
# and each compiled every module it imports again, 2.5 s of processor for MkDocs, Material,
# pydantic, WeasyPrint and Playwright alone (uv, unlike pip, compiles nothing as it installs).
unexport PYTHONDONTWRITEBYTECODE
# The venv holds exactly what a lock file names (pinned, hashes checked), then the project.
INSTALL_LOCKED := $(BIN)/python scripts/install_locked.py
NODE_DEPS := node_modules/.installed

.PHONY: site test test-fast check lint lint-python lint-scripts serve schemas bench screenshots chromium java nginx pdf-libs poppler lock lock-upgrade clean

# The engine that builds site/: mkdocs (MkDocs with Material, through our plugin) or zensical
# (Zensical builds the project the core writes; README.md, "Which engine").
ENGINE ?= mkdocs
ifeq ($(filter $(ENGINE),mkdocs zensical),)
$(error ENGINE=$(ENGINE): expected mkdocs or zensical)
endif

## site: create .venv, install pinned dependencies, validate content, build site/ (ENGINE=zensical: with Zensical)
site: $(VENV)/.site-deps pdf-libs
	@$(BIN)/python -m generator check --quiet
ifeq ($(ENGINE),zensical)
	@$(BIN)/python -m generator build --engine zensical --site-dir site
else
	@$(BIN)/mkdocs build --quiet
	@echo "Built the toolkit into site/ (open site/index.html, or host the folder)."
endif

# The tests run in this many processes (pytest-xdist), each with its own Chromium; the sites
# they share are built once for all (tests/support/shared.py); a test file stays in one
# process, in its order. On two cores, one process left
# a core idle while Chromium and the page's scripts waited on each other. TEST_PROCESSES=0
# runs them in this process (a debugger, -x that stops at once).
TEST_PROCESSES ?= 2
PYTEST := $(BIN)/python -m pytest -n $(TEST_PROCESSES) --dist loadfile

## test: install test tools, Chromium, Java, nginx and pdftoppm if needed, then the linters, the
## scripts' unit tests (npm test: Node's test runner, no browser) and every test
test: $(VENV)/.test-deps chromium java nginx pdf-libs poppler lint
	npm test --silent
	$(PYTEST)

## test-fast: the tests that need no browser (pytest -m "not browser", and the scripts' unit
## tests: npm test), without installing or starting Chromium; the tests that drive it are
## marked browser (tests/conftest.py). Java and node_modules are for the Nu Html Checker
## (tests/test_validators.py), which needs no browser
test-fast: $(VENV)/.test-deps $(NODE_DEPS) java pdf-libs poppler
	npm test --silent
	$(PYTEST) -m "not browser"

## lint: ruff and mypy (Python); TypeScript on the JSDoc types, ESLint and Prettier (the scripts:
## theme/assets/js, theme/components). The two sets run side by side: mypy keeps one core busy
## for most of its 13 s, and the scripts' checkers the other
lint: $(VENV)/.test-deps $(NODE_DEPS)
	@$(MAKE) --no-print-directory -j2 lint-python lint-scripts

lint-python: $(VENV)/.test-deps
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

lint-scripts: $(NODE_DEPS)
	node_modules/.bin/tsc --project tsconfig.json
	node_modules/.bin/eslint --max-warnings 0
	node_modules/.bin/prettier --check --log-level warn .

# The pinned checkers of package-lock.json (Node.js and npm): installed again only when the
# lock file is newer than the last install. No package's install script runs: vnu-jar's would
# download a Java runtime of its own; the checker runs on Debian's (make java).
$(NODE_DEPS): package-lock.json
	npm ci --no-audit --no-fund --loglevel=error --ignore-scripts
	@touch $@

## check: validate content/ and framework/ without building
check: $(VENV)/.site-deps
	@$(BIN)/python -m generator check

## schemas: rewrite schemas/ (the content files' JSON Schemas) and typings/config.d.ts (the
## pages' configuration, for the scripts' type check) after a change to the models
schemas: $(VENV)/.site-deps
	@$(BIN)/python -m generator schema schemas
	@$(BIN)/python -m generator typings typings

## serve: live preview on http://127.0.0.1:8000/, rebuilt when content changes (ENGINE=zensical too)
serve: $(VENV)/.site-deps
ifeq ($(ENGINE),zensical)
	$(BIN)/python -m generator serve --engine zensical
else
	$(BIN)/mkdocs serve
endif

## bench: build times and sizes, printed as ratios against their targets
bench: $(VENV)/.test-deps chromium pdf-libs
	$(BIN)/python -m bench

## screenshots: docs/screenshots/*.png, the journal, framework and plan at 1280 and 390 pixels
## wide and the printed journal, plan and guide, made again from the default content
screenshots: $(VENV)/.test-deps chromium pdf-libs poppler
	$(BIN)/python -m tests.support.screenshots docs/screenshots

chromium:
	@scripts/ensure-chromium

# Debian's Java runtime: tests/test_validators.py runs the Nu Html Checker (node_modules'
# vnu-jar, pinned in package.json) on every page of the built site.
java:
	@scripts/ensure-java

# Debian's nginx: tests/test_nginx.py serves a built site with deploy/nginx.conf.
nginx:
	@scripts/ensure-nginx

# pdftoppm (Debian's poppler-utils): pictures of printed sheets, for the print tests (ruled
# lines are drawn) and make screenshots.
poppler:
	@scripts/ensure-poppler

pdf-libs: $(VENV)/.site-deps
	@scripts/ensure-pdf-libs $(BIN)/python

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# A changed lock (or pyproject.toml) reinstalls: the venv then matches the new lock exactly.
$(VENV)/.site-deps: requirements/site.txt requirements/uv.txt pyproject.toml scripts/install_locked.py | $(BIN)/python
	@$(INSTALL_LOCKED) requirements/site.txt
	@touch $@

$(VENV)/.test-deps: requirements/test.txt $(VENV)/.site-deps
	@$(INSTALL_LOCKED) requirements/test.txt
	@touch $@

## lock: rewrite requirements/site.txt and test.txt (pins with hashes) from pyproject.toml
lock:
	@PYTHON=$(PYTHON) scripts/lock

## lock-upgrade: the same, moving every pin to its newest release
lock-upgrade:
	@PYTHON=$(PYTHON) scripts/lock --upgrade

clean:
	rm -rf site .venv .pytest_cache .mypy_cache .ruff_cache *.egg-info node_modules
