# The else of a for runs when the loop was not left by break (also when it
# ran zero times).
# run: main
# run: first_divisor 91
# run: first_divisor 97
# run: first_divisor 2


def first_divisor(n: int) -> int:
    for d in range(2, n):
        if d * d > n:
            break
        if n % d == 0:
            return d
    else:
        print("loop finished without break")
    return n


def main():
    for i in range(3):
        print("iter", i)
    else:
        print("else after full loop")
    for i in range(3):
        if i == 1:
            print("break at", i)
            break
    else:
        print("not printed")
    for i in range(0):
        print("never")
    else:
        print("else after empty loop")
    for i in range(5):
        if i % 2 == 0:
            continue
        print("odd", i)
    else:
        print("else after continue")
    found = 0
    for i in range(2, 4):
        for j in range(2, 10):
            if i * j == 12:
                found += 1
                break
        else:
            print("inner else for", i)
    print("found", found)
