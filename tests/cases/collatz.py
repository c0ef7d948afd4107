# run: main
# run: steps 27
# run: steps 1
# run: longest_below 3000


def steps(n: int) -> int:
    count = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        count += 1
    return count


def peak(n: int) -> int:
    top = n
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        top = max(top, n)
    return top


def longest_below(limit: int) -> int:
    best = 1
    best_len = 0
    for n in range(1, limit):
        s = steps(n)
        if s > best_len:
            best, best_len = n, s
    print("longest chain below", limit, "starts at", best, "with", best_len, "steps")
    return best


def main():
    for n in range(1, 11):
        print(n, steps(n), peak(n))
    print(steps(27), peak(27), steps(837799))
    return longest_below(1000)
