# Two commands on a fresh machine with only Python 3.10+ and make:
#   make demo   builds the example pack into out/khrushchev/
#   make test   runs the test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check --quiet

.PHONY: demo test test-slow fuzz bench clean

demo: $(VENV)/.installed
	$(BIN)/studypack build packs/khrushchev.yaml --out out

# One worker per core, idle ones taking tests from busy ones; hypothesis is derandomised
# here (tests/conftest.py) and random in fuzz. pytest keeps its rewritten test modules
# even where PYTHONDONTWRITEBYTECODE is set, so a second run does not rewrite them again.
TEST_RUN := PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest -n auto --dist worksteal

test: $(VENV)/.installed-test
	$(TEST_RUN) -m "not slow"

# The few long builds read back whole (kept out of make test so that it stays quick); CI runs both.
test-slow: $(VENV)/.installed-test
	$(TEST_RUN) -m slow

fuzz: $(VENV)/.installed-test
	$(BIN)/python -m pytest tests/reliability --hypothesis-profile=long --hypothesis-show-statistics

bench: $(VENV)/.installed-test
	@$(COMPILE)
	$(BIN)/python bench/run.py

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else "studypack needs Python 3.10 or newer; this is " + sys.version.split()[0] + " (set PYTHON=python3.x)")'
	@# Debian's python3 lacks ensurepip unless python3-venv is installed: fall back
	@# to a venv without pip, filled by the system's pip.
	$(PYTHON) -m venv $(VENV) 2>/dev/null || { rm -rf $(VENV) && $(PYTHON) -m venv --without-pip $(VENV) && \
		$(PYTHON) -m pip --python $(BIN)/python install --quiet pip; }

# An editable install leaves our modules uncompiled; compile them once, as a normal
# install would, so every run does not (PYTHONDONTWRITEBYTECODE is common in CI).
COMPILE := $(BIN)/python -m compileall -q -x '(\.venv|tests|bench)/' .

$(VENV)/.installed: pyproject.toml $(BIN)/python
	$(PIP) install -e .
	@$(COMPILE)
	@touch $@

$(VENV)/.installed-test: pyproject.toml $(BIN)/python
	$(PIP) install -e '.[test]'
	@$(COMPILE)
	@touch $@ $(VENV)/.installed

clean:
	rm -rf $(VENV) out build *.egg-info .pytest_cache
