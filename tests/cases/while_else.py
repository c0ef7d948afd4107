# run: main
# run: search 37
# run: search 36


def search(n: int) -> int:
    k = 2
    while k * k <= n:
        if n % k == 0:
            print("factor", k)
            break
        k += 1
    else:
        print("prime", n)
        return 1
    return 0


def main():
    i = 0
    while i < 3:
        i += 1
    else:
        print("else ran, i =", i)
    i = 0
    while i < 10:
        if i == 4:
            break
        i += 1
    else:
        print("not printed")
    print("broke at", i)
    while False:
        print("never")
    else:
        print("else of a loop that never ran")
    n = 5
    while n > 0:
        n -= 2
        if n == 1:
            continue
    else:
        print("n ended at", n)
    return search(49)
