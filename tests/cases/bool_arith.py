# Bools take part in arithmetic as 0 and 1.
# run: main
# run: count_true True False True
# run: count_true False False False


def count_true(a: bool, b: bool, c: bool) -> int:
    return a + b + c


def main():
    print(True + 1, True + True, False - True, True * 7, True * 2.5)
    print(True / 2, True // 2, True % 2, True ** 10, 2 ** True)
    print(-True, +True, ~True, ~False, -False)
    print(True & False, True | False, True ^ True, False ^ True)
    print(True & 3, True | 2, True << 4, 8 >> True)
    print(True == 1, False == 0, True == 1.0, True < 2, False < True)
    n = 0
    for i in range(10):
        n += i % 3 == 0
    print(n)
    x = 3
    y = 8
    score = (x > 2) + (y > 2) + (x > y)
    print(score, (x < y) * 10, (x > y) * 10)
    flag = x < y
    flag = flag and y < 10
    print(flag, flag + flag)
    return count_true(True, True, False)
