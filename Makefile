# Two entry points: `make site` (set up, build output/ from seeds/) and `make test`.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: site test serve quality clean

site: $(VENV)/.site
	$(BIN)/pelican -s pelican.conf.py -o output

test: $(VENV)/.test
	$(BIN)/python -m pytest

serve: $(VENV)/.site
	$(BIN)/pelican -s pelican.conf.py -o output --listen

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
