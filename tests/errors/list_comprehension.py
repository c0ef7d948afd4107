def main(n: int) -> int:
    xs = [i * i for i in range(n)]  # error: comprehension
    return n
