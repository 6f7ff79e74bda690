# gapcard: `make run` sets up and runs the product; `make test` sets up and runs the tests.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run analyze-examples test lint typecheck wheel-check eval eval-real bench browser clean model-check

$(STAMP): pyproject.toml constraints.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -c constraints.txt -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

run: install
	$(VENV)/bin/gapcard serve --host $(HOST) --port $(PORT)

analyze-examples: install
	$(VENV)/bin/gapcard analyze examples/* --format markdown

# Headless Chromium for the browser tests, from Debian's packages (root only; skipped otherwise).
browser:
	@if command -v chromium >/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver) >/dev/null \
		|| echo "warning: could not install chromium; browser tests will be skipped"; \
	else echo "note: chromium not installed; browser tests will be skipped"; fi

test: install browser
	$(PY) -m pytest -q

lint: install
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

# The built wheel, installed into a fresh venv outside the checkout, analyses an example.
wheel-check: install
	PYTHON=$(PY) bash scripts/check_wheel.sh

typecheck: install
	$(VENV)/bin/mypy analyzer api cli

eval: install
	$(PY) -m evals.run ../shared/corpus/dev

eval-real: install
	$(PY) -m evals.run ../shared/corpus/real

model-check: install
	$(PY) -m evals.train --check

bench: install
	$(PY) -m benchmarks

clean:
	rm -rf $(VENV) .gapcard .pytest_cache .ruff_cache .mypy_cache
