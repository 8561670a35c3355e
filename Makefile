# Putian approval standardization portal: everyday commands. `make help` lists them.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3.11
VENV := .venv
BUILDOUT_INPUTS := buildout.cfg versions.cfg $(wildcard profiles/*.cfg) \
	$(wildcard src/*/pyproject.toml)
RUFF := $(VENV)/bin/ruff

.PHONY: help
help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | \
		awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

# Debian packages the portal needs: Graphviz lays out the flowcharts, and
# Noto CJK lets it (and the browser tests) measure Chinese text.
SYSTEM_PACKAGES := graphviz fonts-noto-cjk

.PHONY: system-packages
system-packages: ## Install the Debian packages the portal needs, when missing
	@missing=$$(for p in $(SYSTEM_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing $$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

# What only the tests need: the browser that Playwright drives.
TEST_PACKAGES := chromium

.PHONY: test-packages
test-packages: ## Install the Debian packages the tests need (Chromium), when missing
	@missing=$$(for p in $(TEST_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing $$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

$(VENV)/bin/buildout: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade -r requirements.txt
	@touch $@

bin/buildout: $(VENV)/bin/buildout
	@mkdir -p bin
	ln -sf ../$(VENV)/bin/buildout bin/buildout

# The stamp is buildout's own record of what it installed. A buildout that
# fails half-way still writes it (with the parts it got to), so a failed run
# drops it: the next `make` runs buildout again instead of taking the
# install for done without bin/pytest.
.installed.cfg: bin/buildout $(BUILDOUT_INPUTS)
	bin/buildout -N || { rm -f $@; exit 1; }
	@touch $@

.PHONY: install
install: system-packages .installed.cfg ## Install the portal and its tests (virtualenv + buildout)

.PHONY: site
site: install ## Create the admin and the putian site when they are missing
	@mkdir -p var/filestorage var/blobstorage var/log
	bin/instance run scripts/create_site.py

# `console` serves as production does: debug mode off (templates compiled
# once, no tracebacks shown), and the server is this very process, so Ctrl-C
# and a service manager's SIGTERM reach it. `make dev` is Zope's debug mode.
.PHONY: start
start: site ## Install, create the site if missing, serve http://localhost:8080/putian
	@echo "Serving http://localhost:8080/putian (Ctrl-C stops)"
	bin/instance console

.PHONY: dev
dev: site ## As start, in Zope's debug mode (templates re-read, tracebacks shown)
	@echo "Serving http://localhost:8080/putian in debug mode (Ctrl-C stops)"
	bin/instance fg

.PHONY: test
test: install test-packages ## Install what the tests need and run them all
	bin/pytest

.PHONY: blob-check
blob-check: .installed.cfg ## Check every stored file (blob) is on disk (read-only; VAR=dir checks a copy)
	bin/zopepy scripts/blob_check.py $(VAR)

.PHONY: bench
bench: install ## Run the benchmarks (ratios measured side by side)
	@for script in bench/*.py; do echo "== $$script"; bin/zopepy $$script; done

LOCALES := src/putian.policy/src/putian/policy/locales
THEME_LOCALES := src/putian.theme/src/putian/theme/locales

.PHONY: i18n
i18n: $(VENV)/bin/buildout ## Extract messages into the .pot and sync the .po files
	$(VENV)/bin/i18ndude rebuild-pot --pot $(LOCALES)/putian.policy.pot \
		--merge $(LOCALES)/manual.pot --exclude "review_rules.py" \
		--create putian.policy src/putian.policy/src/putian/policy
	$(VENV)/bin/i18ndude sync --pot $(LOCALES)/putian.policy.pot \
		$(LOCALES)/*/LC_MESSAGES/putian.policy.po
	$(VENV)/bin/i18ndude rebuild-pot --pot $(THEME_LOCALES)/putian.theme.pot \
		--create putian.theme src/putian.theme/src/putian/theme
	$(VENV)/bin/i18ndude sync --pot $(THEME_LOCALES)/putian.theme.pot \
		$(THEME_LOCALES)/*/LC_MESSAGES/putian.theme.po

.PHONY: lint
lint: $(VENV)/bin/buildout ## Check code style (ruff)
	$(RUFF) check .
	$(RUFF) format --check .

.PHONY: format
format: $(VENV)/bin/buildout ## Format and fix code (ruff)
	$(RUFF) check --fix .
	$(RUFF) format .

.PHONY: clean
clean: ## Remove build output; keeps the data in var/
	rm -rf bin parts develop-eggs .installed.cfg .mr.developer.cfg $(VENV)
	find src tests -name __pycache__ -type d -prune -exec rm -rf {} +
