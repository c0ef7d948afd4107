# A local read on a path where it was never assigned raises UnboundLocalError
# when that path runs.
# run: main
# run: last_value 4
# run: last_value 0
# run: branch_value 1
# run: branch_value -1


def last_value(n: int) -> int:
    for i in range(n):
        last = i * 10
    return last


def branch_value(x: int) -> int:
    if x > 0:
        result = x * 2
    return result


def main():
    print(last_value(3), branch_value(5))
    print("calling with 0")
    return last_value(0)
