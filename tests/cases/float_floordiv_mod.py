# Float // and % floor toward -inf; the result of % takes the divisor's sign.
# run: main
# run: fmod_py 7.5 -2.0
# run: ffloor -7.5 2.0
# run: fmod_py -1e-300 1.0


def fmod_py(a: float, b: float) -> float:
    return a % b


def ffloor(a: float, b: float) -> float:
    return a // b


def main():
    vals = 0
    for i in range(-2, 3):
        for j in range(-2, 3):
            if j == 0:
                continue
            a = i * 2.5
            b = j * 0.75
            print(a, b, a // b, a % b)
            vals += 1
    print(vals)
    print(7.5 % -2, -7.5 % 2, 7.5 // -2, -7.5 // 2, 7.5 % 2, -7.5 % -2)
    print(7 // 2.0, -7 // 2.0, 7 % 2.5, -7 % 2.5, 7.0 // 0.1, 7.0 % 0.1)
    print(0.3 % 0.1, 1.0 % 0.1, 1.0 // 0.1, 5.0 % 1.0, -5.0 % 1.0)
    print(1e300 % 3.0, -1e300 % 7.0, 1e300 // 1e-10)
