/* Hand-written C for benches/kernels/fib.py (same algorithm, same result).
 * Build: cc -O2 -o fib fib.c -lm; run: ./fib ARGS... — prints the result
 * on stdout and the seconds one call of kernel() took on stderr. */
#include "bench.h"

static int64_t kernel(int64_t n) {
    if (n < 2)
        return n;
    return kernel(n - 1) + kernel(n - 2);
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s <1 argument(s) of kernel()>\n", argv[0]);
        return 2;
    }
    double t0 = now();
    int64_t r = kernel(strtoll(argv[1], NULL, 10));
    double t1 = now();
    printf("%" PRId64 "\n", r);
    fprintf(stderr, "%.9f\n", t1 - t0);
    return 0;
}
