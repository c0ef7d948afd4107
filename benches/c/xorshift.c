/* Hand-written C for benches/kernels/xorshift.py (same algorithm, same result).
 * Build: cc -O2 -o xorshift xorshift.c -lm; run: ./xorshift ARGS... — prints the result
 * on stdout and the seconds one call of kernel() took on stderr. */
#include "bench.h"

#define MASK 0xFFFFFFFFLL

static int64_t kernel(int64_t n, int64_t seed) {
    int64_t x = seed, h = 0;
    for (int64_t i = 0; i < n; i++) {
        x ^= (x << 13) & MASK;
        x ^= x >> 17;
        x ^= (x << 5) & MASK;
        h = (h * 31 + (x & 0xFFFF) + i) & MASK;
    }
    return h ^ (x >> 7);
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: %s <2 argument(s) of kernel()>\n", argv[0]);
        return 2;
    }
    double t0 = now();
    int64_t r = kernel(strtoll(argv[1], NULL, 10), strtoll(argv[2], NULL, 10));
    double t1 = now();
    printf("%" PRId64 "\n", r);
    fprintf(stderr, "%.9f\n", t1 - t0);
    return 0;
}
