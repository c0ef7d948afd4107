def main(n: int) -> int:
    return compute_magic(n)  # error: compute_magic
