/* Hand-written C for benches/kernels/strbuild.py (same algorithm, same result). */
#include "bench.h"
#include <string.h>

static int64_t kernel(int64_t n) {
    char **parts = malloc((size_t)n * sizeof *parts);
    size_t total = 0;
    for (int64_t i = 0; i < n; i++) {
        char buf[48];
        int len = snprintf(buf, sizeof buf, "%" PRId64 ":%" PRId64, i, i * 7 % 1000);
        parts[i] = malloc((size_t)len + 1);
        memcpy(parts[i], buf, (size_t)len + 1);
        total += (size_t)len + (i > 0);
    }
    char *s = malloc(total + 1), *w = s;
    for (int64_t i = 0; i < n; i++) {
        if (i > 0) *w++ = ',';
        size_t len = strlen(parts[i]);
        memcpy(w, parts[i], len);
        w += len;
        free(parts[i]);
    }
    *w = '\0';
    int64_t sevens = 0;
    for (char *p = s; *p; p++) sevens += *p == '7';
    free(parts);
    free(s);
    return (int64_t)total + sevens;
}

int main(int argc, char **argv) {
    if (argc != 2) return 2;
    double t0 = now();
    int64_t r = kernel(strtoll(argv[1], NULL, 10));
    double t1 = now();
    printf("%" PRId64 "\n", r);
    fprintf(stderr, "%.9f\n", t1 - t0);
    return 0;
}
