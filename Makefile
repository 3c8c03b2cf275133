# Two entry points: `make site` (set up, build output/ from seeds/) and `make test`.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: site test serve quality clean check bench

site: $(VENV)/.site
	$(BIN)/pelican -s pelican.conf.py -o output

AXE := tests/browser/node_modules/axe-core/axe.min.js

test: $(VENV)/.test $(AXE)
	$(BIN)/python -m pytest

# axe-core for the accessibility test, from the npm registry (skipped if npm is missing; CI has it).
$(AXE): tests/browser/package-lock.json
	if command -v npm >/dev/null 2>&1; then npm ci --prefix tests/browser --no-audit --no-fund && touch $@; fi

serve: $(VENV)/.site
	$(BIN)/pelican -s pelican.conf.py -o output --listen

# What the site will make of new or changed articles: make check FILES="seeds/a.txt seeds/b.md" [STRICT=1]
check: $(VENV)/.site
	$(if $(strip $(FILES)),,$(error FILES is empty: make check FILES="seeds/new.txt"))
	PYTHONPATH=plugins $(BIN)/python -m saga.check $(if $(STRICT),--strict) $(FILES)

# Build times and memory against stock Pelican (tests/bench/benchmark.py): make bench [SIZES="100 1000"]
SIZES ?= 100 1000
bench: $(VENV)/.site
	$(BIN)/python tests/bench/benchmark.py --sizes $(SIZES)

quality: $(VENV)/.site
	$(BIN)/python tests/quality.py

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.site: requirements.txt | $(VENV)/bin/python
	$(BIN)/pip install -q -r requirements.txt
	touch $@

$(VENV)/.test: requirements.txt requirements-test.txt | $(VENV)/bin/python
	$(BIN)/pip install -q -r requirements-test.txt
	touch $@ $(VENV)/.site

clean:
	rm -rf output $(VENV)
