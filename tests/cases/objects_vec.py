# run: main 5
# run: norms 3
# Compiled classes: value objects, methods calling methods, constructors
# with keywords and defaults, instances in fields, identity, constants.


class Vec3:
    ZERO_TOL = 1e-12

    def __init__(self, x=0.0, y=0.0, z=0.0):
        self.x = x
        self.y = y
        self.z = z

    def add(self, o: "Vec3") -> "Vec3":
        return Vec3(self.x + o.x, self.y + o.y, self.z + o.z)

    def scale(self, k: float) -> "Vec3":
        return Vec3(x=self.x * k, z=self.z * k, y=self.y * k)

    def dot(self, o: "Vec3") -> float:
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm2(self):
        return self.dot(self)

    def is_zero(self) -> bool:
        return self.norm2() < Vec3.ZERO_TOL and self.norm2() < self.ZERO_TOL


class Ray:
    def __init__(self, origin: Vec3, direction: Vec3):
        self.origin = origin
        self.direction = direction
        self.hits = 0

    def at(self, t: float) -> Vec3:
        return self.origin.add(self.direction.scale(t))


def main(n: int) -> float:
    v = Vec3(1.0, 2.0, 3.0)
    acc = Vec3()
    for i in range(n):
        acc = acc.add(v)
    print(acc.x, acc.y, acc.z, acc.norm2(), acc.is_zero(), Vec3().is_zero())
    r = Ray(Vec3(z=1.0), v)
    p = r.at(0.5)
    r.hits += 2
    print(p.x, p.y, p.z, r.hits, r.origin.z)
    w = acc
    print(w is acc, w is not acc, w == acc, w != acc, acc == v, r.origin is r.origin)
    r.origin = p
    print(r.origin is p, r.origin.x)
    return acc.dot(v)


def norms(n: int) -> float:
    t = 0.0
    for i in range(n):
        t += Vec3(float(i), 1.0).scale(2.0).norm2()
    return t
