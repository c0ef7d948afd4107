/* Hand-written C for benches/kernels/sieve.py (same algorithm, same result). */
#include "bench.h"

static int64_t kernel(int64_t n) {
    unsigned char *is_p = malloc((size_t)n + 1);
    for (int64_t k = 0; k <= n; k++) is_p[k] = 1;
    is_p[0] = is_p[1] = 0;
    for (int64_t i = 2; i * i <= n; i++)
        if (is_p[i])
            for (int64_t j = i * i; j <= n; j += i) is_p[j] = 0;
    int64_t count = 0;
    for (int64_t k = 0; k <= n; k++) count += is_p[k];
    free(is_p);
    return count;
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
