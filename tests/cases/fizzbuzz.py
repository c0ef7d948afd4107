# run: main
# run: fizzbuzz_count 100


def fizzbuzz_count(n: int) -> int:
    count = 0
    for i in range(1, n + 1):
        if i % 15 == 0:
            count += 1
    return count


def main():
    for i in range(1, 31):
        if i % 15 == 0:
            print(f"{i:3d}: FizzBuzz")
        elif i % 3 == 0:
            print(f"{i:3d}: Fizz")
        elif i % 5 == 0:
            print(f"{i:3d}: Buzz")
        else:
            print(f"{i:3d}: {i}")
    fizz = 0
    buzz = 0
    for i in range(1, 101):
        if i % 3 == 0:
            fizz += 1
        if i % 5 == 0:
            buzz += 1
    print("fizz=%d buzz=%d both=%d" % (fizz, buzz, fizzbuzz_count(100)))
