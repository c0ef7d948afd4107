# -0.0 is kept, printed and compared as in CPython.
# run: main
# run: neg 0.0
# run: neg -0.0
# run: scale_zero -5


import math


def neg(x: float) -> float:
    return -x


def scale_zero(k: int) -> float:
    return 0.0 * k


def main():
    z = 0.0
    nz = -0.0
    print(z, nz, -z, -nz, z * -1, nz * nz, nz * -1)
    print(nz + z, z + nz, nz + nz, nz - z, z - z, nz - nz)
    print(nz == z, nz < z, abs(nz), math.copysign(1.0, nz), math.copysign(1.0, z))
    print(int(nz), round(nz), round(-0.4, 0), round(-0.4), -0.0 // 1, 0.0 // -1)
    print(max(nz, z), max(z, nz), min(nz, z), min(z, nz))
    print(math.sqrt(nz), math.fabs(nz), math.floor(nz), nz / 5, 1 / 1e-310 * nz)
    print(f"{nz}", f"{nz:.2f}", f"{nz!r}", "%.1f" % nz, "%s" % nz)
    return -1.0 * 0.0
