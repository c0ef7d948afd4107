/*
 * A C program that embeds rpythonic through its C API (include/rpy.h,
 * librpy_ffi): it loads a Python file, calls its functions through the
 * typed helpers and the uniform entry, makes an instance of a compiled
 * class and calls its methods, reads fields by name, and reports a Python
 * exception, a compile error and API misuse.
 *
 * Build and run (from the repository root):
 *     make c-host
 *     target/debug/c_host examples/c_host/shapes.py [jit|aot|auto]
 * The default tier is jit. Its output is checked against
 * examples/c_host/expected_output.txt by crates/rpy-ffi/tests/c_host.rs.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rpy.h"

/* Report the thread's last error: status, Python type, message, where. */
static void report_error(const char *what, rpy_status st) {
    rpy_location loc;
    printf("%s failed: %s", what, rpy_status_name(st));
    if (*rpy_error_type())
        printf(" (%s, exc code %d)", rpy_error_type(), (int)rpy_error_exc_code());
    printf("\n  message: %s\n", rpy_error_message());
    if (rpy_error_location(&loc))
        printf("  at %s:%u:%u in %s\n", loc.file, (unsigned)loc.line, (unsigned)loc.col,
               *loc.function ? loc.function : "<module>");
}

/* Every line compiled code prints comes here. */
static int32_t print_line(void *data, const char *text, size_t len) {
    printf("%s%.*s", (const char *)data, (int)len, text);
    return 0;
}

/* Look up `name` or exit. */
static rpy_func *func(const rpy_module *m, const char *name) {
    rpy_func *f = NULL;
    rpy_status st = rpy_module_func(m, name, &f);
    if (st != RPY_OK) {
        report_error(name, st);
        exit(1);
    }
    return f;
}

