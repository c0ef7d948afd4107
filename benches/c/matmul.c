/* Hand-written C for benches/kernels/matmul.py (same algorithm, same result). */
#include "bench.h"

static double kernel(int64_t n) {
    double *a = calloc((size_t)(n * n), 8), *b = calloc((size_t)(n * n), 8), *c = calloc((size_t)(n * n), 8);
    for (int64_t i = 0; i < n; i++)
        for (int64_t j = 0; j < n; j++) {
            a[i * n + j] = (double)((i * 7 + j * 3) % 11) * 0.25;
            b[i * n + j] = (double)((i * 5 + j * 2) % 13) * 0.5;
        }
    for (int64_t i = 0; i < n; i++)
        for (int64_t k = 0; k < n; k++) {
            double aik = a[i * n + k];
            for (int64_t j = 0; j < n; j++) c[i * n + j] += aik * b[k * n + j];
        }
    double s = 0.0;
    for (int64_t k = 0; k < n * n; k++) s += c[k];
    free(a);
    free(b);
    free(c);
    return s;
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
