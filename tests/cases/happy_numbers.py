# run: main
# run: is_happy 7
# run: is_happy 4


def square_digits(n: int) -> int:
    s = 0
    while n > 0:
        d = n % 10
        s += d * d
        n //= 10
    return s


def is_happy(n: int) -> bool:
    slow = n
    fast = square_digits(n)
    while fast != 1 and slow != fast:
        slow = square_digits(slow)
        fast = square_digits(square_digits(fast))
    return fast == 1


def main():
    count = 0
    for n in range(1, 101):
        if is_happy(n):
            count += 1
            print(n, end=" ")
    print()
    print(count)
