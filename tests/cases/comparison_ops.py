# All six comparison operators on ints, floats, bools and mixed operands.
# run: main
# run: cmp_all 3 3.0
# run: cmp_all -1 -0.5


def cmp_all(a: int, x: float) -> int:
    bits = 0
    if a < x:
        bits |= 1
    if a <= x:
        bits |= 2
    if a == x:
        bits |= 4
    if a != x:
        bits |= 8
    if a > x:
        bits |= 16
    if a >= x:
        bits |= 32
    return bits


def main():
    for a in range(-1, 2):
        for b in range(-1, 2):
            print(a < b, a <= b, a == b, a != b, a > b, a >= b, end=" | ")
        print()
    print(1.5 < 2.5, 1.5 <= 1.5, 1.5 == 1.5, 1.5 != 1.5, 2.5 > 1.5, 2.5 >= 3.0)
    print(True < False, True <= True, True == True, True != False, False > True, False >= False)
    print(1 < 1.5, 2 == 2.0, 2 != 2.0, 3 > 2.999, -1 >= -1.0, True == 1.0, False < 0.5)
    r = 7 > 3
    s = 7 < 3
    print(r, s, r == s, r != s, r > s)
    return cmp_all(2, 2.5)
