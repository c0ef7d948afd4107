/* Hand-written C for benches/kernels/gcd.py (same algorithm, same result).
 * Build: cc -O2 -o gcd gcd.c -lm; run: ./gcd ARGS... — prints the result
 * on stdout and the seconds one call of kernel() took on stderr. */
#include "bench.h"

static int64_t kernel(int64_t n) {
    int64_t total = 0;
    for (int64_t i = 1; i <= n; i++) {
        for (int64_t j = 1; j <= n; j++) {
            int64_t a = i, b = j;
            while (b != 0) {
                int64_t t = a % b;
                a = b;
                b = t;
            }
            total += a;
        }
    }
    return total;
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
