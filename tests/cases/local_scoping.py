# Locals shadow module constants; the same name has different types in
# different functions; parameters can be rebound with their own type.
# run: main
# run: shadow 4

N = 100
RATE = 0.5


def shadow(x: int) -> int:
    N = x * 2
    return N + 1


def as_float() -> float:
    value = 2.5
    return value * RATE


def as_int() -> int:
    value = 7
    return value * N


def rebind(n: int, x: float) -> float:
    n = n * 2 + 1
    x = x / n
    return x


def main():
    print(shadow(5), N, as_float(), as_int(), rebind(3, 1.0))
    RATE = 3
    print(RATE * 2)
    return shadow(N)
