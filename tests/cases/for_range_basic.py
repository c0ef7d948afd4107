# run: main
# run: sum_range 0 100 1
# run: sum_range 5 50 7
# run: sum_range 10 10 1
# run: sum_range 10 0 1


def sum_range(a: int, b: int, c: int) -> int:
    s = 0
    for i in range(a, b, c):
        s += i
    return s


def main():
    for i in range(5):
        print(i, end=" ")
    print()
    for i in range(3, 8):
        print(i, end=" ")
    print()
    for i in range(0, 20, 6):
        print(i, end=" ")
    print()
    for i in range(-3, 3):
        print(i, end=" ")
    print()
    for i in range(0):
        print("never")
    for i in range(-5):
        print("never")
    for i in range(0, 10, 100):
        print("once", i)
    n = 4
    total = 0
    for i in range(n * 2 + 1):
        total += i * i
    print(total)
