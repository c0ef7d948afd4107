# run: main
# run: is_leap 1900
# run: is_leap 2000
# run: is_leap 2024
# run: in_unit_circle 0.6 0.8
# run: in_unit_circle 0.7 0.8


def is_leap(y: int) -> bool:
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def in_unit_circle(x: float, y: float) -> bool:
    return x * x + y * y <= 1.0


def is_even(n: int) -> bool:
    if n % 2 == 0:
        return True
    return False


def main():
    count = 0
    for y in range(1890, 2030):
        if is_leap(y):
            count += 1
    print(count, is_leap(1600), is_leap(1700))
    print(is_even(4), is_even(7), not is_even(7), is_even(0) and is_leap(2000))
    b = in_unit_circle(0.5, 0.5)
    print(b, b == True, b + 1)
    return is_even(-3)
