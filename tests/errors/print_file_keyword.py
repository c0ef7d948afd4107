def main(n: int):
    print(n, file=None)  # error: file
