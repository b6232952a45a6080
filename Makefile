# One command installs everything and runs the job; one installs everything and runs the tests.
# Everything lives in .venv beside this file; nothing is installed system-wide except Debian packages
# the tests need (Dovecot), which `make test` installs when missing.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install deps demo test lint typecheck unit integration wheel bench train eval clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

demo: install  ## understand the bundled sample inquiries and print what triage made of them
	$(BIN)/triage demo

lint: install
	$(BIN)/ruff check triage tests bench tools
	$(BIN)/ruff format --check triage tests bench tools

typecheck: install
	$(BIN)/mypy

# Dovecot for the IMAP tests (tests/servers.py starts its own instance on a free loopback port).
# Installed only when missing; the package's own system-wide service must not start or stay up:
# a temporary policy-rc.d (exit 101) forbids starting it during the install, and it is stopped
# and disabled afterwards in case something started it anyway.
# The OAuth2 tests need nothing more: Dovecot's oauth2 passdb (XOAUTH2, OAUTHBEARER) is part of dovecot-core.
DOVECOT := /usr/sbin/dovecot
# Debian's chromium for the review page's browser tests (Playwright drives it; its own browser download is never used).
CHROMIUM := /usr/bin/chromium
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

deps:  ## Debian packages the tests need; does nothing when they are there
	@if [ ! -x $(DOVECOT) ]; then \
	  set -e; \
	  echo "deps: installing dovecot-imapd (the tests run their own Dovecot; the system service stays off)"; \
	  policy=/usr/sbin/policy-rc.d; \
	  if [ ! -e $$policy ]; then \
	    printf '#!/bin/sh\nexit 101\n' | $(SUDO) tee $$policy >/dev/null; $(SUDO) chmod 755 $$policy; \
	    trap '$(SUDO) rm -f /usr/sbin/policy-rc.d' EXIT; \
	  fi; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -qq; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
	    dovecot-core dovecot-imapd >/dev/null; \
	  if [ -d /run/systemd/system ]; then \
	    $(SUDO) systemctl disable --now --quiet dovecot.service dovecot.socket 2>/dev/null || true; \
	  else \
	    $(SUDO) service dovecot stop >/dev/null 2>&1 || true; \
	  fi; \
	  test -x $(DOVECOT); echo "deps: $$($(DOVECOT) --version | cut -d' ' -f1) installed"; \
	fi
	@if [ ! -x $(CHROMIUM) ]; then \
	  set -e; \
	  echo "deps: installing chromium (the review page's tests drive it headless through Playwright)"; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -qq; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null; \
	  test -x $(CHROMIUM); echo "deps: $$($(CHROMIUM) --version 2>/dev/null | head -1) installed"; \
	fi

unit: install  ## the fast tier: the pipeline on the in-memory store and mailbox, rules, commands; no server
	$(BIN)/pytest -m "not integration and not wheel"

integration: install deps  ## the tests that need Dovecot, the SMTP sink or the local PostgreSQL
	$(BIN)/pytest -m "integration and not wheel"

# The wheel, as a user installs it: built from this tree, installed into a venv of its own (nothing editable, no
# source tree on the path), then the demo and one poll against Dovecot run from that venv (tests/test_wheel.py).
WHEEL_DIR  := build/dist
WHEEL_VENV := build/wheel-venv

wheel: install deps  ## build the wheel, install it into a clean venv, run the demo and a poll from there
	rm -rf $(WHEEL_DIR) $(WHEEL_VENV)
	$(BIN)/python -m pip wheel --quiet --no-deps --wheel-dir $(WHEEL_DIR) .
	$(PYTHON) -m venv $(WHEEL_VENV)
	$(WHEEL_VENV)/bin/python -m pip install --quiet $(WHEEL_DIR)/triage-*.whl
	TRIAGE_WHEEL_VENV=$(WHEEL_VENV) $(BIN)/pytest -m wheel

test: lint typecheck unit integration wheel  ## everything CI runs

bench: install deps
	$(BIN)/python bench/classify_speed.py
	$(BIN)/python bench/imap_poll.py
	$(BIN)/python bench/workers.py
	$(BIN)/python bench/idle_latency.py

train: install
	$(BIN)/triage train

eval: install  ## labels on the shared sample; labels, request fields and the draft check on the held-out mail
	$(BIN)/triage eval --cv ../shared/eval-sample
	$(BIN)/python -m triage.learn.evalset --drafts eval/heldout

clean:
	rm -rf $(VENV) build .mypy_cache .ruff_cache .pytest_cache *.egg-info
