# Output printed before an exception must appear, in order, before it.
# run: main
# run: countdown_divide 5


def countdown_divide(n: int) -> float:
    total = 0.0
    for i in range(n, -1, -1):
        print("i =", i, end=", ")
        total += 10 / i
        print(f"total = {total:.4f}")
    return total


def main():
    print("first line")
    print("partial", end="")
    print(" line")
    x = 2
    for k in range(3):
        print(k, 100 // (x - k))
    print("never printed")
