# One command installs everything and runs the job; one installs everything and runs the tests.
# Everything lives in .venv beside this file; nothing is installed system-wide except Debian packages
# the tests need (Dovecot), which `make test` installs when missing.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install demo test lint typecheck unit bench train eval clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

demo: install  ## understand the bundled sample inquiries and print what triage made of them
	$(BIN)/triage classify samples/inbox

lint: install
	$(BIN)/ruff check triage tests bench
	$(BIN)/ruff format --check triage tests bench

typecheck: install
	$(BIN)/mypy

unit: install
	$(BIN)/pytest

test: lint typecheck unit  ## everything CI runs

bench: install
	$(BIN)/python bench/classify_speed.py

train: install
	$(BIN)/triage train

eval: install
	$(BIN)/triage eval --cv ../shared/eval-sample

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache *.egg-info
