# f-strings with simple format specs, as print arguments.
# run: main


def main():
    x = 3.14159265
    n = 42
    neg = -7
    b = True
    print(f"{x}")
    print(f"{n} {neg} {b} {x!r} {n!r}")
    print(f"{x:.3f} {x:.0f} {x:.1f} {-x:.2f}")
    print(f"[{n:>5d}] [{n:<5d}] [{n:^5d}] [{n:05d}] [{neg:05d}]")
    print(f"[{x:8.3f}] [{x:<8.2f}] [{x:>10.4f}] [{x:^9.1f}] [{x:08.3f}]")
    print(f"[{n:5}] [{x:10}] [{n:+d}] [{neg:+d}] [{x:+.2f}]")
    print(f"{n * 2} {x * 2:.2f} {n // 5}-{n % 5}")
    print(f"n={n}, x={x:.2f}, sum={n + x:.1f}")
    print(f"{{literal braces}} {n}")
    for i in range(1, 4):
        print(f"{i:2d}: {i * 0.5:6.2f} {i ** 3:>4d}")
