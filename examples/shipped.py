# A module to ship with `rpy build examples/shipped.py -o DIR` (make demo):
# DIR/shipped.rpy.so (the compiled library), DIR/shipped.py (a ctypes stub
# that needs neither rpythonic nor a compiler) and DIR/shipped.h (C
# prototypes). Plain typed Python: CPython runs it unchanged.
from typing import List


def add(a: int, b: int = 1000) -> int:
    return a + b


def primes(n: int) -> List[int]:
    is_p = [True] * (n + 1)
    for i in range(2, n + 1):
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
    return [k for k in range(2, n + 1) if is_p[k]]


class Vec3:
    def __init__(self, x: float = 0.0, y: float = 0.0, z: float = 0.0):
        self.x = x
        self.y = y
        self.z = z

    def dot(self, o: "Vec3") -> float:
        return self.x * o.x + self.y * o.y + self.z * o.z

    def scaled(self, k: float) -> "Vec3":
        return Vec3(self.x * k, self.y * k, self.z * k)


def report(v: Vec3) -> None:
    print(f"|v|^2 = {v.dot(v)}")
