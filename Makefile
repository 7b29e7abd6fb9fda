# Stepwise: `make demo` and `make test` work on a fresh clone (each creates .venv as needed).
# Stamp files inside .venv remember what is installed, so reruns skip pip.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
CORPUS ?= ../shared/corpus/dev.jsonl
LENA   := Lena designs a neural network with 150,000 parameters. Each training epoch reduces error by 8%, but the gradient magnitude increases by 5% per epoch due to learning rate drift. If initial gradient is 30 units, what is the gradient magnitude after 10 epochs?

.PHONY: demo test bench load bot eval clean distclean

demo: $(VENV)/.installed  ## solve the Lena problem and print the explanation
	$(BIN)/stepwise solve "$(LENA)"

test: $(VENV)/.installed-test  ## run the whole test suite
	$(BIN)/python -m pytest

bench: $(VENV)/.installed  ## measure latency, cold start, memory, throughput, hostile inputs (< 60 s)
	@if [ -f "$(CORPUS)" ]; then $(BIN)/python -m bot bench --corpus "$(CORPUS)"; \
	else $(BIN)/python -m bot bench --no-corpus; fi

load: $(VENV)/.installed-test  ## 500 /solve interactions from 50 users through the real bot (offline)
	$(BIN)/python -m pytest -m load -s tests/load

bot: $(VENV)/.installed  ## run the Discord bot (settings from STEPWISE_* and DISCORD_TOKEN)
	$(BIN)/stepwise bot

eval: $(VENV)/.installed  ## score the shared dev corpus, when it is beside this checkout
	@if [ -f "$(CORPUS)" ]; then $(BIN)/stepwise eval "$(CORPUS)"; \
	else echo "no corpus at $(CORPUS); set CORPUS=path/to/gold.jsonl"; fi

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e ".[test]" "setuptools>=68" wheel  # wheel test builds offline
	touch $@ $(VENV)/.installed

clean:  ## remove build outputs and caches (keeps .venv)
	rm -rf build dist *.egg-info .pytest_cache .hypothesis
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -exec rm -rf {} +

distclean: clean  ## also remove .venv
	rm -rf $(VENV)
