# run: main 40
# run: drift 6
# run: past_the_end 4
# A particle simulation without lists: the particles are linked through a
# `next: "Particle | None"` field, fields are floats, methods call methods,
# and the box the particles bounce in is an instance stored in a field of
# the system. The last run reads a field through the None at the end of
# the chain.

import math

G = 9.81


class Box:
    def __init__(self, width: float, height: float, damping=0.9):
        self.width = width
        self.height = height
        self.damping = damping
        self.bounces = 0


class Particle:
    def __init__(self, x: float, y: float, vx: float, vy: float, mass=1.0, next: "Particle | None" = None):
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy
        self.mass = mass
        self.next = next

    def speed2(self) -> float:
        return self.vx * self.vx + self.vy * self.vy

    def speed(self) -> float:
        return math.sqrt(self.speed2())

    def kinetic(self) -> float:
        return 0.5 * self.mass * self.speed2()

    def potential(self) -> float:
        return self.mass * G * self.y

    def energy(self) -> float:
        return self.kinetic() + self.potential()

    def step(self, dt: float, box: Box):
        self.vy -= G * dt
        self.x += self.vx * dt
        self.y += self.vy * dt
        self.collide(box)

    def collide(self, box: Box):
        if self.x < 0.0:
            self.x = -self.x
            self.vx = -self.vx * box.damping
            box.bounces += 1
        elif self.x > box.width:
            self.x = 2.0 * box.width - self.x
            self.vx = -self.vx * box.damping
            box.bounces += 1
        if self.y < 0.0:
            self.y = -self.y
            self.vy = -self.vy * box.damping
            box.bounces += 1


class System:
    def __init__(self, box: Box):
        self.box = box
        self.head = None
        self.count = 0
        self.time = 0.0

    def add(self, p: Particle):
        p.next = self.head
        self.head = p
        self.count += 1

    def step(self, dt: float):
        p = self.head
        while p is not None:
            p.step(dt, self.box)
            p = p.next
        self.time += dt

    def energy(self) -> float:
        e = 0.0
        p = self.head
        while p:
            e += p.energy()
            p = p.next
        return e

    def centroid(self) -> float:
        sx = 0.0
        m = 0.0
        p = self.head
        while p is not None:
            sx += p.x * p.mass
            m += p.mass
            p = p.next
        return sx / m

    def fastest(self) -> "Particle | None":
        best = None
        p = self.head
        while p is not None:
            if best is None or p.speed() > best.speed():
                best = p
            p = p.next
        return best


def build(n: int, box: Box) -> System:
    s = System(box)
    for i in range(n):
        fi = float(i)
        s.add(Particle(1.0 + fi * 0.5, 2.0 + (i % 3), 3.0 - fi * 0.25, 0.5 * fi, mass=1.0 + 0.1 * fi))
    return s


def main(steps: int) -> float:
    s = build(5, Box(4.0, 10.0))
    e0 = s.energy()
    print("start", s.count, e0, s.centroid())
    for k in range(steps):
        s.step(0.05)
        if k % 10 == 9:
            print(f"t={s.time:.2f} E={s.energy():.6f} cx={s.centroid():.6f} bounces={s.box.bounces}")
    f = s.fastest()
    if f is not None:
        print("fastest", f.x, f.y, f.vx, f.vy, f.mass)
    print(s.box.bounces, s.energy() < e0, s.head.next.next.x)
    return s.energy()


def drift(n: int) -> float:
    # two particles chained by a keyword argument; exact float reprs
    p = Particle(0.5, 1.0, 1.0, 0.0, next=Particle(1.5, 1.0, -1.0, 0.0, mass=2.0))
    box = Box(2.0, 2.0, damping=0.5)
    for i in range(n * 10):
        q = p
        while q is not None:
            q.step(0.01, box)
            q = q.next
    print(p.x, p.y, p.next.x, p.next.y, box.bounces)
    return p.energy() + p.next.energy()


def past_the_end(n: int) -> float:
    s = build(n, Box(4.0, 4.0))
    s.step(0.1)
    p = s.head
    while p.next is not None:
        p = p.next
    print("last", p.x, p.mass)
    return p.next.x
