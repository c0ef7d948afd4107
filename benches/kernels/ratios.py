"""Int / int true division and int ** 2 in a loop: a sum of i / k ratios and of squares mod m."""


def kernel(n: int) -> float:
    s = 0.0
    q = 0
    for i in range(1, n + 1):
        s += (i % 97) / (i % 89 + 1)
        q = (q + (i % 1000) ** 2) % 1000003
    return s + q


# args: 3000000
