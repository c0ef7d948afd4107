# Operator precedence and associativity.
# run: main


def main():
    a = 5
    b = 3
    c = 2
    print(2 + 3 * 4 ** 2 // 5 % 7 - -1)
    print(a - b - c, a - (b - c), a // b // c, 100 // (10 // 3), 2 ** 2 ** 3, (2 ** 2) ** 3)
    print(-a ** c, (-a) ** c, -a * b, - -a, ~a + 1, ~(a + 1), not a + b, not (a - 5))
    print(a & b | c ^ 7, a & (b | c) ^ 7, a << 1 + 1, (a << 1) + 1, a >> 1 << 2)
    print(a + b * c - a // c % b, (a + b) * (c - a) // c % b)
    print(a < b == False, (a < b) == False, a > b and b > c or a == 0, a > b and (b > c or a == 0))
    print(1 + 2 == 3 and not 4 - 4, a if b else c + 100, (a if b else c) + 100)
    print(a * 1.5 ** 2, (a * 1.5) ** 2, 2 * -3, 2 ** -1 * 4, -2 ** -1)
    print(7 % 3 * 2, 7 % (3 * 2), 7 * 3 % 4, 17 // 4 * 4 + 17 % 4)
    print(a == 5 != b < c, a > b > c >= 2, 1 | 2 == 3, (1 | 2) == 3)
