# One `for` per comprehension; nested loops need nested comprehensions.
def main(n: int) -> int:
    xs = [i * j for i in range(n) for j in range(n)]  # error: comprehension
    return n
