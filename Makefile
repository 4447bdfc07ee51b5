# Two entry points a newcomer needs; both install what they need first and are safe to rerun.
#   make run    set up, then run the worker against a local Kafka broker it starts itself
#   make test   set up (plus test tools), then run the whole test suite
PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml constraints.txt | sha1sum | cut -c1-12)

.PHONY: run test soak bounces bench setup test-tools kafka-jars constraints

run: setup
	$(BIN)/wire-enrich run

test: setup test-tools
	$(BIN)/python -m pytest

# Side-by-side throughput, latency and memory benchmarks; results in bench/results/.
bench: setup
	$(BIN)/python -m bench

# The long run (30 min or 50,000 stories); WIRE_SOAK_STORIES / WIRE_SOAK_MINUTES shorten it.
soak: setup
	WIRE_SOAK=1 $(BIN)/python -m pytest tests/faults -m soak -rP

# The broker bounce matrix (five clean, five hard bounces of an output leader) on its own cluster.
bounces: setup
	WIRE_BOUNCES=1 $(BIN)/python -m pytest tests/faults -m bounces -rP

setup: $(STAMP) kafka-jars

$(STAMP):
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test,bench]'
	touch $@

# Kafka jars from Maven Central, cached in deploy/kafka/lib and ~/.m2 for the next run.
kafka-jars: $(STAMP)
	$(BIN)/python -c "from worker.local_kafka import ensure_jars; ensure_jars()"

# promtool, the Prometheus server, kcat and Chromium (for the page tests) come from Debian packages.
# Debian's policy-rc.d (exit 101) keeps the packages from starting their services while they
# install, so the tests start their own Prometheus and nothing already running is ever stopped.
test-tools:
	@if ! command -v promtool >/dev/null || ! command -v prometheus >/dev/null || ! command -v kcat >/dev/null || ! command -v chromium >/dev/null; then \
	  if [ "$$(id -u)" != 0 ]; then echo "install the Debian packages prometheus, kcat and chromium (needs root)"; exit 1; fi; \
	  made_policy=; if [ ! -e /usr/sbin/policy-rc.d ]; then printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d; made_policy=1; fi; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus kcat chromium >/dev/null; \
	  status=$$?; if [ -n "$$made_policy" ]; then rm -f /usr/sbin/policy-rc.d; fi; [ $$status = 0 ] || exit $$status; \
	fi

# Re-pin constraints.txt to what the venv holds now (after changing pyproject.toml and passing the tests).
constraints: setup
	@echo "# Exact versions the test suite passed with (Python 3.11). Refresh: make constraints" > constraints.txt
	$(BIN)/pip freeze --exclude-editable | grep -v '^wire-enrich' >> constraints.txt
