/* Hand-written C for benches/kernels/ratios.py (same algorithm, same result).
 * Build: cc -O2 -o ratios ratios.c -lm; run: ./ratios ARGS... — prints the result
 * on stdout and the seconds one call of kernel() took on stderr. */
#include "bench.h"

static double kernel(int64_t n) {
    double s = 0.0;
    int64_t q = 0;
    for (int64_t i = 1; i <= n; i++) {
        s += (double)(i % 97) / (double)(i % 89 + 1);
        int64_t r = i % 1000;
        q = (q + r * r) % 1000003;
    }
    return s + (double)q;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s <1 argument(s) of kernel()>\n", argv[0]);
        return 2;
    }
    double t0 = now();
    double r = kernel(strtoll(argv[1], NULL, 10));
    double t1 = now();
    printf("%.17g\n", r);
    fprintf(stderr, "%.9f\n", t1 - t0);
    return 0;
}
