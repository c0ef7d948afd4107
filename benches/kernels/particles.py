"""Particles as compiled-class instances (tier B): four bodies held in the
fields of a System, stepped with method calls; field reads and writes,
method calls and no allocation in the loop."""


class Particle:
    def __init__(self, x=0.0, y=0.0, vx=0.0, vy=0.0, m=1.0):
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy
        self.m = m

    def move(self, dt: float):
        self.x += self.vx * dt
        self.y += self.vy * dt

    def pull(self, o: "Particle", dt: float):
        dx = o.x - self.x
        dy = o.y - self.y
        r2 = dx * dx + dy * dy + 0.01
        f = dt * o.m / (r2 * r2 ** 0.5)
        self.vx += dx * f
        self.vy += dy * f


class System:
    def __init__(self, a: Particle, b: Particle, c: Particle, d: Particle):
        self.a = a
        self.b = b
        self.c = c
        self.d = d

    def step(self, dt: float):
        a, b, c, d = self.a, self.b, self.c, self.d
        a.pull(b, dt); a.pull(c, dt); a.pull(d, dt)
        b.pull(a, dt); b.pull(c, dt); b.pull(d, dt)
        c.pull(a, dt); c.pull(b, dt); c.pull(d, dt)
        d.pull(a, dt); d.pull(b, dt); d.pull(c, dt)
        a.move(dt); b.move(dt); c.move(dt); d.move(dt)

    def energy(self) -> float:
        return 0.5 * (self.a.m * (self.a.vx * self.a.vx + self.a.vy * self.a.vy) + self.b.m * (self.b.vx * self.b.vx + self.b.vy * self.b.vy)
                      + self.c.m * (self.c.vx * self.c.vx + self.c.vy * self.c.vy) + self.d.m * (self.d.vx * self.d.vx + self.d.vy * self.d.vy))


def kernel(steps: int, dt: float) -> float:
    s = System(Particle(0.0, 0.0, 0.0, 0.0, 10.0), Particle(1.0, 0.0, 0.0, 1.0), Particle(-1.0, 0.0, 0.0, -1.0), Particle(0.0, 2.0, -0.7, 0.0))
    for _ in range(steps):
        s.step(dt)
    return s.energy() + s.a.x + s.d.y


# args: 200000, 0.0001
