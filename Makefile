# Two commands for a fresh machine: `make site` and `make test`. Everything else follows.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# Material prints a long notice about MkDocs 2 on every build; we pin MkDocs 1.x on purpose.
export NO_MKDOCS_2_WARNING := 1
# The venv holds exactly what a lock file names (pinned, hashes checked), then the project.
INSTALL_LOCKED := $(BIN)/python scripts/install_locked.py

.PHONY: site test check lint serve schemas bench chromium pdf-libs lock lock-upgrade clean

## site: create .venv, install pinned dependencies, validate content, build site/
site: $(VENV)/.site-deps pdf-libs
	@$(BIN)/python -m generator check --quiet
	@$(BIN)/mkdocs build --quiet
	@echo "Built the toolkit into site/ (open site/index.html, or host the folder)."

## test: install test tools and Chromium if needed, then ruff, mypy and every test
test: $(VENV)/.test-deps chromium pdf-libs lint
	$(BIN)/python -m pytest

lint: $(VENV)/.test-deps
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

## check: validate content/ and framework/ without building
check: $(VENV)/.site-deps
	@$(BIN)/python -m generator check

## schemas: rewrite schemas/ (the content files' JSON Schemas) after a change to the models
schemas: $(VENV)/.site-deps
	@$(BIN)/python -m generator schema schemas

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

# A changed lock (or pyproject.toml) reinstalls: the venv then matches the new lock exactly.
$(VENV)/.site-deps: requirements/site.txt pyproject.toml scripts/install_locked.py | $(BIN)/python
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
	rm -rf site .venv .pytest_cache .mypy_cache .ruff_cache *.egg-info