static const char *tier_name(rpy_tier t) {
    return t == RPY_TIER_AOT ? "aot" : t == RPY_TIER_JIT ? "jit" : "auto";
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s FILE.py [jit|aot|auto]\n", argv[0]);
        return 2;
    }
    if (rpy_api_version() != RPY_API_VERSION) {
        fprintf(stderr, "rpy.h is API %d, the library %u\n", RPY_API_VERSION, rpy_api_version());
        return 2;
    }
    /* The version goes to stderr, so stdout is the same for every release. */
    fprintf(stderr, "rpythonic %s, C API %u\n", rpy_version(), rpy_api_version());

    rpy_runtime_options opts = rpy_runtime_options_default();
    const char *tier = argc > 2 ? argv[2] : "jit";
    opts.tier = !strcmp(tier, "aot") ? RPY_TIER_AOT : !strcmp(tier, "auto") ? RPY_TIER_AUTO : RPY_TIER_JIT;
    opts.cache_dir = getenv("RPY_CACHE_DIR");
    opts.print = print_line;
    opts.print_data = "[py] ";
    rpy_runtime *rt = NULL;
    rpy_status st = rpy_runtime_new(&opts, &rt);
    if (st != RPY_OK) {
        report_error("rpy_runtime_new", st);
        return 1;
    }

    rpy_module *m = NULL;
    st = rpy_load_file(rt, argv[1], &m);
    if (st != RPY_OK) {
        report_error("rpy_load_file", st);
        rpy_runtime_free(rt);
        return 1;
    }
    if (opts.tier == RPY_TIER_AUTO) {
        bool on_aot = false;
        rpy_module_wait_aot(m, 120000, &on_aot);
        printf("waited for the AOT build: %s\n", on_aot ? "swapped" : "still on the JIT");
    }

    /* Typed helpers: every parameter and the result of one type. */
    rpy_func *add = func(m, "add"), *hypot = func(m, "hypot");
    int64_t iargs[] = {2, 40};
    int64_t isum = 0;
    if ((st = rpy_call_i64(add, iargs, 2, &isum)) == RPY_OK)
        printf("add(2, 40) = %lld\n", (long long)isum);
    double fargs[] = {3.0, 4.0};
    double h = 0;
    if ((st = rpy_call_f64(hypot, fargs, 2, &h)) == RPY_OK)
        printf("hypot(3.0, 4.0) = %g\n", h);
    rpy_tier t = RPY_TIER_AUTO;
    rpy_func_tier(add, &t);
    printf("add runs on the %s tier\n", tier_name(t));

    /* The uniform entry: tagged values; an int converts to float, and
     * omitted trailing arguments take their defaults. */
    rpy_func *mean = func(m, "mean");
    size_t nparams = 0, nrequired = 0;
    rpy_func_arity(mean, &nparams, &nrequired);
    rpy_value margs[] = {rpy_value_int(4), rpy_value_float(5.0)};
    rpy_value r;
    if ((st = rpy_call(mean, margs, 2, &r)) == RPY_OK && r.tag == RPY_FLOAT)
        printf("mean(4, 5.0) = %g (%zu parameters, %zu required)\n", r.u.f, nparams, nrequired);

    /* A compiled class: construct, call methods, read fields by name. */
    rpy_object *v = NULL;
    rpy_value vargs[] = {rpy_value_float(3.0), rpy_value_float(4.0)};
    if ((st = rpy_object_new(m, "Vec2", vargs, 2, &v)) != RPY_OK) {
        report_error("Vec2(3.0, 4.0)", st);
        return 1;
    }
    char *type = NULL;
    rpy_object_type(v, &type);
    rpy_func *norm = func(m, "Vec2.norm"), *scaled = func(m, "Vec2.scaled");
    rpy_func *dot = func(m, "Vec2.dot"), *report = func(m, "report");
    rpy_value self = rpy_value_object(v);
    if (rpy_call(norm, &self, 1, &r) == RPY_OK)
        printf("%s(3.0, 4.0).norm() = %g\n", type, r.u.f);
    rpy_string_free(type);
    rpy_value sargs[] = {self, rpy_value_float(0.5)};
    rpy_value half;
    if ((st = rpy_call(scaled, sargs, 2, &half)) != RPY_OK || half.tag != RPY_OBJECT) {
        report_error("Vec2.scaled", st);
        return 1;
    }
    rpy_value x, y;
    rpy_object_get(half.u.o, "x", &x);
    rpy_object_get(half.u.o, "y", &y);
    printf("v.scaled(0.5) = (%g, %g)\n", x.u.f, y.u.f);
    rpy_value dargs[] = {self, half};
    if (rpy_call(dot, dargs, 2, &r) == RPY_OK)
        printf("v.dot(v.scaled(0.5)) = %g\n", r.u.f);
    rpy_call(report, &self, 1, NULL);
    rpy_object_free(half.u.o);

    /* A Python exception: its type, message and source location. */
    rpy_func *safe_div = func(m, "safe_div"), *check = func(m, "check_positive");
    int64_t dargs_i[] = {1, 0};
    if ((st = rpy_call_i64(safe_div, dargs_i, 2, &isum)) != RPY_OK)
        report_error("safe_div(1, 0)", st);
    rpy_value neg = rpy_value_int(-3);
    if ((st = rpy_call(check, &neg, 1, &r)) != RPY_OK)
        report_error("check_positive(-3)", st);

    /* A compile error through the API, with its location. */
    rpy_module *bad = NULL;
    st = rpy_load_source(rt, "bad.py", "def f(x):\n    return x\n", &bad);
    if (st != RPY_OK) {
        rpy_location loc;
        rpy_error_location(&loc);
        printf("bad.py: %s %s at %s:%u:%u\n", rpy_status_name(st), rpy_error_type(), loc.file,
               (unsigned)loc.line, (unsigned)loc.col);
    }

    /* Misuse is a status, never a crash. */
    rpy_func *nope = NULL;
    if ((st = rpy_module_func(m, "nope", &nope)) != RPY_OK)
        report_error("rpy_module_func(\"nope\")", st);
    if ((st = rpy_call_i64(add, iargs, 1, &isum)) != RPY_OK)
        report_error("add(2)", st);
    if ((st = rpy_call_f64(add, fargs, 2, &h)) != RPY_OK)
        report_error("rpy_call_f64(add)", st);
    if ((st = rpy_call(norm, NULL, 1, &r)) != RPY_OK)
        report_error("rpy_call(norm, NULL, 1)", st);

    rpy_object_free(v);
    rpy_func *fs[] = {add, hypot, mean, norm, scaled, dot, report, safe_div, check};
    for (size_t i = 0; i < sizeof fs / sizeof fs[0]; i++)
        rpy_func_free(fs[i]);
    rpy_module_free(m);
    rpy_runtime_free(rt);
    printf("done\n");
    return 0;
}
