# run: main
# run: gcd 1071 462
# run: gcd 0 0
# run: lcm 21 6
# run: ext_gcd_x 240 46


def gcd(a: int, b: int) -> int:
    a = abs(a)
    b = abs(b)
    while b:
        a, b = b, a % b
    return a


def lcm(a: int, b: int) -> int:
    if a == 0 or b == 0:
        return 0
    return abs(a // gcd(a, b) * b)


def ext_gcd_x(a: int, b: int) -> int:
    old_r, r = a, b
    old_s, s = 1, 0
    while r != 0:
        q = old_r // r
        old_r, r = r, old_r - q * r
        old_s, s = s, old_s - q * s
    return old_s


def main():
    print(gcd(48, 18), gcd(-48, 18), gcd(17, 0), gcd(0, 17), gcd(2 ** 40, 6 ** 20))
    acc = 1
    for k in range(1, 21):
        acc = lcm(acc, k)
    print("lcm(1..20) =", acc)
    a = 240
    b = 46
    x = ext_gcd_x(a, b)
    y = (gcd(a, b) - a * x) // b
    print(x, y, a * x + b * y)
    coprime = 0
    for i in range(1, 50):
        for j in range(1, 50):
            if gcd(i, j) == 1:
                coprime += 1
    print(coprime, coprime / (49 * 49))
