# rpythonic — the two set-up commands are `make demo` and `make test`.
# Everything Python-side is installed into .venv by these targets.

PYTHON ?= python3
VENV   := .venv
VPY    := $(VENV)/bin/python
CARGO  ?= cargo
RPY    := target/release/rpy

.PHONY: demo test bench fuzz venv build clean

$(VPY):
	$(PYTHON) -m venv $(VENV)
	$(VPY) -m pip install --quiet --upgrade pip

venv: $(VPY)

build:
	$(CARGO) build --release --bin rpy

demo: venv build
	@echo "== rpy check: a program outside the subset gets a pointed diagnostic"
	-@$(RPY) check examples/not_supported.py
	@echo
	@echo "== rpy ir: the typed SSA IR of the seed example"
	$(RPY) ir examples/seed_functions.py --entry add
	@echo "== rpy run --tier interp (the reference interpreter, CPython's semantics)"
	$(RPY) run examples/seed_functions.py --entry add -- 1 1000
	$(RPY) run examples/seed_functions.py --entry sub -- 2.5 -1
	$(RPY) run examples/numeric.py --entry main
	@echo "== the same under CPython"
	$(VPY) tests/cpython_run.py examples/numeric.py main

# All Rust and Python tests. CPython (the oracle) is the venv's python.
test: venv
	RPY_PYTHON=$(abspath $(VPY)) $(CARGO) test --workspace

bench: venv
	RPY_PYTHON=$(abspath $(VPY)) $(CARGO) bench -p rpy-ir

clean:
	$(CARGO) clean
	rm -rf $(VENV)
