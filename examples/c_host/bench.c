/*
 * The cost of one call through the C API: `add(a: int, b: int) -> int`
 * called in a C loop through the uniform entry (rpy_call, tagged values)
 * and through the typed helper (rpy_call_i64), on the JIT tier, and on
 * the AOT tier when a C compiler is available. Prints the minimum over
 * several runs, in ns per call, next to a plain C call through a function
 * pointer for scale.
 *
 *     make c-bench            (release build of librpy_ffi)
 *     target/release/c_bench [CALLS_PER_RUN]
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "rpy.h"

#define RUNS 7

static double now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static int64_t c_add(int64_t a, int64_t b) { return a + b; }

static void die(const char *what) {
    fprintf(stderr, "%s: %s: %s\n", what, rpy_status_name(rpy_error_status()), rpy_error_message());
    exit(1);
}

/* ns per call of `kind` on `f`: the minimum over RUNS runs of n calls. */
static double bench(const rpy_func *f, int kind, long n) {
    double best = 1e300;
    int64_t sum = 0;
    for (int r = 0; r < RUNS; r++) {
        double t0 = now_ns();
        for (long i = 0; i < n; i++) {
            int64_t out = 0;
            if (kind == 0) {
                int64_t args[2] = {i, 1};
                if (rpy_call_i64(f, args, 2, &out) != RPY_OK) die("rpy_call_i64");
            } else if (kind == 1) {
                rpy_value args[2] = {{RPY_INT, {.i = i}}, {RPY_INT, {.i = 1}}}, res;
                if (rpy_call(f, args, 2, &res) != RPY_OK) die("rpy_call");
                out = res.u.i;
            } else {
                int64_t (*volatile g)(int64_t, int64_t) = c_add;
                out = g(i, 1);
            }
            sum += out;
        }
        double dt = (now_ns() - t0) / (double)n;
        if (dt < best) best = dt;
    }
    if (sum == 42) printf(" ");
    return best;
}

static void tier(rpy_tier t, const char *name, long n) {
    rpy_runtime_options o = rpy_runtime_options_default();
    o.tier = t;
    o.cache_dir = getenv("RPY_CACHE_DIR");
    rpy_runtime *rt;
    rpy_module *m;
    rpy_func *add;
    if (rpy_runtime_new(&o, &rt) != RPY_OK) {
        printf("%-4s  (unavailable: %s)\n", name, rpy_error_message());
        return;
    }
    if (rpy_load_source(rt, "bench.py", "def add(a: int, b: int) -> int:\n    return a + b\n", &m) != RPY_OK)
        die("load");
    if (rpy_module_func(m, "add", &add) != RPY_OK) die("add");
    bench(add, 0, n / 10); /* warm-up */
    double typed = bench(add, 0, n), uniform = bench(add, 1, n);
    printf("%-4s  rpy_call_i64 %6.1f ns/call   rpy_call %6.1f ns/call\n", name, typed, uniform);
    rpy_func_free(add);
    rpy_module_free(m);
    rpy_runtime_free(rt);
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 2000000;
    printf("add(a: int, b: int) -> int, min of %d runs of %ld calls\n", RUNS, n);
    tier(RPY_TIER_JIT, "jit", n);
    tier(RPY_TIER_AOT, "aot", n);
    printf("C function pointer call: %.1f ns/call\n", bench(NULL, 2, n));
    return 0;
}
