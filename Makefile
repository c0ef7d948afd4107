# rpythonic — the two set-up commands are `make demo` and `make test`.
# Everything Python-side is installed into .venv by these targets.

PYTHON ?= python3
VENV   := .venv
VPY    := $(VENV)/bin/python
CARGO  ?= cargo
RPY    := target/release/rpy

.PHONY: demo test bench fuzz venv build clean python-dev python-release ffi ffi-header c-host hosts c-bench

$(VPY):
	$(PYTHON) -m venv $(VENV)
	$(VPY) -m pip install --quiet --upgrade pip

# Python tools of the project, installed into .venv (nothing by hand).
$(VENV)/.tools-3: $(VPY)
	$(VPY) -m pip install --quiet "maturin>=1.5,<2" "pytest>=7" "hypothesis>=6" "numpy" "ipykernel" "nbclient" "nbformat"
	touch $@

venv: $(VENV)/.tools-3

build:
	$(CARGO) build --release --bin rpy

# The Python package (rpythonic + its native module) into .venv.
python-release: venv
	VIRTUAL_ENV=$(abspath $(VENV)) $(VENV)/bin/maturin develop --release --quiet

python-dev: venv
	VIRTUAL_ENV=$(abspath $(VENV)) $(VENV)/bin/maturin develop --quiet

DEMO_CACHE := $(abspath .demo-cache)
DEMO_SHIP  := $(abspath target/demo-ship)
# The demo's second Python: pyenv's 3.8 if there is one, else python3.
SHIP_PY    := $(or $(firstword $(wildcard $(HOME)/.pyenv/versions/3.8*/bin/python3)),$(shell command -v $(PYTHON)))

