/* Hand-written C for benches/kernels/integrate.py (same algorithm, same result).
 * Build: cc -O2 -o integrate integrate.c -lm; run: ./integrate ARGS... — prints the result
 * on stdout and the seconds one call of kernel() took on stderr. */
#include "bench.h"

static double kernel(int64_t n) {
    double h = 1.0 / (double)n;
    double s = 0.0;
    for (int64_t i = 0; i < n; i++) {
        double x = ((double)i + 0.5) * h;
        s += sqrt(1.0 - x * x);
    }
    return 4.0 * s * h;
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
