/* Hand-written C for benches/kernels/nbody2.py (same algorithm, same result).
 * Build: cc -O2 -o nbody2 nbody2.c -lm; run: ./nbody2 ARGS... — prints the result
 * on stdout and the seconds one call of kernel() took on stderr. */
#include "bench.h"

#define M1 1.0
#define M2 0.01

static double kernel(int64_t steps, double dt) {
    double x1 = 0.0, y1 = 0.0, vx1 = 0.0, vy1 = -0.01;
    double x2 = 1.0, y2 = 0.0, vx2 = 0.0, vy2 = 1.0;
    for (int64_t s = 0; s < steps; s++) {
        double dx = x2 - x1, dy = y2 - y1;
        double r2 = dx * dx + dy * dy;
        double f = dt / (r2 * sqrt(r2));
        vx1 += dx * M2 * f;
        vy1 += dy * M2 * f;
        vx2 -= dx * M1 * f;
        vy2 -= dy * M1 * f;
        x1 += dt * vx1;
        y1 += dt * vy1;
        x2 += dt * vx2;
        y2 += dt * vy2;
    }
    double dx = x2 - x1, dy = y2 - y1;
    double kin = 0.5 * M1 * (vx1 * vx1 + vy1 * vy1) + 0.5 * M2 * (vx2 * vx2 + vy2 * vy2);
    return kin - M1 * M2 / sqrt(dx * dx + dy * dy);
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: %s <2 argument(s) of kernel()>\n", argv[0]);
        return 2;
    }
    double t0 = now();
    double r = kernel(strtoll(argv[1], NULL, 10), strtod(argv[2], NULL));
    double t1 = now();
    printf("%.17g\n", r);
    fprintf(stderr, "%.9f\n", t1 - t0);
    return 0;
}
