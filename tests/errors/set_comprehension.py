def main(n: int) -> int:
    residues = {i % 7 for i in range(n)}  # error: set
    return n
