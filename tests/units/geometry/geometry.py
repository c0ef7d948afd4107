import math
SCALE = 2.0
LIMIT = 10

class Vec:
    def __init__(self, x: float, y: float):
        self.x = x
        self.y = y

    def length(self) -> float:
        return math.sqrt(self.x * self.x + self.y * self.y)

def norm(v: Vec) -> float:
    return v.length() * SCALE

def checked(n: int) -> int:
    if n > LIMIT:
        raise ValueError("too big")
    return n

def grow(v: Vec, times: int) -> Vec:
    for _ in range(times):
        v = Vec(v.x * SCALE, v.y * SCALE)
    return v
