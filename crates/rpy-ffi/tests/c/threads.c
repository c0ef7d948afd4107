/*
 * Concurrent calls into one runtime from several pthreads: every thread
 * calls the same rpy_func handles (typed helper and uniform entry) and
 * checks each result, raises a Python exception and checks that its own
 * last error is the one it caused (the last error is per thread), and
 * builds, reads and frees objects of its own. Prints "ok" lines, or a
 * "FAIL" line and exits 1. Run by crates/rpy-ffi/tests/c_host.rs.
 *
 *     threads FILE.py NTHREADS NCALLS
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rpy.h"

static rpy_module *module;
static rpy_func *add, *mean, *safe_div, *check, *norm;
static long ncalls;

#define CHECK(cond, ...)                                                                   \
    do {                                                                                   \
        if (!(cond)) {                                                                     \
            printf("FAIL line %d: ", __LINE__);                                            \
            printf(__VA_ARGS__);                                                           \
            printf(" [%s: %s]\n", rpy_status_name(rpy_error_status()), rpy_error_message()); \
            exit(1);                                                                       \
        }                                                                                  \
    } while (0)

static void *worker(void *arg) {
    long id = (long)arg;
    for (long i = 0; i < ncalls; i++) {
        int64_t a[] = {id * 1000000 + i, i};
        int64_t r = 0;
        CHECK(rpy_call_i64(add, a, 2, &r) == RPY_OK && r == id * 1000000 + 2 * i, "add %ld %ld", id, i);

        rpy_value m[] = {rpy_value_int(id), rpy_value_float((double)i), rpy_value_bool(true)};
        rpy_value mr;
        CHECK(rpy_call(mean, m, 3, &mr) == RPY_OK && mr.tag == RPY_FLOAT &&
                  mr.u.f == (double)(id + i + 1) / 3,
              "mean %ld %ld", id, i);

        if (i % 64 == 0) {
            /* Exceptions on this thread: the message names this thread's
             * number, so another thread's error would show. */
            int64_t d[] = {id, 0};
            CHECK(rpy_call_i64(safe_div, d, 2, &r) == RPY_ERR_PYTHON, "safe_div");
            CHECK(rpy_error_exc_code() == RPY_EXC_ZERO_DIVISION_ERROR, "exc code");
            CHECK(!strcmp(rpy_error_type(), "ZeroDivisionError"), "exc type");
            rpy_location loc;
            CHECK(rpy_error_location(&loc) && loc.line == 19 && !strcmp(loc.function, "safe_div"),
                  "location");
            int64_t neg = -id;
            char want[64];
            snprintf(want, sizeof want, "expected a positive number, got %ld", -id);
            CHECK(rpy_call_i64(check, &neg, 1, &r) == RPY_ERR_PYTHON, "check_positive");
            CHECK(!strcmp(rpy_error_message(), want) && !strcmp(rpy_error_type(), "ValueError"),
                  "this thread's own error");
            /* A success clears it. */
            CHECK(rpy_call_i64(add, a, 2, &r) == RPY_OK && rpy_error_status() == RPY_OK, "clear");

            rpy_object *v = NULL;
            rpy_value xy[] = {rpy_value_float((double)id), rpy_value_float((double)i)};
            CHECK(rpy_object_new(module, "Vec2", xy, 2, &v) == RPY_OK, "Vec2");
            rpy_value self = rpy_value_object(v), x, n;
            CHECK(rpy_object_get(v, "x", &x) == RPY_OK && x.tag == RPY_FLOAT && x.u.f == (double)id, "x");
            CHECK(rpy_call(norm, &self, 1, &n) == RPY_OK && n.tag == RPY_FLOAT, "norm");
            rpy_object_free(v);
        }
    }
    return NULL;
}

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: %s FILE.py NTHREADS NCALLS\n", argv[0]);
        return 2;
    }
    long nthreads = atol(argv[2]);
    ncalls = atol(argv[3]);
    rpy_runtime_options o = rpy_runtime_options_default();
    o.tier = RPY_TIER_JIT;
    rpy_runtime *rt = NULL;
    CHECK(rpy_runtime_new(&o, &rt) == RPY_OK, "runtime");
    CHECK(rpy_load_file(rt, argv[1], &module) == RPY_OK, "load");
    CHECK(rpy_module_func(module, "add", &add) == RPY_OK, "add");
    CHECK(rpy_module_func(module, "mean", &mean) == RPY_OK, "mean");
    CHECK(rpy_module_func(module, "safe_div", &safe_div) == RPY_OK, "safe_div");
    CHECK(rpy_module_func(module, "check_positive", &check) == RPY_OK, "check_positive");
    CHECK(rpy_module_func(module, "Vec2.norm", &norm) == RPY_OK, "norm");

    pthread_t *ts = calloc((size_t)nthreads, sizeof *ts);
    CHECK(ts != NULL, "calloc");
    for (long t = 0; t < nthreads; t++)
        CHECK(pthread_create(&ts[t], NULL, worker, (void *)(t + 1)) == 0, "pthread_create");
    for (long t = 0; t < nthreads; t++)
        pthread_join(ts[t], NULL);
    free(ts);
    printf("ok %ld threads x %ld calls\n", nthreads, ncalls);

    rpy_func_free(add);
    rpy_func_free(mean);
    rpy_func_free(safe_div);
    rpy_func_free(check);
    rpy_func_free(norm);
    rpy_module_free(module);
    rpy_runtime_free(rt);
    return 0;
}
