# A reproducible random walk driven by a masked LCG (no library randomness).
# run: main
# run: walk 7 1000


def lcg(s: int) -> int:
    return (s * 1103515245 + 12345) & 0x7FFFFFFF


def walk(seed: int, steps: int) -> int:
    s = seed
    x = 0
    far = 0
    for i in range(steps):
        s = lcg(s)
        if (s >> 16) & 1:
            x += 1
        else:
            x -= 1
        far = max(far, abs(x))
    print("final", x, "farthest", far)
    return s


def main():
    s = 2024
    x = 0.0
    y = 0.0
    returns = 0
    for i in range(3000):
        s = lcg(s)
        d = (s >> 16) % 4
        if d == 0:
            x += 1.0
        elif d == 1:
            x -= 1.0
        elif d == 2:
            y += 1.0
        else:
            y -= 1.0
        if x == 0.0 and y == 0.0:
            returns += 1
    print(x, y, returns, (x * x + y * y) ** 0.5)
    return walk(99, 500)
