/* Hand-written C for benches/kernels/isort.py (same algorithm, same result). */
#include "bench.h"

static int64_t kernel(int64_t n) {
    int64_t *xs = malloc((size_t)n * 8);
    int64_t x = 12345;
    for (int64_t i = 0; i < n; i++) {
        x = (x * 1103515245 + 12345) % 2147483648;
        xs[i] = x;
    }
    for (int64_t i = 1; i < n; i++) {
        int64_t v = xs[i], j = i - 1;
        while (j >= 0 && xs[j] > v) {
            xs[j + 1] = xs[j];
            j--;
        }
        xs[j + 1] = v;
    }
    int64_t r = xs[0] + xs[n / 2] + xs[n - 1];
    free(xs);
    return r;
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
