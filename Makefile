# Frontline: development entry points. `make help` lists them.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
KAFKA := deploy/kafka/kafka.sh
# Extra pytest arguments: make test PYTEST_ARGS='tests/unit -k settings'
PYTEST_ARGS ?=
ARTIFACTS := test-artifacts
# A broker moved with KAFKA_PORT is the one the service and the tests talk to.
ifdef KAFKA_PORT
export FRONTLINE_BROKER ?= 127.0.0.1:$(KAFKA_PORT)
endif

.PHONY: help venv kafka-fetch kafka-start kafka-stop kafka-status kafka-logs topics prometheus browser run test test-unit lint clean distclean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

# The virtualenv is rebuilt when pyproject.toml changes (the stamp is older).
$(VENV)/.installed: pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@echo "installing the package and its test extra into $(VENV) (log $(VENV)/pip.log)"
	@$(PY) -m pip install --disable-pip-version-check -e '.[test]' >$(VENV)/pip.log 2>&1 \
		|| { tail -n 40 $(VENV)/pip.log; echo "pip install failed; see $(VENV)/pip.log" >&2; exit 1; }
	@touch $@

venv: $(VENV)/.installed ## create .venv and install the package with its test extra

kafka-fetch: ## download the pinned Kafka jars (deploy/kafka/pom.xml) into .cache/kafka
	$(KAFKA) fetch

kafka-start: ## start the development broker on 127.0.0.1:9092 (idempotent)
	$(KAFKA) start

kafka-stop: ## stop the development broker
	$(KAFKA) stop

kafka-status: ## is the broker up?
	$(KAFKA) status

kafka-logs: ## last lines of the broker log
	$(KAFKA) logs

topics: venv kafka-start ## create the service's topics (idempotent)
	$(KAFKA) topics

prometheus: ## install Prometheus + promtool (Debian package) if promtool is missing
	deploy/prometheus/install.sh

browser: ## install headless Chromium (Debian package) for the map test if missing
	deploy/browser/install.sh

run: venv ## broker + topics + worker + feed samples/wire + follow alerts (Ctrl-C stops)
	deploy/run-local.sh

# Starts the broker if none runs, and stops it afterwards only if this run started it.
# (The EXIT trap also runs on Ctrl-C; pytest's exit status is kept.)
test: venv prometheus browser ## all tests (unit + integration on the real broker); JUnit XML in test-artifacts/
	@mkdir -p $(ARTIFACTS)
	@trap '$(KAFKA) stop --if-recorded $(ARTIFACTS)/broker.started' EXIT; trap 'exit 130' INT TERM; \
	$(KAFKA) start --record $(ARTIFACTS)/broker.started; \
	$(PY) -m pytest -q --junitxml=$(ARTIFACTS)/junit.xml $(PYTEST_ARGS)

test-unit: venv prometheus ## unit tests only, no broker
	$(PY) -m pytest -q tests/unit $(PYTEST_ARGS)

lint: venv ## shellcheck the scripts (if installed) and byte-compile the package
	@if command -v shellcheck >/dev/null; then \
		shellcheck $(KAFKA) deploy/run-local.sh .ci/run; \
	else echo "shellcheck not installed: skipped"; fi
	$(PY) -m compileall -q services deploy/kafka tests

clean: ## remove caches and test results (keeps .venv and the broker's data)
	rm -rf .pytest_cache .hypothesis $(ARTIFACTS) var/run build dist
	find . -path ./.venv -prune -o -type d -name __pycache__ -exec rm -rf {} +

distclean: clean ## also remove .venv and the broker (jars and data; the broker must be stopped)
	$(KAFKA) wipe
	rm -rf $(VENV) .cache/kafka
