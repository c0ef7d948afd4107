# Arithmetic right at the edges of int64, where every result still fits.
# run: main
# run: near_max 9223372036854775806
# run: near_min -9223372036854775807

MAXI = 9223372036854775807


def near_max(x: int) -> int:
    return x + 1


def near_min(x: int) -> int:
    return x - 1


def main():
    lo = -MAXI - 1
    print(MAXI, lo)
    print(MAXI - 1 + 1, lo + 1 - 1)
    print(MAXI // 2 * 2 + 1, lo // 2 * 2)
    print(lo // 1, lo % 7, lo // 7, MAXI % 7, MAXI // -7)
    print(lo // -2, lo // 3, lo % -3)
    print(-MAXI, -(lo + 1), MAXI + lo)
    print(MAXI & lo, MAXI | lo, MAXI ^ lo, ~MAXI, ~lo)
    print(lo >> 63, lo >> 1, MAXI >> 1)
    print(MAXI == 9223372036854775807, lo < -MAXI, lo <= -MAXI - 1)
    print(abs(lo + 1), max(MAXI, lo), min(MAXI, lo))
    return near_max(MAXI - 1)
