/* Hand-written C for benches/kernels/particles.py (same algorithm, same
 * result): structs passed by pointer. */
#include "bench.h"

typedef struct { double x, y, vx, vy, m; } P;

static void move(P *p, double dt) { p->x += p->vx * dt; p->y += p->vy * dt; }

static void pull(P *p, const P *o, double dt) {
    double dx = o->x - p->x, dy = o->y - p->y;
    double r2 = dx * dx + dy * dy + 0.01;
    double f = dt * o->m / (r2 * pow(r2, 0.5));
    p->vx += dx * f;
    p->vy += dy * f;
}

static double kernel(int64_t steps, double dt) {
    P a = {0.0, 0.0, 0.0, 0.0, 10.0}, b = {1.0, 0.0, 0.0, 1.0, 1.0}, c = {-1.0, 0.0, 0.0, -1.0, 1.0}, d = {0.0, 2.0, -0.7, 0.0, 1.0};
    for (int64_t s = 0; s < steps; s++) {
        pull(&a, &b, dt); pull(&a, &c, dt); pull(&a, &d, dt);
        pull(&b, &a, dt); pull(&b, &c, dt); pull(&b, &d, dt);
        pull(&c, &a, dt); pull(&c, &b, dt); pull(&c, &d, dt);
        pull(&d, &a, dt); pull(&d, &b, dt); pull(&d, &c, dt);
        move(&a, dt); move(&b, dt); move(&c, dt); move(&d, dt);
    }
    double e = 0.5 * (a.m * (a.vx * a.vx + a.vy * a.vy) + b.m * (b.vx * b.vx + b.vy * b.vy)
                      + c.m * (c.vx * c.vx + c.vy * c.vy) + d.m * (d.vx * d.vx + d.vy * d.vy));
    return e + a.x + d.y;
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