demo: venv build python-release
	@rm -rf $(DEMO_CACHE)
	@echo "== the seed example (Example 1 of the RPythonic page): first run on the JIT,"
	@echo "   while a detached gcc build of the same functions starts (RPY_LOG=info: what the runtime does)"
	RPY_LOG=info RPY_CACHE_DIR=$(DEMO_CACHE) $(VPY) examples/seed_functions.py
	@for i in $$(seq 100); do ls $(DEMO_CACHE)/objects/*/*.json >/dev/null 2>&1 && break; sleep 0.1; done
	@echo "== second run: the library is loaded from the cache"
	RPY_CACHE_DIR=$(DEMO_CACHE) $(VPY) examples/seed_functions.py
	@echo
	@echo "== the hot swap inside one process"
	RPY_CACHE_DIR=$(DEMO_CACHE) $(VPY) examples/hot_swap.py
	@echo
	@echo "== compiled classes (Example 2 of the RPythonic page): an instance shared"
	@echo "   by a worker thread (under a lock) and the main thread (reads without one)"
	RPY_CACHE_DIR=$(DEMO_CACHE) $(VPY) examples/seed_objects.py
	@echo
	@echo "== lists and arrays: a list returned, a list mutated in place, a numpy array"
	RPY_CACHE_DIR=$(DEMO_CACHE) $(VPY) examples/lists_arrays.py
	@echo
	@echo "== rpy build: a module to ship (the library, a ctypes stub, a C header), then the"
	@echo "   stub used from another Python ($(SHIP_PY)), without rpythonic, no compiler on PATH"
	@rm -rf $(DEMO_SHIP)
	$(RPY) build examples/shipped.py -o $(DEMO_SHIP)
	PATH=$(DEMO_SHIP) $(SHIP_PY) -I examples/use_shipped.py $(DEMO_SHIP)
	@echo
	@echo "== rpy cache ls"
	$(RPY) cache --cache-dir $(DEMO_CACHE) ls
	@echo
	@echo "== rpy check: a program outside the subset gets a pointed diagnostic"
	@$(RPY) check examples/not_supported.py || true
	@echo
	@echo "== rpy ir: the typed SSA IR of the seed example's add"
	$(RPY) ir examples/seed_functions.py --entry add
	@echo "== rpy run: the JIT, the reference interpreter, and the auto tier (cold, then warm)"
	$(RPY) run examples/numeric.py --entry main
	$(RPY) run examples/numeric.py --entry main --tier interp
	$(RPY) run examples/numeric.py --entry main --tier auto --cache-dir $(DEMO_CACHE) --verbose
	@for i in $$(seq 100); do [ -z "$$(ls -A $(DEMO_CACHE)/jobs 2>/dev/null)" ] && break; sleep 0.1; done
	$(RPY) run examples/numeric.py --entry main --tier auto --cache-dir $(DEMO_CACHE) --verbose
	@echo "== the same under CPython"
	$(VPY) tests/cpython_run.py examples/numeric.py main

# The C API (crates/rpy-ffi): librpy_ffi.{so,a} in target/$(FFI_PROFILE),
# the header include/rpy.h, and the example hosts.
FFI_PROFILE ?= debug
FFI_DIR     := target/$(FFI_PROFILE)
FFI_CARGO   := $(if $(filter release,$(FFI_PROFILE)),--release,)
HOST_CFLAGS := -std=c11 -Wall -Wextra -Werror -pedantic -O2 -pthread -Iinclude
HOST_LDFLAGS = -L$(FFI_DIR) -lrpy_ffi -Wl,-rpath,$(abspath $(FFI_DIR))

ffi:
	$(CARGO) build -p rpy-ffi $(FFI_CARGO)

# Regenerate include/rpy.h with cbindgen (a library: nothing to install).
ffi-header:
	RPY_BLESS=1 $(CARGO) test -p rpy-ffi --test header

# examples/c_host/main.c, built with the system C compiler.
c-host: ffi
	$(CC) $(HOST_CFLAGS) examples/c_host/main.c $(HOST_LDFLAGS) -o $(FFI_DIR)/c_host

# Both example hosts, their output compared with the expected one.
hosts: c-host
	$(FFI_DIR)/c_host examples/c_host/shapes.py > $(FFI_DIR)/c_host.out
	diff -u examples/c_host/expected_output.txt $(FFI_DIR)/c_host.out
	$(CARGO) run -q -p rpy-rust-host $(FFI_CARGO) -- examples/c_host/shapes.py > $(FFI_DIR)/rust_host.out
	diff -u examples/rust_host/expected_output.txt $(FFI_DIR)/rust_host.out
	@echo "hosts: the C and Rust hosts printed their expected output"

# The call overhead of the C API (release build).
c-bench:
	$(MAKE) ffi FFI_PROFILE=release
	$(CC) $(HOST_CFLAGS) examples/c_host/bench.c -Ltarget/release -lrpy_ffi -Wl,-rpath,$(abspath target/release) -o target/release/c_bench
	RPY_CACHE_DIR=$(abspath target/ffi-bench-cache) target/release/c_bench

# All Rust and Python tests (the C API's included: header, error paths, the
# C host with valgrind, pthreads), then the example hosts. CPython (the
# oracle) is the venv's python.
test: python-dev
	RPY_PYTHON=$(abspath $(VPY)) $(CARGO) test --workspace
	$(MAKE) hosts
	$(VPY) -m pytest -q -rs tests/python

# Front-end and JIT criterion benches, then the kernel table (CPython,
# Numba, the JIT and C -O2 in one run), then the Python-side figures (call
# overhead against Python/Cython/Numba/ctypes, first-call latency, import
# and start-up time; needs the release package: `make python-release`).
# Numba and Cython are optional: if they cannot be installed, the benches
# say so and leave their rows empty.
bench: python-release
	-$(VENV)/bin/pip install --quiet numba cython || echo "note: numba/cython could not be installed: benchmarking without them"
	RPY_PYTHON=$(abspath $(VPY)) $(CARGO) bench -p rpy-ir --bench frontend
	RPY_PYTHON=$(abspath $(VPY)) $(CARGO) bench -p rpy --bench jit
	$(VPY) benches/run.py
	$(VPY) benches/python/bench_calls.py
	$(VPY) benches/python/bench_objects.py
	$(VPY) benches/python/bench_arrays.py
	$(MAKE) c-bench
	$(VPY) benches/python/bench_stub.py

# Randomized differential testing: 5000 fresh programs from tests/fuzz/gen.py,
# CPython vs the reference interpreter vs the JIT. The seed is printed;
# RPY_FUZZ_SEED=<seed> reproduces a run. Failing programs are saved to
# target/fuzz-failures/.
fuzz: venv
	RPY_PYTHON=$(abspath $(VPY)) RPY_FUZZ_COUNT=5000 RPY_FUZZ_AOT_COUNT=500 RPY_FUZZ_SEED=$$(date +%s) $(CARGO) test -p rpy --release --test differential -- --nocapture
	$(CARGO) build --bin rpy && $(CARGO) build --release --bin rpy
	$(VPY) tests/fuzz/mutate.py check $$(date +%s) 2000
	$(VPY) tests/fuzz/mutate.py run $$(date +%s) 500

clean:
	$(CARGO) clean
	rm -rf $(VENV)
