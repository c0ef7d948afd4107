# run: main
# run: countdown 10 0 -3
# run: countdown 0 10 -1
# run: countdown -1 -10 -2
# run: countdown 5 4 -100


def countdown(a: int, b: int, c: int) -> int:
    n = 0
    for i in range(a, b, c):
        print(i, end=" ")
        n += 1
    print()
    return n


def main():
    for i in range(10, 0, -1):
        print(i, end=" ")
    print()
    for i in range(10, 0, -3):
        print(i, end=" ")
    print()
    for i in range(0, -10, -4):
        print(i, end=" ")
    print()
    for i in range(3, 3, -1):
        print("never")
    for i in range(0, 5, -1):
        print("never")
    last = 100
    for i in range(20, -21, -5):
        last = i
    print(last)
