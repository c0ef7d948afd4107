# Conversions and comparisons right at +-2**63 and 2**53.
# run: main
# run: to_int -9.223372036854775808e18
# run: to_int 9.223372036854774784e18
# run: floor_of -9.223372036854775808e18


import math


def to_int(x: float) -> int:
    return int(x)


def floor_of(x: float) -> int:
    return math.floor(x)


def main():
    lo = -9223372036854775807 - 1
    print(int(-9.223372036854775808e18), int(9.223372036854774784e18))
    print(lo == -9.223372036854775808e18, float(lo), float(lo) == lo)
    print(math.floor(-9.223372036854775808e18), math.ceil(9.2233720368547748e18))
    print(round(-9.223372036854775808e18), round(9.2233720368547748e18))
    print(int(9007199254740993.0), int(float(9007199254740993)), 2 ** 53 + 1 == float(2 ** 53 + 1))
    x = 9007199254740992.0
    print(x + 1.0 == x, x + 2.0, int(x) + 1, float(int(x) + 1))
