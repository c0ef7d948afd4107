# Each int ZeroDivisionError message variant.
# run: main
# run: true_div 7 0
# run: floor_div 7 0
# run: modulo 7 0
# run: div_mod 7 0
# run: floor_div -7 0
# run: modulo 0 0


def true_div(a: int, b: int) -> float:
    return a / b


def floor_div(a: int, b: int) -> int:
    return a // b


def modulo(a: int, b: int) -> int:
    return a % b


def div_mod(a: int, b: int) -> int:
    q, r = divmod(a, b)
    return q * 10 + r


def main():
    print(true_div(7, 2), floor_div(7, 2), modulo(7, 2), div_mod(7, 2))
    d = 3
    while d >= 0:
        print(100 // d)
        d -= 1
    print("unreachable")
