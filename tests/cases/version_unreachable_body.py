# A fuzzer's find (seed 9090, program 570): loop versioning copied a loop
# whose body still held the unreachable blocks of a range(0) loop, and
# the test in front of it used a value of the loop (a JIT panic).
# rpythonic fuzz program: seed=9090 index=570 attempt=0
# run: main
import math

def f0(p0: bool) -> float:
    for i1 in range(-2, 1, 3):
        for i2 in range(0):
            for i3 in range(6, 12, 3):
                if (-0.1):
                    return float(min((-123.456), 0.125, 1e+22))
            else:
                v4 = ((i2 - 1) * (False + 4096))
            print()
        print(math.cos((31 / (i1 if i1 != 0 else 1))), f"v0={math.sqrt(0.0):g} v1={i1:o}")
    print("--", sep=", ")
    print(max(math.sin(1.5), (10000000000.0 if False else 6.02e+23), (3.0 * (-math.inf))), "a b", "%r" % (math.isinf((-1e+16)),))
    for i5 in range(-1, -1 + (round(1.0) if not (math.isnan(1.0) or math.isinf(1.0)) else 65535) % 5):
        print(math.floor((i5 ** (-2))), end=";\n")
    for i6 in range(3):
        print(p0, "%-4d %+d %r" % ((-12), round(100, 2), (not (-2.5)),), p0, end="!\n")
        v7 = 2.5
    return round((abs(0.3333333333333333) ** (-0.5)), 0)


def f1(p0: float, p1: int, p2: float = 7.0) -> float:
    p2 /= ((9 if False else p1) | 1)
    p1 >>= 65
    p0 += round(((-2) % ((-12) | 1)), 2)
    v1 = p1
    v1 <<= 0
    return math.sqrt((v1 + 0.5))


def main() -> int:
    for i1 in range(57, 64):
        print((-1) << i1)
    c2 = f1(1e+16, ((-2) | 11), ((-1e-07) / 3))
    c2 = (-0.2)
    if (min(12, 12) <= (c2 + c2) < min((-2), 2, (-11))):
        w3 = 0
        while w3 < 4 and (not 2.5):
            w3 += 1
            if ((-c2) > (+c2)):
                print(end=" ")
                print(f"v0={float(c2):e} v1={int(c2):08d} v2={max(w3, w3, 99991):,}", f"v0={bool(1.5)}")
                print(sep="|", end="")
            else:
                if True:
                    return ((w3 or w3) + int(c2))
        v4 = (max(w3, 4096) * (c2 // (c2 if c2 != 0.0 else 1.0)))
    else:
        c2 = 10000000000.0
        w5 = 0
        while w5 < 5:
            w5 += 1
            v6 = max((max(w5, w5) ** (-2)), (-2.675))
    c7 = f0(True)
    for i8 in range(8):
        if (i8 > math.atan2((-2.675), math.nan) == (i8 // (i8 | 1))):
            return (-6)
    c7 //= (9 % 7 + 1)
    print((-4611686018427387904) // (-1))
    return (+9)
