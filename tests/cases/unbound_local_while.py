# A variable assigned only inside a while body, and one assigned only in an
# elif branch.
# run: main
# run: sqrt_floor 17
# run: sqrt_floor 0
# run: pick 0
# run: pick 1
# run: pick 2


def sqrt_floor(n: int) -> int:
    k = 0
    while (k + 1) * (k + 1) <= n:
        k += 1
        best = k
    return best


def pick(c: int) -> float:
    if c == 0:
        v = 0.5
    elif c == 1:
        v = 1.5
    else:
        print("no value for", c)
    return v * 2


def main():
    print(sqrt_floor(99), pick(0), pick(1))
    return pick(7)
