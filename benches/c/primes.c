/* Hand-written C for benches/kernels/primes.py (same algorithm, same result).
 * Build: cc -O2 -o primes primes.c -lm; run: ./primes ARGS... — prints the result
 * on stdout and the seconds one call of kernel() took on stderr. */
#include "bench.h"

static int64_t kernel(int64_t n) {
    int64_t count = 0;
    for (int64_t k = 2; k < n; k++) {
        int prime = 1;
        for (int64_t d = 2; d * d <= k; d++) {
            if (k % d == 0) {
                prime = 0;
                break;
            }
        }
        count += prime;
    }
    return count;
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
