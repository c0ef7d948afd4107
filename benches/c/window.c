/* Hand-written C for benches/kernels/window.py (same algorithm, same result). */
#include "bench.h"

static double kernel(int64_t n) {
    double *xs = malloc((size_t)n * 8), *pre = malloc((size_t)(n + 1) * 8);
    int64_t x = 1;
    for (int64_t i = 0; i < n; i++) {
        x = (x * 48271) % 2147483647;
        xs[i] = (double)(x % 1000) * 0.001 - 0.5;
    }
    pre[0] = 0.0;
    for (int64_t i = 0; i < n; i++) pre[i + 1] = pre[i] + xs[i];
    int64_t w = 64;
    double best = -1e300;
    for (int64_t i = w; i <= n; i++) {
        double m = (pre[i] - pre[i - w]) / (double)w;
        if (m > best) best = m;
    }
    free(xs);
    free(pre);
    return best;
}

int main(int argc, char **argv) {
    if (argc != 2) return 2;
    double t0 = now();
    double r = kernel(strtoll(argv[1], NULL, 10));
    double t1 = now();
    printf("%.17g\n", r);
    fprintf(stderr, "%.9f\n", t1 - t0);
    return 0;
}
