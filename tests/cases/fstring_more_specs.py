# Less common but still simple format specs: e, g, %, x, o, b, grouping.
# run: main


def main():
    x = 1234.5678
    n = 255
    print(f"{x:e} {x:.2e} {x:E} {0.000123:.3e} {-x:.1e}")
    print(f"{x:g} {0.0001:g} {1e-5:g} {1e16:g} {123456789.0:g} {x:.3g}")
    print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b} {-n:x}")
    print(f"{1234567:,} {1234567:_} {x:,.2f} {-9876543.21:,.1f}")
    print(f"{0.256:.1%} {0.5:%} {n:08b} {n:>10x}|")
    inf = float("inf")
    nan = float("nan")
    print(f"{inf:e} {nan:g} {-0.0:e} {-inf:.2e}")
