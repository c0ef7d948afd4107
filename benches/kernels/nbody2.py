"""Two gravitating bodies, leapfrog-style steps; every coordinate is a float local."""
import math

M1 = 1.0
M2 = 0.01


def kernel(steps: int, dt: float) -> float:
    x1, y1, vx1, vy1 = 0.0, 0.0, 0.0, -0.01
    x2, y2, vx2, vy2 = 1.0, 0.0, 0.0, 1.0
    for _ in range(steps):
        dx = x2 - x1
        dy = y2 - y1
        r2 = dx * dx + dy * dy
        f = dt / (r2 * math.sqrt(r2))
        vx1 += dx * M2 * f
        vy1 += dy * M2 * f
        vx2 -= dx * M1 * f
        vy2 -= dy * M1 * f
        x1 += dt * vx1
        y1 += dt * vy1
        x2 += dt * vx2
        y2 += dt * vy2
    dx = x2 - x1
    dy = y2 - y1
    kin = 0.5 * M1 * (vx1 * vx1 + vy1 * vy1) + 0.5 * M2 * (vx2 * vx2 + vy2 * vy2)
    return kin - M1 * M2 / math.sqrt(dx * dx + dy * dy)


# args: 1000000, 0.001
