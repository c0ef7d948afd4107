/* Hand-written C for benches/kernels/mandel.py (same algorithm, same result).
 * Build: cc -O2 -o mandel mandel.c -lm; run: ./mandel ARGS... — prints the result
 * on stdout and the seconds one call of kernel() took on stderr. */
#include "bench.h"

static int64_t kernel(int64_t w, int64_t h, int64_t maxit) {
    int64_t total = 0;
    for (int64_t py = 0; py < h; py++) {
        double ci = -1.5 + 3.0 * (double)py / (double)h;
        for (int64_t px = 0; px < w; px++) {
            double cr = -2.0 + 3.0 * (double)px / (double)w;
            double zr = 0.0, zi = 0.0;
            int64_t it = 0;
            while (it < maxit && zr * zr + zi * zi <= 4.0) {
                double t = zr * zr - zi * zi + cr;
                zi = 2.0 * zr * zi + ci;
                zr = t;
                it++;
            }
            total += it;
        }
    }
    return total;
}

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: %s <3 argument(s) of kernel()>\n", argv[0]);
        return 2;
    }
    double t0 = now();
    int64_t r = kernel(strtoll(argv[1], NULL, 10), strtoll(argv[2], NULL, 10), strtoll(argv[3], NULL, 10));
    double t1 = now();
    printf("%" PRId64 "\n", r);
    fprintf(stderr, "%.9f\n", t1 - t0);
    return 0;
}
