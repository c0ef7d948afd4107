# The loop variable keeps its last value after the loop; range() bounds are
# evaluated once; assigning the loop variable in the body does not change
# the iteration.
# run: main
# run: last_index 5
# run: last_index 0


def last_index(n: int) -> int:
    for i in range(n):
        pass
    return i


def main():
    for i in range(4):
        pass
    print(i)
    n = 3
    count = 0
    for i in range(n):
        n += 10
        count += 1
    print(count, n, i)
    for i in range(5):
        print(i, end=" ")
        i = i * 100
        print(i, end=" | ")
    print()
    print(i)
    for j in range(10, 0, -3):
        pass
    print(j)
    for k in range(2):
        for k in range(7, 9):
            pass
    print(k)
    return last_index(7)
