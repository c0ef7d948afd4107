"""Total Collatz steps of every start value below n: int // and %, branches."""


def kernel(n: int) -> int:
    total = 0
    for k in range(1, n):
        x = k
        while x != 1:
            if x % 2 == 0:
                x = x // 2
            else:
                x = 3 * x + 1
            total += 1
    return total


# args: 60000
