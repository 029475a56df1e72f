# Two commands set everything up: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test install bench clean chromium java

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/veille ingest examples/ --db veille.db
	$(BIN)/veille query entities --db veille.db --limit 15
	$(BIN)/veille query quotes --db veille.db --limit 10
	$(BIN)/veille query stats --db veille.db
	@echo "veille: web interface and API at http://127.0.0.1:8000/ (Ctrl+C to stop)"
	$(BIN)/veille serve --db veille.db --host 127.0.0.1 --port 8000

# Browser tests drive Debian's Chromium; installed when missing (they skip if it cannot be).
chromium:
	@test -x /usr/bin/chromium || (apt-get update -qq && apt-get install -y -qq chromium) \
	|| echo "make: could not install chromium; browser tests will be skipped" >&2

# pytest exits 5 when it collected nothing: that is a failure, not a pass.
test: install chromium java
	@$(BIN)/python -m pytest; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "make test: no tests were collected" >&2; exit 1; fi; exit $$rc

# Spark (veille spark, tests/spark) needs a Java runtime: install Debian's when there is none.
# Without root or apt the Spark tests skip, saying why.
java:
	@command -v java >/dev/null 2>&1 || { \
	  echo "make: installing default-jre-headless (Java, for Spark)"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  ($$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq default-jre-headless) \
	    >/dev/null 2>&1 || echo "make: could not install Java; the Spark tests will be skipped" >&2; }

bench: install
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) build *.egg-info
